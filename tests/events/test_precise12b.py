"""Round 12c (precise12b): vows and warnings that foretell a punishment are threats, coded once. "X vowed that Y
would pay for its mistake / a heavy price / dearly" is a threat of force (138) from the speaker to Y, not a payment;
an act that "will not go unanswered" is that threat alone, without the vow's bare intent to cooperate (030)."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, source, target", [
    ("The Syrian president vowed that Turkey would pay for its aggression.", "SYR", "TUR"),
    ("The Kremlin warned that Kyiv would pay a heavy price for the incursion.", "RUS", "UKR"),
    ("Pyongyang said Seoul will pay dearly for the drills.", "PRK", "KOR"),
])
def test_a_punishment_foretold_is_a_threat(coder, text, source, target):
    t = triples(coder, text)
    assert has_coded(t, "138", source, target, modality="intended"), t
    assert not any(c.startswith("03") or c.startswith("06") for _, _, c, _ in t), t


@pytest.mark.parametrize("text", [
    "The finance minister said Germany would pay for the reconstruction of the bridge.",
    "Greece said it would not pay for the mistake of its lenders.",
])
def test_a_payment_or_a_refusal_to_pay_is_no_threat(coder, text):
    t = triples(coder, text, modality=None)
    assert not any(c.startswith("13") for _, _, c, _ in t), t


def test_an_act_that_will_not_go_unanswered_is_one_threat(coder):
    t = triples(coder, "The militia's leader vowed that the French air strikes would not go unanswered.", modality=None)
    assert has_coded(t, "138", modality="intended"), t
    assert not any(c.startswith("03") for _, _, c, _ in t), t


@pytest.mark.parametrize("text", [
    "North Korea and South Korea agreed on a plan to reopen the border railway.",
    "Envoys of Armenia and Azerbaijan agreed in Vienna on steps to reduce tension on the border.",
])
def test_terms_agreed_on_are_an_agreement(coder, text):
    t = triples(coder, text)
    assert has_coded(t, "057", modality="asserted"), t


def test_terms_to_be_worked_on_stay_an_intent(coder):
    t = triples(coder, "Serbia and Kosovo agreed to work on a plan for the northern towns.", modality=None)
    assert not any(c == "057" for _, _, c, _ in t), t
