"""(unreal58) Statements of intent that were not made, and acts that did not happen.

A stated refusal of one's own cooperation ("said it would not take part in the talks", "would not accept foreign troops
on its soil") is the rejection (12x, asserted; gold README, Intention: "a refusal ('declined to send', 'will not
allow') is the 12x rejection, asserted"): no intent to cooperate (03x) was stated, so none is coded, not even as
negated; so for an intent refused by a refusing verb coded as the rejection ("refused to accept any preconditions"). A negated intent with no refusal stated ("is not considering sending troops") stays the negated 03x.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from gold_helpers import triples


def _events(coder, text, date):
    """(code, source, target, modality) of each event, "" for an empty side (the shared ``coder`` fixture)."""
    return [(c, s or "", t or "", m) for s, t, c, m in triples(coder, text, date=date)]


@pytest.mark.parametrize(("text", "root"), [
    ("Argentina said it would not take part in a joint naval mission to Haiti.", "12"),
    ("Hanoi said it was willing to hold talks with Washington but would not accept any American conditions.", "12"),
    ("Kenya said it would not accept foreign troops on its soil.", "12"),
    ("The rebels refused to accept any preconditions for the talks.", "12"),
])
def test_a_stated_refusal_is_the_rejection_only(coder, text, root):
    events = _events(coder, text, "2019-06-01")
    assert any(c[:2] == root and m in {"asserted", "conditional"} for c, s, t, m in events), events
    assert not any(c[:2] == "03" and m == "negated" for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "event"), [
    ("Portugal is not considering sending troops to Mali, the defence minister said.",
     ("0334", "PRT", "MLI", "negated")),
])
def test_a_negated_intent_without_refusal_stays(coder, text, event):
    events = _events(coder, text, "2019-06-01")
    assert any(c == event[0] and s[:3] == event[1] and t[:3] == event[2] and m == event[3]
               for c, s, t, m in events), events



@pytest.mark.parametrize(("text", "event"), [
    ("Gambia's parliament voted to withdraw from the International Criminal Court.",
     ("161", "GMB", "IGO", "asserted")),
    ("Poland's parliament voted to withdraw the country's 800 troops from Afghanistan by the end of the year.",
     ("0874", "POL", "AFG", None)),
])
def test_a_decided_act_is_coded_once(coder, text, event):
    """(unreal58) "voted to withdraw": the withdrawal, not also an intent to de-escalate (0356) on the vote."""
    events = _events(coder, text, "2019-06-01")
    assert any(c == event[0] and s[:3] == event[1] and t[:3] == event[2] and (event[3] is None or m == event[3])
               for c, s, t, m in events), events
    assert not any(c[:2] == "03" for c, s, t, m in events), events
