"""Passives with no agent, and assassinations (our own sentences, h-accuracy2)."""


from gold_helpers import triples


def test_agentless_shooting_of_a_leader_is_an_assassination_without_source(coder):
    t = triples(coder, "Former Japanese prime minister Shinzo Abe was shot dead in Nara.")
    assert (None, "JPNELI", "186", "asserted") in t, t


def test_agentless_abduction_has_no_source(coder):
    t = triples(coder, "Two aid workers were kidnapped in northern Mali on Sunday.")
    assert any(s is None and c == "181" for s, tgt, c, m in t), t


def test_agentless_arrest_is_the_state_s(coder):
    t = triples(coder, "Four journalists were detained in Minsk on Friday.")
    assert ("BLRGOV", "BLRMED", "173", "asserted") in t, t


def test_agentless_negated_arrest_is_not_asserted(coder):
    t = triples(coder, "The protesters in Minsk were not detained.")
    assert not any(m == "asserted" for s, tgt, c, m in t), t


def test_agentless_death_in_an_accident_is_no_event(coder):
    assert not triples(coder, "The governor of Kano was killed in a car crash on Monday.")
    assert not triples(coder, "Three soldiers were killed in Somalia.")


def test_gunmen_shooting_dead_a_minister_is_an_assassination(coder):
    t = triples(coder, "Gunmen shot dead Haiti's justice minister in Port-au-Prince.")
    assert any(c == "186" and tgt == "HTIGOV" for s, tgt, c, m in t), t


def test_killing_hundreds_of_civilians_is_a_mass_killing(coder):
    t = triples(coder, "Sudanese soldiers killed hundreds of villagers in Darfur last week.")
    assert any(c == "202" and s == "SDNMIL" for s, tgt, c, m in t), t


def test_killing_many_people_counted_is_a_mass_killing(coder):
    t = triples(coder, "Boko Haram fighters attacked a village in Borno and killed 110 farmers.")
    assert any(c == "202" for s, tgt, c, m in t), t


def test_killing_soldiers_or_a_few_people_stays_force(coder):
    t = triples(coder, "Russian troops killed 120 soldiers near Bakhmut.")
    assert not any(c == "202" for s, tgt, c, m in t), t
    t = triples(coder, "Gunmen killed 12 villagers in Zamfara.")
    assert not any(c == "202" for s, tgt, c, m in t), t


def test_air_strikes_killing_many_keep_their_code(coder):
    t = triples(coder, "Israeli air strikes killed dozens of people in Gaza.")
    assert not any(c == "202" for s, tgt, c, m in t), t


def test_arrest_by_a_noun_the_dictionaries_do_not_know_is_the_state_s(coder):
    t = triples(coder, "Investigators arrested three opposition politicians in Tbilisi.")
    assert any(s == "GEOCOP" and c == "173" for s, tgt, c, m in t), t
    t = triples(coder, "The former minister was detained in Lahore by paramilitary rangers.")
    assert any(s == "PAKMIL" and c == "173" for s, tgt, c, m in t), t


def test_passive_reads_its_patterns_as_the_active(coder):
    t = triples(coder, "A minibus was blown up by rebels near Beni on Tuesday.")
    assert not any(c == "1712" for s, tgt, c, m in t), t
    t = triples(coder, "Two soldiers were killed by a roadside bomb in Kandahar.")
    assert any(c == "1833" for s, tgt, c, m in t), t


def test_passive_patient_modifiers_do_not_pick_a_pattern(coder):
    t = triples(coder, "A camp for displaced families was attacked by militiamen in Ituri.")
    assert not any(c.startswith("11") for s, tgt, c, m in t), t


def test_police_beating_demonstrators_is_repression(coder):
    t = triples(coder, "Riot police beat demonstrators in Tbilisi on Sunday.")
    assert any(c == "175" and s == "GEOCOP" for s, tgt, c, m in t), t


def test_a_crackdown_that_kills_many_is_repression_not_a_massacre(coder):
    t = triples(coder, "Belarus's crackdown on the protests killed dozens of people.")
    assert not any(c == "202" for s, tgt, c, m in t), t


def test_prosecutors_charging_is_legal_action(coder):
    t = triples(coder, "German prosecutors charged three Russian agents with espionage.")
    assert any(c == "173" and s == "DEUJUD" for s, tgt, c, m in t), t
    t = triples(coder, "Russia charged the United States with meddling in its elections.")
    assert any(c.startswith("112") for s, tgt, c, m in t), t


def test_chemical_weapons_are_2041(coder):
    t = triples(coder, "A sarin attack on Ghouta killed hundreds of people.")
    assert any(c == "2041" for s, tgt, c, m in t), t
    t = triples(coder, "Government aircraft dropped chemical weapons on Idlib.")
    assert any(c == "2041" for s, tgt, c, m in t), t


def test_armed_group_capturing_people_takes_hostages(coder):
    t = triples(coder, "Hamas fighters captured three Israeli soldiers near Gaza.")
    assert any(c == "181" and s.startswith("PSEREB") for s, tgt, c, m in t), t
    t = triples(coder, "Israeli police captured three Hamas fighters.")
    assert any(c == "173" for s, tgt, c, m in t), t


def test_a_bare_participle_before_a_name_is_no_arrest(coder):
    t = triples(coder, "Jailed former prime minister Imran Khan appealed to the Supreme Court.", date="2024-01-10")
    assert not any(c == "173" for s, tgt, c, m in t), t


def test_arrests_at_a_rally_are_arrests(coder):
    t = triples(coder, "Police arrested dozens of protesters at a rally in Minsk.")
    assert any(c == "173" and s == "BLRCOP" for s, tgt, c, m in t), t
    assert not any(c.startswith("14") and s == "BLRCOP" for s, tgt, c, m in t), t
