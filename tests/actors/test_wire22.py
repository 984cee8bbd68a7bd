"""Old wire actors (round 22, wire22): leaders, states, movements, services, blocs and airlines of 1960-1998
news; a group the news names in lower case ("the contras"); the "allied" or "coalition" forces of a war led by
one state (data/actors/dated_coalitions.tsv); old place names. Sentences written for these tests; names,
offices and dates are real."""

from __future__ import annotations

import pytest

from foedus import actors
from foedus.coder.actors import ActorDictionary, coalition_leader, read_tsv
from foedus.coder.places import Gazetteer


def found(nlp, matcher, text, date):
    return {m.text: m.code for m in matcher.find(nlp(text), date)}


@pytest.mark.parametrize(("name", "date", "code"), [
    ("Ian Smith", "1976-03-01", "ZWEGOV"),
    ("Abel Muzorewa", "1979-08-01", "ZWEGOV"),
    ("Joshua Nkomo", "1977-05-01", "ZWEREB"),
    ("Idi Amin", "1976-07-04", "UGAGOV"),
    ("Afonso Dhlakama", "1988-02-01", "MOZREB"),
    ("Son Sann", "1985-02-01", "KHMREB"),
    ("Alexander Dubcek", "1968-08-21", "CZEGOV"),
    ("Milan Kucan", "1991-06-26", "SVNGOV"),
    ("Rauf Denktash", "1983-11-15", "CYPSEP"),
    ("Gerry Adams", "1994-08-31", "GBROPP"),
    ("Norman Schwarzkopf", "1991-02-24", "USAMIL"),
    ("Pablo Escobar", "1991-06-19", "COLCRM"),
    ("Subcomandante Marcos", "1995-02-10", "MEXREB"),
    ("Hussain Muhammad Ershad", "1986-05-07", "BGDGOV"),
    ("Stanislav Shushkevich", "1991-12-08", "BLRGOV"),
    ("Yasushi Akashi", "1992-06-01", "IGOUNO"),
    ("Tadeusz Mazowiecki", "1990-03-01", "POLGOV"),
    ("Tadeusz Mazowiecki", "1993-03-01", "IGOUNO"),    # the UN's human rights envoy for the former Yugoslavia
    ("Cyrus Vance", "1978-09-17", "USAGOV"),
    ("Cyrus Vance", "1992-01-02", "IGOUNO"),
    ("David Owen", "1993-01-02", "IGOEUREEC"),
    ("Lord Carrington", "1991-10-18", "IGOEUREEC"),
    ("Lord Carrington", "1986-06-01", "IGOWSTNAT"),
    # second batch: ministers, envoys, rebels and clerics of 1975-1995
    ("Nguyen Co Thach", "1987-06-01", "VNMGOV"),
    ("Ieng Sary", "1987-06-01", "KHMREB"),
    ("Rohana Wijeweera", "1988-06-01", "LKAREB"),
    ("Chris Hani", "1988-06-01", "ZAFREB"),
    ("Chris Hani", "1991-06-01", "ZAFOPP"),
    ("Veljko Kadijevic", "1991-07-01", "SRBMIL"),
    ("Cardinal Jozef Glemp", "1987-06-01", "POLREL"),
    ("Alfonso Robelo", "1987-06-01", "NICREB"),
    ("Hussein Ali Montazeri", "1987-06-01", "IRNGOV"),
    ("Hussein Ali Montazeri", "1990-06-01", "IRNREL"),
    ("Robert Dole", "1987-06-01", "USALEG"),
])
def test_people_of_old_wire(name, date, code):
    assert actors.resolve(name, date).code == code


