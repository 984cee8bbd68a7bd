"""Round 47 rules (our own sentences): a march, vigil or sit-in banned restricts the freedom to protest (1721) as a
rally banned does; a member's voting rights suspended by its body reduce relations (160) as a suspended membership
does."""

from gold_helpers import triples


def test_a_banned_march_restricts_political_freedom(coder):
    t = triples(coder, "The regional governor banned the teachers' march planned for Sunday in Cochabamba.",
                date="2019-03-08")
    assert any(c == "1721" for s, tgt, c, m in t), t


def test_an_outlawed_vigil_restricts_political_freedom(coder):
    t = triples(coder, "Police in Minsk outlawed the candlelight vigil for the jailed activists.", date="2021-02-10")
    assert any(c == "1721" and (s or "").startswith("BLR") for s, tgt, c, m in t), t


def test_a_banned_sit_in_restricts_political_freedom(coder):
    t = triples(coder, "Sudan's military council banned the sit-in outside the defence ministry.", date="2019-05-20")
    assert any(c == "1721" for s, tgt, c, m in t), t


def test_suspended_voting_rights_reduce_relations(coder):
    t = triples(coder, "The Council of Europe suspended Turkey's voting rights in its parliamentary assembly.",
                date="2017-04-25")
    assert any(c == "160" and (tgt or "").startswith("TUR") for s, tgt, c, m in t), t


def test_suspended_rights_of_protesters_are_no_reduced_relations(coder):
    t = triples(coder, "The junta suspended the right to protest in the capital.", date="2021-02-03")
    assert not any(c == "160" for s, tgt, c, m in t), t


def test_not_joining_others_in_an_act_negates_the_joiners_part(coder):
    t = triples(coder, "Argentina said it would not join other South American governments in recognising the rival "
                       "parliament.", date="2019-02-04")
    assert not any(c.startswith("05") and m == "asserted" for s, tgt, c, m in t), t


def test_not_joining_a_condemnation_is_no_condemnation(coder):
    t = triples(coder, "Hungary did not join the other EU states in condemning the Chinese crackdown.", date="2021-04-12")
    assert not any(c.startswith("11") and (s or "").startswith("HUN") and m == "asserted" for s, tgt, c, m in t), t


def test_troops_that_did_not_join_an_offensive_fought_no_one_guard(coder):
    t = triples(coder, "Burundian troops did not join the offensive against the rebels in South Kivu.", date="2023-10-20")
    assert not any(c.startswith("19") and (s or "").startswith("BDI") and m == "asserted" for s, tgt, c, m in t), t


def test_joining_others_in_an_act_is_the_act(coder):
    t = triples(coder, "Chile joined its neighbours in condemning the coup in La Paz.", date="2019-11-12")
    assert any(c.startswith("11") and (s or "").startswith("CHL") and m == "asserted" for s, tgt, c, m in t), t
