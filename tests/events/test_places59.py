"""(places59) Places to countries: regions written with their region noun in lower case ("in Delta state", "in Colon
department") are the region the gazetteer knows by that whole name, not the same-named town abroad (Delta, Canada;
Colon, Panama); towns and old names the gazetteer lacked or gave to a town abroad (Foca, Bosnia, not Foça, Turkey;
Calcutta, India, not a village in South Africa; Sevare, Mali); old English names of countries (Zaire, Rhodesia,
Ceylon). Sentences written for these tests."""

from __future__ import annotations

import pytest

from foedus.coder import places


def _events(coder, text):
    return [(e.cameo, e.source.code if e.source else "", e.target.code if e.target else "", e.modality)
            for e in coder.code_text(text, date="2020-01-01").events]


@pytest.mark.parametrize(("name", "country"), [
    ("Zaire", "COD"), ("Rhodesia", "ZWE"), ("Ceylon", "LKA"), ("Upper Volta", "BFA"), ("Dahomey", "BEN"),
    ("East Timor", "TLS"), ("Swaziland", "SWZ"), ("Calcutta", "IND"), ("Foca", "BIH"), ("Fort Lamy", "TCD"),
    ("Delta State", "NGA"), ("Colon Department", "HND"),
    # unchanged: the bare names stay the towns they were
    ("Delta", "CAN"), ("Kani", "JPN"), ("Tripoli", "LBY"), ("Kinshasa", "COD"),
])
def test_names_and_their_countries(name, country):
    place = places.Gazetteer.default().place(name)
    assert place is not None and place.country == country


def test_old_country_names_are_countries_in_a_sentence(nlp):
    doc = nlp("Refugees fled from Zaire into Rwanda.")
    assert "COD" in places.Gazetteer.default().countries_in(doc)


@pytest.mark.parametrize(("text", "event"), [
    ("Gunmen kidnapped two oil workers in Delta state on Tuesday, and the Nigerian navy said it was searching the creeks.",
     ("181", "", "NGACVL", "asserted")),
    ("Myanmar army jets bombed a school in Kani township on Friday, killing four children.",
     ("195", "MMRMIL", "MMREDU", "asserted")),
    ("Gunmen shot dead a community leader in Colon department on Sunday, Honduran police said.",
     ("180", "", "HNDCVL", "asserted")),
    ("Serb gunmen shelled Foca on Monday.", ("194", "SRBREB", "BIH", "asserted")),
    ("Rebels attacked a police post in Sevare on Monday.", ("190", "MLIREB", "MLICOP", "asserted")),
    ("Police in Calcutta arrested forty protesters on Monday.", ("173", "INDCOP", "INDCVL", "asserted")),
])
def test_the_place_gives_the_actors_country(coder, text, event):
    assert event in _events(coder, text)


@pytest.mark.parametrize(("text", "event"), [
    # guards: a region named with its country already right, and a capitalised office that is no place
    ("Turkish warplanes struck positions in Idlib province on Monday.", ("195", "TURMIL", "SYR", "asserted")),
    ("Indian police detained dozens of students in Kandahar district of Gujarat.", ("173", "INDCOP", "INDCVL", "asserted")),
])
def test_what_was_right_stays(coder, text, event):
    assert event in _events(coder, text)


def test_a_department_of_state_is_no_place(coder):
    events = _events(coder, "Police in the Justice Department said nothing.")
    assert not any(e[1][:3] == "POL" or e[2][:3] == "POL" for e in events)


@pytest.mark.parametrize(("text", "event"), [
    ("Hundreds of residents of Tripoli (Lebanon) protested against power cuts on Monday.",
     ("141", "LBNCVL", "LBNGOV", "asserted")),
])
def test_a_capitals_name_with_another_country_in_brackets_is_that_countrys_town(coder, text, event):
    assert event in _events(coder, text)


def test_the_capital_alone_stays_the_capital(coder):
    events = _events(coder, "Militiamen shelled Tripoli on Monday.")
    assert ("194", "LBYREB", "LBY", "asserted") in events
