"""Dyads of round 11c (helper `dyad11c`): a release told from the freed person's side ("the blogger walked
free from prison", "the dissident emerged from house arrest") is the act of the government of the freed
person's country (the jailer) on the freed person, not of the freed person; a facility named without a
country ("troops raided a hospital") does not take the country of those who act on it. Sentences written
for these tests."""

from __future__ import annotations

import pytest
from gold_helpers import dyads_on, triples

dyads = dyads_on("2024-05-01")


@pytest.mark.parametrize("text, jailer, freed", [
    ("The Egyptian blogger walked free from Tora prison on Tuesday.", "EGYGOV", "EGY"),
    ("The Russian dissident emerged from house arrest in Moscow on Monday.", "RUSGOV", "RUS"),
    ("The jailed Iranian filmmaker walked out of Evin prison after four years.", "IRNGOV", "IRN"),
    ("The Belarusian opposition activist walked free from a penal colony on Thursday.", "BLRGOV", "BLR"),
    ("A Turkish journalist emerged from prison in Istanbul after two years behind bars.", "TURGOV", "TUR"),
])
def test_release_told_from_the_freed_side_is_the_jailers_act(coder, text, jailer, freed):
    got = [(s, t, c) for s, t, c, m in triples(coder, text, "2024-05-01") if c == "0841"]
    assert got, triples(coder, text, "2024-05-01")
    assert all(s == jailer and (t or "").startswith(freed) and t != jailer for s, t, _ in got), got


@pytest.mark.parametrize("text", [
    "Israel freed two hundred Palestinian prisoners on Sunday.",
    "The junta released the former president from house arrest.",
])
def test_release_by_a_named_jailer_keeps_its_source(coder, text):
    got = [(s, t) for s, t, c, _ in triples(coder, text, "2024-05-01") if c == "0841"]
    assert got and all(s != t for s, t in got), got
    assert not any((t or "").endswith("GOV") and (s or "").endswith(("CVL", "OPP", "ELI")) for s, t in got), got


@pytest.mark.parametrize("text, striker", [
    ("Israeli troops raided al-Ahli hospital on Thursday.", "ISR"),
    ("Saudi warplanes struck a hospital run by a French charity.", "SAU"),
    ("Russian soldiers stormed a university on Friday.", "RUS"),
    ("Israeli forces stormed the hospital, Palestinian officials said.", "ISR"),
    ("Ethiopian troops shelled a clinic near the border.", "ETH"),
])
def test_facility_named_without_a_country_is_not_the_strikers(coder, text, striker):
    got = dyads(coder, text)
    assert any(s and s.startswith(striker) for s, _, _ in got), got
    assert all(not (t or "").startswith(striker) for _, t, _ in got), got


def test_facility_in_a_named_town_keeps_the_towns_country(coder):
    got = dyads(coder, "Russian missiles hit a children's hospital in Kharkiv.")
    assert any((t or "").startswith("UKR") for _, t, _ in got), got


def test_freed_abroad_is_not_released_by_his_own_state(coder):
    # the sentence names another state's capital: the freed man's own government is no jailer
    got = dyads(coder, "An American journalist walked free from Evin prison in Tehran on Tuesday.")
    assert not any(s == "USAGOV" for s, _, _ in got), got
