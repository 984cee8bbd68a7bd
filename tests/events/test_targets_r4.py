"""Targets and sources found for issue 10, round 4 (helper `targets`): provinces and towns of
conflict areas in the gazetteer, ... Sentences written for these tests."""

from __future__ import annotations

import pytest
from gold_helpers import dyads_on

from foedus.coder import places


dyads = dyads_on("2024-05-10")


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


def test_counterpart_is_the_official_of_the_country_named(coder):
    assert ("INDGOV", "JPNGOV", "04") in dyads(coder, "Modi held talks with his Japanese counterpart in Tokyo.")
    assert ("TURGOV", "GRCGOV", "04") in dyads(coder, "The Turkish foreign minister met his Greek counterpart in Athens.")
    assert ("USAGOV", "CHNGOV", "04") in dyads(coder, "Blinken spoke by phone with his Chinese counterpart on Friday.")


def test_civilian_victims_named_by_what_they_were_doing(coder):
    got = dyads(coder, "Gunmen killed 15 worshippers at a mosque in Kano.")
    assert any(t == "NGACVL" for _, t, _ in got), got
    got = dyads(coder, "Militiamen abducted a tribal elder near Baidoa.")
    assert any(t == "SOMCVL" for _, t, _ in got), got


def test_iranian_provinces_named_azerbaijan_are_iran(coder):
    got = dyads(coder, "Police arrested dozens of students in Tabriz (East Azerbaijan, Iran) on Sunday.", "2022-10-01")
    assert ("IRNCOP", "IRNCVL", "17") in got, got
    got = dyads(coder, "Security forces fired tear gas at protesters in Urmia, the capital of West Azerbaijan province.",
                "2022-10-01")
    assert all(not (s or "").startswith("AZE") and not (t or "").startswith("AZE") for s, t, _ in got), got


def test_people_of_a_region_are_of_the_country_where_they_are(coder):
    assert ("IRQREB", "IRQ", "19") in dyads(coder, "Arab gunmen attacked a checkpoint in Kirkuk.")
    got = dyads(coder, "Arab protesters clashed with police in Jerusalem.")
    assert ("ISRCVL", "ISRCOP", "14") in got, got
    # troops are not of the place they are in: Western troops stay Western
    assert ("WSTMIL", "AFG", "08") in dyads(coder, "Western troops withdrew from Afghanistan.")


def test_place_names_with_arabic_articles(nlp):
    doc = nlp("Russian jets bombed a market in the Jisr ash-Shughur district.")
    verb = next(t for t in doc if t.text == "bombed")
    loc = places.event_location(verb.sent, verb)
    assert loc is not None and loc.country == "SYR", loc


def test_a_curated_town_names_its_district(coder):
    got = dyads(coder, "A crowd beat a man to death in Lakki Marwat district.")
    assert any((s or "").startswith("PAK") and (t or "").startswith("PAK") for s, t, _ in got), got


def test_congo_alone_is_the_democratic_republic(coder):
    got = dyads(coder, "Rebels seized a gold mine in eastern Congo on Tuesday.")
    assert any((s or "").startswith("COD") for s, _, _ in got), got
    got = dyads(coder, "The Republic of Congo recalled its ambassador from Kinshasa.")
    assert ("COG", "CODGOV", "16") in got, got


def test_aid_workers_are_ngo_staff(coder):
    assert ("", "NGO", "18") in {(s or "", t, c) for s, t, c in dyads(coder, "Gunmen kidnapped three aid workers near Goma.")}


def test_intelligence_shared_is_information_not_an_agency(coder):
    got = dyads(coder, "Britain shared intelligence with Ukraine on Russian troop movements.")
    assert ("GBR", "UKR", "06") in got, got


def test_a_date_is_not_the_group_named_after_it(coder):
    got = dyads(coder, "On 17 November 2021, police arrested 12 protesters in Athens.")
    assert got == {("GRCCOP", "GRCCVL", "17")}, got


def test_a_place_before_the_noun_after_at_names_the_country(coder):
    got = dyads(coder, "Nurses at a Nairobi hospital protested against unpaid wages.")
    assert any((s or "").startswith("KEN") for s, _, _ in got), got


def test_countries_of_a_region(coder):
    assert ("ARBGOV", "ISR", "11") in dyads(coder, "Arab countries condemned the Israeli raid on the mosque.")


