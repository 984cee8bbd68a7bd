"""Whom an act is aimed at (helper dyad46): a country named only as a border's other side or by its adjective says
where things are, not who acts or is struck. Sentences written for these tests."""

from __future__ import annotations

from gold_helpers import triples


def test_border_adjective_is_no_town_of_the_strike(coder):
    # the market is near the Turkish border, on Syrian soil: no strike on Turkey
    got = triples(coder, "Syrian government jets bombed a crowded market near the Turkish border, killing 20 people.",
                  date="2016-08-10")
    assert any(c.startswith("19") for s, t, c, m in got), got
    assert not any(c.startswith("19") and (t or "").startswith("TUR") for s, t, c, m in got), got


def test_far_side_of_a_border_places_no_army(coder):
    # the army posts overrun are Myanmar's (Chin State), not those of the country across the border
    got = triples(coder, "Separatist fighters launched an assault in Chin State, overrunning army posts and seizing "
                         "border crossings with India.", date="2024-08-10")
    assert any(c.startswith("19") and (t or "").startswith("MMR") for s, t, c, m in got), got
    assert not any((t or "").startswith("INDMIL") for s, t, c, m in got), got
