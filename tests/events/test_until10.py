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
    # (outranked14) the parties of one country: one mediation, towards the first (gold README, blind11a)
    ("Sudan's army and the RSF signed a Saudi-mediated truce in Jeddah.", "SAU", {"SDNMIL"}),
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


# ---- "despite" another's warning, criticism or demand ------------------------------------------------
@pytest.mark.parametrize("text,event", [
    ("China sent warships to the strait despite warnings from Washington.", ("USAGOV", "CHN", "13")),
    ("Israel pressed ahead with the offensive despite US criticism.", ("USA", "ISR", "11")),
    ("North Korea will launch a satellite despite Japanese warnings.", ("JPN", "PRK", "13")),
    ("Serbia refused to impose sanctions on Russia despite demands from Brussels.", ("IGOEUREEC", "SRB", "10")),
    ("Poland expelled the diplomats despite a rebuke from Berlin.", ("DEUGOV", "POL", "11")),
])
def test_defied_act_is_its_owners(coder, text, event):
    events = coded(coder, text)
    source, target, root = event
    assert (source, target, root, "asserted") in events, events
    # never the defying side's own warning
    assert not any(r == root and s == target for s, t, r, m in events), events


@pytest.mark.parametrize("text", [
    "The government raised fuel prices despite international pressure.",
    "Egypt held the vote despite any warnings.",
    "Turkey bought the missiles despite warnings.",
    "Ghana devalued its currency despite criticism.",
    "The junta will hold the trial despite calls for clemency.",
])
def test_defied_noun_with_no_owner_names_no_actor(coder, text):
    events = coded(coder, text)
    assert not any(r in {"10", "11", "12", "13"} for s, t, r, m in events), events