def test_congo_before_1997_is_brazzaville(coder):
    assert ("COD", "COG", "11") in dyads(coder, "Zaire accused Congo of harbouring rebels.", "1985-06-01")
    assert ("RWA", "COD", "11") in dyads(coder, "Rwanda accused Congo of backing FDLR rebels.", "2024-06-01")


def test_companies_are_their_countrys_business(coder):
    got = dyads(coder, "Houthi drones struck Aramco facilities in Jeddah.")
    assert ("YEMREB", "SAUBUS", "19") in got, got
    # (coerce40) a platform blocked is a curb on the state's own country (gold README: "cutting social media during
    # unrest 1721 at the country"); the firms stay their country's business where they are the target
    got = dyads(coder, "Iran accused Instagram and WhatsApp of fomenting the protests.", "2022-09-25")
    assert any(t == "USABUS" for _, t, _ in got), got
    got = dyads(coder, "Iran blocked Instagram and WhatsApp during the protests.", "2022-09-25")
    assert ("IRN", "IRN", "17") in got, got


def test_peoples_named_as_such_are_civilians_of_their_country(coder):
    assert ("CHNGOV", "CHNCVL", "17") in dyads(coder, "Chinese authorities detained thousands of Uyghurs in Xinjiang.")
    got = dyads(coder, "Islamic State fighters massacred hundreds of Yazidis near Sinjar.", "2014-08-10")
    assert any(t == "IRQCVL" for _, t, _ in got), got


def test_an_object_pronoun_is_not_its_own_clauses_subject(coder):
    got = dyads(coder, "Turkey recalled its ambassador from the Netherlands and accused it of racism.")
    assert ("TUR", "NLD", "11") in got and ("TUR", "TUR", "11") not in got, got
    assert ("CHN", "JPN", "11") in dyads(coder, "China warned Japan on Monday. It accused it of provocation.")
    got = dyads(coder, "Putin met Xi in Beijing and praised him for his support.")
    assert ("RUSGOV", "CHNGOV", "05") in got, got


def test_a_town_the_attack_lands_on_is_a_target_even_ones_own(coder):
    assert ("SYRMIL", "SYR", "19") in dyads(coder, "Syrian jets dropped barrel bombs on the town of Douma.")


def test_the_aim_of_a_participle_is_the_target(coder):
    got = dyads(coder, "Naxal rebels set off a landmine targeting a police vehicle in Jharkhand.")
    assert any(s == "INDREB" and (t or "").startswith("IND") for s, t, _ in got), got
    got = dyads(coder, "Taliban fighters fired rockets targeting an army base in Khost.", "2019-05-10")
    assert any((t or "").startswith("AFG") for _, t, _ in got), got
    got = dyads(coder, "Militants fired mortars aimed at the presidential palace in Mogadishu.")
    assert any((t or "").startswith("SOM") for _, t, _ in got), got


def test_the_other_party_of_an_agreement_left(coder):
    assert ("USA", "RUS", "16") in dyads(coder, "The US pulled out of the Open Skies treaty with Russia.")
    assert ("USAGOV", "IRN", "16") in dyads(coder, "Washington withdrew from the nuclear deal with Iran.")


def test_sanctions_on_banks_name_their_country(coder):
    assert ("IGOEUREEC", "RUSBUS", "16") in dyads(coder, "The EU imposed sanctions on Russian banks.")


def test_a_state_that_reports_an_attack_aimed_at_no_one_named_was_attacked(coder):
    got = dyads(coder, "Russian forces launched a massive drone attack overnight, Ukraine's air force said.")
    assert ("RUSMIL", "UKR", "19") in got, got
    got = dyads(coder, "Russian missiles hit energy facilities across the country, Ukrainian officials said.")
    assert any(t == "UKR" for _, t, _ in got), got
    # the attacker's own officials, or a body of no state, name no victim
    got = dyads(coder, "Israel carried out air strikes overnight, the Israeli military said.")
    assert all(not t for _, t, _ in got), got
    got = dyads(coder, "Russian drones attacked overnight, the UN said.")
    assert all(not t for _, t, _ in got), got


def test_a_part_of_a_named_camp_or_town_is_in_it(coder):
    assert ("ISRMIL", "PSE", "19") in dyads(coder, "Israeli tanks shelled the edge of the Maghazi refugee camp.")
    assert ("ISRMIL", "PSE", "19") in dyads(coder, "Israeli jets bombed the Jabalia refugee camp.")
    assert ("RUSMIL", "UKR", "19") in dyads(coder, "Russian artillery pounded the western part of the city of Kherson.")


