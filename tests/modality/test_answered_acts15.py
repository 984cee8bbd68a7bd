"""(nonevents15) An act promised against "any" act of another, or against any object a relative clause
restricts (also "any" alone: "would expel any that tried"), is conditional on that act coming: "would respond to any provocation" means "if
there is a provocation, it will respond". An act promised on a definite object stays intended, and a warning
whose subject is "any force deployed ..." stays the threat made. Our own sentences."""

from __future__ import annotations

import pytest


def _events(coder, text):
    return [(e.cameo, e.modality) for e in coder.code_text(text, date="2025-03-04").events]


@pytest.mark.parametrize("text,root", [
    ("The army chief said his troops would crush any rebellion in the north.", "13"),
    ("Israel said it would retaliate against any attack from Lebanese territory.", "13"),
    ("Slovakia said it would block any measure that targeted Russian oil.", "12"),
    ("Kyrgyzstan announced a truce along the border but said it would respond to any provocation by Tajik forces.", "13"),
])
def test_an_act_against_any_act_is_conditional(coder, text, root):
    evs = _events(coder, text)
    assert any(c.startswith(root) and m == "conditional" for c, m in evs), evs


@pytest.mark.parametrize("text,root", [
    ("Russia said it would send more troops to the border next week.", "15"),
    ("Slovakia said it would block the measure targeting Russian oil.", "12"),
    ("Ankara warned that any Syrian force approaching the border would be treated as a threat.", "13"),
])
def test_an_act_on_a_definite_object_is_no_condition(coder, text, root):
    evs = _events(coder, text)
    assert any(c.startswith(root) for c, m in evs) and not any(m == "conditional" for c, m in evs), evs
