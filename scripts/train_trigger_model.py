"""Train the learned trigger finder (foedus.coder.learned_triggers) on the TUNE part of the dev set only.

    PYTHONPATH=src python scripts/train_trigger_model.py            # writes src/foedus/data/models/trigger_model.json
    PYTHONPATH=src python scripts/train_trigger_model.py --check    # cross-validation figures only, writes nothing
    PYTHONPATH=src python scripts/train_trigger_model.py --check --events   # also the event-level CV (one more pass)

Deterministic: no random numbers are drawn (folds come from a hash of each sentence's id). Steps (docs/model.md):
1. code every tune sentence with the rules (the finder recording, adding nothing), keeping every candidate (a verb
   or argument noun that is no event's trigger and whose subject side names an actor) with its features and
   contextual vector;
2. labels from the gold "trigger" field: a gold event the rules missed labels the candidate that heads its trigger
   words with its CAMEO root; the candidates inside the trigger of an event the rules found are left out (coding
   them again would add nothing); every other candidate of a sentence whose gold events all name their trigger
   (or that the rules found all of, or that has none) is NONE; a sentence with a missed event naming no trigger
   is left out;
3. choose the L2 strength and the probability threshold by 5-fold cross-validation over sentences: net candidates
   put right (coded with its label's root) minus candidates coded wrongly (a NONE one coded, or a wrong root); the
   threshold must give a net of at least MIN_NET, and the largest threshold within NET_TOLERANCE of the best net
   is taken; if no threshold does, the model is written with threshold 1.01 (never fires: the finder does no work);
4. train on all of tune and write the weights, the threshold, the CV figures and the tune file's sha1.
Never point it at devset_measure or a benchmark: the measure figures must stay unseen.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
TUNE = ROOT / "src/foedus/data/gold/devset_tune.jsonl"
OUT = ROOT / "src/foedus/data/models/trigger_model.json"
NONE = "NONE"
FOLDS = 5
L2_GRID = [1.0, 4.0, 16.0]
STEPS = 300
MIN_COUNT = 2
MIN_CLASS = 4
MIN_NET = 5          # a threshold must put at least this many more held-out candidates right than wrong
NET_TOLERANCE = 2
NEVER = 1.01         # the threshold of a model that must not fire
THRESHOLDS = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95]


def _span(text: str, trigger: str) -> tuple[int, int] | None:
    """The character span of ``trigger`` in ``text`` (first whole-word, case-insensitive match)."""
    m = re.search(r"(?<!\w)" + re.escape(trigger.strip()) + r"(?!\w)", text, flags=re.IGNORECASE)
    return (m.start(), m.end()) if m else None


_AWAY = {"start": -1, "end": -1, "head_start": -1, "pos": ""}   # a rule trigger, never a candidate


def _head_row(rec: list[dict], span: tuple[int, int]) -> tuple[int | None, list[int]]:
    """(the candidate heading the trigger span, every candidate inside it)."""
    s, e = span
    inside = [n for n, r in enumerate(rec) if r["start"] >= s and r["end"] <= e]
    heads = [n for n in inside if not (s <= rec[n]["head_start"] < e) or rec[n]["head_start"] == rec[n]["start"]]
    pool = heads or inside
    if not pool:
        return None, inside
    return min(pool, key=lambda n: (rec[n]["pos"] != "VERB", n)), inside


def collect(path: Path, keep_results: bool = False) -> tuple[list[dict], list[dict], dict[str, Any]]:
    """Every candidate of every tune sentence, with its label (a root, NONE, or None: left out), the cases, and
    the rules' results by case id (``keep_results``)."""
    from foedus.coder import learned_triggers
    from foedus.coder.pipeline import Coder
    from foedus.evaluate import _gold_events, _pair, _pred_events, _roots, read_gold, scheme_of

    coder = Coder(time_limit=0)
    rows: list[dict] = []
    cases = [c for c in read_gold(path) if scheme_of(c) == "CAMEO"]
    results: dict[str, Any] = {}
    for case in cases:
        date = None if case.get("date_is_placeholder") else case.get("date")
        with learned_triggers.recording() as rec:
            result = coder.code_text(case["text"], date=date)
        if keep_results:
            results[case["id"]] = result
        expected = case.get("expected", [])
        gold = _gold_events(case, "CAMEO")
        pairs = _pair(gold, _pred_events(result, "CAMEO"))
        labels: dict[int, tuple[str | None, str]] = {}
        unplaced = False
        cands = [n for n, r in enumerate(rec) if not r["rule"]]
        ruled = [n for n, r in enumerate(rec) if r["rule"]]
        named = bool(expected) and all(e.get("trigger") for e in expected)
        for i, (g, e) in enumerate(zip(gold, expected)):
            span = _span(case["text"], e["trigger"]) if e.get("trigger") else None
            if span is None:
                unplaced = unplaced or i not in pairs
                continue
            head, inside = _head_row([rec[n] if n in cands else _AWAY for n in range(len(rec))], span)
            for n in inside:
                labels.setdefault(n, (None, ""))
            if i not in pairs and head is not None:
                labels[head] = (g.code[:2], g.code)
            for n in ruled:   # a rule trigger inside the gold trigger: an example of that root
                if span[0] <= rec[n]["start"] and rec[n]["end"] <= span[1]:
                    labels[n] = (g.code[:2], g.code)
        for n in ruled:
            if n in labels:
                continue
            code = rec[n]["rule"]
            if not named and any(_roots(g.code) & _roots(code) for g in gold):
                labels[n] = (code[:2], code)   # (a sentence naming no trigger: a weaker example)
            else:
                labels[n] = (NONE if named or not expected else None, "")
        for n, r in enumerate(rec):
            label, code = labels.get(n, (None if unplaced else NONE, ""))
            rows.append({"case": case["id"], "features": r["features"], "vector": r["vector"], "lemma": r["lemma"],
                         "pos": r["pos"], "label": label, "code": code, "rule": bool(r["rule"])})
    return rows, cases, results


