"""(target55) Who did it to whom: China's and Taiwan's places as the wire of 1945-1960 spells them, the Nationalists
of China (CHNGOV until 1949-10-01, TWNGOV after: the gold README's blind54 section), and towns of conflict reporting
the gazetteer lacked. Sentences written for these tests."""

from __future__ import annotations

import pytest

from foedus import actors
from gold_helpers import triples


def _events(coder, text, date):
    """(code, source, target, modality) of each event, "" for an empty side (the shared ``coder`` fixture)."""
    return [(c, s or "", t or "", m) for s, t, c, m in triples(coder, text, date=date)]


@pytest.mark.parametrize(("name", "date", "code"), [
    ("Nationalist China", "1948-05-01", "CHNGOV"),
    ("Nationalist China", "1955-05-01", "TWNGOV"),
    ("Kuomintang", "1947-01-10", "CHNGOV"),
    ("Kuomintang", "1975-01-10", "TWNGOV"),
    ("Kuomintang", "2004-01-10", "TWNOPP"),
])
def test_the_nationalists_of_china_by_date(name, date, code):
    found = actors.resolve(name, date)
    assert found is not None and found.code == code, found


def test_a_treaty_with_nationalist_china_after_1949_is_taiwan_s(coder):
    got = _events(coder, "The United States and Nationalist China signed a mutual defence treaty in Washington.",
                  "1954-12-02")
    assert ("057", "USA", "TWNGOV", "asserted") in got
    assert ("057", "TWNGOV", "USA", "asserted") in got


def test_nationalist_chinese_guns_after_1949_are_taiwan_s(coder):
    got = _events(coder, "Nationalist Chinese troops shelled the port of Amoy on Friday.", "1956-03-02")
    assert [(c[:2], s, t) for c, s, t, _ in got] == [("19", "TWNMIL", "CHN")]


def test_troops_placed_in_an_old_chinese_town_are_china_s(coder):
    got = _events(coder, "Government troops recaptured Yenan after a week of fighting.", "1947-03-20")
    assert [(c, s[:3], t) for c, s, t, _ in got] == [("192", "CHN", "CHN")]


@pytest.mark.parametrize(("name", "country"), [
    ("Canton", "CHN"), ("Peiping", "CHN"), ("Quemoy", "TWN"), ("Formosa", "TWN"), ("Pescadores", "TWN"),
    ("Troodos", "CYP"), ("Majdal Shams", "SYR"), ("Zvornik", "BIH"), ("Konna", "MLI"), ("Nduga", "IDN"),
])
def test_a_place_of_the_wire_has_its_country(name, country):
    from foedus.coder import places
    place = places.Gazetteer.default().place(name)
    assert place is not None and place.country == country, place


def test_villagers_near_a_named_town_are_of_its_country(coder):
    got = _events(coder, "British troops imposed a curfew on villages in the Troodos mountains after the ambush.",
                  "1956-05-10")
    assert ("1723", "GBRMIL", "CYPCVL", "asserted") in got or ("1723", "GBRMIL", "CYP", "asserted") in got, got


def test_a_soviet_break_with_the_nationalists_in_canton_is_no_us_affair(coder):
    got = _events(coder, "The Soviet Union broke off relations with the Nationalist government in Canton.", "1949-10-03")
    assert all(not t.startswith("USA") for _, _, t, _ in got), got
