"""Recall of round 6: verb families and constructions of wire and ACLED-style news the coder missed
(claimed attacks, aircraft as the doer, warships sent, crowd protests, optimistic comments, subjects of
complements, repression during protests, internet shutdowns, pauses in fighting). Our own sentences."""

import pytest

from gold_helpers import triples


def codes(coder, text: str, modality: str = "asserted") -> set[str]:
    return {c for s, tgt, c, m in triples(coder, text) if m == modality}


def roots(coder, text: str, modality: str = "asserted") -> set[str]:
    return {c[:2] for c in codes(coder, text, modality)}


# ---- a claim of responsibility names an attack that happened ---------------------------------------

@pytest.mark.parametrize("text, root", [
    ("The Houthis claimed a drone attack on a Greek tanker in the Red Sea.", "19"),
    ("Al-Shabaab claimed responsibility for the bombing of a hotel in Mogadishu.", "19"),
    ("ISWAP claimed the raid on an army barracks in Borno state.", "19"),
    ("The Pakistani Taliban claimed responsibility for a suicide attack on a police post in Bannu.", "18"),
])
def test_claimed_attack_is_coded_beside_the_claim(coder, text, root):
    got = codes(coder, text)
    assert "015" in got and any(c[:2] == root for c in got), got


def test_claimed_attack_comes_from_the_claimant_at_its_target(coder):
    t = triples(coder, "The Houthis claimed a missile attack on an American warship in the Red Sea.")
    assert any(s == "YEMREB" and tgt and tgt.startswith("USA") and c[:2] == "19" and m == "asserted"
               for s, tgt, c, m in t), t


def test_an_attack_no_group_claimed_is_not_claimed(coder):
    t = triples(coder, "No group claimed the attack on the convoy near Gao.")
    assert not any(c == "015" and m == "asserted" for s, tgt, c, m in t), t


def test_a_denied_attack_is_no_asserted_attack_of_the_denier(coder):
    t = triples(coder, "The Taliban denied responsibility for the bombing of a mosque in Kabul.")
    assert not any(s and s.startswith("AFGREB") and c[:2] in {"18", "19"} and m == "asserted"
                   for s, tgt, c, m in t), t


# ---- aircraft as the doer make an air strike ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Israeli jets struck Hezbollah positions in southern Lebanon on Sunday.",
    "Turkish warplanes hit Kurdish militant targets in northern Iraq.",
    "Russian helicopters attacked Ukrainian positions near Bakhmut.",
])
def test_aircraft_striking_is_an_air_strike(coder, text):
    assert "195" in codes(coder, text)


def test_jets_shooting_down_aircraft_keep_their_side(coder):
    # aircraft downed are no weapons launched at the shooter: the shooter stays the source
    t = triples(coder, "Turkish jets shot down a Russian warplane near the Syrian border.")
    assert not any(s and s.startswith("RUS") and c[:2] == "19" for s, tgt, c, m in t), t


# ---- warships sent are a show of force; troops sent a deployment ----------------------------------

@pytest.mark.parametrize("text", [
    "Britain sent two destroyers to the Gulf on Tuesday.",
    "The United States is dispatching an aircraft carrier to the eastern Mediterranean.",
])
def test_warships_sent_are_a_show_of_force(coder, text):
    got = codes(coder, text)
    assert "150" in got and not any(c[:2] in {"06", "07"} for c in got), got


def test_troops_sent_stay_a_deployment(coder):
    assert "154" in codes(coder, "Poland sent 2,000 troops to its border with Belarus.")


def test_a_general_mobilisation_declared_is_a_mobilisation(coder):
    assert "154" in codes(coder, "Azerbaijan declared a general mobilisation after the shelling of Ganja.")


# ---- crowds protesting are demonstrations, whatever they protest ----------------------------------

@pytest.mark.parametrize("text", [
    "Thousands of Kenyans protested in Nairobi against the new tax bill.",
    "Hundreds of Georgians protested outside parliament against the foreign agents law.",
    "Students protested in Dhaka over the quota system for government jobs.",
])
def test_crowd_protest_is_a_demonstration(coder, text):
    got = roots(coder, text)
    assert "14" in got and "11" not in got, got


def test_a_state_protesting_officially_complains(coder):
    assert "114" in codes(coder, "China formally protested to the Japanese ambassador over the visit.")


@pytest.mark.parametrize("text", [
    "Beijing protested to Tokyo over the defence minister's visit to the shrine.",
    "Russia protested against the expulsion of its diplomats by Poland.",
    "The Indian government protested the shelling of border villages by Pakistani troops.",
])
def test_a_state_or_its_government_protesting_complains(coder, text):
    got = codes(coder, text)
    assert "114" in got and not any(c[:2] == "14" for c in got), got


# ---- optimistic comments in reported speech -------------------------------------------------------

def test_speaker_hopeful_is_an_optimistic_comment(coder):
    assert "013" in codes(coder, "Egypt's foreign minister said he was hopeful about a deal on the hostages.")


