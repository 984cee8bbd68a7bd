"""Round 17, helper precision17: sense checks on our own sentences. People of the money markets (investors,
traders, speculators) who "storm", "attack", "retreat" or "pull back" are trading, and a price or a stock that
"retreats" yields nothing; troops that retreat and traders who strike against a tax are still coded. Blaming a thing
that is no actor ("heavy rains", "a gas leak") explains; blaming an actor or its weapon or act accuses. One body meeting alone ("the Security Council met") is
in session, no meeting of two actors."""

from __future__ import annotations

import pytest


def _codes(coder, text):
    return [(e.cameo, e.modality) for e in coder.code_text(text, date="2024-05-01").events]


@pytest.mark.parametrize("text", [
    "Investors stormed into Indian bank shares on Tuesday.",
    "Traders pulled back from risky assets ahead of the Fed meeting.",
    "Speculators attacked the pound, forcing Britain out of the exchange rate mechanism.",
    "Rival carmakers' stocks retreated on Friday, traders said.",
])
def test_market_moves_are_no_events(coder, text):
    assert _codes(coder, text) == []


def test_troops_that_retreat_still_retreat(coder):
    codes = _codes(coder, "Russian troops retreated from Kherson on Friday.")
    assert any(c.startswith("087") for c, _ in codes), codes


def test_traders_strike_is_still_a_protest(coder):
    codes = _codes(coder, "Market traders in Lagos staged a strike against new municipal taxes.")
    assert any(c.startswith("14") for c, _ in codes), codes


@pytest.mark.parametrize("text", [
    "Officials blamed heavy rains for the collapse of the dam.",
    "The ministry blamed a gas leak for the explosion that killed nine workers.",
    "The airline blamed bad weather for the delays.",
])
def test_blaming_a_thing_is_no_accusation(coder, text):
    assert not any(c.startswith("11") for c, _ in _codes(coder, text))


@pytest.mark.parametrize("text", [
    "Kyiv blamed Russian forces for the destruction of the dam.",
    "Hamas blamed an Israeli air strike for the blast at the hospital.",
    "Pakistan blamed India for the bombing in Quetta.",
    "The government blamed the violence on the opposition.",
])
def test_blaming_an_actor_or_its_act_is_still_an_accusation(coder, text):
    assert any(c.startswith("112") for c, _ in _codes(coder, text))


@pytest.mark.parametrize("text", [
    "The Security Council met in emergency session after the nuclear test.",
    "SADC leaders meeting in Harare said they were deeply concerned about the abductions.",
])
def test_one_body_in_session_is_no_meeting(coder, text):
    assert not any(c.startswith("04") for c, _ in _codes(coder, text))


@pytest.mark.parametrize("text", [
    "Biden and Putin met in Geneva for four hours.",
    "Ukrainian and Russian negotiators met in Istanbul.",
    "Putin met Erdogan in Sochi.",
    "Modi met with Xi on the sidelines of the summit.",
])
def test_partners_meeting_is_still_a_meeting(coder, text):
    assert any(c.startswith("04") for c, _ in _codes(coder, text))


@pytest.mark.parametrize("text", [
    "The army met fierce resistance in the town.",
    "The army said Syria had met its obligations.",
])
def test_meeting_a_thing_is_no_meeting(coder, text):
    assert not any(c.startswith("04") for c, _ in _codes(coder, text))


def test_meeting_a_counterpart_is_still_a_meeting(coder):
    assert any(c.startswith("04") for c, _ in _codes(coder, "Putin met his Turkish counterpart in Sochi."))
