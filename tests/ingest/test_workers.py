"""`foedus ingest` with parsing processes: a failed write, SIGKILL, SIGTERM and Ctrl-C end the run
in bounded time, leave no worker behind, and keep what was stored.

Each test runs the real CLI in a subprocess (its own session, so a Ctrl-C can reach the whole
process group as a terminal's does) with ``--workers 2`` and the real spaCy pipeline, and waits
with a timeout, so a hang fails the test instead of hanging the suite.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

psutil = pytest.importorskip("psutil")

sys.path.insert(0, str(Path(__file__).parent))

from test_resume import make_corpus  # noqa: E402

from foedus.store import Store  # noqa: E402

SRC = str(Path(__file__).resolve().parents[2] / "src")
WAIT = 120          # seconds: loading spaCy on a busy machine included

# The CLI, with Store.write_batch failing from its second call on as a full disk does: DuckDB's
# IOException on COMMIT (mapped by the store to E409, as a real ENOSPC would be). Patched in this
# process, the parent of the workers.
FULL_DISK = textwrap.dedent("""
    import duckdb, sys
    from foedus.store import Store

    class FullDisk:
        def __init__(self, con):
            self._con = con
        def __getattr__(self, name):
            return getattr(self._con, name)
        def execute(self, sql, *args):
            if sql.strip().upper() == "COMMIT":
                raise duckdb.IOException('IO Error: Could not write all bytes to file "db.duckdb.wal": '
                                         'No space left on device (errno 28)')
            return self._con.execute(sql, *args)

    real_write, calls = Store.write_batch, [0]

    def write_batch(self, items):
        calls[0] += 1
        if calls[0] == 2 and not isinstance(self.con, FullDisk):
            self.con = FullDisk(self.con)
        return real_write(self, items)

    Store.write_batch = write_batch
    from foedus.cli import main
    sys.argv = ["foedus"] + sys.argv[1:]
    main()
""")
CLI = "import sys; from foedus.cli import main; sys.argv = ['foedus'] + sys.argv[1:]; main()"


def start(tmp_path: Path, script: str, count: int = 4000, batch_size: int = 8) -> tuple[subprocess.Popen, Path]:
    """Ingest a corpus large enough that the run is still going when a test stops or kills it."""
    corpus, db = tmp_path / "corpus", tmp_path / "db.duckdb"
    make_corpus(corpus, count)
    proc = subprocess.Popen([sys.executable, "-c", script, "ingest", str(corpus), "--db", str(db), "--workers", "2",
                             "--batch-size", str(batch_size), "--quiet"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
                            env={**os.environ, "PYTHONPATH": SRC, "PYTHONFAULTHANDLER": "1"})
    return proc, db


_STARTED: list = []     # worker processes seen by the running test, killed at teardown if any is left


@pytest.fixture(autouse=True)
def no_leftovers():
    _STARTED.clear()
    yield
    for p in alive(_STARTED):
        p.kill()


def wait_for_workers(proc: subprocess.Popen, n: int = 2) -> list:
    """The parsing processes of ``proc`` once ``n`` are running (fails after WAIT seconds)."""
    parent = psutil.Process(proc.pid)
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        assert proc.poll() is None, f"ingest ended before its workers started: {proc.communicate()}"
        children = parent.children(recursive=True)
        if len(children) >= n:
            time.sleep(0.5)            # let them pick up work
            _STARTED.extend(parent.children(recursive=True))
            return list(_STARTED)
        time.sleep(0.1)
    stop(proc)
    pytest.fail(f"no {n} worker processes after {WAIT} s")


def alive(procs: list) -> list:
    out = []
    for p in procs:
        try:
            if p.is_running() and p.status() != psutil.STATUS_ZOMBIE:
                out.append(p)
        except psutil.NoSuchProcess:
            pass
    return out


def gone_within(procs: list, seconds: float) -> list:
    deadline = time.monotonic() + seconds
    while alive(procs) and time.monotonic() < deadline:
        time.sleep(0.1)
    return alive(procs)


def stop(proc: subprocess.Popen) -> tuple[str, str]:
    """Wait for ``proc``; on timeout kill its whole session (the test then fails on the hang)."""
    try:
        return proc.communicate(timeout=WAIT)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate(timeout=10)
        pytest.fail(f"ingest hung: still running {WAIT} s later; stderr:\n{err[-3000:]}")


@pytest.mark.slow
def test_full_disk_with_workers_ends_with_an_error_and_keeps_the_first_batch(tmp_path):
    proc, db = start(tmp_path, FULL_DISK)
    workers = wait_for_workers(proc)
    started = time.monotonic()
    out, err = stop(proc)
    assert proc.returncode == 1, err
    assert time.monotonic() - started < WAIT
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: [E460]"), err
    assert "No space left on device" in err and "[E409]" in err and "rerun the same command" in err
    assert not gone_within(workers, 5)
    with Store(db, read_only=True) as store:
        assert store.stats()["articles"] == 8          # the first batch, committed before the disk filled


@pytest.mark.slow
def test_sigkill_leaves_no_worker_behind(tmp_path):
    proc, _ = start(tmp_path, CLI)
    workers = wait_for_workers(proc)
    proc.kill()
    proc.wait(timeout=30)        # not communicate(): a surviving worker holds the pipes open
    left = gone_within(workers, 5)
    assert not left, f"{len(left)} worker(s) outlived their SIGKILLed parent"


@pytest.mark.slow
def test_sigterm_stops_workers_and_says_what_is_stored(tmp_path):
    proc, db = start(tmp_path, CLI)
    workers = wait_for_workers(proc)
    proc.terminate()
    out, err = stop(proc)
    assert proc.returncode == 128 + signal.SIGTERM, err
    assert not gone_within(workers, 5)
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: [E461] Interrupted (SIGTERM)"), err
    with Store(db, read_only=True) as store:
        assert f"{store.stats()['articles']} new article(s)" in err


@pytest.mark.slow
def test_ctrl_c_prints_one_line_and_no_traceback(tmp_path):
    proc, db = start(tmp_path, CLI)
    workers = wait_for_workers(proc)
    os.killpg(proc.pid, signal.SIGINT)       # a terminal's Ctrl-C reaches the parent and its workers
    out, err = stop(proc)
    assert proc.returncode == 130, err
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: [E461] Interrupted (SIGINT)"), err
    assert "Rerun the same command" in lines[0]
    assert not gone_within(workers, 5)
    with Store(db, read_only=True) as store:
        assert f"{store.stats()['articles']} new article(s)" in err


@pytest.mark.slow
def test_a_worker_killed_by_the_oom_killer_stops_the_run_instead_of_hanging_it(tmp_path):
    proc, db = start(tmp_path, CLI)
    workers = wait_for_workers(proc)
    workers[0].kill()                         # what the out-of-memory killer does
    out, err = stop(proc)                     # used to wait for ever on the dead worker's pipe
    assert proc.returncode == 1, err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: [E464] A parsing process died"), err
    assert "killed by SIGKILL" in err and "Traceback" not in err
    assert not gone_within(workers, 5)
    with Store(db, read_only=True) as store:
        assert f"{store.stats()['articles']} new article(s)" in err


def _die_by(signum: int, delay: float) -> None:
    """A worker's body: restore the default action of ``signum`` (guarded workers ignore SIGINT) and die by it."""
    signal.signal(signum, signal.SIG_DFL)
    time.sleep(delay)
    os.kill(os.getpid(), signum)


