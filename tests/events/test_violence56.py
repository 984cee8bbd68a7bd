"""(violence56) Acts of force the coder read as words or threats. An offensive resumed, restarted, renewed or announced
is the fighting (190), not PETRARCH's threat (138); a coup attempt, a revolt or a rebellion put down is fought (190),
a mutiny, an uprising or a riot put down repressed (175); armed men named by a plural noun of an armed sector, or gunmen, who
attack a place attack it with arms, whatever row of verbal attack (111) its words match ("a camp for displaced
people", "the Federal Government College"). Diplomats, ambassadors and envoys expelled, ordered out or given hours to
leave are expelled people (174 at their government, gold README since blind21: "expelling diplomats 174, recalling
one's own envoy or cutting ties 161"), foreign forces and missions still 166; livestock seized is property taken
(1711), no act on a beast. Sentences written for these tests."""

from __future__ import annotations

import pytest

from gold_helpers import triples


def _events(coder, text, date):
    """(code, source, target, modality) of each event, "" for an empty side (the shared ``coder`` fixture)."""
    return [(c, s or "", t or "", m) for s, t, c, m in triples(coder, text, date=date)]


@pytest.mark.parametrize(("text", "date", "source"), [
    ("The Turkish army resumed its offensive in northern Cyprus on Wednesday.", "1974-08-14", "TUR"),
    ("Ethiopian troops restarted their offensive against Tigrayan forces near Mekelle.", "2021-11-02", "ETH"),
    ("The Iraqi prime minister announced the start of the offensive to retake Tal Afar from Islamic State.",
     "2017-08-20", "IRQ"),
])
def test_offensive_resumed_or_announced_is_fighting(coder, text, date, source):
    events = _events(coder, text, date)
    assert any(c == "190" and s.startswith(source) and m == "asserted" for c, s, t, m in events), events
    assert not any(c == "138" for c, s, t, m in events), events


def test_diplomatic_offensive_announced_is_no_fighting(coder):
    """A diplomatic offensive keeps its longer row: no use of force."""
    events = _events(coder, "Brazil announced a diplomatic offensive to win support for its Security Council bid.",
                     "2010-01-05")
    assert not any(c.startswith("19") for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "date", "source"), [
    ("Soldiers loyal to the junta put down an attempted counter-coup at a barracks outside Niamey.", "2015-09-20",
     "NER"),
    ("Forces loyal to the king put down a revolt by the palace guard in Rabat.", "1971-07-11", "MAR"),
])
def test_coup_or_revolt_put_down_is_fought(coder, text, date, source):
    events = _events(coder, text, date)
    assert any(c == "190" and s.startswith(source) and m == "asserted" for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "date", "source"), [
    ("Loyal Malian soldiers put down an attempted mutiny at the Kati barracks on Thursday.", "2012-04-30", "MLI"),
    ("Loyal troops put down a mutiny by soldiers at a barracks in Ouagadougou.", "2011-04-16", "BFA"),
])
def test_mutiny_put_down_is_repression(coder, text, date, source):
    """Gold README blind50: "troops putting down a mutiny 175 from GOV at its MIL"."""
    events = _events(coder, text, date)
    assert any(c == "175" and s.startswith(source) and m == "asserted" for c, s, t, m in events), events


def test_uprising_put_down_is_repression(coder):
    events = _events(coder, "Peruvian troops put down an uprising by inmates at a Lima prison on Thursday.", "1986-06-19")
    assert any(c == "175" and s.startswith("PER") for c, s, t, m in events), events
    assert not any(c == "190" for c, s, t, m in events), events


def test_weapons_put_down_are_no_force(coder):
    events = _events(coder, "The rebels put down their weapons on Monday.", "2010-01-01")
    assert not any(c.startswith(("17", "19")) for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "date", "source", "code"), [
    ("Janjaweed militiamen attacked a camp for displaced people in West Darfur.", "2005-09-28", "SDNREB", "180"),
    ("Boko Haram militants attacked the Federal Government College in Buni Yadi, Yobe state.", "2014-02-25", "NGAREB",
     "180"),
    ("Gunmen attacked the government palace in Bissau on Tuesday.", "2022-02-01", "", "180"),
])
def test_armed_men_attack_with_arms(coder, text, date, source, code):
    events = _events(coder, text, date)
    assert any(c == code and s == source and m == "asserted" for c, s, t, m in events), events
    assert not any(c.startswith("11") for c, s, t, m in events), events


def test_armed_men_who_would_not_attack_do_not(coder):
    events = _events(coder, "The rebel leader said his fighters would not attack the capital for now.", "2004-02-25")
    assert any(c == "190" and m == "negated" for c, s, t, m in events), events
    assert not any(c.startswith("11") for c, s, t, m in events), events


@pytest.mark.parametrize("text", [
    "Rebel leaders attacked the government for its handling of the peace talks.",
    "The opposition attacked the government for its handling of the economy.",
    "The rebels attacked the peace plan as a betrayal.",
])
def test_leaders_and_words_still_criticise(coder, text):
    """Leaders, a party, or a plan attacked: criticism as before (111), no force."""
    events = _events(coder, text, "2010-01-01")
    assert any(c == "111" for c, s, t, m in events), events
    assert not any(c.startswith(("18", "19")) for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "date", "source", "target"), [
    ("Ghana expelled two Nigerian diplomats on Friday.", "2019-04-05", "GHA", "NGAGOV"),
    ("Somalia ordered the Kenyan ambassador out within 72 hours.", "2020-12-15", "SOM", "KENGOV"),
    ("The junta gave the Swedish ambassador 48 hours to leave the country.", "2023-01-10", "", "SWEGOV"),
    ("Peru ordered three Venezuelan diplomats to leave the country.", "2024-07-30", "PER", "VENGOV"),
    ("Ukraine expelled a Hungarian consul accused of spying.", "2018-10-04", "UKR", "HUNGOV"),
])
def test_expelled_envoys_are_expelled_people(coder, text, date, source, target):
    events = _events(coder, text, date)
    assert any(c == "174" and s.startswith(source) and t == target and m == "asserted"
               for c, s, t, m in events), events
    assert not any(c == "166" for c, s, t, m in events), events


@pytest.mark.parametrize("text", [
    "The junta ordered French troops out of the country within a month.",
    "The government expelled the UN peacekeeping mission on Monday.",
])
def test_forces_and_missions_expelled_stay_166(coder, text):
    events = _events(coder, text, "2022-02-17")
    assert any(c.startswith("166") for c, s, t, m in events), events
    assert not any(c == "174" for c, s, t, m in events), events


def test_envoy_not_expelled_is_negated(coder):
    events = _events(coder, "Ghana has no plans to expel the Nigerian ambassador.", "2019-04-05")
    assert any(c == "174" and m == "negated" for c, s, t, m in events), events
    assert not any(m == "asserted" for c, s, t, m in events), events


def test_livestock_seized_is_property_taken(coder):
    events = _events(coder, "Bandits killed five herders and seized their cattle in Zamfara state.", "2021-03-02")
    assert any(c.startswith("171") and s == "NGACRM" for c, s, t, m in events), events


def test_a_beast_attacked_is_still_no_violence(coder):
    events = _events(coder, "Villagers attacked a crocodile that had killed a fisherman.", "2021-03-02")
    assert not any(c.startswith(("17", "18", "19")) for c, s, t, m in events), events
