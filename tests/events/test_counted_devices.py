"""(miss18) Devices counted by a number word are the means of an attack, not a crowd: "thousands of pagers
exploded" is a bombing by no one named (183), not a riot of thousands of people; the people a participle
names as the devices' users ("used by ...", "carried by ...") are their holders, not their attackers.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from gold_helpers import dyads_on

dyads = dyads_on("2024-09-20")


@pytest.mark.parametrize("text, country", [
    ("Hundreds of pagers carried by militia fighters exploded at once across Syria on Wednesday.", "SYR"),
    ("Dozens of pagers used by party guards blew up across Lebanon on Monday, wounding hundreds.", "LBN"),
])
def test_counted_devices_that_explode_are_a_bombing_by_no_one_named(coder, text, country):
    got = [(s, (t or "")[:3], c) for s, t, c in dyads(coder, text)]
    assert any(c[:2] == "18" for _, _, c in got), got
    assert all(s is None for s, _, c in got if c[:2] == "18"), got
    assert not any(c[:2] == "14" for _, _, c in got), got


def test_counted_people_still_riot(coder):
    got = [(s, c) for s, _, c in dyads(coder, "Thousands of protesters rioted in Cairo on Friday.")]
    assert any(c == "14" and (s or "").startswith("EGY") for s, c in got), got
