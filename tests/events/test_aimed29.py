"""An act that exists only as aimed at someone (round 29): a deadline set for one's own act is no ultimatum (an
ultimatum is given to someone: event_cues aimed_only_codes). Sentences written for these tests."""

from __future__ import annotations

import pytest

from gold_helpers import coded, has_coded, triples


@pytest.mark.parametrize("text", [
    "The two presidents shook hands in Geneva and set a three-month deadline to finish the border treaty.",
    "The cabinet set the end of the year as a deadline for closing its last coal mine.",
])
def test_a_deadline_of_ones_own_is_no_ultimatum(coder, text):
    assert not coded(triples(coder, text, date="2019-05-02"), "139"), text


def test_a_deadline_given_to_another_is_still_an_ultimatum(coder):
    got = triples(coder, "The European Union set Belarus a deadline to release the jailed journalists or face "
                         "new sanctions.", date="2021-06-01")
    assert has_coded(got, "139", "IGOEUREEC", "BLR"), got
