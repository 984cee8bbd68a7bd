"""Targets of denials (round 17, helper `targets17b`): a denial (016) answers its accuser, not the victim
of the act denied, and is aimed at no one when no accuser is named (gold README). Sentences written for
these tests."""

from __future__ import annotations

from gold_helpers import dyads_on

dyads = dyads_on("2024-05-10")


def denials(got):
    return {(s, t) for s, t, c in got if c == "01"}


def test_denial_answers_the_accusation_made_in_the_sentence(coder):
    got = dyads(coder, "Kenya accused Uganda of shelling a border village, but Uganda denied that its troops had fired.")
    assert ("UGA", "KEN") in denials(got), got


def test_denial_answers_the_reporter_of_the_act_denied(coder):
    got = dyads(coder, "Kampala said Rwandan troops had shelled a border post, and Kigali denied firing any shells.")
    assert any(s.startswith("RWA") and (t or "").startswith("UGA") for s, t in denials(got)), got


def test_denial_answers_the_owner_or_author_of_the_statement_denied(coder):
    got = dyads(coder, "Chile denied a claim by Bolivia that its navy had seized a fishing boat.")
    assert ("CHL", "BOL") in denials(got), got
    got = dyads(coder, "Ghana rejected Togo's allegations of meddling in its election.")
    assert ("GHA", "TGO") in denials(got), got


def test_denial_with_no_accuser_is_not_aimed_at_the_victim_of_the_act(coder):
    got = dyads(coder, "Armenia denied that its soldiers had crossed into Georgia.")
    assert denials(got) == {("ARM", None)}, got
    got = dyads(coder, "Turkey denied that its jets had struck a school in Syria.")
    assert all(t is None for s, t in denials(got)) and denials(got), got


def test_each_accuser_keeps_its_own_denial(coder):
    got = dyads(coder, "Peru, Chile and Ecuador cut ties with Bolivia, accusing La Paz of arming smugglers, a charge "
                       "Bolivia rejected as baseless.")
    targets = {t for s, t in denials(got) if s == "BOL"}
    assert {"PER", "CHL"} <= targets, got


def test_claim_of_responsibility_still_takes_the_victim(coder):
    got = dyads(coder, "Al-Shabaab claimed responsibility for a bombing that killed Kenyan soldiers near Lamu.")
    assert any((t or "").startswith("KEN") and c == "01" for s, t, c in got), got


def test_declining_to_comment_is_aimed_at_no_one(coder):
    # what a comment is declined on is its topic, not its target (event_words unaimed_codes)
    got = dyads(coder, "The Kremlin declined to comment on reports that Belarusian troops were massing near the "
                       "Polish border.")
    assert ("RUSGOV", None, "01") in got, got
    got = dyads(coder, "Tokyo declined to say whether it would send troops to Iraq.")
    assert ("JPNGOV", None, "01") in got, got


def test_a_party_at_home_can_be_the_accuser_but_not_the_state_itself(coder):
    got = dyads(coder, "Kenya's opposition accused the government of rigging the vote, which the government denied.")
    assert ("KENGOV", "KENOPP") in denials(got), got
    got = dyads(coder, "Syrian opposition activists said dozens were killed in a gas attack by government forces "
                       "near Homs, a claim Damascus denied.")
    assert ("SYRGOV", "SYROPP") in denials(got), got
