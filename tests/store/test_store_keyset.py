"""Keyset paging of ``Store.events``: every event exactly once, ties on the date, undated last."""

from __future__ import annotations

import pytest
from store_factory import make_article

from foedus.errors import InputError
from foedus.store import EventFilter


def _tied_corpus() -> list:
    """Articles whose events share dates (ties broken by seq) or carry no date at all."""
    pairs = [("KORGOV", "RUSGOV", "111"), ("RUSGOV", "UKR", "190"), ("KOR", "UKR", "0332"),
             ("IGOUNO", "PRKMIL", "163"), ("KORMIL", "PRKMIL", "042")]
    items = []
    for i in range(9):
        date = None if i % 4 == 3 else f"2024-06-0{1 + i % 3}"       # three dates, many ties, some undated
        events = [pairs[(i + k) % len(pairs)] + ("asserted", None, date if k != 2 else None) for k in range(1 + i % 4)]
        items.append(make_article(f"tie-{i}", date, events))
    return items


@pytest.fixture
def tied_store(fresh_store):
    assert fresh_store.write_batch(_tied_corpus()) == 9
    return fresh_store


def _walk(store, flt, limit):
    seen, after, pages = [], None, 0
    while True:
        rows, after = store.events_page(flt, limit=limit, after=after)
        seen += rows
        pages += 1
        assert pages < 100
        if after is None:
            return seen, pages


@pytest.mark.parametrize("limit", [1, 2, 3, 7, 100])
@pytest.mark.parametrize("flt", [None, EventFilter(actor="KOR"), EventFilter(root="19"),
                                 EventFilter(since="2024-06-02"), EventFilter(target="PRKMIL")])
def test_keyset_walk_returns_every_event_once_in_order(tied_store, flt, limit):
    everything = tied_store.events(flt, limit=None)
    seen, pages = _walk(tied_store, flt, limit)
    assert [e["id"] for e in seen] == [e["id"] for e in everything]       # same order, each once
    assert len({e["id"] for e in seen}) == tied_store.count_events(flt)
    assert pages == max(1, -(-len(everything) // limit))                   # no empty last page
    assert all("seq" not in e for e in seen)


def test_order_is_newest_first_ties_by_seq_undated_last(tied_store):
    rows = tied_store.events(limit=None)
    dates = [e["date"] for e in rows]
    dated = [d for d in dates if d]
    assert dated == sorted(dated, reverse=True)
    assert dates.index(None) == len(dated) and all(d is None for d in dates[len(dated):])
    assert len(set(dated)) < len(dated)                   # the corpus has ties on the date
    # the keyset page boundary falls inside a run of one date and inside the undated tail
    first, key = tied_store.events_page(limit=2)
    assert key is not None and key[0] == first[-1]["date"]
    assert tied_store.events(limit=3, after=key) == rows[2:5]
    undated_key = None
    for _ in range(100):
        page, undated_key = tied_store.events_page(limit=1, after=undated_key)
        if page[0]["date"] is None:
            break
    tail = tied_store.events(limit=None, after=undated_key)
    assert [e["id"] for e in tail] == [e["id"] for e in rows[rows.index(page[0]) + 1:]]
    assert all(e["date"] is None for e in tail)


def test_after_matches_offset_and_offset_still_works(tied_store):
    rows = tied_store.events(limit=None)
    for limit in (1, 4):
        assert tied_store.events(limit=limit, offset=5) == rows[5:5 + limit]
    page, key = tied_store.events_page(limit=5)
    assert page == rows[:5]
    assert tied_store.events(limit=4, after=key) == tied_store.events(limit=4, offset=5)


def test_rows_written_between_pages_do_not_shift_the_walk(tied_store):
    _, key = tied_store.events_page(limit=4)
    rest_before = tied_store.events(limit=None, after=key)
    tied_store.write_batch([make_article("newer", "2024-07-01", [("KORGOV", "RUSGOV", "111")])])
    assert tied_store.events(limit=None, after=key) == rest_before


@pytest.mark.parametrize("after", [("not a date", 3), ("2024-06-01",), ("2024-06-01", "x"), 5, (None, None)])
def test_bad_after_is_an_input_error(tied_store, after):
    with pytest.raises(InputError, match=r"\[E405\]"):
        tied_store.events(limit=5, after=after)
