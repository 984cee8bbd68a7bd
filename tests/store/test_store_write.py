"""Writing coded articles and reading them back."""

from __future__ import annotations

import pytest
from store_factory import small_corpus
from store_factory import make_article, numbered_article

from foedus.errors import InputError, StoreError
from foedus.store import SCHEMA_VERSION, EventFilter, Store


def test_write_and_read_back(filled_store):
    stats = filled_store.stats()
    assert stats["articles"] == 6
    assert stats["events"] == 10
    assert stats["quotes"] == 6
    assert stats["commitments"] == 1 and stats["policies"] == 1
    assert stats["stories"] == 5          # the wire copy shares its story
    assert stats["first_event_date"] == "2024-06-03" and stats["last_event_date"] == "2024-06-19"
    assert stats["schema_version"] == SCHEMA_VERSION

    art = filled_store.article("seoul-1")
    assert art["source"] == "Yonhap" and art["date"] == "2024-06-03" and art["n_events"] == 2
    assert art["text"].startswith("Article seoul-1")
    assert [e["cameo"] for e in art["events"]] == ["111", "0332"]
    assert art["events"][1]["modality"] == "considered"
    assert art["events"][1]["flags"] == [{"rule": "test rule", "reason": "made up for a test"}]
    assert art["events"][0]["place_name"] == "Seoul" and art["events"][0]["lat"] == pytest.approx(37.5665)
    assert art["quotes"][0]["speaker_code"] == "KORGOV"
    assert art["commitments"][0]["parties"][1]["code"] == "PRKMIL"
    assert art["commitments"][0]["agrees_with_registry"] is True
    assert art["policies"][0]["actor"]["code"] == "KORGOV" and art["policies"][0]["shift"] is True
    assert {a["code"] for a in art["actors"]} == {"KORGOV", "RUSGOV", "UKR"}
    assert filled_store.article("nope") is None


def test_event_by_id_carries_its_article(filled_store):
    event = filled_store.event("moscow-1-e0")
    assert event["source_code"] == "RUSGOV" and event["target_code"] == "KORGOV"
    assert event["article_title"] == "Title of moscow-1" and event["article_source"] == "TASS"
    assert event["date"] == "2024-06-05"
    assert filled_store.event("moscow-1-e9") is None


def test_rewriting_the_same_articles_adds_nothing(filled_store):
    assert filled_store.write_batch(small_corpus()) == 0
    assert filled_store.stats()["events"] == 10
    hashes = filled_store.known_hashes()
    assert len(hashes) == 6 and small_corpus()[0][0].content_hash in hashes


def test_duplicates_inside_one_batch_are_written_once(fresh_store):
    item = numbered_article(7)
    assert fresh_store.write_batch([item, item, numbered_article(8)]) == 2
    assert fresh_store.count_events() == len(item[1].events) + len(numbered_article(8)[1].events)


def test_reused_article_id_for_another_text_is_refused_whole(filled_store):
    clash = make_article("un-1", "2024-06-20", [("KOR", "RUS", "036")], text="A different text with a reused id.")
    with pytest.raises(StoreError, match=r"\[E408\].*'un-1'"):
        filled_store.write_batch([numbered_article(1), clash])
    assert filled_store.stats()["articles"] == 6      # nothing of the batch was written


def test_read_only_refuses_writes_and_missing_files(tmp_path, filled_store):
    path = filled_store.path
    filled_store.close()
    with Store(path, read_only=True) as store:
        assert store.count_events(EventFilter(source="KOR")) == 6
        with pytest.raises(StoreError, match=r"\[E401\].*read-only"):
            store.write_batch([numbered_article(1)])
    with pytest.raises(StoreError, match=r"\[E410\]"):
        Store(tmp_path / "absent.duckdb", read_only=True)
    with pytest.raises(StoreError, match=r"\[E401\].*does not exist"):
        Store(tmp_path / "no-such-dir" / "x.duckdb")


def test_a_file_that_is_not_a_database_is_reported(tmp_path):
    bogus = tmp_path / "notes.duckdb"
    bogus.write_text("these are my notes, not a database\n" * 50)
    with pytest.raises(StoreError, match=r"\[E401\]"):
        Store(bogus)


def test_articles_without_events_are_stored(fresh_store):
    record, result = make_article("empty-1", "2024-06-01", [], quotes=0)
    assert fresh_store.write_batch([(record, result)]) == 1
    assert fresh_store.article("empty-1")["n_events"] == 0
    assert fresh_store.count_events() == 0


def test_bad_limit_is_a_user_error(filled_store):
    with pytest.raises(InputError, match=r"\[E405\].*limit"):
        filled_store.events(limit=-1)


def test_a_second_writer_process_gets_a_clear_error(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "busy.duckdb"
    Store(path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from foedus.store import Store; s = Store(sys.argv[1]); "
         "print('open', flush=True); time.sleep(30)", str(path)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(StoreError, match=r"\[E402\].*in use by another process"):
            Store(path)
    finally:
        holder.kill()
        holder.wait(timeout=10)
    with Store(path, read_only=True) as store:          # free again once the writer is gone
        assert store.stats()["articles"] == 0


def test_only_the_store_imports_duckdb():
    from pathlib import Path

    import foedus

    package = Path(foedus.__file__).parent
    offenders = [str(p.relative_to(package)) for p in package.rglob("*.py")
                 if "store" not in p.relative_to(package).parts[:1]
                 and any(line.strip().startswith(("import duckdb", "from duckdb"))
                         for line in p.read_text(encoding="utf-8").splitlines())]
    assert offenders == []


def test_partial_dates_typed_dates_and_aware_ingest_times(fresh_store):
    import datetime as dt

    record, result = make_article("partial-1", "2024-06-20", [("KOR", "RUS", "036"), ("KOR", "UKR", "0332")])
    record.date = dt.date(2024, 6, 20)
    record.ingested_at = dt.datetime(2024, 7, 1, 21, 0, tzinfo=dt.timezone(dt.timedelta(hours=9)))
    result.events[0].date, result.events[0].date_precision = "2024-06", "month"
    result.events[1].date, result.events[1].date_precision = "last spring", "day"
    assert fresh_store.write_batch([(record, result)]) == 1
    art = fresh_store.article("partial-1")
    assert art["date"] == "2024-06-20" and art["ingested_at"] == "2024-07-01T12:00:00"
    assert [(e["date"], e["date_precision"]) for e in art["events"]] == [("2024-06-01", "month"), (None, "day")]


def test_story_signatures_give_one_text_per_recent_story(filled_store):
    stories = dict(filled_store.story_signatures())
    assert set(stories) == {"story-arms", "moscow-1", "un-1", "seoul-2", "undated-1"}
    assert stories["story-arms"].startswith("Article seoul-1")      # the first copy, not the wire copy
    recent = [story for story, _ in filled_store.story_signatures(days=7)]
    assert recent == ["seoul-2", "un-1", "undated-1"]                # 2024-06-12 and later, undated last


def test_another_programs_duckdb_file_is_not_taken_over(tmp_path):
    import duckdb

    path = tmp_path / "other.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE articles (title VARCHAR)")
    con.execute("INSERT INTO articles VALUES ('kept as it was')")
    con.close()
    with pytest.raises(StoreError, match=r"\[E401\].*not a foedus database"):
        Store(path)
    con = duckdb.connect(str(path))
    assert con.execute("SELECT title FROM articles").fetchall() == [("kept as it was",)]
    assert con.execute("SELECT table_name FROM information_schema.tables").fetchall() == [("articles",)]
    con.close()
