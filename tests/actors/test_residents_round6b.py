"""Round 6b: a people named after the country they live in ("Kosovo Albanians", "Kosovo Serb
leaders") is coded by that country, as "Bosnian Serbs" is. Sentences written for these tests."""

from __future__ import annotations

import pytest



@pytest.mark.parametrize("text, code", [
    ("Kosovo Albanian politicians walked out of the talks.", "KSV"),
    ("Kosovo Serb mayors resigned on Sunday.", "KSV"),
    ("Bosnian Serb deputies boycotted the session.", "BIH"),
])
def test_a_people_of_a_country_it_lives_in(nlp, matcher, text, code):
    mentions = matcher.find(nlp(text), "2022-11-01")
    assert mentions and mentions[0].code.startswith(code), [(m.text, m.code) for m in mentions]
    assert len({m.country for m in mentions}) == 1


@pytest.mark.parametrize("text, codes", [
    ("Russia Ukraine talks stalled.", {"RUS", "UKR"}),           # two countries' names stay two actors
    ("Iran Iraq border talks resumed.", {"IRN", "IRQ"}),
])
def test_two_names_in_a_row_that_are_not_residents(nlp, matcher, text, codes):
    mentions = matcher.find(nlp(text), "2022-11-01")
    assert {m.country for m in mentions if m.country} == codes
