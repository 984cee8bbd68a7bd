"""Fixtures for the store tests: a fresh database in tmp_path and a small hand-built corpus."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from store_factory import small_corpus  # noqa: E402

from foedus.store import Store  # noqa: E402


@pytest.fixture
def fresh_store(tmp_path):
    with Store(tmp_path / "test.duckdb") as store:
        yield store


@pytest.fixture
def filled_store(fresh_store):
    assert fresh_store.write_batch(small_corpus()) == 6
    return fresh_store
