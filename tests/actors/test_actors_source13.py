"""Round 13 (source13): armed men led by a country ("U.S.-led forces") are its forces. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from foedus.coder.actors import ActorMatcher


@pytest.fixture(scope="module")
def matcher(nlp):
    return ActorMatcher(nlp)


@pytest.mark.parametrize("text, word, code", [
    ("U.S.-led forces shelled the port of Umm Qasr.", "forces", "USAMIL"),
    ("LONDON - U.S.-led allied warplanes struck radar sites near Basra.", "warplanes", "USAMIL"),
    ("French-led troops advanced on the town of Kidal.", "troops", "FRAMIL"),
])
def test_forces_led_by_a_country_are_its_military(nlp, matcher, text, word, code):
    doc = nlp(text)
    found = {m.text.split()[-1]: m.code for m in matcher.find(doc, "2003-03-25")}
    assert found.get(word) == code


def test_forces_not_led_keep_the_place_rule(nlp, matcher):
    doc = nlp("Allied forces shelled the port of Umm Qasr in Iraq.")
    found = {m.text.split()[-1]: m.code for m in matcher.find(doc, "2003-03-25")}
    assert not found.get("forces", "").startswith("USA")
