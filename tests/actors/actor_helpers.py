"""Helpers shared by the actor tests that code whole sentences."""

from __future__ import annotations


def root_pairs(coder, text: str, date: str = "2024-05-01") -> set[tuple[str, str, str]]:
    """(CAMEO root, source code, target code) of every event coded in ``text``; "" for an empty side."""
    result = coder.code_text(text, date=date)
    return {(e.cameo[:2], e.source.code if e.source else "", e.target.code if e.target else "")
            for e in result.events}
