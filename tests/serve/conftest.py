"""Fixtures for the API tests: a database built from hand-made coding results, and clients over it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

pytest.importorskip("fastapi", reason="the serve extra (fastapi, uvicorn, httpx) is not installed")

from serve_factory import FakeCoder, build_db  # noqa: E402


@pytest.fixture(scope="session")
def serve_db(tmp_path_factory) -> Path:
    return build_db(tmp_path_factory.mktemp("serve") / "serve.duckdb")


@pytest.fixture
def fake_coder() -> FakeCoder:
    return FakeCoder()


@pytest.fixture(scope="session")
def client(serve_db):
    from fastapi.testclient import TestClient

    from foedus.serve import create_app

    with TestClient(create_app(serve_db), raise_server_exceptions=False) as c:
        yield c
