"""Targets of events whose code is right (helper target48): a place whose own phrase names a border beside it.
Sentences written for these tests."""

from __future__ import annotations

from gold_helpers import has_coded, triples


def test_a_country_named_only_by_a_border_beside_the_town_does_not_own_the_villages_struck(coder):
    # "near the Pakistani border" says where Paktia lies; the villages bombed are of Paktia's country
    got = triples(coder, "Government helicopters strafed villages in Paktia province near the Pakistani border after "
                         "guerrillas attacked a garrison, diplomats in Islamabad said.", date="1987-05-03")
    assert has_coded(got, "195", None, "AFG"), got
    assert not has_coded(got, "195", None, "PAK"), got

