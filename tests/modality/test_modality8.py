"""Round 8, helper modality8: our own sentences for factuality constructions that went wrong before.

- "has yet to condemn" is no obligation ("has to"): the act is not done yet (negated), not dropped;
- an accusation beside a denial ("..., a charge Asmara denied", "blamed X for the clash, which Y denied") was made
  (asserted); the denial is of what it charges. A claim noun set beside a clause with a rejecting verb denies the
  clause ("Rwandan troops attacked Goma, a claim Kigali denied": negated);
- a speaker's accusation conjoined to a denied clause ("denied that ... and accused Washington") is asserted;
- a clause the parser hangs before a verb with an object of its own or after a semicolon is a clause of its own
  ("Bolivia expelled the US ambassador; Washington called the decision regrettable");
- an event noun whose predicate schedules it ("talks are scheduled for Thursday", "are set to resume", "are due to
  start") lies ahead (intended), never asserted;
- conditions the parser does not mark ("provided that", "on condition that", "as long as", "Should the talks
  collapse") make their clause and its consequence conditional.
"""

from __future__ import annotations

import pytest
from coded import events_on, has_event

from foedus.coder import modality

_events = events_on("2024-05-01")


@pytest.mark.parametrize("text, root, source", [
    ("Qatar has yet to condemn the raid on the refugee camp.", "11", "QAT"),
    ("Argentina has yet to recognise the new government in La Paz.", "05", "ARG"),
    ("The guerrillas have yet to free the kidnapped engineers.", "08", ""),
])
def test_has_yet_to_is_not_done_yet(coder, text, root, source):
    events = _events(coder, text)
    assert has_event(events, root, source, "negated"), events
    assert not any(m == "asserted" for *_, m in events), events


def test_has_to_is_still_an_obligation(coder):
    # "has to withdraw": a demand, not an act; nothing is coded as done
    events = _events(coder, "Armenia has to withdraw its troops from the border villages, Baku said.")
    assert not any(m == "asserted" and c.startswith("08") for c, _, _, m in events), events


@pytest.mark.parametrize("text, root, source", [
    ("Burundi accused Rwanda of arming the rebels, an allegation Kigali rejected.", "112", "BDI"),
    ("Laos blamed Thai soldiers for the shooting at the border, which Bangkok denied.", "112", "LAO"),
    ("Sudan accused Chad of sheltering the militia, a charge N'Djamena denied.", "112", "SDN"),
])
def test_an_accusation_beside_a_denial_was_made(coder, text, root, source):
    events = _events(coder, text)
    assert has_event(events, root, source, "asserted"), events


@pytest.mark.parametrize("text, root, source", [
    ("Burundian soldiers crossed into Rwanda, a claim Bujumbura denied.", "19", "BDI"),
    ("Egyptian jets bombed a convoy in Libya, a report the army dismissed as false.", "19", "EGY"),
])
def test_a_clause_called_a_denied_claim_did_not_happen(coder, text, root, source):
    events = _events(coder, text)
    assert has_event(events, root, source, "negated"), events
    assert not any(c.startswith(root) and m == "asserted" for c, _, _, m in events), events


@pytest.mark.parametrize("text, root, source", [
    ("The militia denied that it had looted the market and blamed the police for the looting.", "112", ""),
    ("Tehran denied that its navy had seized the tanker and accused London of piracy.", "112", "IRN"),
])
def test_an_accusation_beside_a_denied_clause_was_made(coder, text, root, source):
    events = _events(coder, text)
    assert has_event(events, root, source, "asserted"), events


@pytest.mark.parametrize("text, root, source", [
    ("Ecuador expelled the Mexican ambassador; Mexico City called the decision unacceptable.", "17", "ECU"),
    ("Honduras closed its embassy in Taipei; Taiwan condemned the move.", "16", "HND"),
])
def test_a_clause_before_a_semicolon_is_its_own(coder, text, root, source):
    events = _events(coder, text)
    assert has_event(events, root, source, "asserted"), events


@pytest.mark.parametrize("text", [
    "Talks between Georgia and Russia are scheduled for Tuesday in Geneva.",
    "A summit between Kenya and Ethiopia is planned for next month.",
    "Negotiations between Eritrea and Ethiopia are set to resume in Nairobi on Friday.",
    "Talks between the junta and the rebels are due to start next week.",
    "A meeting between the Turkish and Greek foreign ministers is slated for Monday.",
    "Talks between Pakistan and the Taliban are to resume in Doha.",
])
def test_a_scheduled_meeting_lies_ahead(coder, text):
    events = _events(coder, text)
    assert events and all(m == "intended" for *_, m in events), events


def test_a_meeting_that_began_happened(coder):
    events = _events(coder, "Talks between Georgia and Russia began on Tuesday in Geneva.")
    assert events and all(m == "asserted" for *_, m in events), events


def test_set_on_fire_is_no_schedule(coder):
    events = _events(coder, "A police station in Karachi was set on fire by rioters.")
    assert any(m == "asserted" for *_, m in events), events