def fold_of(case_id: str) -> int:
    return int(hashlib.sha1(f"foedus-triggers/{case_id}".encode()).hexdigest(), 16) % FOLDS


class Data:
    """Candidates as flat arrays: rows of feature indices, the contextual vectors, class indices."""

    def __init__(self, rows: list[dict], vocab: dict[str, int], classes: list[str], width: int, scale: float) -> None:
        idx, row_len = [], []
        for r in rows:
            known = [vocab[f] for f in r["features"] if f in vocab] or [0]
            idx.extend(known)
            row_len.append(len(known))
        self.idx = np.array(idx, dtype=np.int64)
        self.row_len = np.array(row_len, dtype=np.int64)
        self.row_start = np.concatenate([[0], np.cumsum(self.row_len)[:-1]]).astype(np.int64)
        self.x = np.array([r["vector"] if r["vector"] is not None else [0.0] * width for r in rows]) * scale
        cls = {c: n for n, c in enumerate(classes)}
        self.y = np.array([cls.get(r["label"] or NONE, cls[NONE]) for r in rows], dtype=np.int64)

    def logits(self, w: np.ndarray, d: np.ndarray, b: np.ndarray) -> np.ndarray:
        z: np.ndarray = np.add.reduceat(w[self.idx], self.row_start, axis=0) + self.x @ d + b
        return z


def make_vocab(rows: list[dict]) -> dict[str, int]:
    counts: Counter[str] = Counter(f for r in rows for f in set(r["features"]))
    names = ["<none>"] + sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    return {f: n for n, f in enumerate(names)}


def classes_of(rows: list[dict]) -> list[str]:
    counts = Counter(r["label"] for r in rows if r["label"] not in (None, NONE))
    return sorted(c for c, n in counts.items() if n >= MIN_CLASS) + [NONE]


def usable(rows: list[dict], classes: list[str]) -> list[dict]:
    """Labelled rows; a positive of a root too rare to learn counts as NONE (coding it otherwise is wrong)."""
    return [r if r["label"] in classes else {**r, "label": NONE} for r in rows if r["label"] is not None]


def width_scale(rows: list[dict]) -> tuple[int, float]:
    vecs = [r["vector"] for r in rows if r["vector"] is not None]
    width = len(vecs[0]) if vecs else 96
    sd = float(np.std(np.array(vecs))) if vecs else 1.0
    return width, round(1.0 / sd if sd > 0 else 1.0, 6)


