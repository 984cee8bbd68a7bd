"""(violence55) Acts of force and coercion the coder missed or coded under another root. Migrants, refugees, asylum
seekers and their boats turned back, turned away, towed, pushed or sent back are expelled (174, gold README blind54:
"pushbacks and deportation flights 174 at REF"), no refusal of involvement (1245); a public building that a crowd
burns, named by no actor ("the local parliament building", "party offices", "the town hall"), belongs to the body its
words name, and the riot (145) and the burning (1712) are aimed at that body. Sentences written for these tests."""

from __future__ import annotations

import pytest

from gold_helpers import triples


def _events(coder, text, date):
    """(code, source, target, modality) of each event, "" for an empty side (the shared ``coder`` fixture)."""
    return [(c, s or "", t or "", m) for s, t, c, m in triples(coder, text, date=date)]


@pytest.mark.parametrize(("text", "date", "source"), [
    ("Malaysian patrol boats turned away three boats carrying Rohingya refugees off Langkawi on Sunday.",
     "2015-05-17", "MYS"),
    ("The Maltese coast guard towed back 60 migrants to Libyan waters, a rescue charity said.", "2020-04-15", "MLT"),
    ("Hungarian police pushed back 300 migrants across the Serbian border overnight.", "2016-08-02", "HUN"),
    ("Spain sent back 40 migrants to Morocco hours after they swam into Ceuta.", "2021-05-19", "ESP"),
])
def test_migrants_turned_or_sent_back_are_expelled(coder, text, date, source):
    events = _events(coder, text, date)
    assert any(c == "174" and s.startswith(source) and m == "asserted" for c, s, t, m in events), events
    assert not any(c == "1245" for c, s, t, m in events), events


def test_planes_turned_back_stay_refused(coder):
    """Only people turned back are expelled: aircraft turned back are refused (120), as before."""
    events = _events(coder, "Ghana turned back two chartered planes carrying deported Ghanaians from Washington.",
                     "2025-02-03")
    assert not any(c == "174" for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "date", "target"), [
    ("Protesters in Sorong set fire to the regional parliament building on Monday.", "2019-08-19", "IDNLEG"),
    ("Opposition supporters in Pokhara set fire to local party offices after the verdict.", "2021-03-03", "NPLPTY"),
    ("Rioters set fire to the town hall in Oaxaca after the vote.", "2018-07-04", "MEXGOV"),
])
def test_public_building_burned_by_a_crowd_is_the_owners_loss(coder, text, date, target):
    events = _events(coder, text, date)
    assert any(c == "1712" and t == target and m == "asserted" for c, s, t, m in events), events
    assert any(c[:3] == "145" and t == target for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "date"), [
    ("Protesters set tyres ablaze on the main road into Sorong.", "2019-08-19"),
    ("Protesters set fire to shops and cars across Sorong.", "2019-08-19"),
])
def test_no_owner_for_what_names_no_public_body(coder, text, date):
    """Tyres burned as a protest and shops or cars burned in a town name no public body: no owner is made up."""
    events = _events(coder, text, date)
    assert not any(t.endswith(("LEG", "GOV", "PTY", "MED")) for c, s, t, m in events), events


def test_satellite_shot_down_is_a_weapons_test(coder):
    """(violence55) A state's missile that downs a satellite tests an anti-satellite weapon: a show of force (150),
    no attack (19x) on anyone."""
    events = _events(coder, "China said it had shot down an old weather satellite with a ground-based missile.",
                     "2007-01-23")
    assert any(c == "150" and s.startswith("CHN") and m == "asserted" for c, s, t, m in events), events
    assert not any(c[:2] == "19" for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "date"), [
    ("Nepal's Maoist party called a hartal across the Kathmandu valley on Monday.", "2010-05-02"),
    ("Nepal's Maoist party enforced a bandh across the Kathmandu valley on Monday.", "2010-05-02"),
])
def test_hartal_or_bandh_called_is_a_strike(coder, text, date):
    """(violence55) A hartal or bandh called or enforced is the strike (143, gold README blind54), not a call on others
    to oppose (113) nor nothing."""
    events = _events(coder, text, date)
    assert any(c[:3] == "143" and s.startswith("NPL") for c, s, t, m in events), events