@pytest.mark.parametrize("text, root, source", [
    ("Serbia will hold talks with Kosovo provided that NATO troops guard the monasteries.", "04", "SRB"),
    ("Azerbaijan will reopen the corridor on condition that Armenian forces withdraw.", "", "AZE"),
    ("The rebels will observe the truce so long as the army halts its air raids.", "08", ""),
    ("Should the negotiations fail, Khartoum will resume the offensive in Darfur.", "", "SDN"),
])
def test_unmarked_conditions(coder, text, root, source):
    events = _events(coder, text)
    assert has_event(events, root, source, "conditional"), events
    assert not any(m == "asserted" for *_, m in events), events


def test_every_cue_list_loads():
    # a misplaced YAML key empties a list silently: every list the parse walk reads must have words
    c = modality.cues()
    empty = [name for name, words in vars(c).items() if not words]
    assert not empty, empty


@pytest.mark.parametrize("text, root, source", [
    ("Instead of closing the embassy, Estonia summoned the Russian charge d'affaires.", "16", "EST"),
    ("Kenya sent a mediator to Juba rather than imposing sanctions on South Sudan.", "16", "KEN"),
])
def test_the_act_set_aside_did_not_happen(coder, text, root, source):
    events = _events(coder, text)
    assert has_event(events, root, source, "negated"), events
    assert not any(c.startswith(root) and m == "asserted" for c, _, _, m in events), events


@pytest.mark.parametrize("text, root", [
    ("Portugal backed away from sending tanks to Ukraine.", "07"),
    ("The Czech government shied away from condemning the Chinese crackdown.", "11"),
    ("Romania dropped plans to send fighter jets to Moldova.", "07"),
    ("Moroccan police foiled a plot to bomb the US consulate in Casablanca.", "19"),
])
def test_an_act_given_up_or_foiled_did_not_happen(coder, text, root):
    events = _events(coder, text)
    assert has_event(events, root, "", "negated"), events
    assert not any(c.startswith(root) and m == "asserted" for c, _, _, m in events), events


@pytest.mark.parametrize("text, root, source", [
    ("Dhaka refuted claims that Bangladeshi police had shot protesters in Sylhet.", "", "BGD"),
    ("The ministry rebutted reports that Burkinabe soldiers had executed villagers.", "", "BFA"),
])
def test_a_refuted_claim_did_not_happen(coder, text, root, source):
    events = _events(coder, text)
    assert any(s.startswith(source) and m == "negated" for _, s, _, m in events), events
    assert not any(c[:2] in {"17", "18", "19", "20"} and m == "asserted" for c, _, _, m in events), events


@pytest.mark.parametrize("text, root, source", [
    ("Azerbaijani forces nearly captured the Armenian border village of Sotk.", "19", "AZE"),
    ("Sudanese paramilitaries almost seized the airport in El Fasher.", "19", "SDN"),
])
def test_a_near_miss_did_not_happen(coder, text, root, source):
    events = _events(coder, text)
    assert has_event(events, root, source, "negated"), events
    assert not any(c.startswith(root) and m == "asserted" for c, _, _, m in events), events


def test_nearly_on_a_number_is_no_near_miss(coder):
    events = _events(coder, "Russian missiles killed nearly forty civilians in Kryvyi Rih.")
    assert has_event(events, "", "RUS", "asserted"), events


def test_a_plan_in_the_past_perfect_was_not_carried_out(coder):
    events = _events(coder, "The insurgents had prepared an offensive on Mogadishu before the truce was signed.")
    assert has_event(events, "19", "", "negated"), events
    assert not any(c.startswith("19") and m in {"asserted", "intended"} for c, _, _, m in events), events


def test_an_act_not_prevented_happened(coder):
    # "failed to stop X from testing": the test took place (was coded negated, as under "stopped X from")
    events = _events(coder, "NATO failed to prevent Serbian forces from shelling Sarajevo.")
    assert has_event(events, "19", "", "asserted"), events
    events = _events(coder, "NATO prevented Serbian forces from shelling Sarajevo.")
    assert not any(c.startswith("19") and m == "asserted" for c, _, _, m in events), events


@pytest.mark.parametrize("text", [
    "The dispatch of Polish troops to Ukraine remains a possibility, Warsaw said.",
    "An Egyptian incursion into Gaza is unlikely, officials in Cairo said.",
])
def test_an_event_called_a_possibility_is_weighed(coder, text):
    events = _events(coder, text)
    assert events and all(m == "considered" for *_, m in events), events


def test_a_blame_after_a_denied_gerund_is_made(coder):
    events = _events(coder, "Mali's junta denied killing the herders and blamed jihadists for the massacre.")
    assert has_event(events, "112", "MLI", "asserted"), events
    # a gerund conjoined to the denied gerund is denied with it
    events = _events(coder, "The militia denied looting the market and blaming the police.")
    assert not any(c.startswith("112") and m == "asserted" for c, _, _, m in events), events
