"""Round 9, helper factuality9: our own sentences for acts that did not happen and that the coder had missed or
coded asserted.

- an event noun whose predicate is a verb of coming about in the infinitive ("the offensive has yet to begin", "the
  promised withdrawal failed to materialise", "the talks are expected to start") takes the infinitive's modality,
  read through the verbs above it: negated or intended, never asserted (data: cue_words unrealised.coming_about);
- an act named after "of" under a negated sign or report noun ("showed no sign of withdrawing", "there were no
  reports of shelling", "found no evidence of an incursion") did not take place (negated; data: cue_words
  unrealised.evidence_nouns);
- a meeting or visit that a calling-off verb's own pattern codes ("called off a planned visit", PETRARCH's "call off *
  visit" 042) did not take place (negated, never asserted; data: cue_words unrealised.called_off_roots);
- a ruling out refused ("refused to rule out using force", "declined to rule out a strike") leaves the act open
  (considered, as "did not rule out"), and rejects nothing (no 12x);
- an if-clause that asks its subject to change course (negated, or with a verb of going on: "if the North keeps
  sending balloons", "if Croatia does not apologise") makes an uncoded act of one's own a threat, as "unless" does
  (130, conditional); a plain condition ("will hold elections if the rebels disarm") threatens nothing;
- an act named as the object of a verb of foreseeing ("Poland fears a Russian attack", "expects a missile attack") is
  foreseen, not done (considered, never asserted; data: cue_words considered.foreseeing_verbs);
- an act set against the one done ("rather than expel the envoy", "far from withdrawing") did not take place;
- an act still ahead ("planned", "proposed") whose verb says it failed ("the planned prisoner exchange collapsed",
  "the proposed summit fell through") did not take place, while "the ceasefire collapsed" was in force.
"""

from __future__ import annotations

import pytest
from coded import events_on, has_event

_events = events_on("2024-05-01")


@pytest.mark.parametrize("text, root, source, modality", [
    ("The Sudanese army's offensive against the rebels has yet to begin.", "19", "SDN", "negated"),
    ("The Ethiopian army's offensive in Tigray is yet to start.", "19", "ETH", "negated"),
    ("Turkey's promised withdrawal of troops from Idlib has yet to materialise.", "08", "TUR", "negated"),
    ("The Russian withdrawal from Kherson failed to materialise.", "08", "RUS", "negated"),
    ("Peace talks between Colombia and the ELN never managed to get underway.", "04", "COL", "negated"),
    ("Negotiations between Egypt and Ethiopia failed to resume in Cairo.", "04", "EGY", "negated"),
    ("Talks between Serbia and Kosovo are expected to begin on Monday.", "03", "SRB", "intended"),
])
def test_event_noun_coming_about_in_infinitive(coder, text, root, source, modality):
    events = _events(coder, text)
    assert has_event(events, root, source, modality), events
    assert not any(m == "asserted" for *_, m in events), events


def test_event_noun_that_has_begun_stays_asserted(coder):
    events = _events(coder, "The Israeli offensive in Rafah appears to have begun.")
    assert has_event(events, "19", "ISR", "asserted"), events


@pytest.mark.parametrize("text, root, source", [
    ("Russian troops showed no sign of withdrawing from the Ukrainian border.", "08", "RUS"),
    ("There were no reports of Indian shelling in Kashmir overnight.", "19", "IND"),
    ("The Kenyan government said there was no evidence of a Somali incursion into Mandera.", "19", "SOM"),
    ("Monitors reported no sign of a Serbian troop buildup near Kosovo.", "15", "SRB"),
    ("Eritrean forces gave no indication of pulling out of Tigray.", "08", "ERI"),
])
def test_act_after_a_negated_sign_did_not_happen(coder, text, root, source):
    events = _events(coder, text)
    assert has_event(events, root, source, "negated"), events
    assert not any(m == "asserted" for *_, m in events), events


@pytest.mark.parametrize("text", [
    "Algeria called off a planned visit by the French foreign minister.",
    "Nigeria postponed a visit to Niger by its defence chief.",
    "Hanoi called off a visit by the Chinese defence minister at the last minute.",
    "Cuba cancelled a meeting between its foreign minister and the Mexican ambassador.",
    "Ghana has postponed a trip to Accra by the Togolese president.",
])
def test_meeting_called_off_is_never_asserted(coder, text):
    events = _events(coder, text)
    assert not any(c.startswith("04") and m == "asserted" for c, *_, m in events), events


@pytest.mark.parametrize("text, root, source", [
    # (negated17) force weighed to seize a place is the threat of occupation (1382), the gold README's convention
    ("Trump refused to rule out using military force to seize Greenland.", "13", "USA"),
    ("The Israeli prime minister declined to rule out a strike on Iranian oil facilities.", "19", "ISR"),
    ("Erdogan has refused to rule out a new incursion into northern Syria.", "19", "TUR"),
    ("The White House refused to rule out new sanctions on Chinese banks.", "16", "USA"),
    ("The Greek defence minister declined to rule out sending warships to Cyprus.", "15", "GRC"),
])
def test_refusing_to_rule_out_leaves_the_act_open(coder, text, root, source):
    events = _events(coder, text)
    assert has_event(events, root, source, "considered"), events
    assert not any(c.startswith("12") for c, *_ in events), events
    assert not any(m in {"asserted", "negated"} for *_, m in events), events


