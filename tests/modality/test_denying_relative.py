"""Round 5, helper factuality: a sentence relative that denies the clause before it ("..., which Belgrade
denied") negates that clause's act; one that rejects a thing, or does not deny, does not (our own sentences)."""

from __future__ import annotations

import pytest
from coded import events_on

_events = events_on("2025-02-11")


@pytest.mark.parametrize("text,root", [
    ("Azerbaijani forces shelled the village of Sotk overnight, which Baku denied.", "19"),
    ("Kenya's opposition said police had arrested its deputy leader in Kisumu, which the interior ministry denied.", "17"),
    ("The Syrian army bombed a market in Idlib, which Damascus denied.", "19"),
])
def test_denied_by_a_sentence_relative(coder, text, root):
    evs = _events(coder, text)
    assert any(c[:2] == root and m == "negated" for c, _, _, m in evs), evs
    assert not any(c[:2] == root and m == "asserted" for c, _, _, m in evs), evs
    assert any(c == "016" and m == "asserted" for c, _, _, m in evs), evs   # the denial itself was made


@pytest.mark.parametrize("text,root", [
    ("Azerbaijani forces shelled the village of Sotk overnight, which Baku did not deny.", "19"),
    ("Serbian police detained the mayor of Zvecan, which Pristina condemned.", "17"),
])
def test_other_relatives_leave_the_act(coder, text, root):
    evs = _events(coder, text)
    assert any(c[:2] == root and m == "asserted" for c, _, _, m in evs), evs
