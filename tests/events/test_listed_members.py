"""A group no actor names ("several countries", "Gulf states") stands for the members it lists after
"including" or "such as"."""

from __future__ import annotations

from gold_helpers import triples


def test_members_listed_after_including_are_the_doers(coder):
    got = triples(coder, "A dozen countries including Poland and Latvia summoned the Belarusian ambassador.",
                  date="2021-06-01")
    assert {s for s, _, c, _ in got if c.startswith("114")} == {"POL", "LVA"}, got


def test_members_listed_after_such_as_are_the_doers(coder):
    got = triples(coder, "Several Gulf states such as Qatar and Kuwait offered aid to Syria.", date="2023-02-10")
    assert {(s, t) for s, t, c, _ in got if c.startswith("03")} == {("QAT", "SYR"), ("KWT", "SYR")}, got


def test_members_listed_in_a_target(coder):
    got = triples(coder, "Russian drones struck cities including Odesa and Lviv overnight.", date="2023-07-20")
    assert any(c.startswith("19") and t == "UKR" for _, t, c, _ in got), got


def test_a_named_group_keeps_its_own_code(coder):
    got = triples(coder, "Western governments, including Britain and France, condemned the coup in Niger.",
                  date="2023-07-28")
    assert any(c.startswith("11") and s == "WSTGOV" for s, _, c, _ in got), got
