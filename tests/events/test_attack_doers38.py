"""(fight38) Who did an attack told by its noun: a gerund subject with a "by" phrase ("Shelling by government forces
killed three children", syntax.repair_gerund_subject_with_agent), fire "from" an armed force, a participle of doing
("an air strike carried out by the coalition", "drone attacks claimed by the Houthis"), and a weapon or blast whose
responsibility is claimed ("claimed responsibility for a car bomb that killed 12"). Our own sentences."""

from gold_helpers import triples


def test_a_gerund_subject_with_a_by_phrase_is_the_attack(coder):
    got = triples(coder, "Shelling by government forces killed four villagers in Idlib province.", "2020-02-04")
    assert ("SYRMIL", "SYRCVL", "194", "asserted") in got, got


def test_an_adjective_read_as_the_subject_before_the_gerund(coder):
    got = triples(coder, "Heavy shelling by the army killed six civilians in Idlib province.", "2020-02-04")
    assert ("SYRMIL", "SYRCVL", "194", "asserted") in got, got


def test_fire_from_an_armed_force_is_its_attack(coder):
    got = triples(coder, "Gunfire from Israeli troops wounded three Palestinians near Nablus.", "2022-08-09")
    assert any(s == "ISRMIL" and t == "PSECVL" and c.startswith("19") for s, t, c, m in got), got


def test_fire_from_a_place_names_no_doer(coder):
    got = triples(coder, "Gunfire from the hills wounded three farmers near the village.", "2022-08-09")
    assert not any(s and s.endswith("MIL") for s, t, c, m in got), got


def test_an_attack_carried_out_by_a_force_is_that_forces(coder):
    got = triples(coder, "An air strike carried out by the Saudi-led coalition killed 14 civilians in Hodeidah.",
                  "2018-08-09")
    assert any(s == "SAUMIL" and c == "195" for s, t, c, m in got), got


def test_attacks_claimed_by_a_group_are_its_own_whatever_they_did(coder):
    got = triples(coder, "Drone attacks claimed by the Houthis set fire to a fuel depot in Jeddah.", "2022-03-25")
    assert any(s == "YEMREB" and c == "195" for s, t, c, m in got), got


def test_a_car_bomb_claimed_is_the_claimants_bombing(coder):
    got = triples(coder, "Islamic State claimed responsibility for a car bomb that killed 9 people in Kirkuk.", "2019-05-04")
    assert any(s == "IRQREB" and c == "1832" for s, t, c, m in got), got


def test_a_claimed_blast_is_a_bombing_aimed_at_its_victims(coder):
    got = triples(coder, "The Pakistani Taliban claimed the blast that killed 14 policemen in Quetta.", "2019-05-04")
    assert ("PAKREB", "PAKCOP", "183", "asserted") in got, got


def test_a_blast_nobody_claimed_is_no_bombing(coder):
    got = triples(coder, "A gas blast killed 14 workers at a factory in Quetta.", "2019-05-04")
    assert not any(c.startswith("18") for s, t, c, m in got), got


def test_force_used_against_people_after_a_list_of_means_targets_them(coder):
    # "against" hangs on the second means of the list: whom both are used against
    got = triples(coder, "Israeli police used stun grenades and water cannon against protesters blocking a road in Haifa.",
                  "2023-03-07")
    assert ("ISRCOP", "ISRCVL", "175", "asserted") in got, got


def test_a_place_under_a_barrage_fired_from_a_country_is_its_target(coder):
    got = triples(coder, "Northern Israel came under a barrage of rockets fired from Lebanon on Sunday.", "2023-05-01")
    assert any(s == "LBN" and t == "ISR" and c.startswith("19") for s, t, c, m in got), got


def test_a_city_that_endured_foreign_missiles_was_attacked_by_their_owner(coder):
    got = triples(coder, "The city of Zaporizhzhia endured a barrage of Russian missiles overnight.", "2023-05-01")
    assert any(s == "RUS" and t == "UKR" and c.startswith("19") for s, t, c, m in got), got


def test_a_defeat_suffered_is_no_attack(coder):
    got = triples(coder, "The ruling party suffered a heavy defeat in the Kenyan election.", "2023-05-01")
    assert not any(c.startswith("19") for s, t, c, m in got), got


def test_a_town_under_shelling_by_a_demonym_is_attacked_by_that_country(coder):
    # the parser reads "Russian" as the object of "under" and "shelling" as a clause (syntax.repair_gerund_after_...)
    got = triples(coder, "Kherson came under Russian shelling again on Sunday.", "2022-11-20")
    assert any(s.startswith("RUS") and t == "UKR" and c == "194" for s, t, c, m in got), got
