"""Coercion and assault missed on the tune part (miss1718). An arrest told in a passive with no agent whose patient is
told only by a noun of persons ("a suspect", "2,000 people", "two of his sons", "the general") is an arrest of
civilians of the country where it happens, by that state; a person named by a proper noun that a gazetteer town shares
is no place taken ("kidnapped presidential candidate X" is a hostage-taking, not an occupation). Our own sentences,
each family with sentences where the same words mean something else."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, source, target", [
    ("Kenya's interior minister spoke at a rally in Eldoret, and a 40-year-old suspect was detained at the scene.",
     "KEN", "KEN"),
    ("Zimbabwe's president said more than 300 people had been arrested over the riots.", "ZWE", "ZWE"),
    ("Loyalist troops entered Bamako at dawn, and two of Keita's sons were detained.", "MLI", "MLI"),
    ("Protests spread across Lesotho after the vote, and a general was arrested in Maseru on Friday.", "LSO", "LSOMIL"),
])
def test_people_held_with_no_agent_are_arrested_by_their_state(coder, text, source, target):
    t = triples(coder, text)
    assert has_coded(t, "173", source, target), t


@pytest.mark.parametrize("text", [
    # no country told; a patient of no person; an agent named; held abroad by no one named is left alone too
    "More than 300 people were arrested.",
    "The shipment was detained at the port of Mombasa.",
])
def test_no_arrest_without_people_and_a_country(coder, text):
    t = triples(coder, text, modality=None)
    assert not has_coded(t, "173", modality=None), t


@pytest.mark.parametrize("text, code, source, target", [
    ("FARC rebels kidnapped presidential candidate Ingrid Betancourt in southern Colombia.", "181", "COLREB", "COL"),
])
def test_a_person_seized_is_no_place_taken(coder, text, code, source, target):
    t = triples(coder, text, date="2002-02-23")
    assert has_coded(t, code, source, target), t
    assert not has_coded(t, "192", modality=None), t


@pytest.mark.parametrize("text, source", [
    # places taken keep their occupation
    ("M23 rebels seized Goma on Tuesday.", "COD"),
])
def test_a_town_seized_is_still_taken(coder, text, source):
    t = triples(coder, text, date="2012-11-21")
    assert has_coded(t, "192", source), t


@pytest.mark.parametrize("text, code, source, target", [
    # a by-agent that names only the kind of men who did it names no one: coded as with no agent
    ("Kenyan opposition leader Amos Kiprop was shot dead at his farm by a commando squad.", "18", None, "KEN"),
    ("Two army officers were executed by a firing squad in Kinshasa on Friday.", "18", "COD", "COD"),
])
def test_unnamed_by_agents_name_no_doer(coder, text, code, source, target):
    t = triples(coder, text)
    assert has_coded(t, code, source, target), t


@pytest.mark.parametrize("text, source, target", [
    # fire opened on people outranks the place near them ("headquarters" set up would be 154)
    ("Soldiers opened fire on protesters outside the army headquarters in Khartoum.", "SDN", "SDN"),
])
def test_fire_opened_on_people_is_force(coder, text, source, target):
    t = triples(coder, text)
    assert not has_coded(t, "154", modality=None), t
    assert has_coded(t, "17", source, target) or has_coded(t, "19", source, target), t


@pytest.mark.parametrize("text, code, source, target", [
    # an armed group's arrest told as one stays an arrest; a capture by it is still hostage-taking
    ("Houthi rebels detained nine UN staff members in Sanaa.", "173", "YEMREB", None),
    ("Hezbollah fighters captured two Israeli soldiers in a cross-border raid.", "181", "LBNREB", "ISRMIL"),
])
def test_an_arrest_told_as_one_stays_one(coder, text, code, source, target):
    t = triples(coder, text)
    assert has_coded(t, code, source, target), t
