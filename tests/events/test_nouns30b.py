"""Events told as nouns the coder missed (helper nouns30b of the thirtieth session): a brokered deal whose clause names
no parties, a deal left or broken, chemical attacks named by their gas, drills held by two countries' forces."""

import pytest

from gold_helpers import coded, triples


@pytest.mark.parametrize("text, date, broker, parties", [
    # the deal's clause has no parties as subjects: the broker mediated towards the sentence's other countries
    ("Crowds celebrated in Sanaa after a truce mediated by Oman ended months of fighting with Saudi Arabia.",
     "2016-04-10", "OMN", {"YEM", "SAU"}),
    ("The Israeli captives walked free in exchange for Palestinian prisoners under a swap brokered by Qatar.",
     "2023-11-25", "QAT", {"ISR", "PSE"}),
    ("The Armenian hostages flew home from Baku under an accord mediated by Georgia.", "2021-06-12", "GEO",
     {"ARM", "AZE"}),
])
def test_broker_of_a_deal_with_no_parties_in_its_clause(coder, text, date, broker, parties):
    got = coded(triples(coder, text, date=date), "045")
    targets = {t[:3] for s, t, m in got if s and s.startswith(broker) and m == "asserted"}
    assert targets & parties and targets <= parties, got


@pytest.mark.parametrize("text, date", [
    # leaving or breaking a brokered deal tells no mediation
    ("Moscow pulled out of the Black Sea grain deal brokered by Turkey and the United Nations.", "2023-07-17"),
    ("The rebels violated a truce brokered by Qatar within hours.", "2020-05-02"),
    # a deal brokered for an act only planned is not read as a mediation towards the sentence's countries
    ("Havana said it would free prisoners in a deal brokered by the Vatican if Washington lifted the embargo.",
     "2014-12-20"),
])
def test_no_mediation_from_a_deal_left_or_only_planned(coder, text, date):
    got = coded(triples(coder, text, date=date), "045")
    assert not {e for e in got if e[2] == "asserted"}, got


@pytest.mark.parametrize("text, date, source", [
    ("Rebels said hundreds of villagers were killed in a poison gas attack by Syrian government forces.", "2013-08-22",
     "SYR"),
    ("Kurdish refugees said Iraqi aircraft had carried out a mustard gas attack on their villages.", "1988-03-20",
     "IRQ"),
])
def test_gas_attack_is_chemical(coder, text, date, source):
    got = triples(coder, text, date=date)
    assert any(c == "2041" and s and s.startswith(source) for s, t, c, m in got), got


@pytest.mark.parametrize("text, date, a, b", [
    ("U.S. and South Korean forces held their annual Foal Eagle exercises.", "2016-03-10", "USA", "KOR"),
    ("Philippine and Japanese troops wrapped up their first joint exercises on Luzon.", "2024-07-20", "PHL", "JPN"),
    ("The Indian and Sri Lankan navies went ahead with joint patrols off Trincomalee.", "2019-02-01", "IND", "LKA"),
    ("China and Russia held naval drills in the Sea of Japan.", "2021-10-17", "CHN", "RUS"),
])
def test_drills_held_by_two_countries_forces_are_mutual_cooperation(coder, text, date, a, b):
    got = triples(coder, text, date=date)
    pairs = {(s[:3], t[:3]) for s, t, c, m in got if c == "062" and s and t}
    assert (a, b) in pairs and (b, a) in pairs, got
    assert not any(c == "150" for s, t, c, m in got), got


def test_drills_of_one_country_stay_a_show_of_force(coder):
    got = triples(coder, "Chinese forces held large-scale exercises near Taiwan.", date="2022-08-05")
    assert any(c == "150" for s, t, c, m in got), got
    assert not any(c == "062" for s, t, c, m in got), got


@pytest.mark.parametrize("text, date", [
    # a meeting, visit or hosting with one actor code on both sides is no two-sided act
    ("Ethiopia's Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki signed a declaration in Asmara during "
     "Abiy's visit.", "2018-07-09"),
])
def test_no_meeting_or_visit_of_an_actor_with_itself(coder, text, date):
    got = triples(coder, text, date=date)
    assert not any(c[:2] == "04" and c != "046" and s and s == t for s, t, c, m in got), got
