"""Dyad-year and dyad-month panels with COW and Gleditsch-Ward codes (issue 11)."""

from __future__ import annotations

import csv

import pytest
from click.testing import CliRunner
from store_factory import SEOUL, make_article, small_corpus

from foedus.cli import main
from foedus.errors import InputError
from foedus.store import EventFilter, Store
from foedus.store import export_panel


def _rows(path):
    return list(csv.DictReader(open(path, encoding="utf-8")))


@pytest.fixture
def panel_store(tmp_path):
    items = small_corpus() + [
        make_article("berlin-1", "2023-11-20", [("DEUGOV", "SRBGOV", "111"), ("DEUGOV", "SRBGOV", "036"),
                                                ("DEUGOV", "RUSGOV", "163", "intended")]),
        make_article("berlin-2", "2024-01-09", [("DEUGOV", "SRBGOV", "163", "asserted", SEOUL)]),
    ]
    with Store(tmp_path / "panel.duckdb") as store:
        store.write_batch(items)
        yield store


def test_dyad_year_panel(panel_store, tmp_path):
    [path] = export_panel(panel_store, "dyad-year", tmp_path)
    rows = _rows(path)
    assert list(rows[0])[:7] == ["source", "target", "source_cow", "source_gw", "target_cow", "target_gw", "year"]
    by_key = {(r["source"], r["target"], r["year"]): r for r in rows}
    # DEU -> SRB: COW 255 -> 345, GW 260 -> 340; one criticism and one intent to meet in 2023
    deu = by_key[("DEU", "SRB", "2023")]
    assert (deu["source_cow"], deu["source_gw"], deu["target_cow"], deu["target_gw"]) == ("255", "260", "345", "340")
    assert (deu["events"], deu["q1"], deu["q3"], deu["plover_accuse"], deu["plover_consult"]) == ("2", "1", "1", "1", "1")
    assert float(deu["mean_goldstein"]) == pytest.approx(1.0) and deu["modality"] == "happened"
    assert by_key[("DEU", "SRB", "2024")]["plover_sanction"] == "1"
    assert ("DEU", "RUS", "2023") not in by_key                    # intended sanctions did not happen
    kor = by_key[("KOR", "RUS", "2024")]
    assert (kor["events"], kor["q3"], kor["q4"], kor["source_cow"], kor["target_cow"]) == ("3", "2", "0", "732", "365")
    assert ("KOR", "UKR", "2024") not in by_key                     # considered arms: no event
    assert not any(r["source"] == r["target"] for r in rows)
    assert sorted(by_key) == [("DEU", "SRB", "2023"), ("DEU", "SRB", "2024"), ("KOR", "RUS", "2024"),
                              ("RUS", "KOR", "2024"), ("RUS", "UKR", "2024")]


def test_dyad_month_panel_with_every_modality(panel_store, tmp_path):
    [path] = export_panel(panel_store, "dyad-month", tmp_path, EventFilter(modality="all"))
    by_key = {(r["source"], r["target"], r["year"], r["month"]): r for r in _rows(path)}
    assert by_key[("DEU", "RUS", "2023", "11")]["plover_sanction"] == "1"
    kor = by_key[("KOR", "RUS", "2024", "6")]
    assert (kor["events"], kor["q1"], kor["q3"], kor["q4"], kor["modality"]) == ("4", "1", "2", "1", "all")
    assert by_key[("KOR", "UKR", "2024", "6")]["plover_aid"] == "1"


def test_unknown_panel(panel_store, tmp_path):
    with pytest.raises(InputError, match=r"\[E480\].*dyad-week"):
        export_panel(panel_store, "dyad-week", tmp_path)


def test_cli_panel(panel_store, tmp_path):
    db = panel_store.path
    panel_store.close()
    result = CliRunner().invoke(main, ["export", "--db", str(db), "--panel", "dyad-year", "--out", str(tmp_path / "p")])
    assert result.exit_code == 0, result.output
    [path] = result.stdout.split()
    assert len(_rows(path)) == 5 and "happened events" in result.stderr
    both = CliRunner().invoke(main, ["export", "--db", str(db), "--out", str(tmp_path / "q")])
    assert both.exit_code == 2 and "either --format or --panel" in both.output
