"""Armed forces that march into a place, or storm an aircraft, enter it by force; a crowd that marches into a square
demonstrates; a weapon hurled or fired is the subject of the impact told after it. Sentences written for these tests."""

from __future__ import annotations

from gold_helpers import coded, has_coded, triples


def test_rebels_marching_into_a_capital_enter_it_by_force(coder):
    got = triples(coder, "Rwandan Patriotic Front rebels marched into Kigali on Monday after the army fled.", date="1994-07-04")
    assert has_coded(got, "190", "RWA"), got
    assert not coded(got, "14"), got
    got = triples(coder, "Government troops marched into the rebel stronghold of Jaffna on Saturday.", date="1995-12-02")
    assert coded(got, "19"), got


def test_a_crowd_marching_into_a_square_demonstrates(coder):
    got = triples(coder, "Tens of thousands of students marched into Tiananmen Square demanding dialogue.", date="1989-04-27")
    assert coded(got, "14"), got
    assert not coded(got, "19"), got


def test_an_aircraft_stormed_is_boarded_by_force(coder):
    got = triples(coder, "Egyptian commandos stormed the hijacked airliner on the tarmac in Valletta.", date="1985-11-24")
    assert has_coded(got, "190", "EGY"), got
    got = triples(coder, "Russia sold attack aircraft to Algeria.", date="2006-03-10")
    assert not coded(got, "19"), got


def test_a_weapon_hurled_or_fired_is_the_subject_of_the_impact_after_it(coder):
    # the parser reads "hurled" / "fired" as the main verb and "killed" / "hit" as a clause of its own
    got = triples(coder, "Grenades hurled into a campaign rally in Chittagong on Friday killed nine people.",
                  date="2004-05-21")
    assert coded(got, "18"), got
    got = triples(coder, "Mortar shells fired from the hills hit a crowded bread queue in Sarajevo.", date="1992-05-27")
    assert coded(got, "19"), got


def test_people_who_act_and_then_act_again_keep_their_parse(coder):
    got = triples(coder, "Troops fired into the air and dispersed the protesters in Dhaka.", date="2004-05-21")
    assert not coded(got, "18"), got
