"""Event recall on news nobody tuned on (issue 10, round 4): general triggers and constructions for the
roots 01-02, 04-09, 14-15, 17-20. Our own sentences; each asserts the coder's real output."""

from gold_helpers import triples

from foedus.coder import vetter


def codes(coder, text: str, mod: str = "asserted") -> set[str]:
    return {c for s, tgt, c, m in triples(coder, text) if m == mod}


# ---- ceasefires: signed is a formal agreement (057) ----------------------------------------------

def test_signed_truce_is_a_formal_agreement(coder):
    t = triples(coder, "Israel and Hamas signed a truce in Cairo.")
    assert any(c == "057" and s == "ISR" for s, tgt, c, m in t), t
    assert not any(c == "0871" for s, tgt, c, m in t), t


def test_signed_ceasefire_is_a_formal_agreement(coder):
    assert "057" in codes(coder, "Ethiopia and the Tigrayan forces signed a ceasefire in Pretoria.")


# ---- crowds gathering, forces advancing, cordons, chemical means, exchanges, quantity nouns ------

def test_gathering_to_protest_is_a_protest_not_a_meeting(coder):
    got = codes(coder, "Thousands of students gathered in Dhaka to protest against the quota system.")
    assert "141" in got and not any(c.startswith("04") for c in got), got


def test_assembling_in_protest_is_a_protest(coder):
    assert "141" in codes(coder, "Farmers assembled outside the agriculture ministry in Warsaw in protest at grain imports.")


def test_ministers_gathering_for_talks_still_meet(coder):
    from foedus.coder import vetter

    with vetter.disabled():   # the rules' reading: the vetter of session 33 drops the event (a known loss, docs/model.md)
        assert any(c.startswith("04") for c in codes(coder, "Foreign ministers of the G7 gathered in Capri for talks on Ukraine."))


def test_relatives_gathering_at_a_mine_is_no_event(coder):
    assert triples(coder, "Relatives gathered outside the mine after the explosion.") == set()


def test_troops_advancing_on_a_town_attack_it(coder):
    assert "190" in codes(coder, "Sudanese army troops advanced on the RSF-held town of Wad Madani.")


def test_fighters_sweeping_into_a_city_use_force(coder):
    got = codes(coder, "Rebel fighters swept into Aleppo on Saturday.")
    assert any(c.startswith("19") for c in got) and not any(c.startswith("09") for c in got), got


def test_talks_advancing_on_monday_are_no_attack(coder):
    assert not any(c.startswith("19") for c in codes(coder, "Talks on the budget advanced on Monday."))


def test_protesters_marching_on_a_palace_still_protest(coder):
    got = codes(coder, "Protesters marched on the presidential palace in Lima.")
    assert "141" in got and not any(c.startswith("19") for c in got), got


def test_sealing_off_a_square_restricts_movement(coder):
    got = codes(coder, "Police sealed off the main square in Tbilisi.")
    assert "191" in got and "057" not in got, got


def test_chlorine_dropped_is_a_chemical_attack(coder):
    assert "2041" in codes(coder, "Syrian troops dropped chlorine on the rebel-held suburb of Douma.")


def test_soldiers_dropping_tear_gas_on_trenches_is_chemical_war(coder):
    assert "2041" in codes(coder, "Russian soldiers dropped tear gas on Ukrainian trenches near Bakhmut.")


def test_police_tear_gas_stays_crowd_control(coder):
    got = codes(coder, "Police fired tear gas at students in Nairobi.")
    assert "175" in got and "2041" not in got, got


def test_exchanged_prisoners_are_released_both_ways(coder):
    t = triples(coder, "Armenia and Azerbaijan exchanged prisoners of war on Wednesday.")
    assert ("ARM", "AZE", "0841", "asserted") in t and ("AZE", "ARM", "0841", "asserted") in t, t


def test_exchanging_greetings_is_no_material_cooperation(coder):
    got = codes(coder, "The two ministers exchanged greetings at the start of the meeting.")
    assert not any(c.startswith("06") for c in got), got


def test_barrage_of_missiles_names_an_air_attack(coder):
    assert "195" in codes(coder, "Iran fired a barrage of missiles at Israel.")


# ---- converted defaults that coded ordinary wording as events --------------------------------------

def test_reporting_explosions_after_a_truce_declares_no_truce(coder):
    got = codes(coder, "Journalists in Gaza reported heavy shelling hours after the truce.")
    assert not any(c.startswith("08") for c in got), got


