"""Whole-sentence recall holes of round 27 (our own sentences): an application handed in to join a body is an
appeal to it; a verb the parser hung on a conjunct of a noun root keeps the root noun's actors as its subject;
a chemical or other weapon dropped or used on a place by no one named is an attack on that place's country."""

from gold_helpers import triples


def test_application_handed_in_is_an_appeal_to_the_body(coder):
    t = triples(coder, "Norway and Iceland handed in their applications to join the European Union on Monday.")
    assert ("NOR", "IGOEUREEC", "022", "asserted") in t, t
    assert ("ISL", "IGOEUREEC", "022", "asserted") in t, t


def test_application_submitted_for_membership(coder):
    t = triples(coder, "Moldova submitted an application for membership of the European Union.")
    assert ("MDA", "IGOEUREEC", "022", "asserted") in t, t


def test_verb_on_conjunct_of_a_noun_root_has_the_root_as_subject(coder):
    t = triples(coder, "The United States and more than 20 allies expelled over 100 Russian diplomats.")
    assert any(s == "USA" and tgt.startswith("RUS") and c.startswith("17") and m == "asserted"
               for s, tgt, c, m in t), t


def test_conjunct_with_its_own_actor_acts_alone(coder):
    t = triples(coder, "Opposition supporters protesting the verdict gathered in Dakar; gendarmes arrested about 30 of them.")
    assert not any(s == "SENOPP" and c == "173" for s, tgt, c, m in t), t


def test_chemical_weapon_dropped_on_a_place_by_no_one_named(coder):
    t = triples(coder, "On 12 May 2017, chlorine canisters were dropped on a school in Saraqeb, according to rescuers.",
                date="2017-05-13")
    assert any(c == "2041" and tgt.startswith("SYR") and m == "asserted" for s, tgt, c, m in t), t


def test_leaflets_dropped_on_a_town_are_no_attack(coder):
    t = triples(coder, "Leaflets were dropped on the town of Saraqeb.")
    assert not any(c.startswith(("18", "19", "20")) for s, tgt, c, m in t), t


def test_asset_freezes_read_as_a_clause_are_the_object(coder):
    t = triples(coder, "Canada and Australia imposed travel bans and asset freezes on Belarusian officials.")
    assert any(s == "CAN" and tgt.startswith("BLR") and c == "163" for s, tgt, c, m in t), t
    t = triples(coder, "London and Ottawa imposed asset freezes and travel bans on Belarusian officials.")
    assert any(s.startswith("GBR") and tgt.startswith("BLR") and c == "163" for s, tgt, c, m in t), t


def test_a_rule_that_bans_stays_a_verb(coder):
    t = triples(coder, "The government said the new law bans street protests in the capital.")
    assert not any(c == "163" for s, tgt, c, m in t), t
