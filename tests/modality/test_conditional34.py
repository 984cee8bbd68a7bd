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


def test_clause_of_its_own_under_a_negating_verbs_phrase_is_not_negated(coder):
    # "in a ruling Belgrade rejected": a tensed clause with its own subject under the phrase of "halt" is its own act
    evs = _events(coder, "The Hague tribunal ordered Serbia to halt its offensive in Kosovo, in a ruling Belgrade "
                         "rejected as biased.")
    assert any(c.startswith("12") and s.startswith("SRB") and m == "asserted" for c, s, _, m in evs), evs


@pytest.mark.parametrize("text,root", [
    # a gerund with no subject of its own under the negating verb's phrase stays the act held back
    ("Germany abstained from condemning the invasion.", "11"),
    ("The army failed in its bid to seize the capital.", "19"),
])
def test_act_under_a_negating_verbs_phrase_stays_negated(coder, text, root):
    evs = _events(coder, text)
    assert any(c.startswith(root) and m == "negated" for c, _, _, m in evs), evs
