"""States named by their region ("European states", "Arab states"): a region's adjective before the
agent word "states" is the region's governments, as before "countries" or "nations". The United States
is named by its full names, not by the informal "the States", so that the plain word stays free.
Sentences written for these tests."""

from __future__ import annotations

import pytest


def _codes(matcher, nlp, text, date="2024-05-01"):
    return {m.text: m.code for m in matcher.find(nlp(text), date)}


@pytest.mark.parametrize(("text", "phrase", "code"), [
    ("Several European states recalled their envoys from Minsk.", "European states", "EURGOV"),
    ("Arab states boycotted the conference in Tel Aviv.", "Arab states", "ARBGOV"),
    ("African states walked out of the summit over the vote.", "African states", "AFRGOV"),
    ("Western states froze the central bank's reserves.", "Western states", "WSTGOV"),
])
def test_a_region_before_states_is_its_governments(matcher, nlp, text, phrase, code):
    assert _codes(matcher, nlp, text).get(phrase) == code


@pytest.mark.parametrize("text", [
    "Several states recalled their envoys from Minsk.",
    "The states of the federation held their own elections.",
])
def test_states_alone_name_no_actor(matcher, nlp, text):
    assert not any("states" in name.lower() for name in _codes(matcher, nlp, text))


@pytest.mark.parametrize("text", [
    "The United States recalled its envoy from Minsk.",
    "The U.S. recalled its envoy from Minsk.",
])
def test_the_united_states_is_still_itself(matcher, nlp, text):
    assert "USA" in _codes(matcher, nlp, text).values()


def test_a_region_of_states_acts(coder):
    result = coder.code_text("Several European states expelled Russian diplomats on Monday.", date="2024-05-01")
    assert {(e.cameo, e.source.code if e.source else "", e.target.code if e.target else "")
            for e in result.events} >= {("174", "EURGOV", "RUSGOV")}  # (violence56) expelled envoys are 174 (gold README since blind21)
