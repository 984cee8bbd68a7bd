"""(verbal49) Verbal acts: a charge or a claim summed up and denied is the denier's denial (016) aimed at the one who
made it, also when the parser took the denier for a word on the summing noun, when the verb that denies it is dispute
or contest, and when the denying label's clause was parsed a participle. Sentences written for these tests."""

from __future__ import annotations

import pytest

from gold_helpers import triples


def _events(coder, text, date):
    """(code, source, target, modality) of each event, "" for an empty side (the shared ``coder`` fixture)."""
    return [(c, s or "", t or "", m) for s, t, c, m in triples(coder, text, date=date)]


@pytest.mark.parametrize(("text", "date", "source", "target"), [
    # the parser hangs 'dismissed' / 'rejected' on the denier's noun as if it were a participle describing it
    ("Tehran radio said on Sunday that Iraqi jets had dropped poison gas on Iranian troops near the Majnoon islands, "
     "a charge the Iraqi military command dismissed as a lie.", "1986-03-01", "IRQ", "IRN"),
    ("Tehran radio said Iraqi jets had shelled Iranian positions near the Shatt al-Arab waterway, a charge the Iraqi "
     "command rejected on Monday.", "1986-03-01", "IRQ", "IRN"),
    # dispute and contest deny what the claim says
    ("The French army said it had retaken the town of Kidal, a claim the Tuareg fighters disputed.", "2013-03-01",
     "MLI", "FRA"),
    ("Damascus said its troops had recaptured the old city of Palmyra, a claim the rebels contested.", "2016-03-01",
     "SYR", "SYR"),
])
def test_a_charge_or_claim_summed_up_and_denied_is_a_denial(coder, text, date, source, target):
    events = _events(coder, text, date)
    assert any(c == "016" and s.startswith(source) and t.startswith(target) and m == "asserted"
               for c, s, t, m in events), events
    assert not any(c[:2] in {"11", "12"} for c, s, t, m in events), events


def test_a_claim_called_a_lie_in_a_clause_parsed_a_participle_is_denied(coder):
    events = _events(coder, "Moscow was rumoured to be preparing a new offensive in the north, a claim the Kremlin "
                            "called a malicious lie.", "2022-03-01")
    assert any(c == "016" and s.startswith("RUS") and m == "asserted" for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "date"), [
    ("The army said it had retaken the town, and the rebels disputed the border with the neighbouring state.",
     "2013-03-01"),
    ("Kenya and Uganda disputed the ownership of Migingo island for years.", "2013-03-01"),
])
def test_a_dispute_of_no_summed_up_statement_is_no_denial(coder, text, date):
    events = _events(coder, text, date)
    assert not any(c == "016" for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "date", "source"), [
    ("Al-Shabaab said it had carried out twin bombings that killed 70 people in Kampala.", "2010-07-12", "SOM"),
    ("The Baloch Liberation Army said its fighters had attacked a police post in Kech district.", "2020-03-01", "PAK"),
    ("Hezbollah said its fighters had attacked an Israeli patrol near the border fence.", "2020-03-01", "LBN"),
])
def test_an_armed_group_saying_it_did_an_act_of_force_claims_it(coder, text, date, source):
    events = _events(coder, text, date)
    assert any(c == "015" and s.startswith(source) and m == "asserted" for c, s, t, m in events), events
    assert any(c[:2] in {"18", "19"} and s.startswith(source) and m == "asserted" for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "date"), [
    ("The Pakistani army said its troops had attacked a militant hideout in Kech district.", "2020-03-01"),
    ("The rebels said government troops had attacked their camp near Goma.", "2020-03-01"),
    ("The rebels said they would attack the capital within days.", "2020-03-01"),
    ("Al-Shabaab said it had not carried out the bombing in Kampala.", "2010-07-12"),
    ("The rebels said they had captured the town of Bunia after two days of fighting.", "2020-03-01"),
])
def test_no_claim_for_a_state_another_doer_an_act_ahead_or_denied_or_a_battlefield_gain(coder, text, date):
    events = _events(coder, text, date)
    assert not any(c == "015" for c, s, t, m in events), events
