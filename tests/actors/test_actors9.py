"""Round 9 (actors9): actor classes fresh news needs - a leader's surname alone, CAMEO regions written
as adjectives before an agent, generic groups of young people, grand juries and bodyguards. Sentences
written for these tests; names, offices and dates are real."""

from __future__ import annotations

import pytest
from actor_helpers import root_pairs


def _codes(matcher, nlp, text, date="2024-05-01"):
    return {m.text: m.code for m in matcher.find(nlp(text), date)}


# -- class 1: a leader's surname alone, coded with the role held on the date ------------------------
@pytest.mark.parametrize(("name", "date", "code"), [
    ("Tebboune", "2019-06-01", "DZAELI"),       # elected in December 2019
    ("Tebboune", "2021-06-01", "DZAGOV"),
    ("Hichilema", "2022-03-01", "ZMBGOV"),
    ("Mnangagwa", "2019-03-01", "ZWEGOV"),
    ("Museveni", "2016-02-01", "UGAGOV"),
    ("Mirziyoyev", "2018-09-01", "UZBGOV"),
    ("Fico", "2020-01-01", "SVKELI"),           # between his second and third terms
    ("Fico", "2024-05-15", "SVKGOV"),
    ("Bush", "1990-08-10", "USAGOV"),           # two presidents: the one in office on the date
    ("Bush", "2003-03-17", "USAGOV"),
    ("Clinton", "1998-12-16", "USAGOV"),
    ("Clinton", "2010-06-01", "USAGOV"),        # Hillary Clinton, secretary of state
    ("Castro", "1983-10-25", "CUBGOV"),
    ("Castro", "2023-06-01", "HNDGOV"),         # Xiomara Castro of Honduras
    ("Kabila", "1998-08-02", "CODGOV"),
    ("Assad", "1990-06-01", "SYRGOV"),          # Hafez al-Assad
    ("Assad", "2013-08-21", "SYRGOV"),          # Bashar al-Assad
    ("Bongo", "2001-01-01", "GABGOV"),
    ("Bongo", "2016-09-01", "GABGOV"),
    ("Eyadema", "1990-01-01", "TGOGOV"),        # Gnassingbe Eyadema, then his son Faure Gnassingbe
    ("Gnassingbe", "2010-01-01", "TGOGOV"),
    ("Mahama", "2014-05-01", "GHAGOV"),
    ("Mahama", "2020-05-01", "GHAELI"),
    ("Mahama", "2025-05-01", "GHAGOV"),
    ("Masisi", "2025-01-01", "BWAELI"),
    ("Muizzu", "2024-04-01", "MDVGOV"),
    ("Hoekstra", "2022-06-01", "NLDGOV"),
    ("Hoekstra", "2024-06-01", "IGOEUREEC"),
])
def test_surname_alone_names_the_leader_of_the_date(dictionary, name, date, code):
    actor = dictionary.resolve(name, date)
    assert actor is not None and actor.code == code, (name, date, actor)


@pytest.mark.parametrize("name", ["Khan", "Power", "Price", "Golan", "Chapo", "Tatar", "Baker"])
def test_common_or_ambiguous_surnames_stay_unresolved(dictionary, name):
    assert dictionary.resolve(name, "2024-05-01") is None, name


@pytest.mark.parametrize(("text", "date", "root", "source", "target"), [
    ("Museveni accused Kinshasa of sheltering rebels.", "2024-02-01", "11", "UGA", "COD"),
    ("Tebboune recalled the ambassador from Paris.", "2024-07-31", "16", "DZA", "FRA"),
    ("Biya received the French defence minister in Yaounde.", "2023-06-01", "04", "CMR", "FRA"),
    ("Weah congratulated Boakai on winning the run-off.", "2023-11-18", "05", "LBR", "LBR"),
    ("Fico criticised Brussels over the new sanctions package.", "2024-06-20", "11", "SVK", "IGO"),
])
def test_surnames_alone_in_running_text(coder, text, date, root, source, target):
    pairs = root_pairs(coder, text, date)
    assert any(r == root and s.startswith(source) and t.startswith(target) for r, s, t in pairs), pairs


def test_surname_after_the_full_name_still_works(nlp, matcher):
    got = _codes(matcher, nlp, "Paul Biya met Emmanuel Macron; Biya said the talks were useful.", "2022-07-26")
    assert got.get("Paul Biya") == "CMRGOV" and got.get("Biya") == "CMRGOV", got


