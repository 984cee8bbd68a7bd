"""Round 27, helper modality27: our own sentences (invented wording).

- an act a speaker is ready or willing to do when the parser hangs the condition on the copula ("said it was ready
  to talk to the rebels if they disarmed") waits on the condition (conditional), as with the condition on the act;
  without a condition it stays intended.
- a clause of time opened by "only once" on an act told ahead is its condition, as "once" alone.
- an inverted condition ("had Russia not acted") has a consequence told ahead or counterfactual: a main verb in the
  simple past the parser hangs it on happened ("met ... in Tehran, where X said NATO would have struck had Y not").
- "in a case brought by", "in a court case" name a case, not the condition of "in case of".
- an accusation made by a verb conjoined to its subject's first verb ("found the bodies and accused the police of a
  massacre, a charge X rejected") was made: the denial answers what it charges.
"""

from __future__ import annotations

import pytest
from coded import events_on, has_event

_events = events_on("2024-05-01")


@pytest.mark.parametrize("text, source", [
    ("Niger's junta said it was ready to negotiate with the rebels if they handed over their weapons.", "NER"),
])
def test_readiness_with_a_condition_on_the_copula_is_conditional(coder, text, source):
    events = _events(coder, text)
    assert has_event(events, "", source, "conditional"), events
    assert not has_event(events, "03", source, "intended"), events


def test_readiness_without_a_condition_stays_intended(coder):
    events = _events(coder, "The Houthis said they were willing to release the crew.")
    assert has_event(events, "03", "YEM", "intended"), events


def test_only_once_is_a_condition(coder):
    events = _events(coder, "The World Bank said it would release the loan to Ghana only once Accra cut its deficit.")
    assert has_event(events, "", "IGO", "conditional"), events
    assert not has_event(events, "03", "IGO", "intended"), events


def test_an_inverted_condition_leaves_a_past_meeting_asserted(coder):
    events = _events(coder, "Erdogan met the leaders of Iran and Russia in Tehran, where Khamenei told him that "
                            "Israel would have started the war had Iran not acted first.")
    assert has_event(events, "04", "TUR", "asserted"), events


def test_an_inverted_condition_still_conditions_a_consequence_ahead(coder):
    events = _events(coder, "Britain would have sent troops to Sudan had parliament approved the plan.")
    assert not has_event(events, "", "GBR", "asserted"), events


def test_a_case_brought_is_no_condition(coder):
    events = _events(coder, "Thailand's Constitutional Court dissolved the opposition Move Forward party in a case "
                            "brought by the election commission.")
    assert has_event(events, "172", "THA", "asserted"), events


def test_in_case_of_is_a_condition(coder):
    events = _events(coder, "NATO would defend Estonia in case of an attack by Russia.")
    assert not has_event(events, "", "IGO", "asserted"), events


def test_a_conjoined_accusation_is_made(coder):
    events = _events(coder, "UN monitors found the bodies of 20 villagers and accused Burundian soldiers of a "
                            "massacre, a charge Gitega rejected.")
    assert has_event(events, "112", "IGO", "asserted"), events


def test_a_threat_on_winning_an_election_is_no_sport_or_race_result(coder):
    events = _events(coder, "Opposition leader Imran Khan threatened to jail the army chief if he won the election.")
    assert has_event(events, "13", "PAK", "asserted") or has_event(events, "13", "PAK", "conditional"), events


# - a plan denied ("denied that it had any plans to invade") or put off through a deferring phrasal verb ("decided to
#   hold off on a plan to fire missiles", "backed away from plans to annex") was not carried out (negated), not an
#   intention stated; a plan stated stays intended.
@pytest.mark.parametrize("text, source", [
    ("Tehran denied that it had any plans to attack Bahrain.", "IRN"),
    ("Pyongyang has decided to hold off on a plan to fire rockets towards Okinawa.", "PRK"),
])
def test_a_plan_denied_or_put_off_was_not_carried_out(coder, text, source):
    events = _events(coder, text)
    assert has_event(events, "", source, "negated"), events
    assert not has_event(events, "13", source, "intended"), events


def test_a_plan_stated_stays_intended(coder):
    events = _events(coder, "Tehran said it had plans to attack Bahrain.")
    assert has_event(events, "13", "IRN", "intended"), events


# - a promise or offer of cooperation (03x on a pledging verb) whose act waits on a condition ("offered to release the
#   sailors and open talks if Kyiv withdrew", "promised aid to Turkey if the toll rose") is conditional, not an intent
#   stated outright; without a condition it stays intended.
@pytest.mark.parametrize("text, source", [
    ("Moscow offered to release the sailors and open talks if Kyiv withdrew its gunboats.", "RUS"),
    ("Japan promised aid to Turkey if the earthquake toll rose.", "JPN"),
])
def test_a_promise_on_a_condition_is_conditional(coder, text, source):
    events = _events(coder, text)
    assert has_event(events, "03", source, "conditional"), events
    assert not has_event(events, "03", source, "intended"), events


def test_a_promise_without_a_condition_stays_intended(coder):
    events = _events(coder, "Japan pledged to send aid to Turkey.")
    assert has_event(events, "03", "JPN", "intended"), events
