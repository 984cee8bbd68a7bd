"""Fights and attacks the coder told one way or missed (round 25). Sentences written for these tests."""

from __future__ import annotations

from gold_helpers import coded, triples


def test_fighting_with_a_side_is_each_sides_force_on_the_other(coder):
    got = triples(coder, "Tuareg rebels seized the town of Kidal after three days of fighting with the Malian army.",
                  date="2012-03-30")
    fights = coded(got, "19")
    assert ("MLIREB", "MLIMIL", "asserted") in fights, got
    assert ("MLIMIL", "MLIREB", "asserted") in fights, got


def test_fighting_an_object_stays_one_way(coder):
    # "fought the invaders": the gold codes the subject's force alone (two armed groups of one country are
    # REB -> REB, fight38: one event, not one each way)
    got = triples(coder, "Kurdish fighters fought Islamic State militants in Kobani on Sunday.", date="2014-10-12")
    fights = [(s, t) for s, t, m in coded(got, "19") if s and t]
    assert len(fights) == 1, got


def test_an_attack_repelled_was_made_by_its_named_doer_on_the_repellers(coder):
    got = triples(coder, "Nigerian troops repelled an attack by Boko Haram fighters on their base in Monguno.",
                  date="2019-06-10")
    fights = coded(got, "19")
    assert ("NGAMIL", "NGAREB", "asserted") in fights, got
    assert ("NGAREB", "NGAMIL", "asserted") in fights, got


def test_an_attack_repelled_named_by_a_country_word_or_in_the_passive(coder):
    got = triples(coder, "Lebanese soldiers repulsed an Israeli incursion near the village of Kfar Kila.",
                  date="2006-08-03")
    assert ("ISR", "LBNMIL", "asserted") in coded(got, "19"), got
    got = triples(coder, "The dawn assault on the airport by Russian paratroopers was beaten back by Ukrainian forces.",
                  date="2022-02-25")
    assert ("RUSMIL", "UKRMIL", "asserted") in coded(got, "19"), got


def test_an_attack_foiled_or_repelled_only_in_prospect_is_no_attack(coder):
    got = triples(coder, "Police in Lahore foiled an attack by Taliban militants on a church.", date="2015-03-15")
    assert not [x for x in coded(got, "19") if x[2] == "asserted"], got
    got = triples(coder, "The army said it could repel any Russian attack on the capital.", date="2022-02-10")
    assert not [x for x in coded(got, "19") if x[0] == "RUS" and x[2] == "asserted"], got


def test_a_gerund_fight_between_two_sides_is_theirs_not_the_clause_subjects(coder):
    got = triples(coder, "Mali's government imposed a curfew in Gao after fighting between the army and Tuareg rebels "
                         "spread to the city.", date="2012-04-01")
    fights = {(s, t) for s, t, m in coded(got, "19")}
    assert ("MLIMIL", "MLIREB") in fights and ("MLIREB", "MLIMIL") in fights, got
    assert not [x for x in fights if x[0] == "MLIGOV"], got
