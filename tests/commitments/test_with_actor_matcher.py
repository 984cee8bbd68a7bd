"""The example article end to end with the real actor matcher (foedus.coder.actors) instead of hand-made mentions."""

from __future__ import annotations

import pytest

from foedus import commitments
from foedus.commitments import policies


@pytest.fixture(scope="module")
def real_mentions(nlp, example_doc):
    actors = pytest.importorskip("foedus.coder.actors")
    return actors.ActorMatcher(nlp).find(example_doc, "2024-06-20")


def test_commitment_with_real_mentions(example_doc, real_mentions):
    (c,) = commitments.extract(example_doc, real_mentions, "2024-06-20")
    assert {p.code for p in c.parties} == {"RUS", "PRK"}
    assert c.source.code == "PRKMED" and c.strength == 5
    assert c.treaty == "russia_dprk_2024" and c.agrees_with_registry is True
    assert c.conditions == ["laws of both parties", "UN Charter Art. 51"]


def test_policy_with_real_mentions(example_doc, real_mentions):
    (p,) = policies.detect(example_doc, real_mentions, "2024-06-20")
    assert p.actor.code == "KOR" and p.shift is True and p.date == "2024-06-20"
    assert {"considering", "reassess", "departure from"} <= set(p.signals)
