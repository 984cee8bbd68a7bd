"""Triggers of conflict-monitor (ACLED-style) prose: bombings, grenades, hostage-taking, crowd
control, territory retaken, bases set up, mobs (our own sentences, issue 10)."""

from gold_helpers import triples


def codes(coder, text: str) -> set[str]:
    return {c for s, tgt, c, m in triples(coder, text) if m == "asserted"}


def test_thrown_grenade_is_a_bombing(coder):
    assert "183" in codes(coder, "Attackers hurled a grenade at a bus station in Garissa on Monday.")


def test_grenade_in_the_passive_with_no_thrower_is_a_bombing(coder):
    t = triples(coder, "A grenade was thrown at a police checkpoint in Baramulla.")
    assert any(c == "183" and m == "asserted" for s, tgt, c, m in t), t


def test_stones_thrown_by_protesters_stay_a_riot(coder):
    assert "145" in codes(coder, "Demonstrators threw stones at riot police in Nairobi.")


def test_detonated_ied_is_a_bombing_not_a_battle(coder):
    got = codes(coder, "Insurgents detonated an IED under a military truck in Kunar province.")
    assert any(c.startswith("183") for c in got) and not any(c.startswith("19") for c in got), got


def test_bomb_going_off_is_a_bombing(coder):
    assert any(c.startswith("183") for c in codes(coder, "A bomb went off near a bus stop in Quetta."))


def test_suicide_bomber_is_a_suicide_bombing(coder):
    assert "1831" in codes(coder, "A suicide bomber attacked a checkpoint outside Mogadishu, killing six soldiers.")


def test_air_dropped_bombs_stay_an_air_strike(coder):
    got = codes(coder, "Russian jets dropped bombs on Idlib on Thursday.")
    assert not any(c.startswith("183") for c in got), got


def test_seized_aid_workers_are_hostages(coder):
    t = triples(coder, "Militants seized three aid workers near Menaka.")
    assert any(c == "181" for s, tgt, c, m in t), t


def test_seized_ship_is_taken_with_its_crew(coder):
    # (seize29b) was 1711; the gold README's later batches code a ship seized at sea 181, aimed at its flag state
    t = triples(coder, "Iran seized a British-flagged oil tanker in the Strait of Hormuz.")
    assert any(c == "181" and tgt == "GBR" for s, tgt, c, m in t) and not any(c == "1711" for s, tgt, c, m in t), t


def test_water_cannon_on_protesters_is_repression(coder):
    t = triples(coder, "Riot police used water cannon against protesters in Tbilisi.")
    assert any(c == "175" and s == "GEOCOP" for s, tgt, c, m in t), t


def test_dispersed_by_gendarmes_is_the_state_s_repression(coder):
    t = triples(coder, "Demonstrators in Niamey were dispersed by gendarmes on Friday.")
    assert any(c == "175" and (s or "").startswith("NER") for s, tgt, c, m in t), t


def test_retook_a_town_is_occupation_of_territory(coder):
    t = triples(coder, "Syrian government troops retook the town of Saraqeb on Monday.")
    assert any(c == "192" and s.startswith("SYR") for s, tgt, c, m in t if s), t


def test_took_back_a_city_is_occupation_but_took_back_remarks_is_not(coder):
    assert "192" in codes(coder, "Iraqi forces took back the city of Tikrit from Islamic State fighters.")
    assert "192" not in codes(coder, "The French minister took back her remarks about Algeria.")


def test_base_set_up_is_force_posture(coder):
    got = codes(coder, "Russia set up a military base in the Central African Republic.")
    assert any(c.startswith("15") for c in got), got


def test_police_holding_people_is_detention_but_holding_a_vigil_is_not(coder):
    assert "173" in codes(coder, "Police in Minsk held dozens of people after the rally.")
    assert "173" not in codes(coder, "Students held a vigil for the victims in Minsk.")


def test_crowd_lynching_is_an_assault_not_a_riot(coder):
    got = codes(coder, "A mob lynched two suspected thieves in Lagos.")
    assert "1823" in got and "145" not in got, got


def test_crowd_storming_a_police_station_is_a_riot(coder):
    assert "145" in codes(coder, "An angry crowd attacked a police station in Kaduna.")


def test_mustard_gas_bombardment_is_a_chemical_attack(coder):
    assert "2041" in codes(coder, "Government aircraft bombed the village with mustard gas.")


def test_missile_strike_as_the_killer_is_an_air_attack(coder):
    t = triples(coder, "A Russian missile strike on Zaporizhzhia killed four people.")
    assert any(c == "195" and s == "RUS" for s, tgt, c, m in t), t


def test_killed_in_a_drone_strike_is_an_air_attack(coder):
    t = triples(coder, "Three fighters were killed in a Turkish drone strike in northern Syria.")
    assert any(c == "195" and (s or "").startswith("TUR") for s, tgt, c, m in t), t


def test_general_strike_is_no_attack(coder):
    got = codes(coder, "A general strike in Athens halted trains and ferries.")
    assert not any(c[:2] in {"18", "19", "20"} for c in got), got


def test_collapsed_ceasefire_is_a_violation_by_both(coder):
    t = triples(coder, "The truce between Ethiopia and the Tigrayan forces collapsed in August.")
    assert {(s[:3], c) for s, tgt, c, m in t if s} >= {("ETH", "196")} and len([1 for x in t if x[2] == "196"]) == 2, t


def test_ceasefire_that_did_not_collapse_is_not_asserted(coder):
    t = triples(coder, "The ceasefire between India and Pakistan has not collapsed.")
    assert not any(c == "196" and m == "asserted" for s, tgt, c, m in t), t


