"""(unreal59) Statements of intent that were not made, and acts that did not happen.

An act named inside the object of an infinitive asked of someone ("asked Moscow to set a date for withdrawing its
troops", "urged Hanoi to draw up a timetable for pulling out its forces") is asked too: the asker's appeal or demand
is coded, not an intent (03x) of the one asked. Sentences written for these tests."""

from __future__ import annotations

import pytest

from gold_helpers import triples


def _events(coder, text, date):
    """(code, source, target, modality) of each event, "" for an empty side (the shared ``coder`` fixture)."""
    return [(c, s or "", t or "", m) for s, t, c, m in triples(coder, text, date=date)]


@pytest.mark.parametrize(("text", "asker", "asked"), [
    ("Latvia asked Moscow on Tuesday to set a date for withdrawing its troops from the country.", "LVA", "RUS"),
    ("Thailand urged Vietnam to draw up a timetable for pulling its forces out of Cambodia.", "THA", "VNM"),
])
def test_an_act_in_the_object_of_what_is_asked_is_no_intent(coder, text, asker, asked):
    events = _events(coder, text, "2019-06-01")
    assert any(c[:2] in {"02", "10"} and s[:3] == asker and t[:3] == asked and m == "asserted"
               for c, s, t, m in events), events
    assert not any(c[:2] == "03" and s[:3] == asked for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "event"), [
    ("Moscow agreed on Tuesday to set a date for withdrawing its troops from Latvia.", ("03", "RUS")),
])
def test_an_agreed_timetable_stays_an_intent(coder, text, event):
    """Guard: agreeing to set the date is the agreeing side's own intent."""
    events = _events(coder, text, "2019-06-01")
    assert any(c[:2] == event[0] and s[:3] == event[1] and m == "intended" for c, s, t, m in events), events
