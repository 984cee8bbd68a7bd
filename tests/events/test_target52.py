"""(target52) Who did it to whom, read from names as the wire writes them. A name with its diacritics is the
same name without them: "Lucio Gutiérrez", "Amadou Toumani Touré", "Ismaïl Omar Guelleh" and "Aleksandar Vučić" are
the dictionary's people (filed without accents), alone and, by surname, after the full name. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from foedus import actors
from gold_helpers import triples


def _events(coder, text, date):
    """(code, source, target, modality) of each event, "" for an empty side (the shared ``coder`` fixture)."""
    return [(c, s or "", t or "", m) for s, t, c, m in triples(coder, text, date=date)]


@pytest.mark.parametrize(("name", "date", "code"), [
    ("Lucio Gutiérrez", "2004-03-01", "ECUGOV"),
    ("Ismaïl Omar Guelleh", "2011-02-18", "DJIGOV"),
    ("Lansana Conté", "2007-02-12", "GINGOV"),
    ("Aleksandar Vučić", "2018-01-01", "SRBGOV"),
])
def test_a_name_with_diacritics_is_the_dictionary_person(name, date, code):
    found = actors.resolve(name, date)
    assert found is not None and found.code == code, found


def test_accented_person_in_a_sentence_is_the_source(coder):
    events = _events(coder, "President Lucio Gutiérrez accused the opposition of plotting a coup.", "2004-03-01")
    assert ("112", "ECUGOV", "ECUOPP", "asserted") in events, events


def test_accented_person_is_the_target(coder):
    events = _events(coder, "Algeria accused President Amadou Toumani Touré of arming the militias.", "2011-12-01")
    assert ("112", "DZA", "MLIGOV", "asserted") in events, events


def test_accented_surname_alone_after_the_full_name(coder):
    text = "President Amadou Toumani Touré flew to Algiers, and Touré later accused Libya of arming the rebels."
    events = _events(coder, text, "2011-12-01")
    assert ("112", "MLIGOV", "LBY", "asserted") in events, events


def test_accents_do_not_change_an_unaccented_name(coder):
    events = _events(coder, "President Lucio Gutierrez accused the opposition of plotting a coup.", "2004-03-01")
    assert ("112", "ECUGOV", "ECUOPP", "asserted") in events, events


@pytest.mark.parametrize(("text", "date", "expected"), [
    ("Pakistani paramilitary troops were sent into Hyderabad after a week of ethnic riots.", "1990-05-28",
     ("154", "PAKMIL", "PAK", "asserted")),
    ("Indian paramilitary troops were sent into Hyderabad after a week of communal riots.", "1990-12-10",
     ("154", "INDMIL", "IND", "asserted")),
])
def test_a_town_two_countries_share_is_the_actors_own(coder, text, date, expected):
    """(target52) The countries of the sentence's actors pick among same-named towns, as the countries it names do:
    Pakistani troops sent into Hyderabad are in Pakistan's Hyderabad, Indian troops in India's."""
    assert expected in _events(coder, text, date)
