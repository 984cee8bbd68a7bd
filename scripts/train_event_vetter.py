"""An experiment: a learned event vetter that drops events the rules code but a linear model judges false.

docs/model.md, "A learned event vetter", gives the design and the held-out figures. Nothing here is part of
the coder: the script wraps ``SentenceCoder.sentence_events`` while it runs, so the experiment can be repeated
on the rules of the day without touching them.

    PYTHONPATH=src python scripts/train_event_vetter.py --data /tmp/vetter_rows.json --cv   # collect, CV by batch
    PYTHONPATH=src python scripts/train_event_vetter.py --data /tmp/vetter_rows.json --cv --label happened

Steps:
1. code every sentence of the tune file with the rules (recording, per sentence, the candidates as
   ``sentence_events`` returns them and, through ``foedus.coder.trace``, the event each candidate became),
   with general features of each coded event: its CAMEO root and code, the trigger's lemma, POS and
   dependency label, its head's lemma and label, the kind of clause the rules see it in, negation, modal
   and passive, its modality, the kinds of its source and target (state, GOV, MIL, REB, ..., none), whether
   another event shares its trigger or clause, the number of events of the sentence, how it was found (a
   verb pattern, a noun, a named rule, an inherited source);
2. label an event 1 when a gold event of the sentence has the same CAMEO root (``--label happened``: and
   the same "happened" class: an asserted event whose gold is negated is 0), else 0;
3. a binary logistic regression (L2, full-batch Adam from zero, deterministic; features seen fewer than
   twice in the training rows dropped, and with ``--rule-min N`` a named rule's own features seen in fewer
   than N rows: such a rule is judged by the pooled feature every named rule shares);
4. cross-validation BY BATCH: four folds of the newest blind batches of the tune file (``cv_folds.py``:
   blind39-41, blind42-43, blind44-45, blind46); each fold is held out in turn and the model trained on the rest
   of the tune file (the other folds, the older and newer batches and the era sentences); for each threshold the
   held-out events whose probability of being right is below it are dropped and the held-out sentences scored again with
   ``foedus eval``'s own scorer (type F1, type+dyad F1, coded asserted, false events on no-event sentences).
No random numbers are drawn. Tune files only: the script refuses a measure file or a benchmark.
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
from pathlib import Path
from typing import Any

import numpy as np
from cv_folds import FOLD_NAMES, FOLDS

ROOT = Path(__file__).resolve().parent.parent
TUNE = ROOT / "src/foedus/data/gold/devset_tune.jsonl"
L2 = 1.0
STEPS = 400
MIN_COUNT = 2
THRESHOLDS = [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5]


# ---------------------------------------------------------------------------- collection
@contextmanager
def wrapped() -> Iterator[dict[int, list[str]]]:
    """Inside the block the vetter is off and ``vetter.vet`` records each candidate's features (by id)."""
    from foedus.coder import vetter

    original = vetter.vet
    store: dict[int, list[str]] = {}

    def vet(cands: list, model: Any = None, before: Any = None) -> list:
        # each event as the vetter judges it: as the rules left it, before the target chooser (vetter.judged)
        for c, (view, ruled) in zip(cands, vetter.judged(cands, before)):
            store[id(c)] = vetter.features(view, ruled)
        return cands

    vetter.vet = vet   # type: ignore[assignment]
    try:
        with vetter.disabled():
            yield store
    finally:
        vetter.vet = original   # type: ignore[assignment]


def _gold_roots(case: dict, happened_class: bool) -> set:
    from foedus.evaluate import _roots, happened

    out: set = set()
    for e in case.get("expected", []):
        for r in _roots(e["code"]):
            out.add((r, happened(e["code"], e["modality"])) if happened_class else r)
    return out


