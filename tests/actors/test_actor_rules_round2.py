"""Actor rules, issue 10 round 2: "the North" and "the South" of a divided country named in the
article. Sentences written for these tests."""

from __future__ import annotations


from foedus.coder.actors import ActorDictionary, read_tsv


def found(nlp, matcher, text, date="2024-06-20"):
    return dict((m.text, m.code) for m in matcher.find(nlp(text), date))


def test_the_north_after_south_korea_is_north_korea(nlp, matcher):
    got = found(nlp, matcher, "Seoul offered the North food aid after the floods.")
    assert got.get("North") == "PRK", got
    got = found(nlp, matcher, "North Korean gunboats fired shells toward the South near the sea border.")
    assert got.get("South") == "KOR", got


def test_no_half_without_the_divided_country_or_inside_a_name(nlp, matcher):
    got = found(nlp, matcher, "Rebels from the North marched on the capital of Chad.")
    assert "North" not in got, got
    got = found(nlp, matcher, "Seoul sent a warship to the South China Sea.")
    assert "South" not in got, got


def test_no_korean_halves_before_the_two_states(nlp, matcher):
    text = "South Korea said the North had moved artillery to the border."
    assert found(nlp, matcher, text, "1995-03-01").get("North") == "PRK"
    assert "North" not in found(nlp, matcher, text, "1935-03-01")


def test_divided_countries_table_uses_known_codes():
    d = ActorDictionary.default()
    rows = read_tsv("actors/divided_countries.tsv")
    assert rows
    for row in rows:
        assert d.valid_code(row["north"]) and d.valid_code(row["south"]), row
        assert row["north"] != row["south"]


def test_a_led_coalition_is_the_leaders_armed_forces(nlp, matcher):
    got = found(nlp, matcher, "The French-led coalition struck jihadist camps in the Sahel.")
    assert got.get("French-led coalition") == "FRAMIL", got
    got = found(nlp, matcher, "A US-led alliance sent warships to the Red Sea.")
    assert got.get("US-led alliance") == "USAMIL", got


def test_a_governing_coalition_is_no_armed_force(nlp, matcher):
    got = found(nlp, matcher, "Germany's governing coalition collapsed on Wednesday.")
    assert "MIL" not in "".join(got.values()), got


def test_country_in_apposition_to_a_town_places_an_agent(nlp, matcher):
    got = found(nlp, matcher, "Shelling killed six villagers in Marib, central Yemen, on Friday.")
    assert got.get("villagers") == "YEMCVL", got
