"""foedus: turn news into political event data, quotes, alliance commitments and policy stances.

Public API (the output is documented in docs/schema.md)::

    from foedus import code_text
    result = code_text(text, date="2024-06-20")   # a CodingResult
    result.to_dict()                               # the JSON document `foedus code --format json` prints

    from foedus import Coder                       # reuse one coder for many articles
    coder = Coder()
    for result in coder.code_inputs(foedus.read_inputs(["news.jsonl"]), n_process=2): ...

    foedus.explain("Iran did not attack Israel.", date="2024-05-01")   # why it was coded so (docs/explain.md)
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "code_text", "Coder", "read_inputs", "CodingResult", "Event", "Actor", "Quote",
           "Commitment", "Policy", "FoedusError", "Store", "explain"]

from typing import Any

from .errors import FoedusError
from .schema import Actor, CodingResult, Commitment, Event, Policy, Quote

# Modules of the coder wing that ``from foedus import <name>`` still reaches (docs/dictionaries.md shows it).
_CODER_MODULES = frozenset({"nlp", "actors", "modality", "coref", "dates", "places", "quotes", "verbs",
                            "pipeline"})


def __getattr__(name: str) -> Any:
    # Heavy modules (spaCy) load only when first used, so `foedus --help` stays fast.
    if name in {"code_text", "Coder"}:
        from .coder import pipeline

        return getattr(pipeline, name)
    if name in _CODER_MODULES:
        # the coding stages live in foedus.coder (issue 12); ``from foedus import actors`` keeps working
        import importlib

        return importlib.import_module(f"{__name__}.coder.{name}")
    if name in {"explain", "Explanation"}:
        # why the coder coded what it coded (docs/explain.md); ``foedus.coder.explain`` is the module
        from .coder import explain

        return getattr(explain, name)
    if name == "Store":
        from .store import Store

        return Store
    if name == "read_inputs":
        from .ingest.readers import read_inputs

        return read_inputs
    raise AttributeError(f"module 'foedus' has no attribute {name!r}")
