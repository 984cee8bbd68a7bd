"""Schemathesis against /openapi.json: generated requests to every endpoint never get a server error.

Valid and schema-violating input alike. Bounded (25 examples per operation and mode, derandomized, no deadline) so it stays well under a minute. POST
/api/code runs with a stand-in coder: the property is about the API's handling of input, not about spaCy.
Each operation is driven by its Hypothesis strategy directly (the schemathesis pytest plugin does not
load under this pytest version).
"""

from __future__ import annotations

import pytest

schemathesis = pytest.importorskip("schemathesis", reason="schemathesis is not installed (test extra)")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis.errors import Unsatisfiable  # noqa: E402
from schemathesis.generation.modes import GenerationMode  # noqa: E402

from serve_factory import FakeCoder  # noqa: E402
from serve_factory import build_db  # noqa: E402

EXAMPLES = 25


def _check(case) -> None:
    response = case.call()
    assert response.status_code < 500, f"{case.method} {case.formatted_path} {case.query}: {response.text}"
    body = response.json()
    assert isinstance(body, dict) and body.get("ok") in (True, False), body
    if body["ok"]:
        assert set(body) == {"ok", "data", "next"}
    else:
        assert set(body["error"]) == {"code", "message", "status"}
        assert body["error"]["status"] == response.status_code


def test_generated_requests_never_get_a_server_error(tmp_path):
    from foedus.serve import create_app

    db = build_db(tmp_path / "schema.duckdb")
    schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(db, coder=FakeCoder()))
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 14
    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):   # valid, then schema-violating input
            run = settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                           suppress_health_check=list(HealthCheck))(given(case=operation.as_strategy(mode))(_check))
            try:
                run()
            except Unsatisfiable:
                # An operation without parameters (e.g. /api/stats) has no schema-violating input.
                assert mode is GenerationMode.NEGATIVE and not operation.query and not operation.path_parameters \
                    and not len(operation.body), operation.label
