"""Round 17 (sources17): "negotiators for the Sudanese government", "a delegation from Sudan": a "for"/"from"
hanging on an agent noun names whose agents they are, as "of" does. Sentences written for these tests."""

from __future__ import annotations

import pytest

from foedus.coder.actors import ActorMatcher


@pytest.fixture(scope="module")
def matcher(nlp):
    return ActorMatcher(nlp)


def _codes(nlp, matcher, text: str) -> dict[str, str]:
    return {m.text.split()[0]: m.code for m in matcher.find(nlp(text), "2024-05-01")}


@pytest.mark.parametrize("text, word, code", [
    ("Negotiators for the Sudanese government met rebel leaders in Doha.", "Negotiators", "SDNGOV"),
    ("A delegation from the Sudanese government met rebel leaders in Doha.", "delegation", "SDNGOV"),
    ("Officials from Sudan met rebel leaders in Doha.", "Officials", "SDNGOV"),
    ("Negotiators for Sudan met rebel leaders in Doha.", "Negotiators", "SDNGOV"),
])
def test_agents_for_or_from_a_state_are_its_agents(nlp, matcher, text, word, code):
    assert _codes(nlp, matcher, text).get(word) == code


@pytest.mark.parametrize("text, word, bad", [
    # the camp is not Congo's: "for" governs the refugees, a people, not an organ of the state
    ("A temporary camp for Congolese refugees was attacked by Burundian militiamen.", "camp", "COD"),
    # "from" after a recalled envoy or a possessed one is where he comes from, not whose he is
    ("Turkey recalled its ambassador from Israel for consultations.", "ambassador", "ISR"),
])
def test_for_or_from_not_naming_the_owner(nlp, matcher, text, word, bad):
    assert not _codes(nlp, matcher, text).get(word, "").startswith(bad)
