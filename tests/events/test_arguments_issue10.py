"""Argument choice added for issue 10: targets from the place of the thing attacked, joint parties
that meet in a third country, reciprocal pronouns, conjoined country modifiers. Sentences written
for these tests."""

from __future__ import annotations

from gold_helpers import dyads_on, triples


dyads = dyads_on("2024-06-20")


def test_attack_on_a_building_in_a_town_targets_its_country(coder):
    got = dyads(coder, "Israeli warplanes struck a school in Rafah on Tuesday.")
    assert any(s == "ISRMIL" and (t or "").startswith("PSE") for s, t, _ in got), got


def test_town_named_on_the_facility_attacked(coder):
    got = dyads(coder, "Russian forces shelled the Kharkiv thermal power plant overnight.")
    assert ("RUSMIL", "UKR", "19") in got, got


def test_rebels_attacking_a_place_of_their_own_country(coder):
    got = dyads(coder, "Al-Shabaab fighters stormed a police post in southern Somalia.")
    assert any(s == "SOMREB" and (t or "").startswith("SOM") for s, t, _ in got), got
    got = dyads(coder, "Rebels captured the main airport of Bukavu on Sunday.")
    assert any((t or "").startswith("COD") for _, t, _ in got), got


def test_joint_parties_meeting_in_a_third_country(coder):
    got = dyads(coder, "Chinese and Indian delegations held talks in Moscow on the border dispute.")
    assert ("CHNGOV", "INDGOV", "04") in got and all(not (t or "").startswith("RUS") for _, t, _ in got), got
    # a meeting of two leaders in a third country is a summit at a third place, 044 both ways (gold README; visits39:
    # "A and B met" in a country of neither is no longer coded once, from the first party) ...
    got = dyads(coder, "Xi Jinping and Narendra Modi met in Kazan on Wednesday.", date="2024-10-23")
    assert ("CHNGOV", "INDGOV", "04") in got and ("INDGOV", "CHNGOV", "04") in got, got
    # ... while a meeting of two with no place named stays coded once, from the first party
    got = dyads(coder, "Xi Jinping and Narendra Modi met on Wednesday.", date="2024-10-23")
    assert ("CHNGOV", "INDGOV", "04") in got and ("INDGOV", "CHNGOV", "04") not in got, got
    # ... (verbal29) but negotiators or delegations that meet negotiate, each with the other (the dev set codes
    # "Ukrainian and Russian negotiators met face to face" 046 both ways)
    got = dyads(coder, "US and Iranian negotiators met in Muscat on Saturday.")
    assert ("USAGOV", "IRNGOV", "04") in got and ("IRNGOV", "USAGOV", "04") in got, got


def test_a_visit_keeps_its_host(coder):
    assert ("RUSGOV", "INDGOV", "04") in dyads(coder, "Putin met Modi in New Delhi.")


def test_each_other_pairs_the_conjoined_subjects(coder):
    got = dyads(coder, "India and Pakistan blamed each other for the shooting.")
    assert ("IND", "PAK", "11") in got and ("PAK", "IND", "11") in got, got
    got = dyads(coder, "Armenia and Azerbaijan accused one another of violating the truce.")
    assert ("ARM", "AZE", "11") in got and ("AZE", "ARM", "11") in got, got


def test_second_object_after_a_comma_is_an_aside(coder):
    got = dyads(coder, "Italian senators held talks with Kenya's foreign minister on Monday, the first "
                       "European delegation to visit Nairobi this year.")
    assert any(t == "KENGOV" for _, t, _ in got) and all(not (t or "").startswith("EUR") for _, t, _ in got), got


def test_parties_of_a_clash_fight_each_other_not_the_place(coder):
    got = dyads(coder, "Sudanese army units and RSF fighters clashed in Omdurman on Tuesday.")
    assert ("SDNMIL", "SDNREB", "19") in got and ("SDNREB", "SDNMIL", "19") in got, got
    assert all(t != "SDN" for _, t, _ in got), got


