"""Round 10b (actors10b): foreign and defence ministers 2015-2026 of more states (real names, offices
and dates; a minister is his state's government only inside his term), and a person's name inside a
place name ("Masisi territory" in DR Congo is not Botswana's president Masisi; "Dera Ismail Khan" in
Pakistan is not the Afghan commander Ismail Khan). Sentences written for these tests."""

from __future__ import annotations

import pytest

from foedus.coder.actors import resolve


def _events(coder, text, date="2024-05-01"):
    result = coder.code_text(text, date=date)
    return [(e.cameo[:2], e.source.code if e.source else "", e.target.code if e.target else "") for e in result.events]


def _code(name, date):
    actor = resolve(name, date)
    return actor.code if actor else None


# -- facts: ministers inside and outside their terms ------------------------------------------------
@pytest.mark.parametrize(("name", "date", "code"), [
    ("Roberto Ampuero", "2018-06-01", "CHLGOV"),
    ("Roberto Ampuero", "2021-06-01", "CHLELI"),      # after his term
    ("Nikos Dendias", "2021-01-01", "GRCGOV"),        # foreign minister
    ("Nikos Dendias", "2024-03-01", "GRCGOV"),        # defence minister
    ("Nikos Dendias", "2018-03-01", "GRCELI"),        # before either
    ("Raychelle Omamo", "2021-01-01", "KENGOV"),
    ("Winston Peters", "2019-01-01", "NZLGOV"),
    ("Winston Peters", "2022-01-01", "NZLELI"),       # between his two terms
    ("Ng Eng Hen", "2016-07-01", "SGPGOV"),
    ("Ng Eng Hen", "2026-01-01", "SGPELI"),
    ("Jan Lipavsky", "2023-02-01", "CZEGOV"),
    ("Hishammuddin Hussein", "2020-09-01", "MYSGOV"),
    ("Susana Malcorra", "2016-07-01", "ARGGOV"),
    ("Nosiviwe Mapisa-Nqakula", "2016-07-01", "ZAFGOV"),
    # 1979-1999 foreign ministers of wire news
    ("Klaus Kinkel", "1995-01-01", "DEUGOV"),
    ("Claude Cheysson", "1983-01-01", "FRAGOV"),
    ("Claude Cheysson", "1988-01-01", "FRAELI"),
    ("Lord Carrington", "1980-01-01", "GBRGOV"),
    ("Lord Carrington", "1986-01-01", "IGOWSTNAT"),
    ("David Levy", "1991-01-01", "ISRGOV"),
    ("Willy Claes", "1993-01-01", "BELGOV"),
])
def test_minister_on_a_date(name, date, code):
    assert _code(name, date) == code


def test_minister_in_and_out_of_office_in_a_sentence(coder):
    text = "Jana Cernochova met Poland's president in Prague."
    assert ("04", "CZEGOV", "POLGOV") in _events(coder, text, "2023-04-01")
    text = "Jan Lipavsky praised Ukraine for its courage."
    assert _events(coder, text, "2023-04-01") == [("05", "CZEGOV", "UKR")]
    assert _events(coder, text, "2019-04-01") == [("05", "CZEELI", "UKR")]


def test_an_english_word_surname_is_not_the_minister_alone():
    assert _code("Tanner", "2022-01-01") is None
    assert _code("Evans", "1990-01-01") is None
    assert _code("Levy", "1991-01-01") is None
    assert _code("Klaudia Tanner", "2022-01-01") == "AUTGOV"


# -- class: a person's name inside a place name ------------------------------------------------------
@pytest.mark.parametrize(("text", "banned"), [
    ("Rebels attacked a village in Masisi territory on Monday.", "BWA"),
    ("Militiamen burned houses in Masisi Territory, the army said.", "BWA"),
    ("Armed men looted shops in Masisi territory on Sunday.", "BWA"),
    ("A bomb killed five people in Dera Ismail Khan on Friday.", "AFG"),
    ("Gunmen killed two policemen near Dera Ismail Khan on Tuesday.", "AFG"),
    ("Soldiers raided a market in Dera Ismail Khan district.", "AFG"),
])
def test_person_inside_a_place_name_is_the_place(coder, text, banned):
    events = _events(coder, text)
    assert events
    assert not any(code.startswith(banned) for _, src, tgt in events for code in (src, tgt))


def test_the_person_alone_or_with_his_title_is_still_the_person(coder):
    assert ("04", "BWAGOV", "ZMBGOV") in _events(coder, "Masisi met Zambian leaders in Gaborone.", "2021-05-01")
    assert ("04", "BWAGOV", "ZMBGOV") in _events(coder, "President Masisi met Zambian leaders in Gaborone.",
                                                 "2021-05-01")
    assert any(src.startswith("AFG") for _, src, _t in _events(coder, "Ismail Khan criticised the Taliban."))
