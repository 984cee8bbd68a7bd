"""Fights and attacks the coder missed (round 23, helper `miss19`). Sentences written for these tests."""

from __future__ import annotations

from gold_helpers import coded, triples


def test_fight_a_place_was_taken_through_is_the_takers_act_on_the_side_it_was_taken_from(coder):
    got = triples(coder, "Malian troops recaptured the town of Kidal from Tuareg rebels after two days of heavy fighting.")
    assert ("MLIMIL", "MLIREB", "asserted") in coded(got, "190"), got
    got = triples(coder, "Congolese soldiers retook the village of Kibumba from M23 fighters after fierce fighting.")
    assert ("CODMIL", "CODREB", "asserted") in coded(got, "190"), got


def test_attack_a_place_was_taken_through_is_aimed_at_what_its_own_words_name(coder):
    got = triples(coder, "Tuareg rebels captured the town of Kidal in northern Mali after a week-long assault on the town.")
    assert ("MLIREB", "MLI", "asserted") in coded(got, "190"), got


def test_no_fight_without_another_side_or_from_a_taking_not_done(coder):
    got = triples(coder, "Government troops captured the rebel stronghold after weeks of fighting.")
    assert not [x for x in coded(got, "190") if x[1] is not None and x[1].endswith("REB")], got
    got = triples(coder, "The army hopes to retake the town of Kidal from Tuareg rebels after the rainy season.")
    assert not {x for x in coded(got, "19") if x[2] == "asserted"}, got


def test_fight_noun_beside_one_sides_violence_adds_the_other_way(coder):
    got = triples(coder, "Five Armenian soldiers were killed in a clash with Azerbaijani troops on the border.")
    assert ("AZEMIL", "ARMMIL", "asserted") in coded(got, "190"), got
    assert ("ARMMIL", "AZEMIL", "asserted") in coded(got, "190"), got


def test_no_other_way_from_an_attack_noun_or_a_crowd(coder):
    got = triples(coder, "Five Armenian soldiers were killed in an attack by Azerbaijani troops on the border.")
    assert ("ARMMIL", "AZEMIL", "asserted") not in coded(got, "19"), got
