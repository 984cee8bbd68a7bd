"""Event nouns whose parties are named elsewhere (round 17, helper `nouns17b`). Sentences written for these
tests."""

from __future__ import annotations

from gold_helpers import triples


def protests(got):
    return {(s, t, m) for s, t, c, m in got if c.startswith("14")}


def test_protests_a_ruler_gave_way_to_were_held_against_him(coder):
    got = triples(coder, "Peru's president bowed to weeks of mass protests and called early elections.")
    assert ("PERCVL", "PERGOV", "asserted") in protests(got), got
    got = triples(coder, "Bowing to months of protests, the Sri Lankan prime minister resigned on Monday.")
    assert ("LKACVL", "LKAGOV", "asserted") in protests(got), got
    got = triples(coder, "The Georgian parliament caved in to street protests and dropped the foreign agents bill.")
    assert ("GEOCVL", "GEOLEG", "asserted") in protests(got), got


def test_no_protest_from_yielding_to_other_things_or_not_yielding(coder):
    got = triples(coder, "The Kenyan president bowed to the demands of the protesters.")
    assert not protests(got), got
    got = triples(coder, "Malawi's president will not yield to the demonstrations, his spokesman said.")
    assert not protests(got), got
