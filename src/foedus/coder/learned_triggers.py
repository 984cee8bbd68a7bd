"""A learned trigger finder: events the rules miss (docs/model.md, "The learned trigger finder").

The rules code a word when the verb and noun dictionaries (``triggers``, ``event_words``) or a special
construction (``rules``) know it. Here every other verb, and every noun in an argument position, of a
sentence whose subject side names an actor is a **candidate**; a multinomial logistic model scores
it over the CAMEO roots and NONE from its syntax (lemma, tag, dependency label, head, children and
their prepositions, the sectors of its subjects and objects, negation and modal cues, what the
dictionaries say of it) and from spaCy's contextual vector of the word (``doc.tensor``). When its best
root is probable enough the word is coded by the rules' own argument and modality stage
(``SentenceCoder._events_for``: the same actors, targets and modality; a noun also takes the
modality of the verb that governs it when that one is not asserted, so a denied or planned act never
comes out asserted), with the most common gold code of that root; ``finish.event`` follows as for any
event.

Weights: ``data/models/trigger_model.json``, written by ``scripts/train_trigger_model.py`` from the
tune part of the dev set only (labels: the ``trigger`` field of the gold events).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import numpy as np
from spacy.tokens import Span, Token

from .. import data
from ..errors import DataError, Errors
from . import modality
from .candidates import Candidate
from .clauses import no_det

if TYPE_CHECKING:
    from .sentence import SentenceCoder

MODEL_FILE = "models/trigger_model.json"
MODEL_KIND = "foedus-trigger-model"
MODEL_VERSION = 2
NONE = "NONE"
PATTERN = "learned"   # the ``pattern`` of a learned event (a rule event's is its dictionary pattern)
# Children of the word whose lemma is a feature, by dependency label.
CHILD_DEPS = frozenset({"dobj", "prep", "agent", "dative", "xcomp", "ccomp", "advmod", "prt", "neg", "attr",
                        "acomp", "nsubj", "nsubjpass", "advcl", "npadvmod", "oprd", "compound", "amod", "det"})
SKIP_DEPS = frozenset({"amod", "aux", "auxpass", "csubj", "compound"})
# Nouns are candidates only in an argument position (the object, subject or complement of a word).
NOUN_DEPS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "attr", "conj", "appos", "ROOT", "oprd"})

# Training runs collect each sentence's candidates here instead of applying the model (:func:`recording`).
_recorder: list[dict[str, Any]] | None = None


@dataclass(frozen=True)
class TriggerModel:
    """Sparse feature weights per class, dense weights on the contextual vector, and the threshold."""

    classes: list[str]                 # CAMEO roots, and NONE
    codes: dict[str, str]              # root -> the CAMEO code a learned event of that root gets
    sparse: dict[str, np.ndarray]      # feature -> weights per class
    dense: np.ndarray                  # (tensor width, classes)
    bias: np.ndarray                   # (classes,)
    scale: float                       # the contextual vector is multiplied by this before the dense weights
    threshold: float                   # the best root's probability must exceed this (above 1: never)
    meta: dict[str, Any]

    @property
    def active(self) -> bool:
        """False when the threshold can never be passed: the finder then does no work at all."""
        return self.threshold < 1.0

    def probabilities(self, feats: list[str], vector: np.ndarray | None) -> np.ndarray:
        z = self.bias.copy()
        for f in feats:
            w = self.sparse.get(f)
            if w is not None:
                z += w
        if vector is not None and vector.shape[0] == self.dense.shape[0]:
            z += (vector * self.scale) @ self.dense
        z -= z.max()
        e = np.exp(z)
        p: np.ndarray = e / e.sum()
        return p

    def decide(self, feats: list[str], vector: np.ndarray | None) -> str | None:
        """The root to code, or None."""
        return pick(self.probabilities(feats, vector), self.classes, self.threshold)


def pick(p: np.ndarray, classes: list[str], threshold: float) -> str | None:
    """The most probable root when it is not NONE and its probability exceeds ``threshold``."""
    best = int(np.argmax(p))
    if classes[best] == NONE or float(p[best]) <= threshold:
        return None
    return classes[best]


def _bad(problem: str) -> DataError:
    return DataError(Errors.E221.format(path=MODEL_FILE, problem=problem))


def _numbers(v: Any, n: int, what: str) -> np.ndarray:
    if not isinstance(v, list) or len(v) != n or not all(
            isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x) for x in v):
        raise _bad(f"{what} must be a list of {n} finite numbers")
    return np.array(v, dtype=np.float64)


def parse_model(raw: Any) -> TriggerModel:
    """A ``TriggerModel`` from the decoded JSON of the model file; E221 says what is wrong."""
    if not isinstance(raw, dict):
        raise _bad("the file must hold one JSON object")
    if raw.get("kind") != MODEL_KIND:
        raise _bad(f"\"kind\" must be {MODEL_KIND!r}, not {raw.get('kind')!r}")
    if raw.get("version") != MODEL_VERSION:
        raise _bad(f"\"version\" must be {MODEL_VERSION}, not {raw.get('version')!r} (retrain the model)")
    classes = raw.get("classes")
    if not isinstance(classes, list) or NONE not in classes or len(classes) < 2 or not all(
            isinstance(c, str) for c in classes) or len(set(classes)) != len(classes):
        raise _bad(f"\"classes\" must be a list of distinct CAMEO roots and {NONE!r}")
    k = len(classes)
    codes = raw.get("codes")
    if not isinstance(codes, dict) or any(c != NONE and not (isinstance(codes.get(c), str)
                                                             and str(codes[c]).startswith(c)) for c in classes):
        raise _bad("\"codes\" must give a CAMEO code of that root for every root of \"classes\"")
    sparse = raw.get("sparse")
    if not isinstance(sparse, dict):
        raise _bad("\"sparse\" must be an object of feature -> weights per class")
    weights = {str(f): _numbers(v, k, f"sparse weight {f!r}") for f, v in sparse.items()}
    dense = raw.get("dense")
    if not isinstance(dense, list) or not dense:
        raise _bad("\"dense\" must be a list of rows of weights per class")
    rows = np.stack([_numbers(r, k, "a row of \"dense\"") for r in dense])
    bias = _numbers(raw.get("bias"), k, "\"bias\"")
    scale, threshold = raw.get("scale"), raw.get("threshold")
    for name, v in (("scale", scale), ("threshold", threshold)):
        if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v) or v < 0:
            raise _bad(f"\"{name}\" must be a number of 0 or more, not {v!r}")
    training = raw.get("training")
    if not isinstance(training, dict) or not isinstance(training.get("sha1"), str):
        raise _bad("\"training\" must name the training file and its \"sha1\"")
    assert isinstance(scale, (int, float)) and isinstance(threshold, (int, float))
    return TriggerModel(list(classes), {c: str(codes[c]) for c in classes if c != NONE}, weights, rows, bias,
                        float(scale), float(threshold),
                        {k2: v for k2, v in raw.items() if k2 not in {"sparse", "dense", "bias"}})


def load_model(text: str) -> TriggerModel:
    """Parse the model file's text; E221 for broken JSON or a wrong schema."""
    try:
        raw = json.loads(text)
    except ValueError as exc:
        raise _bad(f"not valid JSON ({exc})") from None
    return parse_model(raw)


