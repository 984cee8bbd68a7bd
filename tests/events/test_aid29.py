"""Material cooperation and aid told in the words of the wire (helper aid29): aid that arrives with its carrier as
the subject, from the giver named on the carrier or from no one. Sentences written for these tests."""

from __future__ import annotations

from gold_helpers import coded, has_coded, triples


def test_aid_carried_into_a_place_is_humanitarian_aid_from_no_one_named(coder):
    got = triples(coder, "The first lorries carrying food aid rolled into Khartoum on Thursday.", date="2023-06-01")
    assert has_coded(got, "073", None, "SDN"), got
    assert all(s is None for s, _, c, _ in got if c.startswith("07")), got
    got = triples(coder, "The first shipments of medicine arrived in Port-au-Prince by sea.", date="2024-03-20")
    assert has_coded(got, "073", None, "HTI"), got


def test_aid_carrier_names_its_giver(coder):
    got = triples(coder, "A convoy of Turkish trucks carrying tents and blankets crossed into northern Syria.",
                  date="2023-02-10")
    assert has_coded(got, "073", "TUR", "SYR"), got
    got = triples(coder, "A UNICEF convoy reached the besieged eastern districts of Aleppo with vaccines.", date="2016-01-14")
    assert has_coded(got, "073", "IGO", "SYR"), got


def test_carriers_of_no_aid_or_aid_that_did_not_arrive_are_no_aid(coder):
    got = triples(coder, "A Russian military convoy entered the town of Kupiansk.", date="2022-03-01")
    assert not coded(got, "07"), got
    got = triples(coder, "Israel blocked all aid trucks from entering Gaza on Sunday.", date="2025-03-02")
    assert not has_coded(got, "073"), got
    got = triples(coder, "Aid trucks were unable to enter Gaza because of the fighting.", date="2025-03-02")
    assert not has_coded(got, "073"), got


def test_weapons_handed_to_peacekeepers_are_arms_laid_down(coder):
    got = triples(coder, "The rebel commander handed his rifle to UN peacekeepers in Bunia.", date="2004-06-10")
    assert has_coded(got, "0873", None, "IGOUNO"), got
    assert not coded(got, "072"), got
    got = triples(coder, "Britain handed over its Challenger tanks to the Ukrainian army.", date="2023-03-28")
    assert has_coded(got, "072", "GBR", "UKR"), got


def test_joint_drills_are_military_cooperation_both_ways(coder):
    got = triples(coder, "About 800 French troops began joint exercises with Moroccan soldiers near Agadir.",
                  date="2019-05-14")
    assert has_coded(got, "062", "FRA", "MAR") and has_coded(got, "062", "MAR", "FRA"), got
    got = triples(coder, "Thousands of U.S. troops joined Egyptian forces in the Bright Star exercises near Cairo.",
                  date="2001-10-10")
    assert has_coded(got, "062", "USA", "EGY") and has_coded(got, "062", "EGY", "USA"), got
    assert not coded(got, "060"), got
    # training is one way, and patrols against rebels give the rebels no cooperation
    got = triples(coder, "American instructors trained Ukrainian soldiers in Germany.", date="2023-01-20")
    assert not has_coded(got, "062", "UKR", "USA"), got


def test_another_states_frozen_money_released_eases_the_freeze(coder):
    got = triples(coder, "Washington unfroze $2 billion in Venezuelan oil revenue.", date="2024-02-01")
    assert has_coded(got, "085", "USA", "VEN"), got
    assert not coded(got, "071"), got
    got = triples(coder, "Norway unfroze 500 million dollars for the Amazon Fund.", date="2023-01-02")
    assert has_coded(got, "071", "NOR"), got


def test_lenders_programmes_approved_are_aid_and_lending_stopped_cuts_it(coder):
    got = triples(coder, "The IMF approved a 2.9 billion dollar extended fund facility for Sri Lanka.", date="2023-03-20")
    assert has_coded(got, "071", "IGOUNODEVIMF", "LKA"), got
    assert not coded(got, "051"), got
    got = triples(coder, "Saudi Arabia rolled over a $3 billion deposit at Pakistan's central bank.", date="2023-12-05")
    assert has_coded(got, "071", "SAU", "PAK"), got
    got = triples(coder, "The World Bank suspended new lending to Mali after the coup.", date="2020-08-20")
    assert has_coded(got, "1621", "IGOUNODEVWBK", "MLI"), got
    got = triples(coder, "Sri Lanka suspended loan repayments to its foreign creditors.", date="2022-04-12")
    assert has_coded(got, "1211", "LKA"), got