def collect(path: Path) -> tuple[list[dict], list[dict], list[Any]]:
    """The cases, one row per coded event (features, labels, case index, batch), and each case's result."""
    from foedus import schema
    from foedus.coder import trace, vetter
    from foedus.coder.pipeline import Coder
    from foedus.evaluate import _roots, read_gold
    from foedus.ingest.records import ArticleInput

    cases = read_gold(path)
    coder = Coder(time_limit=0)
    inputs = [ArticleInput(id=f"s{i}", text=c["text"], date=None if c.get("date_is_placeholder") else c.get("date"))
              for i, c in enumerate(cases)]
    rows: list[dict] = []
    results: list[Any] = []
    gen = coder.code_inputs(inputs)
    with wrapped() as store:
        for k, case in enumerate(cases):
            with trace.recording() as rec:
                result = next(gen)
            results.append(result)
            cand_of = {id(ev): cand for cand, ev in rec.finished}
            batch = next((t for t in case.get("tags", []) if t.startswith("blind")), "")
            g_root, g_happened = _gold_roots(case, False), _gold_roots(case, True)
            for j, ev in enumerate(getattr(result, "events", None) or []):
                cand = cand_of.get(id(ev))
                feats = store.get(id(cand)) if cand is not None else None
                roots = _roots(ev.cameo)
                hap = schema.happened(ev.modality, ev.root)
                # (session 46) "counted" is what the stage scores: the candidate as the vetter sees it (an intended
                # act it never scores may become a counted statement of intent, 03x, after it)
                rows.append({"case": k, "event": j, "batch": batch, "features": feats or ["bias", "unrecorded"],
                             "label_root": int(bool(roots & g_root)),
                             "label_happened": int(any((r, hap) in g_happened for r in roots)),
                             "counted": feats is not None and vetter.counted(cand)})
            store.clear()
    return cases, rows, results


# ---------------------------------------------------------------------------- training
def is_rule_feature(f: str) -> bool:
    """A feature of one named rule (``how=rule:say``, ``how|root=rule:say|10``), not the pooled ``how=rule``."""
    return f.startswith(("how=rule:", "how|root=rule:"))


def vocabulary(rows: list[dict], min_count: int = MIN_COUNT, rule_min: int = 0) -> list[str]:
    """The features the model gets a weight for: seen in at least ``min_count`` rows, and a named rule's own
    features in at least ``rule_min`` rows (session 46: a rarer rule is judged by the pooled ``how=rule`` only)."""
    counts: Counter[str] = Counter(f for r in rows for f in set(r["features"]))
    return sorted(f for f, n in counts.items() if n >= min_count and (n >= rule_min or not is_rule_feature(f)))


def train(rows: list[dict], label: str, l2: float = L2, min_count: int = MIN_COUNT, rule_min: int = 0) -> dict[str, float]:
    """Binary logistic regression: feature -> weight (a probability of being right)."""
    vocab = {f: k for k, f in enumerate(vocabulary(rows, min_count, rule_min))}
    idx, lens = [], []
    for r in rows:
        known = [vocab[f] for f in r["features"] if f in vocab]
        idx.extend(known)
        lens.append(len(known))
    idx_a = np.array(idx, dtype=np.int64)
    lens_a = np.array(lens, dtype=np.int64)
    row_of = np.repeat(np.arange(len(rows)), lens_a)
    y = np.array([r[label] for r in rows], dtype=float)
    w = np.zeros(len(vocab))
    m, v = np.zeros_like(w), np.zeros_like(w)
    lr, b1, b2 = 0.05, 0.9, 0.999
    n = len(rows)
    for step in range(1, STEPS + 1):
        s = np.bincount(row_of, weights=w[idx_a], minlength=n)
        p = 1.0 / (1.0 + np.exp(-s))
        g = (p - y) / n
        grad = np.bincount(idx_a, weights=g[row_of], minlength=len(vocab))
        grad += l2 * w / n
        m = b1 * m + (1 - b1) * grad
        v = b2 * v + (1 - b2) * grad * grad
        w -= lr * (m / (1 - b1 ** step)) / (np.sqrt(v / (1 - b2 ** step)) + 1e-8)
    return {f: round(float(w[k]), 4) for f, k in vocab.items() if abs(w[k]) >= 1e-4}


def probability(weights: dict[str, float], feats: list[str]) -> float:
    s = sum(weights.get(f, 0.0) for f in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, s))))


# ---------------------------------------------------------------------------- scoring
def score(cases: list[dict], results: list[Any], keep: list[int], drop: set[tuple[int, int]]) -> dict[str, float]:
    """``foedus eval``'s scoring of the cases ``keep`` with the events ``drop`` (case, event) removed."""
    from foedus.evaluate import Report, _score_case

    report = Report()
    for k in keep:
        result = results[k]
        events = getattr(result, "events", None)
        if events is None:
            _score_case(report, cases[k], result, False)
            continue
        result.events = [e for j, e in enumerate(events) if (k, j) not in drop]
        try:
            _score_case(report, cases[k], result, False)
        finally:
            result.events = events
    lv = report.levels
    return {"type_f1": lv["type"].f1, "dyad_f1": lv["type+dyad"].f1, "type_p": lv["type"].precision,
            "type_r": lv["type"].recall, "coded_asserted": report.not_happened_coded_asserted,
            "not_happened": report.not_happened, "false_on_empty": report.false_events_on_empty,
            "false_on_disaster": report.false_events_on_disaster, "found": report.found_share}


