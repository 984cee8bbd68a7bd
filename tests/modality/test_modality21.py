"""Round 21, helper modality21: our own sentences (invented wording).

- the infinitive after a verb of going somewhere in person (travelled, crossed, landed, met, joined), or after a verb
  of using a means or naming someone to a task (used, fired, appointed, named), told in the past as a fact, is what
  the doer did there or with it: asserted, not a purpose still ahead; a future, a negated going, a sending of others
  ("sent troops to"), a settlement reached ("reached a deal to") and a protest's gathering keep their own modality.
"""

from __future__ import annotations

import pytest
from coded import events_on, has_event

_events = events_on("2024-05-01")


@pytest.mark.parametrize("text, root, source", [
    ("The Austrian chancellor travelled to Ankara to sign a migration accord with Erdogan.", "05", "AUT"),
    ("Indian jets crossed the border to strike militant camps in Pakistan.", "19", "IND"),
    ("Riot police in Lima used water cannon to break up the march on Congress.", "175", "PERCOP"),
    ("Police in Nairobi fired tear gas to disperse the students.", "175", "KENCOP"),
    ("The Peruvian president appointed a judge to investigate the massacre.", "09", "PER"),
])
def test_act_done_where_the_doer_went_or_with_the_means(coder, text, root, source):
    events = _events(coder, text)
    assert has_event(events, root, source, "asserted"), events


@pytest.mark.parametrize("text, root, source", [
    ("The Austrian chancellor will travel to Ankara to sign a migration accord with Erdogan.", "05", "AUT"),
    ("Kenya sent troops to Somalia to quell unrest.", "175", "KEN"),
    ("The Peruvian president did not travel to Quito to sign the border treaty.", "05", "PER"),
])
def test_a_purpose_still_ahead_is_not_asserted(coder, text, root, source):
    events = _events(coder, text)
    assert not has_event(events, root, source, "asserted"), events
