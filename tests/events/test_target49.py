"""(target49) Targets the coder chose wrongly. Land won back (192: recaptured, retook, regained, took back) is the
taker's own land (gold README: "a force retaking a place in its own country targets that country"): a foreign state
or its forces named only as whom the land was taken from is no target. Sentences written for these tests."""

from __future__ import annotations

import pytest

from gold_helpers import triples


def _events(coder, text, date):
    """(code, source, target, modality) of each event, "" for an empty side (the shared ``coder`` fixture)."""
    return [(c, s or "", t or "", m) for s, t, c, m in triples(coder, text, date=date)]


@pytest.mark.parametrize(("text", "date", "home"), [
    ("The Iraqi army recaptured the border town from Iranian forces after a two-day battle.", "1988-04-18", "IRQ"),
    ("Iraq said its forces had recaptured the marshland from Iran.", "1988-04-18", "IRQ"),
    ("Eritrean troops took back the hill posts from Ethiopian units on Sunday.", "2000-05-21", "ERI"),
])
def test_land_won_back_from_a_foreign_state_is_the_takers_own(coder, text, date, home):
    events = [e for e in _events(coder, text, date) if e[0] == "192"]
    assert events and all(t == home for c, s, t, m in events), events


def test_a_place_the_gazetteer_knows_keeps_its_country(coder):
    events = [e for e in _events(coder, "Russian forces recaptured Robotyne from Ukrainian troops.", "2023-08-20")
              if e[0] == "192"]
    assert events and all(t == "UKR" for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "date"), [
    ("Rebels attacked peacekeepers near Makeni, the United Nations said.", "2000-05-03"),
    ("Gunmen ambushed a patrol of peacekeepers near Kidal, the UN mission said.", "2019-03-14"),
    ("The interim government said it would no longer accept blue helmets on its soil.", "1995-06-01"),
])
def test_peacekeepers_of_no_nation_in_a_un_sentence_are_the_un_force(coder, text, date):
    events = _events(coder, text, date)
    assert any(t == "IGOUNOPKO" for c, s, t, m in events), events
    assert not any(t == "PKO" or s == "PKO" for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "date", "owner"), [
    ("Hundreds of students stormed the Danish embassy in Damascus and ransacked offices.", "2006-02-04", "DNK"),
    ("An angry crowd broke into the Saudi consulate in Mashhad and looted rooms.", "2016-01-03", "SAU"),
])
def test_an_act_joined_to_one_on_a_foreign_mission_falls_on_the_missions_state(coder, text, date, owner):
    events = [e for e in _events(coder, text, date) if e[0][:2] == "17"]
    assert events and all(t.startswith(owner) for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "date"), [
    ("The Chadian government said it would not accept foreign troops on its territory.", "2008-02-10"),
    ("Niger's military government said it would not allow foreign troops on its soil.", "2023-09-02"),
])
def test_foreign_forces_of_no_named_state_are_no_target(coder, text, date):
    events = _events(coder, text, date)
    assert events and not any(t in {"MIL", "COP"} for c, s, t, m in events), events