def test_a_force_without_its_country_is_of_the_state_the_sentence_names(coder):
    got = dyads(coder, "Turkish officials said the army had struck PKK hideouts in northern Iraq.")
    assert any(s == "TURMIL" for s, _, _ in got), got
    assert ("SDNCOP", "SDNCVL", "17") in dyads(coder, "Sudanese officials said police arrested 40 protesters in Khartoum.")
    # its own phrase places it: the junta in Mali is Mali's, whoever else the sentence names
    assert ("MLIMIL", "FRAGOV", "17") in dyads(coder, "The military junta in Mali expelled the French ambassador.")


def test_weapons_shot_down_are_the_launchers_attack(coder):
    got = dyads(coder, "Ukrainian air defences shot down 25 of the 31 drones launched by Russia overnight.")
    assert ("RUS", "UKR", "19") in got and not any(s.startswith("UKR") for s, _, _ in got), got
    got = dyads(coder, "Israeli air defences shot down drones launched by Hezbollah at Haifa.")
    assert any(s.startswith("LBNREB") and t == "ISR" for s, t, _ in got), got
    # a threat to shoot down stays the threatener's
    got = dyads(coder, "Poland would shoot down Russian missiles over western Ukraine if they threatened its territory.")
    assert any(s == "POL" and t == "RUS" for s, t, _ in got), got


def test_armed_groups_of_colombia_and_pakistan(coder):
    got = dyads(coder, "Colombian negotiators resumed peace talks with the ELN rebel group in Caracas.")
    assert any(t == "COLREB" for _, t, _ in got), got
    got = dyads(coder, "BLA fighters attacked a Pakistani army post in Turbat.")
    assert any(s == "PAKREB" for s, _, _ in got), got


def test_an_agent_of_an_organisation_speaks_for_it(coder):
    got = dyads(coder, "The prosecutor of the International Criminal Court opened an investigation into crimes in Myanmar.")
    assert any(s.startswith("IGOJUD") for s, _, _ in got), got
    got = dyads(coder, "A spokesman for the UN condemned the attack on the convoy.")
    assert any(s == "IGOUNO" for s, _, _ in got), got


def test_the_place_of_what_is_asked_for_is_no_target(coder):
    got = dyads(coder, "UN Secretary-General Antonio Guterres appealed for an immediate truce in Sudan.")
    assert got and all(not t for _, t, _ in got), got
    # the place an act leaves or goes to still is
    got = dyads(coder, "French peacekeepers withdrew from their base in Bangui, Central African Republic.")
    assert any((t or "").startswith("CAF") for _, t, _ in got), got
    assert ("IGOEUREEC", "MNE", "08") in dyads(coder, "The EU lifted a curfew in Montenegro.")


def test_a_weapon_thrown_is_no_target_what_it_was_thrown_at_is(coder):
    got = dyads(coder, "A hand grenade was thrown at a police post in Anantnag, wounding three officers.")
    assert any(t == "INDCOP" for _, t, _ in got), got
    assert ("RUSMIL", "UKR", "19") in dyads(coder, "Kherson was shelled by Russian troops.")


def test_a_truce_kept_by_two_is_each_toward_the_other(coder):
    got = dyads(coder, "Ethiopia and Somalia began observing a ceasefire on Monday.", "1988-08-20")
    assert ("ETH", "SOM", "08") in got and ("SOM", "ETH", "08") in got, got
    got = dyads(coder, "Armenia and Azerbaijan declared a ceasefire.", "1994-05-12")
    assert ("ARM", "AZE", "08") in got and ("AZE", "ARM", "08") in got, got


def test_civilians_protesting_at_no_one_named_protest_against_their_state(coder):
    got = dyads(coder, "Students and workers marched in Rangoon to demand an end to military rule.", "1988-08-20")
    assert any(s == "MMRCVL" and (t or "").startswith("MMR") for s, t, c in got if c == "14"), got
    got = dyads(coder, "Farmers blocked roads with tractors near Lyon to protest falling milk prices.", "2024-01-20")
    assert any(s == "FRAAGR" and (t or "").startswith("FRA") for s, t, c in got if c == "14"), got
