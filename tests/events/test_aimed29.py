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


@pytest.mark.parametrize("text, demand", [
    ("Beijing told Manila to withdraw its coast guard ships from the shoal.", "1056"),
    ("The Kremlin told Tbilisi to free the four Russian officers at once.", "1053"),
])
def test_an_act_a_speaker_tells_another_to_do_is_demanded(coder, text, demand):
    got = triples(coder, text, date="2012-05-02")
    assert coded(got, demand), got
    assert not coded(got, "08"), got   # the withdrawal or release is neither the teller's nor done


def test_telling_reporters_what_was_done_keeps_the_act(coder):
    got = triples(coder, "Beijing told reporters that its ships had withdrawn from the shoal.", date="2012-06-18")
    assert not coded(got, "10"), got


def test_telling_another_not_to_act_demands_no_act(coder):
    got = triples(coder, "The prime minister told the visiting envoy not to come back to Beirut.", date="2006-07-30")
    assert not coded(got, "106"), got
