"""Argument choice, issue 10 round 2: attackers nobody is named for have no source; the launcher
of the weapon that struck is its source. Sentences written for these tests."""

from __future__ import annotations

from gold_helpers import triples


def dyads(coder, text, date="2024-06-20"):
    return {(s or "", t or "", code[:2]) for s, t, code, _ in triples(coder, text, date)}


def test_unnamed_gunmen_have_no_source(coder):
    got = dyads(coder, "Gunmen shot dead three farmers near Jos on Tuesday.")
    assert got and all(s == "" for s, _, r in got if r in {"18", "19", "20"}), got
    assert any(t.startswith("NGA") for _, t, _ in got), got


def test_suicide_bomber_and_armed_men_have_no_source(coder):
    got = dyads(coder, "A suicide bomber killed eleven worshippers at a mosque in Peshawar.")
    assert any(s == "" and t.startswith("PAK") for s, t, _ in got), got
    got = dyads(coder, "A provincial judge was kidnapped by armed men in Zacatecas.")
    assert got and all(s == "" for s, _, _ in got), got


def test_gunmen_of_a_named_people_keep_their_code(coder):
    got = dyads(coder, "Palestinian gunmen attacked an Israeli checkpoint near Nablus.")
    assert any(s.startswith("PSE") for s, _, _ in got), got


def test_a_bomb_with_no_doer_has_no_source(coder):
    got = dyads(coder, "A roadside bomb killed five policemen in Diyala province.")
    assert any(s == "" and t.startswith("IRQ") for s, t, _ in got), got


def test_the_launcher_of_the_weapon_is_the_source(coder):
    got = dyads(coder, "An oil tanker was struck by a missile launched by Houthi rebels off Hodeidah.")
    assert any(s.startswith("YEM") for s, _, _ in got), got
    got = dyads(coder, "A fuel depot was hit by a bomb planted by PKK militants in Diyarbakir.")
    assert any(s.startswith("TUR") for s, _, _ in got), got


def test_aid_announced_during_a_visit_goes_to_the_country_visited(coder):
    got = dyads(coder, "Macron pledged new air defence systems during a visit to Kyiv on Thursday.")
    assert any(s.startswith("FRA") and t.startswith("UKR") for s, t, _ in got), got


def test_a_visit_to_a_town_of_ones_own_country_is_no_target(coder):
    got = dyads(coder, "Macron announced new investments during a visit to Lyon.")
    assert all(t != "FRA" for _, t, _ in got), got


def test_withdrawal_from_a_foreign_place_is_aimed_at_its_country(coder):
    got = dyads(coder, "Turkey pulled its soldiers back from the outskirts of Kirkuk.")
    assert ("TUR", "IRQ", "08") in {(s[:3], t[:3], r) for s, t, r in got}, got
    got = dyads(coder, "Israel withdrew its troops from the west bank of the Litani river near Tyre.")
    assert all(not t.startswith("PSE") for _, t, _ in got), got
