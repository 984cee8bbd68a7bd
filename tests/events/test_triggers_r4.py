"""Event recall on news nobody tuned on (issue 10, round 4): general triggers and constructions for the
roots 01-02, 04-09, 14-15, 17-20. Our own sentences; each asserts the coder's real output."""

from gold_helpers import triples


def codes(coder, text: str, mod: str = "asserted") -> set[str]:
    return {c for s, tgt, c, m in triples(coder, text) if m == mod}


# ---- ceasefires: agreed to is declared (0871), signed is a formal agreement (057) -----------------

def test_agreed_to_a_truce_declares_it(coder):
    t = triples(coder, "Armenia and Azerbaijan agreed to a truce after two days of border fighting.")
    assert ("ARM", "AZE", "0871", "asserted") in t and ("AZE", "ARM", "0871", "asserted") in t, t


def test_agreed_on_a_ceasefire_declares_it(coder):
    assert "0871" in codes(coder, "The army and the rebels agreed on a ceasefire in Darfur on Friday.")


def test_agreeing_to_talks_stays_an_intent(coder):
    got = {c for s, tgt, c, m in triples(coder, "Serbia and Kosovo agreed to hold talks in Brussels next week.")}
    assert "0871" not in got and not any(c.startswith("05") for c in got), got


def test_a_truce_not_agreed_is_not_asserted(coder):
    t = triples(coder, "Russia did not agree to a truce.")
    assert not any(m == "asserted" for s, tgt, c, m in t), t


def test_a_conditional_truce_is_not_asserted(coder):
    t = triples(coder, "Sudan's army would agree to a ceasefire if the RSF left the cities, a spokesman said.")
    assert not any(m == "asserted" for s, tgt, c, m in t), t


def test_signed_truce_is_a_formal_agreement(coder):
    t = triples(coder, "Israel and Hamas signed a truce in Cairo.")
    assert any(c == "057" and s == "ISR" for s, tgt, c, m in t), t
    assert not any(c == "0871" for s, tgt, c, m in t), t


def test_signed_ceasefire_is_a_formal_agreement(coder):
    assert "057" in codes(coder, "Ethiopia and the Tigrayan forces signed a ceasefire in Pretoria.")