def test_announcing_a_ceasefire_declares_it(coder):
    assert "0871" in codes(coder, "The Houthis announced a ceasefire with Saudi Arabia.")


def test_meeting_ones_commitments_is_no_consultation(coder):
    assert triples(coder, "Greece said it had met its commitments under the bailout.") == set()


def test_intercepted_drones_are_no_seizure(coder):
    got = codes(coder, "The Pentagon said its air defences intercepted two drones over the base.")
    assert not any(c.startswith("17") for c in got), got


def test_intercepted_boat_stays_a_blockade(coder):
    assert "191" in codes(coder, "The Israeli navy intercepted a boat carrying activists to Gaza.")


def test_backed_by_drones_is_no_praise(coder):
    got = codes(coder, "Militia fighters, backed by Turkish drones, attacked Kurdish positions near Manbij.")
    assert not any(c.startswith("05") for c in got) and any(c.startswith("19") for c in got), got


def test_backing_a_plan_stays_support(coder):
    assert "051" in codes(coder, "The Czech government backed the Ukrainian peace plan.")


def test_fighting_a_blaze_is_no_use_of_force(coder):
    assert triples(coder, "Firefighters battled the blaze for three days.") == set()


def test_fighting_inflation_is_no_use_of_force(coder):
    got = {c for s, tgt, c, m in triples(coder, "Argentina's government pledged to fight inflation.")}
    assert not any(c.startswith("19") or c.startswith("13") for c in got), got


def test_scrapping_an_agreement_rejects_it(coder):
    got = codes(coder, "Venezuela scrapped its oil agreement with Guyana.")
    assert "127" in got and "057" not in got, got


def test_signing_a_petition_is_no_formal_agreement(coder):
    got = codes(coder, "Thousands of opposition supporters signed a petition against the election result.")
    assert "057" not in got, got


def test_bombers_blowing_up_a_pipeline_is_a_bombing(coder):
    assert "183" in codes(coder, "Bombers blew up a pipeline in Sinai.")


def test_widening_an_air_campaign_is_a_threat_of_force(coder):
    t = triples(coder, "Israel said it would intensify its air campaign in Lebanon.")
    assert any(c.startswith("138") for s, tgt, c, m in t) and not any(m == "asserted" for s, tgt, c, m in t), t


def test_a_celebrating_crowd_is_no_praise(coder):
    assert triples(coder, "Crowds celebrating the national team's victory filled the streets of Algiers.") == set()


# ---- orders carried out, called-off offensives, joint work ----------------------------------------

def test_ordering_a_release_is_the_release(coder):
    got = codes(coder, "Myanmar's junta ordered the release of the detained Australian economist.")
    assert any(c.startswith("084") for c in got) and "1053" not in got, got


def test_demanding_a_release_stays_a_demand(coder):
    assert "1053" in codes(coder, "Iran demanded the release of its diplomats held in Iraq.")


def test_calling_off_an_offensive_de_escalates(coder):
    got = codes(coder, "The militia leader called off the offensive on the capital.")
    assert "087" in got and not any(c.startswith("16") for c in got), got


def test_joint_patrols_are_military_cooperation_both_ways(coder):
    t = triples(coder, "Iraqi police and Turkish police carried out joint patrols near Zakho.")
    assert ("IRQCOP", "TURCOP", "062", "asserted") in t and ("TURCOP", "IRQCOP", "062", "asserted") in t, t


def test_joint_production_of_weapons_is_military_cooperation(coder):
    t = triples(coder, "South Korea and Poland launched joint production of howitzers in Gliwice.")
    assert ("KOR", "POL", "062", "asserted") in t and not any(c.startswith("19") for s, tgt, c, m in t), t


def test_joint_production_of_tanks_begun(coder):
    assert "062" in codes(coder, "South Korea and Poland began joint production of K2 tanks.")


# ---- forces repelled, visits for talks, crossings -------------------------------------------------

def test_beating_back_an_assault_is_fighting_not_a_beating(coder):
    got = codes(coder, "Kurdish fighters beat back an Islamic State assault on Kobani.")
    assert "190" in got and "182" not in got, got


def test_troops_pushing_back_forces_fight_them(coder):
    got = codes(coder, "Angolan and Cuban troops pushed back South African forces near Cuito Cuanavale.")
    assert "190" in got and not any(c.startswith("10") for c in got), got


