"""Round 10, helper factuality10b: our own sentences for conditions and for events coded in contexts where the act
did not happen.

- a clause of time that lies ahead is a condition ("would resume once Kyiv agrees to talks", "will lift sanctions once
  Minsk frees the prisoners"): the act of the clause and the act it conditions are both conditional (cue_words
  conditions.temporal_marks); told of the past ("Once the ceasefire took hold, Israel reopened ...") both are facts;
- a rejection told in the past or present with its own if/unless clause ("rejected a full ceasefire unless arms
  deliveries stopped") was made: asserted, the condition conditional (the blind9 convention); "would reject ...
  unless" lies ahead;
- "rule out" codes no court ruling (116) from the pattern "rule * (against)": "did not rule out action against X";
- a verb that undoes an act below it does not also code that kind of act as done: "shelved plans to sanction Turkey"
  is the sanction negated, not a reduction of relations (160) besides;
- "backed away from sanctioning" endorses no one (no 051; data/verbs: back away, back off);
- the act asked for in an exchange that lies ahead ("in return for lifting the sanctions", "as the price for halting
  its offensive") is conditional (cue_words conditions.exchange_nouns); an exchange told of the past happened.
"""

from __future__ import annotations

import pytest
from coded import events_on, has_event

_events = events_on("2024-05-01")


@pytest.mark.parametrize("text, root, source", [
    ("Kenya said it would reopen its border with Somalia once al-Shabaab was defeated.", "08", "KEN"),
    ("Washington said arms deliveries to Kyiv would resume once Ukraine agreed to peace talks.", "03", "UKR"),
    ("The EU said it will lift sanctions on Belarus once Minsk frees all political prisoners.", "08", "IGOEUREEC"),
    ("Turkey said it would ratify Sweden's NATO membership once Stockholm extradited the militants.", "05", "TUR"),
    ("Beijing said it would resume military talks with Washington once the arms sales to Taiwan stopped.", "04",
     "CHNGOV"),
    ("Moscow said its troops would withdraw from the border once NATO scaled back its exercises.", "08", "RUSMIL"),
])
def test_act_on_a_clause_of_time_ahead_is_conditional(coder, text, root, source):
    events = _events(coder, text)
    assert has_event(events, root, source, "conditional"), events
    assert not any(m in {"asserted", "intended"} for *_, m in events), events


def test_condition_of_a_clause_of_time_ahead_is_conditional(coder):
    events = _events(coder, "The EU said it will lift sanctions on Belarus once Minsk frees all political prisoners.")
    assert has_event(events, "08", "BLRGOV", "conditional"), events


def test_clause_of_time_told_of_the_past_is_a_fact(coder):
    events = _events(coder, "Once the ceasefire took hold, Israel reopened the Kerem Shalom crossing.")
    assert has_event(events, "08", "ISR", "asserted"), events


@pytest.mark.parametrize("text, source", [
    ("The rebels rejected the ceasefire unless government troops withdrew from the north.", "REB"),
    ("Hamas rejects any truce unless Israel ends the war in Gaza.", "PSEREBHMS"),
    ("Venezuela refused to negotiate with the opposition unless Washington lifted its oil sanctions.", "VEN"),
    ("The Kurdish militia turned down the truce offer unless Turkey pulled its troops out of Afrin.", "SYRREB"),
    ("The junta rejected ECOWAS mediation if it meant the return of the ousted president.", "MIL"),
])
def test_rejection_with_its_own_condition_was_made(coder, text, source):
    events = _events(coder, text)
    assert has_event(events, "12", source, "asserted"), events


def test_condition_of_a_rejection_stays_conditional(coder):
    events = _events(coder, "The rebels rejected the ceasefire unless government troops withdrew from the north.")
    assert has_event(events, "08", "MIL", "conditional"), events


def test_rejection_ahead_on_a_condition_is_not_asserted(coder):
    events = _events(coder, "Caracas would reject any deal unless Washington lifted its sanctions.")
    assert not any(m == "asserted" for *_, m in events), events


@pytest.mark.parametrize("text", [
    "The Pentagon said it did not rule out military action against the cartels.",
    "Brazil did not rule out legal action against the mining firms.",
    "Seoul refused to rule out measures against Tokyo.",
    "Tokyo would not rule out steps against Beijing over the detained fishermen.",
    "Paris has not ruled out sanctions against Mali's junta.",
])
def test_ruling_out_is_no_court_ruling(coder, text):
    events = _events(coder, text)
    # (recall12a) legal action not ruled out is a lawsuit weighed (115 considered), as sanctions not ruled out are
    # sanctions weighed; no court ruling is read from "rule"
    assert not any(code.startswith("11") and not (code == "115" and "considered" in rest) for code, *rest in events), events


@pytest.mark.parametrize("text, root, source", [
    ("The EU shelved plans to sanction Turkey over its drilling off Cyprus.", "16", "IGOEUREEC"),
    ("Japan shelved plans to impose tariffs on Chinese steel.", "16", "JPN"),
    ("Canada shelved plans to expel Iranian diplomats.", "17", "CAN"),
    ("Seoul shelved plans to cut ties with Pyongyang.", "16", "KORGOV"),
    ("Australia dropped plans to sanction Chinese officials.", "16", "AUS"),
])
def test_shelved_plan_is_no_act_of_its_kind(coder, text, root, source):
    events = _events(coder, text)
    assert has_event(events, root, source, "negated"), events
    assert not any(code.startswith(root) and m == "asserted" for code, _, _, m in events), events


@pytest.mark.parametrize("text", [
    "Germany backed away from sanctioning Hungary.",
    "Italy backed away from expelling the Russian ambassador.",
    "Washington backed off from its threat to impose tariffs on Mexico.",
    "The Baltic states backed away from plans to expel Russian diplomats.",
    "Spain backed off from recognising Kosovo.",
])
def test_backing_away_endorses_no_one(coder, text):
    events = _events(coder, text)
    assert not any(code.startswith("05") and m == "asserted" for code, _, _, m in events), events
    assert not any(m in {"asserted", "intended"} for *_, m in events), events


def test_backing_a_proposal_still_endorses_it(coder):
    events = _events(coder, "France backed Germany's proposal.")
    assert has_event(events, "05", "FRA", "asserted"), events


@pytest.mark.parametrize("text, source", [
    ("Russia demanded that Kyiv drop its NATO bid as the price for halting its offensive.", "UKRGOV"),
    ("Azerbaijan demanded that the separatists disarm as the price for halting its offensive.", "AZEREB"),
    ("Israel demanded that Hezbollah withdraw north of the Litani as the price for ending its air strikes.", "LBNREB"),
    ("Serbia said it would accept the plan in return for lifting the sanctions.", "SRB"),
    ("Beijing offered to stop its drills around Taiwan in exchange for scrapping the arms sale.", "CHNGOV"),
])
def test_act_asked_for_in_an_exchange_ahead_is_conditional(coder, text, source):
    events = _events(coder, text)
    assert has_event(events, "08", source, "conditional"), events
    assert not any(code.startswith("08") and m == "asserted" for code, _, _, m in events), events


def test_exchange_told_of_the_past_happened(coder):
    events = _events(coder, "Israel freed 30 prisoners in exchange for releasing the hostages held by Hamas.")
    assert has_event(events, "08", "ISR", "asserted"), events
