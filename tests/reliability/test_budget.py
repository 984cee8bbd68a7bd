"""foedus.budget on its own (no spaCy): it stops a pure-Python endless loop, in the main thread by
SIGALRM and in any other thread by the watchdog, and leaves nothing armed behind."""

from __future__ import annotations

import signal
import threading
import time

import pytest

from foedus import budget
from foedus.budget import ArticleTimeout
from foedus.errors import InputError


def spin_forever():
    n = 0
    while True:
        n += 1


def spin_and_swallow():
    """An endless loop whose ``except Exception`` would swallow an ordinary exception."""
    while True:
        try:
            sum(range(100))
        except Exception:
            pass


def _timed(fn, seconds, **kw):
    t0 = time.monotonic()
    with pytest.raises(ArticleTimeout) as info:
        with budget.limit(seconds, **kw):
            fn()
    return time.monotonic() - t0, info.value


def test_the_main_thread_is_stopped_by_the_alarm():
    took, exc = _timed(spin_forever, 0.3, id="loop-1", where="in.jsonl:3")
    assert 0.25 < took < 5
    assert "[E120]" in str(exc) and "loop-1" in str(exc) and "in.jsonl:3" in str(exc)
    assert exc.id == "loop-1" and exc.stage == "coding"   # no foedus function was running
    assert isinstance(exc, InputError)
    # nothing left armed: the handler is back and no timer runs
    assert signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, None)
    assert signal.getitimer(signal.ITIMER_REAL)[0] == 0


def test_a_stage_that_swallows_exceptions_is_stopped_all_the_same():
    took, exc = _timed(spin_and_swallow, 0.3)
    assert took < 5 and "[E120]" in str(exc)


def test_another_thread_is_stopped_by_the_watchdog():
    outcome: dict = {}

    def worker():
        try:
            took, exc = _timed(spin_and_swallow, 0.3, id="t-1")
            outcome["took"], outcome["message"] = took, str(exc)
            # after the budget the thread runs on, undisturbed by a late exception
            time.sleep(0.8)
            outcome["after"] = "ok"
        except BaseException as exc:  # noqa: BLE001 - reported to the test thread
            outcome["error"] = repr(exc)

    t = threading.Thread(target=worker)
    t.start()
    t.join(20)
    assert not t.is_alive()
    assert "error" not in outcome, outcome
    assert outcome["took"] < 5 and "t-1" in outcome["message"] and outcome["after"] == "ok"


def test_work_within_the_budget_is_untouched_and_nothing_fires_later():
    with budget.limit(0.3):
        value = sum(range(1000))
    time.sleep(0.8)   # past the old deadline: no stray alarm or pending exception
    assert value == 499500


def test_zero_means_no_limit_and_bad_values_are_e122():
    with budget.limit(0) as b:
        time.sleep(0.05)
    assert b.mode is None
    assert budget.parse_limit("2.5") == 2.5 and budget.parse_limit(None) == 0.0
    assert budget.parse_limit("1e300") == budget.MAX_SECONDS
    with budget.limit("1e300") as long:
        pass
    assert long.seconds == budget.MAX_SECONDS
    for bad in ("-1", "soon", "nan", "inf", True):
        with pytest.raises(InputError, match=r"\[E122\]"):
            budget.parse_limit(bad)


def test_the_cooperative_check_raises_past_the_deadline_only():
    budget.check()    # no budget: nothing to do
    with pytest.raises(ArticleTimeout):
        with budget.limit(5) as b:
            b.deadline = time.monotonic() - 1   # as if five seconds had gone by
            budget.check()


def test_someone_elses_alarm_is_left_alone():
    fired = []
    previous = signal.signal(signal.SIGALRM, lambda *a: fired.append(1))
    try:
        took, exc = _timed(spin_forever, 0.3)          # the watchdog stands in for the alarm
        assert took < 5
        assert signal.getsignal(signal.SIGALRM) is not signal.SIG_DFL
    finally:
        signal.signal(signal.SIGALRM, previous)
    assert fired == []


def test_the_time_limit_reaches_coders_that_take_one_and_spares_the_others():
    class Old:
        def code_inputs(self, inputs, n_process=1, batch_size=16):
            return [("old", n_process)]

    class New:
        def code_inputs(self, inputs, n_process=1, batch_size=16, time_limit=None):
            return [("new", time_limit)]

    assert budget.code_inputs(Old(), [], n_process=2, time_limit=5) == [("old", 2)]
    assert budget.code_inputs(New(), [], time_limit=5) == [("new", 5)]
