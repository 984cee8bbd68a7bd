"""Coercion (CAMEO 17) the coder missed, each fixed as a class and tested on our own sentences (helper coerce50 of
the fiftieth session)."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, date, code, source", [
    # premises raided by police, intelligence or prosecutors are searched and taken over (171), no armed attack (190)
    ("Police in Minsk raided the office of a human rights group on Tuesday.", "2021-07-13", "171", "BLRCOP"),
    ("Turkish police raided the headquarters of a pro-Kurdish party in Ankara.", "2016-11-04", "171", "TURCOP"),
    # a raid for evidence is an investigation (091)
    ("Brazilian police raided the presidential palace in Brasilia in search of evidence of a bribery scheme.",
     "2017-05-18", "091", "BRACOP"),
])
def test_police_raid_on_premises_is_no_attack(coder, text, date, code, source):
    t = triples(coder, text, date=date)
    assert has_coded(t, code, source), t
    assert not any(c[:2] == "19" for _, _, c, _ in t), t


@pytest.mark.parametrize("text, date", [
    # a raid that ends in arrests, or in a seizure, is coded by that act alone
    ("Police in Minsk raided the office of a human rights group and detained its director.", "2021-07-13"),
    ("Zambian police raided the offices of an opposition party in Lusaka and seized computers.", "2016-08-10"),
])
def test_police_raid_beside_an_arrest_or_seizure_is_one_act(coder, text, date):
    t = triples(coder, text, date=date)
    assert not any(c in {"171", "091", "175"} or c[:2] == "19" for _, _, c, _ in t), t


def test_troops_raiding_a_rebel_camp_still_fight(coder):
    t = triples(coder, "Pakistani troops raided a Taliban camp near Miranshah on Sunday.", date="2014-06-15")
    assert not any(c in {"171", "091"} for _, _, c, _ in t), t


@pytest.mark.parametrize("text, date, source, target", [
    # firms put under sanctions are sanctioned (163)
    ("Beijing put five American firms under sanctions.", "2023-02-16", "CHN", "USA"),
    # a surcharge slapped or imposed on another state's goods is a sanction, as a tariff or a duty is
    ("Washington slapped a 15 percent surcharge on Japanese cars.", "1987-04-17", "USA", "JPN"),
    ("The European Community imposed a surcharge on American steel on Monday.", "1985-03-04", "IGOEUREEC", "USA"),
])
def test_sanctions_put_and_surcharges_imposed(coder, text, date, source, target):
    t = triples(coder, text, date=date)
    assert has_coded(t, "163", source, target), t


def test_remanded_in_custody_is_detention(coder):
    # a court that remands someone sends him to custody pending trial: detention (173)
    t = triples(coder, "A magistrate in Lusaka remanded the opposition leader in custody for two weeks.",
                date="2017-04-20")
    assert has_coded(t, "173", "ZMB", "ZMBOPP"), t
