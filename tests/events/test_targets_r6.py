"""Sources and targets of the sixth round (helper `target`). Sentences written for these tests."""

from __future__ import annotations

from gold_helpers import dyads_on


dyads = dyads_on("2024-05-10")


def test_object_phrase_target_comes_before_a_later_phrase_of_the_verb(coder):
    # "over the objections of the president" is why, not whom: the sanctions' own phrase names the target
    got = dyads(coder, "The Senate approved tough sanctions against Iran on Friday over the objections of President Obama.",
                date="2013-05-03")
    assert any(s and s.startswith("USA") and t == "IRN" and c == "16" for s, t, c in got if t), got
    got = dyads(coder, "The court issued an arrest warrant for the Sudanese president over the killing of Darfuri villagers.",
                date="2009-03-04")
    assert any(t is not None and t.startswith("SDNGOV") and c == "17" for s, t, c in got), got


def test_doer_after_by_is_the_source_of_an_attack_noun(coder):
    got = dyads(coder, "Attacks on Ukrainian power plants by Russian forces intensified this week.")
    assert ("RUSMIL", "UKR", "19") in got, got
    # the parser hangs "by ..." on the object of "on": still the attack's doer, not an unidentified attacker
    got = dyads(coder, "A raid on a market by Sudanese paramilitaries killed thirty traders.")
    assert any(s is not None and s.startswith("SDN") and c in {"18", "19"} for s, t, c in got), got
    assert all(s is None or "UAF" not in s for s, t, c in got), got


def test_by_inside_a_relative_clause_of_the_object_is_not_the_doer(coder):
    # the base was guarded by the troops; they did not attack
    got = dyads(coder, "An attack on a base guarded by Malian troops killed nine soldiers.")
    assert all(s is None or not s.startswith("MLIMIL") for s, t, c in got if c == "19"), got


def test_giver_of_what_is_received_is_the_source(coder):
    got = dyads(coder, "The Kenyan president received a phone call from the Ethiopian prime minister.")
    assert ("ETHGOV", "KENGOV", "04") in got, got
    got = dyads(coder, "Morocco received a letter of protest from Algeria.")
    assert all(not (s or "").startswith("MAR") for s, t, c in got), got
    assert any(s == "DZA" and t == "MAR" for s, t, c in got), got


def test_receiving_a_visitor_keeps_the_host_as_source(coder):
    got = dyads(coder, "The Kenyan president received the Ethiopian prime minister at State House.")
    assert ("KENGOV", "ETHGOV", "04") in got, got


def test_sector_actor_takes_the_country_closing_a_bracketed_place(coder):
    got = dyads(coder, "On 9 February 2024, a government helicopter dropped barrel bombs on Kafr Nabl (Idlib, Syria).")
    assert any(s == "SYRGOV" and c == "19" for s, t, c in got), got
    got = dyads(coder, "On 7 October 2023, rebels seized the town of Rumangabo (North Kivu, Democratic Republic of Congo).")
    assert any(s == "CODREB" and (t or "").startswith("COD") for s, t, c in got), got


def test_those_said_to_have_done_a_denied_act_are_not_the_denials_target(coder):
    got = dyads(coder, "Beijing denied that North Korean workers had built the missile factory.")
    assert all(not (t or "").startswith("PRK") for s, t, c in got if c == "01"), got
    # nor is the victim of the denied act (round 17: a denial answers its accuser, here none; gold README)
    got = dyads(coder, "Kyiv denied that its drones had struck an oil depot in Russia.")
    assert any(s.startswith("UKR") and t is None for s, t, c in got if c == "01" and s), got


def test_rejected_decision_of_an_international_body_is_aimed_at_the_body(coder):
    got = dyads(coder, "China vetoed a Security Council resolution on Myanmar.")
    assert ("CHN", "IGOUNO", "12") in got, got
    got = dyads(coder, "Poland blocked the EU's migration pact for the second time.")
    assert any(s == "POL" and (t or "").startswith("IGOEU") for s, t, c in got), got


def test_contribution_to_a_un_force_still_goes_where_the_force_is(coder):
    got = dyads(coder, "Ghana contributed 800 troops to a UN force in Liberia.")
    assert any(s == "GHA" and t == "LBR" for s, t, c in got), got


def test_a_sum_in_aid_takes_the_receiver_named_on_the_aid(coder):
    got = dyads(coder, "Japan gave 200 million dollars in loans to Sri Lanka.")
    assert ("JPN", "LKA", "07") in got, got
    got = dyads(coder, "Norway pledged ten million euros in food aid for Chad and Niger.")
    assert {t for s, t, c in got if s == "NOR"} >= {"TCD", "NER"}, got
