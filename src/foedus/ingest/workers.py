"""The parsing processes of one ``ingest`` run: they die with their parent and never outlive the run.

spaCy's ``nlp.pipe(n_process=N)`` forks N worker processes and closes them only when its
generator is exhausted or closed, and that close joins every worker. Two ways this went wrong:

* **A failed write hung the run.** When ``Store.write_batch`` raised (a full disk) the parent
  stopped reading; a worker blocked on sending its parsed batch into a full pipe (whose read end
  its sibling workers also hold, so it never breaks) and the parent's ``join`` waited for ever.
* **Orphans.** After ``kill -9`` (or SIGTERM) of the parent the workers, ~460 MB each, lived on
  until they next touched a pipe.

``WorkerGuard`` wraps the coding loop of one run:

* In every process forked while it is active (spaCy's workers are forked on Linux), an at-fork
  hook asks the kernel to SIGKILL the worker when its parent dies (``prctl(PR_SET_PDEATHSIG)``,
  Linux), checks the parent is still there (it could die between ``fork`` and ``prctl``), starts
  a watchdog thread that exits when the parent pid changes (the fallback where ``prctl`` is not
  available), ignores SIGINT (Ctrl-C reaches the whole process group; the parent handles it and
  stops the workers, so no worker prints a traceback) and restores the default SIGTERM action.
* In the parent (when the run is in the main thread), SIGINT and SIGTERM first kill the workers,
  then raise ``Interrupted`` (a ``KeyboardInterrupt``, so no per-article ``except Exception``
  swallows it): the exception may surface inside spaCy's generator, whose ``finally`` joins the
  workers, so they must be gone by then.
* ``stop()`` SIGKILLs the workers started during the run and reaps them. ``watch()`` (around the
  coder's output) and ``feed()`` (around its input) call it whenever the run ends by an
  exception, before spaCy's generator is closed, so that close joins dead processes and returns
  at once. The workers hold nothing but parsed documents not
  yet written, so killing them loses nothing that is stored.
* A worker that dies on its own (the out-of-memory killer) used to hang the run too: the parent
  waits for ever on its pipe. A monitor thread notices the dead worker (Linux ``/proc``: a zombie
  child with a non-zero exit status) and interrupts the main thread, which stops the other workers
  and raises ``WorkerDied``. A worker killed by SIGINT or SIGTERM is most likely one of a process
  group that got a Ctrl-C: the parent got it too, so that death waits a moment for the parent's own
  handler (an interruption, E461), and only when that never comes is it a dead worker (E464).
"""

from __future__ import annotations

import multiprocessing
from contextlib import contextmanager
import os
import signal
import sys
import threading
import time
import traceback
import warnings
from collections.abc import Generator, Iterable, Iterator
from types import FrameType, TracebackType

WATCHDOG_SECONDS = 0.5      # how often a worker checks that its parent is alive (fallback to prctl)
GROUP_SIGNAL_GRACE = 2.0    # how long a worker dead by SIGINT/SIGTERM waits for the parent's own signal
JOIN_SECONDS = 5.0          # how long stop() waits for a killed worker to be reaped

_PR_SET_PDEATHSIG = 1
_guarded_parent: int | None = None     # pid of the process whose forks become guarded workers
_hook_installed = False


class Interrupted(KeyboardInterrupt):
    """The run was stopped by a signal (SIGINT is Python's own KeyboardInterrupt; SIGTERM raises this)."""

    def __init__(self, signum: int = signal.SIGINT):
        super().__init__(signal.Signals(signum).name)
        self.signum = int(signum)


class WorkerDied(Interrupted):
    """A parsing process died on its own (the out-of-memory killer, a crash) while the run needed it."""

    def __init__(self, how: str):
        super().__init__(signal.SIGINT)
        self.how = how


