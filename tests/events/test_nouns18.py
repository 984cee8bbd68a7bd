"""Events told as nouns in a phrase of the clause (round 18, helper `nouns18`). Sentences written for these
tests."""

from __future__ import annotations

from gold_helpers import coded, triples


def test_fight_in_a_phrase_of_the_clause_is_each_sides_act(coder):
    got = triples(coder, "Shops were looted in Bangui amid heavy fighting between Seleka rebels and the army.")
    assert ("CAFREB", "CAFMIL", "asserted") in coded(got, "19"), got
    assert ("CAFMIL", "CAFREB", "asserted") in coded(got, "19"), got
    got = triples(coder, "The rebels burned dozens of huts in Ituri in clashes with Congolese troops.")
    assert ("CODREB", "CODMIL", "asserted") in coded(got, "19"), got
    assert ("CODMIL", "CODREB", "asserted") in coded(got, "19"), got


def test_no_fight_from_a_fight_that_may_come(coder):
    got = triples(coder, "Aid workers feared that civilians would be caught in any clashes between Serbian police "
                         "and Albanian guerrillas.")
    assert not {x for x in coded(got, "19") if x[2] == "asserted"}, got
    got = triples(coder, "The minister warned that the town could be destroyed in fighting between the army and "
                         "the rebels.")
    assert not {x for x in coded(got, "19") if x[2] == "asserted"}, got


def test_a_fight_between_protesters_and_forces_is_a_riot_and_its_repression(coder):
    got = triples(coder, "Four people died in clashes between police and protesters in the Bolivian city of Sucre.")
    assert ("BOLCVL", "BOLCOP", "asserted") in coded(got, "14"), got
    assert ("BOLCOP", "BOLCVL", "asserted") in coded(got, "17"), got
    assert not coded(got, "19"), got
    got = triples(coder, "Clashes between riot police and demonstrators in Nairobi left two people dead.")
    assert ("KENCVL", "KENCOP", "asserted") in coded(got, "14"), got
    assert not coded(got, "19"), got


def test_protests_the_parser_hung_on_as_are_under_way(coder):
    got = triples(coder, "Ecuador's government declared a state of emergency as protests over fuel prices spread.")
    assert ("ECUCVL", "ECUGOV", "asserted") in coded(got, "14"), got
    got = triples(coder, "The Serbian government dismissed the rallies as protests by a small fringe.")
    assert not coded(got, "14"), got
    got = triples(coder, "Kenya's president saw the marches as protests against his tax plan.")
    assert not coded(got, "14"), got