def test_pushing_back_against_criticism_is_no_fighting(coder):
    assert not any(c.startswith("19") for c in codes(coder, "The ministers pushed back against the criticism."))


def test_flying_somewhere_for_talks_is_a_visit_made(coder):
    t = triples(coder, "Secretary of State George Shultz flew to Moscow on Tuesday for talks with "
                       "Foreign Minister Eduard Shevardnadze.")
    assert any(c == "042" and m == "asserted" for s, tgt, c, m in t), t


def test_going_somewhere_for_talks_is_a_visit(coder):
    assert "042" in codes(coder, "Chancellor Kohl went to Paris for talks with Mitterrand.")


def test_fact_finding_mission_sent_is_an_investigation(coder):
    assert "090" in codes(coder, "The UN Security Council sent a fact-finding mission to Darfur.")


def test_troops_crossing_into_a_country_use_force(coder):
    assert "190" in codes(coder, "Azerbaijani troops crossed into Armenian territory near Jermuk.")


def test_refugees_crossing_a_border_is_no_appeal(coder):
    assert triples(coder, "Thousands of refugees crossed into Poland from Ukraine.") == set()


def test_pushing_a_vote_back_is_no_fighting(coder):
    assert triples(coder, "The speaker pushed the vote back to May.") == set()


def test_army_driving_back_rebels_fights_them(coder):
    assert "190" in codes(coder, "The army drove back rebels from the outskirts of the capital.")


# ---- an act told in an "after" clause happened too ------------------------------------------------

def test_an_arrest_in_an_after_clause_is_coded(coder):
    t = triples(coder, "Protesters blocked the main highway in Dhaka after police arrested an opposition leader.")
    assert any(c == "173" and m == "asserted" for s, tgt, c, m in t), t
    assert any(c.startswith("14") for s, tgt, c, m in t), t


def test_an_expulsion_answered_is_coded_both_ways(coder):
    t = triples(coder, "Russia expelled three Estonian diplomats after Tallinn had expelled a Russian envoy.")
    assert {s for s, tgt, c, m in t if c == "174"} >= {"RUS", "ESTGOV"}, t  # (violence56) expelled envoys are 174 (gold README since blind21)


def test_an_earthquake_in_an_after_clause_stays_no_event(coder):
    got = codes(coder, "The ministers met in Vienna after the earthquake in Turkey killed thousands.")
    assert not any(c.startswith(("18", "19", "20")) for c in got), got


def test_a_before_clause_stays_background(coder):
    t = triples(coder, "Police sealed off the square before the rally could begin.")
    assert not any(c.startswith("14") and m == "asserted" for s, tgt, c, m in t), t


def test_an_allegation_in_an_after_clause_is_the_reason_not_an_act(coder):
    t = triples(coder, "Germany froze its payments to the agency after Israel alleged that staff had joined the raid.")
    assert not any(c.startswith("11") for s, tgt, c, m in t), t


# ---- phase verbs carry no act of their own ---------------------------------------------------------

def test_began_bombing_is_one_air_strike(coder):
    got = [c for s, tgt, c, m in triples(coder, "The army began bombing rebel positions in the north.")]
    assert got == ["195"], got


def test_continued_shelling_is_shelling_only(coder):
    got = {c for s, tgt, c, m in triples(coder, "Russian forces continued shelling Kharkiv overnight.")}
    assert got == {"194"}, got


def test_began_marching_is_a_protest(coder):
    assert "141" in codes(coder, "Protesters began marching towards the parliament in Belgrade.")


# ---- an event noun in a phrase of the clause: attacks and visits that happened --------------------

def test_killed_in_an_air_strike_names_its_attacker(coder):
    t = triples(coder, "Three Palestinian children were killed in an Israeli air strike on Rafah.")
    assert any(c.startswith("19") and s == "ISR" and m == "asserted" for s, tgt, c, m in t), t


def test_missiles_downed_in_an_attack_tell_the_attack(coder):
    # the rules' event: the learned event vetter drops the attack (a known loss, docs/model.md)
    with vetter.disabled():
        t = triples(coder, "Air defence units shot down most of the missiles in the overnight attack on Kyiv.")
    assert any(c.startswith("19") and tgt == "UKR" for s, tgt, c, m in t), t


