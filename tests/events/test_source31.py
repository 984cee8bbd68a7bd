"""Event sources (source31): doers the text calls unidentified, and attackers named only by what they did when they
seize or destroy property, are no source; a side named ("pro-Russian gunmen") is theirs; a movement of local branches
acts where the place it strikes is, not where the soldiers it kills come from; a participle clause opening the
sentence that the parser read as the subject leaves the noun phrase after its comma the subject. Our own sentences."""

import pytest

from gold_helpers import triples


@pytest.mark.parametrize("text, code", [
    ("Unknown persons set fire to a police station in Kisumu county.", "17"),
    ("Unidentified looters ransacked shops in the market of Kassala during the blackout.", "17"),
    ("Armed men looted a warehouse of the World Food Programme in El Fasher.", "17"),
    ("A school in Manipur was set on fire by armed men on Sunday.", "17"),
])
def test_unnamed_doers_of_property_attacks_are_no_source(coder, text, code):
    got = triples(coder, text, "2024-06-01")
    hits = [(s, t) for s, t, c, m in got if c.startswith(code)]
    assert hits and all(s is None for s, t in hits), got


def test_a_named_side_keeps_the_gunmen_theirs(coder):
    got = triples(coder, "Pro-Russian gunmen seized the town hall in Kramatorsk.", "2014-04-13")
    assert any(c[:2] in {"17", "19"} and s is not None and s.startswith("UKR") for s, t, c, m in got), got


def test_branch_acts_where_it_strikes_not_where_its_victims_come_from(coder):
    got = triples(coder, "An Islamic State suicide bomber struck crowds at Kabul airport's main gate, killing 13 U.S. "
                  "troops and dozens of Afghans.", "2021-08-27")
    srcs = {s for s, t, c, m in got if c.startswith("18")}
    assert srcs and all(s and s.startswith("AFG") for s in srcs), got


@pytest.mark.parametrize("text, date, pair", [
    ("Meeting in Montevideo, the foreign ministers of Ecuador and Peru signed a declaration on a ceasefire.",
     "1995-03-01", ("ECUGOV", "PERGOV")),
    ("Meeting in Geneva, the foreign ministers of Armenia and Azerbaijan signed a joint statement on Thursday.",
     "2024-05-10", ("ARMGOV", "AZEGOV")),
])
def test_fronted_participle_leaves_the_subject_after_the_comma(coder, text, date, pair):
    got = triples(coder, text, date)
    assert any(s == pair[0] and t == pair[1] for s, t, c, m in got), got


@pytest.mark.parametrize("text, date", [
    ("B-52 bombers struck targets around Hanoi for a third night.", "1972-12-21"),
    ("Two days after the talks collapsed, B-2 bombers struck the Fordow enrichment plant.", "2025-06-22"),
])
def test_us_bomber_types_are_the_us_military(coder, text, date):
    got = triples(coder, text, date)
    assert any(c.startswith("19") and s == "USAMIL" for s, t, c, m in got), got