def test_talks_called_constructive_are_an_optimistic_comment_on_the_partner(coder):
    t = triples(coder, "The Iranian foreign minister said the talks with the Omani delegation had been productive.")
    assert any(c == "013" and s and s.startswith("IRN") and tgt and tgt.startswith("OMN") for s, tgt, c, m in t), t


def test_speaker_not_hopeful_is_no_optimistic_comment(coder):
    assert "013" not in codes(coder, "The minister said he was not hopeful about the talks with Iran.")


# ---- a complement without its own subject acts through its governor's ------------------------------

def test_troops_beginning_to_leave_withdraw(coder):
    assert "0874" in codes(coder, "Rwandan troops began leaving eastern Congo on Monday.")


def test_forces_starting_to_pull_out_withdraw(coder):
    assert roots(coder, "Ethiopian soldiers started leaving Somalia after the agreement.") & {"08"}


# ---- force used on civilians during a protest is repression --------------------------------------

def test_killing_people_during_protests_is_repression(coder):
    got = codes(coder, "Zimbabwean police killed four people during protests over fuel prices in Harare.")
    assert "175" in got and not any(c[:2] == "19" for c in got), got


def test_killing_rebels_during_a_protest_stays_a_battle(coder):
    assert "175" not in codes(coder, "Congolese troops killed five M23 fighters during a protest in Goma.")


# ---- crowd control, internet shutdowns, territory retaken ----------------------------------------

def test_security_forces_using_tear_gas_control_a_crowd(coder):
    got = codes(coder, "Security forces used tear gas to disperse protesters in Conakry.")
    assert "2041" not in got, got


def test_soldiers_gassing_trenches_stay_chemical_warfare(coder):
    assert "2041" in codes(coder, "Russian troops used chloropicrin against Ukrainian trenches near Avdiivka.")


@pytest.mark.parametrize("text", [
    "Ethiopian authorities cut mobile data access across the Amhara region.",
    "The Gabonese government shut down internet access after the vote.",
])
def test_data_shutdown_restricts_freedoms(coder, text):
    assert "1721" in codes(coder, text)


def test_town_retaken_from_militants_is_territory(coder):
    got = codes(coder, "The Burkinabe army recaptured the town of Djibo from JNIM militants.")
    assert "192" in got and "173" not in got, got


def test_militants_captured_stay_prisoners(coder):
    assert "173" in codes(coder, "Nigerian troops captured three ISWAP militants near Monguno.")


# ---- vehicles driven into crowds, armed advances halted, pauses agreed, aid approved ---------------

def test_truck_driven_into_a_crowd_is_an_attack(coder):
    assert "180" in codes(coder, "A man drove a truck into a crowd at a market in Berlin, killing six people.")


def test_fighters_halting_their_own_march_de_escalate(coder):
    assert "087" in codes(coder, "The mutinous fighters halted their march on the capital, Bamako.")


def test_halting_another_sides_advance_is_no_de_escalation(coder):
    t = triples(coder, "Chad sent troops to Cameroon to halt an advance by Boko Haram fighters.")
    assert not any(c[:3] == "087" for s, tgt, c, m in t), t


def test_agreed_pause_in_fighting_is_a_truce(coder):
    got = {c[:2] for s, tgt, c, m in triples(coder, "Israel and Hamas agreed a four-day pause in fighting in Gaza.")}
    assert "08" in got or "03" in got, got


def test_aid_approved_by_a_legislature_is_a_pledge(coder):
    t = triples(coder, "The US Senate approved 40 billion dollars in aid for Ukraine.")
    assert any(c[:3] == "033" for s, tgt, c, m in t), t
    assert not any(c[:2] == "05" for s, tgt, c, m in t), t


# ---- wire-prose misfires: missiles at a target, shows of force, strikes in retaliation, sanctions -----

def test_ballistic_missile_fired_at_a_ship_is_an_attack(coder):
    assert "195" in codes(coder, "Houthi forces fired a ballistic missile at a Liberian-flagged tanker.")


def test_ballistic_missile_fired_into_the_sea_stays_a_show_of_force(coder):
    got = codes(coder, "North Korea fired two ballistic missiles into the sea off its east coast.")
    assert "150" in got and "195" not in got, got


def test_flight_in_a_show_of_force_is_a_show_of_force(coder):
    got = codes(coder, "Chinese bombers flew near the Japanese islands in a show of force.")
    assert "150" in got and not any(c[:2] == "03" for c in got), got


def test_strike_in_retaliation_is_an_attack_not_criticism(coder):
    got = codes(coder, "Pakistan struck militant hideouts in Afghanistan in retaliation for the bombing.")
    assert any(c[:2] == "19" for c in got) and "111" not in got, got


def test_workers_striking_for_pay_stop_work(coder):
    assert "143" in codes(coder, "Kenyan doctors struck for better pay on Wednesday.")


def test_sanctions_targeting_firms_are_imposed_not_an_attack(coder):
    got = codes(coder, "The new British sanctions target Russian oil traders.")
    assert "163" in got and not any(c[:2] in {"18", "19"} for c in got), got