def train(rows: list[dict], classes: list[str], l2: float) -> dict:
    """Multinomial logistic regression (softmax over roots and NONE), L2-regularised, full-batch Adam from zero."""
    rows = usable(rows, classes)
    vocab = make_vocab(rows)
    width, scale = width_scale(rows)
    data = Data(rows, vocab, classes, width, scale)
    k, n = len(classes), len(rows)
    w, d, b = np.zeros((len(vocab), k)), np.zeros((width, k)), np.zeros(k)
    params = [w, d, b]
    ms = [np.zeros_like(p) for p in params]
    vs = [np.zeros_like(p) for p in params]
    lr, b1, b2 = 0.05, 0.9, 0.999
    onehot = np.eye(k)[data.y]
    for step in range(1, STEPS + 1):
        z = data.logits(w, d, b)
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        g = (p - onehot) / n
        gw = np.zeros_like(w)
        np.add.at(gw, data.idx, np.repeat(g, data.row_len, axis=0))
        gw += l2 * w / n
        gd = data.x.T @ g + l2 * d / n
        gb = g.sum(axis=0)
        for p_, g_, m_, v_ in zip(params, (gw, gd, gb), ms, vs):
            m_ *= b1
            m_ += (1 - b1) * g_
            v_ *= b2
            v_ += (1 - b2) * g_ * g_
            p_ -= lr * (m_ / (1 - b1 ** step)) / (np.sqrt(v_ / (1 - b2 ** step)) + 1e-8)
    names = sorted(vocab, key=vocab.__getitem__)
    sparse = {f: [round(float(x), 3) for x in w[vocab[f]]] for f in names[1:] if np.abs(w[vocab[f]]).max() >= 0.01}
    return {"classes": classes, "sparse": sparse, "dense": [[round(float(x), 4) for x in row] for row in d],
            "bias": [round(float(x), 4) for x in b], "scale": scale}


def model_json(raw: dict, threshold: float, codes: dict[str, str], training: dict, cv: dict | None = None) -> dict:
    out = {"kind": "foedus-trigger-model", "version": 2, "training": training, "threshold": threshold,
           "classes": raw["classes"], "codes": codes}
    if cv is not None:
        out["cv"] = cv
    out.update({"scale": raw["scale"], "bias": raw["bias"], "dense": raw["dense"], "sparse": raw["sparse"]})
    return out


def to_model(raw: dict, threshold: float, codes: dict[str, str]):  # type: ignore[no-untyped-def]
    from foedus.coder.learned_triggers import parse_model

    return parse_model(model_json(raw, threshold, codes, {"sha1": ""}))


def codes_of(rows: list[dict], classes: list[str]) -> dict[str, str]:
    out = {}
    for c in classes:
        if c != NONE:
            counts = Counter(r["code"] for r in rows if r["label"] == c and r["code"])
            out[c] = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if counts else c + "0"
    return out


def net(rows: list[dict], probs: list[np.ndarray], classes: list[str], threshold: float) -> tuple[int, int]:
    from foedus.coder.learned_triggers import pick

    right = wrong = 0
    for r, p in zip(rows, probs):
        root = pick(p, classes, threshold)
        if root is None:
            continue
        if root == r["label"]:
            right += 1
        else:
            wrong += 1
    return right, wrong


def cross_validate(rows: list[dict]) -> tuple[float, float, dict, dict]:
    """(L2, threshold, report, the fold models' raw weights at that L2)."""
    classes = classes_of(rows)
    folds = [[r for r in rows if fold_of(r["case"]) == k] for k in range(FOLDS)]
    table: dict[tuple[float, float], tuple[int, int]] = {}
    raws: dict[float, list[dict]] = {}
    for l2 in L2_GRID:
        held: list[tuple[list[dict], list[np.ndarray]]] = []
        raws[l2] = []
        for k in range(FOLDS):
            rest = [r for j, f in enumerate(folds) if j != k for r in f]
            raw = train(rest, classes, l2)
            raws[l2].append(raw)
            model = to_model(raw, 1.0, codes_of(rest, classes))
            test = [r for r in usable(folds[k], classes) if not r.get("rule")]
            probs = [model.probabilities(r["features"], None if r["vector"] is None else np.array(r["vector"]))
                     for r in test]
            held.append((test, probs))
        for t in THRESHOLDS:
            right = wrong = 0
            for test, probs in held:
                a, b = net(test, probs, classes, t)
                right, wrong = right + a, wrong + b
            table[(l2, t)] = (right, wrong)
    top = max(a - b for a, b in table.values())
    best = max((k for k, (a, b) in table.items() if a - b >= top - NET_TOLERANCE), key=lambda k: (k[1], k[0]))
    threshold = best[1] if top >= MIN_NET else NEVER
    used = usable(rows, classes)
    report = {"folds": FOLDS, "rows": len(used), "left_out": len(rows) - len(used),
              "rule_rows": sum(bool(r.get("rule")) for r in used),
              "rule_positives": sum(bool(r.get("rule")) and r["label"] != NONE for r in used),
              "positives": sum(r["label"] != NONE and not r.get("rule") for r in used),
              "positives_all_roots": sum(r["label"] not in (None, NONE) for r in rows),
              "nouns": sum(r["pos"] != "VERB" for r in used), "classes": len(classes) - 1,
              "best_net": top, "l2": best[0], "threshold": threshold,
              "right": table[best][0], "wrong": table[best][1],
              "table": {f"{l2}/{t}": table[(l2, t)] for l2, t in sorted(table)}}
    return best[0], threshold, report, {"raws": raws[best[0]], "classes": classes, "folds": folds}


