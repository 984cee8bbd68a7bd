"""Recall of round 7b on blind prose: shops, markets, schools and places of worship burned are property
destroyed (1712; by a crowd against the state's buildings a riot, 145). Our own sentences."""

import pytest

from gold_helpers import triples


@pytest.mark.parametrize("text, source", [
    ("Soldiers burned a shop in Sittwe.", "MMRMIL"),
    ("Soldiers burned a school in Sittwe.", "MMRMIL"),
    ("Militiamen burned a market near Bunia.", "COD"),
    ("Rioters burned a church in Jos on Sunday.", "NGA"),
    ("Troops burned a warehouse full of grain near Mekelle.", "ETH"),
])
def test_burned_buildings_are_destroyed_property(coder, text, source):
    t = triples(coder, text)
    assert any(c in ("1712", "145") and s and s.startswith(source) and m == "asserted"
               for s, tgt, c, m in t), t


@pytest.mark.parametrize("text", [
    "Protesters burned an effigy of the prime minister in Dhaka.",
    "Farmers burned crop stubble in Punjab last week.",
    "The fire burned for three days near Athens.",
])
def test_burning_other_things_is_no_destruction(coder, text):
    t = triples(coder, text)
    assert not any(c == "1712" for s, tgt, c, m in t), t


def test_a_school_not_burned_is_not_asserted(coder):
    t = triples(coder, "Soldiers did not burn the school in Sittwe, villagers said.")
    assert not any(c == "1712" and m == "asserted" for s, tgt, c, m in t), t
