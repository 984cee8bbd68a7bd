"""The API's surface, pinned: every (method, path) in /openapi.json with its tag, its parameter names and
whether it takes a body, and the routes kept out of the schema (dashboard, docs, static files).

serve/ is split into routers (serve/routes/*.py) that the factory includes one by one; a router left out,
or a parameter lost in a move, would otherwise go unnoticed (the schemathesis run only tests what is
listed). Adding an endpoint or a filter means adding it here too, on purpose.
"""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi", reason="the serve extra (fastapi, uvicorn, httpx) is not installed")

# the filters every filtered endpoint takes (store.filters.FILTERS)
FILTERS = {"source", "target", "actor", "sector", "cameo", "root", "plover", "quad_class", "modality",
           "place_country", "since", "until", "article_id"}

# (method, path) -> (tag, parameter names, takes a JSON body)
SURFACE = {
    ("GET", "/api/events"): ("events", FILTERS | {"limit", "cursor"}, False),
    ("GET", "/api/events/count"): ("events", FILTERS, False),
    ("GET", "/api/events/{event_id}"): ("events", {"event_id"}, False),
    ("GET", "/api/articles/{article_id}"): ("articles", {"article_id"}, False),
    ("GET", "/api/timeline"): ("aggregates", FILTERS | {"by"}, False),
    ("GET", "/api/timeline/span"): ("aggregates", FILTERS, False),
    ("GET", "/api/dyads/{a}/{b}"): ("aggregates", {"a", "b", "by", "since", "until", "both", "modality"}, False),
    ("GET", "/api/actors"): ("aggregates", FILTERS | {"top"}, False),
    ("GET", "/api/dyads"): ("aggregates", FILTERS | {"top"}, False),
    ("GET", "/api/network"): ("aggregates", FILTERS | {"min_weight", "limit"}, False),
    ("GET", "/api/places"): ("aggregates", FILTERS | {"limit"}, False),
    ("GET", "/api/stats"): ("aggregates", set(), False),
    ("GET", "/api/treaties"): ("commitments", {"party", "on"}, False),
    ("GET", "/api/countries"): ("commitments", set(), False),
    ("GET", "/api/scenario"): ("commitments", {"attacked", "by", "on", "where", "depth"}, False),
    ("POST", "/api/code"): ("coding", set(), True),
    ("POST", "/api/articles"): ("coding", set(), True),
}


@pytest.fixture(scope="module")
def schema(client):
    return client.get("/openapi.json").json()


def test_openapi_lists_exactly_the_pinned_operations(schema):
    listed = {(method.upper(), path) for path, ops in schema["paths"].items() for method in ops}
    assert listed == set(SURFACE), f"missing: {set(SURFACE) - listed}; unexpected: {listed - set(SURFACE)}"


@pytest.mark.parametrize("method,path", sorted(SURFACE))
def test_each_operation_keeps_its_tag_parameters_and_body(schema, method, path):
    tag, params, body = SURFACE[(method, path)]
    op = schema["paths"][path][method.lower()]
    assert op["tags"] == [tag]
    names = [p["name"] for p in op.get("parameters", [])]
    assert len(names) == len(set(names)) and set(names) == params
    assert ("requestBody" in op) == body
    assert op["responses"]["200"]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Envelope"}


def test_ingest_documents_the_bearer_token(schema):
    assert schema["paths"]["/api/articles"]["post"]["security"] == [{"HTTPBearer": []}]


@pytest.mark.parametrize("path,status", [("/", 200), ("/docs", 200), ("/favicon.ico", 204), ("/api", 307),
                                         ("/static/app.js", 200)])
def test_routes_outside_the_schema_still_answer(client, path, status):
    assert client.get(path, follow_redirects=False).status_code == status
