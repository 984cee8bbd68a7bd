"""Recall of material-cooperation and conflict roots (06-09, 13-20): triggers the dictionaries lacked
(our own sentences, issue 10). Each new trigger is also checked negated or only planned."""

from gold_helpers import triples


def coded(coder, text: str) -> list[tuple[str, str]]:
    return [(c, m) for s, tgt, c, m in triples(coder, text)]


def test_poisoning_a_person_is_a_chemical_attack(coder):
    assert ("2041", "asserted") in coded(coder, "Russian agents poisoned the dissident with a nerve agent in Salisbury.")


def test_denied_poisoning_is_not_asserted(coder):
    got = coded(coder, "The Kremlin denied that its agents poisoned the dissident.")
    assert ("2041", "negated") in got and ("2041", "asserted") not in got, got


def test_torpedoed_ship_is_a_military_attack(coder):
    assert ("190", "asserted") in coded(coder, "A German submarine torpedoed a British freighter off Ireland.")


def test_sit_in_held_or_staged_is_a_demonstration(coder):
    assert ("141", "asserted") in coded(coder, "South African dock workers held a sit-in outside the port authority in Durban.")
    assert ("141", "asserted") in coded(coder, "Kenyan nurses staged a sit-in outside the health ministry in Nairobi.")


def test_sit_in_not_staged_is_negated(coder):
    got = coded(coder, "Kenyan nurses did not stage a sit-in outside the health ministry.")
    assert ("141", "negated") in got and ("141", "asserted") not in got, got


def test_ban_on_imports_is_an_embargo(coder):
    got = coded(coder, "EU ministers imposed a ban on imports of Iranian steel.")
    assert ("163", "asserted") in got and not any(c == "172" for c, m in got), got


def test_possible_ban_on_imports_is_not_asserted(coder):
    got = coded(coder, "EU ministers may impose a ban on imports of Iranian steel.")
    assert got and all(m != "asserted" for c, m in got), got


def test_bombing_campaign_is_an_air_attack_not_a_criticism(coder):
    got = coded(coder, "NATO launched a bombing campaign against Serbian forces in 1999.")
    assert ("195", "asserted") in got and not any(c.startswith("11") for c, m in got), got


def test_campaign_against_a_company_stays_a_criticism(coder):
    got = coded(coder, "Greenpeace began a campaign against Shell's Arctic drilling.")
    assert not any(c.startswith("19") for c, m in got), got


def test_assassination_attempt_is_an_attempt_not_a_killing(coder):
    got = coded(coder, "The mayor of Lyon survived an assassination attempt on Sunday.")
    assert ("185", "asserted") in got and not any(c == "186" for c, m in got), got


def test_troops_put_on_high_alert(coder):
    assert ("152", "asserted") in coded(coder, "Egypt placed its troops on high alert along the border with Libya.")


def test_protest_in_a_relative_clause_on_the_people_arrested_is_coded(coder):
    got = coded(coder, "Egyptian police arrested students who protested against the price rises.")
    assert ("173", "asserted") in got and ("141", "asserted") in got, got


def test_negated_protest_in_a_relative_clause_is_not_asserted(coder):
    got = coded(coder, "Egyptian police arrested students who had not protested against the price rises.")
    assert ("141", "asserted") not in got, got


def test_planned_protest_in_a_relative_clause_is_not_asserted(coder):
    got = coded(coder, "Guinean students who planned to protest against fees were arrested by gendarmes.")
    assert ("141", "asserted") not in got, got


def test_relative_clause_on_the_actor_stays_background(coder):
    got = coded(coder, "Police officers who had protested over pay last year arrested two smugglers in Lagos.")
    assert not any(c.startswith("14") for c, m in got), got


def test_intercepted_boat_is_a_restriction_of_movement(coder):
    assert ("191", "asserted") in coded(coder, "Greek coastguards intercepted a Turkish fishing boat near Lesbos.")


def test_not_intercepted_boat_is_negated(coder):
    got = coded(coder, "Greek coastguards did not intercept the Turkish boat.")
    assert ("191", "asserted") not in got, got


def test_intercepted_drone_is_no_act_of_the_defender(coder):
    got = coded(coder, "Israeli air defences intercepted a drone launched from Lebanon.")
    assert not any(c == "191" for c, m in got), got


def test_suspended_participation_reduces_relations(coder):
    assert ("160", "asserted") in coded(coder, "Iraqi Kurds suspended their participation in the oil agreement with Baghdad.")


def test_threat_to_suspend_participation_is_no_suspension(coder):
    got = coded(coder, "Iraqi Kurds threatened to suspend their participation in the oil agreement with Baghdad.")
    assert ("160", "asserted") not in got, got


def test_suspended_talks_halt_negotiations(coder):
    assert ("164", "asserted") in coded(coder, "Serbia suspended talks with Kosovo on Monday.")
