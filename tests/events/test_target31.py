"""Targets of events (helper target31): who an act is aimed at, not where it was done. Sentences written for
these tests."""

from __future__ import annotations

from gold_helpers import countries, dyads_on

dyads = dyads_on("2024-05-20")


def test_sides_fighting_near_a_town_fight_each_other(coder):
    # conjoined sides of two countries that fought, with no object: each fought the other, not the town's country
    got = countries(dyads(coder, "Ethiopian and Eritrean troops fought near Badme on Monday."))
    assert ("ETH", "ERI", "19") in got and ("ERI", "ETH", "19") in got, got
    assert not any(t == "ETH" and s == "ETH" for s, t, _ in got), got
    got = countries(dyads(coder, "On 3 March 2024, Ukrainian and Russian forces fought near Avdiivka in Donetsk region."))
    assert ("UKR", "RUS", "19") in got and ("RUS", "UKR", "19") in got, got


def test_one_side_fighting_the_other_keeps_its_object(coder):
    # its object is kept (not the town's country); since violence51 a finite "fought" between two armed sides is a
    # fight both ways, as the gold codes it ("Somali troops fought Al-Shabaab militants")
    got = countries(dyads(coder, "Russian forces fought Ukrainian troops near Bakhmut."))
    assert ("RUS", "UKR", "19") in got and ("UKR", "RUS", "19") in got, got
    assert not any(t == "RUS" and s == "RUS" for s, t, _ in got), got


def test_two_countries_massing_forces_at_their_border_posture_at_each_other(coder):
    got = countries(dyads(coder, "Ethiopia and Eritrea moved troops toward their common border on Tuesday."))
    assert ("ETH", "ERI", "15") in got and ("ERI", "ETH", "15") in got, got
    got = countries(dyads(coder, "Kyrgyz and Tajik forces massed troops along the border on Friday."))
    assert ("KGZ", "TJK", "15") in got and ("TJK", "KGZ", "15") in got, got


def test_one_country_massing_forces_keeps_the_country_across_its_border(coder):
    got = countries(dyads(coder, "Iraq massed troops along its border with Kuwait."))
    assert ("IRQ", "KWT", "15") in got, got
    assert not any(s == "KWT" for s, _, _ in got), got
