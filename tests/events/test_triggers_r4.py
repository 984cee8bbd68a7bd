"""Event recall on news nobody tuned on (issue 10, round 4): general triggers and constructions for the
roots 01-02, 04-09, 14-15, 17-20. Our own sentences; each asserts the coder's real output."""

from gold_helpers import triples


def codes(coder, text: str, mod: str = "asserted") -> set[str]:
    return {c for s, tgt, c, m in triples(coder, text) if m == mod}


# ---- ceasefires: signed is a formal agreement (057) ----------------------------------------------

def test_signed_truce_is_a_formal_agreement(coder):
    t = triples(coder, "Israel and Hamas signed a truce in Cairo.")
    assert any(c == "057" and s == "ISR" for s, tgt, c, m in t), t
    assert not any(c == "0871" for s, tgt, c, m in t), t


def test_signed_ceasefire_is_a_formal_agreement(coder):
    assert "057" in codes(coder, "Ethiopia and the Tigrayan forces signed a ceasefire in Pretoria.")
