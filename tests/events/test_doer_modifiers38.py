"""(fight38) An agent word before an act of force names its doer ("the police raid on a slum left 12 dead", "an army
offensive in Borno killed 20 militants", "a rebel attack on Kidal"; actor_cues doer_modified_acts,
doer_modifier_adjectives); before other nouns it names no actor ("police reform", "military aid"), and an adjective
of kind names no doer ("a naval blockade"). Our own sentences."""

from gold_helpers import triples


def test_an_army_offensive_is_the_armys(coder):
    got = triples(coder, "An army offensive in Borno killed 20 militants, officials said.", "2021-05-06")
    assert any(s == "NGAMIL" and c.startswith("19") for s, t, c, m in got), got


def test_a_police_raid_is_the_polices(coder):
    got = triples(coder, "The police raid on a slum in Lagos left 12 people dead.", "2021-05-06")
    assert any(s == "NGACOP" for s, t, c, m in got), got


def test_a_rebel_attack_is_the_rebels(coder):
    got = triples(coder, "A rebel attack on the town of Kidal killed 12 soldiers.", "2021-05-06")
    assert any(s == "MLIREB" and c.startswith("19") for s, t, c, m in got), got


def test_police_reform_names_no_actor(coder):
    from foedus.coder.pipeline import Coder

    result = Coder().code_text("The Kenyan parliament debated police reform on Tuesday.", date="2021-05-06")
    assert not any(a.code.endswith("COP") for a in result.actors), result.actors


def test_a_naval_blockade_names_no_doer(coder):
    got = triples(coder, "NATO said it would tighten the naval blockade of Libya with Malta's help.", "2011-05-06")
    assert not any((t or "").startswith("MLT") for s, t, c, m in got), got
