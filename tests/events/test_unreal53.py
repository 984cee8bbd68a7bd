"""(unreal53) Modality. Acts that may or may not come, coded as facts before: an act named inside a noun phrase opened
by "any" that is the subject of a verb told ahead ("any attempt to search the vessel would be met with force"), or a
relative clause on such an object ("troops would detain any smugglers who crossed the river"). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from gold_helpers import triples


def _events(coder, text, date):
    """(code, source, target, modality) of each event, "" for an empty side (the shared ``coder`` fixture)."""
    return [(c, s or "", t or "", m) for s, t, c, m in triples(coder, text, date=date)]


@pytest.mark.parametrize(("text", "root"), [
    ("Iran's navy warned that any British attempt to inspect its tankers in the Gulf would be answered with force.",
     "09"),
    ("The interior minister of Peru said police would clear any protesters who blocked the highway to Cusco.", "14"),
])
def test_an_act_under_any_told_ahead_is_a_condition(coder, text, root):
    events = _events(coder, text, "2019-07-10")
    assert any(c[:2] == root and m == "conditional" for c, s, t, m in events), events
    assert not any(c[:2] == root and m == "asserted" for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "root"), [
    ("Peruvian police cleared the protesters who blocked the highway to Cusco on Tuesday.", "14"),
    ("British marines inspected an Iranian tanker in the Gulf, the navy said.", "09"),
])
def test_the_same_acts_told_as_done_stay_asserted(coder, text, root):
    events = _events(coder, text, "2019-07-10")
    assert any(c[:2] == root and m == "asserted" for c, s, t, m in events), events


def test_any_after_a_negated_verb_is_no_condition(coder):
    events = _events(coder, "Saudi Arabia said it would not take part in any military action against Iran.",
                     "2019-07-10")
    assert not any(m == "conditional" for c, s, t, m in events), events
