"""Recall of session 33: gold events not found at all. Our own sentences."""

import pytest

from gold_helpers import triples


# ---- a parliament that topples a government removes it from office (0831), as it ousts or unseats it --------

@pytest.mark.parametrize("text, source, target", [
    ("Italy's parliament toppled Prime Minister Romano Prodi's government in a confidence vote on Thursday.", "ITALEG", "ITAGOV"),
    ("Israel's parliament toppled Prime Minister Yitzhak Shamir's government in a no-confidence vote.", "ISRLEG", "ISRGOV"),
])
def test_parliament_toppling_a_government(coder, text, source, target):
    t = triples(coder, text)
    assert any(c == "0831" and s == source and tgt == target and m == "asserted" for s, tgt, c, m in t), t


def test_a_crowd_toppling_a_statue_is_no_change_of_leadership(coder):
    t = triples(coder, "Protesters in Baghdad toppled a statue of Saddam Hussein.")
    assert not any(c == "0831" for s, tgt, c, m in t), t


# ---- a mediator or an envoy that persuades the parties mediates (045 to each party) --------------------------

def test_mediators_persuading_the_parties_mediate(coder):
    t = triples(coder, "On Sunday, European Community mediators persuaded Slovenia and Croatia to suspend "
                       "their independence moves for three months.")
    targets = {tgt[:3] for s, tgt, c, m in t if c == "045" and s and s.startswith("IGOEUR") and tgt}
    assert {"SVN", "HRV"} <= targets, t


def test_anyone_else_persuading_is_no_mediation(coder):
    t = triples(coder, "The French president persuaded Germany to back the plan.")
    assert not any(c == "045" for s, tgt, c, m in t), t