def blend(weights: dict[str, float], prior: dict[str, float] | None, share: float) -> dict[str, float]:
    """The weighted mean of two logistic models' weights (``share`` of the prior): still one weighted sum."""
    if not prior or share <= 0:
        return weights
    return {f: round(share * prior.get(f, 0.0) + (1 - share) * weights.get(f, 0.0), 4)
            for f in sorted(set(weights) | set(prior))}


def cross_validate(cases: list[dict], rows: list[dict], results: list[Any], label: str, l2: float,
                   counted_only: bool = False, prior: dict[str, float] | None = None,
                   share: float = 0.0, min_count: int = MIN_COUNT, rule_min: int = 0) -> list[dict]:
    out = []
    if counted_only:
        rows = [r for r in rows if r["counted"]]
    for fold, name in zip(FOLDS, FOLD_NAMES, strict=True):
        train_rows = [r for r in rows if r["batch"] not in fold]
        test_rows = [r for r in rows if r["batch"] in fold]
        keep = [k for k, c in enumerate(cases) if next((t for t in c.get("tags", []) if t.startswith("blind")), "") in fold]
        weights = blend(train(train_rows, label, l2, min_count, rule_min), prior, share)
        probs = [(probability(weights, r["features"]), r) for r in test_rows]
        base = score(cases, results, keep, set())
        print(f"held out {name}: {len(keep)} sentences, {len(test_rows)} coded events "
              f"({sum(r['label_root'] for r in test_rows)} with a gold event of their root); trained on {len(train_rows)} events")
        print(f"  rules alone: type F1 {base['type_f1']:.4f} type+dyad {base['dyad_f1']:.4f} "
              f"coded asserted {base['coded_asserted']}/{base['not_happened']} false on empty {base['false_on_empty']} "
              f"found {base['found']:.4f}")
        fold_out: dict[str, Any] = {"fold": name, "base": base, "thresholds": {}}
        # the packaged weights on the same held-out events (in-sample on the batches they were trained on)
        from foedus.coder import vetter

        shipped = vetter.default_model()
        drop = {(r["case"], r["event"]) for r in test_rows if shipped.probability(r["features"]) < shipped.threshold}
        s = score(cases, results, keep, drop)
        print(f"  packaged model at {shipped.threshold}: dropped {len(drop)} type F1 {s['type_f1']:.4f} "
              f"({s['type_f1'] - base['type_f1']:+.4f}) type+dyad {s['dyad_f1']:.4f} ({s['dyad_f1'] - base['dyad_f1']:+.4f}) "
              f"coded asserted {s['coded_asserted']} false on empty {s['false_on_empty']}")
        fold_out["packaged"] = s
        for t in THRESHOLDS:
            dropped = [r for p, r in probs if p < t]
            drop = {(r["case"], r["event"]) for r in dropped}
            s = score(cases, results, keep, drop)
            right = sum(r["label_root"] for r in dropped)
            print(f"  t={t:<5} dropped {len(dropped):4d} (right {right:3d}, counted {sum(r['counted'] for r in dropped):4d}) "
                  f"type F1 {s['type_f1']:.4f} ({s['type_f1'] - base['type_f1']:+.4f}) "
                  f"type+dyad {s['dyad_f1']:.4f} ({s['dyad_f1'] - base['dyad_f1']:+.4f}) "
                  f"coded asserted {s['coded_asserted']} false on empty {s['false_on_empty']} found {s['found']:.4f}")
            fold_out["thresholds"][str(t)] = {"dropped": len(dropped), "right": right, **s}
        out.append(fold_out)
    return out


