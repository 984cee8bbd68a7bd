"""Two word-sense errors (helper strike57): a labour strike read as a military one, and a legislature's
authorisation of force read as the force intended. Sentences written for these tests."""

from __future__ import annotations

import pytest
from gold_helpers import has_coded, triples

from foedus.coder import vetter


@pytest.mark.parametrize("text", [
    "Zambian teachers said they would strike from Monday if the government did not pay their arrears.",
    "The transport workers' unions said they would strike unless the fuel levy was withdrawn.",
])
def test_a_labour_strike_said_to_come_on_a_condition_is_the_strike_conditional(coder, text):
    # gold README: "would strike unless X" is the strike 143, conditional; never a military threat (138)
    with vetter.disabled():
        got = triples(coder, text, date="2019-05-14")
    assert has_coded(got, "143", modality="conditional"), got
    assert not has_coded(got, "138", modality=None) and not has_coded(got, "19", modality=None), got


@pytest.mark.parametrize("text", [
    "Zambian lawyers will strike on Monday to protest the arrest of a colleague.",
])
def test_professionals_who_strike_stop_work(coder, text):
    with vetter.disabled():
        got = triples(coder, text, date="2019-05-14")
    assert has_coded(got, "143", modality=None), got
    assert not has_coded(got, "19", modality=None), got


@pytest.mark.parametrize("text", [
    "Zambian unions threatened a nationwide strike from next week.",
    "Zambian labour unions threatened to call a general strike unless the government raised wages.",
])
def test_a_threatened_labour_strike_is_the_threat_of_dissent(coder, text):
    with vetter.disabled():
        got = triples(coder, text, date="2019-05-14")
    assert has_coded(got, "133"), got
    assert not has_coded(got, "138", modality=None), got


@pytest.mark.parametrize("text, code", [
    ("Israel threatened to strike Iranian nuclear sites.", "138"),
    ("The Israeli army said it would strike Hezbollah positions if the rockets continued.", "138"),
    ("Russian forces struck the city of Kharkiv.", "19"),
])
def test_armies_and_states_keep_the_military_strike(coder, text, code):
    with vetter.disabled():
        got = triples(coder, text, date="2019-05-14")
    assert has_coded(got, code, modality=None), got
    assert not has_coded(got, "14", modality=None) and not has_coded(got, "133", modality=None), got


@pytest.mark.parametrize("text, target", [
    ("The Peruvian Congress voted to authorise the president to use force against Ecuador.", "ECU"),
    ("Kenya's parliament authorised the army to pursue Somali militants across the border.", None),
    ("Peru's Congress authorised cross-border raids against drug traffickers in Bolivia.", None),
])
def test_a_legislature_authorising_force_threatens_force(coder, text, target):
    # gold README: a parliament authorising its president or government to use force is 138 from the legislature
    with vetter.disabled():
        got = triples(coder, text, date="2019-05-14")
    assert has_coded(got, "138", source=None, target=target), got
    assert any(s and s.endswith("LEG") and c.startswith("138") and m == "asserted" for s, _, c, m in got), got
    assert not has_coded(got, "19", modality="intended"), got


def test_a_president_authorising_strikes_keeps_the_strikes_ahead(coder):
    # the authorised force of a government stays the act, intended (finish.authorised_force)
    with vetter.disabled():
        got = triples(coder, "The Peruvian president authorised air strikes against rebel camps in the jungle.",
                      date="2019-05-14")
    assert not any(s and s.endswith("LEG") for s, _, _, _ in got), got
    assert not has_coded(got, "138", modality="asserted"), got
