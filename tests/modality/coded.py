"""What the factuality tests of this folder read of a coded text: each event's code, actors and modality."""

from __future__ import annotations

from typing import Any, Callable


def events_on(date: str) -> Callable[[Any, str], list[tuple[str, str, str, str]]]:
    """A reader of (CAMEO code, source code, target code, modality) for texts published on ``date``."""
    def events(coder: Any, text: str) -> list[tuple[str, str, str, str]]:
        return [(e.cameo, e.source.code if e.source else "", e.target.code if e.target else "", e.modality)
                for e in coder.code_text(text, date=date).events]
    return events


def has_event(events: list[tuple[str, str, str, str]], root: str, source: str, modality: str) -> bool:
    """Whether ``events`` (as ``events_on`` reads them) hold one of code prefix ``root``, a source code
    beginning with ``source`` and ``modality``."""
    return any(c.startswith(root) and s.startswith(source) and m == modality for c, s, _, m in events)
