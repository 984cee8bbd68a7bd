"""Events told as nouns (round 19, helper `nouns19`). Sentences written for these tests."""

from __future__ import annotations

from gold_helpers import coded, triples


def test_fight_after_which_the_clause_acted_is_each_sides_act(coder):
    got = triples(coder, "Islamist fighters seized the town of Gao after weeks of clashes with Malian troops.")
    assert ("MLIREB", "MLIMIL", "asserted") in coded(got, "19"), got
    assert ("MLIMIL", "MLIREB", "asserted") in coded(got, "19"), got
    got = triples(coder, "Kenyan troops withdrew from the border after a week of skirmishes with Somali militiamen.")
    assert ("SOMREB", "KENMIL", "asserted") in coded(got, "19"), got
    got = triples(coder, "The UN called for calm after clashes between Indian and Chinese troops.")
    assert ("INDMIL", "CHNMIL", "asserted") in coded(got, "19"), got
    assert ("CHNMIL", "INDMIL", "asserted") in coded(got, "19"), got


def test_no_fighter_from_a_speaker_or_a_visitor(coder):
    got = triples(coder, "The president said after clashes with rebels that the army would win.")
    assert not coded(got, "19"), got
    got = triples(coder, "The Malian president visited Gao after clashes with Tuareg rebels.")
    assert not coded(got, "19"), got
    got = triples(coder, "The army retook the airport after months of fighting.")
    assert not coded(got, "190"), got   # no sides named: the fight is no one's act


def test_an_owned_act_noun_that_comes_into_force_is_its_owners_act(coder):
    got = triples(coder, "The EU's oil embargo on Russia came into force on Monday.")
    assert ("IGOEUREEC", "RUS", "asserted") in coded(got, "16"), got
    got = triples(coder, "American tariffs on Chinese steel came into effect.")
    assert ("USA", "CHN", "asserted") in coded(got, "16"), got
    got = triples(coder, "Kenya's deployment of police to Haiti began in June.")
    assert ("KEN", "HTI", "asserted") in coded(got, "07"), got


def test_no_owned_act_from_a_course_ahead_or_an_actor_word(coder):
    got = triples(coder, "The U.S. embargo on Cuba will take effect next month.")
    assert not {x for x in coded(got, "1") if x[2] == "asserted"}, got
    got = triples(coder, "Trump said American tariffs on Chinese steel would take effect if Beijing refused to talk.")
    assert not {x for x in coded(got, "16") if x[2] == "asserted"}, got
    got = triples(coder, "Fears of an Israeli attack on Iran spread across the region.")
    assert not coded(got, "19"), got
    got = triples(coder, "Russian peacekeepers began pulling out of Nagorno-Karabakh.")
    assert not coded(got, "074"), got


def test_a_name_hyphened_to_a_mediating_participle_mediated_the_clauses_act(coder):
    got = triples(coder, "Russia and Ukraine swapped 100 prisoners each in a UAE-mediated exchange.")
    assert ("ARE", "RUS", "asserted") in coded(got, "045"), got
    got = triples(coder, "The two sides agreed to hold Turkish-mediated talks in Istanbul.")
    assert not {x for x in coded(got, "04") if x[2] == "asserted"}, got
    got = triples(coder, "Iran said it would not attend Qatar-mediated talks in Doha.")
    assert not coded(got, "045"), got
