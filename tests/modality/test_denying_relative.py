"""Round 5, helper factuality: a sentence relative that denies a reported clause before it ("X said ..., which
Belgrade denied") negates that clause's act; after an act the narrator states, the denial is a reaction and the act
stays asserted (denial21b); one that rejects a thing, or does not deny, does not (our own sentences)."""

from __future__ import annotations

import pytest
from coded import events_on

_events = events_on("2025-02-11")


@pytest.mark.parametrize("text,root", [
    ("Kenya's opposition said police had arrested its deputy leader in Kisumu, which the interior ministry denied.", "17"),
    ("Witnesses said Burmese soldiers burned the village, which the junta denied.", "17"),
])
def test_reported_act_denied_by_a_sentence_relative(coder, text, root):
    evs = _events(coder, text)
    assert any(c[:2] == root and m == "negated" for c, _, _, m in evs), evs
    assert not any(c[:2] == root and m == "asserted" for c, _, _, m in evs), evs
    assert any(c == "016" and m == "asserted" for c, _, _, m in evs), evs   # the denial itself was made


@pytest.mark.parametrize("text,root", [
    ("Azerbaijani forces shelled the village of Sotk overnight, which Baku denied.", "19"),
    ("Ethiopian troops shelled a border town in Eritrea, which Addis Ababa denied.", "19"),
    ("Israeli jets struck a warehouse in Damascus that Israel said stored Iranian missiles, a charge Syria denied.",
     "19"),   # the charge is what Israel said, not the strike
])
def test_narrated_act_stays_beside_its_denial(coder, text, root):
    """(denial21b) An act the narrator states as a fact, then a denial in a relative: the denial is a reaction
    (016, asserted); the act stays asserted (gold README; the tune gold codes so)."""
    evs = _events(coder, text)
    assert any(c[:2] == root and m == "asserted" for c, _, _, m in evs), evs
    assert any(c == "016" and m == "asserted" for c, _, _, m in evs), evs


@pytest.mark.parametrize("text,root", [
    ("Azerbaijani forces shelled the village of Sotk overnight, which Baku did not deny.", "19"),
    ("Serbian police detained the mayor of Zvecan, which Pristina condemned.", "17"),
])
def test_other_relatives_leave_the_act(coder, text, root):
    evs = _events(coder, text)
    assert any(c[:2] == root and m == "asserted" for c, _, _, m in evs), evs


@pytest.mark.parametrize("text,root", [
    ("Turkish forces shelled the village without prior warning.", "19"),
    ("The troops opened fire on the crowd without warning, witnesses said.", "17"),
])
def test_without_warning_is_a_manner(coder, text, root):
    """(denial21b) "without warning" tells how the act was done: no warning (130) negated beside it."""
    evs = _events(coder, text)
    assert any(c[:2] == root and m == "asserted" for c, _, _, m in evs), evs
    assert not any(c[:2] == "13" for c, _, _, m in evs), evs


@pytest.mark.parametrize("text", [
    "Baku neither confirmed nor denied that its drones had struck the convoy.",
    "Ankara has neither confirmed nor denied involvement in the raid.",
])
def test_neither_confirmed_nor_denied_is_no_denial(coder, text):
    """(denial21b) no comment: neither a denial (016) made nor one negated."""
    evs = _events(coder, text)
    assert not any(c == "016" for c, _, _, m in evs), evs
