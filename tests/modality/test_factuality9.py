"""Round 9, helper factuality9: our own sentences for acts that did not happen and that the coder had missed or
coded asserted.

- an event noun whose predicate is a verb of coming about in the infinitive ("the offensive has yet to begin", "the
  promised withdrawal failed to materialise", "the talks are expected to start") takes the infinitive's modality,
  read through the verbs above it: negated or intended, never asserted (data: cue_words unrealised.coming_about);
- an act named after "of" under a negated sign or report noun ("showed no sign of withdrawing", "there were no
  reports of shelling", "found no evidence of an incursion") did not take place (negated; data: cue_words
  unrealised.evidence_nouns).
"""

from __future__ import annotations

import pytest
from coded import events_on

_events = events_on("2024-05-01")


def _has(events, root, source, modality):
    return any(c.startswith(root) and s.startswith(source) and m == modality for c, s, _, m in events)


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
    assert _has(events, root, source, modality), events
    assert not any(m == "asserted" for *_, m in events), events


def test_event_noun_that_has_begun_stays_asserted(coder):
    events = _events(coder, "The Israeli offensive in Rafah appears to have begun.")
    assert _has(events, "19", "ISR", "asserted"), events


@pytest.mark.parametrize("text, root, source", [
    ("Russian troops showed no sign of withdrawing from the Ukrainian border.", "08", "RUS"),
    ("There were no reports of Indian shelling in Kashmir overnight.", "19", "IND"),
    ("The Kenyan government said there was no evidence of a Somali incursion into Mandera.", "19", "SOM"),
    ("Monitors reported no sign of a Serbian troop buildup near Kosovo.", "15", "SRB"),
    ("Eritrean forces gave no indication of pulling out of Tigray.", "08", "ERI"),
])
def test_act_after_a_negated_sign_did_not_happen(coder, text, root, source):
    events = _events(coder, text)
    assert _has(events, root, source, "negated"), events
    assert not any(m == "asserted" for *_, m in events), events
