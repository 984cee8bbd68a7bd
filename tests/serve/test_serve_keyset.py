"""/api/events keyset cursors: every event once, ties on the date, undated last, filters bound."""

from __future__ import annotations

import base64
import json

import pytest
from serve_factory import _article

from foedus.store import EventFilter, Store

S = [("Seoul accused Moscow.", "KORGOV", "RUSGOV", "112", "asserted", None),
     ("Moscow struck Kyiv.", "RUSGOV", "UKR", "190", "asserted", None),
     ("Washington visited Seoul.", "USAGOV", "KORGOV", "042", "asserted", None)]


@pytest.fixture(scope="module")
def tied(tmp_path_factory):
    from fastapi.testclient import TestClient

    from foedus.serve import create_app

    path = tmp_path_factory.mktemp("keyset") / "tied.duckdb"
    items = [_article(f"a{i}", None if i % 5 == 4 else f"2024-06-0{1 + i % 2}", S[: 1 + i % 3] + [(f"Note {i}.", None, None, "", "", None)])
             for i in range(12)]
    with Store(path) as store:
        assert store.write_batch(items) == 12
        expected = {flt: [e["id"] for e in store.events(EventFilter(**dict(flt)), limit=None)]
                    for flt in ((), (("actor", "KOR"),), (("root", "19"),), (("since", "2024-06-02"),))}
    with TestClient(create_app(path), raise_server_exceptions=False) as client:
        yield client, expected


def _walk(client, params, limit):
    seen, cursor, pages = [], None, 0
    while True:
        r = client.get("/api/events", params={**params, "limit": limit, **({"cursor": cursor} if cursor else {})})
        assert r.status_code == 200, r.text
        body = r.json()
        assert set(body) == {"ok", "data", "next"} and body["ok"] is True
        seen += [e["id"] for e in body["data"]]
        pages += 1
        cursor = body["next"]
        if cursor is None:
            return seen, pages


@pytest.mark.parametrize("limit", [1, 2, 5, 500])
def test_cursor_walk_every_event_once_in_order(tied, limit):
    client, expected = tied
    for flt, ids in expected.items():
        seen, pages = _walk(client, dict(flt), limit)
        assert seen == ids and len(set(seen)) == len(ids), flt
        assert pages == max(1, -(-len(ids) // limit))             # next is null on the last page
    everything = expected[()]
    assert len(everything) == 24
    dates = [client.get(f"/api/events/{i}").json()["data"]["date"] for i in everything]
    assert None in dates and all(d is None for d in dates[dates.index(None):])    # undated last


def test_cursor_holds_the_sort_key_and_the_filters(tied):
    client, _ = tied
    body = client.get("/api/events", params={"limit": 3, "actor": "KOR"}).json()
    raw = json.loads(base64.urlsafe_b64decode(body["next"] + "=" * (-len(body["next"]) % 4)))
    assert set(raw) == {"k", "f"} and raw["k"][0] == body["data"][-1]["date"] and isinstance(raw["k"][1], int)
    bad = client.get("/api/events", params={"limit": 3, "cursor": body["next"]})      # other filters
    assert bad.status_code == 400 and bad.json()["error"]["code"] == "E608"


@pytest.mark.parametrize("key", [["2024-13-01", 5], ["2024-06-01", -1], ["2024-06-01", "5"], [None], "x"])
def test_forged_keys_are_refused(tied, key):
    client, _ = tied
    good = client.get("/api/events", params={"limit": 3}).json()["next"]
    fp = json.loads(base64.urlsafe_b64decode(good + "=" * (-len(good) % 4)))["f"]
    forged = base64.urlsafe_b64encode(json.dumps({"k": key, "f": fp}).encode()).decode().rstrip("=")
    r = client.get("/api/events", params={"limit": 3, "cursor": forged})
    assert r.status_code == 400 and r.json()["error"]["code"] == "E608"


def test_an_offset_cursor_from_before_keyset_paging_still_works(tied):
    client, expected = tied
    good = client.get("/api/events", params={"limit": 3}).json()["next"]
    fp = json.loads(base64.urlsafe_b64decode(good + "=" * (-len(good) % 4)))["f"]
    old = base64.urlsafe_b64encode(json.dumps({"o": 3, "f": fp}).encode()).decode().rstrip("=")
    body = client.get("/api/events", params={"limit": 3, "cursor": old}).json()
    assert [e["id"] for e in body["data"]] == expected[()][3:6] and body["next"]
