"""Strike calls (helper strike58): "X called (for) a general strike" is the call (113, asserted) and the strike (143,
intended; asserted when the sentence tells it held); a call still to come is only the strike, with the call's modality
(gold README, "Strike calls"). Sentences written for these tests."""

from __future__ import annotations

import pytest
from gold_helpers import has_coded, triples

from foedus.coder import vetter

DATE = "2019-05-14"


@pytest.mark.parametrize("text, source", [
    ("Zambia's opposition parties called a general strike to protest the arrest of their leader.", "ZMBOPP"),
    ("Kenya's teachers' union called an indefinite strike to press the government for higher pay.", "KEN"),
    ("Zambia's opposition leader called for a nationwide strike against the new constitution.", "ZMBOPP"),
    ("Bangladesh's opposition parties called a hartal across the country to protest the verdict.", "BGDOPP"),
    ("Zimbabwe's labour federation called a three-day national stayaway in protest at fuel prices.", "ZWE"),
])
def test_a_strike_called_is_the_call_and_the_strike_intended(coder, text, source):
    with vetter.disabled():
        got = triples(coder, text, date=DATE)
    assert has_coded(got, "113", source=source), got
    assert has_coded(got, "143", source=source, modality="intended"), got
    assert not has_coded(got, "143", modality="asserted"), got


@pytest.mark.parametrize("text", [
    "Zambian unions called a general strike on Monday, and shops and offices stayed closed across Lusaka.",
    "Zambian unions called a two-day general strike, which closed shops and banks in Lusaka.",
])
def test_a_strike_called_and_told_held_is_asserted(coder, text):
    with vetter.disabled():
        got = triples(coder, text, date=DATE)
    assert has_coded(got, "113", source="ZMB"), got
    assert has_coded(got, "143", source="ZMB", modality="asserted"), got


@pytest.mark.parametrize("text, mod", [
    ("Zambia's opposition parties said they would call a general strike next month.", "intended"),
    ("Zambia's opposition parties said they would call a general strike unless the government withdrew the tax.",
     "conditional"),
])
def test_a_call_still_to_come_is_only_the_strike(coder, text, mod):
    with vetter.disabled():
        got = triples(coder, text, date=DATE)
    assert has_coded(got, "143", source="ZMBOPP", modality=mod), got
    assert not has_coded(got, "113", modality=None), got
    assert not has_coded(got, "13", modality=None), got   # no threat verb: no threat made


def test_a_threat_to_call_a_strike_on_a_condition_is_the_threat_and_the_strike_conditional(coder):
    with vetter.disabled():
        got = triples(coder, "Zambian labour unions threatened to call a general strike unless the government "
                             "raised wages.", date=DATE)
    assert has_coded(got, "133", source="ZMBLAB"), got
    assert has_coded(got, "143", source="ZMBLAB", modality="conditional"), got


@pytest.mark.parametrize("text", [
    "The opposition called for air strikes on the rebel camps.",
    "Israeli jets struck a building in Doha, and Qatar called the strike cowardly.",
    "Israel called the strike on Rafah a tragic mistake.",
    "Zambian unions called off their general strike after the government raised wages.",
])
def test_armed_strikes_strikes_named_and_strikes_called_off_are_no_strike_call(coder, text):
    with vetter.disabled():
        got = triples(coder, text, date=DATE)
    assert not has_coded(got, "113", modality=None), got
    assert not has_coded(got, "143", modality="intended") and not has_coded(got, "143", modality="asserted"), got


@pytest.mark.parametrize("text", [
    "South African police opened fire on striking dockworkers in Durban, killing three.",
    "Zambian riot police detained dozens of strikers at the Kitwe copper mine.",
])
def test_force_on_strikers_falls_on_a_strike(coder, text):
    # gold README: strikers are LAB; the people fired on or detained were on strike (143), beside the repression
    with vetter.disabled():
        got = triples(coder, text, date=DATE)
    assert has_coded(got, "17", modality=None), got
    assert has_coded(got, "143", source="ZAFLAB" if "Durban" in text else "ZMBLAB"), got


def test_a_football_striker_is_no_strike(coder):
    with vetter.disabled():
        got = triples(coder, "Zambian police detained the national team's striker after the match.", date=DATE)
    assert not has_coded(got, "14", modality=None), got
