"""Armed men tied to a side (round 39, our own sentences): a force's vehicles named only by whose side they fight
on ("tanks loyal to President X") are that side's armed force, and the side they are tied to is never whom they act
on; a count before the weapons an act names leaves the words after them in reach of the verb's patterns."""

from gold_helpers import triples


def test_tanks_loyal_to_a_president_are_his_army(coder):
    t = triples(coder, "Tanks loyal to President Boris Yeltsin shelled the parliament building in Moscow on Monday.",
                date="1993-10-04")
    assert any(s == "RUSMIL" and c == "194" for s, tgt, c, m in t), t


def test_gunboats_alone_name_no_one(coder):
    assert not any(s is not None for s, tgt, c, m in triples(coder, "The tanks rolled into the square at dawn."))


def test_the_side_armed_men_are_loyal_to_is_not_their_target(coder):
    t = triples(coder, "Fighters loyal to President Salva Kiir attacked the camp on Sunday.", date="2016-05-15")
    assert any(s == "SSDMIL" and c == "190" for s, tgt, c, m in t), t
    assert not any(tgt == "SSDGOV" for s, tgt, c, m in t), t


def test_counted_weapons_fired_at_a_country_are_an_air_attack(coder):
    t = triples(coder, "Russia fired more than 40 cruise missiles and nearly 90 drones at Ukraine's power plants "
                       "overnight, most of which were intercepted.", date="2024-08-26")
    assert ("RUS", "UKR", "195", "asserted") in t, t


def test_a_mass_count_is_still_read_by_the_patterns(coder):
    t = triples(coder, "Soldiers executed at least three hundred villagers during a week-long sweep of the district, "
                       "a UN report said.", date="2022-05-01")
    assert not any(c == "1823" for s, tgt, c, m in t), t


def test_a_numbered_article_keeps_its_number(coder):
    t = triples(coder, "Lithuania invoked NATO's Article 4 after drones crashed on its territory.", date="2025-09-12")
    assert any(c == "106" for s, tgt, c, m in t), t


def test_a_place_name_leaves_the_agreed_terms_in_reach(coder):
    t = triples(coder, "The presidents of Peru and Ecuador agreed at a meeting in Rio de Janeiro on a timetable to "
                       "demarcate their border.", date="1998-10-20")
    assert ("PERGOV", "ECUGOV", "057", "asserted") in t, t


def test_weapons_fired_in_an_attack_are_the_attack(coder):
    t = triples(coder, "Kyiv said Russia had fired 120 missiles and drones in a massive overnight attack.",
                date="2024-08-26")
    assert any(s == "RUS" and c == "195" for s, tgt, c, m in t), t
    assert not any(c == "150" for s, tgt, c, m in t), t


def test_a_weapon_fired_with_no_launcher_named_is_its_owners(coder):
    t = triples(coder, "Hezbollah rockets were fired at the town of Kiryat Shmona on Sunday.", date="2024-09-22")
    assert any(s == "LBNREBHEZ" and tgt == "ISR" and c == "195" for s, tgt, c, m in t), t   # rockets: 195 (round40)


def test_the_maker_of_a_weapon_fired_is_no_launcher(coder):
    t = triples(coder, "Iranian-made drones were fired at the port of Odesa overnight.", date="2023-07-20")
    assert not any(s == "IRN" for s, tgt, c, m in t), t


def test_live_fire_used_on_protesters_is_repression(coder):
    t = triples(coder, "Riot police used live fire against demonstrators in Lagos on Tuesday.", date="2020-10-20")
    assert any(c == "175" and (tgt or "").startswith("NGA") for s, tgt, c, m in t), t
    assert not any(c == "150" for s, tgt, c, m in t), t


def test_a_second_clause_after_a_verb_that_takes_no_clause_is_its_own_act(coder):
    t = triples(coder, "Students stormed the ministry and police shot several of them dead, witnesses said.",
                date="2024-08-05")
    assert any(c == "175" or c.startswith("18") or c.startswith("19") for s, tgt, c, m in t if (s or "").endswith("COP")), t


