"""Shared fixtures: the spaCy pipeline is loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLE = ROOT / "examples" / "seoul-considers-arms-for-ukraine.txt"
BENCHMARK = SHARED / "benchmarks" / "event-coding" / "cases.jsonl"


@pytest.fixture(scope="session")
def nlp():
    from foedus.coder import nlp as nlp_module

    return nlp_module.load()


@pytest.fixture(scope="session")
def example_text() -> str:
    return EXAMPLE.read_text(encoding="utf-8")


@pytest.fixture
def benchmark_path() -> Path:
    if not BENCHMARK.exists():
        pytest.skip(f"benchmark not found at {BENCHMARK} (it lives in ../shared, absent from a fresh clone)")
    return BENCHMARK
