"""Attacks the coder missed or miscoded (round 24). Sentences written for these tests."""

from __future__ import annotations

from gold_helpers import coded, triples


def test_a_valley_named_by_its_own_word_is_no_capital(coder):
    # "The Valley" is Anguilla's capital; "the Galwan Valley" is a place of the sentence's own countries
    got = triples(coder, "Indian and Chinese troops fought with clubs in the Galwan Valley, leaving 20 soldiers dead.",
                  date="2020-06-16")
    assert not [x for x in got if x[1] and x[1].startswith("AIA")], got
    assert ("INDMIL", "CHNMIL") in {(s, t) for s, t, _, _ in got}, got


def test_intercepted_weapons_named_by_model_are_their_launchers_attack(coder):
    got = triples(coder, "Ukrainian air defences intercepted 15 Russian Shahed drones overnight.", date="2024-11-09")
    assert ("RUS", "UKR", "asserted") in coded(got, "195"), got


def test_weapons_shot_down_are_an_aerial_attack_not_the_interceptors_force(coder):
    got = triples(coder, "Ukraine's air force said it shot down 30 Russian drones overnight.", date="2024-11-09")
    assert ("RUS", "UKR", "asserted") in coded(got, "195"), got
    assert not coded(got, "190"), got
    got = triples(coder, "Ukrainian air defences shot down 30 of the 40 drones launched by Russia.", date="2024-11-09")
    assert ("RUS", "UKR", "asserted") in coded(got, "195"), got


def test_weapons_shot_down_when_the_parser_misreads_the_count_are_their_launchers_attack(coder):
    # (source35) "shot down eight of 35 drones": the parser may make the weapon the object of "down", or the count
    # an adverbial noun of the verb ("22 of 28 drones"); the weapons are still what was shot down
    got = triples(coder, "Ukrainian air defences shot down eight of 35 drones launched by Russia at Mykolaiv region.",
                  date="2024-02-10")
    assert {(s, t[:3], m) for s, t, m in coded(got, "195")} == {("RUS", "UKR", "asserted")}, got
    assert not [x for x in got if x[0] and x[0].startswith("UKR")], got
    got = triples(coder, "Ukrainian air defences shot down 22 of 28 Russian drones launched at Ukraine overnight.",
                  date="2024-02-10")
    assert ("RUS", "UKR", "asserted") in coded(got, "195"), got
    assert not [x for x in got if x[0] and x[0].startswith("UKR")], got


def test_one_craft_of_another_state_named_by_model_is_the_interceptors_force(coder):
    # "an American Global Hawk drone": the owner modifies the model's name; one craft shot down is the
    # shooter's force against its owner, not the owner's attack
    got = triples(coder, "Iran's Revolutionary Guards shot down an American Global Hawk surveillance drone over the Gulf.",
                  date="2019-06-20")
    assert ("IRNMIL", "USA", "asserted") in {(s, t, m) for s, t, c, m in got if c.startswith("19")}, got


def test_strikes_by_a_state_after_which_another_act_came_happened(coder):
    got = triples(coder, "Oil prices jumped after Israeli strikes on Iranian nuclear sites.", date="2025-06-13")
    assert ("ISR", "IRN", "asserted") in coded(got, "19"), got
    # a labour strike has no state or armed doer
    got = triples(coder, "The union called off its action after strikes at three ports.", date="2025-06-13")
    assert not coded(got, "19"), got


def test_an_attack_on_nuclear_sites_is_no_nuclear_attack(coder):
    got = triples(coder, "Israel's attack on Iranian nuclear facilities killed six scientists.", date="2025-06-13")
    assert not coded(got, "204"), got
    assert ("ISR", "IRN", "asserted") in coded(got, "19"), got
    got = triples(coder, "A chemical attack on the town killed dozens of civilians.", date="2018-04-08")
    assert coded(got, "2041"), got
