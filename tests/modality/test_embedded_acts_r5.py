"""Round 5, helper factuality: embedded acts whose modality the clause above decides (our own sentences):
"held back from" (put off), an infinitive with its own subject under a negated or weighed verb ("would
never let X do"), and a doubted clause ("analysts doubt that ..."), without ever asserting the act."""

from __future__ import annotations

import pytest


def _events(coder, text):
    return [(e.cameo, e.modality) for e in coder.code_text(text, date="2025-02-11").events]


@pytest.mark.parametrize("text,root,mod", [
    ("Tokyo has held back from sending military aid to Manila.", "07", "negated"),
    ("Ankara said it would never let Sweden's army use Turkish bases.", None, None),
    ("Egypt did not allow Israeli troops to occupy the Philadelphi corridor.", "19", "negated"),
    ("Diplomats doubt that Serbia will recognise Kosovo before the elections.", None, "considered"),
])
def test_embedded_act_not_asserted(coder, text, root, mod):
    evs = _events(coder, text)
    if mod is not None:
        assert any((root is None or c[:2] == root) and m == mod for c, m in evs), evs
    # the embedded act is never coded as done ("held back from sending aid" may itself withhold aid: 16)
    assert not any(m == "asserted" and c[:2] not in {"01", "02", "10", "11", "12", "13", "16"} for c, m in evs), evs


@pytest.mark.parametrize("text,root", [
    ("There is no doubt that Russian drones struck the power plant in Odesa.", "19"),
    ("Nobody doubts that Hamas fired the rockets at Sderot.", "19"),
])
def test_affirmed_acts_stay_asserted(coder, text, root):
    evs = _events(coder, text)
    assert any(c[:2] == root and m == "asserted" for c, m in evs), evs
