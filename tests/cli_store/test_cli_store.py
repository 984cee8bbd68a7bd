"""The database commands through click's CliRunner: ingest, events filters, dyad (+ chart), actors, export, stats."""

from __future__ import annotations

import csv
import functools
import io
import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "ingest"))

from corpus import ARTICLES, write  # noqa: E402
from stub_coder import StubCoder  # noqa: E402

import foedus.ingest  # noqa: E402
from cli_helpers import run  # noqa: E402
from foedus.cli import main  # noqa: E402

# (date, text): a month of Seoul-Moscow news, plus other dyads; the stub coder turns each
# "<country> <verb> ... <country>" sentence into one event.
STORIES = [
    ("2024-06-03", "South Korea condemned Russia over the new treaty with the North. "
                   "The statement was read out by a spokesman in the capital on Monday."),
    ("2024-06-04", "Seoul protested to Moscow about the arms shipments that were seen at the port. "
                   "It was the second complaint of the week, officials said."),
    ("2024-06-12", "Russia accused South Korea of interfering in the affairs of the region. "
                   "South Korea condemned Russia again in a reply that was issued the same day."),
    ("2024-06-19", "South Korea signed a fisheries agreement with Russia after talks in the port city. "
                   "Both sides said that the deal was a practical one."),
    ("2024-06-26", "A South Korean patrol boat and Russia were not involved in any incident, "
                   "and there was no new statement from the government in the capital."),
    ("2024-06-14", ARTICLES["manila"]),
    ("2024-06-21", ARTICLES["berlin"]),
]


@pytest.fixture
def stub_ingest(monkeypatch):
    """`foedus ingest` with the stub coder instead of the spaCy pipeline."""
    monkeypatch.setattr(foedus.ingest, "ingest", functools.partial(foedus.ingest.ingest, coder=StubCoder()))


@pytest.fixture
def db(tmp_path, stub_ingest) -> Path:
    for n, (date, text) in enumerate(STORIES):
        write(tmp_path / "news" / f"{n:02d}.txt", f"{date}\n{text}")
    path = tmp_path / "events.duckdb"
    result = CliRunner().invoke(main, ["ingest", str(tmp_path / "news"), "--db", str(path), "-j", "1", "-q"])
    assert result.exit_code == 0, result.output
    return path


def test_ingest_prints_a_summary_and_reruns_store_nothing(tmp_path, db):
    again = run("ingest", str(tmp_path / "news"), "--db", str(db), "-j", "1", "-q", "--format", "json")
    summary = json.loads(again.stdout)
    assert (summary["seen"], summary["new"], summary["duplicates"]) == (7, 0, 7)
    stats = json.loads(run("stats", "--db", str(db), "--format", "json").stdout)
    assert stats["articles"] == 7
    assert stats["events"] >= 6
    assert "articles" in run("stats", "--db", str(db)).stdout


def test_ingest_of_only_bad_files_fails_with_one_line(tmp_path, stub_ingest):
    write(tmp_path / "bad" / "blob.txt", b"\x00\x01\x02\x03" * 50)
    result = run("ingest", str(tmp_path / "bad"), "--db", str(tmp_path / "x.duckdb"), "-j", "1", "-q", ok=False)
    assert result.exit_code == 1
    assert "E103" in result.output and "E110" in result.output and "Traceback" not in result.output
    # a folder of files that are not articles at all: one clear line for the folder, not one per file
    write(tmp_path / "scans" / "blob.bin", b"\x00\x01\x02\x03" * 50)
    result = run("ingest", str(tmp_path / "scans"), "--db", str(tmp_path / "x.duckdb"), "-j", "1", "-q", ok=False)
    assert result.exit_code == 1
    assert "E457" in result.output and "E110" in result.output and "blob.bin" not in result.output


