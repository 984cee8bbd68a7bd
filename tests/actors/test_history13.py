"""Round 13b (history13): actors by date. A republic's people, bodies and towns belonged to the state of the
day (data/actors/dated_states.tsv): Soviet republics before 1991 are SUN, East German towns before
reunification DDR; the republic named by its own name keeps its code. Sentences written for these tests."""

from __future__ import annotations

from foedus.coder.actors import state_on
from foedus.schema import Actor

from actor_helpers import root_pairs


def test_a_soviet_republics_people_are_soviet_before_1991():
    crowd = Actor(text="Georgian students", code="GEOCVL", country="GEO", sector="CVL")
    assert state_on(crowd, "1989-04-20", "").code == "SUNCVL"
    assert state_on(crowd, "1992-04-20", "").code == "GEOCVL"


def test_the_baltic_states_stood_alone_from_september_1991():
    body = Actor(text="Latvian parliament", code="LVALEG", country="LVA", sector="LEG")
    assert state_on(body, "1990-05-04", "").code == "SUNLEG"
    assert state_on(body, "1991-10-01", "").code == "LVALEG"


def test_the_republic_named_by_its_own_name_keeps_its_code():
    land = Actor(text="Estonia", code="EST", country="EST")
    assert state_on(land, "1990-05-04", "").code == "EST"


def test_only_actors_in_east_german_towns_are_east_german():
    crowd = Actor(text="Demonstrators", code="DEUCVL", country="DEU", sector="CVL")
    assert state_on(crowd, "1989-10-30", "Demonstrators filled the streets of Dresden.").code == "DDRCVL"
    assert state_on(crowd, "1989-10-30", "Demonstrators filled the streets of Hamburg.").code == "DEUCVL"
    assert state_on(crowd, "1991-10-30", "Demonstrators filled the streets of Dresden.").code == "DEUCVL"
    bonn = Actor(text="German officials", code="DEUGOV", country="DEU", sector="GOV")
    assert state_on(bonn, "1989-10-30", "German officials criticised the arrests in Dresden.").code == "DEUGOV"


def test_rioters_of_a_soviet_republic_in_a_sentence(coder):
    pairs = root_pairs(coder, "Uzbek rioters attacked Meskhetian settlers in the Fergana valley.", date="1989-06-05")
    assert any(src.startswith("SUN") for _, src, _ in pairs), pairs


def test_the_berlin_wall_is_no_actor(coder):
    pairs = root_pairs(coder, "The French president praised the fall of the Berlin Wall.", date="1989-11-12")
    assert not any(tgt.startswith("DEU") for _, _, tgt in pairs), pairs
