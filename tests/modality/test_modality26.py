"""Round 26, helper modality26: our own sentences (invented wording).

- a stated refusal whose saying verb is itself reported ("Ghana said it would not sign the accord, officials said") is
  the refusal (12x, asserted), as without the attribution; a refusal inside what someone demands stays out.
- a vow, pledge or promise whose object is a noun of an act ("promised an investigation", "pledged further arms",
  "vowed a crackdown") codes that act ahead (intended; the statement of intent where one exists), not the bare intent
  to cooperate (030); elections, a referendum or an amnesty promised are reform (034) and eased sanctions (0351).
"""

from __future__ import annotations

import pytest
from coded import events_on, has_event

_events = events_on("2024-05-01")


@pytest.mark.parametrize("text, root, source", [
    ("Ghana said it would not hold talks with Togo until the raids stop, officials in Accra said.", "12", "GHA"),
    ("Peru said it would not release the fishermen, state radio reported.", "12", "PER"),
])
def test_a_reported_refusal_is_a_refusal(coder, text, root, source):
    events = _events(coder, text)
    assert has_event(events, root, source, "asserted"), events


def test_a_refusal_demanded_is_no_refusal(coder):
    events = _events(coder, "Moscow demanded guarantees that NATO would not expand, diplomats said.")
    assert not has_event(events, "12", "", "asserted"), events


@pytest.mark.parametrize("text, code, source", [
    ("The Chilean government promised an investigation into the shooting.", "09", "CHL"),
    ("Norway pledged further arms to Ukraine.", "0332", "NOR"),
    ("The Peruvian army vowed a crackdown on the smugglers.", "137", "PER"),
    ("The Malian junta promised elections next year.", "034", "MLI"),
    ("The Taliban promised an amnesty for former soldiers.", "0351", "AFG"),
])
def test_a_promised_act_lies_ahead(coder, text, code, source):
    events = _events(coder, text)
    assert has_event(events, code, source, "intended"), events
    assert not has_event(events, "030", source, "intended"), events
    assert not has_event(events, "", source, "asserted"), events


def test_a_promise_of_loyalty_stays_an_intent_to_cooperate(coder):
    events = _events(coder, "Pakistan pledged loyalty to the alliance.")
    assert has_event(events, "030", "PAK", "intended"), events


# - envoys sent on a task of looking or talking (modality_cues sending_verbs, envoy_nouns) do it where they are sent: the
#   task told in the past is asserted ("sent a team to investigate"); troops sent "to restore order", or a team that
#   "will" be sent, still go on a purpose ahead.
@pytest.mark.parametrize("text, source", [
    ("The United Nations sent a team to Burundi to investigate the killings.", "IGOUNO"),
    ("A UN team was sent to investigate the charges against Chad.", "IGOUNO"),
])
def test_envoys_sent_do_their_task(coder, text, source):
    events = _events(coder, text)
    assert has_event(events, "09", source, "asserted"), events


@pytest.mark.parametrize("text, root", [
    ("The Bolivian government sent soldiers to restore order.", "05"),
    ("The United Nations will send a team to investigate the killings in Burundi.", "09"),
])
def test_a_purpose_ahead_stays_ahead(coder, text, root):
    events = _events(coder, text)
    assert not has_event(events, root, "", "asserted"), events
