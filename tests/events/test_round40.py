"""Weapons, passives and nominal acts (round 40, our own sentences): a count of weapons fired is the weapons, never
their target; aircraft used against someone are an air attack; bombs dropped from the air on a crowd stay an air
strike; a past participle joined to a passive shares its patient and by-agent; an act's noun with a "by" phrase,
as the subject of what it did, is done by that phrase; a restriction imposed in a passive with no one named is the act of
the government of the country where it is imposed."""


from foedus.coder.syntax import repair_verbless_noun_clause
from gold_helpers import hand_parsed, triples


def test_a_count_of_missiles_is_no_target(coder):
    t = triples(coder, "Russia fired scores of ballistic missiles at Odesa and other Ukrainian ports overnight.",
                date="2024-03-15")
    assert ("RUS", "UKR", "195", "asserted") in t, t
    assert not any(tgt == "UKRMIL" for s, tgt, c, m in t), t


def test_drones_used_against_a_target_are_an_air_attack(coder):
    t = triples(coder, "Moscow used dozens of Shahed drones against power plants in western Ukraine.", date="2024-03-22")
    assert ("RUSGOV", "UKR", "195", "asserted") in t, t


def test_drones_used_for_watching_are_no_attack(coder):
    t = triples(coder, "Border guards used drones to watch the crossings.", date="2024-03-22")
    assert not any(c.startswith("19") for s, tgt, c, m in t), t


def test_bombs_dropped_on_a_crowd_stay_an_air_strike(coder):
    t = triples(coder, "An air force jet dropped two bombs on a crowd gathered for a wedding in Kachin state.",
                date="2023-05-02")
    assert any(s == "MMRMIL" and c == "195" for s, tgt, c, m in t), t
    assert not any(c == "175" for s, tgt, c, m in t), t


def test_a_passive_conjunct_shares_the_by_agent(coder):
    t = triples(coder, "Two mosques were looted and burned by militiamen near the town of Zalingei, witnesses said.",
                date="2023-11-06")
    burned = [(s, c) for s, tgt, c, m in t if c == "1712"]
    assert burned and all(s != "SDNBUS" and s is not None for s, c in burned), t


def test_an_act_noun_is_done_by_its_by_phrase(coder):
    t = triples(coder, "The bombardment of Kabul by rebel gunners killed at least twenty civilians on Sunday.",
                date="1992-08-10")
    assert any(s == "AFGREB" and c.startswith("19") for s, tgt, c, m in t), t
    assert not any(s == "AFGGOV" for s, tgt, c, m in t), t


def test_the_place_an_act_noun_hits_is_not_its_doer(coder):
    t = triples(coder, "The bombardment of Kabul by rocket batteries in the hills killed at least twenty civilians.",
                date="1992-08-10")
    assert t and not any(s == "AFGGOV" for s, tgt, c, m in t), t


def _killed_on_the_noun():
    # "The shelling of Tuzla by gunners killed ten people , officials said ." with "killed" a participle on "shelling"
    return hand_parsed([("The", "DT", "DET", "det", 1, "the"), ("shelling", "NN", "NOUN", "ccomp", 11, "shelling"),
                        ("of", "IN", "ADP", "prep", 1, "of"), ("Tuzla", "NNP", "PROPN", "pobj", 2, "Tuzla"),
                        ("by", "IN", "ADP", "prep", 1, "by"), ("gunners", "NNS", "NOUN", "pobj", 4, "gunner"),
                        ("killed", "VBN", "VERB", "acl", 1, "kill"), ("ten", "CD", "NUM", "nummod", 8, "ten"),
                        ("people", "NNS", "NOUN", "dobj", 6, "people"), (",", ",", "PUNCT", "punct", 11, ","),
                        ("officials", "NNS", "NOUN", "nsubj", 11, "official"), ("said", "VBD", "VERB", "ROOT", 11, "say"),
                        (".", ".", "PUNCT", "punct", 11, ".")])


def test_a_verb_with_an_object_hung_on_the_act_noun_heads_the_clause():
    doc = _killed_on_the_noun()
    repair_verbless_noun_clause(doc)
    assert doc[6].dep_ == "ccomp" and doc[6].head.i == 11
    assert doc[1].dep_ == "nsubj" and doc[1].head.i == 6


def test_a_participle_right_on_its_noun_stays_one():
    # "The talks held in Vienna ended": no object of its own, no phrase of the noun before it
    doc = hand_parsed([("The", "DT", "DET", "det", 1, "the"), ("talks", "NNS", "NOUN", "ROOT", 1, "talk"),
                       ("held", "VBN", "VERB", "acl", 1, "hold"), ("in", "IN", "ADP", "prep", 2, "in"),
                       ("Vienna", "NNP", "PROPN", "pobj", 3, "Vienna"), (".", ".", "PUNCT", "punct", 1, ".")])
    repair_verbless_noun_clause(doc)
    assert doc[2].dep_ == "acl" and doc[2].head.i == 1


