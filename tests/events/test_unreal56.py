"""(unreal56) Statements of intent (03x) for acts the gold codes as themselves, intended, and bodies a state leaves.

A signing announced or planned ("said it would sign the convention", "was ready to sign a peace treaty") is the
signing, intended (057), not an intent to cooperate (030); a truce to be signed is the intent to de-escalate (0356).
A recognition announced ("said they would recognise Lithuania's independence") is the recognition, intended (054;
gold README: "recognition announced for a later date 054 intended"); restoring or establishing relations stays 03x.
Leaving a body named in the actor dictionary (the CIS, the G5 Sahel force, the International Whaling Commission) is
161 at the body (gold README blind55), not a military retreat (0874, intended: 0356).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from gold_helpers import triples


def _events(coder, text, date):
    """(code, source, target, modality) of each event, "" for an empty side (the shared ``coder`` fixture)."""
    return [(c, s or "", t or "", m) for s, t, c, m in triples(coder, text, date=date)]


@pytest.mark.parametrize(("text", "event"), [
    ("Armenia's prime minister said he was ready to sign a peace treaty with Azerbaijan by the end of the year.",
     ("057", "ARMGOV", "AZE", "intended")),
    ("Guyana said it would sign the convention on cluster munitions next month.", ("057", "GUY", "", "intended")),
    ("Azerbaijan's president said Baku had no plans to sign a treaty with Armenia this year.",
     ("057", "AZEGOV", "ARM", "negated")),
])
def test_a_signing_ahead_is_the_signing(coder, text, event):
    events = _events(coder, text, "2019-06-01")
    assert event in events, events
    assert not any(c[:2] == "03" for c, s, t, m in events), events


def test_a_truce_to_be_signed_is_the_intent_to_de_escalate(coder):
    events = _events(coder, "Colombia's government hoped to sign a ceasefire with the ELN rebels before Christmas.",
                     "2019-06-01")
    assert any(c == "0356" and s == "COLGOV" and t == "COLREB" for c, s, t, m in events), events
    assert not any(c in {"030", "057"} for c, s, t, m in events), events


def test_a_signing_done_stays_asserted(coder):
    events = _events(coder, "Kenya and Tanzania signed a border agreement in Arusha on Monday.", "2019-06-01")
    assert ("057", "KEN", "TZA", "asserted") in events, events
    assert ("057", "TZA", "KEN", "asserted") in events, events


def test_a_recognition_ahead_is_the_recognition(coder):
    events = _events(coder, "Iceland and Denmark said they would recognise Lithuania's independence.", "1991-08-22")
    assert ("054", "ISL", "LTU", "intended") in events, events
    assert ("054", "DNK", "LTU", "intended") in events, events
    assert not any(c[:2] == "03" for c, s, t, m in events), events


def test_relations_to_be_established_stay_a_statement_of_intent(coder):
    events = _events(coder, "Croatia and Serbia said they would exchange ambassadors within weeks.", "1996-08-20")
    assert any(c[:2] == "03" and s == "HRV" and t == "SRB" and m == "intended" for c, s, t, m in events), events
    assert not any(c == "054" for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "event"), [
    ("Hungary said it would withdraw from the International Whaling Commission.", ("161", "HUN", "IGO", "intended")),
    ("Burkina Faso announced its withdrawal from the G5 Sahel force.", ("161", "BFA", "IGO", "asserted")),
    ("Georgia said it would withdraw from the CIS.", ("161", "GEO", "IGOCASCIS", "intended")),
])
def test_leaving_a_body_is_a_break_with_it(coder, text, event):
    events = _events(coder, text, "2008-06-01")
    assert event in events, events
    assert not any(c[:3] in {"087", "035"} for c, s, t, m in events), events


def test_sides_that_settle_their_dispute_reach_an_agreement(coder):
    events = _events(coder, "Peru and Ecuador settled their long border dispute on Monday.", "1998-10-27")
    assert ("057", "PER", "ECU", "asserted") in events, events
    assert ("057", "ECU", "PER", "asserted") in events, events
    assert not any(c[:3] == "039" for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "root"), [
    ("Norway mediated the dispute between the two factions.", "04"),
    ("Laos and Thailand agreed on Monday to set up a joint commission to settle their border dispute.", "03"),
])
def test_a_mediation_or_a_settlement_ahead_is_no_agreement_reached(coder, text, root):
    events = _events(coder, text, "1998-10-27")
    assert any(c[:2] == root for c, s, t, m in events), events
    assert not any(c == "057" and m == "asserted" for c, s, t, m in events), events
