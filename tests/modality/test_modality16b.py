"""Round 16b, helper modality16b: our own sentences (Andean and Caucasus news, invented wording).

- a negated equating word says the act was not done: "the accord did not amount to recognising Kosovo", "was not
  tantamount to recognising the junta", "did not constitute an attack" (data: modality_cues equating_words);
  unnegated it leaves the act as its clause tells it;
- an act of force that is authorised ("the president authorised air strikes", "parliament approved cross-border
  raids"), or ordered to begin ("ordered the shelling to begin"), lies ahead: intended, the threat (13x) that was
  made; an order told alone ("ordered air raids on the rebel camps") stays the act, and so does a blockade or no-fly
  zone authorised (the authority imposes it) (data: modality_cues authorising_verbs, ordering_verbs,
  authorised_force_codes);
- explain says that an intended threat or statement of intent is counted as made (schema.happened).
"""

from __future__ import annotations

import pytest
from coded import events_on, has_event

from foedus.coder import modality
from foedus.coder.explain import explain

_events = events_on("2024-05-01")


def _tok(doc, word):
    return next(t for t in doc if word in {t.lower_, t.lemma_.lower()})


@pytest.mark.parametrize("text, word, expected", [
    ("Serbian officials insisted the accord did not amount to recognising Kosovo.", "recognising", "negated"),
    ("The visit was not tantamount to recognising the junta, the ministry said.", "recognising", "negated"),
    ("Baku said the border drills did not constitute an attack on Armenia.", "attack", "negated"),
    ("Quito said the accord was not equivalent to recognising the new government.", "recognising", "negated"),
    ("Critics said the accord amounts to recognising the junta.", "recognising", "asserted"),
])
def test_a_negated_equating_word_negates_the_act(nlp, text, word, expected):
    assert modality.of(_tok(nlp(text), word))[0] == expected


@pytest.mark.parametrize("text, root, source", [
    ("The Colombian president authorised air strikes against guerrilla camps near the border.", "13", "COL"),
    # (precision34) force authorised or ordered to begin from its own code stays that force, intended (gold: "ordered
    # air strikes to begin" 195 intended); a pattern that codes the authorisation itself (above) still says 13x
    # (strike57) "Peru's Congress authorised cross-border raids ..." moved to tests/events/test_strike57.py: a
    # legislature's authorisation is the threat 138 asserted (gold README: a parliament authorising cross-border
    # operations 138 from LEG)
    ("The Colombian defence minister ordered air strikes on the rebel camps to begin.", "19", "COL"),
])
def test_authorised_force_lies_ahead(coder, text, root, source):
    events = _events(coder, text)
    assert has_event(events, root, source, "intended"), events
    assert not any(m == "asserted" and c[:2] in {"18", "19", "20", "13"} for c, _, _, m in events), events


@pytest.mark.parametrize("text, root, source", [
    ("The Colombian government ordered air raids on the rebel camps.", "19", "COL"),
    ("The Security Council authorised a no-fly zone over the Caucasus border.", "191", "IGOUNO"),
])
def test_force_ordered_alone_or_a_zone_authorised_is_the_act(coder, text, root, source):
    events = _events(coder, text)
    assert has_event(events, root, source, "asserted"), events


def test_explain_counts_an_intended_threat_as_made(coder):
    ex = explain("Armenia vowed revenge against Azerbaijan.", date="2024-05-01", coder=coder)
    steps = [s for sent in ex.sentences for c in sent.candidates if c.kept for s in c.steps if s.startswith("modality:")]
    assert any("the threat was made: counted as happened" in s for s in steps), steps
    assert not any("not counted as happened" in s for s in steps), steps