def choose(figures: list[dict]) -> float:
    """The threshold whose smallest type+dyad F1 gain over the held-out folds is largest, among those that
    raise type F1 and type+dyad F1 on every fold and raise neither "coded asserted" nor false events on
    no-event sentences on any; 0 (the vetter off) when none does."""
    best, best_gain = 0.0, 0.0
    for t in THRESHOLDS:
        gains = []
        for f in figures:
            s, b = f["thresholds"][str(t)], f["base"]
            if s["type_f1"] <= b["type_f1"] or s["dyad_f1"] <= b["dyad_f1"] or s["coded_asserted"] > b["coded_asserted"] \
                    or s["false_on_empty"] > b["false_on_empty"]:
                break
            gains.append(s["dyad_f1"] - b["dyad_f1"])
        else:
            if min(gains) > best_gain:
                best, best_gain = t, min(gains)
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", default=str(TUNE), help="the tune file")
    ap.add_argument("--data", default="", help="a pickle cache of the collected rows and results (read if present)")
    ap.add_argument("--cv", action="store_true", help="cross-validate by batch (four folds of blind batches)")
    ap.add_argument("--label", choices=("root", "happened"), default="root")
    ap.add_argument("--l2", type=float, default=L2, help="the L2 penalty (summed over rows)")
    ap.add_argument("--all-events", action="store_true",
                    help="train on and vet every event, not only those that count as done (the stage vets only those)")
    ap.add_argument("--json", default="", help="write the CV figures here")
    ap.add_argument("--out", default="", help="write the model trained on all rows here")
    ap.add_argument("--threshold", type=float, default=0.0, help="with --out: the threshold written")
    ap.add_argument("--blend", default="", help="a model file whose weights are averaged with the trained ones")
    ap.add_argument("--share", type=float, default=0.5, help="with --blend: the share of its weights")
    ap.add_argument("--min-count", type=int, default=MIN_COUNT, help="features seen in fewer rows get no weight")
    ap.add_argument("--rule-min", type=int, default=0,
                    help="a named rule's own features seen in fewer rows get no weight (the rule counts as the "
                         "pooled how=rule only)")
    args = ap.parse_args(argv)
    gold = Path(args.gold)
    if "measure" in gold.name or "benchmark" in str(gold) or "shared" in str(gold):
        print("refusing to train on a measure part or a benchmark", file=sys.stderr)
        return 2
    import pickle

    if args.data and Path(args.data).exists():
        cases, rows, results = pickle.loads(Path(args.data).read_bytes())
    else:
        cases, rows, results = collect(gold)
        if args.data:
            Path(args.data).write_bytes(pickle.dumps((cases, rows, results)))
    label = f"label_{args.label}"
    prior = json.loads(Path(args.blend).read_text(encoding="utf-8"))["weights"] if args.blend else None
    share = args.share if prior else 0.0
    threshold = args.threshold
    print(f"{len(cases)} sentences, {len(rows)} coded events, {sum(r[label] for r in rows)} labelled right ({label})")
    cv_summary: dict[str, Any] = {}
    if args.cv:
        figures = cross_validate(cases, rows, results, label, args.l2, not args.all_events, prior, share,
                                 args.min_count, args.rule_min)
        threshold = choose(figures)
        print(f"chosen threshold: {threshold}")
        cv_summary = {"folds": FOLD_NAMES, "threshold": threshold, "per_fold": [
            {"fold": f["fold"], "base": {k: round(v, 4) for k, v in f["base"].items()},
             "chosen": {k: round(v, 4) for k, v in f["thresholds"].get(str(threshold), {}).items()}} for f in figures]}
        if args.json:
            Path(args.json).write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
    if args.out:
        weights_rows = [r for r in rows if r["counted"] or args.all_events]
        weights = blend(train(weights_rows, label, args.l2, args.min_count, args.rule_min), prior, share)
        lines = gold.read_text(encoding="utf-8").splitlines()
        Path(args.out).write_text(json.dumps({
            "kind": "foedus-event-vetter", "version": 1, "threshold": threshold,
            "training": {"file": gold.name, "sha1": hashlib.sha1(gold.read_bytes()).hexdigest(), "lines": len(lines),
                         "rows": len(weights_rows), "label": args.label, "l2": args.l2, "steps": STEPS, "min_count": args.min_count,
                         **({"rule_min": args.rule_min} if args.rule_min else {}),
                         **({"blend": {"file": Path(args.blend).name, "share": share}} if prior else {})},
            "cv": cv_summary, "weights": dict(sorted(weights.items()))}, indent=0) + "\n", encoding="utf-8")
        print(f"wrote {args.out}: {len(weights)} features")
    return 0


if __name__ == "__main__":
    sys.exit(main())