# -- class 2: CAMEO regions written as an adjective before an agent ---------------------------------
@pytest.mark.parametrize(("text", "phrase", "code"), [
    ("European governments summoned the Iranian envoys.", "European governments", "EURGOV"),
    ("European diplomats said the talks had stalled.", "European diplomats", "EURGOV"),
    ("Latin American leaders met in Bogota.", "Latin American leaders", "LAMGOV"),
    ("Central American presidents signed a pact.", "Central American presidents", "LAMGOV"),
    ("South American ministers gathered in Lima.", "South American ministers", "SAMGOV"),
    ("African leaders urged a ceasefire.", "African leaders", "AFRGOV"),
    ("Asian governments protested the tariffs.", "Asian governments", "ASAGOV"),
    ("Southeast Asian foreign ministers met in Vientiane.", "Southeast Asian foreign ministers", "SEAGOV"),
    ("Caribbean leaders asked for debt relief.", "Caribbean leaders", "CRBGOV"),
    ("Balkan leaders met in Skopje.", "Balkan leaders", "BLKGOV"),
])
def test_regional_adjective_before_an_agent(nlp, matcher, text, phrase, code):
    got = _codes(matcher, nlp, text)
    assert got.get(phrase) == code, got


@pytest.mark.parametrize(("text", "phrase", "code"), [
    ("The European Union extended the sanctions.", "European Union", "IGOEUREEC"),
    ("South African troops left the base.", "South African troops", "ZAFMIL"),
    ("The African Union suspended Gabon.", "African Union", "IGOAFR"),
])
def test_longer_names_win_over_the_regional_adjective(nlp, matcher, text, phrase, code):
    got = _codes(matcher, nlp, text)
    assert got.get(phrase) == code, got


@pytest.mark.parametrize("text", [
    "The Latin American economy grew last year.",
    "European markets fell on Monday.",
    "She studied African history in Dakar.",
])
def test_regional_adjective_alone_is_no_actor(nlp, matcher, text):
    got = _codes(matcher, nlp, text)
    assert not any(code[:3] in {"LAM", "EUR", "AFR", "USA"} for code in got.values()), got


# -- class 4: juries and bodyguards -----------------------------------------------------------------
@pytest.mark.parametrize(("text", "date", "root", "source"), [
    # (root32) an indictment is an accusation (1121, as the dev set codes grand juries' indictments), not an arrest
    ("A federal grand jury in Virginia indicted two former Syrian officials.", "2024-03-01", "11", "USAJUD"),
    ("Federal grand juries in Texas indicted three cartel leaders.", "2023-06-01", "11", "USAJUD"),
    ("A grand jury in Atlanta indicted the former president.", "2023-08-14", "11", "USAJUD"),
    ("Bodyguards of Somalia's president opened fire on a rival militia in Mogadishu.", "2024-03-01", "19", "SOM"),
    ("Bodyguards of the Guinean junta leader clashed with soldiers in Conakry.", "2023-11-04", "19", "GIN"),
])
def test_juries_and_bodyguards(coder, text, date, root, source):
    pairs = root_pairs(coder, text, date)
    assert any(r == root and s.startswith(source) for r, s, _ in pairs), pairs


# -- class 5: a region's collective nouns, and West Africa's bloc -----------------------------------
@pytest.mark.parametrize(("text", "phrase", "code"), [
    ("European powers threatened to restore the UN sanctions on Iran.", "European powers", "EURGOV"),
    ("Western powers accused Tehran of hiding enriched uranium.", "Western powers", "WSTGOV"),
    ("Western capitals read the remark as a threat.", "Western capitals", "WSTGOV"),
    ("Arab capitals welcomed the truce in Gaza.", "Arab capitals", "ARBGOV"),
    ("European capitals summoned the Russian envoys.", "European capitals", "EURGOV"),
    ("West African leaders lifted the sanctions on Guinea.", "West African leaders", "IGOWAFWAS"),
    ("West African leaders met in Abuja to discuss Niger.", "West African leaders", "IGOWAFWAS"),
])
def test_regional_powers_capitals_and_blocs(nlp, matcher, text, phrase, code):
    got = _codes(matcher, nlp, text)
    assert got.get(phrase) == code, got


@pytest.mark.parametrize("text", [
    "The Russian power grid failed during the frost.",
    "Provincial capitals were shelled overnight.",
])
def test_power_and_capitals_alone_are_no_actors(nlp, matcher, text):
    got = _codes(matcher, nlp, text)
    assert not any(code.endswith("GOV") for code in got.values()), got


# -- class 6: a participle between an owner and a title ---------------------------------------------
@pytest.mark.parametrize(("text", "date", "phrase", "code"), [
    ("The Taliban's acting foreign minister met Indian officials in Dubai.", "2025-01-08",
     "Taliban's acting foreign minister", "AFGGOV"),
    ("Kenya's acting interior minister flew to Kampala.", "2024-07-20", "Kenya's acting interior minister", "KENGOV"),
    ("Haiti's acting prime minister asked Kenya for more police officers.", "2024-03-20",
     "Haiti's acting prime minister", "HTIGOV"),
    ("Iran's newly appointed defence minister visited Moscow.", "2024-09-01",
     "Iran's newly appointed defence minister", "IRNGOV"),
    ("Venezuela's exiled opposition leader met officials in Madrid.", "2024-09-10",
     "Venezuela's exiled opposition leader", "VENOPP"),
])
def test_participle_between_owner_and_title(nlp, matcher, text, date, phrase, code):
    got = _codes(matcher, nlp, text, date)
    assert got.get(phrase) == code, got


