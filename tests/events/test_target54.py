"""(target54) Who did it to whom: people of 1984-2026 news filed with their dated offices, and the state's organs
and people no word places, in a sentence and article that name no country: they are of the one country whose towns
the sentence names ("authorities imposed a curfew on Bawku": GHAGOV). Sentences written for these tests."""

from __future__ import annotations

import pytest

from foedus import actors
from gold_helpers import triples


def _events(coder, text, date):
    """(code, source, target, modality) of each event, "" for an empty side (the shared ``coder`` fixture)."""
    return [(c, s or "", t or "", m) for s, t, c, m in triples(coder, text, date=date)]


@pytest.mark.parametrize(("name", "date", "code"), [
    ("Gabrielius Landsbergis", "2022-06-21", "LTUGOV"),
    ("Wilbur Ross", "2019-05-16", "USAGOV"),
    ("Keiko Fujimori", "2021-06-10", "PEROPP"),
    ("Ryosei Akazawa", "2025-04-16", "JPNGOV"),
    ("Ashok Raj Sigdel", "2025-09-11", "NPLMIL"),
    ("Amadou Sanogo", "2012-04-02", "MLIMIL"),
    ("Ram Chandra Paudel", "2023-05-08", "NPLGOV"),
    ("Rached Ghannouchi", "2020-06-01", "TUNLEG"),
    ("Rached Ghannouchi", "2023-04-20", "TUNOPP"),
    ("Yousuf Raza Gilani", "2009-05-07", "PAKGOV"),
    ("Saif al-Islam", "2011-02-20", "LBYGOV"),
    ("Goran Vesic", "2023-05-01", "SRBGOV"),
    ("Igor Kirillov", "2022-03-10", "RUSMIL"),
    ("Martin Balza", "1995-04-25", "ARGMIL"),
    ("Oginga Odinga", "1992-01-22", "KENOPP"),
    ("Ahmed Gaid Salah", "2019-06-22", "DZAMIL"),
    ("Simon Lalong", "2018-10-09", "NGAGOV"),
    ("Consuelo Porras", "2024-11-20", "GTMJUD"),
    ("Boris Tadic", "2010-11-09", "SRBGOV"),
    ("Ali Zeidan", "2013-10-10", "LBYGOV"),
    ("Sri Mulyani", "2025-08-31", "IDNGOV"),
])
def test_an_official_of_the_news_holds_his_office(name, date, code):
    found = actors.resolve(name, date)
    assert found is not None and found.code == code, found


@pytest.mark.parametrize(("name", "date", "code"), [
    ("Goran Vesic", "2025-01-10", "SRBELI"),       # resigned in November 2024
    ("Yousuf Raza Gilani", "2015-06-01", "PAKELI"),
    ("Amadou Sanogo", "2016-11-30", "MLIELI"),
])
def test_an_official_out_of_office_is_an_elite(name, date, code):
    found = actors.resolve(name, date)
    assert found is not None and found.code == code, found


@pytest.mark.parametrize(("name", "code"), [
    ("Mahsa Amini", "IRNCVL"),
    ("Maria Kolesnikova", "BLROPP"),
    ("Hussein al-Houthi", "YEMREB"),
    ("Mirwaiz Umar Farooq", "INDOPP"),
    ("Jose Ruben Zamora", "GTMMED"),
    ("Sunday Igboho", "NGASEP"),
    ("Abdel Wahid al-Nur", "SDNREB"),
    ("Freeman Mbowe", "TZAOPP"),
])
def test_people_of_the_news_have_their_country(name, code):
    found = actors.resolve(name, "2023-01-01")
    assert found is not None and found.code == code, found


def test_a_candidate_refusing_the_result_is_the_opposition(coder):
    events = _events(coder, "Luisa Gonzalez accused the electoral council of fraud and refused to accept the count.",
                     "2025-04-15")
    assert any(s == "ECUOPP" for _, s, _, _ in events), events


def test_soldiers_hit_between_two_towns_are_of_their_country(coder):
    events = _events(coder, "A landmine tore through an army truck travelling between Djibo and Arbinda, killing three "
                     "soldiers.", "2023-02-01")
    assert any(c.startswith("18") and t == "BFAMIL" for c, _, t, _ in events), events


def test_authorities_imposing_a_curfew_on_a_town_are_of_its_country(coder):
    events = _events(coder, "Authorities imposed a curfew on Bawku after the clashes.", "2022-11-20")
    assert any(c == "1723" and s == "GHAGOV" for c, s, _, _ in events), events


def test_police_imposing_a_curfew_on_a_town_are_of_its_country(coder):
    events = _events(coder, "Police imposed a curfew on Kasese after the palace attack.", "2016-11-28")
    assert any(c == "1723" and s == "UGACOP" for c, s, _, _ in events), events


def test_passengers_on_a_road_between_towns_are_of_their_country(coder):
    events = _events(coder, "A bomb planted on the Mopti-Gao road struck a truck, killing four passengers.", "2022-02-01")
    assert any(c.startswith("18") and t == "MLICVL" for c, _, t, _ in events), events


def test_a_thing_named_after_a_town_places_no_one(coder):
    """Guard: an act named after its town is no place of the police ("the Mumbai attacks")."""
    events = _events(coder, "Police detained two men over the Kasese attacks.", "2016-12-01")
    assert all(s in {"", "COP"} for _, s, _, _ in events), events


def test_a_place_of_two_countries_places_no_one(coder):
    """Guard: Punjab is a province of Pakistan and a state of India: the mob keeps no country."""
    events = _events(coder, "Mobs burned churches in a Punjab village after rumours of blasphemy.", "2023-08-16")
    assert events and all(s == "CVL" for _, s, _, _ in events), events


def test_towns_of_two_countries_place_no_one(coder):
    """Guard: towns of two states named in the sentence leave the police without a country."""
    events = _events(coder, "Police raided a Kano market and a Kumasi market on Saturday, seizing weapons.",
                     "2020-10-20")
    assert events and all(s == "COP" for _, s, _, _ in events), events


def test_a_country_the_sentence_names_still_wins(coder):
    """Guard: a country named in the sentence places the police, not a town of another state."""
    events = _events(coder, "Kenyan police fired tear gas at protesters outside the Kampala embassy.", "2024-06-25")
    assert any(s == "KENCOP" for _, s, _, _ in events), events