def test_a_curfew_imposed_by_no_one_named_is_the_governments(coder):
    t = triples(coder, "A night curfew was imposed across Kenya after the riots spread to Mombasa.", date="2024-06-27")
    assert ("KENGOV", "KEN", "1723", "asserted") in t, t


def test_a_state_of_emergency_declared_in_a_passive(coder):
    t = triples(coder, "A state of emergency was declared in Bolivia's eastern provinces on Monday.", date="2024-06-27")
    assert ("BOLGOV", "BOL", "1724", "asserted") in t, t


def test_a_curfew_lifted_is_no_curfew_imposed(coder):
    t = triples(coder, "The curfew was lifted in Nairobi on Tuesday.", date="2024-06-27")
    assert not any(c == "1723" for s, tgt, c, m in t), t


def test_a_leaders_name_before_another_surname_is_someone_else(coder):
    t = triples(coder, "Police fired tear gas at crowds mourning the rebel commander Burhan Wani in Srinagar.",
                date="2016-07-09")
    assert not any(s and s.startswith("SDN") or tgt and tgt.startswith("SDN") for s, tgt, c, m in t), t


def test_a_body_named_after_a_person_keeps_the_person(coder):
    t = triples(coder, "The Tower Commission criticised the White House staff over the arms sales.", date="1987-02-26")
    assert any(s == "USAGOV" and c.startswith("11") for s, tgt, c, m in t), t


def test_a_court_approving_an_arrest_orders_it(coder):
    t = triples(coder, "A Lima court approved the arrest of the former president for eighteen months.", date="2023-01-10")
    assert any(s == "PERJUD" and c == "173" for s, tgt, c, m in t), t
    assert not any(c == "051" for s, tgt, c, m in t), t


def test_a_truce_set_to_start_on_a_later_day_is_intended(coder):
    t = triples(coder, "The ELN announced a unilateral ceasefire starting on December 24 for the Christmas season.",
                date="2023-12-15")
    assert any(c == "0871" and m == "intended" for s, tgt, c, m in t), t


def test_a_truce_from_midnight_is_declared(coder):
    t = triples(coder, "The rebels declared a unilateral truce from midnight.", date="2023-12-15")
    assert any(c == "0871" and m == "asserted" for s, tgt, c, m in t), t


def test_ones_own_troops_ordered_out_withdraw(coder):
    t = triples(coder, "Yeltsin ordered Russian troops out of the Chechen capital by the end of the month.",
                date="1996-08-25")
    assert any(s == "RUSMIL" and c == "0874" for s, tgt, c, m in t), t
    assert not any(c == "166" for s, tgt, c, m in t), t


def test_foreign_troops_ordered_out_are_expelled(coder):
    t = triples(coder, "Mali's junta ordered French troops out of the country within days.", date="2022-02-18")
    assert any(c == "166" and tgt and tgt.startswith("FRA") for s, tgt, c, m in t), t


def test_power_shared_is_a_reform_not_intelligence(coder):
    t = triples(coder, "The president said he was ready to share power with the opposition after the elections.",
                date="2008-02-01")
    assert any(c == "034" for s, tgt, c, m in t), t
    assert not any(c.startswith("064") or c == "0314" for s, tgt, c, m in t), t


def test_a_shared_border_is_no_act(coder):
    t = triples(coder, "Kenya and Somalia share a long border that militants cross at will.", date="2015-04-02")
    assert not any(c.startswith("06") for s, tgt, c, m in t), t


def test_grief_at_a_disaster_blames_no_one(coder):
    t = triples(coder, "Ankara said it was deeply saddened by the earthquake that struck northern Iran.", date="2025-11-12")
    assert not any(c.startswith("11") for s, tgt, c, m in t), t


def test_dismay_at_killings_still_disapproves(coder):
    t = triples(coder, "Canada was appalled by the killings of demonstrators in Minsk.", date="2020-08-12")
    assert any(c.startswith("11") for s, tgt, c, m in t), t


def test_rockets_fired_are_an_air_attack(coder):
    # the gold set codes rockets 195 (aerial weapons), as missiles; rocket launchers and shells stay artillery (194)
    t = triples(coder, "Islamic Jihad fired a barrage of rockets at Ashkelon on Tuesday.", date="2022-08-06")
    assert any(c == "195" for s, tgt, c, m in t), t
    t = triples(coder, "Rebel gunners shelled the airport overnight.", date="2022-08-06")
    assert any(c == "194" for s, tgt, c, m in t), t
