"""The JSON API over a small database the tests build: envelope, filters, paging, errors."""

from __future__ import annotations

import pytest

from serve_factory import build_db


def _ok(response, status: int = 200):
    assert response.status_code == status, response.text
    body = response.json()
    assert body["ok"] is True and set(body) == {"ok", "data", "next"}
    return body


def _error(response, status: int, code: str | None = None):
    assert response.status_code == status, response.text
    body = response.json()
    assert body["ok"] is False and set(body) == {"ok", "error"}
    assert set(body["error"]) == {"code", "message", "status"}
    assert body["error"]["status"] == status
    assert body["error"]["code"].startswith("E")
    if code:
        assert body["error"]["code"] == code, body
    return body["error"]


def test_events_newest_first_with_filters(client):
    data = _ok(client.get("/api/events"))["data"]
    assert len(data) == 8
    assert [e["date"] for e in data] == sorted((e["date"] for e in data), reverse=True)
    assert data[0]["article_id"] == "late-june"
    accusations = _ok(client.get("/api/events", params={"root": "11", "source": "kor"}))["data"]
    assert {e["id"] for e in accusations} == {"seoul-arms-e0", "us-visit-e1", "late-june-e0"}
    assert _ok(client.get("/api/events", params={"modality": "considered"}))["data"][0]["cameo"] == "0332"
    assert len(_ok(client.get("/api/events", params={"quad_class": 4}))["data"]) == 1
    june = _ok(client.get("/api/events", params={"since": "2024-06-05", "until": "2024-06-19"}))["data"]
    assert {e["article_id"] for e in june} == {"kyiv-strike", "pact-signed"}
    assert _ok(client.get("/api/events", params={"place_country": "UKR"}))["data"][0]["place_name"] == "Kyiv"
    assert _ok(client.get("/api/events/count", params={"actor": "RUS"}))["data"] == {"count": 6}


def test_cursor_walks_every_event_once(client):
    seen, cursor, pages = [], None, 0
    while True:
        params = {"limit": 3, **({"cursor": cursor} if cursor else {})}
        body = _ok(client.get("/api/events", params=params))
        seen += [e["id"] for e in body["data"]]
        pages += 1
        cursor = body["next"]
        if cursor is None:
            break
    assert pages == 3 and len(seen) == 8 and len(set(seen)) == 8


def test_cursor_with_other_filters_or_garbage_is_refused(client):
    cursor = _ok(client.get("/api/events", params={"limit": 2}))["next"]
    assert cursor
    _error(client.get("/api/events", params={"limit": 2, "cursor": cursor, "actor": "KOR"}), 400, "E608")
    _error(client.get("/api/events", params={"cursor": "%%%not-a-cursor"}), 400, "E608")


def test_page_size_cap(client):
    error = _error(client.get("/api/events", params={"limit": 501}), 422, "E601")
    assert "limit" in error["message"]
    _error(client.get("/api/events", params={"limit": 0}), 422)


@pytest.mark.parametrize("params", [
    {"actor": "KOR'; DROP TABLE events; --"}, {"cameo": "1a"}, {"root": "abcd"}, {"quad_class": 7},
    {"modality": "maybe"}, {"since": "June"}, {"since": "2024-02-30"}, {"since": "2024-06-10", "until": "2024-06-01"},
    {"place_country": "Korea"}, {"plover": "<script>"},
])
def test_bad_filters_are_4xx_with_the_error_shape(client, params):
    response = client.get("/api/events", params=params)
    assert 400 <= response.status_code < 500
    _error(response, response.status_code)


def test_event_and_article(client):
    event = _ok(client.get("/api/events/kyiv-strike-e0"))["data"]
    assert event["source_code"] == "RUSGOV" and event["article_title"] == "Report kyiv-strike"
    article = _ok(client.get("/api/articles/seoul-arms"))["data"]
    assert [e["id"] for e in article["events"]] == ["seoul-arms-e0", "seoul-arms-e1"]
    first = article["events"][0]
    assert article["text"][first["span_start"]:first["span_end"]] == "Seoul accused Moscow of arming the North."
    assert article["quotes"][0]["text"] == "We will not stand by"
    pact = _ok(client.get("/api/articles/pact-signed"))["data"]
    assert pact["commitments"][0]["kind"] == "mutual_defense"
    _error(client.get("/api/articles/nope"), 404, "E602")
    _error(client.get("/api/events/nope"), 404, "E602")


