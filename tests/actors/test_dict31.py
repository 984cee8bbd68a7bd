"""Helper dict31: dictionary facts. Armed men named by their faith are armed men (REB), crowds named by their
faith are civilians; the Moro insurgents' leaders (Murad Ebrahim: MILF chairman, then Bangsamoro's chief
minister); aid groups as NGOs; US agencies; leaders and rebels the dictionary lacked; places the gazetteer
lacked or gave to another country. Sentences written for these tests."""

from __future__ import annotations

import pytest

from foedus.coder.pipeline import code_text
from foedus.coder.places import Gazetteer, normalize


def _codes(matcher, nlp, text, date):
    return {m.text: m.code for m in matcher.find(nlp(text), date)}


@pytest.mark.parametrize(("text", "date", "name", "code"), [
    ("Islamist insurgents overran a village in Cabo Delgado on Monday.", "2021-03-24", "Islamist insurgents", "REB"),
    ("Suspected Muslim insurgents ambushed a patrol near Pattani.", "2005-01-10", "Muslim insurgents", "REB"),
    ("Christian militias attacked a camp outside Bangui.", "2014-01-20", "Christian militias", "REB"),
    ("A Hindu mob set fire to shops in the old town.", "2020-02-25", "Hindu mob", "CVL"),
])
def test_faith_named_armed_men_and_crowds(matcher, nlp, text, date, name, code):
    assert _codes(matcher, nlp, text, date).get(name, "").endswith(code)


@pytest.mark.parametrize(("text", "date", "name", "code"), [
    ("Murad Ebrahim said the rebels would keep talking to Manila.", "2012-10-07", "Murad Ebrahim", "PHLREB"),
    ("Murad Ebrahim opened the session of the Bangsamoro parliament.", "2020-03-30", "Murad Ebrahim", "PHLGOV"),
    ("Anastasio Somoza left Managua for Miami.", "1979-07-17", "Anastasio Somoza", "NICGOV"),
    ("Rwandan police arrested Laurent Nkunda after he crossed the border.", "2009-01-22", "Laurent Nkunda", "CODREB"),
    ("Viktor Bout was flown to Moscow after the exchange.", "2022-12-09", "Viktor Bout", "RUSCRM"),
    ("The US Justice Department opened an inquiry into the firm.", "2019-05-01", "US Justice Department", "USAJUD"),
    ("Save the Children suspended its work in the province.", "2022-12-25", "Save the Children", "NGODEV"),
    ("An air strike hit a convoy of World Central Kitchen.", "2024-04-01", "World Central Kitchen", "NGO"),
])
def test_people_and_organisations(matcher, nlp, text, date, name, code):
    assert _codes(matcher, nlp, text, date).get(name) == code


def test_french_secret_service_is_not_american(matcher, nlp):
    codes = _codes(matcher, nlp, "French secret service agents sank the ship in Auckland harbour.", "1985-07-10")
    assert not any(c.startswith("USA") for c in codes.values())


@pytest.mark.parametrize(("name", "country"), [
    ("Tiananmen Square", "CHN"), ("Kashmir Valley", "IND"), ("Qana", "LBN"), ("Kasindi", "COD"),
])
def test_places(name, country):
    assert Gazetteer.default().places[normalize(name)][0].country == country


def test_a_meeting_with_the_milf_leader_is_a_dyad_with_the_rebels():
    events = code_text("Philippine President Benigno Aquino met Moro Islamic Liberation Front chairman Murad Ebrahim "
                       "in Tokyo to speed up the peace talks.", date="2011-08-04").events
    assert any(e.source and e.target and e.source.code == "PHLGOV" and e.target.code == "PHLREB" for e in events)
