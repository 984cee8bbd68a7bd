"""A run resumed after a kill links as many wire copies into stories as an uninterrupted run.

The start-up seed of the story index covers the month before the newest stored article; a corpus
read in file order is not in date order, so a resumed run used to miss the stored first copies of
older stories (issue 9, item 8). Now the stored stories dated near each article are seeded too.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from corpus import wire_copy, write  # noqa: E402
from stub_coder import StubCoder  # noqa: E402

from foedus.ingest import ingest  # noqa: E402
from foedus.store import Store  # noqa: E402

ADJ = ("new old large small northern southern eastern western rural urban coastal central military civilian "
       "public private national local foreign domestic regional annual").split()
NOUN = ("ministry council harbour railway bridge school hospital factory market border village river port "
        "election budget treaty convoy ferry pipeline reservoir museum stadium airport tunnel").split()
VERB = ("inspected repaired closed opened funded reviewed approved rejected expanded delayed praised "
        "criticised visited described").split()
PLACE = "Lagos Lima Oslo Quito Hanoi Accra Riga Sofia Tunis Dakar Minsk Kabul Doha Male Suva".split()


def story(seed: int) -> str:
    rng = random.Random(seed)
    return " ".join(f"The {rng.choice(ADJ)} {rng.choice(NOUN)} in {rng.choice(PLACE)} {rng.choice(VERB)} the "
                    f"{rng.choice(ADJ)} {rng.choice(NOUN)} of the {rng.choice(ADJ)} {rng.choice(NOUN)} on the weekend."
                    for _ in range(8))


def build(folder: Path) -> tuple[list[Path], list[Path]]:
    """Ten 2020 stories, forty 2024 stories, then wire copies of the 2020 ones (in file order)."""
    first = [write(folder / f"a{n:03d}.txt", f"2020-01-{10 + n:02d}\n" + story(n)) for n in range(10)]
    first += [write(folder / f"b{n:03d}.txt", f"2024-06-{1 + n % 28:02d}\n" + story(100 + n)) for n in range(40)]
    copies = [write(folder / f"c{n:03d}.txt", f"2020-01-{11 + n:02d}\n" + wire_copy(story(n))) for n in range(10)]
    return first, copies


def test_resumed_run_links_as_many_wire_copies_as_an_uninterrupted_one(tmp_path):
    corpus = tmp_path / "corpus"
    first, _ = build(corpus)
    whole = ingest([corpus], tmp_path / "whole.duckdb", workers=1, progress=False, coder=StubCoder())
    assert whole.new == 60 and whole.stories_linked == 10

    # Killed after the first 50 files were stored; the same command is then run again.
    before = ingest(first, tmp_path / "resumed.duckdb", workers=1, progress=False, coder=StubCoder())
    after = ingest([corpus], tmp_path / "resumed.duckdb", workers=1, progress=False, coder=StubCoder())
    assert (after.duplicates, after.new) == (50, 10)
    assert before.stories_linked + after.stories_linked == whole.stories_linked == 10
    with Store(tmp_path / "whole.duckdb", read_only=True) as a, Store(tmp_path / "resumed.duckdb", read_only=True) as b:
        assert a.stats()["stories"] == b.stats()["stories"] == 50


def test_store_story_signatures_by_date_range(tmp_path):
    corpus = tmp_path / "corpus"
    build(corpus)
    ingest([corpus], tmp_path / "db.duckdb", workers=1, progress=False, coder=StubCoder())
    with Store(tmp_path / "db.duckdb", read_only=True) as store:
        january = list(store.story_signatures(since="2020-01-01", until="2020-01-31"))
        assert len(january) == 10                       # the ten 2020 stories, each once (copies share the story)
        assert all(text.startswith("The ") for _, text in january)     # the first copy's text, not the wire copy
        assert list(store.story_signatures(since="2021-01-01", until="2023-12-31")) == []