def test_a_visit_during_which_deals_were_signed_is_coded(coder):
    t = triples(coder, "Modi signed three defence deals during a two-day visit to Paris.")
    assert any(c == "042" and s == "INDGOV" and m == "asserted" for s, tgt, c, m in t), t


def test_a_visit_ahead_is_not_asserted(coder):
    t = triples(coder, "Xi Jinping will sign energy agreements during a visit to Moscow next week.")
    assert not any(m == "asserted" for s, tgt, c, m in t), t


def test_a_raid_in_which_gunmen_killed_is_one_act(coder):
    t = triples(coder, "Gunmen killed 12 villagers in an overnight raid on a village in Plateau State.")
    assert len({c[:2] for s, tgt, c, m in t}) == 1, t


def test_people_hurt_in_an_industrial_explosion_is_no_event(coder):
    assert triples(coder, "Two civilians were injured in the explosion at a chemical plant in Texas.") == set()


def test_a_stampede_at_a_festival_is_no_event(coder):
    assert triples(coder, "Several people were hurt in a stampede during a religious festival in India.") == set()


# ---- chemical agents, gun battles, alerts, hunger strikes, break-ins, closures -- --------------------

def test_choking_agent_used_is_a_chemical_attack(coder):
    assert "2041" in codes(coder, "Syrian troops used the choking agent phosgene against rebel positions near Hama.")


def test_chemical_bombs_dropped_are_a_chemical_attack(coder):
    got = codes(coder, "Government aircraft dropped chemical bombs on two villages in Darfur.")
    assert "2041" in got and "194" not in got, got


def test_gun_battles_fought_are_small_arms_fire_not_criticism(coder):
    got = codes(coder, "Police and gang members fought gun battles in the streets of Port-au-Prince.")
    assert "193" in got and not any(c.startswith("11") for c in got), got


def test_raising_troops_to_high_alert(coder):
    assert "152" in codes(coder, "India raised its army to the highest level of alert.")


def test_going_on_hunger_strike(coder):
    assert "142" in codes(coder, "The jailed Belarusian activist went on hunger strike in Minsk.")


def test_protesters_breaking_into_a_building_riot(coder):
    assert "145" in codes(coder, "Protesters broke into the parliament building in Skopje.")


def test_a_protest_camp_set_up_is_a_protest_not_a_deployment(coder):
    got = codes(coder, "Students in Belgrade set up a protest camp outside the government building.")
    assert not any(c.startswith("15") for c in got), got


def test_renewed_state_of_emergency_is_imposed(coder):
    assert "1724" in codes(coder, "Ecuador's government renewed the state of emergency in Guayaquil.")


def test_ordering_the_closure_of_a_group_bans_it(coder):
    assert "172" in codes(coder, "A Moscow court ordered the closure of the Sakharov Centre.")


# ---- a protest the people acted on were holding ----------------------------------------------------

def test_protesters_shot_during_a_rally_held_it(coder):
    t = triples(coder, "Soldiers shot dead four protesters during a rally against the junta in Bamako.")
    assert any(c.startswith("14") and m == "asserted" for s, tgt, c, m in t), t
    assert any(c.startswith(("17", "18", "19")) for s, tgt, c, m in t), t


def test_stone_throwing_protests_are_violent(coder):
    got = codes(coder, "Indian police wounded three students during stone-throwing protests in Srinagar.")
    assert "145" in got and "141" not in got, got


def test_the_shooters_hold_no_protest(coder):
    t = triples(coder, "Soldiers shot dead four protesters during a rally against the junta in Bamako.")
    assert not any(c.startswith("14") and s == "MLIMIL" for s, tgt, c, m in t), t


def test_protesting_an_arrest_is_a_demonstration(coder):
    got = codes(coder, "Opposition supporters protested in Lahore against the arrest of their leader.")
    assert "141" in got and "053" not in got, got


# ---- a distance word far after the verb is no particle (it crashed the pattern reader once) ----------

def test_distance_away_beyond_the_pattern_window_is_no_particle(coder):
    got = codes(coder, "Government troops shelled villages along the river in the northern province on Sunday, "
                       "more than 200 kilometres away.")
    assert any(c.startswith("19") for c in got), got


def test_particle_within_the_window_still_moves_first(coder):
    assert any(c.startswith("19") for c in codes(coder, "Ukrainian troops pushed Russian forces back near Kupiansk."))
