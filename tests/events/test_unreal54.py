"""(unreal54) Modality. Acts that did not happen, coded as facts before: an act told by a gerund or an infinitive that
a calling-off verb governs ("postponed signing the agreement": put off, negated), and an act inside a noun phrase
opened by "any" that the parser reads as a clause ("any U.S. move to impose sanctions would be regarded as ...": a
condition). Sentences written for these tests."""

from __future__ import annotations

import pytest

from gold_helpers import triples


def _events(coder, text, date):
    """(code, source, target, modality) of each event, "" for an empty side (the shared ``coder`` fixture)."""
    return [(c, s or "", t or "", m) for s, t, c, m in triples(coder, text, date=date)]


@pytest.mark.parametrize(("text", "root"), [
    ("Japan postponed signing the fisheries agreement with South Korea until after the election.", "05"),
    ("Peru's Congress voted to postpone ratifying the trade agreement with Mexico.", "05"),
    ("The Chilean government delayed sending troops to the border after talks with Bolivia.", "15"),
])
def test_an_act_put_off_by_a_calling_off_verb_is_negated(coder, text, root):
    events = _events(coder, text, "2019-05-10")
    assert any(c[:2] == root and m == "negated" for c, s, t, m in events), events
    assert not any(c[:2] == root and m == "asserted" for c, s, t, m in events), events


def test_the_act_done_after_a_postponement_stays_asserted(coder):
    events = _events(coder, "Japan signed the fisheries agreement with South Korea after postponing the ceremony twice.",
                     "2019-05-10")
    assert ("057", "JPN", "KOR", "asserted") in events, events


@pytest.mark.parametrize("text", [
    "Cuba's foreign ministry said on Monday that any U.S. move to impose sanctions on Havana would be regarded as an "
    "act of war.",
    "Iran's foreign ministry said on Sunday that any EU move to impose sanctions on Tehran would be regarded as a "
    "hostile act.",
])
def test_an_act_of_any_move_read_as_a_clause_is_a_condition(coder, text):
    events = _events(coder, text, "2019-05-10")
    assert any(c == "163" and m == "conditional" for c, s, t, m in events), events
    assert not any(c[:2] == "16" and m == "asserted" for c, s, t, m in events), events


def test_the_move_made_stays_asserted(coder):
    events = _events(coder, "The United States imposed new sanctions on Cuba, a move Havana called an act of war.",
                     "2019-05-10")
    assert any(c == "163" and m == "asserted" for c, s, t, m in events), events
