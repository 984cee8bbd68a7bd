"""Targets of round 7b: each country of a list inside an actor phrase ("the embassies of Britain and
Denmark"), a group placed by a list of countries ("militants in Iraq and Syria"), and a country glued to
"-backed" that backs a group without being its country. Our own sentences."""

import pytest

from foedus.coder.explain import explain, format_text

from gold_helpers import dyads_on

dyads = dyads_on("2024-06-20")


@pytest.mark.parametrize("text, expected", [
    # (protest44) civilians who attack a foreign embassy riot (145), as the gold codes crowds stoning embassies
    ("Angry crowds stoned the embassies of Britain and Denmark in Tehran.",
     {("IRNCVL", "GBRGOV", "14"), ("IRNCVL", "DNKGOV", "14")}),
    ("Biden will host the leaders of Japan and the Philippines at the White House next month.",
     {("USAGOV", "JPNGOV", "03"), ("USAGOV", "PHLGOV", "03")}),
    ("The presidents of Kenya and Uganda signed a border agreement.",
     {("KENGOV", "UGAGOV", "05"), ("UGAGOV", "KENGOV", "05")}),
])
def test_each_country_of_an_of_list_is_an_actor(coder, text, expected):
    got = dyads(coder, text)
    assert expected <= got, got


def test_a_co_agent_from_a_list_is_not_its_own_target(coder):
    got = dyads(coder, "The navies of India and Oman began a week of joint patrols in the Arabian Sea.")
    assert all(t is None or s is None or t[:3] != s[:3] for s, t, _ in got), got
    assert {s for s, _, _ in got} >= {"INDMIL", "OMNMIL"}, got


@pytest.mark.parametrize("text, expected", [
    ("Turkish warplanes struck Kurdish militants in Iraq and Syria.",
     {("TURMIL", "IRQREB", "19"), ("TURMIL", "SYRREB", "19")}),
    ("American drones hit Islamist fighters in Somalia and Yemen.",
     {("USA", "SOMREB", "19"), ("USA", "YEMREB", "19")}),
])
def test_a_group_placed_by_a_list_of_countries_is_in_each(coder, text, expected):
    got = dyads(coder, text)
    assert expected <= got, got


def test_a_lone_place_gives_one_target(coder):
    got = dyads(coder, "Turkish warplanes struck Kurdish militants in northern Iraq.")
    assert got == {("TURMIL", "IRQREB", "19")}, got


# ---- a backer glued to "-backed" is not the country of the sentence's groups ------------------------

@pytest.mark.parametrize("text, source, target", [
    ("Government forces fought Iranian-backed Houthi rebels near Marib.", "YEMMIL", "YEMREB"),
    ("The army attacked Libyan-backed rebels in northern Chad.", "TCDMIL", "TCDREB"),
])
def test_a_backer_places_no_group(coder, text, source, target):
    got = dyads(coder, text)
    assert (source, target, "19") in got, got


def test_a_backer_is_no_country_of_a_group_with_no_place(coder):
    got = dyads(coder, "Government troops clashed with Russian-backed rebels in the east on Sunday.")
    assert got and all((s or "")[:3] != "RUS" and (t or "")[:3] != "RUS" for s, t, _ in got), got


def test_a_country_before_led_is_still_the_groups_own(coder):
    got = dyads(coder, "Saudi-led forces bombed rebel positions near Hodeidah.")
    assert any((s or "").startswith("SAU") for s, _, _ in got), got


# ---- the aim of a weapon fired: "at" on the weapon's noun ------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The Houthis fired missiles at American and British warships.",
     {("YEMREB", "USAMIL", "19"), ("YEMREB", "GBRMIL", "19")}),
    ("Hezbollah fired rockets at Israeli army posts near the border.", {("LBNREBHEZ", "ISRMIL", "19")}),
])
def test_at_on_the_weapon_names_its_aim(coder, text, expected):
    got = dyads(coder, text)
    assert expected <= got, got


def test_at_on_a_thing_launched_that_is_no_weapon_names_no_target(coder):
    text = "The ministry launched an inquiry into the failures at the Kenyan police academy."
    got = dyads(coder, text)
    assert {(s, c) for s, t, c in got} == {("KENGOV", "09")}, got
    # the rules read no aim into "at" (an inquiry is no weapon); the learned target chooser may then name the
    # body inquired into (the model retrained on the grown tune part does: KENCOP), which is its own decision
    out = format_text(explain(text, coder=coder))
    assert "(the rules had -)" in out or ("KENGOV", None, "09") in got, out
