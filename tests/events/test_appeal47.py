"""(appeal47) Appeals and investigations the coder missed. An inquiry opened "over" a cause ("opened an investigation
into the ministry over missing funds") is opened: only an inquiry "into" or "on" a gerund weighs an act ("looking into
supplying tanks"). A request overridden ("despite appeals for clemency from the Commonwealth") was made: the requester's
appeal (020) to the one who went ahead; so was a demand rejected (100), while a call rejected is left to the rejection.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from gold_helpers import triples


def _events(coder, text, date):
    """(code, source, target, modality) of each event, "" for an empty side (the shared ``coder`` fixture)."""
    return [(c, s or "", t or "", m) for s, t, c, m in triples(coder, text, date=date)]


@pytest.mark.parametrize(("text", "date", "source"), [
    ("Kenya's ethics commission opened an investigation into the finance ministry over missing road funds.",
     "2019-03-04", "KEN"),
    ("Peru's prosecutors opened a probe into the mayor of Lima over missing housing money.", "2021-06-14", "PER"),
])
def test_an_inquiry_opened_over_a_cause_is_an_investigation(coder, text, date, source):
    events = _events(coder, text, date)
    assert any(c[:2] == "09" and s.startswith(source) and m == "asserted" for c, s, t, m in events), events


def test_an_inquiry_into_a_gerund_still_weighs_the_act(coder):
    events = _events(coder, "Germany said it was looking into supplying tanks to Ukraine.", "2022-09-10")
    assert not any(c[:2] == "09" and m == "asserted" for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "date", "requester", "addressee"), [
    ("Iran executed the two protesters on Saturday despite appeals for clemency from the European Union.",
     "2023-01-07", "IGOEUR", "IRN"),
    ("Belarus jailed the opposition leader for eleven years despite a call from Poland to free her.", "2021-09-06",
     "POL", "BLR"),
])
def test_a_request_overridden_was_made(coder, text, date, requester, addressee):
    events = _events(coder, text, date)
    assert any(c[:2] == "02" and s.startswith(requester) and t.startswith(addressee) and m == "asserted"
               for c, s, t, m in events), events


def test_a_demand_rejected_is_left_to_the_rejection(coder):
    # (ask58) a demand only the object of a refusal is not coded beside it (gold README: "in retaliation for X" codes X
    # ..., not when X is only the object of a verbal reaction, "rebuffed Pyongyang's demand"); the rejection is aimed at
    # the demander
    events = _events(coder, "Chile's government rejected Bolivia's demand for access to the Pacific.", "2013-04-24")
    assert not any(c[:2] == "10" for c, s, t, m in events), events
    assert any(c[:2] == "12" and s.startswith("CHL") and t.startswith("BOL") and m == "asserted"
               for c, s, t, m in events), events


def test_a_call_rejected_is_left_to_the_rejection(coder):
    events = _events(coder, "Serbia rejected calls from Brussels to impose sanctions on Moscow.", "2022-05-04")
    assert not any(c[:2] == "02" for c, s, t, m in events), events