@pytest.mark.parametrize(("text", "date", "phrase", "code"), [
    ("Rhodesian troops raided guerrilla camps across the Zambian border.", "1978-10-20", "Rhodesian troops", "ZWEMIL"),
    ("Kampuchean soldiers fired shells into a Thai border village.", "1985-03-01", "Kampuchean soldiers", "KHMMIL"),
    ("South Yemen's president fled Aden by sea.", "1986-01-20", "South Yemen's president", "YEMGOV"),
    ("North Vietnamese troops overran a hill base.", "1968-02-01", "North Vietnamese troops", "VNMMIL"),
    ("Bonn rejected the Soviet demand for a missile freeze.", "1987-06-01", "Bonn", "DEUGOV"),
    ("The SADF raided a guerrilla camp in southern Angola.", "1987-06-01", "SADF", "ZAFMIL"),
    ("The JNA shelled the old town of Dubrovnik.", "1991-11-08", "JNA", "SRBMIL"),
    ("The EPLF shelled the port of Massawa.", "1990-02-10", "EPLF", "ETHSEP"),   # gold README blind58: the EPLF ETHSEP (Eritrea was Ethiopian until 1991)
    ("The Derg executed sixty former officials.", "1974-11-24", "Derg", "ETHGOV"),
    ("The Red Brigades kidnapped a judge in Genoa.", "1974-04-18", "Red Brigades", "ITAREB"),
    ("The IPKF launched an offensive in the north.", "1987-10-10", "IPKF", "INDMIL"),
    ("Civic Forum called a two-hour general strike.", "1989-11-20", "Civic Forum", "CZEOPP"),
    ("Hijackers took over a TWA airliner after it left Athens.", "1985-06-14", "TWA airliner", "USACVL"),
    ("Iraq refused to let the Westerners leave.", "1990-08-20", "Westerners", "WSTCVL"),
])
def test_states_and_bodies_of_old_wire(nlp, matcher, text, date, phrase, code):
    assert found(nlp, matcher, text, date).get(phrase) == code


def test_the_contras_in_lower_case(nlp, matcher):
    assert found(nlp, matcher, "The contras ambushed a truck carrying coffee pickers.", "1986-10-01").get("contras") == "NICREB"
    assert found(nlp, matcher, "Honduras asked contra rebels to leave its territory.", "1988-03-20").get("contra rebels") == "NICREB"
    assert not found(nlp, matcher, "He weighed the arguments pro and contra for hours.", "1988-03-20")


def test_allied_forces_of_a_war_led_by_one_state(nlp, matcher):
    got = found(nlp, matcher, "Allied warplanes bombed bridges across southern Iraq.", "1991-02-05")
    assert got.get("Allied warplanes") == "USAMIL", got
    got = found(nlp, matcher, "Iraqi forces fled as allied troops advanced on the city.", "1991-02-26")
    assert got.get("allied troops") == "USAMIL", got
    got = found(nlp, matcher, "Gunmen ambushed coalition troops near Falluja.", "2004-04-05")
    assert got.get("coalition troops") == "USAMIL", got
    # outside those wars "allied" forces are the ally's own, named by their context
    got = found(nlp, matcher, "The army and allied militias attacked rebel positions in Darfur.", "2024-01-20")
    assert got.get("militias") == "SDNREB", got


def test_dated_coalitions_table_uses_known_codes():
    d = ActorDictionary.default()
    rows = read_tsv("actors/dated_coalitions.tsv")
    assert rows
    for row in rows:
        assert d.valid_code(row["leader"]) and row["from"] < row["until"], row
        assert all(w and w == w.lower() for w in row["words"].split("|")), row
    assert coalition_leader("allied", "1991-01-17") == "USA"
    assert coalition_leader("allied", "2024-01-17") is None
    assert coalition_leader("allied", None) is None


@pytest.mark.parametrize(("place", "country"), [
    ("Lockerbie", "GBR"), ("Fao", "IRQ"), ("Sharpeville", "ZAF"), ("Transkei", "ZAF"), ("Alma Ata", "KAZ"),
    ("Cuito Cuanavale", "AGO"), ("Chouf", "LBN"), ("Faya Largeau", "TCD"),
])
def test_old_places(place, country):
    assert {p.country for p in Gazetteer.default().candidates(place)} == {country}


@pytest.mark.parametrize(("text", "code"), [
    ("A missile fired by an Iraqi jet struck the frigate USS Stark.", "USAMIL"),
    ("Argentine aircraft sank HMS Coventry off the islands.", "GBRMIL"),
])
def test_a_warship_named_by_its_navys_prefix(nlp, matcher, text, code):
    assert code in found(nlp, matcher, text, "1987-05-17").values()
