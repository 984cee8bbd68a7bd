"""Round 17, helper modality17: our own sentences (invented wording).

- an intention noun that is the object of a weighing verb ("is examining a plan to fire rockets", "the cabinet is
  considering a plan to deploy troops") is only weighed: its act is considered, not intended; a plan not even
  weighed ("is not considering a plan to") did not happen (negated); a plan adopted or made ("plans to",
  "adopted a plan to") still lies ahead (intended).
"""

from __future__ import annotations

import pytest
from coded import events_on

from foedus.coder import modality

_events = events_on("2024-05-01")


def _tok(doc, word):
    return next(t for t in doc if word in {t.lower_, t.lemma_.lower()})


@pytest.mark.parametrize("text, word, expected", [
    ("Caracas said it was examining a plan to deploy troops to the Guyana border.", "deploy", "considered"),
    ("The Chilean cabinet is considering a plan to expel the Bolivian envoy.", "expel", "considered"),
    ("Ministers in Lima are weighing a plan to impose sanctions on the junta.", "impose", "considered"),
    ("Bogota is not considering a plan to send troops to the border.", "send", "negated"),
    ("Caracas plans to deploy troops to the Guyana border.", "deploy", "intended"),
    ("The Chilean cabinet adopted a plan to expel the Bolivian envoy.", "expel", "intended"),
])
def test_a_weighed_plan_is_considered(nlp, text, word, expected):
    assert modality.of(_tok(nlp(text), word))[0] == expected


def test_a_weighed_plan_of_attack_is_no_threat_made(coder):
    events = _events(coder, "The junta said it was studying a plan to fire rockets at the rebel bases.")
    assert events and all(m == "considered" for _, _, _, m in events), events
