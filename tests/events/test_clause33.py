"""Events told in modifiers and participles (helper clause33): a name hyphened to a brokering participle on any noun
is the broker's mediation; a present participle of combat with an enemy object tells a war going on. Sentences
written for these tests."""

from __future__ import annotations

from gold_helpers import coded, has_coded, triples


def test_a_named_broker_hyphened_to_any_noun_mediated(coder):
    got = triples(coder, "Armenia and Azerbaijan agreed to a U.S.-brokered pause in the shelling.", date="2020-10-26")
    assert has_coded(got, "045", "USA", "ARM"), got
    assert has_coded(got, "045", "USA", "AZE"), got
    # a plan rejected: no mediation told as done, and none asserted
    got = triples(coder, "Armenia will not accept any U.S.-brokered plan, the minister said.", date="2020-10-26")
    assert not has_coded(got, "045"), got
    # no name hyphened: no broker
    got = triples(coder, "Armenia and Azerbaijan agreed to a brokered pause in the shelling.", date="2020-10-26")
    assert not coded(got, "045"), got


def test_fighters_fighting_an_enemy_are_at_war(coder):
    got = triples(coder, "Washington will send anti-tank missiles to Kurdish fighters fighting Islamic State militants.",
                  date="2015-03-02")
    assert has_coded(got, "190"), got
    got = triples(coder, "The minister visited Malian troops battling jihadists near Gao.", date="2013-02-06")
    assert has_coded(got, "19", "MLIMIL"), got
    # a description of the people acted on with no combat stays background
    got = triples(coder, "The minister visited Malian troops guarding the airport near Gao.", date="2013-02-06")
    assert not coded(got, "19"), got


def test_a_toll_of_fighters_beside_a_town_taken_is_a_fight(coder):
    got = triples(coder, "Ugandan troops overran a rebel camp near the border, killing 40 ADF fighters.", date="2021-12-05")
    assert has_coded(got, "192"), got
    assert has_coded(got, "190", "UGAMIL"), got
    # civilians killed are no fight; an attack's toll stays the attack's
    got = triples(coder, "ADF rebels seized the village, killing 12 civilians.", date="2021-12-05")
    assert not has_coded(got, "190"), got
    got = triples(coder, "Ugandan troops shelled a rebel camp near the border, killing 40 ADF fighters.", date="2021-12-05")
    assert len(coded(got, "19")) == 1, got
