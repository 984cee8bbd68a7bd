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
    assert any(s == "LBNREBHEZ" and tgt == "ISR" and c == "194" for s, tgt, c, m in t), t


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
