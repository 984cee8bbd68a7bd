"""Every export format, read back."""

from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import duckdb
import pytest

from foedus.errors import InputError
from foedus.store import EventFilter
from foedus.store.export import gdelt_columns

SHARED_GDELT = Path(__file__).resolve().parents[3] / "shared" / "reference" / "gdelt" / "events_schema.tsv"


def test_parquet_is_partitioned_by_month_and_readable(filled_store, tmp_path):
    files = filled_store.export("parquet", tmp_path)
    months = sorted(p.parent.name for p in files)
    assert months == ["month=2024-06", "month=undated"]
    rows = duckdb.sql(f"SELECT id, month, date, cameo, flags FROM read_parquet('{tmp_path}/events/*/*.parquet', "
                      "hive_partitioning = true) ORDER BY id").fetchall()
    assert len(rows) == 10
    seoul = next(r for r in rows if r[0] == "seoul-1-e1")
    assert seoul[1] == "2024-06" and str(seoul[2]) == "2024-06-03" and seoul[3] == "0332"
    assert json.loads(seoul[4])[0]["rule"] == "test rule"


def test_csv_with_filter(filled_store, tmp_path):
    [path] = filled_store.export("csv", tmp_path, EventFilter(source="KOR", target="RUS"))
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 5
    assert {r["cameo"] for r in rows} == {"111", "190", "036", "042"}
    assert "source_code" in rows[0] and "seq" not in rows[0]
    back = duckdb.sql(f"SELECT count(*) FROM read_csv('{path}')").fetchall()[0][0]
    assert back == 5


def test_gdelt_has_the_61_columns_with_their_types(filled_store, tmp_path):
    [path] = filled_store.export("gdelt", tmp_path, EventFilter(modality="all"))
    columns = gdelt_columns()
    assert len(columns) == 61
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 10
    parsers = {"INTEGER": int, "FLOAT": float, "STRING": str}
    records = []
    for line in lines:
        values = line.split("\t")
        assert len(values) == 61
        for (name, kind), value in zip(columns, values):
            if value:
                parsers[kind](value)          # raises on a value of the wrong type
        records.append(dict(zip([n for n, _ in columns], values)))
    seoul = next(r for r in records if r["SOURCEURL"].endswith("/seoul-1") and r["EventCode"] == "111")
    assert seoul["Day"] == "20240603" and seoul["MonthYear"] == "202406" and seoul["Year"] == "2024"
    assert seoul["Actor1Code"] == "KORGOV" and seoul["Actor1CountryCode"] == "KOR"
    assert seoul["Actor1Type1Code"] == "GOV" and seoul["Actor2Code"] == "RUSGOV"
    assert seoul["Actor1Name"] == "SOUTH KOREAN GOVERNMENT"
    assert seoul["EventBaseCode"] == "111" and seoul["EventRootCode"] == "11" and seoul["QuadClass"] == "3"
    assert float(seoul["GoldsteinScale"]) == -2.0
    assert seoul["NumArticles"] == "2" and seoul["NumSources"] == "2"     # the wire copy counts
    assert seoul["ActionGeo_FullName"] == "Seoul" and seoul["ActionGeo_CountryCode"] == "KS"   # FIPS
    assert float(seoul["ActionGeo_Lat"]) == pytest.approx(37.5665)
    assert seoul["DATEADDED"] == "20240701123000" and seoul["IsRootEvent"] == "1"
    un = next(r for r in records if r["EventCode"] == "163")
    assert un["Actor1KnownGroupCode"] == "UNO" and un["NumArticles"] == "1"
    undated = next(r for r in records if r["EventCode"] == "042")
    assert undated["Day"] == "" and undated["FractionDate"] == ""


def test_packaged_gdelt_columns_match_the_reference():
    if not SHARED_GDELT.exists():
        pytest.skip(f"GDELT reference not found at {SHARED_GDELT} (it lives in ../shared, absent from a fresh clone)")
    with SHARED_GDELT.open(encoding="utf-8") as fh:
        reference = [(r["name"], r["type"]) for r in csv.DictReader(fh, delimiter="\t")]
    assert gdelt_columns() == reference


def test_plover_json_lines(filled_store, tmp_path):
    [path] = filled_store.export("plover", tmp_path)
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 9                       # the 010 statement has no PLOVER type
    aid = next(r for r in records if r["id"] == "seoul-1-e1")
    assert aid["event_type"] == "AID" and aid["mode"] == "military" and aid["modality"] == "considered"
    assert aid["source_actor"] == "KORGOV" and aid["source_agent"] == "GOV" and aid["target_actor"] == "UKR"
    assert aid["event_date"] == "2024-06-03" and aid["location"]["name"] == "Seoul"
    assert aid["context"] == [] and aid["publisher"] == "Yonhap"


def test_graphml_network(filled_store, tmp_path):
    [path] = filled_store.export("graphml", tmp_path, EventFilter(since="2024-06-01", modality="all"))
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    graph = ET.parse(path).getroot().find("g:graph", ns)
    assert graph.get("edgedefault") == "directed"
    edges = {(e.get("source"), e.get("target")): e for e in graph.findall("g:edge", ns)}
    assert len(edges) == 7                          # the undated KORGOV->RUS event is outside the period
    weight = edges[("KORGOV", "RUSGOV")].find("g:data[@key='weight']", ns).text
    assert weight == "2"
    assert len(graph.findall("g:node", ns)) == 8


def test_unknown_format(filled_store, tmp_path):
    with pytest.raises(InputError, match=r"\[E406\].*parquet, csv, gdelt, plover, graphml"):
        filled_store.export("xlsx", tmp_path)


def test_export_into_a_file_path_is_reported_and_the_store_stays_usable(filled_store, tmp_path):
    from foedus.errors import StoreError

    blocker = tmp_path / "taken"
    blocker.write_text("a file where the export folder should go")
    with pytest.raises(StoreError, match=r"\[E411\]"):
        filled_store.export("gdelt", blocker)
    assert filled_store.count_events() == 10
