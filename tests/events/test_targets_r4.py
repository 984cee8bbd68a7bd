"""Targets and sources found for issue 10, round 4 (helper `targets`): provinces and towns of
conflict areas in the gazetteer, ... Sentences written for these tests."""

from __future__ import annotations

import pytest
from gold_helpers import triples

from foedus.coder import places


def dyads(coder, text, date="2024-05-10"):
    return {(s, t, code[:2]) for s, t, code, _ in triples(coder, text, date)}


@pytest.mark.parametrize("name, country", [
    ("Borno State", "NGA"), ("North Waziristan", "PAK"), ("Lower Shabelle", "SOM"), ("Jonglei", "SSD"),
    ("Oromia", "ETH"), ("Lachin", "AZE"), ("Snake Island", "UKR"), ("Bali", "IDN"), ("Rakhine", "MMR"),
    ("West Azerbaijan", "IRN"), ("Khan Sheikhoun", "SYR"), ("Nuseirat", "PSE"),
])
def test_conflict_regions_are_in_the_gazetteer(name, country):
    loc = places.Gazetteer.default().lookup(name)
    assert loc is not None and loc.country == country, loc


def test_victims_in_a_province_take_its_country(coder):
    got = dyads(coder, "Gunmen abducted 30 travellers on a highway in Zamfara.")
    assert ("", "NGACVL", "18") in {(s or "", t, c) for s, t, c in got}, got
    got = dyads(coder, "Police arrested 40 opposition supporters in Oromia.")
    assert any((t or "").startswith("ETH") for _, t, _ in got), got


def test_armed_group_in_a_province_is_of_its_country(coder):
    got = dyads(coder, "Jihadist fighters raided an army camp in Borno State on Friday.")
    assert any(s == "NGAREB" and (t or "").startswith("NGA") for s, t, _ in got), got


def test_entering_a_district_targets_its_country(coder):
    got = dyads(coder, "Azerbaijani troops entered Kalbajar district.")
    assert ("AZEMIL", "AZE", "19") in got, got


def test_strike_on_a_refugee_camp_targets_palestine(coder):
    got = dyads(coder, "Israeli drones struck a car in Nuseirat on Sunday.")
    assert any(s.startswith("ISR") and (t or "").startswith("PSE") for s, t, _ in got), got
