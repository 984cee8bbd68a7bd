"""What an event found in a sentence holds, before modality, date and place are added.

``Candidate``: the event. ``same_actor``, ``dedupe``: actors compared by code and name.
``resolve_duplicates``: one event per act.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from .. import taxonomy
from . import modality

# Statements (of intent) dropped when another event of the same source governs them.
STATEMENT_ROOTS = taxonomy.roots("statement")


@dataclass
class Candidate:
    """An event found in a sentence, before modality, date and place are added."""

    trigger: Token
    code: str
    pattern: str
    source: object | None  # actors.Mention
    target: object | None
    reported_by: object | None = None
    modality: str = modality.ASSERTED
    governor: Token | None = None
    tokens: set[int] = field(default_factory=set)
    inherited_source: bool = False
    nominal: bool = False
    purpose: bool = False  # "sent inspectors to monitor": intended, never recoded as a statement of intent


def same_actor(m, others: list) -> bool:
    return any(m is o or (m.code == o.code and m.name == o.name) for o in others)  # same object: not a token


def dedupe(ms: list) -> list:
    out: list = []
    for m in ms:
        if not same_actor(m, out):
            out.append(m)
    return out


def resolve_duplicates(cands: list[Candidate]) -> list[Candidate]:
    """One event per (source, target, code, trigger); a governing intent verb yields to the
    more specific act below it ("agreed to provide aid" is one 033x event, not 030 + 033x)."""
    seen: set = set()
    out: list[Candidate] = []
    # only a cue of intention or consideration yields ("is considering supplying"); a denial or a
    # refusal stays an event of its own ("denied supplying shells": 016, and the supplying negated)
    governed = {(c.source.code, c.governor.i) for c in cands
                if c.governor is not None and c.source is not None
                and (c.modality in {modality.INTENDED, modality.CONSIDERED}
                     # "had planned to march, but ...": a plan not carried out yields too
                     or (c.modality == modality.NEGATED and c.governor.lemma_.lower() in modality.cues().intended_verbs))}
    for c in cands:
        key = (c.source.code if c.source else None, c.target.code if c.target else None, c.code, c.trigger.sent.start)
        if key in seen:
            continue
        if c.source is not None and (c.source.code, c.trigger.i) in governed and c.code[:2] in STATEMENT_ROOTS:
            continue
        seen.add(key)
        out.append(c)
    return out
