"""Fixtures for the store tests: a fresh database in tmp_path and a small hand-built corpus."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from store_factory import MOSCOW, SEOUL, make_article, with_commitment_and_policy  # noqa: E402

from foedus.store import Store  # noqa: E402


@pytest.fixture
def fresh_store(tmp_path):
    with Store(tmp_path / "test.duckdb") as store:
        yield store


def small_corpus() -> list:
    """Six articles over June 2024 whose counts the query tests assert on."""
    return [
        with_commitment_and_policy(make_article("seoul-1", "2024-06-03", [
            ("KORGOV", "RUSGOV", "111", "asserted", SEOUL),
            ("KORGOV", "UKR", "0332", "considered", SEOUL),
        ], story_id="story-arms", source="Yonhap")),
        make_article("seoul-1-copy", "2024-06-03", [("KORGOV", "RUSGOV", "111")], story_id="story-arms",
                     source="Korea Herald", text="A wire copy of the Seoul story, published by another outlet."),
        make_article("moscow-1", "2024-06-05", [
            ("RUSGOV", "KORGOV", "112", "asserted", MOSCOW),
            ("RUS", "UKR", "190", "asserted", None),
        ], source="TASS"),
        make_article("un-1", "2024-06-12", [("IGOUNO", "PRKMIL", "163")], source="UN News"),
        make_article("seoul-2", "2024-06-19", [
            ("KORMIL", "RUSGOV", "190", "negated", None),
            ("KOR", "RUS", "036", "intended", None),
            (None, "UKR", "010", "asserted", None),
        ], source="Yonhap"),
        make_article("undated-1", None, [("KORGOV", "RUS", "042")], source="Blog"),
    ]


@pytest.fixture
def filled_store(fresh_store):
    assert fresh_store.write_batch(small_corpus()) == 6
    return fresh_store
