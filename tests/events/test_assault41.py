"""Assaults of CAMEO root 18 and their targets (helper assault41 of the forty-first session). Our own sentences."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, source, target, leader", [
    # (sentence._victims_unnamed) the victims are named by no actor: a leader named deeper in the sentence (a clause of
    # the protest, of the unrest) is no victim, and the killing is no assassination
    ("Riot police in Guinea killed at least six people during rallies that broke out in Conakry after Alpha Conde was "
     "declared the winner of the vote.", "GINCOP", "GIN", "GINGOV"),
    ("Troops opened fire on marchers near the airport in Ayacucho, killing at least five, as anger over Pedro "
     "Castillo's removal grew.", "PERMIL", "PER", "PERELI"),
])
def test_people_killed_are_not_a_leader_named_deeper(coder, text, source, target, leader):
    t = triples(coder, text, date="2022-12-20")
    assert not has_coded(t, "186", modality=None), t
    assert not any(tg == leader for s, tg, c, m in t if c[:2] in {"17", "18", "19"}), t
    assert any(c[:2] in {"17", "18", "19", "20"} and (s or "").startswith(source) and (tg or "").startswith(target)
               for s, tg, c, m in t), t


def test_victims_named_by_an_actor_keep_their_country(coder):
    # a killing whose object's phrase names an actor keeps the target the deeper rules find
    t = triples(coder, "Cartel gunmen killed three people linked to the U.S. consulate in Ciudad Juarez.",
                date="2010-03-15")
    assert any(c[:2] == "18" and (tg or "").startswith("USA") for s, tg, c, m in t), t


def test_stabbed_in_the_back_is_no_assault(coder):
    # (foedus_verbs) a betrayal told in a figure strikes no blow
    t = triples(coder, "Ottawa's trade minister said Canada had been stabbed in the back when Mexico signed a separate "
                       "deal with Washington.", date="2018-08-28")
    assert not has_coded(t, "18", modality=None), t


def test_stabbed_in_the_chest_is_an_assault(coder):
    t = triples(coder, "A man stabbed the mayor of Gdansk in the chest on stage.", date="2019-01-14")
    assert has_coded(t, "18", modality=None), t


def test_attackers_beaten_back_are_fought(coder):
    # (foedus_verbs) "were beaten back by the defenders": fought off (190), not beaten (182)
    t = triples(coder, "Rebel columns stormed the garrison at Kidal but were beaten back by Malian and French forces.",
                date="2013-02-10")
    assert not has_coded(t, "182", modality=None), t
    assert has_coded(t, "190", "MLI", modality=None) or has_coded(t, "190", "FRA", modality=None), t


@pytest.mark.parametrize("text, date, target", [
    # (actors.held_place, data/actors/held_places.tsv) a place in land another power holds, attacked, is the holder's
    ("A car bomb exploded near the ferry port in Kerch, killing a guard.", "2022-10-08", "RUS"),
    ("A bomb went off at a bus stop in Sevastopol, wounding four people.", "2023-04-29", "RUS"),
    # before the holder took it, the land is its own state's
    ("A bomb went off outside a cafe in Simferopol, wounding two people.", "2008-06-01", "UKR"),
])
def test_attack_on_held_land_is_aimed_at_the_holder(coder, text, date, target):
    t = triples(coder, text, date=date)
    assert any(c[:2] in {"18", "19"} and (tg or "")[:3] == target for s, tg, c, m in t), t


def test_taking_held_land_stays_aimed_at_its_state(coder):
    t = triples(coder, "Moscow signed a treaty absorbing Crimea and Sevastopol into the Russian Federation.",
                date="2014-03-19")
    assert not any(c.startswith("192") and (tg or "").startswith("RUS") for s, tg, c, m in t), t


def test_held_place_keeps_people_named_by_their_own_country():
    from foedus import schema
    from foedus.coder import actors

    sailors = schema.Actor(text="Ukrainian sailors in Sevastopol", code="UKRMIL", country="UKR", sector="MIL")
    assert actors.held_place(sailors, "2022-05-01", "190") == sailors
    bridge = schema.Actor(text="Kerch", code="UKR", country="UKR")
    assert actors.held_place(bridge, "2022-10-08", "183").code == "RUS"
    assert actors.held_place(bridge, "2013-10-08", "183").code == "UKR"
    assert actors.held_place(bridge, "2022-10-08", "1921").code == "UKR"   # taking land: not violence to a place
    assert actors.held_place(bridge, "2022-10-08", "111").code == "UKR"


# (casualty targets) a bombing aimed only at a place is aimed at the people it killed: their sector, else civilians
def test_a_bombing_at_a_bar_that_killed_customers_is_aimed_at_civilians(coder):
    t = triples(coder, "A bomb exploded at a bar in Maiduguri, killing nine customers, police said.", date="2015-06-01")
    assert any(c.startswith("183") and tgt == "NGACVL" for s, tgt, c, m in t), t


def test_a_bombing_at_a_police_station_that_killed_officers_is_aimed_at_the_police(coder):
    t = triples(coder, "A suicide bomber blew himself up outside a police station in Quetta, killing six officers.",
                date="2015-06-01")
    assert any(c.startswith("183") and tgt == "PAKCOP" for s, tgt, c, m in t), t


def test_a_bombing_that_killed_no_one_named_keeps_the_place(coder):
    t = triples(coder, "A roadside bomb struck a convoy near Kandahar.", date="2015-06-01")
    assert any(c.startswith("183") and tgt == "AFG" for s, tgt, c, m in t), t
