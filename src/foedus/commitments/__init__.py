"""Commitments: the treaty registry, commitment clauses and policy stances in text, scenarios, UN rules.

One wing per concept (issue 12)::

    treaties   the registry: loader, pydantic schema, what binds a state on a date
    clauses    commitment clauses found in news text, matched to the registry
    policies   stated policies of states and signals that they shift
    scenario   "if X is attacked by Y, who is bound to act, by which clause?"
    rules      UN-rule flags on coded events (the checks in data/treaties/un_rules.yaml, shared
               with the scenario's rules)

Usage::

    from foedus import commitments
    registry = commitments.load_registry()             # the packaged registry, or $FOEDUS_TREATIES
    commitments.run_scenario("PRK", "KOR", on="2025-01-01").to_dict()
    commitments.extract(doc, mentions, "2024-06-20")   # clauses in a parsed article
    commitments.detect_policies(doc, mentions, "2024-06-20")

Names load lazily: importing this package costs nothing until a name is used. ``check()`` loads
and validates every data file the wings read, for a program that wants to fail at start-up.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .treaties import Registry

__all__ = [
    # the wings
    "treaties", "clauses", "policies", "scenario", "rules",
    # the registry
    "load_registry", "Registry", "Treaty", "Clause", "Party", "Place", "period", "DEFENCE_KINDS",
    # from news text
    "extract", "detect_policies", "policies_of",
    # scenarios and UN rules
    "run_scenario", "ScenarioResult", "Obligation", "flag_event",
    # start-up
    "check",
]

_WINGS = {"treaties", "clauses", "policies", "scenario", "rules"}
# public name -> (wing, attribute in it)
_NAMES = {
    "load_registry": ("treaties", "load"),
    "Registry": ("treaties", "Registry"),
    "Treaty": ("treaties", "Treaty"),
    "Clause": ("treaties", "Clause"),
    "Party": ("treaties", "Party"),
    "Place": ("treaties", "Place"),
    "period": ("treaties", "period"),
    "DEFENCE_KINDS": ("treaties", "DEFENCE_KINDS"),
    "extract": ("clauses", "extract"),
    "detect_policies": ("policies", "detect"),
    "policies_of": ("policies", "policies_of"),
    "run_scenario": ("scenario", "run"),
    "ScenarioResult": ("scenario", "ScenarioResult"),
    "Obligation": ("scenario", "Obligation"),
    "flag_event": ("rules", "flag_event"),
}


def check() -> Registry:
    """Load and validate, now, every data file that coding reads here; return the treaty registry.

    That is the registry coding matches clauses against ($FOEDUS_TREATIES, else the packaged one),
    the cue word lists, the stated policies and the UN rules. A program that codes a feed
    unattended calls it at start-up, so a broken file stops the run before the first article
    instead of failing every article: it raises the numbered error that names the file and the
    problem (E501/E502 for the registry, E2xx for a data file).
    """
    from . import clauses, policies, rules, treaties

    registry = treaties.load()
    clauses.cues()
    policies.stated_policies()
    rules._checks()
    return registry


def __getattr__(name: str) -> Any:
    if name in _WINGS:
        return importlib.import_module(f"{__name__}.{name}")
    if name in _NAMES:
        wing, attr = _NAMES[name]
        return getattr(importlib.import_module(f"{__name__}.{wing}"), attr)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
