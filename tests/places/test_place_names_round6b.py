"""Round 6b: a town name the gazetteer knows only abroad, in a sentence that names the region or
country it is in, takes that area's country. Sentences written for these tests."""

from __future__ import annotations

import pytest

from foedus.coder.pipeline import Coder


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


def _events(coder: Coder, text: str) -> list[tuple[str, str | None, str | None]]:
    r = coder.code_text(text, date="2023-05-01")
    return [(e.cameo[:2], e.source.code if e.source else None, e.target.code if e.target else None) for e in r.events]


@pytest.mark.parametrize("text, source, target", [
    # Palma is a Spanish city in the gazetteer; Cabo Delgado and Mozambique say otherwise
    ("Jihadist fighters overran the town of Palma in Cabo Delgado province.", "MOZ", "MOZ"),
    ("Rebels ambushed a convoy near Palma in northern Mozambique.", "MOZ", None),
])
def test_a_town_abroad_yields_to_the_named_area(coder, text, source, target):
    events = _events(coder, text)
    assert events, text
    _, src, tgt = events[0]
    assert src is not None and src.startswith(source)
    if target is not None:
        assert tgt is not None and tgt.startswith(target)
    assert not any((s or "").startswith("ESP") or (t or "").startswith("ESP") for _, s, t in events)


def test_a_town_in_its_own_country_is_kept(coder):
    events = _events(coder, "Police clashed with striking dockers in Palma on Majorca.")
    assert any((s or "").startswith("ESP") or (t or "").startswith("ESP") for _, s, t in events)


@pytest.mark.parametrize("text, forbidden", [
    # a lake, gulf or delta named after a country or town is not that country or town
    ("Gunmen on motorbikes raided a fishing camp near Lake Chad.", "TCD"),
    ("Bandits attacked traders near Lake Victoria.", "SYC"),
    ("Pirates attacked a cargo ship in the Gulf of Guinea.", "GIN"),
    ("Militants from the Niger Delta sabotaged an oil pipeline.", "NER"),
])
def test_a_feature_name_is_not_the_country_inside_it(coder, text, forbidden):
    events = _events(coder, text)
    assert events, text
    assert not any((s or "").startswith(forbidden) or (t or "").startswith(forbidden) for _, s, t in events)


def test_the_niger_delta_is_in_nigeria(coder):
    events = _events(coder, "Niger Delta militants attacked an oil platform.")
    assert events and (events[0][1] or "").startswith("NGA")


def test_the_place_of_an_event_on_a_lake(coder):
    r = coder.code_text("Soldiers shot dead three smugglers near Lake Kivu.", date="2023-05-01")
    assert r.events and r.events[0].location is not None and r.events[0].location.name == "Lake Kivu"


@pytest.mark.parametrize("name, country", [("Guinea-Bissau", "GNB"), ("New Mexico", "USA"), ("Chad", "TCD")])
def test_whole_names_still_resolve(name, country):
    from foedus.coder import places
    place = places.Gazetteer.default().place(name)
    assert place is not None and place.country == country


@pytest.mark.parametrize("text, country", [
    # a capital's name shared by a city of the country the sentence places things in
    ("Riot police broke up a sit-in in Tripoli in northern Lebanon.", "LBN"),
    ("Masked men set fire to a bus near Cordoba in Argentina.", "ARG"),
])
def test_a_capitals_name_in_another_named_country(coder, text, country):
    r = coder.code_text(text, date="2023-05-01")
    assert r.events
    codes = [c for e in r.events for c in (e.source.code if e.source else "", e.target.code if e.target else "") if c]
    assert codes and all(c.startswith(country) for c in codes), codes


def test_the_capital_alone_is_still_the_capital(coder):
    r = coder.code_text("Riot police broke up a sit-in in Tripoli.", date="2023-05-01")
    assert r.events and r.events[0].source is not None and r.events[0].source.code.startswith("LBY")


@pytest.mark.parametrize("text", [
    # a region in brackets after a village: the village is in that region's country
    "Mozambican soldiers recaptured the village of Nkonga (Cabo Delgado) from the insurgents.",
    "Jihadists shelled Palma (Cabo Delgado) on Tuesday.",   # (a town "burned" has its target from the model alone)
])
def test_a_region_in_brackets_names_the_towns_country(coder, text):
    events = _events(coder, text)
    assert events and any((t or "").startswith("MOZ") for _, _, t in events), events
    assert not any((s or "")[:3] in {"ESP", "BRA"} or (t or "")[:3] in {"ESP", "BRA"} for _, s, t in events)


def test_kosovo_places_and_actors_share_one_code(coder):
    """Kosovo is KSV (CAMEO, state_codes.tsv) in actor codes and in event places alike, never ISO's XKX."""
    r = coder.code_text("Kosovo police arrested two Serb activists in Pristina on Tuesday.", date="2023-05-30")
    assert r.events, "no event coded"
    places = {e.location.country for e in r.events if e.location is not None}
    actors = {a.country for e in r.events for a in (e.source, e.target) if a is not None}
    assert places == {"KSV"} and "KSV" in actors and "XKX" not in actors, (places, actors)
