"""A claim of responsibility names the doer of an act told earlier with none (coder/attribution.py).
Sentences written for these tests."""

from __future__ import annotations

import pytest


def _events(coder, text):
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None, e.modality)
            for e in coder.code_text(text, date="2023-05-04").events]


@pytest.mark.parametrize("text, act, claimer", [
    # the claim in the next sentence
    ("On 3 May 2023, a roadside bomb killed four soldiers near Gao, Mali. JNIM later claimed responsibility.",
     "1833", "MLIREB"),
    # in the same sentence, after the act
    ("A suicide bomber killed 30 people at a market in Mogadishu on Friday, and al-Shabaab claimed responsibility "
     "for the blast.", "1831", "SOMREB"),
])
def test_a_claim_names_the_doer_and_takes_the_target(coder, text, act, claimer):
    events = _events(coder, text)
    acts = [e for e in events if e[0] == act]
    claims = [e for e in events if e[0] == "015"]
    assert acts and all(e[1] == claimer for e in acts), events
    assert claims and claims[0][1] == claimer and claims[0][2] == acts[0][2], events


def test_the_claimed_attack_is_not_a_second_attack(coder):
    text = "On 3 May 2023, a roadside bomb killed four soldiers near Gao, Mali. JNIM later claimed the attack."
    events = _events(coder, text)
    assert [e[0] for e in events] == ["1833", "015"], events
    assert events[0][1] == "MLIREB"
    ids = [e.id for e in coder.code_text(text, date="2023-05-04").events]
    assert [i.rsplit("-e", 1)[1] for i in ids] == ["0", "1"]   # ids stay consecutive after the drop


@pytest.mark.parametrize("text", [
    # a negated claim names no one
    "A drone strike hit a Russian air base in Crimea on Tuesday, but Kyiv did not claim responsibility.",
    # blame is not a claim: the accused is not written in as the doer
    "A car bomb exploded outside a police station in Cali on Monday, killing six officers; the defence minister "
    "blamed FARC dissidents.",
])
def test_no_claim_no_doer(coder, text):
    events = _events(coder, text)
    acts = [e for e in events if e[0][:2] in {"18", "19", "20"}]
    assert acts and all(e[1] is None for e in acts), events


def test_an_act_with_a_doer_keeps_it(coder):
    text = ("Russian warplanes bombed a market in Idlib on Tuesday, killing 12 people. "
            "Hours later an Islamist group claimed responsibility for a shelling of Latakia.")
    events = _events(coder, text)
    assert any(e[0][:2] in {"18", "19"} and e[1] == "RUSMIL" for e in events), events
