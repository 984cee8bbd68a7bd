"""Economic statecraft told the way business wire tells it (round 27). Sentences written for these tests."""

from __future__ import annotations

from gold_helpers import coded, triples


def test_a_credit_approved_or_extended_is_economic_aid(coder):
    got = triples(coder, "The IMF approved a 1.2 billion dollar standby credit for Argentina.", date="1987-07-24")
    assert [t for s, t, m in coded(got, "07") if s and s.startswith("IGO") and t and t.startswith("ARG")], got
    assert not coded(got, "05"), got
