"""Round 8 (actors8): actors of fresh news nobody tuned on - ministers, commanders and regional leaders
of 2010-2026 with dated roles, intelligence services, armed groups, parties, parliaments, state media,
demonyms and seats of government. Sentences written for these tests; names, offices and dates are real."""

from __future__ import annotations

import pytest



@pytest.mark.parametrize(("name", "date", "code"), [
    ("Aviv Kochavi", "2021-05-10", "ISRMIL"),          # chief of staff 2019-2023
    ("Gadi Eisenkot", "2017-03-01", "ISRMIL"),
    ("Gadi Eisenkot", "2024-01-15", "ISRGOV"),         # war cabinet, October 2023 - June 2024
    ("Gadi Eisenkot", "2024-08-01", "ISROPP"),
    ("Ronen Bar", "2023-11-01", "ISRSPY"),
    ("Ronen Bar", "2025-09-01", "ISRELI"),             # left the Shin Bet in June 2025
    ("Denis Pushilin", "2019-06-01", "UKRREB"),        # separatist leader before the annexation
    ("Denis Pushilin", "2023-06-01", "RUSGOV"),        # Russian-installed head afterwards
    ("Mohammad Mokhber", "2024-06-01", "IRNGOV"),
    ("Mohammad Mokhber", "2025-06-01", "IRNELI"),
    ("Murhaf Abu Qasra", "2024-06-01", "SYRREB"),      # HTS commander, then defence minister
    ("Murhaf Abu Qasra", "2025-03-01", "SYRGOV"),
    ("Mohammad Yaqoob", "2020-06-01", "AFGREB"),
    ("Mohammad Yaqoob", "2022-06-01", "AFGGOV"),
    ("Ivica Dacic", "2021-06-01", "SRBLEG"),           # speaker between two spells in government
    ("Ivica Dacic", "2024-06-01", "SRBGOV"),
    ("Abdoulaye Diop", "2024-05-01", "MLIGOV"),        # Mali's foreign minister, not Senegal's namesake
    ("Getachew Reda", "2021-06-01", "ETHREB"),
    ("Getachew Reda", "2023-06-01", "ETHGOV"),
    ("Adama Barrow", "2016-12-10", "GMBOPP"),          # president-elect after the December 2016 vote
    ("Adama Barrow", "2018-01-01", "GMBGOV"),
    ("Hun Sen", "2020-01-01", "KHMGOV"),
    ("Hun Sen", "2025-01-01", "KHMLEG"),               # president of the Senate
    ("Tulsi Gabbard", "2019-01-01", "USALEG"),
    ("Tulsi Gabbard", "2025-06-01", "USAGOV"),
    ("Muse Bihi Abdi", "2020-01-01", "SOMGOV"),        # Somaliland codes as Somalia
    ("Ana Brnabic", "2020-01-01", "SRBGOV"),
    ("Ana Brnabic", "2025-01-01", "SRBLEG"),
])
def test_dated_roles_of_new_people(dictionary, name, date, code):
    actor = dictionary.resolve(name, date)
    assert actor is not None and actor.code == code, (name, date, actor)


@pytest.mark.parametrize(("phrase", "code"), [
    ("SVR", "RUSSPY"),
    ("HUR", "UKRSPY"),
    ("Inter-Services Intelligence", "PAKSPY"),
    ("Janjaweed", "SDNREB"),                  # was an unknown armed force
    ("SPLM-IO", "SSDREB"),
    ("Oromo Liberation Army", "ETHREB"),
    ("Jaish-e-Mohammed", "PAKREB"),
    ("Tren de Aragua", "VENCRM"),
    ("Viv Ansanm", "HTICRM"),
    ("Popular Front for the Liberation of Palestine", "PSEREB"),   # not a regional group
    ("Taiwan Affairs Office", "CHNGOV"),      # Beijing's office, not Taiwan's
    ("Nigeria Labour Congress", "NGALAB"),    # not the US Congress
    ("State Duma", "RUSLEG"),
    ("Verkhovna Rada", "UKRLEG"),
    ("Al-Masirah", "YEMMED"),
    ("Southern Transitional Council", "YEMREB"),
    ("National Resistance Front", "AFGREB"),
    ("Kazakh troops", "KAZMIL"),
    ("Azeri soldiers", "AZEMIL"),
    ("Sahrawi refugees", "ESHREF"),
    ("Astana", "KAZGOV"),
    ("Bogotá", "COLGOV"),
])
def test_new_bodies_groups_and_demonyms(dictionary, phrase, code):
    actor = dictionary.resolve(phrase, "2024-05-01")
    assert actor is not None and actor.code == code, (phrase, actor)


