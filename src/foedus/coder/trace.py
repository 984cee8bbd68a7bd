"""A recorder the coding stages tell what they kept, changed or dropped, and why (``foedus explain``).

Off unless :func:`recording` turns it on for the current context (a ``contextvars`` variable, so
threads and async tasks of a server never see another's recording). Off, every hook is one lookup
of that variable and a return: the coder pays nothing measurable (docs/explain.md, "Cost").

Hooks a stage may call (one line each, at the point where it decides):

- :func:`drop` ``(token, code, reason)``: the stage dropped the act of ``token`` (a verb or noun) that
  the dictionaries coded ``code``, e.g. ``trace.drop(verb, code, "no source actor found")``;
- :func:`stage` ``(name, candidates)``: the candidates as they stand after stage ``name``; the
  explanation compares consecutive stages (what was dropped, whose target or code changed);
- :func:`finished` ``(candidate, event)``: the event a candidate became;
- :func:`note` ``(key, value)``: anything else worth keeping for the explanation (the article's
  actor mentions, the sentence coder).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Token


@dataclass(frozen=True)
class Drop:
    """A stage's word on one trigger: it coded nothing there, and why."""

    token: int       # the trigger's index in the doc
    code: str | None
    reason: str


@dataclass(frozen=True)
class Snapshot:
    """One candidate as it stood after a stage: the object (kept alive by the recorder) and its fields."""

    cand: Any
    trigger: int
    code: str
    pattern: str
    source: str | None
    target: str | None
    modality: str


@dataclass
class Recorder:
    """What the stages told while it was on."""

    drops: list[Drop] = field(default_factory=list)
    stages: list[tuple[str, int, list[Snapshot]]] = field(default_factory=list)  # (name, sentence start, ...)
    finished: list[tuple[Any, Any]] = field(default_factory=list)               # (candidate, event)
    notes: dict[str, Any] = field(default_factory=dict)


_current: ContextVar[Recorder | None] = ContextVar("foedus_trace", default=None)


def active() -> Recorder | None:
    """The recorder on in this context, or None (the coder's normal state)."""
    return _current.get()


@contextmanager
def recording() -> Iterator[Recorder]:
    """Turn the recorder on for the code inside the ``with`` block (this context only)."""
    rec = Recorder()
    reset = _current.set(rec)
    try:
        yield rec
    finally:
        _current.reset(reset)


def drop(token: Token, code: str | None, reason: str) -> None:
    """The act of ``token`` (coded ``code`` by the dictionaries) is dropped here because of ``reason``."""
    rec = _current.get()
    if rec is not None:
        rec.drops.append(Drop(token=token.i, code=code, reason=reason))


def _actor(named: Any) -> str | None:
    return None if named is None else f"{named.code} ({named.text})"


def stage(name: str, cands: Iterable[Any], sentence: int = -1) -> None:
    """The candidates after stage ``name`` (of the sentence starting at token ``sentence``)."""
    rec = _current.get()
    if rec is not None:
        snaps = [Snapshot(cand=c, trigger=c.trigger.i, code=c.code, pattern=c.pattern, source=_actor(c.source),
                          target=_actor(c.target), modality=c.modality) for c in cands]
        start = sentence if sentence >= 0 else (snaps[0].cand.trigger.sent.start if snaps else -1)
        rec.stages.append((name, start, snaps))


def finished(cand: Any, event: Any) -> None:
    """``cand`` became ``event`` (a ``schema.Event``)."""
    rec = _current.get()
    if rec is not None:
        rec.finished.append((cand, event))


def note(key: str, value: Any) -> None:
    """Keep ``value`` under ``key`` for the explanation."""
    rec = _current.get()
    if rec is not None:
        rec.notes[key] = value
