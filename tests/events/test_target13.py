"""Round 13 (target13): targets the rules left empty. Destruction or violence aimed at no one named, done
to homes, shops, places of worship, vehicles or travellers, is aimed at the civilians of the country where
they are; parties of several countries who cooperate "together" or in "joint" acts cooperate with each
other; a denial's that-clause names the act denied with its doer, not a target. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from gold_helpers import countries, dyads_on

from foedus.coder import learned

dyads = dyads_on("2024-05-10")


@pytest.mark.parametrize("text, root, pair", [
    # a crowd's or a militia's own country: the place of the things destroyed
    ("A mob burned a dozen shops and a mosque in Kano overnight.", "17", ("NGA", "NGA")),
    ("Rebel fighters looted homes in a village near Goma.", "17", ("COD", "COD")),
    # a foreign force destroying homes abroad: the civilians of that country
    ("Russian soldiers torched houses in Bucha before withdrawing.", "17", ("RUS", "UKR")),
    # people travelling or a vehicle: the civilians of the place
    ("Gunmen abducted 20 passengers after stopping a bus near Zamfara.", "18", ("", "NGA")),
])
def test_destruction_of_civilian_things_is_aimed_at_the_place_s_civilians(coder, text, root, pair):
    found = {(s, t) for s, t, r in countries(dyads(coder, text)) if r == root}
    assert pair in found


def test_an_actor_named_on_the_thing_stays_the_target(coder):
    found = countries(dyads(coder, "Israeli settlers set fire to Palestinian homes in Huwara."))
    assert ("ISR", "PSE", "17") in found


def test_things_that_are_no_civilian_property_give_no_such_target(coder, monkeypatch):
    # weapons seized are no one's homes: the rules add no target for them (the learned chooser off)
    monkeypatch.setattr(learned, "choose_targets", lambda *a, **k: None)
    found = countries(dyads(coder, "Rebels seized a cache of rifles in the hills above Kidal."))
    assert any(r == "17" for _, _, r in found) and all(t == "" for _, t, r in found if r == "17")


@pytest.mark.parametrize("text, root, a, b", [
    ("Kenyan and Ugandan police detectives worked together on the smuggling case.", "06", "KEN", "UGA"),
    ("The navies of Japan and Australia began a week of joint drills off Okinawa.", "06", "JPN", "AUS"),
])
def test_parties_acting_together_cooperate_with_each_other(coder, text, root, a, b):
    found = {(s, t) for s, t, r in countries(dyads(coder, text)) if r == root}
    assert {(a, b), (b, a)} <= found


def test_together_with_a_named_partner_keeps_the_partner(coder):
    found = {(s, t) for s, t, r in countries(dyads(coder, "Kenya and Uganda worked together with Tanzania on the railway."))
             if r == "06"}
    assert ("KEN", "TZA") in found


@pytest.mark.parametrize("text", [
    "Riyadh admitted that the dissident had died inside its embassy in Ankara.",
    "Minsk denied that the opposition activist had been mistreated in a prison near Grodno.",
])
def test_a_denied_that_clause_names_no_target(coder, text, monkeypatch):
    # the rules' part (the learned chooser off): no victim taken from the clause denied
    monkeypatch.setattr(learned, "choose_targets", lambda *a, **k: None)
    found = {(s, t) for s, t, r in countries(dyads(coder, text)) if r == "01"}
    assert found and all(t == "" for _, t in found)


def test_a_denial_of_a_role_in_a_harm_keeps_the_victim(coder):
    found = countries(dyads(coder, "Tehran denied any involvement in the killing of the Israeli diplomat."))
    assert any(r == "01" and t == "ISR" for _, t, r in found)


@pytest.mark.parametrize("text, a, b, host", [
    ("Eritrea and Djibouti signed separate accords in Riyadh to end their border dispute.", "ERI", "DJI", "SAU"),
    ("Armenia and Azerbaijan signed parallel agreements in Washington on transit routes.", "ARM", "AZE", "USA"),
])
def test_separate_deals_are_not_signed_with_each_other(coder, text, a, b, host):
    found = {(s, t) for s, t, r in countries(dyads(coder, text)) if r == "05"}
    assert {(a, host), (b, host)} <= found
    assert (a, b) not in found and (b, a) not in found


def test_a_deal_signed_by_two_parties_stays_mutual(coder):
    found = {(s, t) for s, t, r in countries(dyads(coder, "Eritrea and Djibouti signed an accord in Riyadh."))
             if r == "05"}
    assert {("ERI", "DJI"), ("DJI", "ERI")} <= found
