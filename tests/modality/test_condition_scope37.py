"""(pact37) A past act told as done is no consequence of a condition in the present the parser hung on it: "signed a
pact pledging mutual military assistance if either is attacked" signed the pact (057 asserted); the condition is the
pledge's. A promise or an offer keeps the condition it is made on, and so does a verb with an act below it. Our own
sentences."""

from __future__ import annotations

from coded import events_on, has_event

_events = events_on("2024-06-19")


def test_a_pact_signed_with_a_conditional_pledge_was_signed(coder):
    events = _events(coder, "Moscow and Pyongyang signed a treaty pledging military aid if either is invaded.")
    assert has_event(events, "057", "RUS", "asserted"), events
    assert not any(c == "057" and m == "conditional" for c, *_, m in events), events


def test_a_promise_keeps_its_condition(coder):
    events = _events(coder, "The junta in Niamey promised elections if ECOWAS lifts its sanctions.")
    assert has_event(events, "03", "NER", "conditional"), events
    assert not any(c.startswith("03") and m in {"asserted", "intended"} for c, *_, m in events), events


def test_an_authorised_act_keeps_its_condition(coder):
    events = _events(coder, "The Security Council authorised states to use force against Iraq unless it leaves Kuwait.")
    assert not any(c.startswith("19") and m in {"asserted", "intended"} for c, *_, m in events), events


def test_a_threat_told_ahead_stays_conditional(coder):
    events = _events(coder, "Seoul said it would strike missile bases if the North attacks again.")
    assert has_event(events, "13", "KOR", "conditional"), events
