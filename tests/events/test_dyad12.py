"""Round 12 (dyad12): the parties of a mutual act done for another act with a partner ("signed accords to
normalise ties with Israel") do it towards that partner, not to each other. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from gold_helpers import dyads_on

dyads = dyads_on("2021-01-10")


@pytest.mark.parametrize("text, pairs", [
    ("Chad and Niger signed deals to restore relations with Nigeria at a summit.", {("TCD", "NGA"), ("NER", "NGA")}),
    ("Bhutan and Nepal signed protocols to establish ties with Mongolia in Delhi.", {("BTN", "MNG"), ("NPL", "MNG")}),
])
def test_mutual_act_for_ties_with_a_partner(coder, text, pairs):
    found = {(s[:3], (t or "")[:3]) for s, t, root in dyads(coder, text) if root == "05" and s}
    assert pairs <= found
    assert not any(t and t[:3] in {a for a, _ in pairs} for _, t in found)


def test_mutual_act_without_a_partner_stays_paired(coder):
    found = {(s[:3], (t or "")[:3]) for s, t, root in dyads(coder, "Chad and Niger signed deals to restore their relations.")
             if root == "05" and s}
    assert {("TCD", "NER"), ("NER", "TCD")} <= found
