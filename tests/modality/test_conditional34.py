"""Session 34, helper conditional34: modality of acts that did not happen, and of acts beside them (our own
sentences)."""

from __future__ import annotations

import pytest
from coded import events_on

_events = events_on("2025-02-11")


@pytest.mark.parametrize("text,root", [
    # a negative object ("no plans", "no answer") negates that object, not a verb conjoined to its verb
    ("The Serbian president said Belgrade had no plans to send troops into Kosovo and denied that its police were "
     "operating there.", "016"),
    ("The Kremlin gave no reply to the proposal and Russian drones struck Kharkiv overnight.", "19"),
    ("The junta made no concessions and arrested dozens of opposition activists in the capital.", "17"),
])
def test_negative_object_does_not_negate_a_conjoined_verb(coder, text, root):
    evs = _events(coder, text)
    assert any(c.startswith(root) and m == "asserted" for c, _, _, m in evs), evs


@pytest.mark.parametrize("text,root", [
    # the verb's own negation, or a negative subject, still passes to a verb that shares it
    ("Russia did not send troops or shell the town.", "19"),
    ("No Russian troops crossed the border or shelled the town.", "19"),
])
def test_shared_negation_still_passes(coder, text, root):
    evs = _events(coder, text)
    assert not any(c.startswith(root) and m == "asserted" for c, _, _, m in evs), evs


@pytest.mark.parametrize("text,code", [
    # a cooperative act told as the consequence of a condition is the promise it states (03x), conditional
    ("The militia said it would free the aid workers if the army released its jailed commanders.", "035"),
    ("The junta said it was ready to hold talks with the rebels if they handed over their weapons.", "036"),
    ("Belgrade said it was willing to return to the negotiations if Pristina dropped its new border rules.", "036"),
])
def test_conditional_promise_is_coded_as_the_promise(coder, text, code):
    evs = _events(coder, text)
    assert any(c.startswith(code) and m == "conditional" for c, _, _, m in evs), evs
    # the promised act is not coded asserted
    assert not any(c[:2] in {"04", "08"} and m == "asserted" for c, _, _, m in evs), evs


def test_condition_itself_stays_the_act(coder):
    evs = _events(coder, "The government said it would hold talks with the rebels if they released the hostages.")
    assert any(c.startswith("084") and s.startswith("") and m == "conditional" for c, s, _, m in evs), evs


@pytest.mark.parametrize("text,code", [
    # told in the passive or only as possible, no one undertakes the act: it stays the act, conditional
    ("The captured pilots would be released if Belgrade recognised the new border, the rebel commander said.", "084"),
    ("The militia said it might free the aid workers if the army released its jailed commanders.", "084"),
])
def test_passive_or_possible_consequence_stays_the_act(coder, text, code):
    evs = _events(coder, text)
    assert any(c.startswith(code) and m == "conditional" for c, _, _, m in evs), evs
    assert not any(c.startswith("035") for c, _, _, _ in evs), evs
