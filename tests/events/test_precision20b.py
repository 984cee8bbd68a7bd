"""Round 20b, helper precision20b: a ceasefire or truce agreed or accepted, whatever the preposition ("agreed a
truce", "agreed on a ceasefire", "accepted the ceasefire"), is a statement of intent to de-escalate (0356 intended,
as "agreed to a ceasefire"), not a truce declared (0871 asserted); a ceasefire announced or declared stays 0871.
A status, autonomy or licence revoked or abolished is an administrative sanction (172), no concession (080)."""

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


@pytest.mark.parametrize("text", [
    "New Delhi revoked the special status of the region on Monday.",
    "Belgrade abolished the province's autonomy in 1989.",
    "The regulator revoked the broadcaster's licence.",
])
def test_status_or_licence_revoked_is_a_sanction(coder, text):
    codes = _codes(coder, text)
    assert any(c.startswith("172") for c, _ in codes), codes
    assert not any(c == "080" for c, _ in codes), codes


def test_ban_scrapped_is_still_eased(coder):
    codes = _codes(coder, "The government scrapped the ban on protests.")
    assert any(c.startswith("08") for c, _ in codes), codes
