"""Who did an act the text first tells without a doer: the claim of responsibility that follows it.

One job, once a whole article is coded. Wire copy tells the blast first and its author after: "... a
roadside bomb killed two soldiers. JNIM later claimed responsibility." The sentence rules code the
blast with no source (no one is named in its clause) and the claim (``015``) with no target. This
stage reads them together:

- a claim of responsibility that happened names the doer of the nearest earlier act of violence
  (cameo_root_classes.tsv ``attributed``) with no source, in its own sentence or the one before, and
  takes that act's target (the dev set's convention: a claim takes the target of the claimed act);
- the act noun a claim verb names ("JNIM claimed the attack") is that earlier act, not a second one,
  and is dropped when the earlier act is found.

A denied or negated claim ("did not claim responsibility") names no one; an act that already has a
doer keeps it. Blame is not a claim: "the government blamed the ELN" stays the accusation (``112``)
and the blast keeps no source (measured: filling it from the accused lowered type+dyad on every
unseen batch, whose writers code a suspected author apart from the act).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from .. import taxonomy
from ..schema import Actor, Event
from . import modality

# Acts whose doer a later claim or blame may name.
ATTRIBUTED_ROOTS = taxonomy.roots("attributed")
CLAIM_CODE = "015"


@dataclass
class Coded:
    """A finished event with the trigger token it was coded from (the stage reads the parse)."""
    event: Event
    trigger: Token
    filled: bool = False   # its doer was named by a later claim


def _claimer(coded: Coded) -> Actor | None:
    """The doer ``coded`` names when it is a claim of responsibility that happened, else None."""
    ev = coded.event
    return ev.source if ev.cameo == CLAIM_CODE and ev.modality == modality.ASSERTED else None


def _claimed_noun(claim: Coded, other: Coded) -> bool:
    """``other`` is coded from the object of the claim's verb ("claimed the attack", "claimed
    responsibility for the bombing"): the claimed act named again."""
    verb, noun = claim.trigger, other.trigger
    if noun.i == verb.i or other.event.root not in ATTRIBUTED_ROOTS:
        return False
    if noun.head == verb and noun.dep_ in {"dobj", "attr"}:
        return True
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "for" and prep.head.i in {verb.i, *(c.i for c in verb.children)}


def fill_doers(coded: list[Coded]) -> list[Coded]:
    """Give acts with no doer the doer a later claim names; returns the events kept, in order."""
    dropped: set[int] = set()
    for n, claim in enumerate(coded):
        doer = _claimer(claim)
        if doer is None:
            continue
        ev = claim.event
        nouns = {j for j, c in enumerate(coded) if c.event.sentence == ev.sentence and _claimed_noun(claim, c)}
        for k in range(n - 1, -1, -1):
            act = coded[k]
            if act.event.sentence < ev.sentence - 1:
                break
            if k in dropped or k in nouns or act.event.root not in ATTRIBUTED_ROOTS \
                    or act.event.modality != modality.ASSERTED:
                continue
            if act.event.source is not None:
                break   # the nearest act has a doer: the claim is about it, or about nothing told here
            act.event.source, act.filled = doer, True
            if ev.target is None:
                ev.target = act.event.target
            dropped |= nouns
            break
    return [c for j, c in enumerate(coded) if j not in dropped]
