"""Constructions the previous helpers traced but could not fix (until10): an "until" clause on a clause told ahead
is the condition it waits on (coded conditional, never asserted; told of the past it stays background), and a
name hyphened to a mediating participle before a deal or truce ("an Egyptian-mediated ceasefire") is that
actor's mediation (045) between the parties of the clause. Our own sentences; counter-examples check that
no act is made up."""

import pytest

from gold_helpers import triples


def coded(coder, text, date="2024-05-01"):
    return {(s, t, c[:2], m) for s, t, c, m in triples(coder, text, date)}


# ---- "until": the condition of a clause told ahead ----------------------------------------------------
@pytest.mark.parametrize("text,root,source", [
    ("Israel vowed to keep bombing Gaza until Hamas releases the hostages.", "08", "PSEREBHMS"),
    ("Serbia said it would not recognise Kosovo until the Kosovo police withdrew from the north.", "08", "KSVCOP"),
    ("Pakistan will keep the border closed until Afghanistan arrests the militants.", "17", "AFG"),
    ("Washington said military aid would stay frozen until Kyiv signs a ceasefire with Moscow.", "05", "UKRGOV"),
    ("Turkey said it would block Sweden's membership until Stockholm extradites the suspects.", "06", "SWEGOV"),
])
def test_until_clause_told_ahead_is_conditional(coder, text, root, source):
    events = coded(coder, text)
    assert any(r == root and s == source and m == "conditional" for s, t, r, m in events), events
    assert not any(r == root and s == source and m == "asserted" for s, t, r, m in events), events


@pytest.mark.parametrize("text,root", [
    ("There will be no talks until the rebels lay down their arms, the government said.", None),
    ("Fighting raged until the army withdrew from the town.", "08"),
    ("The rebels did not leave the city until the army attacked them.", "19"),
    ("Protesters blocked the highway until police arrived with water cannon.", None),
    ("Kenya kept its embassy open until the rebels seized the capital.", "19"),
])
def test_until_clause_is_never_an_asserted_condition(coder, text, root):
    events = coded(coder, text)
    # nothing the clause waits on is coded as done; a past "until" clause stays background as before
    assert not any(m == "asserted" and s == "REB" for s, t, r, m in events if "no talks" in text), events
    if root == "08":
        assert not any(r == "08" for s, t, r, m in events), events
    if text.startswith("The rebels did not"):
        assert not any(m == "conditional" for s, t, r, m in events), events


# ---- a name hyphened to a mediating participle ------------------------------------------------------
@pytest.mark.parametrize("text,mediator,parties", [
    ("Israel and Hamas agreed to an Egyptian-mediated ceasefire on Sunday.", "EGY", {"ISR", "PSEREBHMS"}),
    ("Armenia and Azerbaijan swapped prisoners in a Russian-brokered deal.", "RUS", {"ARM", "AZE"}),
    ("Sudan's army and the RSF signed a Saudi-mediated truce in Jeddah.", "SAU", {"SDNMIL", "SDNREB"}),
    ("Ethiopia and Eritrea signed a UAE-brokered peace deal in Jeddah.", "ARE", {"ETH", "ERI"}),
    ("Venezuela and Guyana accepted a Brazilian-brokered accord on the border.", "BRA", {"VEN", "GUY"}),
])
def test_hyphened_mediator_mediates_between_the_parties(coder, text, mediator, parties):
    events = coded(coder, text)
    assert {t for s, t, r, m in events if r == "04" and s == mediator and m == "asserted"} == parties, events


@pytest.mark.parametrize("text,mediator,modality", [
    ("Ethiopia and Eritrea did not sign the UAE-brokered peace deal.", "ARE", "negated"),
    ("Colombia and the ELN rebels agreed to a Cuba-hosted round of talks.", "CUB", None),
    ("A Saudi-led coalition bombed Sanaa.", "SAU", None),
    ("Iran-backed militias attacked a US base in Syria.", "IRN", None),
    ("Russia-backed separatists shelled Donetsk.", "RUS", None),
])
def test_hyphened_side_or_talks_ahead_is_no_asserted_mediation(coder, text, mediator, modality):
    events = coded(coder, text)
    assert not any(r == "04" and s == mediator and m == "asserted" for s, t, r, m in events), events
    if modality:
        assert any(r == "04" and s == mediator and m == modality for s, t, r, m in events), events
