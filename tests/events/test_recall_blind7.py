"""Recall of round 7b on blind prose: shops, markets, schools and places of worship burned are property
destroyed (1712; by a crowd against the state's buildings a riot, 145). Our own sentences."""

import pytest

from gold_helpers import triples


@pytest.mark.parametrize("text, source", [
    ("Soldiers burned a shop in Sittwe.", "MMRMIL"),
    ("Soldiers burned a school in Sittwe.", "MMRMIL"),
    ("Militiamen burned a market near Bunia.", "COD"),
    ("Rioters burned a church in Jos on Sunday.", "NGA"),
    ("Troops burned a warehouse full of grain near Mekelle.", "ETH"),
])
def test_burned_buildings_are_destroyed_property(coder, text, source):
    t = triples(coder, text)
    assert any(c in ("1712", "145") and s and s.startswith(source) and m == "asserted"
               for s, tgt, c, m in t), t


@pytest.mark.parametrize("text", [
    "Protesters burned an effigy of the prime minister in Dhaka.",
    "Farmers burned crop stubble in Punjab last week.",
    "The fire burned for three days near Athens.",
])
def test_burning_other_things_is_no_destruction(coder, text):
    t = triples(coder, text)
    assert not any(c == "1712" for s, tgt, c, m in t), t


def test_a_school_not_burned_is_not_asserted(coder):
    t = triples(coder, "Soldiers did not burn the school in Sittwe, villagers said.")
    assert not any(c == "1712" and m == "asserted" for s, tgt, c, m in t), t


# ---- foreign forces allowed or let in: military cooperation (062) ----------------------------------

@pytest.mark.parametrize("text, source, target", [
    ("Kazakhstan allowed Russian warplanes to use its airspace.", "KAZ", "RUS"),
    ("Senegal allowed French troops to use its air base near Dakar.", "SEN", "FRA"),
    ("Hungary let Ukrainian troops cross its territory.", "HUN", "UKR"),
    ("Jordan let American warplanes use its air bases.", "JOR", "USA"),
    ("Greece allowed American warships to dock at Souda Bay.", "GRC", "USA"),
])
def test_foreign_forces_allowed_in_are_military_cooperation(coder, text, source, target):
    t = triples(coder, text)
    assert any(c == "062" and s and s.startswith(source) and tgt and tgt.startswith(target) and m == "asserted"
               for s, tgt, c, m in t), t


def test_own_troops_allowed_to_withdraw_are_no_cooperation(coder):
    t = triples(coder, "Ukraine allowed its troops to withdraw from Avdiivka.")
    assert not any(c == "062" for s, tgt, c, m in t), t


def test_forces_not_let_in_are_not_asserted(coder):
    t = triples(coder, "Turkey will not let US troops use the Incirlik base.")
    assert not any(c == "062" and m == "asserted" for s, tgt, c, m in t), t


def test_peacekeepers_and_aid_allowed_keep_their_codes(coder):
    assert any(c == "0861" for s, tgt, c, m in triples(coder, "Sudan allowed UN peacekeepers to enter Darfur."))
    assert any(c.startswith("0863") for s, tgt, c, m in triples(coder, "Egypt let aid trucks enter Gaza."))


# ---- talks concluded or wrapped up were held (046) -------------------------------------------------

@pytest.mark.parametrize("text, source", [
    ("Colombia and the ELN concluded a round of talks in Havana with an agreement on a ceasefire.", "COL"),
    ("Egypt and Sudan wrapped up talks on the Nile dam in Cairo on Monday.", "EGY"),
    ("Japan and Australia concluded three days of negotiations on a defence pact in Canberra.", "JPN"),
])
def test_concluded_talks_are_negotiation(coder, text, source):
    t = triples(coder, text)
    assert any(c == "046" and s and s.startswith(source) and m == "asserted" for s, tgt, c, m in t), t


def test_concluding_a_thought_is_no_talk(coder):
    t = triples(coder, "The minister concluded that the talks had failed.")
    assert not any(c == "046" and m == "asserted" for s, tgt, c, m in t), t
