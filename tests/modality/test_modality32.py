"""Session 32, helper modality32 (our own sentences): an intent under a possibility modal is only weighed ("may agree
to supply"); an intent under a negated saying verb was not stated ("neither side said it would pull back"); a negated
verb of putting off under "will"/"would" lets the act go ahead ("would not hold up its withdrawal")."""

from __future__ import annotations

import pytest


def _events(coder, text):
    return [(e.cameo, e.modality) for e in coder.code_text(text, date="2025-02-11").events]


@pytest.mark.parametrize("text,root", [
    ("Germany might agree to send tanks to Ukraine.", "03"),
    ("Kim Jong Un may agree to supply Russia with artillery shells, officials said.", "03"),
    ("Iran could offer to release the prisoners.", "03"),
])
def test_possible_intent_is_considered(coder, text, root):
    evs = _events(coder, text)
    assert any(c[:2] == root and m == "considered" for c, m in evs), evs
    assert not any(m in {"asserted", "intended"} for c, m in evs), evs


def test_plain_intent_stays_intended(coder):
    evs = _events(coder, "Germany agreed to send tanks to Ukraine.")
    assert any(c[:2] == "03" and m == "intended" for c, m in evs), evs


@pytest.mark.parametrize("text", [
    "Ethiopia and Eritrea agreed to a moratorium on air strikes but neither side said it would pull back its troops "
    "from the border.",
    "Turkey did not say it would send troops to Libya.",
])
def test_unsaid_intent_is_negated(coder, text):
    evs = _events(coder, text)
    assert evs and any(m == "negated" for c, m in evs), evs
    # the pull-back nobody said would happen is no intent and no act (the moratorium agreed beside it is an intent to
    # de-escalate, 0356 intended: gold README "agreed to a ceasefire" is 0356 intended; helper intend41)
    assert not any(m in {"asserted", "intended"} and "pull" in text and c[:3] in {"087", "035"} and c != "0356"
                   for c, m in evs), evs
    assert "pull" not in text or any(c.startswith("0874") and m == "negated" for c, m in evs), evs
    assert not any(c[:2] in {"03", "15"} and m in {"asserted", "intended"} and "Libya" in text for c, m in evs), evs


def test_said_intent_stays_intended(coder):
    evs = _events(coder, "Turkey said it would send troops to Libya.")
    assert any(c[:2] == "03" and m == "intended" for c, m in evs), evs


@pytest.mark.parametrize("text", [
    "The Soviet Union would not hold up its withdrawal over the issue of arms supplies, Shevardnadze said.",
    "Russia said it would not delay the withdrawal of its troops from Syria.",
    "Britain will not delay sending tanks to Ukraine.",
])
def test_delay_withheld_lets_act_go_ahead(coder, text):
    evs = _events(coder, text)
    assert any(c[:2] == "03" and m == "intended" for c, m in evs), evs
    assert not any(c[:2] == "12" for c, m in evs), evs   # no refusal
    assert not any(m == "negated" for c, m in evs), evs


def test_refused_withdrawal_stays_negated(coder):
    evs = _events(coder, "Russia said it would not withdraw its troops from Syria.")
    assert any(c[:2] == "08" and m == "negated" for c, m in evs), evs


@pytest.mark.parametrize("text,root", [
    ("Israel denied that its aircraft had struck the hospital in Gaza City, blaming a misfired rocket launched by "
     "Islamic Jihad militants.", "11"),
    ("Ankara denied that its jets had bombed the village, accusing the PKK of staging the attack.", "11"),
])
def test_blaming_participle_beside_denial_is_made(coder, text, root):
    evs = _events(coder, text)
    assert any(c[:2] == root and m == "asserted" for c, m in evs), evs
    assert any(c[:2] == "19" and m == "negated" for c, m in evs), evs


def test_fronted_clause_apart_from_unconfirmed(coder):
    evs = _events(coder, "Israel carried out massive strikes on Hezbollah headquarters in Beirut; Hezbollah did not "
                         "immediately confirm the fate of its leader.")
    assert any(c[:2] == "19" and m == "asserted" for c, m in evs), evs


def test_unconfirmed_report_stays_open(coder):
    evs = _events(coder, "Seoul did not confirm reports that North Korean troops had been sent to Russia.")
    assert evs and all(m == "considered" for c, m in evs), evs


@pytest.mark.parametrize("text,root", [
    ("The opposition planned to march on parliament in Lima, but police blocked the road with armoured vehicles.", "14"),
    ("Officials said the rebels had planned to attack the governor's convoy, but the plot was foiled.", "1"),
])
def test_thwarted_plan_is_negated(coder, text, root):
    evs = _events(coder, text)
    assert any(c.startswith(root) and m == "negated" for c, m in evs), evs
    assert not any(c[:2] in {"13", "14", "18", "19"} and m in {"asserted", "intended"}
                   and not c.startswith("191") for c, m in evs), evs


def test_plan_beside_a_fact_stays_intended(coder):
    evs = _events(coder, "The opposition planned to march on parliament in Lima, and police blocked the road.")
    # (precision34) a march planned is the rally, intended (gold: "vowed to hold the protest next week" 141 intended)
    assert any(c[:2] == "14" and m == "intended" for c, m in evs), evs