@lru_cache(maxsize=1)
def default_model() -> TriggerModel:
    """The packaged model (read once)."""
    return load_model(data.path(MODEL_FILE).read_text(encoding="utf-8"))


# A model set by :func:`using` (the trainer's cross-validation codes held-out sentences with a fold's model).
_override: TriggerModel | None = None


@contextmanager
def using(model: TriggerModel) -> Iterator[None]:
    """Apply ``model`` instead of the packaged one inside the block."""
    global _override
    saved, _override = _override, model
    try:
        yield
    finally:
        _override = saved


@contextmanager
def recording() -> Iterator[list[dict[str, Any]]]:
    """Collect every candidate of the sentences coded inside the block; no event is added."""
    global _recorder
    saved, _recorder = _recorder, []
    try:
        yield _recorder
    finally:
        _recorder = saved


# ---------------------------------------------------------------------------- candidates and features
def _lemma(t: Token) -> str:
    return t.lemma_.lower()


def candidates(coder: SentenceCoder, sent: Span, found: list[Candidate]) -> Iterator[tuple[Token, list[Any]]]:
    """Verbs and argument nouns of ``sent`` that no event has as trigger, that report no speech and whose
    subject side names an actor, with those actors."""
    taken = {c.trigger.i for c in found}
    reporting = coder.cues.reporting   # "said": statements are carried by quotes and reported_by, never coded
    mentioned = {i for m in coder.mentions for i in range(m.start, m.end)}
    for tok in sent:
        if tok.i in taken or tok.i in mentioned or _lemma(tok) in reporting:
            continue
        if tok.pos_ == "VERB":
            if tok.dep_ in SKIP_DEPS:
                continue
        elif tok.pos_ != "NOUN" or tok.dep_ not in NOUN_DEPS:
            continue
        sources = coder.subjects(tok)[0]
        if sources:
            yield tok, sources


def _dictionary(coder: SentenceCoder, tok: Token) -> str:
    """What the dictionaries say of ``tok``: a root, "null" (a known word coding nothing) or "none"."""
    if tok.pos_ == "VERB":
        match = coder.code_verb(tok)
    else:
        match = coder.verbs.match_noun(_lemma(tok), [_lemma(t) for t in tok.subtree if t.i != tok.i])
    if match is None:
        return "none"
    if not match.code or match.code.startswith("---"):
        return "null"
    return match.code[:2]


