"""Counts look at events that happened unless a modality is asked for (issue 11, item 1).

The small corpus holds, besides asserted events, KORGOV->UKR 0332 *considered* and KORMIL->RUSGOV 190
*negated*: neither happened, so no count, series, network or GDELT row may show them by default. It
also holds KOR->RUS 036 *intended* ("will meet"): the meeting lies ahead, but the statement of intent
(CAMEO 03x) was made, so it counts, as in GDELT and `foedus eval` (schema.happened).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from foedus.errors import InputError
from foedus.store import EventFilter
from foedus.store import export_events
from foedus.store.records import parse_modalities


def test_parse_modalities():
    assert parse_modalities(None) is None and parse_modalities("all") is None and parse_modalities(" ") is None
    assert parse_modalities("Asserted") == ("asserted",)
    assert parse_modalities("asserted, intended,asserted") == ("asserted", "intended")
    assert parse_modalities(["negated", "considered"]) == ("negated", "considered")
    assert parse_modalities("asserted,all") is None
    with pytest.raises(InputError, match=r"\[E405\].*modality"):
        parse_modalities("asserted,maybe")


def test_counted_defaults_to_what_happened_and_keeps_a_given_modality():
    assert EventFilter().counted().modality == "happened"
    assert EventFilter(source="KOR").counted().source == "KOR"
    assert EventFilter(modality="all").counted().where() == ("TRUE", [])
    assert EventFilter(modality="negated,intended").counted().where() == ("(modality IN (?, ?))", ["negated", "intended"])
    assert EventFilter().modality_label(counted=True) == "happened" and EventFilter().modality_label() == "all"


def test_happened_is_asserted_acts_and_statements_made(filled_store):
    from foedus.schema import happened

    assert happened("asserted", "19") and happened("intended", "03") and happened("conditional", "13")
    assert not happened("intended", "19") and not happened("considered", "03") and not happened("negated", "13")
    rows = filled_store.events(EventFilter(modality="all"), limit=None)
    expected = sum(happened(r["modality"], r["root"]) for r in rows)
    assert filled_store.count_events(EventFilter().counted()) == expected == 8


def test_listings_show_every_modality_and_accept_lists(filled_store):
    assert filled_store.count_events() == 10
    assert filled_store.count_events(EventFilter(modality="asserted")) == 7
    assert filled_store.count_events(EventFilter(modality="negated,intended")) == 2
    assert {e["modality"] for e in filled_store.events(EventFilter(modality="negated,intended"))} == {"negated",
                                                                                                   "intended"}


def test_dyad_series_counts_only_what_happened(filled_store):
    # KOR on RUS: two asserted criticisms on June 3 and the statement of intent (036) of June 19; the
    # negated 190 of June 19 did not happen
    series = filled_store.dyad_series("KOR", "RUS", by="week")
    assert [(r["period"], r["q1"], r["q3"], r["q4"], r["total"]) for r in series] == [
        ("2024-06-03", 0, 2, 0, 2), ("2024-06-10", 0, 0, 0, 0), ("2024-06-17", 1, 0, 0, 1)]
    every = filled_store.dyad_series("KOR", "RUS", by="week", flt=EventFilter(modality="all"))
    assert sum(r["total"] for r in every) == 4 and sum(r["q4"] for r in every) == 1
    negated = filled_store.dyad_series("KOR", "RUS", by="month", flt=EventFilter(modality="negated"))
    assert [(r["q4"], r["total"]) for r in negated] == [(1, 1)]
    assert filled_store.dyad_series("KORGOV", "UKR", by="month") == []


def test_top_actors_dyads_and_network_count_only_what_happened(filled_store):
    actors = {a["code"]: a["events"] for a in filled_store.top_actors(n=50)}
    assert actors["KORGOV"] == 4 and "KORMIL" not in actors           # its only event is negated
    assert {a["code"]: a["events"] for a in filled_store.top_actors(n=50, flt=EventFilter(modality="all"))}[
        "KORMIL"] == 1
    dyads = {(d["source"], d["target"]) for d in filled_store.top_dyads(n=50)}
    assert ("KORGOV", "UKR") not in dyads and ("KORMIL", "RUSGOV") not in dyads and ("KOR", "RUS") in dyads
    edges = {(e["source"], e["target"]) for e in filled_store.network()["edges"]}
    assert len(edges) == 6 and ("KORGOV", "UKR") not in edges


def test_gdelt_export_leaves_out_what_did_not_happen(filled_store, tmp_path):
    [path] = export_events(filled_store, "gdelt", tmp_path / "default")
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]
    codes = sorted(r[26] for r in rows)                     # EventCode
    assert codes == ["010", "036", "042", "111", "111", "112", "163", "190"]
    assert not any(r[26] == "190" and r[5] == "KORMIL" for r in rows)    # "did not attack" is no 190
    [path] = export_events(filled_store, "gdelt", tmp_path / "all", EventFilter(modality="all"))
    assert len(path.read_text(encoding="utf-8").splitlines()) == 10


def test_csv_parquet_plover_carry_every_modality_in_a_column(filled_store, tmp_path):
    import duckdb

    [csv_path] = export_events(filled_store, "csv", tmp_path)
    rows = duckdb.sql(f"SELECT modality, count(*) FROM read_csv('{csv_path}') GROUP BY ALL").fetchall()
    assert dict(rows) == {"asserted": 7, "negated": 1, "intended": 1, "considered": 1}
    files = export_events(filled_store, "parquet", tmp_path)
    got = duckdb.sql(f"SELECT count(DISTINCT modality) FROM read_parquet('{tmp_path}/events/**/*.parquet')").fetchall()
    assert files and got == [(4,)]


def test_graphml_says_which_modalities_it_counts(filled_store, tmp_path):
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    [path] = export_events(filled_store, "graphml", tmp_path)
    graph = ET.parse(path).getroot().find("g:graph", ns)
    assert graph.find("g:data[@key='modality']", ns).text == "happened"
    assert len(graph.findall("g:edge", ns)) == 6
