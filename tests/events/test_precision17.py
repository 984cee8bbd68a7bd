"""Round 17, helper precision17: people of the money markets (investors, traders, speculators) who "storm",
"attack", "retreat" or "pull back" are trading, and a price or a stock that "retreats" yields nothing (our own
sentences); troops that retreat and traders who strike against a tax are still coded."""

from __future__ import annotations

import pytest


def _codes(coder, text):
    return [(e.cameo, e.modality) for e in coder.code_text(text, date="2024-05-01").events]


@pytest.mark.parametrize("text", [
    "Investors stormed into Indian bank shares on Tuesday.",
    "Traders pulled back from risky assets ahead of the Fed meeting.",
    "Speculators attacked the pound, forcing Britain out of the exchange rate mechanism.",
    "Rival carmakers' stocks retreated on Friday, traders said.",
])
def test_market_moves_are_no_events(coder, text):
    assert _codes(coder, text) == []


def test_troops_that_retreat_still_retreat(coder):
    codes = _codes(coder, "Russian troops retreated from Kherson on Friday.")
    assert any(c.startswith("087") for c, _ in codes), codes


def test_traders_strike_is_still_a_protest(coder):
    codes = _codes(coder, "Market traders in Lagos staged a strike against new municipal taxes.")
    assert any(c.startswith("14") for c, _ in codes), codes
