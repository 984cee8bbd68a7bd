"""Yielding (08) and reducing relations (16) told in wire shapes the coder missed (helper yield43). Sentences
written for these tests."""

from __future__ import annotations

import pytest
from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, source, target", [
    ("Ankara called off talks with the Greek delegation after the incident in the Aegean.", "TUR", "GRC"),
    ("Seoul cancelled a visit by its foreign minister to Tokyo in protest at the new textbooks.", "KOR", "JPN"),
    ("Obama called off a meeting with the Philippine president after the insult.", "USA", "PHL"),
])
def test_talks_or_a_visit_called_off_halt_the_contacts(coder, text, source, target):
    # gold README: a cancelled meeting is the meeting negated and, as a reprisal, 164
    got = triples(coder, text, date="2016-09-06")
    assert has_coded(got, "164", source, target), got
    assert not has_coded(got, "04", modality="asserted"), got


def test_a_summit_called_off_stays_a_refusal_and_flights_are_no_event(coder):
    got = triples(coder, "Trump called off the summit with Kim Jong Un.", date="2018-05-24")
    assert has_coded(got, "125", "USA", "PRK"), got
    got = triples(coder, "The airline cancelled its flights to Moscow.", date="2018-05-24")
    assert not has_coded(got, "16", modality=None), got


@pytest.mark.parametrize("text, source, target", [
    ("Australia pulled its ambassador out of Jakarta after the executions.", "AUS", "IDN"),
    ("Bolivia pulled its diplomats out of Israel over the offensive.", "BOL", "ISR"),
])
def test_an_ambassador_pulled_out_cuts_relations(coder, text, source, target):
    got = triples(coder, text, date="2015-04-29")
    assert has_coded(got, "161", source, target), got
    assert not has_coded(got, "087", modality=None), got


def test_troops_pulled_out_stay_a_military_withdrawal(coder):
    got = triples(coder, "Vietnam pulled its troops out of Cambodia.", date="1989-09-26")
    assert has_coded(got, "0874", "VNM"), got


def test_the_expulsion_of_diplomats_announced_is_an_expulsion(coder):
    got = triples(coder, "Spain announced the expulsion of 25 Russian diplomats on Tuesday.", date="2022-04-05")
    assert has_coded(got, "16", "ESP", "RUS"), got
    # people of no office expelled stay a deportation
    got = triples(coder, "Spain announced the expulsion of 25 Moroccan migrants on Tuesday.", date="2022-04-05")
    assert not has_coded(got, "16", modality=None), got


@pytest.mark.parametrize("text, source", [
    ("Dutch marines stormed the hijacked train, freeing all 54 hostages.", "NLDMIL"),
    ("The army recaptured the town, freeing 40 captured soldiers.", "MIL"),
])
def test_people_freed_in_an_aside_are_a_second_act(coder, text, source):
    got = triples(coder, text, date="1977-06-11")
    assert has_coded(got, "0841", source), got


def test_a_statement_released_in_an_aside_frees_no_one(coder):
    got = triples(coder, "The president met the envoy, releasing a statement afterwards.", date="2019-05-02")
    assert not has_coded(got, "084", modality=None), got


@pytest.mark.parametrize("text, target, modality", [
    ("The 52 American hostages were freed after 444 days in captivity.", "USA", "asserted"),
    ("Two British hostages were released in Beirut on Tuesday.", "GBR", "asserted"),
    ("The American hostages were not released despite the deal.", "USA", "negated"),
])
def test_captives_of_a_country_freed_by_no_one_named(coder, text, target, modality):
    got = triples(coder, text, date="1981-01-20")
    assert has_coded(got, "0841", None, target, modality=modality), got


def test_a_ship_freed_by_no_one_named_is_no_release_of_people(coder):
    got = triples(coder, "The Iranian tanker was released on Monday.", date="2019-08-15")
    assert not has_coded(got, "0841", modality=None), got


@pytest.mark.parametrize("text, target", [
    ("Washington designated two Haitian gangs as foreign terrorist organisations.", "HTI"),
    ("Ottawa listed the Revolutionary Guards as a terrorist entity on Wednesday.", "IRN"),
])
def test_a_terrorist_designation_is_a_sanction(coder, text, target):
    got = triples(coder, text, date="2025-05-02")
    assert has_coded(got, "163", None, target), got
    assert not has_coded(got, "172", modality=None), got


def test_a_group_taken_off_a_terrorism_list_eases_the_sanction(coder):
    got = triples(coder, "Washington removed Cuba from its list of state sponsors of terrorism.", date="2015-05-29")
    assert has_coded(got, "081", "USA", "CUB"), got


@pytest.mark.parametrize("text, source, target", [
    ("The French cabinet shelved the pension bill after weeks of strikes by teachers.", "FRA", None),
    ("The French government withdrew the contested fuel tax rise after riots in Paris.", "FRA", None),
    ("Paris suspended the electoral reform for New Caledonia.", "FRA", None),
])
def test_a_bill_or_tax_rise_shelved_gives_in(coder, text, source, target):
    got = triples(coder, text, date="2024-05-16")
    assert has_coded(got, "0832", source, target), got
    assert not has_coded(got, "087", modality=None), got   # no retreat


def test_a_bill_kept_or_only_demanded_is_no_concession(coder):
    got = triples(coder, "The French government refused to withdraw the pension bill despite the strikes.", date="2023-03-27")
    assert not has_coded(got, "0832"), got
    got = triples(coder, "Protesters demanded that the French president withdraw the pension bill.", date="2023-03-27")
    assert not has_coded(got, "0832"), got


@pytest.mark.parametrize("text, source, target", [
    ("Beijing froze military contacts with Washington after the arms sale to Taipei.", "CHN", "USA"),
    ("Seoul halted defence cooperation with Tokyo over the radar incident.", "KOR", "JPN"),
])
def test_military_contacts_suspended_cut_military_ties(coder, text, source, target):
    got = triples(coder, text, date="2019-01-30")
    assert has_coded(got, "1622", source, target), got


def test_military_contacts_kept_are_no_cut(coder):
    got = triples(coder, "Beijing said it would not suspend military contacts with Washington.", date="2019-01-30")
    assert not has_coded(got, "16"), got
