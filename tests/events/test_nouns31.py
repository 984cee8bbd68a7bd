"""A truce between two parties that is announced, declared or takes hold is their truce declared (0871), each way
(helper nouns31). Sentences written for these tests."""

from __future__ import annotations

from gold_helpers import coded, triples


def test_truce_announced_between_parties(coder):
    got = triples(coder, "A ceasefire between Armenia and Azerbaijan was announced on Sunday night.", date="2021-05-04")
    assert {("ARM", "AZE", "asserted"), ("AZE", "ARM", "asserted")} <= coded(got, "0871"), got


def test_truce_took_hold_between_parties(coder):
    got = triples(coder, "A ceasefire brokered by Qatar took hold between Ethiopia and Eritrea on Sunday.",
                  date="2021-05-04")
    parties = {(s[:3], t[:3]) for s, t, m in coded(got, "0871") if m == "asserted" and s and t}
    assert {("ETH", "ERI"), ("ERI", "ETH")} <= parties, got


def test_truce_yet_to_be_announced_is_not_declared(coder):
    got = triples(coder, "A ceasefire between Armenia and Azerbaijan will be announced next week.", date="2021-05-04")
    assert not {m for s, t, m in coded(got, "0871") if m == "asserted"}, got
