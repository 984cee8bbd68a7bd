"""Helper era32: dictionary facts for 1975-2000 wire. People of the period with dated roles (a person is GOV
only while in office, OPP before as an opposition leader or candidate, ELI after), the names news writes that
the converted Phoenix entries miss ("Lee Teng-hui", "Walter Mondale", "Binyamin Netanyahu"), and the armed
movements and parties of the time. Sentences written for these tests; names, offices and dates are real."""

from __future__ import annotations

import pytest

from foedus.coder.pipeline import code_text


def _codes(matcher, nlp, text, date):
    return {m.text: m.code for m in matcher.find(nlp(text), date)}


@pytest.mark.parametrize(("name", "date", "code"), [
    ("Boris Gromov", "1989-02-15", "SUNMIL"),
    ("Walter Mondale", "1984-09-01", "USAOPP"),
    ("Walter Mondale", "1979-06-01", "USAGOV"),
    ("Moshood Abiola", "1994-06-23", "NGAOPP"),
    ("Lee Teng-hui", "1996-03-01", "TWNGOV"),
    ("Chiang Ching-kuo", "1985-03-01", "TWNGOV"),
    ("Kurt Waldheim", "1978-03-01", "IGOUNO"),
    ("Kurt Waldheim", "1987-03-01", "AUTGOV"),
    ("Paul Kagame", "1993-03-01", "RWAREB"),
    ("Paul Kagame", "1996-03-01", "RWAGOV"),
    ("Hugo Chavez", "1992-02-05", "VENMIL"),
    ("Pol Pot", "1977-03-01", "KHMGOV"),
    ("Pol Pot", "1985-03-01", "KHMREB"),
    ("Binyamin Netanyahu", "1997-03-01", "ISRGOV"),
    ("Husni Mubarak", "1987-03-01", "EGYGOV"),
    ("Abulfaz Elchibey", "1992-09-01", "AZEGOV"),
    ("Cesar Gaviria", "1991-03-01", "COLGOV"),
    ("Ernesto Samper", "1996-03-01", "COLGOV"),
    ("Fernando Collor", "1991-03-01", "BRAGOV"),
    ("Eden Pastora", "1984-06-01", "NICREB"),
    ("Dick Spring", "1994-03-01", "IRLGOV"),
    ("Dick Spring", "1990-03-01", "IRLOPP"),
    ("Volker Ruehe", "1995-03-01", "DEUGOV"),
    ("Biljana Plavsic", "1995-03-01", "BIHREB"),
    ("Ali Salem al-Beidh", "1994-05-25", "YEMREB"),
])
def test_people_of_the_period(matcher, nlp, name, date, code):
    assert _codes(matcher, nlp, f"{name} said on Monday that the talks would go on.", date).get(name) == code


@pytest.mark.parametrize(("text", "date", "name", "code"), [
    ("The MPLA accused Pretoria of arming the rebels.", "1986-03-01", "MPLA", "AGOGOV"),
    ("The Pan Africanist Congress said it would join the talks.", "1993-03-01", "Pan Africanist Congress", "ZAFOPP"),
    ("The Pan Africanist Congress claimed the bombing.", "1987-03-01", "Pan Africanist Congress", "ZAFREB"),
    ("ZANU guerrillas attacked a farm near Umtali.", "1978-03-01", "ZANU", "ZWEREB"),
    ("The EPRDF took control of the capital.", "1991-05-29", "EPRDF", "ETHGOV"),
    ("The National Patriotic Front of Liberia shelled Monrovia.", "1990-07-01", "National Patriotic Front of Liberia", "LBRREB"),
    ("The Fatah Revolutionary Council claimed the attack.", "1986-03-01", "Fatah Revolutionary Council", "PSEREB"),
    ("Islamic Jihad said it would kill an American hostage.", "1986-03-01", "Islamic Jihad", "LBNREB"),
    ("Islamic Jihad claimed the bus bombing near Netanya.", "1995-01-22", "Islamic Jihad", "PSEREBISJ"),
    ("The Mozambique National Resistance attacked a train.", "1988-03-01", "Mozambique National Resistance", "MOZREB"),
    ("Sinn Fein called for talks without preconditions.", "1994-03-01", "Sinn Fein", "GBROPP"),
    ("Fretilin guerrillas attacked an Indonesian post.", "1990-03-01", "Fretilin", "TLSREB"),
])
def test_movements_of_the_period(matcher, nlp, text, date, name, code):
    codes = _codes(matcher, nlp, text, date)
    assert any(k.startswith(name) and v == code for k, v in codes.items()), codes


def test_a_full_name_mondale_is_a_dyad():
    events = code_text("Walter Mondale criticised Ronald Reagan over the arms talks.", date="1984-09-20").events
    assert any(e.source and e.target and e.source.code == "USAOPP" and e.target.code == "USAGOV" for e in events)


@pytest.mark.parametrize(("name", "date", "code"), [
    ("Ricardo Lagos", "2001-03-01", "CHLGOV"),
    ("Ernesto Samper", "1995-03-01", "COLGOV"),
    ("Vladimiro Montesinos", "1998-03-01", "PERSPY"),
    ("Dick Spring", "1995-03-01", "IRLGOV"),
    ("Rafael Eitan", "1982-06-06", "ISRMIL"),
    ("Natan Sharansky", "1985-03-01", "SUNCVL"),
    ("Natan Sharansky", "1997-03-01", "ISRGOV"),
    ("Crown Prince Hassan", "1990-03-01", "JORGOV"),
    ("King Khaled", "1980-03-01", "SAUGOV"),
    ("Sheikh Zayed", "1990-03-01", "AREGOV"),
    ("Wiranto", "1999-09-10", "IDNMIL"),
    ("Vo Nguyen Giap", "1979-03-01", "VNMGOV"),
    ("Dalai Lama", "1989-03-01", "CHNREL"),
    ("John Shalikashvili", "1995-03-01", "USAMIL"),
    ("Erich Mielke", "1988-03-01", "DDRSPY"),
    ("Dmitry Ustinov", "1982-03-01", "SUNGOV"),
    ("Yuri Luzhkov", "1996-03-01", "RUSGOV"),
])
def test_more_people_of_the_period(matcher, nlp, name, date, code):
    assert _codes(matcher, nlp, f"{name} said on Monday that the talks would go on.", date).get(name) == code


@pytest.mark.parametrize(("text", "date", "word"), [
    # surnames of the period's people that are words, places or other people's given names do not name them alone
    ("Prime Minister Haider al-Abadi arrived in Mosul to declare victory.", "2017-07-10", "Haider"),
    ("Lagos state officials said the market would reopen.", "2019-03-01", "Lagos"),
    ("Spring floods cut the road to the border.", "1994-04-01", "Spring"),
])
def test_word_surnames_do_not_name_the_person_alone(matcher, nlp, text, date, word):
    codes = _codes(matcher, nlp, text, date)
    assert not any(k == word and v[:3] in {"AUT", "CHL", "IRL"} for k, v in codes.items()), codes
