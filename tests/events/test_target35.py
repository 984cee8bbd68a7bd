"""(target35) Acts a state does only to its own people: with no target told, aimed at its own country."""

from __future__ import annotations

from gold_helpers import dyads_on

dyads = dyads_on("2024-05-01")


def test_a_state_s_repression_with_no_victim_named_is_aimed_at_its_own_country(coder):
    # violent repression (175) by a state with no victim named (event_cues own_country_codes)
    got = dyads(coder, "Belarus's crackdown on the election protests killed four people, a rights group said.")
    assert ("BLR", "BLR", "17") in got


def test_a_repression_with_its_victims_named_keeps_them(coder):
    got = dyads(coder, "Riot police killed at least six demonstrators as they cleared a square in the capital of Belarus.")
    assert ("BLRCOP", "BLRCVL", "17") in got