def test_events_filters(db):
    rows = json.loads(run("events", "--db", str(db), "--source", "KOR", "--target", "RUS", "--format", "json").stdout)
    assert {(r["source_code"], r["target_code"]) for r in rows} == {("KORGOV", "RUSGOV")}
    assert len(rows) == 4
    assert [r["date"] for r in rows] == sorted((r["date"] for r in rows), reverse=True)
    root11 = json.loads(run("events", "--db", str(db), "--source", "KOR", "--root", "11", "--since", "2024-06-04",
                            "--format", "json").stdout)
    assert [(r["date"], r["cameo"]) for r in root11] == [("2024-06-12", "111"), ("2024-06-04", "111")]
    quad2 = json.loads(run("events", "--db", str(db), "--quad", "2", "--format", "json").stdout)
    assert [(r["source_code"], r["target_code"]) for r in quad2] == [("DEUGOV", "UKRGOV")]
    page = run("events", "--db", str(db), "--actor", "RUS", "--limit", "2", "--offset", "1", "--format", "csv").stdout
    table = list(csv.DictReader(io.StringIO(page)))
    assert len(table) == 2 and all("RUS" in (r["source_code"] + r["target_code"]) for r in table)
    text = run("events", "--db", str(db), "--actor", "KOR").stdout
    assert text.splitlines()[0].startswith("date") and "KORGOV" in text


def test_events_bad_filter_is_one_line(db):
    result = run("events", "--db", str(db), "--since", "June", ok=False)
    assert result.exit_code == 1 and "E405" in result.output and "Traceback" not in result.output
    missing = run("events", "--db", str(db.parent / "none.duckdb"), ok=False)
    assert "E410" in missing.output


def test_dyad_series_and_plot(db, tmp_path):
    chart = tmp_path / "kor-rus.png"
    result = run("dyad", "KOR", "RUS", "--db", str(db), "--by", "week", "--plot", str(chart), "--format", "json")
    series = json.loads(result.stdout)
    assert [(s["period"], s["q1"], s["q3"]) for s in series] == [
        ("2024-06-03", 0, 2), ("2024-06-10", 0, 1), ("2024-06-17", 1, 0)]
    assert chart.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and chart.stat().st_size > 20_000
    both = json.loads(run("dyad", "KOR", "RUS", "--db", str(db), "--both", "--by", "month", "--format", "json").stdout)
    assert [s["total"] for s in both] == [5]
    nothing = run("dyad", "KOR", "DEU", "--db", str(db), "--plot", str(tmp_path / "none.png"), ok=False)
    assert "E456" in nothing.output and not (tmp_path / "none.png").exists()


def test_actors_and_dyads(db):
    actors = json.loads(run("actors", "--db", str(db), "--top", "3", "--format", "json").stdout)
    assert actors[0]["code"] in {"KORGOV", "RUSGOV"} and len(actors) == 3
    pairs = json.loads(run("actors", "--db", str(db), "--dyads", "--format", "json").stdout)
    assert (pairs[0]["source"], pairs[0]["target"], pairs[0]["events"]) == ("KORGOV", "RUSGOV", 4)


def test_export_formats(db, tmp_path):
    out = tmp_path / "out"
    files = run("export", "--db", str(db), "--format", "csv", "--out", str(out / "csv"), "--actor", "KOR").stdout.split()
    rows = list(csv.DictReader(open(files[0], encoding="utf-8")))
    assert len(rows) == 5
    gdelt = run("export", "--db", str(db), "--format", "gdelt", "--out", str(out / "gdelt")).stdout.split()
    first = open(gdelt[0], encoding="utf-8").readline().rstrip("\n").split("\t")
    assert len(first) == 61
    graph = run("export", "--db", str(db), "--format", "graphml", "--out", str(out / "net")).stdout.split()
    assert "<graphml" in Path(graph[0]).read_text(encoding="utf-8")
    parquet = run("export", "--db", str(db), "--format", "parquet", "--out", str(out / "pq")).stdout.split()
    assert parquet and all(p.endswith(".parquet") for p in parquet)


def test_every_command_help_has_an_example():
    for name in ("ingest", "events", "dyad", "actors", "export", "stats"):
        assert "foedus " + name in run(name, "--help").stdout
