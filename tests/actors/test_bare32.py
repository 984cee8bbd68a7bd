"""Helper bare32: sector words with no country of their own ("police", "the army", "rebels") take the country of
the place their sentence or story names: a town naming a site ("at Peshawar bus station"), a country-side or township
area, a village their verb acts on, the towns forces are sent into, a march "through" a town, and the town of the
dateline or a colon heading; and no country where the rule has nothing to read (a country crossed into, a feature,
an act named after a town). Sentences written for these tests."""

from __future__ import annotations

import pytest


def _codes(matcher, nlp, text, date="2023-05-01"):
    return {m.text: m.code for m in matcher.find(nlp(text), date)}


@pytest.mark.parametrize(("text", "name", "code"), [
    # a town naming a site of a place phrase (place_cues town_site_nouns)
    ("A bomb exploded among policemen waiting at Peshawar bus station, killing nine.", "policemen", "PAKCOP"),
    ("Hundreds of people gathered outside Izmir city hall as riot police fired tear gas.", "riot police", "TURCOP"),
    # countryside and township are place nouns
    ("Gunmen abducted two teachers in Idlib countryside on Friday.", "teachers", "SYR"),
    ("Soldiers burned houses in Monywa township.", "Soldiers", "MMRMIL"),
    # rebels whose verb acts on a named village the dictionaries read as its people
    ("Militiamen raided Anka village and stole cattle.", "Militiamen", "NGAREB"),
    # a state force sent to or into a town, in a story naming no country
    ("The army sent two battalions into Kidal after the attack.", "army", "MLIMIL"),
    # "through" says where a march is
    ("Thousands of students marched through Porto Alegre, and police blocked the avenue.", "police", "BRACOP"),
])
def test_bare_sector_word_placed(matcher, nlp, text, name, code):
    assert _codes(matcher, nlp, text).get(name, "").startswith(code)


@pytest.mark.parametrize(("text", "name"), [
    # towns of two countries place no force sent to them
    ("The army sent two battalions into Kidal and two more to Goma.", "army"),
    # a feature or an act named after a town is no site of that town
    ("A roadside bomb struck soldiers near the Boni forest.", "soldiers"),
    ("Police said they had arrested a suspect in the Mumbai attacks.", "Police"),
])
def test_bare_sector_word_not_placed(matcher, nlp, text, name):
    code = _codes(matcher, nlp, text).get(name, "")
    assert code and len(code) == 3, code


def test_dateline_town_places_bare_police(matcher, nlp):
    assert _codes(matcher, nlp, "HUDDERSFIELD, Aug 4 - Rioters threw bottles at police.").get("police") == "GBRCOP"
    assert _codes(matcher, nlp, "Huddersfield: rioters threw bottles at police.").get("police") == "GBRCOP"
    # a heading that is no place (an ACLED type) places none
    assert _codes(matcher, nlp, "Abduction: armed men kidnapped a priest and police gave chase.").get("police") == "COP"


def test_gazetteer_facts():
    from foedus.coder.places import Gazetteer

    g = Gazetteer.default()
    for name, country in [("Big Babanki", "CMR"), ("Togoga", "ETH"), ("Depayin", "MMR"), ("Witwatersrand", "ZAF")]:
        place = g.place(name)
        assert place is not None and place.country == country, name
