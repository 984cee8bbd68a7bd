"""(target54) Who did it to whom: people of 1984-2026 news filed with their dated offices. Sentences written for
these tests."""

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
])
def test_people_of_the_news_have_their_country(name, code):
    found = actors.resolve(name, "2023-01-01")
    assert found is not None and found.code == code, found


def test_a_candidate_refusing_the_result_is_the_opposition(coder):
    events = _events(coder, "Luisa Gonzalez accused the electoral council of fraud and refused to accept the count.",
                     "2025-04-15")
    assert any(s == "ECUOPP" for _, s, _, _ in events), events
