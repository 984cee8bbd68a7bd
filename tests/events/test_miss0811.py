"""Yielding and disapproval missed on the tune part (miss0811). A release told with the people got for it ("in
exchange for") is one side of a swap told of the past: the other side released those people too; a speaker who
names another's act with a word of scorn criticises its doer, in a relative clause on the noun of the act too. Our own
sentences, each family with sentences where the same words mean something else."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, source, target", [
    ("Armenia freed four Azerbaijani soldiers on Friday in exchange for six Armenians held in Azerbaijan.", "AZE", "ARM"),
    ("Belarus handed over two Lithuanian activists in exchange for Belarusian prisoners.", "LTU", "BLR"),
    ("Venezuela freed ten Americans in exchange for Venezuelan detainees held in US jails.", "USA", "VEN"),
])
def test_a_release_in_exchange_for_people_is_a_swap(coder, text, source, target):
    t = triples(coder, text)
    assert has_coded(t, "0841", source, target), t


@pytest.mark.parametrize("text, source, target", [
    # what is got back is no person: money, relief, a promise
    ("Iran released the British tanker in exchange for sanctions relief.", "GBR", "IRN"),
    ("Armenia freed four Azerbaijani soldiers in exchange for access to the frozen funds.", "AZE", "ARM"),
    # a swap still ahead is no release done
    ("Armenia offered to free four Azerbaijani soldiers in exchange for six Armenians held in Azerbaijan.", "AZE",
     "ARM"),
])
def test_no_swap_without_people_released_as_a_fact(coder, text, source, target):
    t = triples(coder, text, modality=None)
    assert not has_coded(t, "084", source, target, modality="asserted"), t


@pytest.mark.parametrize("text, source, target", [
    ("A Turkish drone shot down an Armenian helicopter, and Yerevan called it a gross overreaction.", "ARM", "TUR"),
    ("Russia tested a hypersonic missile over the Sea of Japan, and Tokyo called the launch deeply worrying.", "JPN",
     "RUS"),
    ("Colombia expelled the Nicaraguan envoy, calling the arrests in Managua a holocaust of the opposition.", "COL",
     None),
    ("Georgia deported 40 Russian journalists, in a move the opposition called an act of desperation.", "GEO", "GEO"),
    ("Belarus jailed the opposition leader for ten years, in a move the European Union called a travesty.", "IGOEUREEC",
     "BLR"),
])
def test_a_word_of_scorn_for_another_act_is_criticism(coder, text, source, target):
    t = triples(coder, text)
    assert has_coded(t, "11", source, target), t


@pytest.mark.parametrize("text", [
    "Chile called the earthquake a disaster for the northern towns.",
    "The minister called the talks constructive.",
    # a crime of unknown doers named so is no criticism of anyone
    "Danish police opened an inquiry into what they called deliberate sabotage of the cable.",
])
def test_other_names_are_no_criticism(coder, text):
    t = triples(coder, text, modality=None)
    assert not has_coded(t, "11", modality=None), t


@pytest.mark.parametrize("text, source, target", [
    ("Armenia accused Azerbaijan of shelling Goris, while Baku accused Yerevan of provocations on the border.", "AZE",
     "ARM"),
    ("Serbia blamed Kosovo police for the clashes while Pristina accused Belgrade of stirring unrest.", "KSV", "SRB"),
])
def test_a_second_accusation_in_a_while_clause_is_asserted(coder, text, source, target):
    t = triples(coder, text)
    assert has_coded(t, "112", source, target), t


def test_what_an_accusation_charges_stays_unasserted(coder):
    t = triples(coder, "Armenia accused Azerbaijan of shelling Goris while villagers slept.", modality=None)
    assert not has_coded(t, "19", "AZE", modality="asserted"), t


@pytest.mark.parametrize("text, code, source, target", [
    ("Hungary's parliament passed the media law, drawing an angry reaction from Brussels.", "11", "IGOEUREEC",
     "HUN"),
    ("Turkey freed the jailed novelist on Monday, drawing anger from Ankara's nationalists.", "11", "TUR", "TUR"),
    ("The Azerbaijani army held exercises near the Armenian border, drawing a protest from Yerevan.", "114", "ARM",
     "AZE"),
])
def test_a_feeling_or_a_protest_drawn_is_a_reaction(coder, text, code, source, target):
    t = triples(coder, text)
    assert has_coded(t, code, source, target), t


@pytest.mark.parametrize("text", [
    # a reaction of no feeling, and protests in the street, are no criticism or complaint
    "Hungary's parliament passed the media law, drawing a muted reaction from Brussels.",
])
def test_a_plain_reaction_drawn_is_no_criticism(coder, text):
    t = triples(coder, text, modality=None)
    assert not has_coded(t, "11", modality=None), t
