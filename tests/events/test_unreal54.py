"""(unreal54) Modality. Acts that did not happen, coded as facts before: an act told by a gerund or an infinitive that
a calling-off verb governs ("postponed signing the agreement": put off, negated), and an act inside a noun phrase
opened by "any" that the parser reads as a clause ("any U.S. move to impose sanctions would be regarded as ...": a
condition). And a fact coded as negated before: the mediation of talks at which an act was not done ("did not reach a
deal at EU-brokered talks": the talks were held). Sentences written for these tests."""

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


@pytest.mark.parametrize(("text", "broker"), [
    ("Ethiopia and Egypt did not reach an agreement on the dam at AU-brokered talks in Kinshasa.", "IGOAFR"),
    ("Israel and Hamas did not agree on a truce at Egyptian-brokered talks in Cairo.", "EGY"),
    ("Serbia and Kosovo did not sign the deal at EU-mediated talks in Ohrid.", "IGOEUREEC"),
])
def test_the_mediated_talks_where_an_act_was_not_done_were_held(coder, text, broker):
    """(unreal54) The talks in a phrase of the clause's occasion ("at ... talks") were held, and mediated, even when
    the act of the clause was not done."""
    events = _events(coder, text, "2019-05-10")
    assert any(c == "045" and s == broker and m == "asserted" for c, s, t, m in events), events
    assert not any(c[:2] == "05" and m == "asserted" for c, s, t, m in events), events


def test_mediated_talks_not_attended_are_no_mediation_told_as_held(coder):
    events = _events(coder, "Sudan's army did not attend the Saudi-brokered talks in Jeddah.", "2019-05-10")
    assert not any(c == "045" and m == "asserted" for c, s, t, m in events), events


def test_a_mediated_meeting_one_would_not_take_part_in_is_not_held(coder):
    events = _events(coder, "Algeria's foreign ministry said Algiers would not take part in a Moroccan-hosted meeting on "
                     "Sahel security, calling it biased.", "2019-05-10")
    assert any(c == "045" for c, s, t, m in events), events
    assert not any(c == "045" and m == "asserted" for c, s, t, m in events), events
