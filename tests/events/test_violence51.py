"""(violence51) Two sides fighting. A fight told by a finite verb whose object is the other armed side is each side's
force on the other (not a participle that only describes one side, nor a side's own account of its fight).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from gold_helpers import triples


def _events(coder, text, date):
    """(code, source, target, modality) of each event, "" for an empty side (the shared ``coder`` fixture)."""
    return [(c, s or "", t or "", m) for s, t, c, m in triples(coder, text, date=date)]


def _fight(events, source, target):
    return any(c[:2] == "19" and s[3:6] == source and t[3:6] == target and m == "asserted"
               for c, s, t, m in events)


@pytest.mark.parametrize(("text", "date", "one", "other"), [
    ("Colombian troops fought FARC guerrillas in the hills of Cauca for a second day.", "2008-03-12", "MIL", "REB"),
    ("Malian soldiers battled jihadist fighters near Menaka on Sunday.", "2022-06-05", "MIL", "REB"),
])
def test_a_fight_with_the_other_side_as_object_is_both_ways(coder, text, date, one, other):
    events = _events(coder, text, date)
    assert _fight(events, one, other), events
    assert _fight(events, other, one), events


def test_a_side_telling_of_its_own_fight_tells_its_own_act(coder):
    events = _events(coder, "The Kachin Independence Army said it had fought Myanmar soldiers near Bhamo.",
                     "2024-12-06")
    assert _fight(events, "REB", "MIL"), events
    assert not _fight(events, "MIL", "REB"), events


@pytest.mark.parametrize(("text", "date"), [
    ("The Malian army said it had repelled the jihadists' advance overnight.", "2021-02-14"),
    ("Nigerian troops beat back an attempt by Boko Haram fighters to enter Monguno, the army said.", "2019-08-02"),
])
def test_a_move_of_armed_men_repelled_was_their_attack(coder, text, date):
    events = _events(coder, text, date)
    assert _fight(events, "REB", "MIL"), events


def test_a_passive_repelling_reported_by_an_army_is_the_armys_own(coder):
    events = _events(coder, "Militants who stormed a police post near Bannu were repulsed, the Pakistani army said.",
                     "2023-07-11")
    assert any(c[:2] == "19" and s[:6] == "PAKMIL" and t[3:6] == "REB" and m == "asserted"
               for c, s, t, m in events), events
