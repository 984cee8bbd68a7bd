"""Round 7b: source actors. "the pope"/"the pontiff" in lower case name the Holy See; a country's
adjective before "government and rebel" is both sides' ("Syrian government and rebel delegations").
Sentences written for these tests."""

from __future__ import annotations

import pytest

from foedus.coder.pipeline import code_text


def _codes(nlp, matcher, text, date="2024-05-01"):
    return {m.text: m.code for m in matcher.find(nlp(text), date)}


@pytest.mark.parametrize("text, name", [
    ("The pope urged both sides to lay down their arms.", "pope"),
    ("On Sunday the pontiff received the Lebanese president.", "pontiff"),
    ("Pilgrims cheered as the pope arrived in Lisbon.", "pope"),
])
def test_lower_case_pope_is_the_holy_see(nlp, matcher, text, name):
    assert _codes(nlp, matcher, text).get(name) == "VAT"


def test_lower_case_pope_needs_the_article(nlp, matcher):
    # a lower-case word with no "the" before it is no title of the Holy See
    assert "pope" not in _codes(nlp, matcher, "Some called him a pope of the markets.")


def test_lower_case_pope_is_a_source():
    events = code_text("The pope condemned the shelling of the hospital in Kherson.", "2024-05-01").events
    assert events and all(e.source is not None and e.source.code == "VAT" for e in events)


@pytest.mark.parametrize("text, name, code", [
    ("Syrian government and rebel delegations began a new round of talks in Geneva.", "rebel delegations", "SYRREB"),
    ("The Sudanese army and rebel commanders signed a truce in Juba.", "rebel commanders", "SDNREB"),
    ("Colombian government and rebel negotiators resumed talks in Havana.", "rebel negotiators", "COLREB"),
])
def test_shared_adjective_gives_the_rebels_a_country(nlp, matcher, text, name, code):
    assert _codes(nlp, matcher, text).get(name) == code


def test_shared_adjective_needs_a_shared_noun(nlp, matcher):
    # "rebels" heads its own phrase: the adjective of "Sudanese troops" is not its
    codes = _codes(nlp, matcher, "Sudanese troops and rebels in the Central African Republic exchanged fire.")
    assert codes.get("rebels") != "SDNREB"


def test_government_and_rebel_delegations_are_both_sources():
    events = code_text("Syrian government and rebel delegations began a new round of talks in Geneva.",
                       "2024-05-01").events
    assert {e.source.code for e in events if e.source} == {"SYRGOV", "SYRREB"}


@pytest.mark.parametrize("text, code", [
    ("Brazil's Congress passed a bill on indigenous land claims.", "BRALEG"),
    ("The Brazilian Congress passed a bill on indigenous land claims.", "BRALEG"),
    ("Mexico's Congress voted down the electoral reform.", "MEXLEG"),
])
def test_another_states_congress(nlp, matcher, text, code):
    assert code in _codes(nlp, matcher, text).values()
    assert "USALEG" not in _codes(nlp, matcher, text).values()


def test_us_congress_stays_american(nlp, matcher):
    assert "USALEG" in _codes(nlp, matcher, "Congress passed a new aid package for Taiwan.").values()
    assert "USALEG" in _codes(nlp, matcher, "The US Congress passed a new aid package for Taiwan.").values()


@pytest.mark.parametrize("text, name, code", [
    ("Kurdish-led fighters clashed with Arab tribesmen in Deir ez-Zor province.", "fighters", "SYRREB"),
    ("Arab militiamen shelled a village in Idlib province.", "Arab militiamen", "SYRREB"),
    ("Arab gunmen ambushed a patrol in Kirkuk province.", "Arab gunmen", "IRQREB"),
])
def test_regional_people_take_the_province_country(nlp, matcher, text, name, code):
    # a province named after its capital, a name no other country has: the region's people are there;
    # another region-coded mention in the sentence is no state that could contradict it
    assert _codes(nlp, matcher, text).get(name) == code



@pytest.mark.parametrize("text", [
    "Russian artillery shelled the west bank of the Dnieper, killing three farmers.",
    "Russian units pulled back from the west bank of the river after weeks of shelling.",
])
def test_lower_case_west_bank_is_no_palestine(text):
    events = code_text(text, "2024-05-01").events
    assert events
    assert all(e.target is None or e.target.code[:3] != "PSE" for e in events)


def test_the_west_bank_is_still_palestine():
    events = code_text("Israeli forces raided the West Bank city of Nablus overnight.", "2024-05-01").events
    assert any(e.target is not None and e.target.code[:3] == "PSE" for e in events)
