"""(violence50) Violence and force postures the coder missed. Forces sent somewhere in a passive with no agent are their
own state's deployment (154) also when they are named by the ministry they serve ("Interior Ministry troops"), and an
army or troops called in or out are deployed; forces beginning or extending drills show force (150), a live-fire drill
opening no fire; harm done by people going about is their act; weapons intercepted with no launcher named were still
fired at the defenders' country. Sentences written for these tests."""

from __future__ import annotations

import pytest

from gold_helpers import triples


def _events(coder, text, date):
    """(code, source, target, modality) of each event, "" for an empty side (the shared ``coder`` fixture)."""
    return [(c, s or "", t or "", m) for s, t, c, m in triples(coder, text, date=date)]


def test_ministry_troops_sent_in_a_passive_are_deployed(coder):
    events = _events(coder, "Soviet Interior Ministry troops were sent to the Armenian capital after a week of "
                     "strikes and rallies, Tass said.", "1988-09-22")
    assert any(c[:3] == "154" and s[:3] == "SUN" and m == "asserted" for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "date", "country"), [
    ("Rioters looted shops across Durban for a third night, and the army was called out to protect the ports.",
     "2021-07-13", "ZAF"),
    ("Bolivian troops were called in to clear the highway after miners blocked it near Oruro.", "2005-06-08",
     "BOL"),
])
def test_an_army_called_in_or_out_is_deployed(coder, text, date, country):
    events = _events(coder, text, date)
    assert any(c[:3] == "154" and s[:3] == country and m == "asserted" for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "date", "country"), [
    ("The Russian navy opened live-fire exercises off the Kuril islands on Tuesday.", "2021-08-10", "RUS"),
    ("Soviet forces extended their manoeuvres near the Polish border for a second week.", "1981-04-07", "SUN"),
])
def test_forces_beginning_drills_show_force(coder, text, date, country):
    events = _events(coder, text, date)
    assert any(c == "150" and s[:3] == country and m == "asserted" for c, s, t, m in events), events
    assert not any(c[:2] == "19" for c, s, t, m in events), events   # a live-fire drill opens no fire


def test_harm_done_while_going_about_is_the_goers_act(coder):
    events = _events(coder, "Militiamen roamed the market of Kidal on Friday, whipping traders who had refused to "
                     "pay a levy.", "2016-05-20")
    assert any(c[:2] == "18" and m == "asserted" for c, s, t, m in events), events


def test_weapons_intercepted_with_no_launcher_named_were_still_fired(coder):
    """(violence50) The interception is no act of the defender; the attack, by no one named, is on its country."""
    events = _events(coder, "Bahraini coast guards said they had intercepted two explosive-laden drones near the "
                     "port of Sitra.", "2023-04-11")
    assert any(c == "195" and s == "" and t[:3] == "BHR" and m == "asserted" for c, s, t, m in events), events
