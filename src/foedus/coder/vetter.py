"""A learned event vetter: the last stage of a sentence, dropping events the rules code but a linear model
judges false (docs/model.md, "The learned event vetter").

Each event that counts as done (an asserted act, a statement of intent, a threat: ``schema.happened``) is
scored from general features only: its CAMEO root and code, its trigger's lemma, POS and dependency label,
the trigger's head, the kind of clause the rules see it in, negation, modal and passive, its modality, the
kinds of its source and target (a state, a sector such as GOV or MIL, an international body, none), whether
other events share its trigger, clause or root, the sentence's number of events, and how the rules found it
(a verb, a noun, a named rule). A logistic model turns the sum of the weights into the probability that a
gold event of the sentence has the event's root; an event below the model's ``threshold`` is dropped, and
``foedus explain`` shows the drop with the model's probability. Events that do not count as done (negated,
considered, conditional acts) are never scored: the model was trained and cross-validated on counted events
only. The weights are a data file, ``data/models/event_vetter.json``, written by
``scripts/train_event_vetter.py`` from the tune part of the dev set, its threshold chosen by
cross-validation over held-out batches.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.tokens import Token

from .. import data, schema
from ..errors import DataError, Errors
from . import clauses, model_files, trace

MODEL_FILE = "models/event_vetter.json"
MODEL_KIND = "foedus-event-vetter"
MODEL_VERSION = 1
STAGE = "event vetter"   # the stage's name in ``foedus explain``
MODALS = frozenset({"will", "would", "could", "can", "may", "might", "should", "must", "shall"})

# Training runs turn the stage off (:func:`disabled`): the rows are the rules' own events.
_off = False


@dataclass(frozen=True)
class EventVetter:
    """Feature weights (log-odds of the event being right) and the probability below which it is dropped."""

    weights: dict[str, float]
    threshold: float
    meta: dict[str, Any]

    def probability(self, feats: list[str]) -> float:
        w = self.weights
        s = sum([w.get(f, 0.0) for f in feats])
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, s))))


def _bad(problem: str) -> DataError:
    return DataError(Errors.E222.format(path=MODEL_FILE, problem=problem))


def parse_model(raw: Any) -> EventVetter:
    """An ``EventVetter`` from the decoded JSON of the model file; E222 says what is wrong."""
    weights = model_files.linear_weights(raw, MODEL_KIND, MODEL_VERSION, _bad)
    t = raw.get("threshold")
    if isinstance(t, bool) or not isinstance(t, (int, float)) or not math.isfinite(t) or not 0 <= t <= 1:
        raise _bad(f"\"threshold\" must be a probability from 0 to 1, not {t!r}")
    return EventVetter(weights, float(t),
                       {k: v for k, v in raw.items() if k != "weights"})


def load_model(text: str) -> EventVetter:
    """Parse the model file's text; E222 for broken JSON or a wrong schema."""
    return parse_model(model_files.decode(text, _bad))


@lru_cache(maxsize=1)
def default_model() -> EventVetter:
    """The packaged model (read once)."""
    return load_model(data.path(MODEL_FILE).read_text(encoding="utf-8"))


@contextmanager
def disabled() -> Iterator[None]:
    """Inside the block the stage keeps every event (training reads the rules' own events)."""
    global _off
    saved, _off = _off, True
    try:
        yield
    finally:
        _off = saved


# ---------------------------------------------------------------------------- features
def _actor_kind(named: Any) -> str:
    """What kind of actor: none, a state (a bare country code), an international body, or its sector."""
    if named is None:
        return "none"
    code = named.code or ""
    if code[:3] in {"IGO", "NGO", "MNC"}:
        return code[:3]
    if named.sector:
        return str(named.sector)
    return "state" if len(code) == 3 else "other"


def _clause(tok: Token) -> str:
    """The kind of clause the rules see the trigger in."""
    if clauses.in_time_anchor(tok):
        return "time_anchor"
    if clauses.in_sequel_clause(tok):
        return "sequel"
    if clauses.in_background_clause(tok):
        return "background"
    if tok.pos_ == "VERB" and clauses.reduced_relative(tok):
        return "reduced"
    if clauses.participle_aside(tok):
        return "aside"
    if tok.pos_ == "VERB" and clauses.participle_description(tok):
        return "described"
    if clauses.in_depicted_clause(tok):
        return "depicted"
    if tok.dep_ in {"ccomp", "xcomp"}:
        return tok.dep_
    return "main"


def _clause_head(tok: Token) -> int:
    """The nearest verb at or above the trigger: the clause it belongs to."""
    node = tok
    for _ in range(6):
        if node.pos_ in {"VERB", "AUX"} or node.head.i == node.i:
            return node.i
        node = node.head
    return node.i


def _how(cand: Any) -> str:
    """How the rules found the event: a named rule ("<summary>", "<place fell to>"), a noun or a verb."""
    p = cand.pattern or ""
    if p.startswith("<"):
        return "rule:" + p[1:p.find(">")] if ">" in p else "rule"
    if cand.nominal or cand.trigger.pos_ in {"NOUN", "PROPN"}:
        return "noun"
    return "verb"


