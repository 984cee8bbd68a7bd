"""Refuge and stance told as nouns or adjectives (round 18, helper `refusals18`). Sentences written for these
tests."""

from __future__ import annotations

from gold_helpers import coded, triples


def test_refuge_taken_in_an_embassy_or_a_state_is_granted_by_that_state(coder):
    got = triples(coder, "The senator took refuge in the Ecuadorian embassy in London.")
    assert {s for s, _, _ in coded(got, "075")} == {"ECUGOV"}, got
    got = triples(coder, "Two dissidents found sanctuary at the Dutch embassy in Beijing.")
    assert ("NLDGOV", "CHNOPP", "asserted") in coded(got, "075"), got
    got = triples(coder, "Hundreds of Afghan soldiers took refuge in Pakistan after the Taliban advance.")
    assert ("PAK", "AFGMIL", "asserted") in coded(got, "075"), got
    assert not coded(got, "19"), got


def test_refuge_from_the_weather_or_in_a_place_of_no_one_is_no_event(coder):
    got = triples(coder, "Thousands of Ukrainian civilians took shelter in the metro as Russian missiles struck Kyiv.")
    assert not coded(got, "07"), got
    got = triples(coder, "The hikers took refuge from the rain in a cave.")
    assert not got, got


def test_a_thing_an_actor_declares_not_for_sale_or_not_negotiable_is_refused(coder):
    got = triples(coder, "Danish officials said the island was not for sale.")
    assert ("DNKGOV", "-", "asserted") in {(s, t or "-", m) for s, t, m in coded(got, "124")} or \
        {m for _, _, m in coded(got, "124")} == {"asserted"}, got
    got = triples(coder, "Taipei said its sovereignty is non-negotiable.")
    assert {m for _, _, m in coded(got, "124")} == {"asserted"}, got


def test_no_refusal_without_an_actor_or_when_it_is_for_sale(coder):
    for text in ("The owner said the house is not for sale.", "The house is not for sale.",
                 "Beijing said the island was for sale.", "Denmark did not say the island was not for sale."):
        got = triples(coder, text)
        assert not coded(got, "12"), (text, got)
