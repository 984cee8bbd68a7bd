"""(protest44) Protests named only as what an act answered or defied were held: "said he would not call early
elections after months of protests by students" (a plan or refusal told in a past report follows protests already
held), "signed the bill despite protests by young people" (protests an act is done despite). A state's protest
("despite Chinese protests") is a complaint lodged, no rally. Sentences written for these tests."""

from __future__ import annotations

import pytest

from gold_helpers import triples


def _events(coder, text, date):
    """(code, source, target, modality) of each event, "" for an empty side (the shared ``coder`` fixture)."""
    return [(c, s or "", t or "", m) for s, t, c, m in triples(coder, text, date=date)]


@pytest.mark.parametrize(("text", "date", "country"), [
    ("The Serbian president said he would not call early elections after months of protests by students.",
     "2025-04-02", "SRB"),
    ("Mongolia's prime minister said he would cut fuel prices and sack two ministers after protests against "
     "corruption.", "2022-12-08", "MNG"),
])
def test_a_plan_told_in_a_past_report_follows_protests_already_held(coder, text, date, country):
    events = _events(coder, text, date)
    assert any(c[:2] == "14" and s.startswith(country) and t.startswith(country) and m == "asserted"
               for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "date", "country"), [
    ("Kenya's president signed the finance bill despite weeks of protests by young people.", "2024-06-27", "KEN"),
    ("Peru's president said she would not resign despite protests by farmers in the south.", "2023-01-20", "PER"),
])
def test_protests_an_act_is_done_despite_were_held(coder, text, date, country):
    events = _events(coder, text, date)
    assert any(c[:2] == "14" and s.startswith(country) and t.startswith(country) and m == "asserted"
               for c, s, t, m in events), events


def test_a_states_protest_defied_is_no_rally(coder):
    events = _events(coder, "Japan's prime minister visited the war shrine despite Chinese protests.", "2013-12-27")
    assert not any(c[:2] == "14" for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "date", "country"), [
    ("Riot police in Tbilisi broke up a sit-in by students outside parliament.", "2025-03-01", "GEO"),
    ("Riot police broke up a sit-in by teachers outside the education ministry in Lima.", "2025-03-01", "PER"),
])
def test_a_sit_in_broken_up_was_held(coder, text, date, country):
    """The parser's proper noun "sit-in" is the protest the police acted on."""
    events = _events(coder, text, date)
    assert any(c == "141" and s.startswith(country) and t.startswith(country) and m == "asserted"
               for c, s, t, m in events), events


def test_a_protest_a_relative_clause_tells_broken_up_was_held_by_the_forces_country(coder):
    events = _events(coder, "The rallies that Kenyan riot police broke up on Tuesday were the largest in years.",
                     "2024-06-27")
    assert any(c == "141" and s.startswith("KEN") and m == "asserted" for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "date", "country"), [
    ("Hariri supporters stormed the municipal building in Beirut's Tariq al-Jdideh district.", "2025-03-01", "LBN"),
    ("Supporters of the jailed opposition leader stoned a police station in Kisumu.", "2025-03-01", "KEN"),
])
def test_supporters_who_riot_are_civilians_of_the_place(coder, text, date, country):
    """Supporters no actor word names are a crowd of the place where they riot."""
    events = _events(coder, text, date)
    assert any(c == "145" and s.startswith(country) and m == "asserted" for c, s, t, m in events), events


def test_opposition_supporters_stay_the_opposition(coder):
    events = _events(coder, "Police in Harare detained dozens of opposition supporters protesting against the result.",
                     "2018-08-02")
    assert any(c[:2] == "14" and s == "ZWEOPP" for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "date", "country", "foreign"), [
    ("A crowd of Sudanese stormed and set fire to the German embassy in Khartoum.", "2012-09-14", "SDN", "DEU"),
    ("Crowds of angry youths stoned the Danish consulate in Beirut.", "2006-02-05", "LBN", "DNK"),
])
def test_civilians_who_attack_a_foreign_embassy_riot(coder, text, date, country, foreign):
    """The README's "protesters attacking embassies are 145 at each embassy's government", whatever the crowd's name."""
    events = _events(coder, text, date)
    assert any(c == "145" and s.startswith(country) and t.startswith(foreign) and m == "asserted"
               for c, s, t, m in events), events
    assert not any(c == "180" for c, s, t, m in events), events


def test_a_mob_on_foreign_civilians_still_assaults_them(coder):
    events = _events(coder, "A mob of villagers attacked Chinese miners near a gold pit in the Ashanti region of Ghana.",
                     "2023-06-01")
    assert not any(c == "145" for c, s, t, m in events), events
