"""(doubts37) Georgia the US state and Georgia the country; world capitals and the US towns of their name: a country's
name written after a US town or county and a comma is the US state ("Fulton County, Georgia"), and a capital's name
written before a comma and a US state holding a town of that name is that town ("Athens, Georgia", "Moscow, Idaho").
Georgia alone, or after a Georgian town ("Gori, Georgia"), stays the country. Sentences written for these tests."""

from __future__ import annotations

import pytest

from foedus.coder.pipeline import Coder


@pytest.fixture(scope="module")
def coder(nlp):
    return Coder(nlp)


def _events(coder, text, date="2023-08-15"):
    return [(e.cameo, e.source.code if e.source else "", e.target.code if e.target else "")
            for e in coder.code_text(text, date=date).events]


@pytest.mark.parametrize(("text", "source"), [
    ("A grand jury in Cobb County, Georgia, indicted the county's former sheriff on corruption charges.", "USAJUD"),
    ("Police in Athens, Georgia, detained a dozen students at a sit-in.", "USACOP"),
    ("Police in Moscow, Idaho, detained a dozen students at a sit-in.", "USACOP"),
    ("Police in Paris, Texas, detained a dozen marchers at a rally.", "USACOP"),
])
def test_the_us_place_gives_the_us_actor(coder, text, source):
    events = _events(coder, text)
    assert events and any(s == source for _, s, _ in events), events
    assert not any(s.startswith(("GEO", "GRC", "RUS", "FRA")) for _, s, _ in events), events


@pytest.mark.parametrize(("text", "source"), [
    ("Police in Athens detained a dozen students at a sit-in.", "GRCCOP"),
    ("Police in Paris, France, detained a dozen marchers at a rally.", "FRACOP"),
    ("Police in Batumi, Georgia, detained a dozen students at a sit-in.", "GEOCOP"),
])
def test_the_world_place_stays(coder, text, source):
    events = _events(coder, text)
    assert events and any(s == source for _, s, _ in events), events


def test_georgia_the_country_after_its_own_town(coder):
    events = _events(coder, "Russian jets bombed an airfield near Gori, Georgia.", date="2008-08-10")
    assert [(c[:2], t) for c, _, t in events] == [("19", "GEO")], events
