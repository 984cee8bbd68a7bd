"""Fixtures for the API tests: a database built from hand-made coding results, and clients over it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

pytest.importorskip("fastapi", reason="the serve extra (fastapi, uvicorn, httpx) is not installed")

from serve_factory import build_db  # noqa: E402


@pytest.fixture(scope="session")
def serve_db(tmp_path_factory) -> Path:
    return build_db(tmp_path_factory.mktemp("serve") / "serve.duckdb")


class FakeCoder:
    """Stands in for the spaCy coder where a test checks the endpoint, not the coding."""

    def __init__(self):
        self.calls: list[tuple[str, str | None]] = []

    def code_text(self, text, date=None, id=None, title=None, source=None, url=None):
        from foedus.schema import Article, CodingResult

        self.calls.append((text, date))
        if not text.strip():
            from foedus.errors import Errors, InputError

            raise InputError(Errors.E102.format(path=id or "the text"))
        return CodingResult(article=Article(id=id or "posted", title=title, date=date, source=source,
                                            sentences=[text]), events=[], quotes=[], actors=[], commitments=[],
                            policies=[])

    def code_inputs(self, inputs, n_process=1, batch_size=16):
        """The ingest runner's entry point: problems pass through, articles are coded in order."""
        from foedus.reader import InputProblem

        for item in inputs:
            if isinstance(item, InputProblem):
                yield item
            else:
                yield self.code_text(item.text, date=item.date, id=item.id, title=item.title, source=item.source,
                                     url=item.url)


@pytest.fixture
def fake_coder() -> FakeCoder:
    return FakeCoder()


@pytest.fixture(scope="session")
def client(serve_db):
    from fastapi.testclient import TestClient

    from foedus.serve import create_app

    with TestClient(create_app(serve_db), raise_server_exceptions=False) as c:
        yield c
