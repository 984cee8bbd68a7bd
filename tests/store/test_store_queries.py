"""Filters, pagination, dyad series, top actors and dyads, the network."""

from __future__ import annotations

import pytest

from foedus.errors import InputError
from foedus.store import EventFilter

ALL = EventFilter(modality="all")     # these tests count every modality; test_store_modality.py the default


@pytest.mark.parametrize("flt, expected", [
    (EventFilter(source="KOR"), 6),                  # prefix: KOR, KORGOV, KORMIL
    (EventFilter(source="korgov"), 4),               # case-insensitive code
    (EventFilter(target="RUS"), 5),
    (EventFilter(actor="KOR"), 7),                   # either side
    (EventFilter(source="KOR", target="RUS"), 5),
    (EventFilter(root="11"), 3),
    (EventFilter(cameo="19"), 2),                    # code prefix
    (EventFilter(cameo="0332"), 1),
    (EventFilter(quad_class=4), 3),
    (EventFilter(modality="negated"), 1),
    (EventFilter(since="2024-06-04", until="2024-06-12"), 3),
    (EventFilter(since="2024-06-19"), 3),
    (EventFilter(place_country="KOR"), 2),
    (EventFilter(sector="MIL"), 2),
    (EventFilter(plover="accuse"), 3),
    (EventFilter(article_id="seoul-2"), 3),
    (EventFilter(story_id="story-arms"), 3),
    (EventFilter(), 10),
])
def test_filters(filled_store, flt, expected):
    assert filled_store.count_events(flt) == expected
    assert len(filled_store.events(flt, limit=None)) == expected


def test_filter_values_are_parameters_not_sql(filled_store):
    with pytest.raises(InputError, match=r"\[E405\]"):
        filled_store.events(EventFilter(source="KOR' OR 1=1 --"))
    assert filled_store.count_events(EventFilter(article_id="x' OR '1'='1")) == 0


@pytest.mark.parametrize("flt, field", [
    (EventFilter(quad_class=7), "quad_class"), (EventFilter(modality="maybe"), "modality"),
    (EventFilter(since="June first"), "since"), (EventFilter(root="eleven"), "root"),
])
def test_bad_filter_values_say_what_was_expected(filled_store, flt, field):
    with pytest.raises(InputError, match=rf"\[E405\] Bad filter value {field}="):
        filled_store.count_events(flt)


def test_newest_first_and_pagination(filled_store):
    everything = filled_store.events(limit=None)
    dates = [e["date"] for e in everything]
    assert dates[:3] == ["2024-06-19"] * 3 and dates[-1] is None     # undated last
    assert [e["date"] for e in everything[:-1]] == sorted(dates[:-1], reverse=True)
    pages = [filled_store.events(limit=4, offset=o) for o in (0, 4, 8)]
    assert [len(p) for p in pages] == [4, 4, 2]
    assert [e["id"] for p in pages for e in p] == [e["id"] for e in everything]


def test_dyad_series_by_week(filled_store):
    series = filled_store.dyad_series("KOR", "RUS", by="week", flt=ALL)
    assert [r["period"] for r in series] == ["2024-06-03", "2024-06-10", "2024-06-17"]
    first, gap, last = series
    assert (first["q3"], first["total"], first["mean_goldstein"]) == (2, 2, -2.0)
    assert gap["total"] == 0 and gap["mean_goldstein"] is None
    assert (last["q1"], last["q4"], last["total"], last["mean_goldstein"]) == (1, 1, 2, -3.0)


def test_dyad_series_directions_periods_and_bounds(filled_store):
    assert sum(r["total"] for r in filled_store.dyad_series("RUS", "KOR", by="day", flt=ALL)) == 1
    both = filled_store.dyad_series("KOR", "RUS", by="month", both_directions=True, flt=ALL)
    assert both == [{"period": "2024-06-01", "q1": 1, "q2": 0, "q3": 3, "q4": 1, "total": 5,
                     "mean_goldstein": pytest.approx(-2.4)}]
    bounded = filled_store.dyad_series("KOR", "RUS", by="month", since="2024-05-10", until="2024-07-01", flt=ALL)
    assert [r["period"] for r in bounded] == ["2024-05-01", "2024-06-01", "2024-07-01"]
    assert [r["total"] for r in bounded] == [0, 4, 0]
    with pytest.raises(InputError, match=r"\[E407\]"):
        filled_store.dyad_series("KOR", "RUS", by="fortnight")


def test_top_actors_and_dyads(filled_store):
    top = filled_store.top_actors(n=2, flt=ALL)
    assert [(a["code"], a["events"]) for a in top] == [("KORGOV", 5), ("RUSGOV", 4)]
    assert top[0]["as_source"] == 4 and top[0]["as_target"] == 1
    assert top[0]["name"] == "South Korean government"
    later = filled_store.top_actors(n=3, since="2024-06-10", flt=ALL)      # all tied at one event: sorted by code
    assert [(a["code"], a["events"]) for a in later] == [("IGOUNO", 1), ("KOR", 1), ("KORMIL", 1)]
    dyads = filled_store.top_dyads(n=1, flt=ALL)
    assert dyads == [{"source": "KORGOV", "target": "RUSGOV", "events": 2, "mean_goldstein": -2.0,
                      "conflict_share": 1.0}]


def test_network(filled_store):
    net = filled_store.network(flt=ALL)
    assert len(net["edges"]) == 8
    strong = filled_store.network(min_weight=2, flt=ALL)
    assert strong["edges"] == [{"source": "KORGOV", "target": "RUSGOV", "weight": 2, "mean_goldstein": -2.0,
                                "conflict_share": 1.0}]
    assert {n["id"] for n in strong["nodes"]} == {"KORGOV", "RUSGOV"}
    june_5 = filled_store.network(since="2024-06-05", until="2024-06-05", flt=ALL)
    assert {(e["source"], e["target"]) for e in june_5["edges"]} == {("RUSGOV", "KORGOV"), ("RUS", "UKR")}
    assert next(e for e in june_5["edges"] if e["source"] == "RUS")["conflict_share"] == 1.0


def test_places_and_date_span_are_store_queries(filled_store):
    """The map's dots and the timeline's axis come from Store methods (the API runs no SQL of its own)."""
    places = filled_store.places(ALL, limit=10)
    assert places and sum(p["events"] for p in places) <= filled_store.count_events(ALL)
    assert all(p["lat"] is not None and p["lon"] is not None for p in places)
    assert places == sorted(places, key=lambda p: (-p["events"], p["name"]))
    span = filled_store.date_span()
    assert span["events"] == filled_store.count_events(EventFilter(since="1900-01-01"))
    assert span["first"] <= span["bulk_since"] <= span["bulk_until"] <= span["last"]


def test_no_module_outside_the_store_runs_sql():
    """Only foedus.store holds the DuckDB connection: no other module touches `.con`."""
    import re
    from pathlib import Path

    src = Path(__file__).resolve().parents[2] / "src" / "foedus"
    offenders = [str(p.relative_to(src)) for p in src.rglob("*.py")
                 if "store" not in p.relative_to(src).parts and re.search(r"\.con\.(execute|sql|cursor)\b", p.read_text())]
    assert offenders == []
