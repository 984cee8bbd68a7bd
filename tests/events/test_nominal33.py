"""(nominal33) Force named in a phrase of defiance ("despite", "notwithstanding") happened whatever the clause does:
its doer is named by the noun's own words, never by the clause's subject. Our own sentences."""

from gold_helpers import triples


def test_air_strikes_defied_are_the_owners_air_strikes(coder):
    got = triples(coder, "Kurdish fighters held the town of Kobani for a third week despite Turkish air strikes.",
                  "2015-10-20")
    assert any(code == "195" and (src or "").startswith("TUR") for src, _, code, _ in got), got


def test_an_offensive_defied_is_its_owners_attack_on_its_target(coder):
    got = triples(coder, "Ukrainian troops held their positions near Bakhmut despite a Russian offensive on the town.",
                  "2023-02-10")
    assert any(code[:2] == "19" and (src or "").startswith("RUS") for src, _, code, _ in got), got


def test_defied_force_with_no_doer_of_its_own_is_not_the_subjects(coder):
    got = triples(coder, "The aid convoy reached the town despite heavy shelling.", "2015-10-20")
    assert not any(code[:2] == "19" for _, _, code, _ in got), got


def test_any_attacks_defied_name_no_attack(coder):
    got = triples(coder, "Farmers kept planting their fields despite any attacks by the Sudanese army.", "2024-05-01")
    assert not any(code[:2] in {"18", "19"} for _, _, code, _ in got), got


def test_force_answered_in_retaliation_is_its_owners(coder):
    got = triples(coder, "Turkey shelled Syrian army positions in retaliation for Syria's missile barrage earlier "
                  "in the week.", "2012-10-04")
    assert any(code[:2] == "19" and (src or "").startswith("SYR") for src, _, code, _ in got), got


def test_force_answered_aimed_at_no_actor_is_left_alone(coder):
    got = triples(coder, "British warplanes struck rebel sites in retaliation for the group's attacks on merchant "
                  "shipping.", "2024-01-12")
    assert not any(code[:2] in {"18", "19"} and (tgt or "").startswith("GBR") for _, tgt, code, _ in got), got
