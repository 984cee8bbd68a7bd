"""(violence58) Goods seized in a participle aside, a passive sharing the subject of the verb before it, and the
governor-general. Movable goods (arms, vehicles, stock, food, cash) seized, looted or carried off in a present-participle
aside are the subject's second act (1711/171) beside an act that is no seizure itself; a place or a building seized in
an aside is the taking of ground, no confiscation. A passive coordinated after a verb with no subject of its own ("returned
home and was placed under house arrest") acts on that verb's subject. A governor-general is his country's government.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from gold_helpers import triples


def _events(coder, text, date):
    """(code, source, target, modality) of each event, "" for an empty side (the shared ``coder`` fixture)."""
    return [(c, s or "", t or "", m) for s, t, c, m in triples(coder, text, date=date)]


@pytest.mark.parametrize(("text", "date", "source"), [
    ("Islamist fighters overran an army post near Dori, carting off rifles, fuel and two pickup trucks.",
     "2024-05-11", "BFAREB"),
    ("Mexican soldiers detained a cartel boss near Reynosa, seizing six rifles and a million dollars in cash.",
     "2013-07-15", "MEXMIL"),
    ("Croatian guardsmen forced the army garrison in Bjelovar to surrender, seizing dozens of tanks.",
     "1991-09-22", "HRVMIL"),
])
def test_goods_seized_in_an_aside_are_a_second_act(coder, text, date, source):
    events = _events(coder, text, date)
    assert any(c == "1711" and s == source and m == "asserted" for c, s, t, m in events), events


def test_looting_in_an_aside_beside_a_raid(coder):
    events = _events(coder, "Insurgents raided the town of Mueda, looting food from shops.", "2023-04-02")
    assert any(c == "190" and s == "MOZREB" for c, s, t, m in events), events
    assert any(c.startswith("171") and s == "MOZREB" and m == "asserted" for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "date"), [
    ("Iraqi troops overran Kuwait before dawn, seizing the emir's palace.", "1990-08-02"),
    ("Leftist guerrillas launched their biggest offensive of the war, seizing several districts of the capital.",
     "1989-11-12"),
])
def test_place_seized_in_an_aside_is_no_confiscation(coder, text, date):
    events = _events(coder, text, date)
    assert not any(c.startswith("171") for c, s, t, m in events), events


def test_killing_toll_in_an_aside_stays_a_toll(coder):
    events = _events(coder, "Gunmen attacked a village in Zamfara, killing 12 people.", "2020-01-01")
    assert not any(c.startswith("171") for c, s, t, m in events), events
    assert len([e for e in events if e[0][:2] in {"18", "19", "20"}]) == 1, events


@pytest.mark.parametrize(("text", "date", "target"), [
    ("Opposition leader Kim Dae-jung returned to Seoul from exile on Friday and was placed under house arrest.",
     "1985-02-08", "KOROPP"),
    ("Rutskoi and Khasbulatov gave themselves up and were led away under arrest.", "1993-10-04", "RUS"),
])
def test_coordinated_passive_shares_the_subject(coder, text, date, target):
    events = _events(coder, text, date)
    assert any(c == "173" and t.startswith(target) and m == "asserted" for c, s, t, m in events), events


def test_coordinated_passive_with_a_cause_named_codes_no_killing(coder):
    events = _events(coder, "Five gunmen stormed the parliament in New Delhi and were killed in a gunfight with guards.",
                     "2001-12-13")
    assert not any(c in {"1823", "186"} for c, s, t, m in events), events


def test_governor_general_is_the_government(coder):
    events = _events(coder, "Governor-General Ghulam Mohammad dissolved Pakistan's Constituent Assembly and declared a "
                            "state of emergency.", "1954-10-25")
    assert ("1724", "PAKGOV", "PAK", "asserted") in events, events


@pytest.mark.parametrize(("text", "date", "country"), [
    ("South Sudanese army helicopters bombed villages in Longechuk county, Upper Nile, residents said.", "2014-03-01",
     "SSD"),
    ("Gunmen burned granaries along the White Nile, villagers fleeing toward Kosti said.", "2024-03-01", "SDN"),
])
def test_nile_regions_are_no_egypt(coder, text, date, country):
    events = _events(coder, text, date)
    assert events and not any("EGY" in s or "EGY" in t for c, s, t, m in events), events
    assert any(t.startswith(country) for c, s, t, m in events), events


def test_carabineros_are_police(coder):
    events = _events(coder, "Carabineros dispersed a march of students in Valparaiso with water cannon.", "2019-10-21")
    assert any(c == "175" and s == "CHLCOP" for c, s, t, m in events), events


def test_goods_seized_in_an_aside_from_whom_the_main_act_was_aimed_at(coder):
    events = _events(coder, "Mexican soldiers detained a cartel boss near Reynosa, seizing six rifles and a million "
                            "dollars in cash.", "2013-07-15")
    assert ("1711", "MEXMIL", "MEXCRM", "asserted") in events, events


@pytest.mark.parametrize(("text", "date"), [
    ("Rival supporters threw bottles and chairs at each other after the football derby in Kigali on Sunday.",
     "2021-05-02"),
    ("Supporters of the home club fought with police and rival fans with stones outside the stadium in Oran after a cup "
     "match.", "2022-03-06"),
])
def test_fans_fighting_around_a_match_is_no_riot(coder, text, date):
    events = _events(coder, text, date)
    assert not any(c.startswith("145") for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "date", "code"), [
    ("Police fired tear gas at fans after the match at the national stadium in Conakry.", "2021-05-02", "175"),
    ("Supporters of the Awami League attacked a rally of a rival party in Gopalganj.", "2025-07-16", "145"),
])
def test_force_at_a_match_and_party_leagues_keep_their_codes(coder, text, date, code):
    events = _events(coder, text, date)
    assert any(c == code for c, s, t, m in events), events
