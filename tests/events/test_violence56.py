"""(violence56) Acts of force the coder read as words or threats. An offensive resumed, restarted, renewed or announced
is the fighting (190), not PETRARCH's threat (138); a mutiny, a coup attempt or a rebellion put down is fought (190),
an uprising or a riot put down repressed (175); armed men named by a plural noun of an armed sector, or gunmen, who
attack a place attack it with arms, whatever row of verbal attack (111) its words match ("a camp for displaced
people", "the Federal Government College"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from gold_helpers import triples


def _events(coder, text, date):
    """(code, source, target, modality) of each event, "" for an empty side (the shared ``coder`` fixture)."""
    return [(c, s or "", t or "", m) for s, t, c, m in triples(coder, text, date=date)]


@pytest.mark.parametrize(("text", "date", "source"), [
    ("The Turkish army resumed its offensive in northern Cyprus on Wednesday.", "1974-08-14", "TUR"),
    ("Ethiopian troops renewed their offensive against Tigrayan forces near Mekelle.", "2021-11-02", "ETH"),
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
    ("Loyal Malian soldiers put down an attempted mutiny at the Kati barracks on Thursday.", "2012-04-30", "MLI"),
    ("The Gabonese government said its forces had put down a coup attempt by a group of officers.", "2019-01-07",
     "GAB"),
])
def test_mutiny_or_coup_put_down_is_fought(coder, text, date, source):
    events = _events(coder, text, date)
    assert any(c == "190" and s.startswith(source) and m == "asserted" for c, s, t, m in events), events


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