def test_attack_named_as_subject_is_coded(coder):
    t = triples(coder, "The Russian attack on Kharkiv left three districts without water.")
    assert any(c[:2] == "19" and tgt == "UKR" for s, tgt, c, m in t), t


def test_blast_at_a_chemical_plant_killing_workers_is_no_attack(coder):
    assert not triples(coder, "A blast tore through a fertiliser plant in Hebei, killing 12 workers.")


def test_blast_at_a_market_killing_shoppers_is_an_attack(coder):
    got = codes(coder, "A blast tore through a crowded market in Peshawar, killing 12 shoppers.")
    assert any(c[:2] == "18" for c in got), got


def test_taking_over_an_office_is_no_event(coder):
    assert not triples(coder, "Keir Starmer took over as Britain's prime minister on Friday.")


def test_looting_is_seizing_property_not_a_battle(coder):
    got = codes(coder, "RSF fighters looted a hospital in Wad Madani.")
    assert any(c.startswith("171") for c in got) and not any(c.startswith("19") for c in got), got


def test_simulated_blockade_is_a_show_of_force(coder):
    got = codes(coder, "Chinese naval units simulated an attack on Taiwan's ports.")
    assert "150" in got and not any(c.startswith("19") for c in got), got


def test_mass_expulsion_is_mass_violence(coder):
    assert "201" in codes(coder, "Myanmar's army carried out mass expulsions of Rohingya from Rakhine.")


def test_foiled_attack_is_no_attack(coder):
    got = codes(coder, "Security services foiled a bomb attack on a synagogue in Moscow.")
    assert not any(c[:2] in {"18", "19"} for c in got), got


def test_hit_by_a_car_bomb_is_a_car_bombing(coder):
    got = codes(coder, "An army barracks in Mogadishu was hit by a car bomb on Monday.")
    assert "1832" in got, got


def test_fighters_driven_out_are_fought_not_expelled(coder):
    got = codes(coder, "Iraqi troops drove Islamic State fighters out of Fallujah.")
    assert any(c[:2] == "19" for c in got) and "201" not in got, got


def test_civilians_driven_out_are_expelled(coder):
    got = codes(coder, "Militiamen drove thousands of villagers out of their homes in Darfur.")
    assert not any(c[:2] == "19" for c in got), got


def test_ambush_in_the_passive_with_no_agent_is_an_attack(coder):
    t = triples(coder, "An army patrol was ambushed near Menaka on Tuesday.")
    assert any(c[:2] == "19" and s is None for s, tgt, c, m in t), t


def test_dissolving_an_opposition_party_is_a_ban(coder):
    assert "1722" in codes(coder, "Thailand's government dissolved the opposition Move Forward party.")


def test_internet_shutdown_restricts_freedoms(coder):
    assert "1721" in codes(coder, "Pakistani authorities suspended mobile internet in Islamabad.")


# ---- misfires on wire prose (issue 10) ---------------------------------------------------


def test_backed_by_tanks_is_no_praise(coder):
    got = codes(coder, "Infantry backed by armoured vehicles stormed the village at dawn.")
    assert not any(c.startswith("05") for c in got), got


def test_looking_on_without_intervening_is_no_support(coder):
    got = codes(coder, "Police stood by without intervening as rioters looted the shops.")
    assert not any(c[:2] in {"05", "07"} for c in got), got


def test_purpose_clause_is_not_an_asserted_act(coder):
    t = triples(coder, "Britain deployed a warship to the Gulf to protect merchant shipping.")
    assert not any(c[:2] in {"07", "03"} and m == "asserted" for s, tgt, c, m in t), t
    assert any(c[:2] == "15" for s, tgt, c, m in t), t


def test_killed_or_wounded_is_no_aid(coder):
    got = codes(coder, "Ukrainian forces killed or wounded 900 Russian soldiers in one day, Kyiv said.")
    assert not any(c.startswith("07") for c in got), got


def test_drones_launched_at_a_country_are_an_air_attack(coder):
    t = triples(coder, "Russia launched 75 drones at Ukraine on Saturday night.")
    assert ("RUS", "UKR", "195", "asserted") in t, t


def test_escorting_ships_is_no_aid(coder):
    # a naval escort is military protection (074, the dev set's convention), never aid given
    got = codes(coder, "Indian navy frigates escorted tankers through the Strait of Hormuz.")
    assert not any(c.startswith("07") and c != "074" for c in got), got


def test_suicide_bomber_blowing_himself_up_is_a_suicide_bombing(coder):
    assert "1831" in codes(coder, "A suicide bomber blew himself up at a wedding hall in Kabul.")


def test_exploding_tanker_or_gas_cylinder_is_an_accident(coder):
    assert not triples(coder, "A petrol tanker overturned and exploded on a highway near Kisumu, killing 12 people.")
    assert not triples(coder, "A gas cylinder exploded in a hotel kitchen in Multan.")


def test_exploding_bomb_is_still_a_bombing(coder):
    got = codes(coder, "An explosive device exploded near an army truck in Kidal.")
    assert any(c.startswith("183") for c in got), got


def test_settlers_torching_cars_of_another_people_is_destruction_not_a_riot(coder):
    got = codes(coder, "Israeli settlers torched Palestinian cars near Nablus.")
    assert "1712" in got and "145" not in got, got


def test_protesters_burning_their_parliament_stay_a_riot(coder):
    assert "145" in codes(coder, "Protesters set fire to the parliament building in Kathmandu.")
