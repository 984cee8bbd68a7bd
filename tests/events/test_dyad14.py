"""Round 14 (dyad14): right event, wrong actors. Sentences written for these tests."""

from __future__ import annotations

import pytest
from gold_helpers import countries, dyads_on

dyads = dyads_on("2024-05-10")


@pytest.mark.parametrize("text, root, pair", [
    # the source's own forces or goods moved somewhere: where they go (or come from) is the target
    ("Biden ordered 3,000 more troops to Poland.", "15", ("USA", "POL")),
    ("Macron sent French soldiers to Chad.", "15", ("FRA", "TCD")),
    ("The White House suspended all U.S. military aid to Ukraine.", "16", ("USA", "UKR")),
    ("Berlin halted German arms exports to Saudi Arabia.", "16", ("DEU", "SAU")),
])
def test_own_forces_or_goods_moved_go_to_the_destination(coder, text, root, pair):
    found = {(s, t) for s, t, r in countries(dyads(coder, text)) if r == root}
    assert pair in found


@pytest.mark.parametrize("text, root, pair", [
    # people moved against their will are whom the act is done to, not where they are sent
    ("Nicaragua expelled 40 opposition activists to Costa Rica.", "17", ("NIC", "NIC")),
    # a place the act is done on, then a time: no destination
    ("Farmers said they would blockade Paris from Monday night.", "13", ("FRA", "FRA")),
])
def test_what_is_not_the_source_s_own_keeps_its_target(coder, text, root, pair):
    found = {(s, t) for s, t, r in countries(dyads(coder, text)) if r == root}
    assert pair in found