def _bucket(n: int) -> str:
    return str(n) if n < 4 else "4+"


def features(cand: Any, cands: list[Any]) -> list[str]:
    """General features of one event among its sentence's events ``cands`` (as ``sentence_events`` leaves them)."""
    t: Token = cand.trigger
    code = cand.code
    root = code[:2]
    lemma = t.lemma_.lower()
    head = t.head
    neg = passive = False
    modal = "-"
    for c in t.children:
        if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no"):
            neg = True
        elif c.dep_ in {"auxpass", "nsubjpass", "agent"}:
            passive = True
        elif c.dep_ == "aux" and c.lower_ in MODALS:
            modal = c.lower_
    clause = _clause(t)
    src, tgt = _actor_kind(cand.source), _actor_kind(cand.target)
    others = [o for o in cands if o is not cand]  # same object: not a token
    same_trigger = sum(1 for o in others if o.trigger.i == t.i)
    ch = _clause_head(t)
    same_clause = sum(1 for o in others if o.trigger.i != t.i and _clause_head(o.trigger) == ch)
    same_root = sum(1 for o in others if o.code[:2] == root)
    how = _how(cand)
    same_country = (cand.source is not None and cand.target is not None and bool(cand.source.country)
                    and cand.source.country == cand.target.country)
    mod = cand.modality
    # (session 46) every named rule also shares one pooled feature, so a rule with few training rows, whose own
    # features the trainer leaves out (``--rule-min``), is judged as named rules are, not by a handful of rows
    pooled = ["how=rule", f"how|root=rule|{root}"] if how.startswith("rule:") else []
    return pooled + [
        "bias", f"root={root}", f"code={code}", f"lem={lemma}", f"lem|root={lemma}|{root}", f"pos={t.pos_}",
        f"dep={t.dep_}", f"tag={t.tag_}", f"hlem={head.lemma_.lower()}", f"hdep={head.dep_}",
        f"dep|hdep={t.dep_}|{head.dep_}", f"clause={clause}", f"clause|root={clause}|{root}", f"neg={neg}",
        f"modal={modal}", f"passive={passive}", f"mod={mod}", f"mod|root={mod}|{root}", f"src={src}", f"tgt={tgt}",
        f"src|tgt={src}|{tgt}", f"src|root={src}|{root}", f"tgt|root={tgt}|{root}", f"how={how}",
        f"how|root={how}|{root}", f"same_trigger={_bucket(same_trigger)}", f"same_clause={_bucket(same_clause)}",
        f"same_root={_bucket(same_root)}", f"n_events={_bucket(len(cands))}", f"same_country={same_country}",
        f"inherited={cand.inherited_source}", f"reported={cand.reported_by is not None}",
        f"governed={cand.governor is not None}", f"dep|root={t.dep_}|{root}", f"pos|root={t.pos_}|{root}",
        f"srckind={cand.source.kind if cand.source is not None else 'none'}",
        f"tgtkind={cand.target.kind if cand.target is not None else 'none'}",
    ]


def counted(cand: Any) -> bool:
    """The event counts as done (``schema.happened``): the only kind the model was trained on."""
    return schema.happened(cand.modality, cand.code[:2])


def judged(cands: list[Any], before: Mapping[int, Any] | None = None) -> list[tuple[Any, list[Any]]]:
    """(session 34) What the vetter judges each of ``cands`` as: the event as the rules left it, among the
    sentence's events as the rules left them. ``before`` (from ``learned.choose_targets``) gives, by ``id``, each
    event whose target the target chooser set, or that it added for a listed target, as the rules made it: the
    chooser's choice is no evidence that an act happened, and an event the chooser copied for each target of a
    list is one act, judged once ("fired at Iraqi and U.S. troops")."""
    if not before:
        return [(c, cands) for c in cands]
    views = [before.get(id(c), c) for c in cands]
    ruled: list[Any] = []
    seen: set[int] = set()
    for v in views:
        if id(v) not in seen:
            seen.add(id(v))
            ruled.append(v)
    return [(v, ruled) for v in views]


def vet(cands: list[Any], model: EventVetter | None = None, before: Mapping[int, Any] | None = None) -> list[Any]:
    """The events of one sentence the model keeps: each counted event whose probability of being right is
    below the threshold is dropped (told to ``trace`` with its probability). ``before``: see :func:`judged`."""
    if _off or not cands:
        return cands
    model = model or default_model()
    if model.threshold <= 0:
        return cands
    kept = []
    probs: dict[int, float] = {}
    for c, (view, ruled) in zip(cands, judged(cands, before)):
        if counted(c):
            if id(view) not in probs:
                probs[id(view)] = model.probability(features(view, ruled))
            p = probs[id(view)]
            if p < model.threshold:
                trace.drop(c.trigger, c.code, f"the event vetter (docs/model.md) judged it false: probability "
                                              f"{p:.2f} of a right event, below its threshold {model.threshold:.2f}")
                continue
        kept.append(c)
    return kept