@pytest.mark.parametrize("text, source, target", [
    ("Seoul warned it would restart propaganda broadcasts at the frontier if Pyongyang kept flying rubbish balloons.",
     "KOR", "PRK"),
    ("If Venezuela continues to harbour the guerrillas, Colombia will tighten its border controls.", "COL", "VEN"),
    ("Uganda will reopen the case if Kenya keeps holding the opposition leader.", "UGA", "KEN"),
    ("Lithuania said it would review its transit rules if Belarus did not stop the flow of migrants.", "LTU", "BLR"),
    ("Iran will resume uranium enrichment unless the European Union shields it from US sanctions.", "IRN", "IGOEU"),
])
def test_if_clause_asking_a_change_of_course_is_an_ultimatum(coder, text, source, target):
    events = _events(coder, text)
    # warned: the warning was given, the threat is made (asserted, round 20); a plain "will"/"said it would" stays
    # conditional
    modality = "asserted" if " warned " in text else "conditional"
    assert any(c == "130" and s.startswith(source) and t.startswith(target) and m == modality
               for c, s, t, m in events), events


@pytest.mark.parametrize("text, root, source", [
    ("China abstained from condemning the Russian invasion of Ukraine.", "11", "CHN"),
    ("Germany balked at sending Taurus missiles to Ukraine.", "07", "DEU"),
    ("Hungary abstained from criticising the Israeli offensive.", "11", "HUN"),
    ("Austria balked at expelling the Russian diplomats.", "17", "AUT"),
])
def test_abstaining_and_balking_leave_the_act_undone(coder, text, root, source):
    events = _events(coder, text)
    assert has_event(events, root, source, "negated"), events
    assert not any(c.startswith(root) and m == "asserted" for c, *_, m in events), events


@pytest.mark.parametrize("text", [
    "Turkey pulled out of the planned summit with Greece.",
    "Egypt pulled out of a meeting with Ethiopian officials on the dam.",
])
def test_meeting_pulled_out_of_is_never_asserted(coder, text):
    events = _events(coder, text)
    assert not any(c.startswith("04") and m == "asserted" for c, *_, m in events), events


def test_plain_condition_threatens_nothing(coder):
    events = _events(coder, "Ethiopia will hold elections if the rebels disarm.")
    assert not any(c.startswith("13") for c, *_ in events), events


@pytest.mark.parametrize("text, root", [
    ("Poland fears a Russian attack on its eastern border.", "19"),
    ("Israel expects a missile attack from Iran within days.", "19"),
    ("Kenya dreads a new Somali incursion into its territory.", "19"),
    ("Lithuania fears a Belarusian incursion across its border.", "19"),
    ("Lebanon fears an Israeli invasion of the south.", "19"),
])
def test_foreseen_act_is_not_asserted(coder, text, root):
    events = _events(coder, text)
    assert any(c.startswith(root) and m == "considered" for c, *_, m in events), events
    assert not any(c.startswith(root) and m == "asserted" for c, *_, m in events), events


@pytest.mark.parametrize("text, root, source", [
    ("Rather than expel the envoy, Lithuania summoned him for talks.", "17", "LTU"),
    ("Rather than attack the city, the Houthis besieged it.", "190", "YEM"),
    ("Far from withdrawing, Russian troops reinforced their positions near Kupiansk.", "08", "RUS"),
    ("Far from condemning the coup, Mali's neighbours praised the junta.", "11", "MLI"),
    ("Far from easing the blockade, Azerbaijan tightened its grip on the Lachin corridor.", "08", "AZE"),
])
def test_act_set_against_the_one_done_did_not_happen(coder, text, root, source):
    events = _events(coder, text)
    assert has_event(events, root, source, "negated"), events
    assert not any(c.startswith(root) and m == "asserted" for c, *_, m in events), events


@pytest.mark.parametrize("text, root, source", [
    ("The planned prisoner exchange between Russia and Ukraine collapsed.", "08", "RUS"),
    ("The proposed summit between Serbia and Kosovo fell through.", "04", "SRB"),
    ("The promised withdrawal of Eritrean troops from Tigray stalled.", "08", "ERI"),
    ("A planned meeting between the Sudanese army chief and the RSF leader fell apart.", "04", "SDN"),
])
def test_failed_prospect_did_not_happen(coder, text, root, source):
    events = _events(coder, text)
    assert has_event(events, root, source, "negated"), events
    assert not any(m == "asserted" for *_, m in events), events


def test_ceasefire_that_collapsed_was_in_force(coder):
    events = _events(coder, "The ceasefire between Israel and Hamas collapsed.")
    assert has_event(events, "19", "ISR", "asserted"), events
