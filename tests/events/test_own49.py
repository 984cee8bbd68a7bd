"""Round 49: a threat at anyone at all ("threatened to jail anyone who joined the march", "warned that those who
looted shops would be shot") is aimed at the doer's own country, the people at home (finish._threatens_anyone);
another threat with no one named stays aimed at no one ("threatened to close the strait" is aimed abroad, if at
anyone)."""

from gold_helpers import triples


def test_a_threat_to_jail_anyone_who_marches_is_aimed_at_home(coder):
    t = triples(coder, "The Malian government threatened to jail anyone who joined the march planned for Friday.", date="2022-03-14")
    assert any(c.startswith("13") and s == "MLIGOV" and tgt == "MLICVL" for s, tgt, c, m in t), t


def test_a_warning_to_those_who_loot_is_aimed_at_home(coder):
    t = triples(coder, "Sri Lanka's army chief warned that those who looted shops would be shot.", date="2022-07-14")
    assert any(c.startswith("13") and (s or "")[:3] == "LKA" and tgt == "LKACVL" for s, tgt, c, m in t), t


def test_a_threat_at_any_group_that_defies_a_ban_is_aimed_at_home(coder):
    t = triples(coder, "The Ugandan government threatened to dissolve any party that defied the ban on rallies.",
                date="2021-01-04")
    assert any(c.startswith("13") and s == "UGAGOV" and tgt == "UGACVL" for s, tgt, c, m in t), t


def test_a_threat_with_no_one_named_stays_untargeted_guard(coder):
    t = triples(coder, "Iran threatened on Sunday to close the Strait of Hormuz.", date="2012-01-04")
    assert not any(c.startswith("13") and tgt and tgt[:3] == "IRN" for s, tgt, c, m in t), t


def test_not_planning_to_attack_anyone_is_aimed_at_no_one_guard(coder):
    t = triples(coder, "Minsk said it was not planning to attack anyone.", date="2022-02-14")
    assert not any(c.startswith("13") and tgt for s, tgt, c, m in t), t


def test_a_rally_a_ministry_will_not_allow_is_a_restriction_not_its_rally(coder):
    t = triples(coder, "Zambia's home affairs ministry said it would not allow the opposition's rally on Saturday.",
                date="2021-05-10")
    assert any(c == "1721" and (s or "")[:3] == "ZMB" and m == "asserted" for s, tgt, c, m in t), t
    assert not any(c.startswith("14") and (s or "")[3:6] == "GOV" for s, tgt, c, m in t), t


def test_police_refusing_to_permit_a_march_restrict_it(coder):
    t = triples(coder, "Chilean police refused to permit a march by striking teachers.", date="2019-06-10")
    assert any(c == "1721" and s == "CHLCOP" and m == "asserted" for s, tgt, c, m in t), t


def test_a_march_allowed_is_no_restriction_guard(coder):
    t = triples(coder, "Chilean police said they would allow the teachers' march to go ahead.", date="2019-06-10")
    assert not any(c.startswith("17") for s, tgt, c, m in t), t


def test_troops_dismantling_rocket_launchers_seize_weapons(coder):
    t = triples(coder, "Jordanian troops dismantled two rocket launchers hidden in a farm near the border.",
                date="2019-06-10")
    assert any(c == "1711" and s == "JORMIL" for s, tgt, c, m in t), t


def test_a_boat_seized_with_missile_parts_is_no_taking_part_guard(coder):
    t = triples(coder, "Omani coast guards seized a dhow carrying drone parts off Salalah.", date="2019-06-10")
    assert not any(c.startswith("03") for s, tgt, c, m in t), t
    assert any(c.startswith("17") or c.startswith("18") for s, tgt, c, m in t), t


def test_a_network_dismantled_is_no_seizure_guard(coder):
    t = triples(coder, "Spanish police dismantled a people-smuggling network in Malaga.", date="2019-06-10")
    assert not any(c == "1711" for s, tgt, c, m in t), t
