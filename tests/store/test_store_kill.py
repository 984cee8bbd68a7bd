"""Killing a writer at any moment leaves every committed article whole; a rerun completes the rest."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from store_factory import numbered_article

from foedus.store import Store

WRITER = Path(__file__).with_name("kill_writer.py")
TOTAL, BATCH = 6000, 200


def _writer(db: Path) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, str(WRITER), str(db), str(TOTAL), str(BATCH)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    guard = threading.Timer(60, proc.kill)      # never let a stuck writer hang the suite
    guard.daemon = True
    guard.start()
    return proc


def _check_whole(db: Path) -> tuple[int, int]:
    """Every stored article has all its events, no orphan or duplicate event; returns (articles, events)."""
    with Store(db, read_only=True) as store:
        broken = store.con.execute("""
            SELECT a.id, a.n_events, count(e.id) FROM articles a LEFT JOIN events e ON e.article_id = a.id
            GROUP BY a.id, a.n_events HAVING count(e.id) <> a.n_events""").fetchall()
        assert broken == [], f"partially stored articles: {broken[:5]}"
        orphans = store.con.execute("SELECT count(*) FROM events WHERE article_id NOT IN "
                                    "(SELECT id FROM articles)").fetchall()[0][0]
        assert orphans == 0
        dupes = store.con.execute("SELECT count(*) - count(DISTINCT id) FROM events").fetchall()[0][0]
        assert dupes == 0
        stats = store.stats()
    return stats["articles"], stats["events"]


def test_sigkill_mid_write_then_resume(tmp_path):
    db = tmp_path / "killed.duckdb"
    stored = 0
    # Kill at several moments inside a batch write (right at its start, and a little later).
    for delay in (0.0, 0.004, 0.015):
        proc = _writer(db)
        commits = 0
        while True:
            line = proc.stdout.readline()
            assert line, f"writer ended early: {proc.stderr.read()}"
            commits += line.startswith("committed")
            if commits >= 2 and line.startswith("writing"):
                break
        time.sleep(delay)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        assert proc.returncode == -signal.SIGKILL

        articles, _ = _check_whole(db)
        assert stored + 2 * BATCH <= articles < TOTAL
        assert articles % BATCH == 0               # whole batches only, never part of one
        stored = articles

    rerun = _writer(db)
    out, err = rerun.communicate(timeout=60)
    assert rerun.returncode == 0, err
    assert out.strip().endswith("done")
    articles, events = _check_whole(db)
    expected_events = sum(len(numbered_article(i)[1].events) for i in range(TOTAL))
    assert (articles, events) == (TOTAL, expected_events)