def test_dyads_actors_network_places_timeline(client):
    weeks = _ok(client.get("/api/dyads/KOR/RUS", params={"by": "week"}))["data"]
    assert [w["period"] for w in weeks] == ["2024-06-03", "2024-06-10", "2024-06-17", "2024-06-24"]
    assert [w["q3"] for w in weeks] == [1, 0, 0, 2]
    both = _ok(client.get("/api/dyads/KOR/RUS", params={"by": "month", "both": "true"}))["data"]
    assert both == [{"period": "2024-06-01", "q1": 0, "q2": 0, "q3": 3, "q4": 0, "total": 3,
                     "mean_goldstein": -2.0}]
    actors = _ok(client.get("/api/actors", params={"top": 2}))["data"]
    assert [a["code"] for a in actors] == ["RUSGOV", "KORGOV"]
    net = _ok(client.get("/api/network", params={"since": "2024-06-01", "until": "2024-06-30"}))["data"]
    edge = next(e for e in net["edges"] if (e["source"], e["target"]) == ("KORGOV", "RUSGOV"))
    assert edge["weight"] == 3 and edge["conflict_share"] == 1.0
    assert {n["id"] for n in net["nodes"]} == {"KORGOV", "RUSGOV", "UKR", "PRKMIL", "USAGOV"}
    small = _ok(client.get("/api/network", params={"limit": 1, "modality": "all"}))["data"]
    assert len(small["edges"]) == 1 and len(small["nodes"]) == 2 and small["edges_total"] == 6
    places = _ok(client.get("/api/places"))["data"]
    assert {(p["name"], p["events"]) for p in places} == {("Seoul", 1), ("Kyiv", 1)}   # asserted only
    timeline = _ok(client.get("/api/timeline", params={"by": "week", "actor": "KORGOV", "modality": "all"}))["data"]
    assert sum(w["total"] for w in timeline) == 5 and sum(w["q1"] for w in timeline) == 2
    stats = _ok(client.get("/api/stats"))["data"]
    assert stats["events"] == 8 and stats["writable"] is False and "path" not in stats


def test_aggregates_count_asserted_events_unless_a_modality_is_given(client):
    """Seoul *considering* arms for Kyiv is no KORGOV->UKR event in a count, chart or map (issue 11)."""
    dyad = _ok(client.get("/api/dyads/KORGOV/UKR", params={"by": "month"}))["data"]
    assert dyad == [] or sum(w["total"] for w in dyad) == 0
    considered = _ok(client.get("/api/dyads/KORGOV/UKR", params={"by": "month", "modality": "considered"}))["data"]
    assert [(w["period"], w["q1"], w["total"]) for w in considered] == [("2024-06-01", 1, 1)]
    timeline = _ok(client.get("/api/timeline", params={"by": "month", "actor": "KORGOV"}))["data"]
    assert [(w["q1"], w["total"]) for w in timeline] == [(1, 4)]
    listed = _ok(client.get("/api/timeline", params={"by": "month", "actor": "KORGOV",
                                                      "modality": "asserted,considered"}))["data"]
    assert [(w["q1"], w["total"]) for w in listed] == [(2, 5)]
    actors = {a["code"]: a["events"] for a in _ok(client.get("/api/actors", params={"top": 20}))["data"]}
    assert actors["UKR"] == 2 and actors["KORGOV"] == 4
    everything = {a["code"]: a["events"] for a in _ok(client.get("/api/actors", params={"modality": "all"}))["data"]}
    assert everything["UKR"] == 3 and everything["KORGOV"] == 5
    dyads = {(d["source"], d["target"]) for d in _ok(client.get("/api/dyads"))["data"]}
    assert ("KORGOV", "UKR") not in dyads and ("RUSGOV", "UKR") in dyads
    net = _ok(client.get("/api/network"))["data"]
    assert net["edges_total"] == 5 and ("KORGOV", "UKR") not in {(e["source"], e["target"]) for e in net["edges"]}
    # the listing and its size keep every modality unless filtered
    assert _ok(client.get("/api/events/count"))["data"]["count"] == 8
    assert _ok(client.get("/api/events/count", params={"modality": "asserted"}))["data"]["count"] == 7
    assert _ok(client.get("/api/events/count", params={"modality": "negated,considered"}))["data"]["count"] == 1
    for bad in ("maybe", "asserted,", "ALL;drop", "asserted,maybe"):
        _error(client.get("/api/actors", params={"modality": bad}), 422)
        _error(client.get("/api/dyads/KOR/RUS", params={"modality": bad}), 422)


def test_dyad_bad_values(client):
    _error(client.get("/api/dyads/KOR/RUS", params={"by": "year"}), 422)
    _error(client.get("/api/dyads/K-R/RUS"), 422)
    error = _error(client.get("/api/dyads/KOR/RUS", params={"by": "day", "since": "1900-01-01",
                                                             "until": "2024-01-01"}), 400, "E612")
    assert "narrow" in error["message"]


