"""Material conflict (CAMEO 17-20) the coder missed, each fixed as a class and tested on our own sentences (helper
force29 of the twenty-ninth session)."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, code, source, target", [
    # a hedge on a noun ("suspected", "alleged") that the parser made the clause's verb, the real verb its auxiliary
    # or its complement (syntax.repair_hedge_read_as_verb)
    ("On 3 May 2024, Pakistani jets struck suspected TTP camps in Khost province, Afghanistan.", "19", "PAK", "PAK"),
    ("On 8 June 2023, suspected Kuki militants fired rockets into a village in Manipur, India, killing a farmer.",
     "19", None, "IND"),
])
def test_hedge_read_as_the_verb(coder, text, code, source, target):
    t = triples(coder, text)
    assert has_coded(t, code, source, target), t


def test_a_hedge_that_is_the_verb_stays_the_verb(coder):
    # "Israel suspected Iran of the attack": the hedge has its own subject, no repair
    t = triples(coder, "Israel suspected Iran of the attack on the tanker.")
    assert not has_coded(t, "19", "ISR", modality=None), t


def test_maoists_are_rebels(coder):
    t = triples(coder, "On 4 May 2019, suspected Maoists detonated a landmine under a police truck in Gadchiroli, India.")
    assert has_coded(t, "183", None, "INDCOP"), t


@pytest.mark.parametrize("text, target", [
    # an attack verb's passive on a thing no actor names, with no agent: the country where it happened
    ("A convoy carrying gold miners was ambushed in northern Burkina Faso, leaving 20 dead.", "BFA"),
    ("A checkpoint was stormed in central Mali on Sunday.", "MLI"),
])
def test_agentless_attack_on_a_thing_is_on_the_country(coder, text, target):
    t = triples(coder, text)
    assert has_coded(t, "190", None, target), t


def test_a_country_attacked_by_no_one_named_is_not_coded(coder):
    # "Belarus was attacked" may be a storm's or a crowd's: a country as the patient keeps needing an attacker
    t = triples(coder, "Officials said Belarus was attacked.")
    assert not has_coded(t, "19", modality="asserted"), t


@pytest.mark.parametrize("text, code", [
    ("On 2 July 2024, cartel gunmen dropped explosives from drones on an army post in Jalisco, Mexico.", "195"),
    ("On 9 May 2024, Russian troops dropped grenades containing CS gas on Ukrainian trenches near Bakhmut.", "2041"),
])
def test_dropped_weapons(coder, text, code):
    t = triples(coder, text)
    assert has_coded(t, code), t


@pytest.mark.parametrize("text, code", [
    # a bombing with no aerial word, no state doer and no named place bombed is a planted bomb (183)
    ("The Islamic State claimed responsibility for the bombing at a market in Baghdad.", "183"),
    # an aerial one, or a named place bombed, stays an air strike (195)
    ("NATO's aerial bombing of the bridges continued for a week.", "195"),
])
def test_bombing_noun_kind(coder, text, code):
    t = triples(coder, text)
    assert has_coded(t, code, modality=None), t
    assert not has_coded(t, "195" if code == "183" else "183", modality=None), t


@pytest.mark.parametrize("text", [
    "Kenya has expelled more than 20,000 people of Somali origin since January.",
    "Iran began deporting undocumented Afghans on Monday.",
    "Bulgaria forced thousands of ethnic Turks across the border into Turkey.",
])
def test_mass_expulsion(coder, text):
    t = triples(coder, text)
    assert has_coded(t, "201"), t


@pytest.mark.parametrize("text", [
    "Britain expelled 25 Russian diplomats.",
    "Iran deported 300 undocumented Afghans on Monday.",
])
def test_small_or_official_expulsions_stay_expulsions(coder, text):
    t = triples(coder, text)
    assert not has_coded(t, "201", modality=None), t


def test_property_destroyed_by_no_one_named_and_blamed_on_armed_men(coder):
    # property destroyed in a passive with no agent, blamed on a state's forces: destroyed by someone, no source
    t = triples(coder, "The Nova Kakhovka power station was destroyed overnight, and Kyiv blamed Russian troops.")
    assert has_coded(t, "1712", None, "UKR"), t


@pytest.mark.parametrize("text", [
    "The old pier was destroyed, and residents blamed the council for poor upkeep.",
    "The bridge in the village was destroyed in the storm.",
])
def test_property_destroyed_with_no_sabotage_told_is_not_coded(coder, text):
    t = triples(coder, text)
    assert not has_coded(t, "17", modality=None), t