def test_dated_party_and_shadow_government(dictionary):
    assert dictionary.resolve("Pakistan Tehreek-e-Insaf", "2020-01-01").code == "PAKGOV"
    assert dictionary.resolve("Pakistan Tehreek-e-Insaf", "2024-01-01").code == "PAKOPP"
    # "National Unity Government": Kabul's coalition of 2014-2020, Myanmar's shadow government after the coup
    assert dictionary.resolve("National Unity Government", "2016-01-01").code == "AFGGOV"
    assert dictionary.resolve("National Unity Government", "2023-01-01").code == "MMROPP"


def _codes(matcher, nlp, text, date="2025-09-01"):
    return {m.text: m.code for m in matcher.find(nlp(text), date)}


def test_another_states_seat_of_government(nlp, matcher):
    got = _codes(matcher, nlp, "Pakistan's Foreign Office summoned the Afghan charge d'affaires on Tuesday.")
    assert got.get("Pakistan's Foreign Office") == "PAKGOV", got
    got = _codes(matcher, nlp, "The Foreign Office in London summoned the Russian ambassador.")
    assert "GBRGOV" in got.values(), got


def test_target_owner_does_not_place_a_militia(nlp, matcher):
    got = _codes(matcher, nlp, "Iraqi-backed militias launched rockets at a Turkish base in Syria overnight.")
    assert got.get("militias") == "SYRREB", got


def test_new_people_in_running_text(nlp, matcher):
    got = _codes(matcher, nlp, "Sudanese finance minister Jibril Ibrahim met Minni Minnawi in Port Sudan.", "2024-03-01")
    assert got.get("Sudanese finance minister Jibril Ibrahim") == "SDNGOV", got
    assert got.get("Minni Minnawi") == "SDNGOV" and "Sudan" not in got, got   # Port Sudan is a town
    got = _codes(matcher, nlp, "Wellington Koo said Chiu Chui-cheng would brief lawmakers.", "2025-01-10")
    assert got.get("Wellington Koo") == "TWNGOV" and got.get("Chiu Chui-cheng") == "TWNGOV", got
    got = _codes(matcher, nlp, "Somaliland and Puntland traded accusations over the disputed town.")
    assert got.get("Somaliland") == "SOM", got


@pytest.mark.parametrize(("name", "date", "code"), [
    ("Radovan Karadzic", "1995-05-01", "BIHREB"),
    ("Zoran Djindjic", "2003-03-12", "SRBGOV"),       # killed in office that day: still the prime minister
    ("Zine el-Abidine Ben Ali", "2011-01-14", "TUNGOV"),
    ("Zine el-Abidine Ben Ali", "2012-01-14", "TUNELI"),
    ("Mamady Doumbouya", "2022-01-01", "GINGOV"),
    ("Alpha Conde", "2020-06-01", "GINGOV"),
])
def test_dated_roles_of_wire_leaders(dictionary, name, date, code):
    actor = dictionary.resolve(name, date)
    assert actor is not None and actor.code == code, (name, date, actor)


def test_councils_and_groupings_that_hold_a_shorter_name(nlp, matcher):
    got = _codes(matcher, nlp, "The African Union's Peace and Security Council suspended Guinea after the coup.")
    assert "IGOAFR" in got.values() and "IGOUNO" not in got.values(), got
    got = _codes(matcher, nlp, "Chad's army said FACT rebels had been pushed back from Mao.")
    assert got.get("FACT rebels") == "TCDREB", got
    got = _codes(matcher, nlp, "The Georgian Dream government shelved the bill after the protests.")
    assert got.get("Georgian Dream government") == "GEOGOV", got


@pytest.mark.parametrize(("phrase", "date", "code"), [
    ("Santiago Pena", "2024-05-01", "PRYGOV"),        # Paraguay's president, not a Chilean namesake
    ("Luis Lacalle Pou", "2022-05-01", "URYGOV"),
    ("Jacinda Ardern", "2020-05-01", "NZLGOV"),
    ("John Steenhuisen", "2022-05-01", "ZAFOPP"),
    ("John Steenhuisen", "2025-05-01", "ZAFGOV"),     # in the unity government since July 2024
    ("Abu Sayyaf", "2024-05-01", "PHLREB"),
    ("Naxalite rebels", "2024-05-01", "INDREB"),
    ("Seleka", "2024-05-01", "CAFREB"),
    ("Ogaden National Liberation Front", "2024-05-01", "ETHREB"),
])
def test_more_heads_of_government_and_armed_movements(dictionary, phrase, date, code):
    actor = dictionary.resolve(phrase, date)
    assert actor is not None and actor.code == code, (phrase, date, actor)


def test_a_local_movement_takes_the_country_it_fights_in(nlp, matcher):
    got = _codes(matcher, nlp, "AQIM fighters ambushed a patrol near Timbuktu in Mali.")
    assert got.get("AQIM fighters") == "MLIREB", got
