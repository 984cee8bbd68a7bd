"""Fight and assault (helper fight35): the violence of unnamed assailants and gangs in their own country is aimed at
it, like that of insurgents. Sentences written for these tests."""

from __future__ import annotations

from gold_helpers import has_coded, triples


def test_unnamed_assailants_at_home_attack_the_country(coder):
    # "assailants" take the country of the place (sector CRM); the place they attack there is the target
    got = triples(coder, "On 5 May 2022, unidentified assailants lobbed a grenade at a shop in Sopore, Kashmir.",
                  date="2022-05-05")
    assert has_coded(got, "18", None, "IND"), got
    assert not any(c.startswith("18") and not t for s, t, c, m in got), got


def test_a_gang_attack_at_home_is_aimed_at_the_country(coder):
    got = triples(coder, "On 4 July 2023, gang members hurled a grenade into a market in Tijuana, Baja California.",
                  date="2023-07-04")
    assert has_coded(got, "18", "MEXCRM", "MEX"), got


def test_a_site_inside_another_site_is_in_the_town_of_that_one(coder):
    got = triples(coder, "A suicide bomber blew himself up inside a chapel in the army compound in Quetta.",
                  date="2023-01-30")
    assert has_coded(got, "18", None, "PAK"), got
    # a town or area noun in between keeps the victims the rules read first
    got = triples(coder, "An air strike flattened a building in the village of Qana, killing dozens of civilians.",
                  date="2006-07-30")
    assert has_coded(got, "19", None, "LBNCVL"), got


def test_a_craft_shot_down_by_no_one_named_is_aimed_at_who_is_aboard(coder):
    got = triples(coder, "The helicopter carrying President Samuel Doe was shot down near Monrovia.", date="1990-09-09")
    assert has_coded(got, "195", None, "LBRGOV"), got
    # the act hit the craft: no assassination of the one aboard is coded from it
    assert not any(c.startswith("18") for s, t, c, m in got), got


def test_a_cargo_or_unnamed_people_carried_are_no_one_aboard(coder):
    got = triples(coder, "Government troops shot down a cargo plane carrying weapons for the rebels over Angola and "
                         "captured its American pilot.", date="1987-10-06")
    assert not any(c.startswith("19") and (t or "").endswith("REB") for s, t, c, m in got), got
    got = triples(coder, "A bus carrying employees of a British oil firm was ambushed in southern Nigeria.",
                  date="2006-05-10")
    assert has_coded(got, "19", None, "NGA"), got


def test_the_actor_a_weapon_was_fired_by_is_the_attacker(coder):
    # the parser may make "fired" the main verb and "Rockets" its subject
    got = triples(coder, "Rockets fired by Hamas struck a bus station in Ashkelon, wounding six people.",
                  date="2014-07-20")
    assert has_coded(got, "19", "PSE", "ISR"), got