def _exit_status(pid: int) -> int | None:
    """The exit status of a child that has ended and is not reaped yet (Linux /proc), else None."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            fields = fh.read().rsplit(b")", 1)[1].split()
    except (OSError, IndexError):
        return None
    if fields[0] != b"Z" or len(fields) < 50:       # running, or a kernel without exit_code (before 3.5)
        return None
    return int(fields[49])


def _describe(status: int) -> str:
    if status & 0x7F:
        sig = status & 0x7F
        name = signal.Signals(sig).name if sig in signal.Signals._value2member_map_ else str(sig)
        return f"killed by {name}" + (", most likely by the out-of-memory killer" if sig == signal.SIGKILL else "")
    return f"exit status {status >> 8}"


def _set_pdeathsig(sig: int = signal.SIGKILL) -> bool:
    """Ask the Linux kernel to send ``sig`` to this process when its parent dies; False elsewhere."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(_PR_SET_PDEATHSIG, int(sig), 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _watch_parent(parent: int) -> None:
    while True:
        time.sleep(WATCHDOG_SECONDS)
        if os.getppid() != parent:
            os._exit(1)


def _after_fork_in_child() -> None:
    """At-fork hook: make a worker forked by a guarded run die with its parent."""
    global _guarded_parent
    parent, _guarded_parent = _guarded_parent, None   # a worker's own forks are not guarded again
    if parent is None:
        return
    _set_pdeathsig()
    if os.getppid() != parent:       # the parent died before prctl took effect
        os._exit(1)
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
    except ValueError:   # pragma: no cover - not the main thread of the child
        pass
    threading.Thread(target=_watch_parent, args=(parent,), name="foedus-parent-watchdog", daemon=True).start()