def features(coder: SentenceCoder, tok: Token, sources: list[Any]) -> list[str]:
    """General syntax of a candidate: its words and labels, never a particular sentence's."""
    lemma = _lemma(tok)
    head = tok.head
    pos = tok.pos_
    feats = [f"pos={pos}", f"lemma={lemma}", f"tag={tok.tag_}", f"dep={tok.dep_}", f"pos|dep={pos}|{tok.dep_}",
             f"head={_lemma(head)}", f"hdep={head.dep_}", f"dep|hpos={tok.dep_}|{head.pos_}",
             f"dep|head={tok.dep_}|{_lemma(head)}"]
    if head.dep_ == "prep":
        feats.append(f"prep|hh={_lemma(head)}|{_lemma(head.head)}")
    feats.append(f"dict={_dictionary(coder, tok)}")
    if pos == "NOUN" and head.pos_ == "VERB" and head.i != tok.i:
        feats.append(f"hdict={_dictionary(coder, head)}")
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children):
        feats.append("passive")
    if pos == "NOUN" and no_det(tok):
        feats.append("no_det")
    for c in tok.children:
        if c.dep_ == "aux" and c.tag_ == "MD":
            feats.append(f"modal={_lemma(c)}")
        if c.dep_ not in CHILD_DEPS:
            continue
        feats.append(f"{c.dep_}={_lemma(c)}")
        if c.dep_ == "dobj":
            feats.append(f"lemma|dobj={lemma}|{_lemma(c)}")
        if c.dep_ in {"prep", "agent", "dative"}:
            feats.append(f"lemma|{c.dep_}={lemma}|{_lemma(c)}")
            for g in c.children:
                if g.dep_ == "pobj":
                    feats.append(f"{_lemma(c)}:pobj={_lemma(g)}")
                    for m in coder.actors_of(g)[:2]:
                        feats.append(f"{_lemma(c)}:sector={m.sector or '-'}")
        if c.dep_ == "dobj":
            for m in coder.actors_of(c)[:2]:
                feats.append(f"dobj:sector={m.sector or '-'}")
    mod = modality.of(tok)[0]
    feats.append(f"mod={mod}")
    for s in sources[:3]:
        feats.append(f"src_sector={s.sector or '-'}")
        feats.append(f"src_kind={s.kind or '-'}")
    return feats


def vector(tok: Token) -> np.ndarray | None:
    t = tok.doc.tensor
    if t is None or len(t.shape) != 2 or t.shape[0] != len(tok.doc):
        return None
    return np.asarray(t[tok.i], dtype=np.float64)


# ---------------------------------------------------------------------------- use
def add_events(coder: SentenceCoder, sent: Span, found: list[Candidate],
               model: TriggerModel | None = None) -> list[Candidate]:
    """The events the model finds in ``sent`` besides ``found`` (the rules' events)."""
    if _recorder is not None:
        if coder.may_hold_events(sent):
            _record(coder, sent, found, _recorder)
        return []
    model = model or _override or default_model()
    if not model.active or not coder.may_hold_events(sent):
        return []
    from .arguments import reporters

    out: list[Candidate] = []
    reporter_of: dict[int, Any] | None = None
    for tok, sources in candidates(coder, sent, found):
        root = model.decide(features(coder, tok, sources), vector(tok))
        if root is None:
            continue
        if reporter_of is None:
            reporter_of = reporters(sent, coder)
        out.extend(build(coder, tok, model.codes[root], reporter_of))
    return out


def build(coder: SentenceCoder, tok: Token, code: str, reporter_of: dict[int, Any]) -> list[Candidate]:
    """The events of ``tok`` coded ``code``, by the rules' own argument and modality stage. A noun also takes
    the modality of the verb that governs it ("denied plans for an offensive") or its own "no"
    ("there were no clashes") when that is not asserted: never asserted where the rules would not say so."""
    nominal = tok.pos_ != "VERB"
    cands = coder._events_for(tok, code, PATTERN, reporter_of, nominal=nominal)
    if nominal and cands:
        mod, governor = modality.ASSERTED, None
        if no_det(tok):
            mod = modality.NEGATED
        else:
            verb = tok.head.head if tok.dep_ == "pobj" else tok.head
            if verb.pos_ in {"VERB", "AUX"} and verb.i != tok.i:
                mod, governor = modality.of_object(tok, verb, code)
        if mod != modality.ASSERTED:
            for c in cands:
                if c.modality == modality.ASSERTED:
                    c.modality, c.governor = mod, governor
    return cands


def _record(coder: SentenceCoder, sent: Span, found: list[Candidate], out: list[dict[str, Any]]) -> None:
    """The trainer's rows: every candidate, with its place in the text (to find the gold trigger it heads)."""
    rows: list[tuple[Token, list[Any], str]] = [(tok, sources, "") for tok, sources in candidates(coder, sent, found)]
    seen: set[int] = set()
    for c in found:   # the rules' own triggers: training examples of what a trigger looks like
        tok = c.trigger
        if tok.i in seen or tok.pos_ not in {"VERB", "NOUN"}:
            continue
        seen.add(tok.i)
        sources = coder.subjects(tok)[0] or ([c.source] if c.source is not None else [])
        rows.append((tok, sources, c.code))
    for tok, sources, code in rows:
        v = vector(tok)
        out.append({"start": tok.idx, "end": tok.idx + len(tok.text), "head_start": tok.head.idx,
                    "lemma": _lemma(tok), "pos": tok.pos_, "features": features(coder, tok, sources),
                    "vector": None if v is None else [round(float(x), 4) for x in v], "rule": code})
