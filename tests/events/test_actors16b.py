"""Round 16b, helper actors16b (our own sentences): an event coded twice from one word once its target is final
is coded once (a capital recoded to its country: "strikes on Syrian towns and Damascus"), and a cooperative act
named by a noun under a light verb that a joint verb governs ("A and B agreed to step up X") goes both ways."""

from __future__ import annotations

import pytest


def _events(coder, text):
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None, e.modality)
            for e in coder.code_text(text, date="2024-05-01").events]


@pytest.mark.parametrize("text", [
    "Russian jets bombed Ukrainian towns and Kiev overnight.",
    "Israeli warplanes carried out air strikes on Syrian bridges and Damascus airport on Thursday.",
])
def test_one_strike_on_a_country_and_its_capital_is_coded_once(coder, text):
    evs = _events(coder, text)
    assert len(evs) == len(set(evs)), evs
    assert any(c.startswith("19") for c, *_ in evs), evs


def test_strikes_from_two_words_stay_two_events(coder):
    evs = _events(coder, "Russian jets bombed Kharkiv and Russian troops shelled Kharkiv.")
    assert len([e for e in evs if e[0].startswith("19")]) == 2, evs


@pytest.mark.parametrize("text, a, b", [
    ("Ghana and Togo agreed to step up intelligence sharing.", "GHA", "TGO"),
    ("Serbia and Croatia vowed to expand trade cooperation.", "SRB", "HRV"),
])
def test_joint_verb_over_a_light_verb_gives_both_directions(coder, text, a, b):
    pairs = {(s, t) for _, s, t, _ in _events(coder, text)}
    assert {(a, b), (b, a)} <= pairs, pairs


def test_joint_intent_with_an_outside_recipient_keeps_it(coder):
    evs = _events(coder, "France and Germany agreed to boost military aid to Ukraine.")
    assert {s for _, s, t, _ in evs if t == "UKR"} == {"FRA", "DEU"}, evs


@pytest.mark.parametrize("text, expected", [
    ("Opposition supporters rallied in Bamako on Monday; gendarmes arrested 30 of them.", ("17", "MLICOP")),
    ("Youths threw stones at gendarmes in Abidjan, Ivory Coast.", ("14", "CIVCVL")),
    ("Thousands marched in Lagos, Nigeria, against fuel prices, and organisers accused police of beating protesters.",
     ("11", "NGACVL")),
    ("Gunmen kidnapped 40 pupils from a school in Kaduna state, Nigeria, and parents accused the government of doing "
     "nothing.", ("11", "NGACVL")),
    ("Ethiopian army units withdrew from Mekelle as rebels advanced.", ("08", "ETHMIL")),
    ("Hanoi radio accused China of shelling Vietnamese border villages.", ("11", "VNMMED")),
])
def test_agent_words_take_the_country_of_the_sentence(coder, text, expected):
    got = {(c[:2], s) for c, s, _, _ in _events(coder, text)}
    assert expected in got, got


def test_gendarmes_are_the_target_police(coder):
    evs = _events(coder, "Youths threw stones at gendarmes in Abidjan, Ivory Coast.")
    assert any(t == "CIVCOP" for _, _, t, _ in evs), evs


def test_a_parent_company_is_no_actor(coder):
    evs = _events(coder, "The parent company of the bank announced record profits on Monday.")
    assert evs == [], evs
