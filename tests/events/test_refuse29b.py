"""Refusals told with a verb of abiding that carries no CAMEO code of its own (helper refuse29b): "would not be bound by
the deal", "would not meet the target", "would not comply with the ruling" are a rejection (120, asserted) beside
the abiding negated. Sentences written for these tests."""

from __future__ import annotations

from gold_helpers import coded, has_coded, triples


def test_refusal_to_be_bound_by_a_deal_is_a_rejection_by_the_one_bound(coder):
    got = triples(coder, "Ghana said it would not be bound by the agreement.", date="2024-05-01")
    assert has_coded(got, "120", "GHA"), got
    got = triples(coder, "Japan would not be bound by the court's ruling, the foreign minister said.", date="2024-05-01")
    assert has_coded(got, "120", "JPN"), got


def test_refusal_to_meet_a_target_or_comply_with_a_ruling_is_a_rejection(coder):
    got = triples(coder, "EU leaders agreed on a new climate target, but Poland said it would not meet the target.",
                  date="2024-05-01")
    assert has_coded(got, "120", "POL", "IGOEUREEC"), got
    got = triples(coder, "Pakistan said it would not comply with the ruling.", date="2024-05-01")
    assert has_coded(got, "120", "PAK"), got


def test_abiding_stated_or_not_refused_is_no_rejection(coder):
    for text in ("Poland said it was bound by the treaty.",
                 "Germany said it would meet the target.",
                 "The government said the deadline would not be met because of the floods.",
                 "The minister said the rules would not apply to diplomats.",
                 "Kenya said it had complied with the ruling."):
        got = triples(coder, text, date="2024-05-01")
        assert not coded(got, "12"), (text, got)
