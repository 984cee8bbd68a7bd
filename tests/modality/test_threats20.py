"""Round 20: a threat made with a threat-making verb is made even when the act it threatens hangs on a condition.

"Threatened sanctions if ...", "warned it would retaliate if ...", "warned of retaliation if ..." tell a warning
that was given: the threat (CAMEO 13x) is asserted (the gold convention since blind4: 21 of 26 such threats
in the blind tune sentences). A consequence said without a threat-making verb ("said it would strike if ...",
"will impose sanctions if ...") stays conditional, and so does a warning that is itself only a condition or
negated. Our own sentences (invented wording).
"""

from __future__ import annotations

import pytest
from coded import events_on, has_event

from foedus.coder import modality

_events = events_on("2024-05-01")


@pytest.mark.parametrize("text, source", [
    ("Hanoi threatened to retaliate if Chinese ships kept entering its waters near the Paracel Islands.", "VNM"),
    ("The Kenyan government threatened Uganda with trade sanctions unless it reopened the border crossing.", "KEN"),
    ("Algeria warned Morocco that it would respond with force if its troops crossed the frontier.", "DZA"),
    ("Tokyo warned of firm countermeasures if Beijing went ahead with the gas drilling.", "JPN"),
])
def test_threat_on_a_condition_is_made(coder, text, source):
    events = _events(coder, text)
    assert has_event(events, "13", source, "asserted"), events


@pytest.mark.parametrize("text", [
    "Algeria said it would strike Moroccan positions if the raids continued.",
    "The United States will impose sanctions on Nicaragua if the vote is rigged.",
])
def test_consequence_without_a_threat_verb_stays_conditional(coder, text):
    events = _events(coder, text)
    threats = [e for e in events if e[0].startswith("13")]
    assert threats and all(m == "conditional" for *_, m in threats), events


def test_the_condition_itself_is_no_threat_made(nlp):
    doc = nlp("Warsaw warned that it would close the border if Minsk did not withdraw its troops.")
    withdraw = next(t for t in doc if t.lower_ == "withdraw")
    warned = next(t for t in doc if t.lower_ == "warned")
    close = next(t for t in doc if t.lower_ == "close")
    assert modality.threat_made_on_condition(close)
    assert modality.threat_made_on_condition(warned)
    assert not modality.threat_made_on_condition(withdraw)


@pytest.mark.parametrize("text", [
    "If Minsk warns it will close the border, Warsaw will recall its ambassador.",
    "Warsaw did not threaten to close the border if Minsk kept its troops there.",
])
def test_a_warning_under_a_condition_or_negated_is_not_made(nlp, text):
    doc = nlp(text)
    close = next(t for t in doc if t.lower_ == "close")
    assert not modality.threat_made_on_condition(close)
