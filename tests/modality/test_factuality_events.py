"""Factuality end to end: what the coder emits for our own sentences that say an act did not happen,
may happen or is only asked about. None of them may come out as an asserted act."""

from __future__ import annotations

import pytest
from coded import events_on

_events = events_on("2024-05-01")


@pytest.mark.parametrize("text, code, modality", [
    ("No Peruvian troops crossed into Chile, the defence ministry in Lima said.", "19", "negated"),
    ("Neither Chile nor Bolivia has imposed sanctions on Peru.", "163", "negated"),
    ("Bolivia has no plans to expel the Chilean ambassador.", "174", "negated"),  # (violence56) expelled envoys are 174 (gold README since blind21)
    ("Bolivia has no intention of attacking Chilean border posts, its defence minister said.", "19", "negated"),
])
def test_acts_that_did_not_happen_are_coded_negated(coder, text, code, modality):
    events = _events(coder, text)
    assert any(c.startswith(code) and m == modality for c, _, _, m in events), events
    assert not [e for e in events if e[3] == "asserted"], events


def test_a_yes_no_question_asserts_nothing(coder):
    # (doubts37) the gold README: a question states no act; the act asked about is not coded at all
    assert _events(coder, "Did Chile shell the Peruvian border post?") == []


def test_an_inverted_condition_makes_the_response_a_conditional_threat(coder):
    events = _events(coder, "Should Peru attack the border post, Chile would respond, the Chilean minister said.")
    threats = [e for e in events if e[0].startswith("13")]
    assert threats and all(e[1].startswith("CHL") and e[2] == "PER" and e[3] == "conditional" for e in threats), events


def test_the_holder_of_a_plan_is_the_actor(coder):
    events = _events(coder, "Peru announced plans to expel the Chilean ambassador.")
    assert any(s == "PER" and t.startswith("CHL") and m == "intended" for _, s, t, m in events), events


@pytest.mark.parametrize("text, act, refusal", [
    ("Lima said it would not release the Chilean fishermen.", "084", "1243"),
    ("Bolivia won't attend the border talks in Arica, its foreign minister said.", "04", "125"),
    ("Chile will not sign the fisheries accord with Peru.", "057", "127"),
])
def test_a_stated_refusal_is_a_rejection_beside_the_act_negated(coder, text, act, refusal):
    events = _events(coder, text)
    assert any(c.startswith(act) and m == "negated" for c, _, _, m in events), events
    assert any(c == refusal and m == "asserted" for c, _, _, m in events), events


@pytest.mark.parametrize("text", [
    "Bolivia said Chile would not release the fishermen.",        # someone else's act: no refusal said
    "Chile would not have sent troops if Bolivia had not asked.",  # a counterfactual
    "Chile will not attack Peru, its president promised.",        # not a cooperative act refused
])
def test_no_refusal_where_none_was_stated(coder, text):
    assert not [e for e in _events(coder, text) if e[0].startswith("12")]


def test_a_demanded_guarantee_is_no_refusal(coder):
    events = _events(coder, "Peru demanded assurances that Chile would not sign the fisheries pact with Bolivia.")
    assert any(c == "057" and m == "negated" for c, _, _, m in events), events   # the act is there, negated
    assert not [e for e in events if e[0].startswith("12")], events


def test_an_attempt_is_an_act_not_a_purpose(coder):
    events = _events(coder, "Bolivian troops repelled a Chilean attempt to storm the border post at Charaña.")
    assert any(s == "CHL" and m == "asserted" for _, s, _, m in events), events   # the storming, attempted
    assert not [e for e in events if e[3] == "intended"], events


@pytest.mark.parametrize("text, root", [
    ("Peruvian troops are preparing an offensive against the rebels in the Vraem valley, officials said.", "19"),
    ("Chile announced 20 million dollars in military aid for Ecuador.", "07"),
])
def test_prepared_offensives_and_announced_aid_lie_ahead(coder, text, root):
    from foedus import evaluate

    events = _events(coder, text)
    ahead = [e for e in events if root in {e[0][:2], evaluate.ACT_OF.get(e[0])}]
    assert ahead and all(m == "intended" for _, _, _, m in ahead), events


def test_sanctions_not_ruled_out_are_weighed(coder):
    events = _events(coder, "Lima has not ruled out new sanctions on Bolivia over the border dispute.")
    weighed = [e for e in events if e[0][:2] in {"16", "13"}]
    assert weighed and all(m == "considered" for _, _, _, m in weighed), events
    assert not [e for e in events if e[3] == "asserted"], events


def test_a_plan_not_carried_out_is_one_negated_act(coder):
    events = _events(coder, "Farmers had planned to march on the Congress in Lima, but police sealed off the roads.")
    assert any(c.startswith("14") and m == "negated" for c, _, _, m in events), events
    assert not [e for e in events if e[0].startswith("03")], events
