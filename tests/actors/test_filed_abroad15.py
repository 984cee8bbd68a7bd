"""Round 15: a body named by a bare word other states use too ("Congress": the dictionary's is the US one) in a
story filed from another state is that state's body, unless the text names the US anywhere. Sentences written
for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, code", [
    ("BRASILIA, May 3 - Congress opened an inquiry into the health minister's vaccine contracts.", "BRALEG"),
    ("LIMA, Dec 7 - Congress voted to remove the president from office hours after he tried to dissolve it.", "PERLEG"),
    ("ASUNCION, March 31 - Protesters set fire to part of Congress after senators backed a second term.", "PRYLEG"),
])
def test_congress_in_a_story_filed_abroad(matcher, nlp, text, code):
    found = [m.code for m in matcher.find(nlp(text), "2021-05-03") if m.text == "Congress"]
    assert found == [code]


@pytest.mark.parametrize("text", [
    # filed in Washington, or with no dateline: the dictionary's US Congress
    "WASHINGTON, May 3 - Congress approved new sanctions on Iran's oil sector.",
    "Congress approved new sanctions on Iran's oil sector.",
    # filed abroad, but the text names the United States: the US body
    "LONDON, May 3 - Congress approved new sanctions on Iran, a spokesman for the U.S. president said.",
])
def test_congress_stays_the_us_one(matcher, nlp, text):
    found = [m.code for m in matcher.find(nlp(text), "2021-05-03") if m.text == "Congress"]
    assert found == ["USALEG"]


def test_the_event_takes_the_filing_state(coder):
    from foedus import code_text

    result = code_text("BOGOTA, March 1 - Congress opened an investigation into the defence minister.",
                       date="2021-03-01")
    assert [(e.root, e.source.code if e.source else None) for e in result.events] == [("09", "COLLEG")]
