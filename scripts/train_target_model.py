"""Train the learned target chooser (foedus.coder.learned) on the TUNE part of the dev set only.

    PYTHONPATH=src python scripts/train_target_model.py            # writes src/foedus/data/models/target_ranker.json
    PYTHONPATH=src python scripts/train_target_model.py --check    # cross-validation figures only, writes nothing

Deterministic: no random numbers are drawn (folds are batches of the tune file), so the same
tune file and the same rules give the same weights. Steps (docs/model.md):
1. code every tune sentence with the rules, recording each event's candidate targets and their features;
2. label a candidate positive when its country (first 3 letters of its code; "" for "none") is the target
   of a gold event of a compatible root whose source country is the coded event's;
3. choose the two margins of ``learned.decide`` by cross-validation BY BATCH within tune (four folds of the
   newest blind batches, each held out in turn, the model trained on the rest of the tune file; net targets
   put right: fixed minus broken, on events the model may touch; the largest margin within NET_TOLERANCE of
   the best net; the fill margin must put more right than wrong on every fold, else filling is off);
4. train on all of tune and write the weights, the margins, the CV figures and the tune file's sha1.
Never point it at devset_measure or a benchmark: the measure figures must stay unseen.
"""

from __future__ import annotations

import argparse
import math
import hashlib
import json
import sys
from pathlib import Path

import numpy as np
from cv_folds import FOLD_NAMES, FOLDS

ROOT = Path(__file__).resolve().parent.parent
TUNE = ROOT / "src/foedus/data/gold/devset_tune.jsonl"
OUT = ROOT / "src/foedus/data/models/target_ranker.json"
L2 = 0.05
STEPS = 400
MIN_COUNT = 2
MIN_REPLACE_GAIN = 3
NET_TOLERANCE = 3
FILL_GRID = [0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 99.0]
REPLACE_GRID = [1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 99.0]


def collect(path: Path) -> list[dict]:
    """One group per coded event of each tune sentence: its options' features and labels."""
    from foedus.coder import finish, learned
    from foedus.coder.pipeline import Coder
    from foedus.evaluate import _gold_events, _norm, _roots, read_gold

    coder = Coder(time_limit=0)
    groups = []
    for case in read_gold(path):
        date = None if case.get("date_is_placeholder") else case.get("date")
        with learned.recording() as rec:
            coder.code_text(case["text"], date=date)
        gold = _gold_events(case, "CAMEO")
        for r in rec:
            cand = r["cand"]
            roots = _roots(finish.final_code(cand))
            source = _norm(cand.source.code)[:3] if cand.source is not None else ""
            targets = {g.target[:3] for g in gold if _roots(g.code) & roots and g.source[:3] == source}
            if not targets:
                continue
            countries = [_norm(o.named.code)[:3] if o.named is not None else "" for o in r["options"]]
            batch = next((t for t in case.get("tags", []) if t.startswith("blind")), "")
            groups.append({"case": case["id"], "batch": batch, "features": r["features"], "rule": r["rule"], "alone": r["alone"],
                           "labels": [c in targets for c in countries]})
    return groups


def fold_of(group: dict) -> int:
    """The held-out fold of a group's batch; -1 (always trained on) for the older batches and era sentences."""
    return next((k for k, fold in enumerate(FOLDS) if group.get("batch", "") in fold), -1)


class Data:
    """Groups as flat arrays: option rows of feature indices, groups of option rows."""

    def __init__(self, groups: list[dict], vocab: dict[str, int]) -> None:
        idx, row_len, labels, group_len = [], [], [], []
        for g in groups:
            for feats, y in zip(g["features"], g["labels"]):
                known = [vocab[f] for f in feats if f in vocab] or [vocab["<bias>"]]
                idx.extend(known)
                row_len.append(len(known))
                labels.append(float(y))
            group_len.append(len(g["features"]))
        self.idx = np.array(idx, dtype=np.int64)
        self.row_len = np.array(row_len, dtype=np.int64)
        self.row_start = np.concatenate([[0], np.cumsum(self.row_len)[:-1]])
        self.y = np.array(labels)
        self.group_len = np.array(group_len, dtype=np.int64)
        self.group_start = np.concatenate([[0], np.cumsum(self.group_len)[:-1]])
        self.row_group = np.repeat(np.arange(len(group_len)), self.group_len)

    def scores(self, w: np.ndarray) -> np.ndarray:
        return np.add.reduceat(w[self.idx], self.row_start)