def test_treaties_and_scenario(client):
    binding = _ok(client.get("/api/treaties", params={"party": "PRK", "on": "2025-01-01"}))["data"]
    assert binding["party"] == "PRK" and binding["binding"]
    assert all("PRK" in row["parties"] for row in binding["binding"])
    strengths = [row["strength"] for row in binding["binding"]]
    assert strengths == sorted(strengths, reverse=True)
    result = _ok(client.get("/api/scenario", params={"attacked": "PRK", "by": "KOR", "on": "2025-01-01"}))["data"]
    assert result["attacked"] == "PRK" and result["by"] == "KOR"
    assert any(o["state"] == "RUS" and o["side"] == "victim" for o in result["obliged"])
    assert result["rules"]
    _error(client.get("/api/scenario", params={"attacked": "Atlantis", "by": "KOR"}), 400, "E503")
    _error(client.get("/api/scenario", params={"attacked": "KOR", "by": "KOR"}), 400, "E508")
    _error(client.get("/api/scenario", params={"attacked": "PRK", "by": "KOR", "depth": 9}), 422)
    _error(client.get("/api/scenario", params={"by": "KOR"}), 422)
    codes = {c["code"] for c in _ok(client.get("/api/countries"))["data"]}
    assert {"PRK", "KOR", "USA"} <= codes


def test_unknown_route_method_and_bad_json(client):
    _error(client.get("/api/nothing-here"), 404, "E603")
    _error(client.delete("/api/events"), 405, "E604")
    _error(client.post("/api/code", content=b"{not json", headers={"content-type": "application/json"}), 400, "E613")
    _error(client.post("/api/code", json={"text": ""}), 422, "E601")


def test_body_size_cap(client):
    error = _error(client.post("/api/code", json={"text": "x" * 1_100_000}), 413, "E605")
    assert "1000000" in error["message"]

    def chunks():  # no content-length: the cap still applies while reading
        for _ in range(12):
            yield b"y" * 100_000

    _error(client.post("/api/code", content=chunks(), headers={"content-type": "application/json"}), 413, "E605")


def test_code_endpoint_codes_without_storing(serve_db, fake_coder):
    from fastapi.testclient import TestClient

    from foedus.serve import create_app

    with TestClient(create_app(serve_db, coder=fake_coder)) as c:
        body = _ok(c.post("/api/code", json={"text": "Seoul warned Pyongyang.", "date": "2024-06-20"}))
        assert body["data"]["article"]["date"] == "2024-06-20"
        assert fake_coder.calls == [("Seoul warned Pyongyang.", "2024-06-20")]
        assert _ok(c.get("/api/stats"))["data"]["articles"] == 5
        _error(c.post("/api/code", json={"text": "   "}), 400, "E102")
        _error(c.post("/api/code", json={"text": "x", "date": "20 June"}), 422)


def test_ingest_needs_a_token(client):
    _error(client.post("/api/articles", json={"articles": [{"text": "Seoul warned Pyongyang."}]}), 403, "E606")


def test_ingest_with_token_stores_articles(tmp_path, fake_coder):
    from fastapi.testclient import TestClient

    from foedus.serve import create_app

    db = build_db(tmp_path / "writable.duckdb")
    app = create_app(db, coder=fake_coder, token="letmein")
    with TestClient(app) as c:
        payload = {"articles": [{"text": "Seoul and Tokyo agreed to share radar data.", "date": "2024-07-02",
                                 "id": "radar-1", "title": "Radar deal"}]}
        _error(c.post("/api/articles", json=payload), 401, "E607")
        _error(c.post("/api/articles", json=payload, headers={"Authorization": "Bearer wrong"}), 401, "E607")
        body = _ok(c.post("/api/articles", json=payload, headers={"Authorization": "Bearer letmein"}))
        assert body["data"]["new"] == 1 and body["data"]["seen"] == 1
        again = _ok(c.post("/api/articles", json=payload, headers={"Authorization": "Bearer letmein"}))
        assert again["data"]["new"] == 0 and again["data"]["duplicates"] == 1
        article = _ok(c.get("/api/articles/radar-1"))["data"]
        assert article["title"] == "Radar deal" and article["date"] == "2024-07-02"
        stats = _ok(c.get("/api/stats"))["data"]
        assert stats["articles"] == 6 and stats["writable"] is True


def test_read_only_by_default(serve_db):
    from foedus.serve import create_app

    app = create_app(serve_db)
    store = app.state.backend.store()
    assert store.read_only is True
    app.state.backend.close()


