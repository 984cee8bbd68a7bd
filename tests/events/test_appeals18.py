"""Round 18 (appeals18): targets of appeals to unnamed parties placed in a country, and of legal complaints
made at a court. People an appeal names by no actor but places in a country ("the warring parties in
Sudan", "all sides in Libya") are that country's; a court a complaint is filed with, taken to or brought
before is where it is made, and the accused is whom it is aimed at; an object "it" does not stand for
the court named as the venue. Sentences written for these tests."""

from __future__ import annotations

import pytest
from gold_helpers import countries, dyads_on

dyads = dyads_on("2024-05-10")


@pytest.mark.parametrize("text, country", [
    ("The EU called on the warring parties in Sudan to respect the ceasefire.", "SDN"),
    ("The African Union called on all sides in Sudan to let aid trucks through.", "SDN"),
    ("The Pope appealed to the rival factions in Yemen to end the fighting.", "YEM"),
])
def test_an_appeal_to_unnamed_parties_in_a_country_is_aimed_at_it(coder, text, country):
    found = countries(dyads(coder, text))
    assert any(r == "02" and t == country for _, t, r in found), found


def test_an_appeal_to_parties_of_ones_own_country_gets_no_target_from_it(coder):
    found = countries(dyads(coder, "Sudan's army called on all parties in Sudan to lay down their arms."))
    assert all(t != "SDN" for _, t, r in found if r == "02"), found


@pytest.mark.parametrize("text, pair", [
    ("Nicaragua filed a complaint with the World Court saying Honduras allowed the Contras to use its territory.",
     ("NIC", "HND")),
    ("Iran took its complaint to the World Court, accusing the United States of breaking a treaty.", ("IRN", "USA")),
    ("Gambia filed a case against Myanmar at the World Court, accusing it of genocide.", ("GMB", "MMR")),
    ("Bolivia sued Chile before the International Court of Justice, accusing it of refusing talks on sea access.",
     ("BOL", "CHL")),
])
def test_a_complaint_at_a_court_is_aimed_at_the_accused(coder, text, pair):
    found = {(s, t) for s, t, r in countries(dyads(coder, text)) if r == "11"}
    assert found == {pair}, found


def test_a_complaint_naming_no_accused_still_goes_to_the_court(coder):
    got = dyads(coder, "Nicaragua filed a complaint with the World Court.")
    assert any(r == "11" and t.startswith("IGO") for _, t, r in got), got


@pytest.mark.parametrize("text, country", [
    ("The coast guard boarded a Taiwanese fishing boat and detained its five crew members.", "TWN"),
    ("The navy seized a Liberian tanker and arrested its crew.", "LBR"),
    ("The Iranian navy seized a British-flagged tanker in the Strait of Hormuz and detained its 23 crew members.", "GBR"),
])
def test_its_crew_are_the_crafts(coder, text, country):
    found = countries(dyads(coder, text))
    assert any(r == "17" and t == country for _, t, r in found), found