def make_vocab(groups: list[dict]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for g in groups:
        for feats in g["features"]:
            for f in set(feats):
                counts[f] = counts.get(f, 0) + 1
    names = ["<bias>"] + sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    return {f: n for n, f in enumerate(names)}


def train(groups: list[dict]) -> dict[str, float]:
    """Conditional logit over each group's options (maximise the probability of its positive options),
    L2-regularised, full-batch Adam from zero weights."""
    groups = [g for g in groups if any(g["labels"]) and len(g["labels"]) > 1]
    vocab = make_vocab(groups)
    d = Data(groups, vocab)
    w = np.zeros(len(vocab))
    m, v = np.zeros_like(w), np.zeros_like(w)
    lr, b1, b2 = 0.05, 0.9, 0.999
    n_groups = len(groups)
    for step in range(1, STEPS + 1):
        s = d.scores(w)
        top = np.maximum.reduceat(s, d.group_start)
        e = np.exp(s - top[d.row_group])
        p = e / np.add.reduceat(e, d.group_start)[d.row_group]
        pos = np.add.reduceat(p * d.y, d.group_start)[d.row_group]
        gs = (p - d.y * p / pos) / n_groups
        grad = np.zeros_like(w)
        np.add.at(grad, d.idx, np.repeat(gs, d.row_len))
        grad += L2 * w / n_groups
        m = b1 * m + (1 - b1) * grad
        v = b2 * v + (1 - b2) * grad * grad
        w -= lr * (m / (1 - b1 ** step)) / (np.sqrt(v / (1 - b2 ** step)) + 1e-8)
    names = sorted(vocab, key=vocab.__getitem__)
    return {f: round(float(w[vocab[f]]), 4) for f in names if abs(w[vocab[f]]) >= 1e-4}


def net_changes(groups: list[dict], weights: dict[str, float], fill: float, replace: float) -> tuple[int, int]:
    """(targets put right, targets made wrong) by ``learned.decide`` on the events it may touch."""
    from foedus.coder.learned import decide

    fixed = broken = 0
    for g in groups:
        if not g["alone"] or len(g["labels"]) < 2:
            continue
        scores = [sum(weights.get(f, 0.0) for f in feats) for feats in g["features"]]
        pick = decide(scores, g["rule"], fill, replace)
        if pick is None:
            continue
        was, now = g["labels"][g["rule"]], g["labels"][pick]
        fixed += now and not was
        broken += was and not now
    return fixed, broken


def cross_validate(groups: list[dict]) -> tuple[float, float, dict]:
    held: list[tuple[list[dict], dict[str, float]]] = []
    for k in range(len(FOLDS)):
        test = [g for g in groups if fold_of(g) == k]
        rest = [g for g in groups if fold_of(g) != k]
        held.append((test, train(rest)))
    table = {}
    per_fold: dict[tuple[float, float], list[tuple[int, int]]] = {}
    for fill in FILL_GRID:
        for rep in REPLACE_GRID:
            fixed = broken = 0
            per_fold[(fill, rep)] = []
            for test, weights in held:
                f, b = net_changes(test, weights, fill, rep)
                fixed, broken = fixed + f, broken + b
                per_fold[(fill, rep)].append((f, b))
            # a setting must put more targets right than wrong on every held-out fold
            table[(fill, rep)] = (fixed, broken) if all(f > b for f, b in per_fold[(fill, rep)]) or fill == 99.0 \
                and rep == 99.0 else (0, 0)
    # best net; among equals the larger (more conservative) margins. Replacing a rule's target must earn
    # its place: it is used only if it adds MIN_REPLACE_GAIN net targets over filling alone.
    def net(k: tuple[float, float]) -> int:
        return table[k][0] - table[k][1]

    # a margin within NET_TOLERANCE of the best net is as good (the CV count moves by about the square root
    # of the changes on which two margins differ): the largest such margin is taken
    top = max(net(k) for k in table)
    best = max((k for k in table if net(k) >= top - NET_TOLERANCE), key=lambda k: (k[1], k[0]))
    fill_top = max(net(k) for k in table if k[1] == REPLACE_GRID[-1])
    fill_only = max((k for k in table if k[1] == REPLACE_GRID[-1] and net(k) >= fill_top - NET_TOLERANCE),
                    key=lambda k: k[0])
    # ... and more than the CV noise of the changes replacing adds: a replaced target that was right is a
    # right answer lost, so the gain must stand two standard deviations (2 * sqrt of the events on which the
    # two settings differ) above chance
    extra = abs(table[best][0] - table[fill_only][0]) + abs(table[best][1] - table[fill_only][1])
    if net(best) - net(fill_only) < max(MIN_REPLACE_GAIN, 2 * math.sqrt(extra)):
        best = fill_only
    # the packaged weights and fill margin on the same held-out groups (in-sample on the batches they were trained on)
    try:
        packaged = json.loads(OUT.read_text(encoding="utf-8"))
        pfill = packaged["margins"]["fill"]
        report_packaged = [list(net_changes(test, packaged["weights"], pfill, packaged["margins"]["replace"]))
                           for test, _ in held]
    except (OSError, KeyError, ValueError):
        report_packaged = []
    top1 = 0
    scored = [g for test, _ in held for g in test]
    for test, weights in held:
        for g in test:
            if any(g["labels"]) and len(g["labels"]) > 1:
                scores = [sum(weights.get(f, 0.0) for f in feats) for feats in g["features"]]
                top1 += g["labels"][int(np.argmax(scores))]
    rule_right = sum(g["labels"][g["rule"]] for g in scored if any(g["labels"]) and len(g["labels"]) > 1)
    n = sum(1 for g in scored if any(g["labels"]) and len(g["labels"]) > 1)
    report = {"folds": list(FOLD_NAMES), "groups": n, "rule_right": rule_right, "model_top1_right": top1,
              "fill": best[0], "replace": best[1], "fixed": table[best][0], "broken": table[best][1],
              "per_fold": [list(fb) for fb in per_fold[best]], "packaged_per_fold": report_packaged,
              "fill_only": {str(f): per_fold[(f, 99.0)] for f in FILL_GRID}}
    return best[0], best[1], report


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="print the cross-validation figures; write nothing")
    ap.add_argument("--gold", default=str(TUNE), help="the training file (the tune part of the dev set)")
    ap.add_argument("--data", default="", help="a pickle cache of the collected groups (read if present)")
    ap.add_argument("--out", default=str(OUT), help="where to write the model")
    ap.add_argument("--l2", type=float, default=L2, help="the L2 penalty (summed over groups)")
    args = ap.parse_args(argv)
    globals()["L2"] = args.l2
    gold = Path(args.gold)
    if "measure" in gold.name or "benchmark" in str(gold):
        print("refusing to train on a measure part or a benchmark", file=sys.stderr)
        return 2
    import pickle

    if args.data and Path(args.data).exists():
        groups = pickle.loads(Path(args.data).read_bytes())
    else:
        groups = collect(gold)
        if args.data:
            Path(args.data).write_bytes(pickle.dumps(groups))
    fill, rep, cv = cross_validate(groups)
    print(json.dumps(cv, indent=1))
    if args.check:
        return 0
    weights = train(groups)
    model = {"kind": "foedus-target-ranker", "version": 1,
             "training": {"file": gold.name, "sha1": hashlib.sha1(gold.read_bytes()).hexdigest(),
                          "lines": gold.read_bytes().count(b"\n"), "groups": cv["groups"], "l2": L2, "steps": STEPS, "min_count": MIN_COUNT},
             "margins": {"fill": fill, "replace": rep},
             "cv": {k: v for k, v in cv.items() if k != "fill_only"},
             "weights": weights}
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(model, indent=1, sort_keys=False) + "\n", encoding="utf-8")
    print(f"wrote {out}: {len(weights)} weights, fill {fill}, replace {rep}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
