"""End-to-end ingest on a tiny corpus: idempotent, wire copies linked, bad files skipped, resumable.

The runner's bookkeeping is tested with ``StubCoder`` (fast, events known in advance); one test
runs the real coder when the core pipeline is importable."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from corpus import ARTICLES, html_page, rss_feed, wire_copy, write  # noqa: E402
from stub_coder import StubCoder  # noqa: E402

from foedus.errors import InputError  # noqa: E402
from foedus.ingest import ingest  # noqa: E402
from foedus.store import EventFilter, Store  # noqa: E402


@pytest.fixture
def coder():
    return StubCoder()


@pytest.fixture(scope="module")
def real_coder(nlp):
    try:
        from foedus.coder.pipeline import Coder

        return Coder(nlp)
    except ImportError as exc:
        pytest.skip(f"the core coder is not complete yet ({exc})")


def build_corpus(root: Path) -> Path:
    news = root / "news"
    write(news / "2024" / "seoul.txt", "2024-06-18\n" + ARTICLES["seoul"])
    write(news / "2024" / "seoul-wire.txt", "2024-06-18\n" + wire_copy(ARTICLES["seoul"]))
    write(news / "2024" / "seoul-again.txt", "2024-06-18\n\n" + ARTICLES["seoul"].upper().replace(". ", ".\n"))
    write(news / "berlin.html", html_page("Berlin pledges air defence", ARTICLES["berlin"], date="2024-06-21"))
    write(news / "feeds" / "world.rss", rss_feed([
        ("Manila protests", "Mon, 17 Jun 2024 09:30:00 GMT", ARTICLES["manila"]),
        ("Tokyo and Canberra", "Wed, 19 Jun 2024 09:30:00 GMT", ARTICLES["tokyo"]),
    ]))
    write(news / "scan.pdf", b"%PDF-1.7\n\x00\x01\x02binary")
    write(news / "notes.txt", "")
    return news


def test_ingest_is_idempotent_links_wire_copies_and_skips_bad_files(tmp_path, coder):
    news = build_corpus(tmp_path)
    db = tmp_path / "events.duckdb"
    first = ingest([news], db, workers=1, batch_size=2, progress=False, coder=coder)
    assert first.seen == 6                     # 3 text files, 1 page, 2 feed items
    assert first.duplicates == 1               # seoul-again.txt: same text, other case and spacing
    assert first.new == 5
    assert first.stories_linked == 1           # seoul-wire.txt joins seoul.txt's story
    assert first.events > 0
    assert sorted(Path(w).name for w, _ in first.bad) == ["notes.txt", "scan.pdf"]
    assert "E103" in dict((Path(w).name, r) for w, r in first.bad)["scan.pdf"]

    with Store(db, read_only=True) as store:
        stats = store.stats()
        assert stats["articles"] == 5 and stats["stories"] == 4
        assert stats["events"] == first.events
        seoul = [e for e in store.events(EventFilter(source="KOR"), limit=None)]
        assert seoul, "the Seoul article should give events with a South Korean source"
        stories = {e["story_id"] for e in seoul}
        assert len(stories) == 1               # both copies' events count towards one story

    second = ingest([news], db, workers=1, progress=False, coder=coder)
    assert (second.seen, second.new, second.duplicates, second.events) == (6, 0, 6, 0)
    with Store(db, read_only=True) as store:
        assert store.stats()["articles"] == 5


def test_new_files_are_added_to_an_existing_database(tmp_path, coder):
    db = tmp_path / "events.duckdb"
    write(tmp_path / "a" / "seoul.txt", ARTICLES["seoul"])
    ingest([tmp_path / "a"], db, date="2024-06-18", workers=1, progress=False, coder=coder)
    write(tmp_path / "b" / "manila.jsonl",
          '{"id": "manila-1", "title": "Boat rammed", "date": "2024-06-17", "source": "Example Post", '
          '"url": "https://example.org/m", "text": "' + ARTICLES["manila"] + '"}\n')
    summary = ingest([tmp_path / "a", tmp_path / "b"], db, workers=1, progress=False, coder=coder)
    assert (summary.new, summary.duplicates) == (1, 1)
    with Store(db, read_only=True) as store:
        article = store.article("manila-1")
        assert article["title"] == "Boat rammed" and str(article["date"])[:10] == "2024-06-17"


def test_bad_arguments_are_input_errors(tmp_path):
    with pytest.raises(InputError, match="E454"):
        ingest([tmp_path], tmp_path / "x.duckdb", workers=0, progress=False)
    with pytest.raises(InputError, match="E107"):
        ingest([tmp_path], tmp_path / "x.duckdb", date="someday", workers=1, progress=False)


def test_a_record_that_fails_coding_is_reported_and_the_batch_goes_on(tmp_path, coder):
    write(tmp_path / "in" / "a.txt", ARTICLES["seoul"])
    write(tmp_path / "in" / "b.txt", ARTICLES["manila"] + " UNCODABLE")
    write(tmp_path / "in" / "c.txt", ARTICLES["berlin"])
    summary = ingest([tmp_path / "in"], tmp_path / "db.duckdb", workers=1, progress=False, coder=coder)
    assert summary.new == 2
    assert [Path(w).name for w, _ in summary.bad] == ["b.txt"]
    with Store(tmp_path / "db.duckdb", read_only=True) as store:
        origins = {store.article(e["article_id"])["origin"] for e in store.events(limit=None)}
    assert {Path(o).name for o in origins} == {"a.txt", "c.txt"}


def test_reused_jsonl_id_costs_only_that_record(tmp_path, coder):
    db = tmp_path / "db.duckdb"
    write(tmp_path / "one.jsonl", '{"id": "x1", "date": "2024-06-18", "text": "' + ARTICLES["seoul"] + '"}\n')
    ingest([tmp_path / "one.jsonl"], db, workers=1, progress=False, coder=coder)
    write(tmp_path / "two.jsonl", '{"id": "x1", "date": "2024-06-17", "text": "' + ARTICLES["manila"] + '"}\n'
          '{"id": "x2", "date": "2024-06-21", "text": "' + ARTICLES["berlin"] + '"}\n')
    summary = ingest([tmp_path / "two.jsonl"], db, workers=1, batch_size=8, progress=False, coder=coder)
    assert summary.new == 1
    assert len(summary.bad) == 1 and "E408" in summary.bad[0][1]


def test_real_coder_end_to_end(tmp_path, real_coder):
    write(tmp_path / "in" / "seoul.txt", "2024-06-18\n" + ARTICLES["seoul"])
    write(tmp_path / "in" / "seoul-wire.txt", "2024-06-18\n" + wire_copy(ARTICLES["seoul"]))
    write(tmp_path / "in" / "manila.txt", "2024-06-17\n" + ARTICLES["manila"])
    db = tmp_path / "db.duckdb"
    summary = ingest([tmp_path / "in"], db, workers=1, progress=False, coder=real_coder)
    assert (summary.new, summary.stories_linked) == (3, 1)
    assert summary.events > 0
    with Store(db, read_only=True) as store:
        assert store.count_events(EventFilter(source="KOR")) > 0
        assert store.stats()["stories"] == 2
    again = ingest([tmp_path / "in"], db, workers=1, progress=False, coder=real_coder)
    assert (again.new, again.duplicates) == (0, 3)


def test_default_workers_one_for_a_handful_every_core_for_more(tmp_path, monkeypatch):
    monkeypatch.setenv("FOEDUS_PROCESSES", "3")
    seen = []

    class Recording(StubCoder):
        def code_inputs(self, inputs, n_process=1, batch_size=16):
            seen.append(n_process)
            return super().code_inputs(inputs, n_process, batch_size)

    for n in range(20):
        write(tmp_path / "many" / f"{n:02d}.txt", ARTICLES["seoul"] + f" Statement {n} followed.")
    ingest([tmp_path / "many" / "00.txt"], tmp_path / "a.duckdb", progress=False, coder=Recording())
    summary = ingest([tmp_path / "many"], tmp_path / "b.duckdb", progress=False, coder=Recording())
    assert seen == [1, 3] and summary.new == 20


def test_wire_copy_in_a_later_run_joins_the_stored_story(tmp_path, coder):
    db = tmp_path / "db.duckdb"
    write(tmp_path / "day1" / "seoul.txt", "2024-06-18\n" + ARTICLES["seoul"])
    write(tmp_path / "day1" / "manila.txt", "2024-06-17\n" + ARTICLES["manila"])
    ingest([tmp_path / "day1"], db, workers=1, progress=False, coder=coder)
    write(tmp_path / "day2" / "seoul-wire.txt", "2024-06-19\n" + wire_copy(ARTICLES["seoul"]))
    write(tmp_path / "day2" / "berlin.txt", "2024-06-21\n" + ARTICLES["berlin"])
    later = ingest([tmp_path / "day2"], db, workers=1, progress=False, coder=coder)
    assert (later.new, later.stories_linked) == (2, 1)
    with Store(db, read_only=True) as store:
        assert store.stats()["stories"] == 3
        kor = store.events(EventFilter(source="KOR"), limit=None)
        assert len({e["article_id"] for e in kor}) == 2 and len({e["story_id"] for e in kor}) == 1
