"""A fight, truce, drills or talks noun with no parties of its own, the subject of a verb telling its course, takes
the two countries of the nearest event the sentence codes between two countries (round 18, helper `carried18`).
Sentences written for these tests."""

from __future__ import annotations

from gold_helpers import coded, triples


def test_fight_that_broke_out_is_between_the_sides_named_before(coder):
    got = triples(coder, "Indian troops shelled Pakistani posts on Monday, and heavy fighting broke out along the "
                         "Line of Control.")
    assert ("IND", "PAK", "asserted") in coded(got, "190"), got
    assert ("PAK", "IND", "asserted") in coded(got, "190"), got


def test_talks_and_drills_both_ways(coder):
    got = triples(coder, "Serbia accused Kosovo of provocations, but the talks resumed in Brussels on Tuesday.")
    assert ("SRB", "KSV", "asserted") in coded(got, "04"), got
    assert ("KSV", "SRB", "asserted") in coded(got, "04"), got
    # "the drills" points back to "joint exercises"
    got = triples(coder, "Seoul threatened to cancel its joint exercises with Japan, but the drills went ahead.")
    assert ("KOR", "JPN", "asserted") in coded(got, "062"), got
    assert ("JPN", "KOR", "asserted") in coded(got, "062"), got


def test_the_verbs_modality(coder):
    got = triples(coder, "Ethiopia accused Eritrea of massing troops, and the truce could take effect on Friday.")
    assert not {x for x in coded(got, "087") if x[2] == "asserted"}, got
    got = triples(coder, "Ethiopia accused Eritrea of massing troops, and no fighting broke out.")
    assert not {x for x in coded(got, "19") if x[2] == "asserted"}, got


def test_not_for_other_nouns_nor_one_country(coder):
    for text in ("France criticised Germany over the budget, and the new law took effect on Monday.",
                 "France criticised Germany over the budget, and a storm broke out over the weekend.",
                 "Eritrea called up its army reservists as fighting resumed in neighbouring Tigray."):
        got = triples(coder, text)
        assert not coded(got, "19") and not coded(got, "087"), (text, got)


def test_a_trailing_before_clause_tells_the_truce_as_done_but_a_while_clause_is_background(coder):
    got = triples(coder, "Ethiopian and Eritrean troops fought for three days along the border before a truce was "
                         "agreed.")
    assert {x[:2] for x in coded(got, "087") if x[2] == "asserted"} >= {("ETH", "ERI"), ("ERI", "ETH")}, got
    got = triples(coder, "Russia expelled two British diplomats while talks were continuing in Geneva.")
    assert not coded(got, "04"), got