# -- class 7: leaders of 1979-1991 wire prose by surname alone --------------------------------------
@pytest.mark.parametrize(("name", "date", "code"), [
    ("Shamir", "1987-04-11", "ISRGOV"),
    ("Gemayel", "1985-03-01", "LBNGOV"),        # Amin Gemayel, president
    ("Gemayel", "1982-08-23", "LBNREB"),        # Bashir Gemayel, militia commander until his death
    ("Gandhi", "1982-05-01", "INDGOV"),         # Indira Gandhi
    ("Gandhi", "1987-07-29", "INDGOV"),         # Rajiv Gandhi
    ("Aquino", "1987-08-28", "PHLGOV"),
    ("Roh", "1989-06-01", "KORGOV"),            # Roh Tae-woo
    ("Roh", "2006-06-01", "KORGOV"),            # Roh Moo-hyun
    ("Zia", "1986-01-01", "PAKGOV"),            # Zia-ul-Haq
    ("Zia", "1992-01-01", "BGDGOV"),            # Khaleda Zia
    ("Chernenko", "1984-06-01", "SUNGOV"),
    ("Gromyko", "1987-01-01", "SUNGOV"),
    ("Shultz", "1986-10-12", "USAGOV"),
    ("Habre", "1987-03-22", "TCDGOV"),
    ("Kaunda", "1989-01-01", "ZMBGOV"),
    ("Kaunda", "1995-01-01", "ZMBELI"),
])
def test_wire_era_surnames(dictionary, name, date, code):
    actor = dictionary.resolve(name, date)
    assert actor is not None and actor.code == code, (name, date, actor)


@pytest.mark.parametrize(("text", "date", "root", "source", "target"), [
    ("Shamir rejected the American peace plan.", "1989-04-06", "12", "ISR", "USA"),
    ("Kaunda accused Pretoria of raiding Lusaka.", "1986-05-20", "11", "ZMB", "ZAF"),
    ("Gromyko met Shultz in Geneva.", "1985-01-07", "04", "SUN", "USA"),
    ("Nakasone visited Seoul for talks with Chun.", "1984-01-11", "04", "JPN", "KOR"),
    ("Habre accused Libya of bombing N'Djamena.", "1987-09-08", "11", "TCD", "LBY"),
])
def test_wire_era_surnames_in_running_text(coder, text, date, root, source, target):
    pairs = root_pairs(coder, text, date)
    assert any(r == root and s.startswith(source) and t.startswith(target) for r, s, t in pairs), pairs


@pytest.mark.parametrize(("name", "date", "code"), [
    ("Sharif", "2016-01-01", "PAKGOV"),         # Nawaz Sharif
    ("Sharif", "2024-06-01", "PAKGOV"),         # Shehbaz Sharif
    ("Marcos", "1984-01-01", "PHLGOV"),         # the father
    ("Marcos", "2024-01-01", "PHLGOV"),         # the son
    ("Deby", "2010-01-01", "TCDGOV"),           # Idriss Deby
    ("Deby", "2023-01-01", "TCDGOV"),           # Mahamat Idriss Deby
    ("Nkurunziza", "2015-05-13", "BDIGOV"),
    ("Sassou Nguesso", "2021-03-21", "COGGOV"),
    ("Samia", "2023-01-01", "TZAGOV"),
    ("Geingob", "2019-11-27", "NAMGOV"),
    ("Oli", "2025-01-01", "NPLGOV"),
    ("Oli", "2025-10-01", "NPLELI"),            # resigned in September 2025
    ("Sonko", "2023-06-01", "SENOPP"),
    ("Sonko", "2024-06-01", "SENGOV"),
])
def test_more_leaders_by_surname(dictionary, name, date, code):
    actor = dictionary.resolve(name, date)
    assert actor is not None and actor.code == code, (name, date, actor)


# -- class 8: civilians of the town a sentence names as a noun's modifier ---------------------------
@pytest.mark.parametrize(("text", "date", "code"), [
    ("A Russian strike destroyed the Mariupol drama theatre, where civilians had sheltered.", "2022-03-17", "UKRCVL"),
    ("A Russian missile struck the Kramatorsk railway station as civilians waited for trains.", "2022-04-08", "UKRCVL"),
    ("Turkish drones struck the Qamishli power station, and residents fled.", "2023-10-06", "SYRCVL"),
    ("An American air strike hit the Kunduz hospital while civilians slept.", "2015-10-03", "AFGCVL"),
    ("Israeli jets bombed the Jenin camp as civilians ran for cover.", "2023-07-04", "PSECVL"),
])
def test_civilians_of_the_town_named_as_a_modifier(nlp, matcher, text, date, code):
    got = {m.text: m.code for m in matcher.find(nlp(text), date) if m.sector == "CVL"}
    assert code in got.values(), got


def test_two_towns_of_two_countries_place_no_civilians(nlp, matcher):
    got = {m.text: m.code for m in matcher.find(nlp(
        "After the Kharkiv and Belgorod strikes, civilians queued for water."), "2024-05-01")}
    assert got.get("civilians") not in {"UKRCVL", "RUSCVL"}, got