class WorkerGuard:
    """Context manager around the coding loop of one run (see the module docstring)."""

    def __init__(self, handle_signals: bool = True):
        self.handle_signals = handle_signals
        self._before: set[int | None] = set()
        self._old_handlers: dict = {}
        self._old_parent: int | None = None
        self._quiet: warnings.catch_warnings | None = None
        self._stopping = False
        self._done = threading.Event()
        self.died: str | None = None
        self._deferring = False
        self._pending: int | None = None
        self._signalled = False

    def __enter__(self) -> "WorkerGuard":
        global _guarded_parent, _hook_installed
        if not _hook_installed and hasattr(os, "register_at_fork"):
            os.register_at_fork(after_in_child=_after_fork_in_child)
            _hook_installed = True
        self._before = {p.pid for p in multiprocessing.active_children()}
        self._old_parent, _guarded_parent = _guarded_parent, os.getpid()
        # spaCy warns (W127) when a worker did not exit cleanly: after stop() that is on purpose, and
        # the warning can come late (when its generator is closed), so it is silenced for the run.
        self._quiet = warnings.catch_warnings()
        self._quiet.__enter__()
        warnings.filterwarnings("ignore", message=r"\[W127\]")
        if self.handle_signals and threading.get_ident() == threading.main_thread().ident:
            for signum in (signal.SIGINT, signal.SIGTERM):
                self._old_handlers[signum] = signal.signal(signum, self._interrupted) or signal.SIG_DFL
            if os.path.isdir("/proc/self"):
                threading.Thread(target=self._monitor, name="foedus-worker-monitor", daemon=True).start()
        return self

    @contextmanager
    def deferred(self) -> Iterator[None]:
        """Hold SIGINT/SIGTERM until the block ends (a batch written and counted). Raised inside a
        DuckDB call, the interruption would come back as DuckDB's own InterruptException, an
        ``Exception`` a store's error handling may take for a bad record and go on."""
        self._deferring = True
        try:
            yield
        finally:
            self._deferring = False
        if self._pending is not None:
            signum, self._pending = self._pending, None
            self._interrupted(signum, None)

    def _interrupted(self, signum: int, frame: FrameType | None) -> None:
        """SIGINT/SIGTERM: kill the workers *before* raising, since the exception may be raised inside
        spaCy's generator, whose ``finally`` joins the workers while it propagates."""
        self._signalled = True
        if self._deferring:
            self._pending = signum
            return
        self.stop()
        if self.died:
            raise WorkerDied(self.died)
        raise Interrupted(signum)

    def _monitor(self) -> None:
        """A worker that dies on its own leaves the parent blocked for ever on its pipe (its siblings
        hold the pipe's write end): notice it and interrupt the main thread (with SIGINT, which
        ``_interrupted`` turns into ``WorkerDied``)."""
        main = threading.main_thread().ident
        assert main is not None, "the main thread is running"
        while not self._done.wait(WATCHDOG_SECONDS):
            if self._stopping:
                continue
            try:
                # private, but not active_children(), which would reap (join) the children from this thread
                pids = [p.pid for p in list(multiprocessing.process._children)]  # type: ignore[attr-defined]
            except RuntimeError:      # the set changed while copied: next round
                continue
            for pid in pids:
                if pid is None or pid in self._before:
                    continue
                status = _exit_status(pid)
                if status and (status & 0x7F) in (signal.SIGINT, signal.SIGTERM) and not self._group_signal_missed():
                    return       # a Ctrl-C or SIGTERM to the process group: the parent's own handler reports it
                if status and not self._stopping and not self._signalled:
                    self.died = f"process {pid}, {_describe(status)}"
                    signal.pthread_kill(main, signal.SIGINT)
                    return

    def _group_signal_missed(self) -> bool:
        """A worker killed by SIGINT/SIGTERM was most likely hit by a signal to the whole process group
        (a terminal's Ctrl-C), which the parent gets too: wait for the parent's handler a moment, and
        only when it never runs (the worker alone was signalled) treat the death as a dead worker."""
        deadline = time.monotonic() + GROUP_SIGNAL_GRACE
        while time.monotonic() < deadline:
            if self._signalled or self._stopping or self._done.is_set():
                return False
            time.sleep(0.05)
        return not (self._signalled or self._stopping or self._done.is_set())

    def feed(self, items: Iterable) -> Iterator:
        """The coder's input. An exception raised while reading surfaces inside spaCy's generator (its
        sender pulls from here), whose ``finally`` joins the workers as it propagates: kill them first."""
        try:
            yield from items
        except GeneratorExit:
            raise
        except BaseException:
            self.stop()
            raise

    def watch(self, outputs: Generator) -> Iterator:
        """The coder's output. When the caller's loop ends by an exception (a failed write), this
        generator is closed as the loop unwinds: the workers are killed before the coder's generator
        (and so spaCy's, which joins them) is closed. Not ``yield from``, which would close it first."""
        try:
            for out in outputs:
                yield out
        except GeneratorExit:
            self.stop()
            outputs.close()
            raise
        except BaseException as exc:
            self.stop()
            # The traceback holds the coder's frames and so spaCy's suspended generator: release
            # them now, inside the guard, rather than whenever the caller drops the exception.
            traceback.clear_frames(exc.__traceback__)
            raise

    def workers(self) -> list:
        """The processes started since the guard was entered and still running."""
        return [p for p in multiprocessing.active_children() if p.pid not in self._before]

    def stop(self) -> int:
        """SIGKILL the workers of this run and reap them; returns how many were running."""
        self._stopping = True
        procs = self.workers()
        for proc in procs:
            try:
                proc.kill()
            except (OSError, ValueError):
                pass
        deadline = time.monotonic() + JOIN_SECONDS
        for proc in procs:
            proc.join(max(0.0, deadline - time.monotonic()))
        return len(procs)

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        global _guarded_parent
        _guarded_parent = self._old_parent
        self._done.set()
        if exc_type is not None:
            self.stop()
        for signum, handler in self._old_handlers.items():
            signal.signal(signum, handler)
        self._old_handlers.clear()
        if self._quiet is not None:
            self._quiet.__exit__(None, None, None)
            self._quiet = None


__all__ = ["WorkerGuard", "Interrupted", "WorkerDied"]
