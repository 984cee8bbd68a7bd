"""(refuse59) Refusals with a condition: "X would not A unless Y" is X's refusal, the 12x that mirrors A, asserted (a
refusal stated now), with Y's act conditional (gold README, "Refusals with a condition"). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from gold_helpers import triples


def _events(coder, text, date="2022-03-10"):
    """(code, source, target, modality) of each event, "" for an empty side (the shared ``coder`` fixture)."""
    return [(c, s or "", t or "", m) for s, t, c, m in triples(coder, text, date=date)]


@pytest.mark.parametrize(("text", "code"), [
    ("The Philippine government said it would not free the captured guerrillas unless the rebels released their "
     "hostages first.", "1243"),
    ("Chile's foreign minister said Santiago would not negotiate with Bolivia unless La Paz dropped its claim to the "
     "coast.", "125"),
    ("Canada said it would not lift its sanctions on Belarus unless Minsk released all political prisoners.", "1244"),
])
def test_a_refusal_with_an_unless_clause_is_asserted(coder, text, code):
    events = _events(coder, text)
    assert any(c == code and m == "asserted" for c, s, t, m in events), events
    assert not any(c[:2] == "12" and m == "conditional" for c, s, t, m in events), events


def test_the_condition_stays_conditional(coder):
    events = _events(coder, "Canada said it would not lift its sanctions on Belarus unless Minsk released all "
                             "political prisoners.")
    assert any(c == "1244" and s.startswith("CAN") and t.startswith("BLR") and m == "asserted"
               for c, s, t, m in events), events
    # the other side's act is only the condition: never asserted, never the refusal's modality
    assert not any(c[:2] == "08" and m == "asserted" for c, s, t, m in events), events


@pytest.mark.parametrize("text", [
    # a consequence of a condition, no refusal stated now
    "The president said he would not step down if he lost the referendum.",
    # a counterfactual
    "Chile said it would not have signed the treaty unless Bolivia had dropped its claim.",
])
def test_no_asserted_refusal_on_a_consequence_or_counterfactual(coder, text):
    events = _events(coder, text)
    assert not any(c[:2] == "12" and m == "asserted" for c, s, t, m in events), events
