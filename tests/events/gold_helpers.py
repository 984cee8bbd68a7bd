"""Helpers of the event tests: the (source, target, CAMEO, modality) of a text's events, and scoring our own
(sentence, [(source, target, type)]) cases as `foedus eval` does."""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def script(name: str):
    """Import ``scripts/<name>.py`` (the trainers and converters live outside the package)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        return __import__(name)
    finally:
        sys.path.pop(0)


def score_cases(nlp, cases: list, folder: Path, date: str, prefix: str):
    """Write ``cases`` as a gold JSONL file in ``folder`` and return ``evaluate``'s report on it."""
    from foedus.evaluate import evaluate
    from foedus.coder.pipeline import Coder

    path = folder / f"{prefix}.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for n, (text, expected) in enumerate(cases):
            fh.write(json.dumps({"id": f"{prefix}-{n}", "text": text, "date": date, "expected": [
                {"source": s, "target": t or "", "code": c} for s, t, c in expected]}) + "\n")
    return evaluate(path, coder=Coder(nlp))


def hand_parsed(rows):
    """A parsed doc from (word, tag, pos, dep, head index, lemma) rows: a tree built by hand in a shape the small parser
    gets wrong, for the tests of the parse repairs."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    return Doc(Vocab(), words=[r[0] for r in rows], tags=[r[1] for r in rows], pos=[r[2] for r in rows],
               deps=[r[3] for r in rows], heads=[r[4] for r in rows], lemmas=[r[5] for r in rows],
               sent_starts=[True] + [False] * (len(rows) - 1))


def triples(coder, text, date="2025-03-06", modality=None):
    res = coder.code_text(text, date=date)
    return {(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo, e.modality)
            for e in res.events if modality is None or e.modality == modality}


def coded(got, root):
    """``triples`` output cut to the (source, target, modality) of the events whose code begins with ``root``."""
    return {(s, t, m) for s, t, c, m in got if c.startswith(root)}


def dyads_on(default_date: str):
    """A ``dyads(coder, text, date=default_date)`` for a test file: the (source, target, CAMEO root) of a
    text's events, each file with the publication date its sentences are set on."""
    def dyads(coder, text, date=default_date):
        return {(s, t, code[:2]) for s, t, code, _ in triples(coder, text, date)}
    return dyads


def has_coded(t, code, source=None, target=None, modality="asserted"):
    """Whether ``triples`` output ``t`` holds an event of code prefix ``code`` with that modality (None: any)
    and, where given, a source and target code beginning with ``source`` and ``target``."""
    return any(c.startswith(code) and (modality is None or m == modality)
               and (source is None or (s or "").startswith(source))
               and (target is None or (tg or "").startswith(target)) for s, tg, c, m in t)


def countries(got):
    """``dyads`` output cut to (source country, target country, root): the 3-letter heads of the codes."""
    return {((s or "")[:3], (t or "")[:3], c) for s, t, c in got}


def training_lines_unchanged(training: dict) -> bool:
    """Whether the tune file still holds the lines a packaged model was trained on: its first ``lines`` lines
    hash to ``sha1``, or, when labels were corrected after training, every line but the ``relabelled`` ids hashes
    to ``relabelled.sha1_others`` (each listed id being one of those lines)."""
    import hashlib

    tune = (ROOT / "src/foedus/data/gold/devset_tune.jsonl").read_bytes()
    lines = tune.split(b"\n")[:training.get("lines", tune.count(b"\n"))]
    if training.get("lines", 0) > tune.count(b"\n"):
        return False
    relabelled = training.get("relabelled")
    if relabelled is None:
        return training["sha1"] == hashlib.sha1(b"".join(line + b"\n" for line in lines)).hexdigest()
    kept = [line for line in lines if json.loads(line)["id"] not in set(relabelled["ids"])]
    return (len(lines) - len(kept) == len(relabelled["ids"])
            and relabelled["sha1_others"] == hashlib.sha1(b"".join(line + b"\n" for line in kept)).hexdigest())
