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


def test_an_alliance_led_by_a_country_keeps_its_own_code(nlp, matcher):
    # "Russian-led CSTO troops": the troops are the named alliance's, not the leader's
    found = {m.text.split()[-1]: m.code for m in matcher.find(nlp("Russian-led CSTO troops arrived in Kazakhstan."), "2022-01-06")}
    assert not found.get("troops", "").startswith("RUS")


def test_forces_not_led_keep_the_place_rule(nlp, matcher):
    doc = nlp("Allied forces shelled the port of Umm Qasr in Iraq.")
    found = {m.text.split()[-1]: m.code for m in matcher.find(doc, "2003-03-25")}
    assert not found.get("forces", "").startswith("USA")


@pytest.mark.parametrize("text, word, code", [
    ("Colombia and the rebels signed a truce in Havana, and Colombian officials said troops would leave the zone.",
     "troops", "COLMIL"),
    ("Armenia and Azerbaijan met in Prague; Armenian officials said police would guard the new border posts.",
     "police", "ARMCOP"),
])
def test_a_force_in_a_clause_its_states_officials_report_is_of_that_state(nlp, matcher, text, word, code):
    found = {m.text.split()[-1]: m.code for m in matcher.find(nlp(text), "2016-10-09")}
    assert found.get(word) == code


def test_a_force_placed_by_its_own_phrase_keeps_that_place(nlp, matcher):
    found = {m.text.split()[-1]: m.code for m in matcher.find(
        nlp("Pakistan and India met in Geneva; Indian officials said police in Lahore had arrested two men."), "2016-10-09")}
    assert found.get("police") == "PAKCOP"


def test_a_force_in_a_reported_clause_naming_another_state_is_not_the_reporters(nlp, matcher):
    found = {m.text.split()[-1]: m.code for m in matcher.find(
        nlp("Japan's defence ministry said China had sent troops to fight in Myanmar."), "2016-10-09")}
    assert not found.get("troops", "").startswith("JPN")
