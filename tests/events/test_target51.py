"""(target51) Targets the coder chose wrongly. Strikes on a state's own rebels in a neighbour fall on those rebels
(gold README: "strikes on anti-government militants in a neighbour target the militants' own REB code, not the
neighbour"), and fighters an armed group's name modifies stay that group's men beside aircraft. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from gold_helpers import triples


def _events(coder, text, date):
    """(code, source, target, modality) of each event, "" for an empty side (the shared ``coder`` fixture)."""
    return [(c, s or "", t or "", m) for s, t, c, m in triples(coder, text, date=date)]


@pytest.mark.parametrize(("text", "date"), [
    ("Turkish commandos and helicopter gunships attacked PKK fighters in the mountains near the Iraqi border.", "2011-10-20"),
    ("Turkish troops and warplanes chased PKK fighters into the Qandil mountains.", "2008-02-25"),
])
def test_fighters_a_group_names_are_its_men_beside_aircraft(coder, text, date):
    events = [e for e in _events(coder, text, date) if e[0][:2] == "19"]
    assert events and all(t == "TURREB" for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "date"), [
    ("Turkish jets bombed militant hideouts in northern Iraq, a day after a PKK ambush killed four soldiers.", "2012-06-20"),
    ("Turkish troops pushed into northern Iraq to hunt down Kurdish guerrillas after PKK raids on border posts.", "1995-03-21"),
])
def test_a_states_own_rebels_struck_in_a_neighbour_are_the_target(coder, text, date):
    events = [e for e in _events(coder, text, date) if e[0][:2] == "19" and e[1] == "TURMIL"]
    assert events and all(t == "TURREB" for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "date", "target"), [
    ("Israeli jets struck Hezbollah positions in southern Lebanon overnight.", "2024-09-20", "LBN"),
    ("Turkish artillery shelled Syrian army posts after a PKK attack near the border.", "2012-10-04", "SYR"),
])
def test_a_target_of_its_own_words_in_a_neighbour_stays(coder, text, date, target):
    events = [e for e in _events(coder, text, date) if e[0][:2] == "19"]
    assert events and all(t.startswith(target) for c, s, t, m in events), events


def test_a_border_crossing_keeps_the_neighbour(coder):
    events = [e for e in _events(coder, "Nicaraguan troops crossed into Honduras chasing Contra rebels, the Honduran army said.",
                                 "1986-12-07") if e[0][:2] == "19"]
    assert events and not any(t.endswith("REB") for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "date"), [
    ("The World Food Programme appealed for 30 million dollars in food aid for Malawians hit by the drought.", "2002-03-11"),
    ("UNICEF appealed for $25 million to feed and shelter children displaced by the fighting in Somalia.", "2007-04-02"),
])
def test_an_appeal_for_aid_is_not_aimed_at_those_it_would_help(coder, text, date):
    events = [e for e in _events(coder, text, date) if e[0].startswith("023")]
    assert events and all(t == "" for c, s, t, m in events), events


def test_an_appeal_keeps_the_side_it_asks(coder):
    events = [e for e in _events(coder, "Malawi appealed to the UN refugee agency for help in feeding Mozambican refugees.",
                                 "1988-03-11") if e[0].startswith("023")]
    assert events and all(t.startswith("IGOUNO") for c, s, t, m in events), events


def test_people_killed_by_a_states_strike_at_home_are_its_civilians(coder):
    events = [e for e in _events(coder, "A Burkinabe drone strike hit a cattle market in Djibo on Saturday, killing at least 12 "
                                        "people.", "2022-06-11") if e[0][:2] == "19"]
    assert events and all(t == "BFACVL" for c, s, t, m in events), events
