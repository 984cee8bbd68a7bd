"""Round 28, helper modality28: our own sentences (invented wording).

- "would not X unless Y": a refusal stated now, its lifting conditioned; the act negated, the refusal (12x) asserted,
  the condition conditional (as "would not X until Y"). Not "would not X if Y", a consequence. (unreal52: the refusal
  made it conditional; refuse59 made it asserted again, as the gold README's "Refusals with a condition" settles.)
- a measure ordered or imposed "to take effect" later has not yet taken effect (intended); a finite "took effect"
  tells that it did.
"""

from __future__ import annotations

import pytest
from coded import events_on, has_event

_events = events_on("2024-05-01")


@pytest.mark.parametrize("text, source, refusal", [
    # (refuse59) a refusal on an unless-clause is stated now: asserted (gold README, "Refusals with a condition")
    ("Peru said it would not resume talks with Ecuador unless Quito withdrew its troops from the border.", "PER",
     "asserted"),
    ("Peru would not negotiate with the Shining Path rebels unless they handed over their weapons, the minister said.",
     "PER", "asserted"),
])
def test_would_not_unless_is_a_refusal_made(coder, text, source, refusal):
    events = _events(coder, text)
    assert has_event(events, "12", source, refusal), events
    assert has_event(events, "04", source, "negated"), events
    assert not has_event(events, "04", source, "asserted"), events


def test_the_condition_of_a_refusal_stays_conditional(coder):
    events = _events(coder, "Peru said it would not resume talks with Ecuador unless Quito withdrew its troops.")
    assert has_event(events, "087", "ECU", "conditional"), events


def test_would_not_if_stays_a_consequence(coder):
    events = _events(coder, "Peru would not negotiate with the rebels if they kept attacking villages, the minister said.")
    assert not has_event(events, "12", "PER", "asserted"), events
    assert has_event(events, "04", "PER", "conditional"), events


def test_a_counterfactual_refusal_is_no_refusal_made(coder):
    events = _events(coder, "Peru would not have signed the accord with Ecuador unless Quito had withdrawn its troops.")
    assert not has_event(events, "12", "PER", "asserted"), events
    assert not has_event(events, "05", "PER", "asserted"), events


@pytest.mark.parametrize("text, source", [
    ("The European Union ordered sanctions on Belarus to take effect next month unless Minsk freed the jailed "
     "journalists.", "IGO"),
    ("Washington imposed 25 percent tariffs on Canadian steel, to take effect on March 1.", "USA"),
])
def test_a_measure_to_take_effect_later_is_intended(coder, text, source):
    events = _events(coder, text)
    assert has_event(events, "16", source, "intended"), events
    assert not has_event(events, "16", source, "asserted"), events


def test_a_measure_that_took_effect_is_asserted(coder):
    events = _events(coder, "Washington's tariffs on Canadian steel took effect on Friday.")
    assert has_event(events, "16", "USA", "asserted"), events


@pytest.mark.parametrize("text", [
    "France vetoed a UN draft condemning the coup in Niger; Italy abstained rather than voting against it.",
    "Italy abstained rather than voted against the draft resolution on Niger.",
])
def test_an_act_after_rather_than_did_not_happen(coder, text):
    # the parser hangs "than" as a preposition before a gerund, as a coordinator before a finite verb
    events = _events(coder, text)
    assert not has_event(events, "12", "ITA", "asserted"), events


def test_a_past_relative_the_parser_hangs_on_a_noun_tells_a_fact(coder):
    # "a factory American jets bombed last year": a relative clause in the past, not part of what is examined
    events = _events(coder, "UN inspectors arrived in Iraq to examine the site of a factory American jets bombed "
                            "last year.")
    assert has_event(events, "19", "USA", "asserted"), events


@pytest.mark.parametrize("text, victims", [
    ("On 5 March 2024, suspected militants hurled a grenade at a police post in Anantnag, wounding three officers.",
     "IND"),
    ("Suspected ADF rebels killed nine farmers near Beni.", "COD"),
])
def test_an_act_by_suspects_is_coded_twice(coder, text, victims):
    # the act done, by no one named; the suspects' doing of it, considered
    events = _events(coder, text)
    assert any(c[:2] in {"18", "19", "20"} and s == "" and t.startswith(victims) and m == "asserted"
               for c, s, t, m in events), events
    assert any(c[:2] in {"18", "19", "20"} and s != "" and m == "considered" for c, s, t, m in events), events
    assert not any(c[:2] in {"18", "19", "20"} and s != "" and m == "asserted" for c, s, t, m in events), events


def test_an_act_by_named_doers_is_coded_once(coder):
    events = _events(coder, "ADF rebels killed nine farmers near Beni.")
    assert has_event(events, "18", "COD", "asserted"), events
    assert not any(m == "considered" for *_, m in events), events


def test_a_suspected_attack_with_no_doer_is_coded_once(coder):
    # "suspected" hedges the attack's kind here, not a doer: the act stays asserted, once
    events = _events(coder, "A suspected sarin attack on Khan Sheikhoun killed dozens of people.")
    assert [m for c, *_, m in events if c.startswith("20")] == ["asserted"], events
