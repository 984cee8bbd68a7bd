"""Coercion and legal acts (CAMEO 17, 116, 0841) the coder missed, each fixed as a class and tested on our own
sentences (helper coerce44 of the forty-fourth session)."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, date, source, target", [
    # emergency rule under its other names is imposed as a state of emergency is (1724, at home)
    ("Honduras's president declared a state of exception in twelve districts of Tegucigalpa to fight extortion gangs.",
     "2022-12-06", "HND", "HND"),
    ("Ivan Duque declared a state of internal commotion in the border department of Norte de Santander.",
     "2021-06-20", "COL", "COL"),
    ("Pedro Sanchez declared a state of alarm across Spain to contain the spread of the virus.", "2020-03-14",
     "ESP", "ESP"),
    ("Moscow declared a counter-terrorism regime in the Kursk region after the cross-border raid.", "2024-08-09",
     "RUS", "RUS"),
    ("Armenia's prime minister declared a state of war and ordered a general mobilisation.", "2020-09-27",
     "ARM", "ARM"),
    ("Ecuador's president extended the state of exception by another sixty days.", "2024-03-08", "ECU", "ECU"),
])
def test_emergency_rule_by_its_other_names_is_imposed(coder, text, date, source, target):
    t = triples(coder, text, date=date)
    assert has_coded(t, "1724", source, target), t


def test_war_declared_on_a_state_stays_force(coder):
    t = triples(coder, "Iraq declared war on Iran after weeks of border clashes.", date="1980-09-22")
    assert not has_coded(t, "1724", modality=None), t


@pytest.mark.parametrize("text, date, source, target", [
    # a court that jails someone for a term of years, or for life, has sentenced them (116)
    ("A Minsk court jailed the opposition blogger for eighteen years on charges of organising mass unrest.",
     "2021-12-14", "BLRJUD", "BLR"),
    ("A military tribunal in Kinshasa imprisoned the colonel for life over the massacre of villagers.", "2019-05-02",
     "COD", "COD"),
])
def test_a_court_jailing_for_a_term_convicts(coder, text, date, source, target):
    t = triples(coder, text, date=date)
    assert has_coded(t, "116", source, target), t
    assert not has_coded(t, "173", modality=None), t


def test_a_court_jailing_pending_trial_still_detains(coder):
    t = triples(coder, "A court in Ankara jailed the mayor pending trial on corruption charges.", date="2025-03-23")
    assert has_coded(t, "173", "TUR"), t
    assert not has_coded(t, "116", modality=None), t


@pytest.mark.parametrize("text, date, source, target", [
    # a pardon goes to the pardoner's own prisoners: people named by a plain noun are its civilians
    ("Jordan's King Abdullah pardoned 150 people convicted of insulting officials on social media.", "2022-02-01",
     "JORGOV", "JORCVL"),
    ("Vietnam's president pardoned more than 2,000 people ahead of National Day.", "2021-08-26", "VNMGOV", "VNMCVL"),
])
def test_a_pardon_of_people_releases_the_pardoners_prisoners(coder, text, date, source, target):
    t = triples(coder, text, date=date)
    assert has_coded(t, "0841", source, target), t


@pytest.mark.parametrize("text, date, code, source, target", [
    # a place put under emergency rule or a curfew has it imposed (1724, 1723), at home
    ("Sri Lanka's government placed Colombo under curfew after a night of arson attacks.", "2022-05-09", "1723", "LKA",
     "LKA"),
    ("Bangladesh's president placed the country under a state of emergency and postponed the vote.", "2007-01-11",
     "1724", "BGD", "BGD"),
    ("Marcos placed the whole country under martial law and shut down the newspapers.", "1972-09-23", "1724", "PHL",
     "PHL"),
])
def test_a_place_put_under_emergency_rule_has_it_imposed(coder, text, date, code, source, target):
    t = triples(coder, text, date=date)
    assert has_coded(t, code, source, target), t
