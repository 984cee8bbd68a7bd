"""Fights and attacks the coder missed (round 26): an attack told in an "after" clause of a request. Sentences
written for these tests."""

from __future__ import annotations

from gold_helpers import coded, has_coded, triples


def test_an_attack_in_an_after_clause_of_a_request_happened(coder):
    got = triples(coder, "The Kenyan president urged Somalia to do more to secure the border, after al-Shabaab "
                         "gunmen killed six teachers in Mandera.", date="2014-11-25")
    assert has_coded(got, "18", "SOMREB"), got
    got = triples(coder, "Tajikistan asked Moscow for military help after Kyrgyz shelling hit two villages "
                         "inside its borders.", date="2022-09-16")
    assert has_coded(got, "19", "KGZ", "TJK"), got


def test_an_attack_told_in_a_clause_of_accusation_stays_charged(coder):
    # the "while" clause is the accusation itself: the shelling is what it charges, not a fact
    got = triples(coder, "Kyiv accused Moscow of staging a provocation at the dam, while Russia accused Ukraine of "
                         "shelling the dam itself.", date="2023-06-06")
    assert not [x for x in coded(got, "19") if x[2] == "asserted"], got
