"""Session 33, helper modality33 (our own sentences): a body set up on a task of looking (a commission, committee or
panel set up, formed or established "to investigate", or voted into being) does that task from its founding: the
investigation is asserted, not a purpose ahead; founded in the future, or only planned, it stays ahead."""

from __future__ import annotations

import pytest


def _events(coder, text):
    return [(e.cameo, e.modality) for e in coder.code_text(text, date="2025-02-11").events]


@pytest.mark.parametrize("text", [
    "Peru's government set up a commission on Monday to investigate the massacre of villagers in Ayacucho.",
    "Kenya's president formed an independent committee to investigate the police shootings of protesters.",
    "The Security Council voted to establish a panel of experts to examine evidence of war crimes in Darfur.",
    "Mexico's attorney general created a special team to probe the disappearance of the 43 students.",
])
def test_body_founded_to_investigate_is_asserted(coder, text):
    evs = _events(coder, text)
    assert any(c[:2] == "09" and m == "asserted" for c, m in evs), evs


@pytest.mark.parametrize("text", [
    "Peru's government will set up a commission to investigate the massacre of villagers in Ayacucho.",
    "Kenya's president plans to form an independent committee to investigate the police shootings.",
    "The Security Council did not vote to establish a panel to examine evidence of war crimes in Darfur.",
])
def test_body_founded_ahead_is_not_asserted(coder, text):
    evs = _events(coder, text)
    assert not any(c[:2] == "09" and m == "asserted" for c, m in evs), evs


@pytest.mark.parametrize("text", [
    "Canada said it would not send troops to join the coalition against the Houthis.",
    "Italy did not send warships to escort the tankers through the Strait of Hormuz.",
])
def test_purpose_of_negated_verb_is_negated(coder, text):
    """The sending and what it would have been for (joining, escorting) are both negated, never an aim ahead."""
    evs = _events(coder, text)
    assert len(evs) >= 2 and all(m == "negated" for c, m in evs), evs


def test_purpose_under_rule_out_stays_weighed(coder):
    evs = _events(coder, "Bush said he was not ruling out military action to free Kuwait.")
    assert not any(m == "negated" for c, m in evs), evs


@pytest.mark.parametrize("text,root", [
    ("Kyiv said Belarusian troops were massing on the border, a charge Minsk rejected as a provocation.", "15"),
    ("Villagers said the militia had burned their homes, an accusation the group's commander denied.", "17"),
])
def test_plainly_reported_act_stays_asserted_beside_a_rejected_charge(coder, text, root):
    """A plain report ("said") set beside "a charge X rejected" is the reported act (asserted); the denial is X's 016."""
    evs = _events(coder, text)
    assert any(c[:2] == root and m == "asserted" for c, m in evs), evs
    assert not any(c[:2] == root and m == "negated" for c, m in evs), evs


@pytest.mark.parametrize("text,root", [
    ("Moscow claimed Ukrainian troops had crossed into the Bryansk region, a charge Kyiv denied.", "19"),
    ("Tehran alleged that Israeli drones had struck a factory in Isfahan, a claim Israel rejected.", "19"),
    ("Burundian soldiers crossed into Rwanda, a claim Bujumbura denied.", "19"),
])
def test_claimed_or_narrated_act_beside_a_denied_claim_stays_negated(coder, text, root):
    evs = _events(coder, text)
    assert any(c[:2] == root and m == "negated" for c, m in evs), evs
