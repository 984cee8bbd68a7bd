"""Fights and attacks the coder miscoded (fight36). Sentences written for these tests."""

from __future__ import annotations

from gold_helpers import coded, triples


def test_weapons_intercepted_in_a_relative_clause_are_no_act_of_the_defender(coder):
    got = triples(coder, "Hezbollah fired dozens of rockets at northern Israel, most of which were intercepted by "
                         "Israeli air defences.", date="2024-08-25")
    assert ("LBNREBHEZ", "ISR", "asserted") in {(s, t[:3], m) for s, t, m in coded(got, "19")}, got
    assert not [x for x in got if x[0] and x[0].startswith("ISR")], got


def test_a_weapon_shot_down_told_by_a_reduced_relative_or_a_pronoun_is_no_act_of_the_defender(coder):
    got = triples(coder, "Debris of a drone shot down by Romanian jets landed near Tulcea.", date="2023-09-10")
    assert not [x for x in got if x[0] and x[0].startswith("ROU")], got
    got = triples(coder, "The Houthis fired a ballistic missile at Jeddah; it was shot down by a Saudi frigate.",
                  date="2023-09-10")
    assert not [x for x in got if x[0] and x[0].startswith("SAU")], got


def test_weapons_shot_down_in_the_passive_are_their_launchers_attack(coder):
    got = triples(coder, "Dozens of Russian missiles were shot down by Ukrainian air defences over Lviv.",
                  date="2024-03-24")
    assert {(s, t[:3], m) for s, t, m in coded(got, "195")} == {("RUS", "UKR", "asserted")}, got
    assert not [x for x in got if x[0] and x[0].startswith("UKR")], got


def test_one_craft_of_another_state_shot_down_in_the_passive_stays_the_defenders_force(coder):
    got = triples(coder, "A Turkish reconnaissance drone was shot down by Syrian air defences near Latakia.",
                  date="2019-06-10")
    assert [x for x in got if x[0] and x[0].startswith("SYR") and x[1] and x[1].startswith("TUR")], got


def test_a_bomb_that_wrecks_a_building_is_a_bombing_not_artillery(coder):
    # PETRARCH's "&weapon wreck *" (194) reads any weapon as artillery
    got = triples(coder, "A bomb wrecked a crowded bus station in Quetta on Monday.", date="2019-04-12")
    assert {(s, t[:3], m) for s, t, m in coded(got, "183")} == {(None, "PAK", "asserted")}, got
    assert not coded(got, "194"), got


def test_a_mortar_bomb_that_wrecks_a_market_stays_artillery(coder):
    got = triples(coder, "A mortar bomb wrecked the main market in Sarajevo.", date="1994-02-05")
    assert coded(got, "194") and not coded(got, "183"), got


def test_gang_killings_in_numbers_at_a_named_place_are_a_massacre(coder):
    got = triples(coder, "Gang members killed at least 90 people in the Bel Air district of Port-au-Prince over two days.", date="2024-12-09")
    assert ("HTICRM", "HTI", "asserted") in {(s, t[:3], m) for s, t, m in coded(got, "202")}, got


def test_gang_killings_counted_across_a_country_stay_unconventional_violence(coder):
    got = triples(coder, "Honduras declared an emergency after gangs killed 58 people in a single weekend.",
                  date="2022-11-30")
    assert not coded(got, "202"), got


def test_the_named_group_before_the_killers_noun_makes_them_actors_of_a_massacre(coder):
    got = triples(coder, "Interahamwe militia members killed hundreds of Tutsi civilians in Kibuye.", date="1994-04-20")
    assert coded(got, "202"), got


def test_answering_with_a_weapon_is_the_answerers_use_of_it(coder):
    got = triples(coder, "Indian troops responded with artillery fire on Pakistani posts near Poonch.", date="2025-05-08")
    assert ("INDMIL", "PAK", "asserted") in {(s, t[:3], m) for s, t, m in coded(got, "194")}, got
    got = triples(coder, "The Yemeni army reacted with rocket fire on Houthi positions in Marib.", date="2021-03-02")
    assert [x for x in coded(got, "19") if x[0] and x[0].startswith("YEM")], got


def test_answering_with_words_is_no_force(coder):
    got = triples(coder, "The Kenyan government responded with a package of reforms.", date="2024-07-01")
    assert not [x for x in got if x[2][:2] in {"18", "19", "20"}], got
    got = triples(coder, "North Korea answered the drills with two underground explosions at Punggye-ri.",
                  date="2016-09-09")
    assert not [x for x in got if x[2][:2] in {"18", "19"}], got


def test_a_series_of_weapons_that_hits_a_city_is_their_owners_attack(coder):
    got = triples(coder, "A barrage of Russian missiles and drones targeted power plants in Kharkiv.", date="2024-03-24")
    assert ("RUS", "UKR", "asserted") in {(s[:3], t[:3], m) for s, t, m in coded(got, "195") if s and t}, got


def test_a_wave_of_strikes_that_hits_a_place_is_their_doers_attack(coder):
    got = triples(coder, "A wave of Israeli air strikes hit the outskirts of Tyre overnight.", date="2024-10-02")
    assert ("ISR", "LBN", "asserted") in {(s[:3], t[:3], m) for s, t, m in coded(got, "195") if s and t}, got


def test_strikes_a_state_aims_at_a_place_are_its_military_strikes(coder):
    got = triples(coder, "Turkish strikes on Kurdish-held villages near Qamishli continued for a third day.",
                  date="2022-11-22")
    assert [x for x in coded(got, "19") if x[0] and x[0].startswith("TUR")], got


def test_strikes_of_a_country_aimed_at_no_one_are_a_labour_stoppage(coder):
    got = triples(coder, "Belgian strikes paralysed rail and air traffic on Monday.", date="2023-10-16")
    assert not [x for x in got if x[2][:2] in {"18", "19", "20"}], got