def test_arms_exports_suspended_cut_military_aid(coder):
    assert "162" in codes(coder, "The Netherlands suspended arms exports to Israel.")


def test_call_for_an_end_to_war_is_an_appeal_to_de_escalate(coder):
    assert "0256" in codes(coder, "The UN secretary-general called for an end to the war in Sudan.")


def test_countermeasures_promised_are_a_threat(coder):
    t = triples(coder, "Beijing vowed to take countermeasures against the new Japanese export controls.")
    assert any(c == "130" for s, tgt, c, m in t), t


def test_protesters_setting_up_roadblocks_block(coder):
    assert "144" in codes(coder, "Protesters set up roadblocks on the main road to the airport in La Paz.")


def test_shops_shut_in_protest_are_a_strike(coder):
    assert "143" in codes(coder, "Traders in Kano shut their shops in protest at the new levies.")


def test_warship_sent_to_protect_shipping_is_a_show_of_force_not_aid(coder):
    t = triples(coder, "Italy sent a frigate to the Red Sea to protect merchant shipping.")
    assert any(c == "150" and m == "asserted" for s, tgt, c, m in t), t
    assert not any(c[:2] in {"03", "07"} and m == "asserted" for s, tgt, c, m in t), t


# ---- a place handed over: taken by the receiver, left by the armed force that hands it over ---------

def test_camp_handed_over_is_taken_even_when_to_hangs_on_the_place(coder):
    t = triples(coder, "UN peacekeepers handed over their camp in Aguelhok to the Malian army.")
    assert ("MLIMIL", "MLI", "192", "asserted") in t, t


def test_foreign_troops_handing_over_their_base_leave_it(coder):
    t = triples(coder, "French troops handed over the base in Timbuktu to Malian forces.")
    assert any(s == "FRAMIL" and c == "0874" and m == "asserted" for s, tgt, c, m in t), t


def test_a_withdrawal_told_beside_the_handover_is_coded_once(coder):
    t = triples(coder, "German soldiers withdrew from their camp in Gao and handed it over to the Malian army.")
    assert sum(1 for s, tgt, c, m in t if c == "0874") == 1, t


# ---- families from the blind tune batches: bombers, demolitions, shadowing, flight, resignation -------

def test_bombers_in_the_air_strike_from_the_air(coder):
    assert "195" in codes(coder, "Russian bombers struck Odesa overnight.")


def test_suicide_car_bomber_striking_is_a_bombing_not_an_air_strike(coder):
    got = codes(coder, "A suicide car bomber struck an army base near Mogadishu.")
    assert any(c.startswith("183") for c in got) and "195" not in got, got


def test_suicide_bomber_ramming_a_vehicle_is_a_suicide_bombing(coder):
    assert "1831" in codes(coder, "A suicide bomber rammed a car into a police station in Quetta.")


def test_truck_bombing_as_the_subject_is_a_car_bombing(coder):
    assert "1832" in codes(coder, "The truck bombing of a hotel in Mogadishu killed 20 people.")


def test_homes_demolished_are_property_destroyed(coder):
    assert "1712" in codes(coder, "Indian authorities demolished the houses of suspected militants in Kashmir.")


def test_warships_shadowing_show_force(coder):
    assert "150" in codes(coder, "A Chinese warship shadowed the Australian frigate in the South China Sea.")


def test_troops_fleeing_a_town_withdraw_but_residents_do_not(coder):
    assert "0874" in codes(coder, "Russian troops fled the town of Lyman as Ukrainian forces advanced.")
    assert not any(c[:2] == "08" for c in codes(coder, "Thousands of residents fled Goma as the rebels advanced."))


def test_urging_a_leader_to_step_down_demands_a_change_of_leadership(coder):
    assert "1041" in codes(coder, "The Kenyan opposition urged President Ruto to step down.")


def test_tanks_sent_into_a_city_are_a_deployment_but_tanks_sent_to_an_ally_are_aid(coder):
    assert "154" in codes(coder, "The Burmese army sent tanks into Mandalay on Sunday.")
    assert "072" in codes(coder, "Poland sent tanks to Ukraine in 2022.")


def test_fact_finding_mission_set_up_investigates(coder):
    assert "090" in codes(coder, "The UN Human Rights Council set up a fact-finding mission into abuses in Venezuela.")


# ---- gang members and herders are actors (ACLED-style snippets name no nationality) ---------------

@pytest.mark.parametrize("text, source", [
    ("On 9 May 2024, gang members attacked a police post in Port-au-Prince.", "HTICRM"),
    ("Gang members set fire to a bus depot in San Pedro Sula on Monday.", "HNDCRM"),
    ("Herders attacked a farming village near Makurdi in Benue state, Nigeria.", "NGAAGR"),
])
def test_gang_members_and_herders_are_actors(coder, text, source):
    from foedus.coder import vetter

    with vetter.disabled():   # the rules' reading: the vetter of session 33 drops the event (a known loss, docs/model.md)
        t = triples(coder, text)
    assert any(s == source and m == "asserted" for s, tgt, c, m in t), t
