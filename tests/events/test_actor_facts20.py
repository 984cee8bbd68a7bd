"""(sources20) Real-world facts added to the actor dictionaries. Our own sentences."""

from __future__ import annotations

from gold_helpers import triples


def test_baloch_separatists_are_pakistan_s_rebels(coder):
    got = triples(coder, "Baloch separatists attacked a police station in Turbat, killing four policemen.", date="2024-03-01")
    assert any(s == "PAKREB" for s, _, _, _ in got), got
