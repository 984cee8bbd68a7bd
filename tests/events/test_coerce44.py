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
