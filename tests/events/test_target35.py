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


def test_a_veto_answers_the_drafter_named_in_a_participle_set_off_after_the_draft(coder):
    # the parser hangs ", put forward by Brazil," on the verb: still the drafter of the draft vetoed
    got = dyads(coder, "Russia vetoed a Security Council draft, put forward by Brazil, that demanded a pause in the fighting.")
    assert ("RUS", "BRA", "12") in got
    assert ("RUS", "IGOUNO", "12") not in got


def test_a_participle_set_off_after_the_draft_that_is_no_drafting_names_no_drafter(coder):
    # "backed by China": the veto's backer, not who put the draft forward
    got = dyads(coder, "Russia vetoed the draft on Tuesday, backed by China.")
    assert ("RUS", "IGOUNO", "12") in got
    assert ("RUS", "CHN", "12") not in got
