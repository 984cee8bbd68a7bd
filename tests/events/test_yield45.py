"""Yielding, disapproval and rejection (08, 11, 12, 16) the coder missed (helper yield45). Sentences written for
these tests."""

from __future__ import annotations

import pytest
from gold_helpers import has_coded, triples

from foedus.coder import vetter


@pytest.mark.parametrize("text", [
    "Chile and Peru agreed to resume border talks, though Lima said it would not accept any outside mediation.",
    "The envoys left Khartoum after the army said it would no longer accept foreign mediators.",
    "Nepal sent back the relief money, with its prime minister saying the country would not accept charity.",
])
def test_a_refusal_said_in_a_clause_beside_the_main_act_is_stated(coder, text):
    # the gold README: a refusal ("will not allow", "would not accept") is the 12x rejection, asserted
    with vetter.disabled():
        got = triples(coder, text, date="2019-05-14")
    assert has_coded(got, "12", modality="asserted"), got


def test_a_refusal_said_only_in_a_condition_is_no_refusal(coder):
    with vetter.disabled():
        got = triples(coder, "The talks will resume if Lima says it would not accept any outside mediation.",
                      date="2019-05-14")
    assert not has_coded(got, "12", modality="asserted"), got


@pytest.mark.parametrize("text, target", [
    ("Oman said it would not let its airspace be used for strikes on Yemen.", None),
    ("Ghana said it would not allow the rebels to use its territory for raids on Togo.", "TGO"),
    ("Armenia said it would not let any foreign power use its territory or airspace to intervene in Georgia.", None),
])
def test_ones_own_ground_refused_for_anothers_use_rejects_military_cooperation(coder, text, target):
    # gold README: "would not allow" a base is a refusal 1212 asserted
    with vetter.disabled():
        got = triples(coder, text, date="2019-05-14")
    assert has_coded(got, "1212", modality="asserted", target=target), got


@pytest.mark.parametrize("text", [
    "Beirut refused to let the deportees enter Lebanese-controlled territory.",
    "The prime minister said he would not allow any group to use Bhutanese soil against India.",
])
def test_an_entry_refused_or_a_pledge_against_a_third_side_is_no_ground_lent(coder, text):
    with vetter.disabled():
        got = triples(coder, text, date="2019-05-14")
    assert not has_coded(got, "062", modality=None) and not has_coded(got, "1212", modality=None), got


@pytest.mark.parametrize("text, source", [
    ("The summit was postponed after Hanoi objected to the agenda.", "VNM"),
    ("Brazil and India objected to the draft at the trade talks.", "BRA"),
])
def test_a_draft_agenda_or_proposal_objected_to_is_rejected(coder, text, source):
    with vetter.disabled():
        got = triples(coder, text, date="2019-05-14")
    assert has_coded(got, "120", source), got


def test_a_bill_opposed_by_protesters_stays_no_rejection(coder):
    with vetter.disabled():
        got = triples(coder, "Thousands of students opposed the finance bill in Nairobi.", date="2024-06-20")
    assert not has_coded(got, "12", modality=None), got
