"""(fight38) Two armed groups of one country fighting each other: each is the other's target (the gold codes
"ELN fighters attacked FARC dissidents" COLREB -> COLREB), not the country where they fight; fighting verbs with
conjoined sides and no object are mutual ("troops and rebels battled"); a counteroffensive is an offensive.
Our own sentences."""

from gold_helpers import triples


def test_a_named_group_attacking_another_group_targets_it(coder):
    got = triples(coder, "Al-Shabaab militants attacked a clan militia near Beledweyne on Tuesday.", "2022-05-04")
    assert ("SOMREB", "SOMREB", "190", "asserted") in got, got


def test_a_militia_fighting_a_named_militia_targets_it(coder):
    got = triples(coder, "Druze militiamen fought Amal gunmen in west Beirut.", "1986-03-04")
    assert ("LBNREB", "LBNREB", "190", "asserted") in got, got


def test_a_groups_own_fighters_stay_its_own(coder):
    # "its fighters": the group's own men, never its target
    got = triples(coder, "Hamas said its fighters had clashed with Israeli troops in Khan Younis.", "2024-01-10")
    assert not any(s and t and s == t for s, t, c, m in got), got


def test_conjoined_sides_battling_fight_each_other(coder):
    got = triples(coder, "Government troops and rebels battled near the northern town on Sunday.", "1994-04-10")
    assert ("MIL", "REB", "190", "asserted") in got and ("REB", "MIL", "190", "asserted") in got, got


def test_a_counteroffensive_launched_is_fighting(coder):
    got = triples(coder, "Ukraine launched what it called a large-scale counteroffensive near Zaporizhzhia.", "2023-06-10")
    assert any(c == "190" and s == "UKR" for s, t, c, m in got), got
