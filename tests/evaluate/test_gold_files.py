"""The packaged dev set (src/foedus/data/gold/) is well formed: every line passes the gold checks of
`foedus eval` (CAMEO codes from the table, PLOVER types of those codes, modality values, actor codes
made of CAMEO segments), the two parts are disjoint and split by the documented rule, and the set
covers what it is meant to cover."""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from foedus import taxonomy
from foedus.evaluate import MODALITIES, actor_code_ok, read_gold

GOLD = Path(__file__).resolve().parents[2] / "src" / "foedus" / "data" / "gold"
PARTS = ("tune", "measure")


@pytest.fixture(scope="module")
def parts():
    return {part: read_gold(GOLD / f"devset_{part}.jsonl") for part in PARTS}


def test_every_line_validates(parts):
    for part, recs in parts.items():
        for rec in recs:
            assert re.fullmatch(r"dev-[0-9a-f]{10}", rec["id"])
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", rec["date"])
            assert rec["scheme"] == "CAMEO" and rec["split"] == part
            for e in rec["expected"]:
                assert taxonomy.is_valid(e["code"]) and 2 <= len(e["code"]) <= 4
                assert e["plover"] == (taxonomy.plover(e["code"]).type or "")
                assert e["modality"] in MODALITIES
                assert e["source"] or e["target"]
                for code in (e["source"], e["target"]):
                    assert not code or actor_code_ok(code), code


def test_parts_are_disjoint_and_split_by_the_rule(parts):
    texts = {part: [r["text"] for r in recs] for part, recs in parts.items()}
    ids = [r["id"] for recs in parts.values() for r in recs]
    assert len(ids) == len(set(ids))
    assert not set(texts["tune"]) & set(texts["measure"])
    for part, ts in texts.items():
        for t in ts:
            h = int(hashlib.sha1(("foedus-devset/" + t).encode("utf-8")).hexdigest(), 16)
            assert ("tune" if h % 5 < 3 else "measure") == part


def test_size_and_coverage(parts):
    allrecs = parts["tune"] + parts["measure"]
    assert len(allrecs) >= 600
    assert 0.55 <= len(parts["tune"]) / len(allrecs) <= 0.65
    for part, recs in parts.items():
        roots = Counter(e["code"][:2] for r in recs for e in r["expected"])
        assert all(roots[f"{n:02d}"] >= 5 for n in range(1, 21)), (part, roots)
        mods = Counter(e["modality"] for r in recs for e in r["expected"])
        assert all(mods[m] for m in MODALITIES), (part, mods)
        assert sum("disaster" in r.get("tags", []) for r in recs) >= 10
        assert sum(not r["expected"] for r in recs) >= 20
    modern = sum(r["date"] >= "2015" for r in allrecs)
    assert modern / len(allrecs) >= 0.5
    assert {r["era"] for r in allrecs} >= {"1980s", "2000s", "2020s"}


def test_json_lines_are_plain(parts):
    for part in PARTS:
        for line in (GOLD / f"devset_{part}.jsonl").read_text(encoding="utf-8").splitlines():
            assert json.loads(line)["text"] == json.loads(line)["text"].strip()
