"""Coercion and violence (CAMEO 17, 18) the coder missed, each fixed as a class and tested on our own sentences
(helper coerce46 of the forty-sixth session)."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, date, code, source, target", [
    # a league that is a party, a bloc or a youth wing is a body of people: acts on it or by it are no sports result
    ("Police in Khulna detained 30 activists of the Awami League on Sunday.", "2025-02-09", "173", "BGDCOP", "BGD"),
    ("Riot police in Chittagong fired tear gas at supporters of the Awami League marching on the port.",
     "2024-08-20", "175", "BGDCOP", "BGD"),
    ("Police in Mandalay arrested 14 members of the National League for Democracy on Friday.", "2023-03-10",
     "173", "MMRCOP", "MMR"),
])
def test_a_league_of_people_is_no_sport(coder, text, date, code, source, target):
    t = triples(coder, text, date=date)
    assert has_coded(t, code, source, target), t


@pytest.mark.parametrize("text, date", [
    ("Bayern Munich crushed Dortmund 4-0 to win the football league for the twelfth time.", "2023-05-27"),
    ("Real Madrid destroyed Liverpool 3-1 to lift the Champions League trophy in Kyiv.", "2018-05-26"),
])
def test_a_sport_league_stays_sport(coder, text, date):
    t = triples(coder, text, date=date)
    assert not any(c[:2] in {"17", "18", "19"} for _, _, c, _ in t), t


@pytest.mark.parametrize("text, date, source, target", [
    # repression aimed at people, told in a participle aside of a storming or a siege, is a second act (175)
    ("Kenyan riot police stormed the university campus in Nairobi, firing tear gas at students who had barricaded "
     "the gates.", "2024-06-25", "KENCOP", "KEN"),
    ("Serbian police surrounded the parliament building in Belgrade, firing rubber bullets at demonstrators "
     "gathered outside.", "2020-07-08", "SRBCOP", "SRB"),
])
def test_repression_in_an_aside_of_force_is_coded(coder, text, date, source, target):
    t = triples(coder, text, date=date)
    assert has_coded(t, "175", source, target), t


def test_arms_named_in_an_aside_of_fighting_are_no_repression(coder):
    t = triples(coder, "Government troops and rebel fighters clashed near Kidal, using mortars and heavy machine guns.",
                date="2023-09-12")
    assert not has_coded(t, "175", modality=None), t
