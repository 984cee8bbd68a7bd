"""Consultations and visits told in asides (helper consult34). Sentences written for these tests."""

from __future__ import annotations

from gold_helpers import coded, has_coded, triples


def test_a_participle_aside_on_a_name_tells_its_own_visit(coder):
    got = triples(coder, "Erdogan, arriving in Baghdad for his first visit in a decade, was met at the airport by the "
                  "Iraqi prime minister.", date="2023-04-13")
    assert has_coded(got, "042", "TURGOV", "IRQ"), got
    # a restrictive participle picks out the people acted on: no act of theirs
    got = triples(coder, "Ten soldiers guarding the pipeline were killed in an ambush.", date="2023-04-13")
    assert not coded(got, "04"), got


def test_a_mediator_who_tells_of_a_truce_brokered_it(coder):
    got = triples(coder, "Ethiopia and Eritrea agreed on a ceasefire along their border, Turkish mediators said.",
                  date="2023-04-13")
    assert has_coded(got, "045", "TUR", "ETH"), got
    assert has_coded(got, "045", "TUR", "ERI"), got
    # a mediator who meets one side tells of no deal between others
    got = triples(coder, "Qatari mediators met Hamas leaders in Doha on Saturday.", date="2023-04-13")
    assert not has_coded(got, "045"), got
    # a party's own spokesman is no mediator
    got = triples(coder, "Ethiopia and Eritrea agreed on a ceasefire along their border, an Ethiopian spokesman said.",
                  date="2023-04-13")
    assert not has_coded(got, "045"), got
