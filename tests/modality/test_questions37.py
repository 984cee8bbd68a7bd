"""(doubts37) Questions: a yes/no question states no act, so the act it asks about is not coded at all (gold README,
"Possibility and report": 'A question ("Will China invade Taiwan?") states no act'; "Rumours and questions": 'code
only what the rest of the sentence asserts'). A question reported in a sentence ("asked whether ...") is not a
question sentence, and a wh-question takes its act as given. Our own sentences."""

from __future__ import annotations

import pytest
from coded import events_on

_events = events_on("2024-05-01")


@pytest.mark.parametrize("text", [
    "Will Moscow send troops to Belarus?",
    "Did the army fire on the crowd in Mandalay?",
    "Will Ankara invade northern Iraq to destroy the camps of the PKK?",   # the purpose asked with its act
    "Was the Serbian raid on the Kosovo border post a breach of the agreement?",   # an act named by a noun
    "Will the junta in Niamey expel the French ambassador?",
])
def test_a_yes_no_question_codes_nothing(coder, text):
    assert _events(coder, text) == []


def test_the_asserted_clause_beside_a_question_is_coded(coder):
    events = _events(coder, "Will Caracas retaliate? Venezuelan troops shelled a Guyanese border post on Monday.")
    assert [(c[:2], s[:3], t[:3], m) for c, s, t, m in events] == [("19", "VEN", "GUY", "asserted")], events


def test_a_reported_question_is_not_a_question_sentence(coder):
    # "asked whether": the asking is coded (an appeal or inquiry), the sentence asks nothing itself
    events = _events(coder, "The Chilean minister asked whether Bolivia had closed the border.")
    assert events and all(c.startswith("02") and m == "asserted" for c, _, _, m in events), events


def test_a_wh_question_takes_its_act_as_given(coder):
    events = _events(coder, "Why did Russia attack the convoy?")
    assert any(c.startswith("19") and s == "RUS" and m == "asserted" for c, s, _, m in events), events
