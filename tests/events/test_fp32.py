"""False events (fp32): verb senses and complements that told no act between the actors. Warding off an intruder
repels it (no protection given), barricading oneself in is no blockade, "allied" names a side, greeting is no act of
its own, help with a verb for what is helped is no aid of its own, and a place taken over is occupied (192), an office
taken over is no act. Our own sentences."""

import pytest

from gold_helpers import triples


@pytest.mark.parametrize("text, date", [
    ("The Greek coast guard said it had warded off a Turkish research vessel near Crete.", "2020-08-12"),
    ("Serb gunmen barricaded themselves inside a church in northern Kosovo after a shootout.", "2023-09-24"),
    ("The Congolese army and allied militias fought M23 rebels near Sake.", "2024-01-25"),
    ("Kim Jong-un greeted Vladimir Putin at Pyongyang airport.", "2024-06-19"),
    ("Residents greeted Ukrainian soldiers with flags in the main square of Kherson.", "2022-11-11"),
    ("Hungary took over the EU's rotating presidency on Monday.", "2024-07-01"),
])
def test_no_false_event(coder, text, date):
    got = triples(coder, text, date)
    bad = [(s, t, c) for s, t, c, m in got if c[:3] in {"074", "144", "050", "051", "171", "192"}]
    assert not bad, got


def test_forces_warded_off_are_fought(coder):
    got = triples(coder, "Government troops warded off an attack by Taliban fighters on a checkpoint in Helmand.",
                  "2019-05-02")
    assert not any(c == "074" for s, t, c, m in got), got


def test_a_road_barricaded_stays_a_blockade(coder):
    got = triples(coder, "Protesters barricaded the main road to the airport in La Paz.", "2023-01-10")
    assert any(c.startswith("14") for s, t, c, m in got), got


@pytest.mark.parametrize("text, date", [
    ("The chemical weapons watchdog said it would help investigate the suspected poisoning.", "2020-09-03"),
    ("Chinese engineers will help build a second reactor at the Chashma plant.", "2011-01-20"),
])
def test_help_with_a_verb_is_no_aid(coder, text, date):
    got = triples(coder, text, date)
    assert not any(c[:3] in {"070", "033"} for s, t, c, m in got), got


def test_help_for_a_country_stays_aid(coder):
    got = triples(coder, "Kenyan police landed in Port-au-Prince to help Haiti's police.", "2024-06-25")
    assert any(c[:2] in {"07", "03"} for s, t, c, m in got), got


def test_buildings_taken_over_are_occupied(coder):
    got = triples(coder, "Houthi rebels took over government buildings in Sanaa.", "2015-01-20")
    assert any(c == "192" and s and s.startswith("YEM") for s, t, c, m in got), got
    assert not any(c.startswith("17") for s, t, c, m in got), got


def test_pulling_out_of_a_truce_refuses_to_de_escalate(coder):
    got = triples(coder, "The Sri Lankan government said it was pulling out of the truce with the Tamil Tigers.", "2008-01-02")
    assert any(c == "1246" for s, t, c, m in got), got
    assert not any(c == "087" for s, t, c, m in got), got


def test_pulling_out_of_a_runoff_is_a_boycott(coder):
    got = triples(coder, "The opposition leader pulled out of Zimbabwe's presidential runoff, saying the vote could not "
                  "be fair.", "2008-06-22")
    assert any(c == "143" for s, t, c, m in got), got
    assert not any(c == "087" for s, t, c, m in got), got
