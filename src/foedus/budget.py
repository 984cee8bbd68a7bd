"""A time budget per article, so that no piece of input can stall a run.

``with budget.limit(seconds, id=..., where=...):`` runs the coding of one article; when the
article is still being coded ``seconds`` after it started, the work is interrupted and
``ArticleTimeout`` (an ``InputError``, code E120) comes out of the ``with``: callers turn it into
the article's error record and go on with the next article. ``seconds`` of 0 (or None) means no
limit. ``foedus code``, ``foedus ingest`` and ``foedus batch`` share it through
``Coder.code_inputs(..., time_limit=...)`` (option ``--time-limit``, default ``DEFAULT_SECONDS``).

How the work is interrupted, in this order of preference:

* **The main thread** (``foedus code``, ``foedus ingest``, ``foedus batch --engine local``): a
  ``SIGALRM`` from ``setitimer``. Its handler raises at the next Python bytecode, so a pure-Python
  endless loop stops; a blocking system call (``sleep``) is interrupted too. Used only when nobody
  else has a SIGALRM handler or a running real-time timer (pytest-timeout, a user's own alarm);
  then the watchdog below is used instead.
* **Any other thread** (Dask worker threads, where signals cannot be delivered; a web server's
  threads): one watchdog thread per process waits for the earliest deadline and raises the
  exception in the late thread with ``PyThreadState_SetAsyncExc`` (CPython's asynchronous
  exception, delivered at that thread's next bytecode; spaCy needs CPython anyway).
* **Cooperatively**: ``check()`` raises when the deadline has passed; the coder calls it once per
  sentence, which also covers an interpreter without asynchronous exceptions.

Both pre-emptive ways raise ``_Expired``, a ``BaseException``, so that no ``except Exception`` in
a coding stage can swallow it; it is re-raised every ``REPEAT_SECONDS`` until the article gives
up, and it is turned into ``ArticleTimeout`` only here, at the ``with``. Neither can stop
compiled code in the middle of a call (the spaCy parser, a regular expression): the interruption
comes when that call returns. The budget therefore covers what foedus does with an article after
spaCy has parsed it (actors, events, dates, places, quotes, commitments, policies: the pure-Python
tree walks where an endless loop can hide); the parse itself is spaCy's compiled code, linear in
the text once the readers have broken long runs without spaces (W122, on which the tokenizer is
quadratic), and bounded by the 1,000,000-character cut (E111).
"""

from __future__ import annotations

import ctypes
import inspect
import math
import os
import signal
import sys
import threading
import time
from types import TracebackType

from .errors import Errors, InputError

DEFAULT_SECONDS = 60.0      # per article once parsed: news articles take well under a second, 200,000 characters ~8 s
REPEAT_SECONDS = 0.5        # re-raise this often after the deadline, should something swallow it
MAX_SECONDS = 1e7           # longer limits are this one (timers overflow beyond)


class ArticleTimeout(InputError):
    """An article was still being coded when its time budget ran out (E120)."""

    def __init__(self, message: str, id: str | None = None, stage: str | None = None):
        super().__init__(message)
        self.id = id
        self.stage = stage


class _Expired(BaseException):
    """Raised inside the late article's code; a BaseException so stages' ``except Exception`` let it pass."""


def parse_limit(value, option: str = "--time-limit") -> float:
    """Seconds as a float >= 0 (0 = no limit), or InputError E122."""
    if value is None:
        return 0.0
    try:
        seconds = float(value) if not isinstance(value, bool) else math.nan
    except (TypeError, ValueError):
        seconds = math.nan
    if not math.isfinite(seconds) or seconds < 0:
        raise InputError(Errors.E122.format(option=option, value=value))
    return min(seconds, MAX_SECONDS)


_local = threading.local()


def check() -> None:
    """Raise (as the pre-emptive ways do) when the current thread's article is past its deadline."""
    current = getattr(_local, "budget", None)
    if current is not None and current.deadline is not None and time.monotonic() > current.deadline:
        current.fired = True
        raise _Expired()