def event_cv(cases: list[dict], fold_models: dict, threshold: float, rules_results: dict[str, Any]) -> dict:
    """The event-level check: every held-out sentence coded with its fold's model at ``threshold``, scored by
    ``foedus eval``'s own scorer, against the rules alone."""
    from foedus.coder import learned_triggers
    from foedus.coder.pipeline import Coder
    from foedus.evaluate import Report, _score_case

    coder = Coder(time_limit=0)
    classes = fold_models["classes"]
    models = [to_model(raw, threshold, codes_of([r for j, f in enumerate(fold_models["folds"]) if j != k for r in f],
                                                classes))
              for k, raw in enumerate(fold_models["raws"])]
    before, after = Report(), Report()
    for case in cases:
        date = None if case.get("date_is_placeholder") else case.get("date")
        with learned_triggers.using(models[fold_of(case["id"])]):
            result = coder.code_text(case["text"], date=date)
        _score_case(before, case, rules_results[case["id"]], False)
        _score_case(after, case, result, False)

    def figures(r: Report) -> dict:
        t, d = r.levels["type"], r.levels["type+dyad"]
        return {"type_f1": round(t.f1, 4), "type_tp": t.tp, "type_pred": t.pred, "dyad_f1": round(d.f1, 4),
                "found": round(r.found_share, 4), "not_happened_coded_asserted": f"{r.not_happened_coded_asserted}/{r.not_happened}"}

    b, a = figures(before), figures(after)
    return {"threshold": threshold, "rules": b, "with_model": a,
            "added_right": a["type_tp"] - b["type_tp"],
            "added_wrong": (a["type_pred"] - b["type_pred"]) - (a["type_tp"] - b["type_tp"])}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--check", action="store_true", help="print the cross-validation figures; write nothing")
    ap.add_argument("--events", action="store_true", help="also the event-level cross-validation (one more pass)")
    ap.add_argument("--threshold", type=float, help="with --events: score this threshold instead of the chosen one")
    ap.add_argument("--gold", default=str(TUNE), help="the training file (the tune part of the dev set)")
    ap.add_argument("--cache", help="read the collected candidates from this JSON file, or write them there")
    args = ap.parse_args(argv)
    gold = Path(args.gold)
    if "measure" in gold.name or "benchmark" in str(gold):
        print("refusing to train on a measure part or a benchmark", file=sys.stderr)
        return 2
    cache = Path(args.cache) if args.cache else None
    results: dict[str, Any] = {}
    if cache is not None and cache.exists() and not args.events:
        rows = json.loads(cache.read_text(encoding="utf-8"))
        cases: list[dict] = []
    else:
        rows, cases, results = collect(gold, keep_results=args.events)
        if cache is not None:
            cache.write_text(json.dumps(rows), encoding="utf-8")
    l2, threshold, cv, fold_models = cross_validate(rows)
    print(json.dumps({k: v for k, v in cv.items() if k != "table"}))
    for l2_ in L2_GRID:
        print(f"  l2 {l2_}: " + "  ".join(f"{t}:{cv['table'][f'{l2_}/{t}'][0]}-{cv['table'][f'{l2_}/{t}'][1]}"
                                          for t in THRESHOLDS))
    if args.events:
        t = args.threshold if args.threshold is not None else threshold
        print(json.dumps(event_cv(cases, fold_models, t, results), indent=1))
    if args.check:
        return 0
    classes = classes_of(rows)
    raw = train(rows, classes, l2)
    training = {"file": gold.name, "sha1": hashlib.sha1(gold.read_bytes()).hexdigest(), "rows": cv["rows"],
                "l2": l2, "steps": STEPS, "min_count": MIN_COUNT}
    model = model_json(raw, threshold, codes_of(usable(rows, classes), classes), training,
                       {k: v for k, v in cv.items() if k != "table"})
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(model, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(raw['sparse'])} features, {len(classes) - 1} roots, "
          f"threshold {threshold}, {OUT.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
