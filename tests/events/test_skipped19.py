"""Skipped clauses (skipped19): a rejection or denial told in a participle aside is the doer's answer, an act of its
own, and a speech aside after a reported clause is the speaker's. Our own sentences."""

import pytest

from gold_helpers import triples


def coded(coder, text, date="2024-05-01"):
    return {(s, t, c, m) for s, t, c, m in triples(coder, text, date)}


@pytest.mark.parametrize("text,source,root", [
    ("Kenya's foreign ministry said the talks would go ahead, rejecting a Somali proposal to move them to Djibouti.",
     "KEN", "12"),
    ("Two soldiers were wounded in the clash, the Indian army said, denying that its troops had fired first.",
     "IND", "01"),
    ("Peru's government said the election was fair, rejecting claims of fraud by the opposition.", "PER", "01"),
])
def test_answer_aside_is_the_speakers_act(coder, text, source, root):
    assert any(s is not None and s.startswith(source) and c[:2] == root and m == "asserted"
               for s, t, c, m in coded(coder, text)), triples(coder, text)


def test_answer_aside_of_a_protest_is_its_aim(coder):
    text = "Protesters marched through Lagos, rejecting the new fuel tax."
    assert not any(c[:2] == "12" for s, t, c, m in coded(coder, text)), triples(coder, text)