def test_a_mutual_meeting_noun_makes_the_act_joint(coder):
    got = dyads(coder, "Macron and Scholz opened their summit in Lisbon on Friday.", date="2023-05-05")
    assert ("FRAGOV", "DEUGOV", "04") in got and all(not (t or "").startswith("PRT") for _, t, _ in got), got


def test_a_month_with_a_day_is_a_date_not_a_town(coder):
    # "March" is also a town in England: a date in front of the clause is no place attacked
    got = dyads(coder, "On 14 March 2024, Nigerian troops clashed with bandits near Zamfara.")
    assert all(not (t or "").startswith("GBR") for _, t, _ in got), got
    got = dyads(coder, "On March 9 Russian drones struck Odesa.")
    assert any(t == "UKR" for _, t, _ in got), got


def test_a_named_landmark_stands_in_its_town(coder):
    got = dyads(coder, "The Golden Temple in Jaffna was stormed by Sri Lankan troops.")
    assert all(not (t or "").startswith("USA") for _, t, _ in got) and any(t == "LKA" for _, t, _ in got), got


def test_a_building_in_a_town_as_passive_subject(coder):
    got = dyads(coder, "A mosque in Samarra was shelled by insurgents.")
    assert any(t == "IRQ" for _, t, _ in got), got


def test_own_forces_moved_are_not_the_target(coder):
    got = dyads(coder, "Washington said it would withdraw its troops from Syria by the end of the year.")
    assert any(t == "SYR" for _, t, _ in got) and all(t != "USAMIL" for _, t, _ in got), got
    got = dyads(coder, "Macron threatened to extend France's naval mission to the Libyan port of Tobruk.", date="2020-06-01")
    assert any(t == "LBY" for _, t, _ in got) and all(t != "FRAMIL" for _, t, _ in got), got


def test_a_coup_still_targets_the_government(coder):
    got = dyads(coder, "Nigerien soldiers detained President Mohamed Bazoum in Niamey.", date="2023-07-27")
    assert any((t or "").startswith("NERGOV") for _, t, _ in got), got


def test_a_town_abroad_that_an_act_goes_to_is_its_country(coder):
    got = dyads(coder, "France sent 300 paratroopers to Gao on Thursday.")
    assert any(s == "FRA" and t == "MLI" for s, t, _ in got), got
    got = dyads(coder, "Pope Francis visited Mosul and Erbil in March.", date="2021-03-08")
    assert any(t == "IRQ" for _, t, _ in got), got
    # a venue two parties travel to is not the target of their talks
    got = dyads(coder, "Serbian and Kosovar negotiators returned to Brussels for talks on Monday.")
    assert all(t != "BEL" for _, t, _ in got), got


def test_a_part_of_a_town_is_in_the_town(coder):
    got = dyads(coder, "A Russian missile strike on the centre of Odesa killed 12 people.")
    assert any(s == "RUS" and t == "UKR" for s, t, _ in got), got


def test_a_swap_is_mutual(coder):
    got = dyads(coder, "Armenia and Azerbaijan swapped prisoners on Tuesday.")
    assert ("ARM", "AZE", "08") in got and ("AZE", "ARM", "08") in got, got


def test_a_denial_is_aimed_at_its_accuser_not_at_the_victim_of_the_denied_act(coder):
    # (round 17: with no accuser named the denial is aimed at no one; gold README)
    got = triples(coder, "Iran denied any involvement in the attack on Saudi oil facilities.", "2019-09-15")
    assert any(code == "016" and s == "IRN" and t is None for s, t, code, _ in got), got
    got = triples(coder, "Riyadh blamed Iran for the attack on Saudi oil facilities, but Iran denied any involvement.",
                  "2019-09-15")
    assert any(code == "016" and s == "IRN" and (t or "").startswith("SAU") for s, t, code, _ in got), got
