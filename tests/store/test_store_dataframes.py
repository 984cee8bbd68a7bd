"""CSV exports read back with codes as text and flags as JSON; events as pandas DataFrames (issue 11)."""

from __future__ import annotations

import csv
import json
import sys

import duckdb
import pytest

from foedus.errors import InputError
from foedus.store import EventFilter, read_events_csv, to_dataframe
from foedus.store import export_events


def test_csv_flags_are_always_json_arrays(filled_store, tmp_path):
    [path] = export_events(filled_store, "csv", tmp_path)
    rows = list(csv.DictReader(open(path, encoding="utf-8")))
    flags = [json.loads(r["flags"]) for r in rows]             # every row parses, none is empty or a repr
    assert flags.count([]) == 9 and [{"rule": "test rule", "reason": "made up for a test"}] in flags


def test_csv_codes_read_back_as_text(filled_store, tmp_path):
    # only codes without a leading zero: default inference would make them integers
    [path] = export_events(filled_store, "csv", tmp_path / "a", EventFilter(root="11", modality="all"))
    assert duckdb.sql(f"SELECT typeof(cameo) FROM read_csv('{path}') LIMIT 1").fetchall() == [("BIGINT",)]
    rel = read_events_csv(path, engine="duckdb")
    assert sorted(r[0] for r in rel.select("cameo, root").fetchall()) == ["111", "111", "112"]
    assert {r[1] for r in rel.select("cameo, root").fetchall()} == {"11"}
    [path] = export_events(filled_store, "csv", tmp_path / "b")
    got = dict(read_events_csv(path, engine="duckdb").select("id, cameo").fetchall())
    assert got["seoul-1-e1"] == "0332" and got["seoul-2-e2"] == "010"


def test_csv_read_back_with_pandas(filled_store, tmp_path):
    pd = pytest.importorskip("pandas")
    [path] = export_events(filled_store, "csv", tmp_path)
    frame = read_events_csv(path)
    row = frame.set_index("id").loc["seoul-1-e1"]
    assert row["cameo"] == "0332" and row["root"] == "03"
    assert row["flags"] == [{"rule": "test rule", "reason": "made up for a test"}]
    assert frame.set_index("id").loc["seoul-2-e2", "cameo"] == "010"
    assert pd.api.types.is_string_dtype(frame["cameo"])


def test_store_to_dataframe(filled_store):
    pytest.importorskip("pandas")
    frame = filled_store.to_dataframe()
    assert len(frame) == 10 and list(frame.columns)[:2] == ["id", "article_id"]
    assert set(frame["modality"]) == {"asserted", "negated", "intended", "considered"}
    aid = frame.set_index("id").loc["seoul-1-e1"]
    assert aid["cameo"] == "0332" and aid["flags"] == [{"rule": "test rule", "reason": "made up for a test"}]
    assert len(filled_store.to_dataframe(EventFilter(modality="negated"))) == 1
    assert len(filled_store.to_dataframe(limit=3)) == 3
    series = to_dataframe(filled_store.dyad_series("KOR", "RUS", by="week", flt=EventFilter(modality="all")))
    assert list(series["total"]) == [2, 0, 2]


def test_dataframes_without_pandas_say_how_to_install_it(filled_store, monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "pandas", None)        # import pandas now raises ImportError
    with pytest.raises(InputError, match=r"\[E640\] Store.to_dataframe needs pandas.*pip install pandas"):
        filled_store.to_dataframe()
    with pytest.raises(InputError, match=r"\[E640\] to_dataframe needs pandas"):
        to_dataframe([{"a": 1}])
    [path] = export_events(filled_store, "csv", tmp_path)
    with pytest.raises(InputError, match=r"\[E640\]"):
        read_events_csv(path)
