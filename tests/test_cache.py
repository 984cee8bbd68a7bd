"""The disk cache of compiled dictionaries: reused, rebuilt when its inputs change, never fatal."""

from __future__ import annotations

import os

import pytest

from foedus import cache


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("FOEDUS_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def _builder(value, calls):
    def build():
        calls.append(1)
        return value
    return build


def test_second_load_comes_from_disk(cache_dir):
    calls: list = []
    assert cache.cached("thing", _builder({"a": [1, 2]}, calls)) == {"a": [1, 2]}
    assert cache.cached("thing", _builder({"a": "other"}, calls)) == {"a": [1, 2]}
    assert len(calls) == 1
    [entry] = cache_dir.glob("thing-*.pickle")
    assert cache.inputs_fingerprint() in entry.name and oct(entry.stat().st_mode)[-3:] == "600"


def test_changed_inputs_rebuild_and_drop_the_old_entry(cache_dir, monkeypatch):
    calls: list = []
    cache.cached("thing", _builder(1, calls))
    monkeypatch.setattr(cache, "inputs_fingerprint", lambda: "f" * 32)
    assert cache.cached("thing", _builder(2, calls)) == 2 and len(calls) == 2
    assert [p.name for p in cache_dir.glob("thing-*.pickle")] == [f"thing-{'f' * 32}.pickle"]


def test_a_broken_entry_is_rebuilt(cache_dir):
    cache_dir.mkdir()
    (cache_dir / f"thing-{cache.inputs_fingerprint()}.pickle").write_bytes(b"not a pickle")
    calls: list = []
    assert cache.cached("thing", _builder(3, calls)) == 3 and calls == [1]
    assert cache.cached("thing", _builder(4, calls)) == 3


def test_off_and_unwritable_build_every_time(tmp_path, monkeypatch):
    calls: list = []
    monkeypatch.setenv("FOEDUS_CACHE_DIR", "off")
    cache.cached("thing", _builder(5, calls))
    cache.cached("thing", _builder(5, calls))
    assert len(calls) == 2
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("FOEDUS_CACHE_DIR", str(blocker / "sub"))       # a folder under a file: cannot exist
    assert cache.cached("thing", _builder(6, calls)) == 6


def test_fingerprint_follows_the_data(monkeypatch, tmp_path):
    cache.inputs_fingerprint.cache_clear()
    before = cache.inputs_fingerprint()
    cache.inputs_fingerprint.cache_clear()
    try:
        assert cache.inputs_fingerprint() == before                   # stable across calls
        fake = tmp_path / "foedus"
        (fake / "data").mkdir(parents=True)
        (fake / "data" / "x.tsv").write_text("a\n")
        for name in cache._SOURCES:
            (fake / name).parent.mkdir(parents=True, exist_ok=True)
            (fake / name).write_text("")
        monkeypatch.setattr(cache, "_PACKAGE", fake)
        cache.inputs_fingerprint.cache_clear()
        one = cache.inputs_fingerprint()
        (fake / "data" / "x.tsv").write_text("b\n")
        cache.inputs_fingerprint.cache_clear()
        assert cache.inputs_fingerprint() != one != before
    finally:
        cache.inputs_fingerprint.cache_clear()


def test_default_dictionaries_go_through_the_cache(cache_dir):
    from foedus.coder.actors import ActorDictionary
    from foedus.coder.verbs import VerbDictionary

    ActorDictionary.default.cache_clear()
    VerbDictionary.default.cache_clear()
    try:
        built = ActorDictionary.default()
        assert {p.name.split("-")[0] for p in cache_dir.glob("*.pickle")} == {"actors"}
        ActorDictionary.default.cache_clear()
        loaded = ActorDictionary.default()
        assert loaded is not built and loaded.entries == built.entries and loaded.codes == built.codes
        VerbDictionary.default()
        assert (cache_dir / f"verbs-{cache.inputs_fingerprint()}.pickle").exists()
    finally:
        ActorDictionary.default.cache_clear()
        VerbDictionary.default.cache_clear()
    assert os.environ["FOEDUS_CACHE_DIR"] == str(cache_dir)
