"""Round 20b, helper precision20b: a ceasefire or truce agreed or accepted, whatever the preposition ("agreed a
truce", "agreed on a ceasefire", "accepted the ceasefire"), is a statement of intent to de-escalate (0356 intended,
as "agreed to a ceasefire"), not a truce declared (0871 asserted); a ceasefire announced or declared stays 0871."""

from __future__ import annotations

import pytest


def _codes(coder, text):
    return [(e.cameo, e.modality) for e in coder.code_text(text, date="2024-05-01").events]


@pytest.mark.parametrize("text", [
    "Chad and Libya agreed on a ceasefire after three days of fighting.",
    "Peru and Ecuador agreed a truce along their disputed border.",
    "The rebel commander accepted the ceasefire proposed by the regional bloc.",
])
def test_ceasefire_agreed_is_intent(coder, text):
    codes = _codes(coder, text)
    assert ("0356", "intended") in codes, codes
    assert not any(c == "0871" for c, _ in codes), codes


def test_ceasefire_declared_stays_a_truce(coder):
    codes = _codes(coder, "The rebels declared a unilateral ceasefire on Monday.")
    assert any(c == "0871" for c, _ in codes), codes
