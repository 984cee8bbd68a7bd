"""(unreal52) Modality. Acts that did happen, coded as unreal before: what a visitor arrived to do ("arrived in Tokyo
to seek aid", "arrived in the south to train local forces"), and a past verb with an object that the parser conjoins to
a passive it cannot share ("... could have been induced by enemies and expelled two attaches"). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from gold_helpers import triples


def _events(coder, text, date):
    """(code, source, target, modality) of each event, "" for an empty side (the shared ``coder`` fixture)."""
    return [(c, s or "", t or "", m) for s, t, c, m in triples(coder, text, date=date)]


@pytest.mark.parametrize(("text", "root"), [
    ("Malawi's president arrived in Beijing on Tuesday to seek aid for the country's battered economy.", "02"),
    ("Two hundred British instructors arrived in Kenya to train local forces fighting al Shabaab.", "06"),
])
def test_an_act_on_arriving_is_done_there(coder, text, root):
    events = _events(coder, text, "2015-04-07")
    assert any(c[:2] == root and m == "asserted" for c, s, t, m in events), events
    assert not any(c[:2] == root and m == "intended" for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "mod"), [
    ("Malawi's president will arrive in Beijing on Tuesday to seek aid for the country's battered economy.",
     "intended"),
    ("Malawi's president did not arrive in Beijing to seek aid for the country's battered economy.", "negated"),
])
def test_an_arrival_ahead_or_negated_keeps_its_modality(coder, text, mod):
    events = _events(coder, text, "2015-04-07")
    assert not any(c[:2] == "02" and m == "asserted" for c, s, t, m in events), events


def test_a_named_person_arriving_to_look_into_reports_is_still_ahead(coder):
    events = _events(coder, "U.N. rapporteur Juan Mendez arrived in Tbilisi on Monday to look into reports of torture "
                            "in Georgian prisons.", "2012-10-01")
    assert not any(c[:2] == "09" and m == "asserted" for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "root"), [
    ("Ecuador's vice president said the president's illness could have been caused by foreign agents and expelled "
     "two U.S. military attaches, accusing them of espionage.", "17"),
    ("Tehran vowed to keep fighting until the Iraqi leader was overthrown and rejected a U.N. appeal for a truce.",
     "12"),
])
def test_a_past_verb_with_an_object_beside_a_passive_is_told_of_the_clause_above(coder, text, root):
    events = _events(coder, text, "2008-09-11")
    assert any(c[:2] == root and m == "asserted" for c, s, t, m in events), events
    assert not any(c[:2] == root and m in {"conditional", "considered"} for c, s, t, m in events), events


def test_the_passive_itself_keeps_its_modality(coder):
    events = _events(coder, "Tehran vowed to keep fighting until the Iraqi leader was overthrown and rejected a U.N. "
                            "appeal for a truce.", "1986-09-11")
    assert not any(c[:2] == "17" and m == "asserted" for c, s, t, m in events), events


def test_a_participle_beside_a_passive_is_no_sibling(nlp):
    from foedus.coder import modality

    doc = nlp("The town was shelled overnight and seized by the rebels.")
    seized = next(t for t in doc if t.lower_ == "seized")
    assert not modality.active_beside_passive(seized)
    doc = nlp("The army said the town could have been shelled by mistake and expelled two reporters.")
    expelled = next(t for t in doc if t.lower_ == "expelled")
    assert modality.active_beside_passive(expelled)


@pytest.mark.parametrize(("text", "root"), [
    ("Eritrea's president said his government would not negotiate with the rebels unless they first laid down their "
     "arms.", "12"),
    ("Estonia's prime minister said Tallinn would not lift its sanctions on Belarus unless Minsk freed all political "
     "prisoners.", "12"),
])
def test_a_refusal_on_an_unless_clause_is_asserted(coder, text, root):
    # (refuse59) gold README "Refusals with a condition": the refusal is stated now (asserted), the condition conditional
    events = _events(coder, text, "2021-06-02")
    assert any(c[:2] == root and m == "asserted" for c, s, t, m in events), events
    assert not any(c[:2] == root and m == "conditional" for c, s, t, m in events), events


@pytest.mark.parametrize("text", [
    # a refusal told beside a participle of rejecting is made now
    "The Polisario said it would not disarm unless a referendum was held first, rejecting the core of the U.N. plan.",
    # a refusal to take up again what is halted: the halt is in force
    "Armenia said it would not resume talks with Azerbaijan unless Baku first pulled its troops back.",
    # "until" keeps the refusal stated now
    "Eritrea's president said his government would not negotiate with the rebels until they laid down their arms.",
])
def test_a_refusal_made_now_stays_asserted(coder, text):
    events = _events(coder, text, "2021-06-02")
    assert any(c[:2] == "12" and m == "asserted" for c, s, t, m in events), events
