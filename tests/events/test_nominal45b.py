"""Acts of force told by a noun the coder missed, each fixed as a class and tested on our own sentences (helper
nominal45b of the forty-fifth session)."""

import pytest

from gold_helpers import has_coded, triples


# ---- an act of force one was (or was not) told of in advance happened -------------------------------------------
@pytest.mark.parametrize("text, date, code, source, target", [
    ("Turkey said it had been informed in advance of the American strikes on Syria.", "2018-04-14", "19", "USA",
     "SYR"),
    ("Seoul said it had not been told in advance of North Korea's artillery attack on Yeonpyeong island.",
     "2010-11-24", "19", "PRK", "KOR"),
])
def test_an_attack_told_in_advance_is_coded_as_done(coder, text, date, code, source, target):
    t = triples(coder, text, date=date)
    assert has_coded(t, code, source, target), t


@pytest.mark.parametrize("text, date", [
    # a plan, with no doer of its own: nothing done
    ("The government said it would be told in advance of any strike.", "2018-04-14"),
    ("The ministry said it had not been informed in advance of the storm.", "2018-04-14"),
    ("Officials said they had been warned in advance of a planned strike by dock workers.", "2018-04-14"),
])
def test_no_act_told_in_advance_without_a_doer_or_as_a_plan(coder, text, date):
    t = triples(coder, text, date=date)
    assert not any(c[:2] in {"18", "19", "20"} and m == "asserted" for _, _, c, m in t), t


# ---- a raid in which armed forces did something else is their act of force ---------------------------------------
@pytest.mark.parametrize("text, date, source, target", [
    ("Israeli commandos freed three hostages in a raid on a house in Jenin.", "2023-06-20", "ISR", "PSE"),
])
def test_a_raid_of_armed_forces_is_their_force(coder, text, date, source, target):
    t = triples(coder, text, date=date)
    assert has_coded(t, "19", source, target), t


def test_a_police_raid_for_arrests_is_no_military_force(coder):
    t = triples(coder, "Police arrested twelve men in a raid on a warehouse.", date="2023-06-20")
    assert not any(c.startswith("19") for _, _, c, _ in t), t
