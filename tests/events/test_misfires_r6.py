"""Precision misfires (round 6b): an intercepted craft of another state is the interceptor's force, not
its owner's attack; conjoined agents of a passive (or subjects of a one-sided act) are co-sources, never
each other's target. Our own sentences."""

import pytest

from gold_helpers import triples


@pytest.mark.parametrize("text,source,target", [
    ("Chinese warplanes intercepted a Japanese drone over the East China Sea.", "CHN", "JPN"),
    ("A British drone was intercepted by Iranian jets over the Gulf of Oman.", "IRN", "GBR"),
    ("Turkey shot down a Syrian drone near the border on Tuesday.", "TUR", "SYR"),
])
def test_one_intercepted_craft_is_the_interceptors_force(coder, text, source, target):
    got = triples(coder, text)
    assert any(c.startswith("19") and s.startswith(source) and t.startswith(target) and m == "asserted"
               for s, t, c, m in got), got
    assert not any(s.startswith(target) for s, t, c, m in got), got


@pytest.mark.parametrize("text,source,target", [
    ("Polish air defences intercepted twelve Belarusian drones over Lublin.", "BLR", "POL"),
    ("Jordanian jets shot down a drone launched by Iran toward Amman.", "IRN", "JOR"),
    ("Israeli air defences intercepted a Hezbollah drone over the Galilee.", "LBN", "ISR"),
])
def test_counted_or_launched_craft_stays_the_launchers_attack(coder, text, source, target):
    got = triples(coder, text)
    assert any(c.startswith("19") and s.startswith(source) and t.startswith(target) for s, t, c, m in got), got


def test_craft_not_intercepted_is_no_asserted_force(coder):
    got = triples(coder, "Chinese warplanes did not intercept the Japanese drone.")
    assert not any(c.startswith("19") and m == "asserted" for s, t, c, m in got), got


@pytest.mark.parametrize("text,agents", [
    ("The bombing was denounced by Canada and Norway.", {"CAN", "NOR"}),
    ("Canada and Norway condemned the attack.", {"CAN", "NOR"}),
    ("The attack was condemned by the African Union and the Arab League.", {"IGOAFR", "IGOMEAARL"}),
])
def test_co_agents_of_one_act_are_never_each_others_target(coder, text, agents):
    got = triples(coder, text)
    assert {s for s, t, c, m in got if c.startswith("11")} == agents, got
    assert not any(s in agents and t in agents for s, t, c, m in got), got


def test_co_agents_keep_the_doer_named_as_target(coder):
    got = triples(coder, "The raid by Turkish troops was denounced by Canada and Norway.")
    assert {(s, t[:3]) for s, t, c, m in got if c.startswith("11")} == {("CAN", "TUR"), ("NOR", "TUR")}, got


@pytest.mark.parametrize("text,code", [
    ("Peru and Chile signed a fisheries accord.", "057"),
    ("Sudanese and Chadian troops clashed along the frontier.", "19"),
])
def test_mutual_acts_keep_both_directions(coder, text, code):
    got = triples(coder, text)
    pairs = {(s[:3], t[:3]) for s, t, c, m in got if c.startswith(code)}
    assert len(pairs) == 2 and all((t, s) in pairs for s, t in pairs), got


def test_three_bodies_listed_are_three_co_sources(coder):
    # the parser may hang "the EU" on "the UN" as an apposition and "the OSCE" on it as a conjunct
    got = triples(coder, "The UN, the EU and the OSCE deplored the massacre.")
    sources = {s for s, t, c, m in got if c.startswith("11")}
    assert {"IGOUNO", "IGOEUREEC"} <= sources and len(sources) == 3, got
    assert not any(s in sources and t in sources for s, t, c, m in got), got


@pytest.mark.parametrize("text", [
    "Canada and Norway welcomed the truce.",
    "Canada and Norway praised the accord.",
])
def test_judging_a_pact_makes_no_partners(coder, text):
    got = triples(coder, text)
    assert {s for s, t, c, m in got if c.startswith("05")} == {"CAN", "NOR"}, got
    assert not any(s in {"CAN", "NOR"} and t in {"CAN", "NOR"} for s, t, c, m in got), got


def test_keeping_a_truce_stays_mutual(coder):
    got = triples(coder, "Eritrea and Ethiopia began observing a truce.")
    assert {(s, t) for s, t, c, m in got if c.startswith("08")} >= {("ERI", "ETH"), ("ETH", "ERI")}, got
