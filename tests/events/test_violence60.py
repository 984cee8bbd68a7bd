"""(violence60) Shots a state's forces fire on people named as protesting, marching or mourning are violent repression
(175; gold README, ACLED excessive force: "firing on, beating, killing protesters"), whether the crowd's country was
found from the article or is another the forces hold down; a crowd of another country with no protest named stays
the attack it is. Sentences written for these tests."""

from __future__ import annotations

import pytest

from gold_helpers import triples


def _events(coder, text, date):
    """(code, source, target, modality) of each event, "" for an empty side (the shared ``coder`` fixture)."""
    return [(c, s or "", t or "", m) for s, t, c, m in triples(coder, text, date=date)]


@pytest.mark.parametrize(("text", "date", "source", "target"), [
    # the students' country comes from the article, not from their own words
    ("Soldiers fired on students outside Rangoon General Hospital on Wednesday, witnesses said.", "1988-08-10",
     "MMRMIL", "MMRCVL"),
    # mourners of a people the forces hold down
    ("Israeli troops opened fire on Palestinian mourners at a funeral in Nablus on Friday.", "1989-12-20",
     "ISRMIL", "PSECVL"),
])
def test_shots_fired_on_protesters_or_mourners_are_repression(coder, text, date, source, target):
    events = _events(coder, text, date)
    assert ("175", source, target, "asserted") in events, events
    assert not any(c[:2] == "19" for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "date"), [
    # a crowd of another country, no protest named: the attack it is
    ("Israeli troops opened fire on crowds waiting for aid in Gaza City on Tuesday.", "2024-03-05"),
    # villagers are no protesters
    ("Myanmar troops fired on villagers in Sagaing.", "2023-05-02"),
])
def test_shots_fired_on_people_not_protesting_stay_an_attack(coder, text, date):
    events = _events(coder, text, date)
    assert not any(c == "175" for c, s, t, m in events), events
    assert any(c[:2] == "19" for c, s, t, m in events), events



@pytest.mark.parametrize(("text", "date", "country"), [
    ("A general strike shut most shops and offices in Lagos on Tuesday, union officials said.", "2012-01-10", "NGA"),
    ("A nationwide strike called by the teachers' unions paralysed schools across Kenya on Monday.", "2015-09-07",
     "KEN"),
])
def test_a_labour_strike_that_paralyses_or_shuts_was_held(coder, text, date, country):
    """(violence60) A labour strike that is the subject of a verb of its effect was held (143, asserted; gold README,
    "Strike calls": the strike told being held is asserted), by the country's labour at its government."""
    events = _events(coder, text, date)
    assert any(c == "143" and s.startswith(country) and t == country + "GOV" and m == "asserted"
               for c, s, t, m in events), events


def test_a_strike_that_could_paralyse_is_no_strike_held(coder):
    events = _events(coder, "A general strike could paralyse Nigeria next week, union leaders warned.", "2019-05-01")
    assert not any(c[:3] == "143" and m == "asserted" for c, s, t, m in events), events


def test_a_missile_strike_that_shuts_a_plant_is_no_labour_strike(coder):
    events = _events(coder, "A Russian missile strike shut down the power station in Odesa on Sunday.", "2022-11-20")
    assert not any(c[:3] == "143" for c, s, t, m in events), events
