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
from foedus.store import export_events
from foedus.store.export import gdelt_columns

SHARED_GDELT = Path(__file__).resolve().parents[3] / "shared" / "reference" / "gdelt" / "events_schema.tsv"


def test_parquet_is_partitioned_by_month_and_readable(filled_store, tmp_path):
    files = export_events(filled_store, "parquet", tmp_path)
    months = sorted(p.parent.name for p in files)
    assert months == ["month=2024-06", "month=undated"]
    rows = duckdb.sql(f"SELECT id, month, date, cameo, flags FROM read_parquet('{tmp_path}/events/*/*.parquet', "
                      "hive_partitioning = true) ORDER BY id").fetchall()
    assert len(rows) == 10
    seoul = next(r for r in rows if r[0] == "seoul-1-e1")
    assert seoul[1] == "2024-06" and str(seoul[2]) == "2024-06-03" and seoul[3] == "0332"
    assert json.loads(seoul[4])[0]["rule"] == "test rule"


def test_csv_with_filter(filled_store, tmp_path):
    [path] = export_events(filled_store, "csv", tmp_path, EventFilter(source="KOR", target="RUS"))
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 5
    assert {r["cameo"] for r in rows} == {"111", "190", "036", "042"}
    assert "source_code" in rows[0] and "seq" not in rows[0]
    back = duckdb.sql(f"SELECT count(*) FROM read_csv('{path}')").fetchall()[0][0]
    assert back == 5


def test_gdelt_has_the_61_columns_with_their_types(filled_store, tmp_path):
    [path] = export_events(filled_store, "gdelt", tmp_path, EventFilter(modality="all"))
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
    assert seoul["ActionGeo_FullName"] == "Seoul, South Korea" and seoul["ActionGeo_CountryCode"] == "KS"   # FIPS
    assert float(seoul["ActionGeo_Lat"]) == pytest.approx(37.5665)
    # a world city: GeoNames id as feature, FIPS country + GeoNames admin1 as ADM1
    assert seoul["ActionGeo_Type"] == "4" and seoul["ActionGeo_FeatureID"].isdigit()
    assert seoul["ActionGeo_ADM1Code"].startswith("KS") and len(seoul["ActionGeo_ADM1Code"]) > 2
    # Seoul's government acted in Seoul; Moscow's government is placed at Russia's centroid (type 1)
    assert [seoul[f"Actor1Geo_{c}"] for c in ("Type", "FullName", "CountryCode")] == ["4", "Seoul, South Korea", "KS"]
    assert float(seoul["Actor1Geo_Lat"]) == pytest.approx(37.5665)
    assert [seoul[f"Actor2Geo_{c}"] for c in ("Type", "FullName", "CountryCode", "ADM1Code", "FeatureID")] == \
        ["1", "Russia", "RS", "RS", "RS"]
    assert seoul["Actor2Geo_Lat"] and seoul["Actor2Geo_Long"]
    assert seoul["DATEADDED"] == "20240701123000" and seoul["IsRootEvent"] == "1"
    un = next(r for r in records if r["EventCode"] == "163")
    assert un["Actor1KnownGroupCode"] == "UNO" and un["NumArticles"] == "1"
    # no place in the text: no ActionGeo; the UN has no country, North Korea's army has one
    assert un["ActionGeo_Type"] == "" and un["ActionGeo_FullName"] == "" and un["Actor1Geo_Type"] == ""
    assert un["Actor2Geo_Type"] == "1" and un["Actor2Geo_CountryCode"] == "KN"
    undated = next(r for r in records if r["EventCode"] == "042")
    # an article stored without a publication date (W101): the day it was ingested stands in
    assert undated["Day"] == "20240701" and undated["MonthYear"] == "202407" and undated["FractionDate"]
    for r in records:   # issue 11: no GDELT row lacks its date columns
        assert r["Day"] and r["MonthYear"] and r["Year"] and r["FractionDate"], r


