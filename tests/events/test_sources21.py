"""Sources of round 21 (our own sentences): agentless shootings, poisonings and kidnappings are coded with no
source whatever clause or phrase tells when or how; unarmed people shot dead by no one named are assaulted."""

from gold_helpers import triples


def test_agentless_shooting_with_a_time_clause_is_still_coded(coder):
    t = triples(coder, "A Mexican journalist was shot dead as he left his office in Tijuana.")
    assert (None, "MEXMED", "1823", "asserted") in t, t


def test_agentless_shooting_of_a_titled_name_is_an_assassination(coder):
    t = triples(coder, "Peruvian presidential candidate Alberto Quispe was shot dead as he left a rally in Lima.")
    assert any(s is None and c == "186" and tgt.startswith("PER") for s, tgt, c, m in t), t


def test_agentless_shooting_after_a_meeting_is_an_attempt_on_a_leader(coder):
    t = triples(coder, "The Kenyan interior minister was shot twice after a cabinet meeting in Nairobi on Monday.")
    assert (None, "KENGOV", "185", "asserted") in t, t


def test_agentless_poisoning_with_a_means_is_coded(coder):
    t = triples(coder, "A Ukrainian journalist was poisoned with a nerve agent in Kyiv last month.")
    assert any(s is None and c == "2041" for s, tgt, c, m in t), t


def test_agentless_deaths_with_a_cause_stay_no_event(coder):
    assert not triples(coder, "A Kenyan lawmaker was killed when his car overturned near Nakuru.")
    assert not triples(coder, "Three villagers were killed in a landslide in Nepal.")


def test_opponents_of_a_ruler_are_the_opposition_not_the_ruler(coder):
    t = triples(coder, "Opponents of the president marched through Caracas on Saturday.")
    assert any(s == "VENOPP" and c == "141" for s, tgt, c, m in t), t
    t = triples(coder, "Critics of the government accused the president of rigging the vote in Harare.")
    assert any(s == "ZWEOPP" and c.startswith("112") for s, tgt, c, m in t), t


def test_generals_are_the_army(coder):
    t = triples(coder, "Egyptian generals rejected the president's demand to hand over power.")
    assert ("EGYMIL", "EGYGOV", "120", "asserted") in t, t


def test_attackers_of_a_named_side_are_that_side_s(coder):
    t = triples(coder, "Gunmen of the Ansar Dine group attacked a village near Mopti on Sunday.")
    assert any(s == "MLIREB" and c.startswith("18") for s, tgt, c, m in t), t
    t = triples(coder, "Gunmen loyal to the former president attacked a police station in Abidjan.")
    assert any(s is not None and s.startswith("CIV") for s, tgt, c, m in t), t


def test_bare_gunmen_stay_unnamed(coder):
    t = triples(coder, "Gunmen killed four villagers in Benue state on Sunday.")
    assert t and all(s is None for s, tgt, c, m in t), t
