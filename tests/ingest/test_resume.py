"""Kill `ingest` with SIGKILL in the middle of a run: stored articles are whole and a rerun completes the rest."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from corpus import write  # noqa: E402

from foedus.store import Store  # noqa: E402

HERE = Path(__file__).parent
COUNTRY_PAIRS = [("South Korea", "Russia"), ("China", "the Philippines"), ("Germany", "Ukraine"),
                 ("Japan", "Australia"), ("Russia", "Ukraine")]
VERBS = ["condemned", "accused", "praised", "signed"]

SCRIPT = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, {here!r})
    from stub_coder import StubCoder
    from foedus.ingest import ingest

    class SlowCoder(StubCoder):
        def code(self, item):
            time.sleep(0.05)          # slow enough to be killed half way
            return super().code(item)

    print("started", flush=True)
    ingest([{corpus!r}], {db!r}, workers=1, batch_size=4, progress=False, coder=SlowCoder())
    print("finished", flush=True)
""")


def make_corpus(folder: Path, count: int) -> None:
    for n in range(count):
        a, b = COUNTRY_PAIRS[n % len(COUNTRY_PAIRS)]
        verb = VERBS[n % len(VERBS)]
        write(folder / f"{n:03d}.txt", f"2024-06-{1 + n % 28:02d}\n{a} {verb} {b} in statement number {n} of the week. "
              f"{b[0].upper() + b[1:]} {VERBS[(n + 1) % 4]} {a} on the same day, officials said. "
              f"The talks will continue in the capital, where the two sides met for the {n}th time.")


@pytest.mark.slow
def test_sigkill_then_rerun(tmp_path):
    corpus, db = tmp_path / "corpus", tmp_path / "db.duckdb"
    make_corpus(corpus, 60)
    script = SCRIPT.format(here=str(HERE), corpus=str(corpus), db=str(db))
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(HERE.parent.parent / "src")})
    assert proc.stdout.readline().strip() == "started"
    time.sleep(1.5)                       # 60 articles x 0.05 s = 3 s of coding: kill in the middle
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL

    with Store(db) as store:
        stored = store.stats()["articles"]
        assert stored < 60, "the run should have been killed before the end"
        for event_id in {e["article_id"] for e in store.events(limit=None)}:
            article = store.article(event_id)
            assert article["n_events"] == len(article["events"]) > 0     # whole articles only

    from stub_coder import StubCoder

    from foedus.ingest import ingest

    summary = ingest([corpus], db, workers=1, batch_size=4, progress=False, coder=StubCoder())
    assert summary.duplicates == stored and summary.new == 60 - stored
    with Store(db, read_only=True) as store:
        assert store.stats()["articles"] == 60
        assert store.count_events() == 120        # two events per article, none lost, none doubled
