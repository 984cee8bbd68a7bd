"""Factuality end to end: what the coder emits for our own sentences that say an act did not happen,
may happen or is only asked about. None of them may come out as an asserted act."""

from __future__ import annotations

import pytest


def _events(coder, text):
    return [(e.cameo, e.source.code if e.source else "", e.target.code if e.target else "", e.modality)
            for e in coder.code_text(text, date="2024-05-01").events]


@pytest.mark.parametrize("text, code, modality", [
    ("No Peruvian troops crossed into Chile, the defence ministry in Lima said.", "19", "negated"),
    ("Neither Chile nor Bolivia has imposed sanctions on Peru.", "163", "negated"),
    ("Bolivia has no plans to expel the Chilean ambassador.", "166", "negated"),
    ("Bolivia has no intention of attacking Chilean border posts, its defence minister said.", "19", "negated"),
])
def test_acts_that_did_not_happen_are_coded_negated(coder, text, code, modality):
    events = _events(coder, text)
    assert any(c.startswith(code) and m == modality for c, _, _, m in events), events
    assert not [e for e in events if e[3] == "asserted"], events


def test_a_yes_no_question_asserts_nothing(coder):
    events = _events(coder, "Did Chile shell the Peruvian border post?")
    assert events and not [e for e in events if e[3] == "asserted"], events


def test_an_inverted_condition_makes_the_response_a_conditional_threat(coder):
    events = _events(coder, "Should Peru attack the border post, Chile would respond, the Chilean minister said.")
    threats = [e for e in events if e[0].startswith("13")]
    assert threats and all(e[1].startswith("CHL") and e[2] == "PER" and e[3] == "conditional" for e in threats), events


def test_the_holder_of_a_plan_is_the_actor(coder):
    events = _events(coder, "Peru announced plans to expel the Chilean ambassador.")
    assert any(s == "PER" and t.startswith("CHL") and m == "intended" for _, s, t, m in events), events
