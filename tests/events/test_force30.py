"""Material conflict told in the words of the wire (helper force30): captives held by those a participle names,
aircraft shot down, troops landing in force. Sentences written for these tests."""

from __future__ import annotations

from gold_helpers import coded, has_coded, triples


def test_gunmen_holding_captives_hold_them_hostage(coder):
    got = triples(coder, "Abu Sayyaf guerrillas holding three Filipino aid workers demanded a ransom.", date="2001-06-02")
    assert not has_coded(got, "181") or has_coded(got, "181", "PHLREB"), got
    got = triples(coder, "Commandos freed 12 of the 14 hostages held by Tupac Amaru rebels.", date="1997-04-23")
    assert has_coded(got, "181", "PERREB"), got
    assert has_coded(got, "0841"), got


def test_things_done_by_someone_are_no_act_on_people(coder):
    # a participle on a thing, not on people: no second act read from it
    got = triples(coder, "The council voted to investigate abuses committed by Russian troops near Kyiv.", date="2022-05-12")
    assert not coded(got, "18"), got


def test_aircraft_shot_down_is_an_aerial_weapons_attack(coder):
    got = triples(coder, "Syrian air defences shot down a Turkish reconnaissance jet over the Mediterranean.",
                  date="2012-06-23")
    assert has_coded(got, "195", "SYR", "TUR"), got
    got = triples(coder, "Rebels downed an army helicopter near the border on Sunday.", date="2014-05-05")
    assert has_coded(got, "195"), got
    assert not coded(got, "180"), got


def test_troops_landing_in_force_use_force_and_unopposed_deploy(coder):
    got = triples(coder, "Turkish troops landed on the northern coast of Cyprus at dawn on Saturday.", date="1974-07-20")
    assert has_coded(got, "190", "TURMIL", "CYP"), got
    got = triples(coder, "American troops landed unopposed in Haiti on Monday.", date="1994-09-19")
    assert has_coded(got, "154", "USAMIL", "HTI"), got
    assert not coded(got, "19"), got
    got = triples(coder, "UN peacekeepers landed in Bangui on Monday.", date="2014-04-10")
    assert has_coded(got, "074"), got
    assert not coded(got, "19"), got


def test_vehicles_detonated_and_blows_by_hand_are_bombing_and_assault(coder):
    got = triples(coder, "Two suicide bombers detonated vehicles at the gate of an army base in Bannu, killing 18 people.",
                  date="2025-03-05")
    assert has_coded(got, "183"), got
    got = triples(coder, "A Sri Lankan sailor struck the Indian prime minister with his rifle butt during a ceremony in Colombo.",
                  date="1987-07-30")
    assert has_coded(got, "182"), got
    assert not coded(got, "19"), got
    got = triples(coder, "Crowds jostled for position outside the stadium before the final.", date="2024-06-01")
    assert not got, got