def test_gdelt_event_without_its_own_date_takes_the_publication_date(tmp_path):
    from foedus.store import Store
    from store_factory import make_article

    store = Store(tmp_path / "db.duckdb")
    try:
        store.write_batch([make_article("nodate-1", "2024-06-03", [("KORGOV", "RUSGOV", "111", "asserted", None, None)])])
        [path] = export_events(store, "gdelt", tmp_path / "out")
    finally:
        store.close()
    row = path.read_text(encoding="utf-8").splitlines()[0].split("\t")
    assert row[1:5] == ["20240603", "202406", "2024", "2024.4219"]


def test_packaged_gdelt_columns_match_the_reference():
    if not SHARED_GDELT.exists():
        pytest.skip(f"GDELT reference not found at {SHARED_GDELT} (it lives in ../shared, absent from a fresh clone)")
    with SHARED_GDELT.open(encoding="utf-8") as fh:
        reference = [(r["name"], r["type"]) for r in csv.DictReader(fh, delimiter="\t")]
    assert gdelt_columns() == reference


def test_plover_json_lines(filled_store, tmp_path):
    [path] = export_events(filled_store, "plover", tmp_path)
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 9                       # the 010 statement has no PLOVER type
    aid = next(r for r in records if r["id"] == "seoul-1-e1")
    assert aid["event_type"] == "AID" and aid["mode"] == "military" and aid["modality"] == "considered"
    assert aid["source_actor"] == "KORGOV" and aid["source_agent"] == "GOV" and aid["target_actor"] == "UKR"
    assert aid["event_date"] == "2024-06-03" and aid["location"]["name"] == "Seoul"
    assert aid["context"] == [] and aid["publisher"] == "Yonhap"


def test_graphml_network(filled_store, tmp_path):
    [path] = export_events(filled_store, "graphml", tmp_path, EventFilter(since="2024-06-01", modality="all"))
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
        export_events(filled_store, "xlsx", tmp_path)


def test_export_into_a_file_path_is_reported_and_the_store_stays_usable(filled_store, tmp_path):
    from foedus.errors import StoreError

    blocker = tmp_path / "taken"
    blocker.write_text("a file where the export folder should go")
    with pytest.raises(StoreError, match=r"\[E411\]"):
        export_events(filled_store, "gdelt", blocker)
    assert filled_store.count_events() == 10


def test_gdelt_geo_types_of_us_cities_regions_and_unknown_places(tmp_path):
    from foedus.schema import Location
    from foedus.store import Store
    from store_factory import make_article

    washington = Location(name="Washington", country="USA", lat=38.8951, lon=-77.0364)
    gaza = Location(name="Gaza Strip", country="PSE", lat=31.4167, lon=34.3333)
    nowhere = Location(name="Somewhere Else", country="KOR", lat=1.0, lon=2.0)   # stored by an older gazetteer
    texas = Location(name="Texas", country="USA", lat=31.5, lon=-99.3)
    store = Store(tmp_path / "db.duckdb")
    try:
        store.write_batch([make_article("geo-1", "2024-06-03", [
            ("KORGOV", "RUSGOV", "111", "asserted", washington),
            ("RUS", "UKR", "190", "asserted", gaza),
            ("KORGOV", "RUSGOV", "112", "asserted", nowhere),
            ("KORGOV", "RUSGOV", "111", "asserted", texas)])])
        [path] = export_events(store, "gdelt", tmp_path / "out")
    finally:
        store.close()
    names = [n for n, _ in gdelt_columns()]
    rows = [dict(zip(names, line.split("\t"))) for line in path.read_text(encoding="utf-8").splitlines()]
    us, region, legacy, state = rows
    assert (us["ActionGeo_Type"], us["ActionGeo_CountryCode"], us["ActionGeo_FullName"]) == \
        ("3", "US", "Washington, United States")
    assert us["ActionGeo_ADM1Code"] == "USDC" and us["ActionGeo_FeatureID"].isdigit()
    assert region["ActionGeo_Type"] == "5" and region["ActionGeo_FeatureID"] == region["ActionGeo_ADM1Code"] != ""
    assert (legacy["ActionGeo_Type"], legacy["ActionGeo_FullName"], legacy["ActionGeo_CountryCode"]) == \
        ("4", "Somewhere Else, South Korea", "KS")
    assert [state[f"ActionGeo_{c}"] for c in ("Type", "FullName", "ADM1Code", "FeatureID")] == \
        ["2", "Texas, United States", "USTX", "USTX"]