def _zombie(proc, seconds: float = 10) -> None:
    from foedus.ingest.workers import _exit_status

    deadline = time.monotonic() + seconds
    while _exit_status(proc.pid) is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert _exit_status(proc.pid), "the worker did not die"


@pytest.mark.slow
def test_a_worker_dead_by_ctrl_c_before_the_parent_handles_it_is_an_interruption_not_a_dead_worker():
    """A terminal's Ctrl-C reaches every process of the group; when a worker dies of it before the
    parent's handler runs (the parent was writing a batch), the run was interrupted (E461, exit 130),
    not broken by a dying worker (E464, exit 1)."""
    import multiprocessing

    from foedus.ingest.workers import Interrupted, WorkerDied, WorkerGuard

    ctx = multiprocessing.get_context("fork")
    with pytest.raises(Interrupted) as caught:
        with WorkerGuard():
            worker = ctx.Process(target=_die_by, args=(signal.SIGINT, 0.1))
            worker.start()
            _zombie(worker)
            time.sleep(0.8)                       # the monitor has seen the dead worker by now
            os.kill(os.getpid(), signal.SIGINT)   # the parent's share of the Ctrl-C, late
            time.sleep(5)
    assert not isinstance(caught.value, WorkerDied), caught.value
    assert caught.value.signum == signal.SIGINT


@pytest.mark.slow
def test_a_worker_alone_killed_by_sigterm_still_stops_the_run_as_a_dead_worker():
    import multiprocessing

    from foedus.ingest.workers import WorkerDied, WorkerGuard

    ctx = multiprocessing.get_context("fork")
    started = time.monotonic()
    with pytest.raises(WorkerDied) as caught:
        with WorkerGuard():
            worker = ctx.Process(target=_die_by, args=(signal.SIGTERM, 0.1))
            worker.start()
            time.sleep(15)                        # interrupted by the monitor long before this ends
    assert "killed by SIGTERM" in caught.value.how
    assert time.monotonic() - started < 10
