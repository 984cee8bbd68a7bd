"""Who acts and at whom when the act's type is already right (round 29, helper dyad29): plural names of divided
countries, and further rules added below. Sentences written for these tests."""

from __future__ import annotations

from gold_helpers import has_coded, triples


def test_the_two_koreas_are_both_korean_states(coder):
    got = triples(coder, "The two Koreas agreed to hold military talks at the border next week.", date="2018-09-01")
    assert has_coded(got, "0", "KOR", "PRK", modality=None) and has_coded(got, "0", "PRK", "KOR", modality=None), got
    got = triples(coder, "Both Koreas condemned the missile test.", date="2018-09-01")
    assert has_coded(got, "111", "KOR") and has_coded(got, "111", "PRK"), got


def test_the_two_germanys_are_both_german_states(coder):
    got = triples(coder, "The two Germanys signed a treaty on monetary union in Bonn.", date="1990-05-18")
    assert has_coded(got, "05", "DEU", "DDR") and has_coded(got, "05", "DDR", "DEU"), got
