"""Dyads of events whose type is right (round 9, helper `dyad9`): a town that names an agreement, a
process or talks ("the Algiers accord", "the Doha talks") is no party to it; the parties of an exchange
between conjoined sides are each other, not the people exchanged. Sentences written for these tests."""

from __future__ import annotations

import pytest
from gold_helpers import dyads_on

dyads = dyads_on("2024-05-01")


def _countries(got):
    return {((s or "")[:3], (t or "")[:3], c) for s, t, c in got}


@pytest.mark.parametrize("text, root, source, target, venue", [
    ("Russia withdrew from the Istanbul grain agreement with Ukraine on Monday.", "16", "RUS", "UKR", "TUR"),
    ("The Malian junta scrapped the Algiers accord with Tuareg rebel groups.", "12", "MLI", "", "DZA"),
    ("Israel suspended the Doha talks with Hamas after the truce collapsed.", "16", "ISR", "PSE", "QAT"),
    ("Azerbaijan pulled out of the Minsk process with Armenia.", "08", "AZE", "ARM", "BLR"),
    ("Sudan's government abandoned the Juba peace agreement with the rebel alliance.", "08", "SDN", "", "SSD"),
    ("The Taliban have repeatedly violated the Doha agreement with the United States.", "", "AFG", "USA", "QAT"),
    ("Kyiv accused Moscow of breaching the Minsk agreements.", "11", "UKR", "RUS", "BLR"),
])
def test_town_naming_an_agreement_is_no_party(coder, text, root, source, target, venue):
    got = _countries(dyads(coder, text))
    assert all(t != venue for _, t, _ in got), got
    if root:
        assert any(s == source and c == root and (not target or t == target) for s, t, c in got), got
