"""A subject pronoun opening a sentence goes on with the last sentence's main subject, not a person named
after it as an object (centering; sentences of our own)."""

import pytest

from foedus.coder import coref
from foedus.coder.nlp import load


def _first_he(coder, text):
    doc = load()(text)
    res = coref.resolve(doc, coder.matcher.find(doc, "2024-05-16"))
    i = next(t.i for t in doc if t.lower_ in {"he", "she"})
    return {m.code for m in res.get(i, [])}


@pytest.mark.parametrize("text,code", [
    ("Russian President Vladimir Putin met Chinese leader Xi Jinping in Beijing on Tuesday. "
     "He later criticised the sanctions.", "RUSGOV"),
    ("Chinese President Xi Jinping received Russian President Vladimir Putin in Beijing. "
     "He praised the partnership.", "CHNGOV"),
    ("Vladimir Putin said Xi Jinping would visit Moscow in the spring. He gave no date.", "RUSGOV"),
])
def test_subject_pronoun_continues_the_main_subject(coder, text, code):
    assert _first_he(coder, text) == {code}


def test_a_person_named_in_the_pronouns_own_sentence_still_wins(coder):
    # "after meeting Xi, he ...": the nearest person of the same sentence is not overruled
    text = ("Vladimir Putin arrived in Beijing on Thursday. Xi Jinping greeted him at the airport, "
            "and he said the visit would last two days.")
    assert _first_he(coder, text) == {"CHNGOV"}
