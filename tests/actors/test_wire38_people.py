"""Names as wire leads write them (helper wire38): a pope named without his ordinal. Sentences written for these
tests; the names and dates are real."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("name", "date", "code"), [
    ("Pope John Paul", "1990-05-04", "VAT"),
    ("Pope Benedict", "2007-05-10", "VAT"),
])
def test_a_pope_without_his_ordinal(dictionary, name, date, code):
    actor = dictionary.resolve(name, date)
    assert actor is not None and actor.code == code


def test_the_pope_named_without_his_ordinal_is_the_holy_see_in_a_sentence(nlp, matcher):
    doc = nlp("Pope John Paul appealed to the kidnappers in Lebanon to free their hostages.")
    codes = {m.text: m.code for m in matcher.find(doc, "1990-05-04")}
    assert any(code == "VAT" for text, code in codes.items() if "John Paul" in text), codes
