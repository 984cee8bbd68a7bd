"""Coercion (CAMEO 17) the coder missed, each fixed as a class and tested on our own sentences (helper coerce51 of
the fifty-first session)."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, date, source, target", [
    # people of another country who are no envoys, expelled or ordered out, are expelled individuals (174), not a
    # foreign force withdrawn (166)
    ("Burundi expelled a Belgian aid researcher on Monday.", "2019-03-11", "BDI", "BEL"),
    ("Rwanda expelled a Belgian intelligence officer on Tuesday.", "2018-05-02", "RWA", "BEL"),
    ("Sudan ordered four senior UN officials to leave the country within 48 hours.", "2014-12-25", "SDN", "IGOUNO"),
    ("Chad ordered Chinese oil workers out of the country.", "2013-08-14", "TCD", "CHN"),
])
def test_individuals_expelled_are_174(coder, text, date, source, target):
    t = triples(coder, text, date=date)
    assert has_coded(t, "174", source, target), t
    assert not any(c.startswith("166") for _, _, c, _ in t), t


@pytest.mark.parametrize("text, date", [
    # forces keep their code (envoys expelled are 174 since violence56, gold README since blind21)
    ("Mali ordered the French troops out of the country.", "2022-02-18"),
])
def test_forces_expelled_stay_166(coder, text, date):
    t = triples(coder, text, date=date)
    assert has_coded(t, "166"), t


def test_according_to_names_no_word_of_the_act(coder):
    # "according to X" tells who reports the act: its "accord" is no treaty ("storm * &treaty", 030)
    t = triples(coder, "Militia fighters stormed the village of Kusa in Ituri, according to local officials.",
                date="2022-06-01")
    assert not any(c.startswith("03") for _, _, c, _ in t), t
    assert any(c[:2] in {"18", "19"} for _, _, c, _ in t), t


def test_homes_or_shops_looted_beside_an_assault_are_a_second_act(coder):
    t = triples(coder, "Al-Shabaab fighters stormed the town of Baidoa overnight, looting shops and shooting "
                       "residents, according to witnesses.", date="2019-02-01")
    assert has_coded(t, "171", "SOMREB"), t


@pytest.mark.parametrize("text, date", [
    ("Gunmen attacked a village in Zamfara overnight, burning granaries and killing nine farmers.", "2021-05-02"),
    ("Bandits burned three lorries on the highway near Gusau, police said.", "2021-05-02"),
])
def test_granaries_and_lorries_burned_are_property_destroyed(coder, text, date):
    t = triples(coder, text, date=date)
    assert has_coded(t, "1712"), t



@pytest.mark.parametrize("text, date, source", [
    # a crowd told by its number with no place of its own is of the one country the sentence's actors name
    ("Bulgaria's finance minister defended the austerity budget as tens of thousands rallied against it.",
     "2013-02-15", "BGRCVL"),
    # people who protest as what they are: pensioners, depositors (CVL), growers (AGR)
    ("Hungary's parliament passed the pension reform as pensioners protested outside.", "2012-05-10", "HUNCVL"),
    ("Police fired tear gas at coffee growers marching on the capital of Colombia.", "2013-03-01", "COLAGR"),
])
def test_protesters_named_by_number_or_kind(coder, text, date, source):
    t = triples(coder, text, date=date)
    assert has_coded(t, "14", source), t


def test_depositors_storming_a_bank_riot(coder):
    t = triples(coder, "Angry depositors stormed a bank branch in Tripoli, Lebanon, demanding their savings.",
                date="2022-09-16")
    assert has_coded(t, "145", "LBNCVL"), t