def test_cors_off_by_default_and_on_when_asked(serve_db, client):
    from fastapi.testclient import TestClient

    from foedus.serve import create_app

    origin = {"Origin": "http://elsewhere.example"}
    assert "access-control-allow-origin" not in client.get("/api/stats", headers=origin).headers
    with TestClient(create_app(serve_db, cors=["http://elsewhere.example"])) as c:
        assert c.get("/api/stats", headers=origin).headers["access-control-allow-origin"] == "http://elsewhere.example"


def test_openapi_and_docs_and_dashboard(client):
    spec = client.get("/openapi.json").json()
    for path in ("/api/events", "/api/events/{event_id}", "/api/articles/{article_id}", "/api/dyads/{a}/{b}",
                 "/api/actors", "/api/network", "/api/treaties", "/api/scenario", "/api/code", "/api/articles"):
        assert path in spec["paths"], path
    assert client.get("/docs").status_code == 200
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]


def test_code_endpoint_with_the_real_coder(serve_db, nlp):
    from fastapi.testclient import TestClient

    from foedus.coder.pipeline import Coder
    from foedus.serve import create_app

    with TestClient(create_app(serve_db, coder=Coder(nlp))) as c:
        body = _ok(c.post("/api/code", json={"text": "Japan and Australia signed a defence pact in Canberra on Tuesday.",
                                             "date": "2025-03-06"}))
        signed = [e for e in body["data"]["events"] if e["cameo"] == "057"]
        assert {(e["source"]["country"], e["target"]["country"]) for e in signed} == {("JPN", "AUS"), ("AUS", "JPN")}
        assert signed[0]["date"] == "2025-03-04" and signed[0]["location"]["country"] == "AUS"


def test_timeline_span_finds_the_bulk_of_the_dates(tmp_path, client):
    """/api/timeline/span: first/last date, the 1st-99th percentile (the bulk), the events outside it, and
    clip=true only when a few stray dates stretch the axis far beyond the bulk."""
    from fastapi.testclient import TestClient

    from serve_factory import outlier_db

    from foedus.serve import create_app

    plain = _ok(client.get("/api/timeline/span"))["data"]
    assert plain["first"] == "2024-06-03" and plain["last"] == "2024-06-28" and plain["events"] == 8
    assert plain["clip"] is False and plain["quantiles"] == [0.01, 0.99]
    with TestClient(create_app(outlier_db(tmp_path / "outliers.duckdb"))) as c:
        span = _ok(c.get("/api/timeline/span"))["data"]
        assert span["first"] == "1970-01-01" and span["last"] == "2031-05-01"
        assert "2024-01-01" <= span["bulk_since"] < span["bulk_until"] <= "2024-12-31"
        assert span["before"] >= 1 and span["after"] >= 1 and span["clip"] is True
        # The filters apply: KORGOV alone has no stray date.
        kor = _ok(c.get("/api/timeline/span", params={"source": "KORGOV"}))["data"]
        assert kor["clip"] is False and kor["first"] >= "2024-01-01"
        assert _ok(c.get("/api/timeline/span", params={"actor": "ZZZ"}))["data"] == {
            "events": 0, "first": None, "last": None, "bulk_since": None, "bulk_until": None, "before": 0, "after": 0,
            "quantiles": [0.01, 0.99], "clip": False}
        _error(c.get("/api/timeline/span", params={"since": "2024-13-01"}), 400, "E601")
        _error(c.get("/api/timeline/span", params={"since": "June"}), 422, "E601")


def test_ingest_reads_the_body_in_memory_and_names_bad_records_by_position(tmp_path, fake_coder, monkeypatch):
    """POST /api/articles codes and stores the posted records directly (no temporary file), and a
    record that cannot be read (not English) is reported as request:N while the others are stored."""
    import tempfile

    from fastapi.testclient import TestClient

    from foedus.serve import create_app

    def no_temp_files(*args, **kwargs):
        raise AssertionError("POST /api/articles wrote a temporary file")

    monkeypatch.setattr(tempfile, "TemporaryDirectory", no_temp_files)
    monkeypatch.setattr(tempfile, "NamedTemporaryFile", no_temp_files)
    db = build_db(tmp_path / "writable.duckdb")
    app = create_app(db, coder=fake_coder, token="letmein")
    payload = {"articles": [{"text": "Chile and Peru agreed to reopen their border crossings.", "date": "2024-07-03"},
                            {"text": "Der Bundestag hat heute über den Haushalt abgestimmt und ihn angenommen.",
                             "date": "2024-07-03"}]}
    with TestClient(app) as c:
        body = _ok(c.post("/api/articles", json=payload, headers={"Authorization": "Bearer letmein"}))["data"]
    assert body["new"] == 1
    assert [bad["where"] for bad in body["bad"]] == ["request:2"]