class limit:  # noqa: N801 - used as ``with budget.limit(...)``
    """Context manager: at most ``seconds`` for the block, else ``ArticleTimeout`` (see the module docstring)."""

    def __init__(self, seconds: float | None, id: str | None = None, where: str | None = None):
        self.seconds = parse_limit(seconds)
        self.id = id
        self.where = where or id or "the text"
        self.deadline: float | None = None
        self.fired = False
        self.mode: str | None = None       # "signal" | "watchdog" | None (no limit)
        self._thread_id: int | None = None
        self._previous_handler = None
        self._outer = None
        self._installed = False

    # ---- arming -----------------------------------------------------------------------------------
    def __enter__(self) -> "limit":
        self._outer = getattr(_local, "budget", None)
        if not self.seconds:
            return self
        self.deadline = time.monotonic() + self.seconds
        if self._outer is not None and self._outer.deadline is not None and self._outer.deadline <= self.deadline:
            # nested inside a tighter budget (code_text within a coding run): the outer one rules
            self.deadline = None
            return self
        _local.budget = self
        self._installed = True
        if _can_use_alarm():
            self.mode = "signal"
            self._previous_handler = signal.signal(signal.SIGALRM, self._on_alarm)
            signal.setitimer(signal.ITIMER_REAL, self.seconds, REPEAT_SECONDS)
        else:
            self.mode = "watchdog"
            self._thread_id = threading.get_ident()
            _WATCHDOG.watch(self)
        return self

    def _on_alarm(self, signum, frame) -> None:
        if self.mode == "signal":
            self.fired = True
            raise _Expired()

    # ---- disarming --------------------------------------------------------------------------------
    def _disarm(self) -> None:
        """Idempotent: ``__exit__`` repeats it when a late interruption lands in the middle of it."""
        if self.mode == "signal":
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self._previous_handler if self._previous_handler is not None
                          else signal.SIG_DFL)
        elif self.mode == "watchdog":
            _WATCHDOG.unwatch(self)
        self.mode = None
        if self._installed:
            _local.budget = self._outer
            self._installed = False

    def __exit__(self, kind, exc, tb: TracebackType | None) -> bool:
        while True:
            try:
                self._disarm()
                break
            except _Expired:    # delivered as the article ended: its work is complete, keep it
                continue
        if isinstance(exc, _Expired):
            stage = _stage(tb)
            raise ArticleTimeout(Errors.E120.format(where=self.where, id=self.id or "-", limit=f"{self.seconds:g}",
                                                    stage=stage), id=self.id, stage=stage) from None
        return False


def _can_use_alarm() -> bool:
    """SIGALRM is ours to use: Unix, the main thread, no other handler and no running timer."""
    if not hasattr(signal, "setitimer") or threading.current_thread() != threading.main_thread():
        return False
    try:
        handler = signal.getsignal(signal.SIGALRM)
        running = signal.getitimer(signal.ITIMER_REAL)[0] > 0
    except (ValueError, OSError):
        return False
    return handler in (signal.SIG_DFL, signal.SIG_IGN, None) and not running


def _stage(tb: TracebackType | None) -> str:
    """The innermost foedus function that was running when the time ran out, e.g. ``foedus.coder.dates._clause_head``."""
    found = "coding"
    while tb is not None:
        module = tb.tb_frame.f_globals.get("__name__", "")
        if module.startswith("foedus") and module != __name__:
            found = f"{module}.{tb.tb_frame.f_code.co_name}"
        tb = tb.tb_next
    return found


class _Watchdog:
    """One daemon thread per process: raises ``_Expired`` in threads whose article is past its deadline."""

    def __init__(self):
        self._cond = threading.Condition()
        self._budgets: set[limit] = set()
        self._thread: threading.Thread | None = None

    def reset(self) -> None:
        """In a forked child: the parent's watchdog thread and lock state do not exist there."""
        self._cond = threading.Condition()
        self._budgets = set()
        self._thread = None

    def watch(self, budget: limit) -> None:
        with self._cond:
            self._budgets.add(budget)
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="foedus-budget-watchdog", daemon=True)
                self._thread.start()
            self._cond.notify()

    def unwatch(self, budget: limit) -> None:
        with self._cond:
            self._budgets.discard(budget)
            if budget.fired:
                # a raised exception may still be pending in that thread: clear it, the article is over
                _set_async_exc(budget._thread_id, None)

    def _run(self) -> None:
        with self._cond:
            while True:
                now = time.monotonic()
                wait = None
                for budget in list(self._budgets):
                    if budget.deadline is None:
                        continue
                    if now >= budget.deadline:
                        budget.fired = True
                        _set_async_exc(budget._thread_id, _Expired)
                        budget.deadline = now + REPEAT_SECONDS
                    left = budget.deadline - now
                    wait = left if wait is None else min(wait, left)
                self._cond.wait(timeout=wait)


def _set_async_exc(thread_id: int | None, exc_type) -> None:
    if thread_id is None or sys.implementation.name != "cpython":
        return
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id),
                                               ctypes.py_object(exc_type) if exc_type is not None else None)


_WATCHDOG = _Watchdog()
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_WATCHDOG.reset)


def code_inputs(coder, inputs, n_process: int = 1, time_limit: float | None = DEFAULT_SECONDS):
    """``coder.code_inputs(inputs, n_process=..., time_limit=...)``, for ingest and batch.

    A coder of one's own (a test stub, an older class) whose ``code_inputs`` takes no
    ``time_limit`` is called without it: the budget lives in ``pipeline.Coder``.
    """
    try:
        takes_limit = "time_limit" in inspect.signature(coder.code_inputs).parameters
    except (TypeError, ValueError):
        takes_limit = False
    if takes_limit:
        return coder.code_inputs(inputs, n_process=n_process, time_limit=time_limit)
    return coder.code_inputs(inputs, n_process=n_process)


__all__ = ["DEFAULT_SECONDS", "ArticleTimeout", "limit", "check", "parse_limit", "code_inputs"]
