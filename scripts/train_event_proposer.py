"""An experiment, not shipped: a learned event proposer for verbs the rules leave without an event.

docs/model.md, "Third attempt" and "Fourth attempt" (an event proposer), give the design and the held-out figures.
Nothing here is part of the coder: the script wraps ``SentenceCoder.code_sentence`` while it runs, so the
experiment can be repeated on the rules of the day without touching them.

    PYTHONPATH=src python scripts/train_event_proposer.py --cv                    # four folds by batch
    PYTHONPATH=src python scripts/train_event_proposer.py --cv --eval 0.6 0.7     # ... and foedus eval of each fold
    PYTHONPATH=src python scripts/train_event_proposer.py --out /tmp/proposer.json  # train on all rows

Steps:
1. code every tune sentence with the rules, recording each verb that is no rule event's trigger or evidence
   word, with general features (its lemma, the root the verb dictionary gives it, its head's and object's
   lemmas, dependency label, tag, negation, modal and passive, the kind of its subject and object, the kind
   of clause the rules see it in: main, background, reduced relative, aside, description);
2. label such a verb with the CAMEO root of a gold event whose ``trigger`` holds the word, when the rules
   coded no event of that root in the sentence; otherwise "none";
3. a multinomial logistic model (L2, full-batch Adam from zero; features seen fewer than twice dropped);
4. a verb whose best root reaches the threshold is coded through the rules' own argument stage
   (``SentenceCoder._events_for``: source, target, modality; an event with no source is dropped), once per
   root per sentence, never a root the rules already coded there.
Only the tune lines of blind7-27 are used (their gold events name their trigger). --cv holds out each of four folds
by batch (blind7-11, 12-16, 17-21, 22-27) in turn and trains on the rest, reporting per threshold how many held-out
verbs would get an event and how many of them have the gold root; --eval runs ``foedus eval``'s scoring on
each held-out fold, rules alone and with the model trained without it. No random numbers are drawn. Tune files
only: the script refuses a measure file or a benchmark.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from spacy.tokens import Span, Token

ROOT = Path(__file__).resolve().parent.parent
TUNE = ROOT / "src" / "foedus" / "data" / "gold" / "devset_tune.jsonl"
L2 = 1.0
STEPS = 300
MIN_COUNT = 2
NONE = "none"
THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95]
FOLDS = ({f"blind{n}" for n in range(7, 12)}, {f"blind{n}" for n in range(12, 17)},
         {f"blind{n}" for n in range(17, 22)}, {f"blind{n}" for n in range(22, 28)})
FOLD_NAMES = ("blind7-11", "blind12-16", "blind17-21", "blind22-27")
PATTERN = "learned proposer"
SKIP_DEPS = frozenset({"aux", "auxpass", "amod", "csubj", "csubjpass"})
MODALS = frozenset({"will", "would", "could", "can", "may", "might", "should", "must", "shall"})


@dataclass(frozen=True)
class ProposerModel:
    """Per-root feature weights, the probability threshold, and the code coded for each root."""

    weights: dict[str, dict[str, float]]   # feature -> {root: weight}
    classes: tuple[str, ...]
    threshold: float
    codes: dict[str, str]

    def probabilities(self, feats: list[str]) -> dict[str, float]:
        score = dict.fromkeys(self.classes, 0.0)
        for f in feats:
            for k, v in self.weights.get(f, {}).items():
                score[k] += v
        top = max(score.values())
        exp = {k: math.exp(v - top) for k, v in score.items()}
        total = sum(exp.values())
        return {k: v / total for k, v in exp.items()}

    def best(self, feats: list[str]) -> tuple[str, float]:
        probs = self.probabilities(feats)
        return max(((k, v) for k, v in probs.items() if k != NONE), key=lambda kv: kv[1])


# ---------------------------------------------------------------------------- features
def _kind(finder: Any, tok: Token | None) -> str:
    """What a word names: an actor mention's kind, a named entity's label, a pronoun, or its POS."""
    if tok is None:
        return "-"
    m = finder.mention_at.get(tok.i) or next(iter(finder.pronouns.get(tok.i, ())), None)
    if m is not None:
        return f"actor:{m.kind}"
    if tok.ent_type_:
        return f"ent:{tok.ent_type_}"
    return tok.pos_


def features(finder: Any, tok: Token) -> list[str]:
    """General features of a candidate verb: its words, its syntax, its arguments' kinds, its clause."""
    from foedus.coder.clauses import in_background_clause, participle_aside, participle_description, reduced_relative

    lemma = tok.lemma_.lower()
    head = tok.head
    subj = obj = None
    preps, auxes = [], []
    neg = passive = False
    for c in tok.children:
        if c.dep_ in {"nsubj", "nsubjpass"} and subj is None:
            subj = c
            passive = passive or c.dep_ == "nsubjpass"
        elif c.dep_ in {"dobj", "attr"} and obj is None:
            obj = c
        elif c.dep_ == "prep":
            preps.append(c.lower_)
        elif c.dep_ == "neg":
            neg = True
        elif c.dep_ in {"aux", "auxpass"}:
            auxes.append(c.lower_)
            passive = passive or c.dep_ == "auxpass"
        elif c.dep_ == "agent":
            passive = True
    if obj is None and preps:
        obj = next((p for c in tok.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"), None)
    okind, skind = _kind(finder, obj), _kind(finder, subj)
    olemma = obj.lemma_.lower() if obj is not None else "-"
    modal = next((a for a in auxes if a in MODALS), "-")
    match = finder.code_verb(tok)
    known = (match.code[:2] if match.code and not match.code.startswith("-") else "0") if match is not None else "-"
    clause = ("background" if in_background_clause(tok) else "reduced" if reduced_relative(tok)
              else "aside" if participle_aside(tok) else "described" if participle_description(tok) else "main")
    feats = ["bias", f"lem={lemma}", f"dep={tok.dep_}", f"tag={tok.tag_}", f"hl={head.lemma_.lower()}",
             f"hdep={tok.dep_}|{head.lemma_.lower()}", f"ol={olemma}", f"lem|ol={lemma}|{olemma}",
             f"ok={okind}", f"sk={skind}", f"lem|ok={lemma}|{okind}", f"lem|sk={lemma}|{skind}",
             f"modal={modal}", f"neg={neg}", f"passive={passive}", f"lem|passive={lemma}|{passive}",
             f"dict={known}", f"dict|dep={known}|{tok.dep_}", f"dict|tag={known}|{tok.tag_}",
             f"dict|clause={known}|{clause}", f"clause={clause}", f"dict|sk={known}|{skind}",
             f"dict|ok={known}|{okind}"]
    feats.extend(f"prep={p}" for p in preps[:3])
    feats.extend(f"lem|prep={lemma}|{p}" for p in preps[:3])
    return feats


def candidates(sent: Span, found: list) -> list[Token]:
    """The verbs of ``sent`` that are no trigger or evidence word of a rule event."""
    used = {c.trigger.i for c in found}
    for c in found:
        used.update(c.tokens or ())
    return [t for t in sent if t.pos_ == "VERB" and t.dep_ not in SKIP_DEPS and t.i not in used]


def propose(model: ProposerModel, finder: Any, sent: Span, reporter_of: dict, found: list) -> list:
    """Events the model is sure of on verbs the rules left without one."""
    ruled = {c.code[:2] for c in found}
    out: list = []
    for t in candidates(sent, found):
        root, p = model.best(features(finder, t))
        if p < model.threshold or root in ruled:
            continue
        events = [c for c in finder._events_for(t, model.codes[root], f"{t.lemma_.lower()} * {PATTERN}", reporter_of)
                  if c.source is not None]
        if events:
            ruled.add(root)
            out.extend(events)
    return out


@contextmanager
def wrapped(model: ProposerModel | None = None, record: list | None = None) -> Iterator[None]:
    """Inside the block, ``SentenceCoder.code_sentence`` also records candidate verbs or proposes events."""
    from foedus.coder.sentence import SentenceCoder

    original = SentenceCoder.code_sentence

    def code_sentence(self: Any, sent: Span, reporter_of: dict) -> list:
        found = original(self, sent, reporter_of)
        if record is not None:
            ruled = sorted({c.code[:2] for c in found})
            record.extend({"text": t.text, "sentence": sent.text, "features": features(self, t), "ruled": ruled}
                          for t in candidates(sent, found))
        if model is not None:
            found = found + propose(model, self, sent, reporter_of, found)
        return found

    SentenceCoder.code_sentence = code_sentence   # type: ignore[method-assign]
    try:
        yield
    finally:
        SentenceCoder.code_sentence = original   # type: ignore[method-assign]


# ---------------------------------------------------------------------------- training
def collect(path: Path) -> list[dict]:
    """One row per candidate verb of each tune sentence: its features, its label, the sentence's batch."""
    from foedus.coder.pipeline import Coder
    from foedus.evaluate import read_gold

    coder = Coder(time_limit=0)
    rows = []
    batches = set().union(*FOLDS)   # the batches whose gold events name their trigger
    for case in read_gold(path):
        if not batches & set(case.get("tags", [])):
            continue
        date = None if case.get("date_is_placeholder") else case.get("date")
        rec: list[dict] = []
        with wrapped(record=rec):
            coder.code_text(case["text"], date=date)
        gold = [(e["code"][:2], {w.lower() for w in str(e.get("trigger", "")).split()})
                for e in case.get("expected", [])]
        batch = next((t for t in case.get("tags", []) if t.startswith("blind")), "")
        for r in rec:
            label = next((root for root, words in gold if r["text"].lower() in words and root not in r["ruled"]), NONE)
            rows.append({"case": case["id"], "batch": batch, "features": r["features"], "label": label,
                         "text": r["text"], "sentence": r["sentence"]})
    return rows


def train(rows: list[dict], l2: float = L2) -> tuple[dict[str, dict[str, float]], list[str]]:
    """Multinomial logit: feature -> {root: weight}."""
    classes = [NONE] + sorted({r["label"] for r in rows} - {NONE})
    cidx = {c: k for k, c in enumerate(classes)}
    counts: Counter[str] = Counter(f for r in rows for f in set(r["features"]))
    vocab = {f: k for k, f in enumerate(sorted(f for f, n in counts.items() if n >= MIN_COUNT))}
    idx, lens = [], []
    for r in rows:
        known = [vocab[f] for f in r["features"] if f in vocab]   # "bias" is in every row
        idx.extend(known)
        lens.append(len(known))
    idx_a = np.array(idx, dtype=np.int64)
    lens_a = np.array(lens, dtype=np.int64)
    start = np.concatenate([[0], np.cumsum(lens_a)[:-1]])
    row_of = np.repeat(np.arange(len(rows)), lens_a)
    y = np.zeros((len(rows), len(classes)))
    y[np.arange(len(rows)), [cidx[r["label"]] for r in rows]] = 1.0
    w = np.zeros((len(vocab), len(classes)))
    m, v = np.zeros_like(w), np.zeros_like(w)
    lr, b1, b2 = 0.05, 0.9, 0.999
    n = len(rows)
    for step in range(1, STEPS + 1):
        s = np.add.reduceat(w[idx_a], start, axis=0)
        s -= s.max(axis=1, keepdims=True)
        p = np.exp(s)
        p /= p.sum(axis=1, keepdims=True)
        g = (p - y) / n
        grad = np.zeros_like(w)
        np.add.at(grad, idx_a, g[row_of])
        grad += l2 * w / n
        m = b1 * m + (1 - b1) * grad
        v = b2 * v + (1 - b2) * grad * grad
        w -= lr * (m / (1 - b1 ** step)) / (np.sqrt(v / (1 - b2 ** step)) + 1e-8)
    weights = {}
    for f, k in vocab.items():
        ws = {c: round(float(w[k, j]), 4) for c, j in cidx.items() if abs(w[k, j]) >= 1e-3}
        if ws:
            weights[f] = ws
    return weights, classes


def root_codes(path: Path) -> dict[str, str]:
    """The code coded for each root: the most frequent gold code of that root in the tune file."""
    counts: Counter[str] = Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        for e in json.loads(line).get("expected", []):
            counts[e["code"]] += 1
    out: dict[str, str] = {}
    for code, _ in counts.most_common():
        out.setdefault(code[:2], code)
    return out


def held_out_table(model: ProposerModel, test_rows: list[dict]) -> dict:
    picks = [(*model.best(r["features"]), r) for r in test_rows]
    return {str(t): {"proposed": sum(p >= t for _, p, _ in picks),
                     "right_root": sum(p >= t and root == r["label"] for root, p, r in picks)}
            for t in THRESHOLDS} | {"gold_positive_verbs": sum(r["label"] != NONE for r in test_rows)}


def evaluate_fold(gold: list[str], model: ProposerModel | None) -> str:
    from foedus.evaluate import evaluate_many, format_summary

    with wrapped(model=model):
        reports = evaluate_many(gold)
    extra = "; ".join(f"false events on no-event sentences {r.false_events_on_empty}, "
                      f"on disaster sentences {r.false_events_on_disaster}" for r in reports.values())
    return format_summary(reports).splitlines()[-1] + "\n    " + extra


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", default=str(TUNE), help="the tune file (every gold event with a trigger)")
    ap.add_argument("--data", default="", help="a JSON cache of the collected rows (read if present, else written)")
    ap.add_argument("--cv", action="store_true", help="cross-validate by batch: four folds (FOLD_NAMES)")
    ap.add_argument("--eval", nargs="*", type=float, default=[], help="with --cv: thresholds to score with foedus eval")
    ap.add_argument("--folds", nargs="*", default=[], help="with --cv: only these folds (blind7-11 ...)")
    ap.add_argument("--l2", type=float, default=L2, help="the L2 penalty (summed over rows)")
    ap.add_argument("--threshold", type=float, default=0.9)
    ap.add_argument("--out", default="", help="write the model trained on all rows here (never shipped)")
    args = ap.parse_args(argv)
    gold = Path(args.gold)
    if "measure" in gold.name or "benchmark" in str(gold):
        print("refusing to train on a measure part or a benchmark", file=sys.stderr)
        return 2
    if args.data and Path(args.data).exists():
        rows = json.loads(Path(args.data).read_text(encoding="utf-8"))
    else:
        rows = collect(gold)
        if args.data:
            Path(args.data).write_text(json.dumps(rows), encoding="utf-8")
    print(f"{len(rows)} candidate verbs, labels {dict(Counter(r['label'] for r in rows).most_common())}")
    codes = root_codes(gold)
    if args.cv:
        lines = gold.read_text(encoding="utf-8").splitlines()
        for k, name in enumerate(FOLD_NAMES):
            if args.folds and name not in args.folds:
                continue
            tr = [r for r in rows if r["batch"] not in FOLDS[k]]
            te = [r for r in rows if r["batch"] in FOLDS[k]]
            weights, classes = train(tr, args.l2)
            model = ProposerModel(weights, tuple(classes), 1.0, codes)
            print(f"held out {name} ({len(te)} verbs), trained on the rest ({len(tr)} verbs):")
            print("  " + json.dumps(held_out_table(model, te)))
            if args.eval:
                test_file = Path(f"/tmp/proposer_fold_{k}.jsonl")
                test_file.write_text("\n".join(ln for ln in lines if set(json.loads(ln).get("tags", [])) & FOLDS[k])
                                     + "\n", encoding="utf-8")
                print("  rules alone:  " + evaluate_fold([str(test_file)], None), flush=True)
                for t in args.eval:
                    with_model = ProposerModel(weights, tuple(classes), t, codes)
                    print(f"  threshold {t}: " + evaluate_fold([str(test_file)], with_model), flush=True)
    if args.out:
        weights, classes = train(rows, args.l2)
        Path(args.out).write_text(json.dumps({
            "kind": "foedus-event-proposer (experiment)", "threshold": args.threshold, "classes": classes,
            "codes": {c: codes[c] for c in classes if c in codes},
            "training": {"file": gold.name, "sha1": hashlib.sha1(gold.read_bytes()).hexdigest(), "rows": len(rows),
                         "l2": args.l2, "steps": STEPS, "min_count": MIN_COUNT},
            "weights": weights}) + "\n", encoding="utf-8")
        print(f"wrote {args.out}: {len(weights)} features")
    return 0


if __name__ == "__main__":
    sys.exit(main())
