"""Round 13 (actors13): actor facts. A role still holds on the day it ends (the day of the leaving), unless
another role of the same person begins that day; state forces known by their own names and armed groups of
2015-2026; local government words (councillor, village chief, district commissioner) as GOV. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from foedus.coder.actors import Person, Role


def _codes(matcher, nlp, text, date):
    return {m.text: m.code for m in matcher.find(nlp(text), date)}


def test_the_role_holds_on_the_day_it_ends():
    p = Person("x", "X", [], "AAA", [Role("AAAGOV", "2001-01-01", "2005-03-04")], None, "test")
    assert p.code_on("2005-03-03") == "AAAGOV"
    assert p.code_on("2005-03-04") == "AAAGOV"
    assert p.code_on("2005-03-05") == "AAAELI"


def test_a_role_beginning_that_day_wins_over_the_one_ending():
    p = Person("x", "X", [], "AAA", [Role("AAAOPP", "2001-01-01", "2005-03-04"), Role("AAAGOV", "2005-03-04", None)],
               None, "test")
    assert p.code_on("2005-03-04") == "AAAGOV"
    assert p.code_on("2005-03-03") == "AAAOPP"


@pytest.mark.parametrize(("text", "date", "name", "code"), [
    ("Sheikh Hasina resigned as prime minister and left Dhaka by helicopter.", "2024-08-05", "Sheikh Hasina", "BGDGOV"),
    ("Sheikh Hasina spoke to reporters in New Delhi.", "2024-08-20", "Sheikh Hasina", "BGDELI"),
    ("Todor Zhivkov handed over the party leadership.", "1989-11-10", "Todor Zhivkov", "BGRGOV"),
])
def test_a_leader_on_the_day_of_leaving(matcher, nlp, text, date, name, code):
    assert _codes(matcher, nlp, text, date).get(name) == code


@pytest.mark.parametrize(("text", "date", "name", "code"), [
    ("SAF warplanes bombed a market in the town.", "2024-05-01", "SAF", "SDNMIL"),
    ("Two CRPF jawans were wounded in the blast.", "2024-05-01", "CRPF", "INDCOP"),
    ("The Border Security Force said it had stopped the intruders.", "2024-05-01", "Border Security Force", "INDCOP"),
    ("Frontier Corps troops cleared the highway.", "2024-05-01", "Frontier Corps", "PAKMIL"),
    ("The Assam Rifles sealed the border.", "2024-05-01", "Assam Rifles", "INDMIL"),
    ("Police rounded up JVP militants in the south.", "1988-11-01", "JVP", "LKAREB"),
    ("The CSP-PSD said its fighters had shot down a drone.", "2024-05-01", "CSP-PSD", "MLIREB"),
    ("The Bamar People's Liberation Army seized a police post.", "2024-05-01", "Bamar People's Liberation Army", "MMRREB"),
    ("Carteles Unidos gunmen blocked the road with burning trucks.", "2024-05-01", "Carteles Unidos", "MEXCRM"),
    ("The Comuneros del Sur handed over weapons.", "2024-05-01", "Comuneros del Sur", "COLREB"),
    ("Ambazonia Defence Forces burned a school.", "2024-05-01", "Ambazonia Defence Forces", "CMRREB"),
])
def test_named_forces_and_groups(matcher, nlp, text, date, name, code):
    found = _codes(matcher, nlp, text, date)
    assert any(name in t and c == code for t, c in found.items()), found


def test_jvp_is_a_party_after_its_insurgencies(matcher, nlp):
    found = _codes(matcher, nlp, "The JVP won three seats in parliament.", "2001-12-06")
    assert found.get("JVP") == "LKAPTY"


@pytest.mark.parametrize(("text", "word"), [
    ("Gunmen shot a local councillor outside his home.", "councillor"),
    ("Armed men abducted a village chief near the market.", "village chief"),
    ("Protesters stoned the district commissioner's car.", "district commissioner"),
])
def test_local_government_words_are_gov(matcher, nlp, text, word):
    found = _codes(matcher, nlp, text, "2024-05-01")
    assert any(word in t and c.endswith("GOV") for t, c in found.items()), found


@pytest.mark.parametrize(("text", "date", "name", "code"), [
    ("Sergei Surovikin ordered his troops to leave the west bank.", "2022-11-09", "Sergei Surovikin", "RUSMIL"),
    ("Sergei Surovikin was seen at a ceremony in Algiers.", "2024-05-01", "Sergei Surovikin", "RUSELI"),
    ("Dennis Ross shuttled between the two leaders.", "1997-01-10", "Dennis Ross", "USAGOV"),
    ("Dennis Ross wrote that the plan would fail.", "2020-06-01", "Dennis Ross", "USAELI"),
    ("Najla Mangoush met her Turkish counterpart.", "2022-01-10", "Najla Mangoush", "LBYGOV"),
    ("Najla Mangoush spoke from Istanbul.", "2024-01-10", "Najla Mangoush", "LBYELI"),
])
def test_a_person_holds_a_post_only_in_its_years(matcher, nlp, text, date, name, code):
    assert _codes(matcher, nlp, text, date).get(name) == code


@pytest.mark.parametrize("text", [
    "Armed gangs stormed a police station on the outskirts of Port-au-Prince on Sunday.",
    "A criminal gang ambushed a convoy in Port-au-Prince.",
])
def test_an_armed_gang_is_criminal_not_unidentified_forces(matcher, nlp, text):
    # (the Phoenix agents file lists "armed gang" under UAF; the curated file's CRM wins)
    codes = _codes(matcher, nlp, text, "2024-03-03")
    assert any(code.endswith("CRM") for code in codes.values()), codes
    assert not any(code.endswith("UAF") for code in codes.values()), codes
