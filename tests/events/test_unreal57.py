"""(unreal57) A protest that only might follow on a condition, with no threat-making verb, is the protest, not a threat.

"The opposition said it might boycott the runoff unless observers were allowed in", "parties said they might march on
the presidency if the vote was postponed": the boycott or march is coded as itself (143, 141) and does not count as
happened (gold README: "might boycott unless X" the boycott considered and X conditional), not as a threat of dissent
(133) made. With a threat-making verb ("threatened to boycott ... unless", "warned it would stage protests if") the
threat was made and stays a 13x, asserted. "Would boycott unless" is left as it was: the gold is split on it (the
README's "would strike unless X" the strike 143 against tune lines coding the threat 133).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from gold_helpers import triples


def _events(coder, text, date):
    """(code, source, target, modality) of each event, "" for an empty side (the shared ``coder`` fixture)."""
    return [(c, s or "", t or "", m) for s, t, c, m in triples(coder, text, date=date)]


@pytest.mark.parametrize(("text", "event"), [
    ("Zimbabwe's opposition party said it might boycott the presidential runoff unless foreign observers were "
     "allowed in.", ("143", "ZWEOPP", "ZWEGOV", "conditional")),
    ("Opposition parties in Togo said they might march on the presidency if the vote was postponed again.",
     ("141", "TGOOPP", "TGOGOV", "conditional")),
])
def test_a_protest_that_might_follow_on_a_condition_is_the_protest(coder, text, event):
    events = _events(coder, text, "2019-06-01")
    assert event in events, events
    assert not any(c[:2] == "13" for c, s, t, m in events), events


@pytest.mark.parametrize("text", [
    "Peru's opposition threatened to boycott the runoff unless the electoral board agreed to a recount.",
    "The Kenyan opposition warned it would stage mass protests if the election results were announced.",
])
def test_a_threat_made_with_a_threat_verb_stays_a_threat(coder, text):
    events = _events(coder, text, "2019-06-01")
    assert any(c[:2] == "13" and m == "asserted" for c, s, t, m in events), events
