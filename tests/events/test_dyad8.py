"""Dyads of events whose type is right (round 8, helper `dyad8`): both parties of a list that the
parser hangs inside a mention or after "from", a bare demonym joined to another party's noun, the
parties a mediator goes between, the target inside a passive subject, and a source's sponsor that is
no target. Sentences written for these tests."""

from __future__ import annotations

import pytest
from gold_helpers import dyads_on

dyads = dyads_on("2024-05-01")


def _countries(got):
    return {((s or "")[:3], (t or "")[:3], c) for s, t, c in got}


@pytest.mark.parametrize("text, pair", [
    ("Delegates from Ethiopia and Sudan met in Nairobi.", ("ETH", "SDN")),
    ("Negotiators from Russia and Ukraine held talks in Istanbul.", ("RUS", "UKR")),
    ("Envoys from Armenia and Azerbaijan held talks in Washington on a peace treaty.", ("ARM", "AZE")),
])
def test_sector_word_from_a_list_of_countries_is_each_of_them(coder, text, pair):
    got = _countries(dyads(coder, text))
    assert (*pair, "04") in got, got
    assert all(t not in {"KEN", "TUR", "USA"} for _, t, _ in got), got   # the venue is no party


def test_second_party_hung_on_the_name_of_the_first(coder):
    got = _countries(dyads(coder, "French envoy Jean-Yves Le Drian and Hezbollah negotiator Wafiq Safa "
                                  "met in Beirut to discuss the truce."))
    assert ("FRA", "LBN", "04") in got, got


@pytest.mark.parametrize("text, targets", [
    ("The UN hosted Saudi and Houthi negotiators in Stockholm.", {"SAU", "YEM"}),
    ("Egyptian mediators hosted Israeli and Hamas delegations in Cairo.", {"ISR", "PSE"}),
])
def test_bare_demonym_joined_to_another_partys_noun(coder, text, targets):
    got = _countries(dyads(coder, text))
    assert {t for _, t, c in got if c == "04"} == targets, got


@pytest.mark.parametrize("text, mediator, parties", [
    ("Switzerland mediated between Armenia and Azerbaijan.", "CHE", {"ARM", "AZE"}),
    ("Kuwait mediated between Saudi Arabia and Qatar.", "KWT", {"SAU", "QAT"}),
])
def test_mediator_acts_on_both_parties(coder, text, mediator, parties):
    got = _countries(dyads(coder, text))
    assert {t for s, t, c in got if s == mediator and c == "04"} == parties, got


def test_target_inside_a_passive_subject(coder):
    got = _countries(dyads(coder, "Sanctions against North Korea were tightened by the UN Security Council."))
    assert any(s == "IGO" and t == "PRK" for s, t, _ in got), got
    # (aid42) a parliament approving arms promises their delivery (gold README: a legislature approving aid for later
    # delivery is 0332 intended), so the act is the statement of intent (03), not the gift (07)
    got = _countries(dyads(coder, "Military aid to Kyiv was approved by the German parliament."))
    assert ("DEU", "UKR", "03") in got, got


def test_sponsor_of_the_source_is_no_target(coder):
    got = _countries(dyads(coder, "Rwanda-backed M23 rebels seized the town of Rubaya."))
    assert got and all(t != "RWA" for _, t, _ in got), got


@pytest.mark.parametrize("name, country", [
    ("Saraqeb", "SYR"), ("Rubaya", "COD"), ("Sambisa forest", "NGA"), ("Inates", "NER"), ("El Baraf", "SOM"),
    ("Tal Afar", "IRQ"), ("Kangpokpi", "IND"), ("Miranshah", "PAK"), ("Laukkaing", "MMR"), ("Mirebalais", "HTI"),
])
def test_small_towns_of_conflict_reporting_are_in_the_gazetteer(name, country):
    from foedus.coder import places
    loc = places.Gazetteer.default().lookup(name)
    assert loc is not None and loc.country == country, loc


@pytest.mark.parametrize("text, dyad", [
    ("The Somali army established a base in Jowhar.", ("SOM", "SOM", "15")),
    ("Chadian troops set up a camp near Bosso.", ("TCD", "NER", "15")),
    ("The Burkinabe army set up a forward operating base at Seytenga.", ("BFA", "BFA", "15")),
])
def test_base_set_up_in_a_town_targets_its_country(coder, text, dyad):
    got = _countries(dyads(coder, text))
    assert dyad in got, got


def test_town_attacked_by_a_sponsored_group_is_the_target(coder):
    got = _countries(dyads(coder, "Rwanda-backed M23 rebels seized the town of Rubaya."))
    assert ("COD", "COD", "19") in got, got


@pytest.mark.parametrize("text, dyad", [
    # (round 20: released water is no release of anyone, 084; the act told is a withdrawal)
    ("Tokyo informed Seoul that it would withdraw its survey ships.", ("JPN", "KOR")),
    ("The Kenyan president told Ethiopia's prime minister that Kenya would withdraw its troops.", ("KEN", "ETH")),
])
def test_addressee_told_of_the_speakers_own_act_is_its_target(coder, text, dyad):
    got = _countries(dyads(coder, text))
    assert any((s, t) == dyad for s, t, _ in got), got


def test_reporters_told_are_no_target(coder):
    got = _countries(dyads(coder, "The Chinese envoy told reporters that Beijing would send aid."))
    assert got and all(t != "CHN" for _, t, _ in got), got
