"""Session 31, helper modality31 (our own sentences): "for as long as" is a span of time, not a condition; a bare
"as long as" still conditions the act."""

from __future__ import annotations

import pytest


def _events(coder, text):
    return [(e.cameo, e.modality) for e in coder.code_text(text, date="2025-02-11").events]


@pytest.mark.parametrize("text,root", [
    ("The rebels said they would halt attacks on the capital for as long as the truce holds.", "03"),
    ("Japan pledged to keep supporting Kyiv for as long as it takes.", "03"),
])
def test_for_as_long_as_is_duration(coder, text, root):
    evs = _events(coder, text)
    assert any(c[:2] == root and m == "intended" for c, m in evs), evs
    assert not any(m == "conditional" for c, m in evs), evs


def test_bare_as_long_as_is_condition(coder):
    evs = _events(coder, "Iran said it would hold talks with the agency as long as sanctions were lifted.")
    assert any(c[:2] == "04" and m == "conditional" for c, m in evs), evs
    assert not any(c[:2] == "04" and m == "asserted" for c, m in evs), evs


@pytest.mark.parametrize("text", [
    # the parser hangs "provided Russia did the same" on "said": the act said to lie ahead waits on it
    "Turkey said it would join the talks, provided Russia did the same.",
])
def test_condition_hung_on_the_saying_verb_bounds_the_act_said(coder, text):
    evs = _events(coder, text)
    assert evs and all(m == "conditional" for c, m in evs), evs


def test_a_past_act_reported_is_not_conditioned_by_the_saying(coder):
    # only an act told ahead (would, will, could) waits on a condition after the words reported
    evs = _events(coder, "Turkey said its troops had entered the town, provided the reports were confirmed.")
    assert not any(m == "conditional" for c, m in evs), evs
