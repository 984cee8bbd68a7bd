"""The ingest progress bar has a total (a quick pre-count of the inputs) and so an ETA (issue 11)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from corpus import ARTICLES, atom_feed, write  # noqa: E402
from stub_coder import StubCoder  # noqa: E402
from test_runner import build_corpus  # noqa: E402

from foedus.ingest import ingest  # noqa: E402
from foedus.ingest.readers import count_inputs, iter_inputs  # noqa: E402


def test_count_matches_what_the_readers_yield(tmp_path):
    news = build_corpus(tmp_path)
    write(news / "more.jsonl", '{"id": "a", "text": "One."}\n\n{"id": "b", "text": "Two."}\n{"id": "c", "text": "3"}\n')
    write(news / "atom.xml", atom_feed([("A", "2024-06-20T00:00:00Z", ARTICLES["tokyo"]),
                                        ("B", "2024-06-21T00:00:00Z", ARTICLES["manila"]),
                                        ("C", "2024-06-22T00:00:00Z", ARTICLES["berlin"])]))
    write(news / ".hidden.txt", "not read")
    write(news / "2024" / "seoul.txt.date", "2024-06-18")          # a sidecar, not an article
    expected = len(list(iter_inputs([news])))
    assert expected == 7 + 3 + 3     # the build_corpus items (its scan.pdf is not an article file), more.jsonl, atom.xml
    assert count_inputs([news]) == expected
    assert count_inputs([news / "more.jsonl", tmp_path / "missing.txt"]) == 4


def test_count_gives_up_past_its_budget(tmp_path):
    news = build_corpus(tmp_path)
    assert count_inputs([news], budget=-1) is None


def test_ingest_bar_shows_a_total(tmp_path, capsys):
    news = build_corpus(tmp_path)
    ingest([news], tmp_path / "events.duckdb", workers=1, progress=True, coder=StubCoder())
    err = capsys.readouterr().err
    assert "7/7" in err and "100%" in err


def test_ingest_accepts_a_generator_of_paths(tmp_path):
    news = build_corpus(tmp_path)
    summary = ingest((p for p in [news]), tmp_path / "events.duckdb", workers=1, progress=True, coder=StubCoder())
    assert summary.seen == 6 and len(summary.bad) == 1
