"""Kinds of military action and their direction: territory taken, withdrawals, aircraft shot down (helper force32 of
the thirty-second session). Our own sentences."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, source, target", [
    # territory taken is the country's land, not the force driven out nor the town's people (finish.final_target)
    ("Government troops recaptured the town of Gao from jihadist fighters on Tuesday.", "MLIMIL", "MLI"),
    ("Burmese soldiers retook the village of Kutkai from ethnic rebels.", "MMRMIL", "MMR"),
])
def test_place_taken_is_aimed_at_its_country(coder, text, source, target):
    t = triples(coder, text)
    assert has_coded(t, "192", source, target), t
    assert not any(e[2] == "192" and e[1] != target for e in t), t


def test_capital_seized_is_territory_taken(coder):
    t = triples(coder, "Insurgent fighters seized Kabul after a week-long offensive.")
    assert has_coded(t, "192", "AFG", "AFG"), t
    assert not has_coded(t, "171", modality=None), t


def test_capital_looted_is_no_territory_taken(coder):
    t = triples(coder, "Militiamen looted Monrovia for a second day.")
    assert not has_coded(t, "192", modality=None), t


@pytest.mark.parametrize("text, source, target", [
    ("The last UN peacekeepers left Haiti on Friday.", "IGOUNO", "HTI"),
    ("The last Soviet troops left Kabul on Wednesday.", "SUNMIL", "AFG"),   # a capital left: the country, not AFGGOV
])
def test_forces_leaving_withdraw(coder, text, source, target):
    t = triples(coder, text)
    assert any(e[2] == "0874" and e[0].startswith(source) and e[1] == target for e in t), t


@pytest.mark.parametrize("text, source, target", [
    ("Malian soldiers took over the Tessalit base from departing French troops.", "FRAMIL", "MLI"),
    ("Chadian troops took over the airfield at Abeche as the departing French contingent flew home.", "FRAMIL", "TCD"),
    ("Nigerien soldiers moved into the Ouallam camp vacated by the UN mission.", "IGOUNO", "NER"),
])
def test_departing_forces_withdraw(coder, text, source, target):
    t = triples(coder, text)
    assert any(e[2] == "0874" and e[0].startswith(source) and e[1] == target for e in t), t


def test_a_departing_diplomat_withdraws_nothing(coder):
    t = triples(coder, "The departing ambassador said the army had retaken the town of Kidal.")
    assert not has_coded(t, "087", modality=None), t


def test_balloon_shot_down_is_an_air_attack(coder):
    t = triples(coder, "A Canadian jet shot down a Russian surveillance balloon over the Yukon.")
    assert has_coded(t, "195", "CAN", modality=None), t
