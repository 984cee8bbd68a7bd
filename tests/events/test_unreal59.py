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


@pytest.mark.parametrize(("text", "source"), [
    ("Pakistan threatened to withdraw its recognition of any state that recognised Bangladesh.", "PAK"),
    ("Beijing warned that it would break relations with any country that established diplomatic ties with Taiwan.",
     "CHN"),
    ("The rebels threatened to shoot down any foreign plane that landed in Kabalo.", "COD"),
])
def test_a_threat_at_anyone_of_a_kind_has_no_named_target(coder, text, source):
    """(unreal59) An actor named in the relative clause that marks out "any country that ..." is not whom the threat is
    aimed at, and a state or a party from abroad so marked out is no one at home: the threat has no target."""
    events = _events(coder, text, "1975-06-01")
    assert any(c[:2] == "13" and s[:3] == source and t == "" for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "event"), [
    ("The junta threatened to jail any journalist who criticised the army.", ("13", "MIL", "MED")),
])
def test_a_threat_at_anyone_at_home_keeps_its_target(coder, text, event):
    """Guard: people at home marked out by "any ... who" stay the threat's target."""
    events = _events(coder, text, "2019-06-01")
    assert any(c[:2] == event[0] and s.endswith(event[1]) and t.endswith(event[2]) for c, s, t, m in events), events
