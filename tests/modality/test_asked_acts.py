"""Acts that one actor asks or instructs another to carry out are not coded as done, and an intent
verb whose pattern already codes its complement yields one event (our own 1980s-style sentences)."""

from __future__ import annotations

import pytest
from coded import events_on

_events = events_on("1987-10-19")


@pytest.mark.parametrize("text, asked_root", [
    ("Britain urged Pretoria to hold talks with black leaders.", "04"),
    ("Moscow called on Kabul to start talks with the rebels.", "04"),
    ("The council asked both factions to begin negotiations in Geneva.", "04"),
    ("The president told the army to attack the rebel camps.", "19"),
    ("The governor instructed police to arrest the strike leaders.", "17"),
])
def test_an_asked_act_is_not_asserted(coder, text, asked_root):
    events = _events(coder, text)
    assert not [e for e in events if e[0][:2] == asked_root and e[3] == "asserted"], events


def test_a_that_clause_after_tell_is_still_reported(coder):
    events = _events(coder, "The minister told reporters that government troops had attacked the rebel camps.")
    assert any(e[0][:2] == "19" and e[3] == "asserted" for e in events), events


def test_a_vow_to_retaliate_is_one_threat(coder):
    events = _events(coder, "Iran vowed to retaliate against the United States.")
    threats = [e for e in events if e[0][:2] == "13"]
    assert len(threats) == 1, events
    # a threat vowed is intended (falsepos16: the gold convention of the blind batches since blind10)
    assert threats[0][:3] == ("138", "IRN", "USA") and threats[0][3] == "intended"