def test_armed_men_driven_out_of_a_town_are_fought_not_a_retreat_of_the_drivers(coder):
    t = triples(coder, "Nigerien troops drove Boko Haram out of the town of Bosso on Sunday.", date="2016-06-05")
    assert any(s == "NERMIL" and c[:2] == "19" for s, tgt, c, m in t), t
    assert not any(s == "NERMIL" and c == "0874" for s, tgt, c, m in t), t


def test_armed_men_pursued_are_fought_but_talks_pursued_are_not(coder):
    t = triples(coder, "Colombian troops pursued ELN guerrillas into the jungle near the border.", date="2019-02-01")
    assert any(s == "COLMIL" and c == "190" for s, tgt, c, m in t), t
    t = triples(coder, "Colombia pursued talks with the ELN in Havana.", date="2019-02-01")
    assert not any(c[:2] == "19" for s, tgt, c, m in t), t


def test_gunmen_forced_back_are_fought(coder):
    t = triples(coder, "Nigerian troops forced back gunmen who had attacked a village near Maiduguri.", date="2021-03-05")
    assert any(s == "NGAMIL" and c == "190" for s, tgt, c, m in t), t


def test_the_killing_of_a_named_commander_of_armed_men_is_an_assassination(coder):
    t = triples(coder, "Army troops shot dead rebel commander Joseph Lenga near Beni on Thursday.", date="2021-03-05")
    assert any(c == "186" for s, tgt, c, m in t), t


def test_unnamed_fighters_killed_are_no_assassination(coder):
    t = triples(coder, "Army troops shot dead three rebel commanders near Beni on Thursday.", date="2021-03-05")
    assert not any(c == "186" for s, tgt, c, m in t), t


def test_an_officer_captured_is_taken_not_territory(coder):
    t = triples(coder, "ELN guerrillas captured an army colonel on a road in Arauca.", date="2019-02-01")
    assert any(c in {"173", "181"} and (tgt or "").endswith("MIL") for s, tgt, c, m in t), t
    assert not any(c == "192" for s, tgt, c, m in t), t


def test_levies_added_and_export_curbs_placed_are_an_embargo(coder):
    t = triples(coder, "Beijing added levies on American soybeans and placed export restrictions on gallium.",
                date="2025-03-10")
    assert any(s in {"CHN", "CHNGOV"} and c == "163" for s, tgt, c, m in t), t
    assert not triples(coder, "The spokesman added that the talks would go on.", date="2025-03-10")


def test_a_halt_to_talks_ordered_halts_them(coder):
    t = triples(coder, "The Dutch government ordered a halt to talks with Ankara on a new trade pact.",
                date="2017-03-13")
    assert any(c == "164" for s, tgt, c, m in t), t


def test_a_part_taken_in_a_known_raid_is_weighed_when_the_speaker_will_not_say(coder):
    t = triples(coder, "The ministry declined to say whether British commandos had taken part in the raid on the "
                       "militia's headquarters.", date="2024-02-01")
    assert any(c[:2] == "19" and m == "considered" for s, tgt, c, m in t), t
    assert not any(c[:2] == "19" and m == "asserted" for s, tgt, c, m in t), t


def test_an_ambassador_declared_persona_non_grata_is_expelled(coder):
    t = triples(coder, "Ottawa declared India's top diplomat in Canada persona non grata on Monday.", date="2023-09-19")
    assert any(c == "174" and (tgt or "").startswith("IND") for s, tgt, c, m in t), t


def test_a_step_called_interference_is_criticism(coder):
    t = triples(coder, "Washington recognised the opposition leader as interim president, a step Caracas called "
                       "interference.", date="2019-01-23")
    assert any(s == "VENGOV" and c == "111" for s, tgt, c, m in t), t


def test_the_particle_of_another_verb_makes_no_phrasal_verb(coder):
    t = triples(coder, "Burundi's lawmakers voted to pull out of the International Criminal Court.", date="2016-10-12")
    assert not any(c == "0831" for s, tgt, c, m in t), t
    t = triples(coder, "Parliament voted out the prime minister on Friday.", date="2016-10-12")
    assert any(c == "0831" for s, tgt, c, m in t), t
