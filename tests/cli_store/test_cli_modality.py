"""`foedus dyad`, `actors` and `export` count what happened unless --modality says otherwise (issue 11)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "store"))

from store_factory import small_corpus  # noqa: E402

from cli_helpers import run  # noqa: E402
from foedus.store import Store  # noqa: E402


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "modal.duckdb"
    with Store(path) as store:
        store.write_batch(small_corpus())
    return path


def test_dyad_counts_what_happened_by_default(db):
    # KORMIL "did not strike" RUSGOV (negated) did not happen; KOR's statement that it intends to meet RUS (036) did
    default = json.loads(run("dyad", "KOR", "RUS", "--db", str(db), "--by", "month", "--format", "json").stdout)
    assert [(r["q1"], r["q3"], r["q4"], r["total"]) for r in default] == [(1, 2, 0, 3)]
    every = json.loads(run("dyad", "KOR", "RUS", "--db", str(db), "--by", "month", "--modality", "all",
                           "--format", "json").stdout)
    assert [(r["q1"], r["q3"], r["q4"], r["total"]) for r in every] == [(1, 2, 1, 4)]
    listed = json.loads(run("dyad", "KOR", "RUS", "--db", str(db), "--by", "month", "--modality",
                            "negated,intended", "--format", "json").stdout)
    assert [(r["q1"], r["q4"], r["total"]) for r in listed] == [(1, 1, 2)]
    bad = run("dyad", "KOR", "RUS", "--db", str(db), "--modality", "maybe", ok=False)
    assert bad.exit_code == 1 and "E405" in bad.output and "modality" in bad.output


def test_actors_count_what_happened_by_default(db):
    actors = {a["code"]: a["events"] for a in json.loads(
        run("actors", "--db", str(db), "--top", "50", "--format", "json").stdout)}
    assert actors["KORGOV"] == 4 and "KORMIL" not in actors
    every = {a["code"]: a["events"] for a in json.loads(
        run("actors", "--db", str(db), "--top", "50", "--modality", "all", "--format", "json").stdout)}
    assert every["KORGOV"] == 5 and every["KORMIL"] == 1
    pairs = {(d["source"], d["target"]) for d in json.loads(
        run("actors", "--dyads", "--db", str(db), "--top", "50", "--format", "json").stdout)}
    assert ("KORMIL", "RUSGOV") not in pairs and ("KORGOV", "UKR") not in pairs


def test_events_list_every_modality_and_accept_a_list(db):
    every = json.loads(run("events", "--db", str(db), "--format", "json").stdout)
    assert len(every) == 10
    some = json.loads(run("events", "--db", str(db), "--modality", "negated,considered", "--format", "json").stdout)
    assert sorted(e["modality"] for e in some) == ["considered", "negated"]


def test_gdelt_export_says_what_it_left_out(db, tmp_path):
    result = run("export", "--db", str(db), "--format", "gdelt", "--out", str(tmp_path / "g"))
    [path] = result.stdout.split()
    assert len(Path(path).read_text(encoding="utf-8").splitlines()) == 8
    assert "2 event(s) that did not happen (negated, considered, or an act only intended or conditional) were left out" in result.stderr
    assert "--modality all" in result.stderr
    every = run("export", "--db", str(db), "--format", "gdelt", "--modality", "all", "--out", str(tmp_path / "a"))
    assert len(Path(every.stdout.split()[0]).read_text(encoding="utf-8").splitlines()) == 10
    assert "left out" not in every.stderr


def test_events_csv_writes_flags_as_json_like_the_export(db, tmp_path):
    import csv
    import io

    out = run("events", "--db", str(db), "--cameo", "0332", "--format", "csv").stdout
    [row] = list(csv.DictReader(io.StringIO(out)))
    assert row["cameo"] == "0332"
    assert json.loads(row["flags"]) == [{"rule": "test rule", "reason": "made up for a test"}]
    [path] = run("export", "--db", str(db), "--format", "csv", "--cameo", "0332", "--out", str(tmp_path)).stdout.split()
    [exported] = list(csv.DictReader(open(path, encoding="utf-8")))
    assert json.loads(exported["flags"]) == json.loads(row["flags"])
