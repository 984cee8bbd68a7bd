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


# (target55) a colony's state organs before its independence are the colonial power's (data/actors/colonies.tsv)
def test_a_colonial_governor_s_emergency_is_the_colonial_power_s(coder):
    got = _events(coder, "The Governor of Uganda declared a state of emergency in Buganda and banished the Kabaka.",
                  "1953-11-30")
    assert any(c == "1724" and s == "GBRGOV" for c, s, _, _ in got), got


def test_police_in_a_colony_s_capital_are_the_colonial_power_s(coder):
    got = _events(coder, "Police in Nairobi arrested forty trade unionists on Tuesday.", "1950-05-16")
    assert [(c, s) for c, s, _, _ in got] == [("173", "GBRCOP")], got


def test_after_independence_the_colony_s_organs_are_its_own(coder):
    got = _events(coder, "Police in Nairobi arrested forty trade unionists on Tuesday.", "1975-05-16")
    assert [(c, s) for c, s, _, _ in got] == [("173", "KENCOP")], got


def test_a_colony_s_leader_named_keeps_his_own_code(coder):
    got = _events(coder, "Chief Minister Tunku Abdul Rahman accused the Communists of wrecking the talks.",
                  "1955-12-29")
    assert all(not s.startswith("GBR") for _, s, _, _ in got), got


def test_the_settlers_of_french_algeria_are_france_s_civilians(coder):
    got = _events(coder, "Settlers stoned the governor's car in Oran on Sunday.", "1960-01-24")
    assert any(c[:2] == "14" and s == "FRACVL" for c, s, _, _ in got) or \
        any(c[:2] == "18" and s == "FRACVL" for c, s, _, _ in got), got


# (target55) armed movements and parties of 1945-1960 wire reporting, with the codes the gold README gives them
@pytest.mark.parametrize(("name", "date", "code"), [
    ("Viet Minh", "1953-04-10", "VNMREB"),
    ("Irgun", "1947-07-30", "ISRUAF"),
    ("Stern Gang", "1948-09-17", "ISRUAF"),
    ("Arab Legion", "1948-05-28", "JORMIL"),
    ("EOKA", "1956-11-19", "CYPREB"),
    ("Mau Mau", "1953-03-27", "KENREB"),
    ("Huks", "1950-08-26", "PHLREB"),
    ("FLN", "1957-01-28", "DZAREB"),
    ("Pathet Lao", "1961-04-01", "LAOREB"),
    ("Chinese Communists", "1948-11-01", "CHNREB"),
    ("Chinese Communists", "1951-11-01", "CHNGOV"),
    ("July 26 Movement", "1958-04-09", "CUBREB"),
    ("Cominform", "1948-06-28", "CMN"),
])
def test_a_movement_of_the_1950s_wire_has_its_code(name, date, code):
    found = actors.resolve(name, date)
    assert found is not None and found.code == code, found


def test_a_gang_of_a_movement_keeps_the_movement_s_code(coder):
    got = _events(coder, "Mau Mau gangs killed three villagers near Nyeri on Friday.", "1953-05-08")
    assert all(s == "KENREB" for _, s, _, _ in got) and got, got


def test_violence_in_gaza_before_1967_is_aimed_at_egypt(coder):
    got = _events(coder, "Israeli troops raided Khan Younis on Wednesday night.", "1955-08-31")
    assert [(c[:2], s, t) for c, s, t, _ in got] == [("19", "ISRMIL", "EGY")], got


def test_violence_in_gaza_after_1967_is_aimed_at_the_palestinians(coder):
    got = _events(coder, "Israeli troops raided Khan Younis on Wednesday night.", "2004-08-31")
    assert [(c[:2], s, t[:3]) for c, s, t, _ in got] == [("19", "ISRMIL", "PSE")], got
