"""A state's challengers in talks, deals and mediation, issue 10 round 21b (helper `whom21b`): rebels or an
opposition that no word of theirs places are the state's own. Sentences written for these tests."""

from __future__ import annotations

from gold_helpers import dyads_on

dyads = dyads_on("2024-05-10")


def test_a_mediator_brings_a_government_together_with_its_own_rebels(coder):
    got = dyads(coder, "Norway hosted talks between the Colombian government and the rebels.")
    assert any(t == "COLREB" for _, t, _ in got) and not any(t == "NORREB" for _, t, _ in got), got
    got = dyads(coder, "Mexico hosted talks between the Venezuelan government and the opposition.")
    assert any(t == "VENOPP" for _, t, _ in got) and not any(t == "MEXOPP" for _, t, _ in got), got
    got = dyads(coder, "Qatar mediated between the Sudanese army and the rebels.")
    assert any(t == "SDNREB" for _, t, _ in got), got


def test_a_government_and_its_opposition_sign_abroad(coder):
    got = dyads(coder, "The Venezuelan government and the opposition signed an agreement in Barbados.")
    assert any(s == "VENOPP" or t == "VENOPP" for s, t, _ in got), got
    assert not any("BRB" in s or "BRB" in t for s, t, _ in got), got


def test_a_bare_country_or_a_foreign_envoy_gives_no_country(coder):
    # "Israel and the militants" are most often of two countries; an envoy meeting rebels in a named
    # town meets that country's rebels
    got = dyads(coder, "Egypt brokered a truce between Israel and the militants.")
    assert not any(t == "ISRREB" for _, t, _ in got), got
    got = dyads(coder, "Norwegian envoys met rebel leaders in Jaffna.", "2003-01-10")
    assert not any(t == "NORREB" for _, t, _ in got), got
