"""Meetings, visits and hostings told by where they took place (thirty-ninth session): our own sentences."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, date, a, b", [
    # two leaders meeting in a country neither belongs to: a summit at a third place, 044 both ways
    ("The presidents of Argentina and Chile met in Montevideo on Friday.", "1984-11-30", "ARGGOV", "CHLGOV"),
    ("Bush and Putin met in Ljubljana on Saturday.", "2001-06-16", "USAGOV", "RUSGOV"),
    # the place hangs on a building, the building's town names the country
    ("Biden and Putin met in a lakeside villa in Geneva.", "2021-06-16", "USAGOV", "RUSGOV"),
    # "A met B" in a third country is still each one's meeting with the other
    ("The American envoy met the Iranian negotiator in Geneva on Thursday.", "2009-10-01", "USAGOV", "IRNGOV"),
])
def test_a_meeting_at_a_third_place_is_044_both_ways(coder, text, date, a, b):
    t = triples(coder, text, date=date)
    assert has_coded(t, "044", a, b) and has_coded(t, "044", b, a), t


def test_a_meeting_in_one_partys_country_stays_hosting(coder):
    t = triples(coder, "The Chinese and Russian presidents met in Beijing.", date="2024-05-16")
    assert has_coded(t, "043", "CHNGOV", "RUSGOV"), t
    assert not any(c.startswith("044") for s, tg, c, m in t), t


def test_a_building_named_like_a_town_is_no_third_place(coder):
    # "the White House" is the host's own: no summit at a third place
    t = triples(coder, "Zelensky and European leaders met Trump at the White House.", date="2025-08-18")
    assert not any(c.startswith("044") for s, tg, c, m in t), t


def test_a_place_of_another_clause_is_not_the_meetings(coder):
    t = triples(coder, "Medvedev ordered a halt to military operations in Georgia after meeting Sarkozy.",
                date="2008-08-12")
    assert not any(c.startswith("044") for s, tg, c, m in t), t


@pytest.mark.parametrize("text, mod", [
    ("Trump and Kim will meet in Hanoi next month.", "intended"),
    ("Trump and Kim did not meet in Hanoi.", "negated"),
])
def test_a_third_place_meeting_not_held_is_not_coded_as_held(coder, text, mod):
    t = triples(coder, text, date="2019-01-27")
    assert not any(m == "asserted" and c.startswith("04") for s, tg, c, m in t), t
    assert any(m == mod for s, tg, c, m in t), t


def test_a_meeting_at_a_summit_in_a_third_country_is_coded_both_ways(coder):
    t = triples(coder, "Narendra Modi met Chinese President Xi Jinping in Kazan on the sidelines of the BRICS summit.",
                date="2024-10-23")
    assert has_coded(t, "04", "IND", "CHN") and has_coded(t, "04", "CHN", "IND"), t


@pytest.mark.parametrize("text, date, source, target", [
    # a visit told by a fronted participle is the subject's own visit, done
    ("Visiting Kabul on Thursday, the British prime minister promised more troops.", "2008-07-10", "GBRGOV", "AFG"),
    ("Touring Hanoi, the Japanese emperor expressed regret for the war.", "2017-03-01", "JPNGOV", "VNM"),
    # "on a visit to X": the visit named with its destination
    ("On a visit to New Delhi, Obama backed India's bid for a permanent Security Council seat.", "2010-11-08",
     "USAGOV", "IND"),
    ("The Polish prime minister, on a two-day visit to Bonn, asked West Germany for credits.", "1990-04-03",
     "POLGOV", "DEU"),
    # a visit that names no destination went where the clause's act took place
    ("The Thai premier signed six accords in Tokyo on his first official trip abroad.", "2015-02-09", "THAGOV", "JPN"),
])
def test_a_visit_told_in_an_aside_is_coded(coder, text, date, source, target):
    t = triples(coder, text, date=date)
    assert any(c == "042" and s == source and tg == target and m == "asserted" for s, tg, c, m in t), t


def test_hosting_told_by_a_fronted_participle(coder):
    t = triples(coder, "Welcoming the Nigerian president at the Elysee, Chirac pledged debt relief.", date="2003-09-10")
    assert has_coded(t, "043", "FRAGOV", "NGAGOV"), t


@pytest.mark.parametrize("text, date", [
    # a meeting with the press sets the scene of the words
    ("Meeting reporters in Kyiv, Zelensky said Russia was regrouping.", "2022-04-01"),
    # a trailing participle tells how the act was done; a mission is no visit; a trip at home is none
    ("French soldiers on a mission to Mali were killed in an ambush.", "2013-05-01"),
    ("The Ukrainian president, on a trip to his home region, promised new jobs.", "2014-03-01"),
])
def test_no_visit_from_an_aside_that_is_none(coder, text, date):
    t = triples(coder, text, date=date)
    assert not any(c.startswith("04") for s, tg, c, m in t), t


def test_a_visit_aside_of_a_clause_ahead_is_not_done(coder):
    t = triples(coder, "The minister, on a visit to Paris next week, will sign the accord.", date="2010-03-01")
    assert not any(c == "042" and m == "asserted" for s, tg, c, m in t), t


@pytest.mark.parametrize("text, date, code, source, target", [
    # the main actor's arrival or hosting in a clause of time is the visit, news of its own
    ("Mongolia ignored a request to arrest Putin as he arrived in Ulan Bator for a state visit.", "2024-09-03",
     "042", "RUSGOV", "MNG"),
    ("The Indian prime minister signed ten deals as he arrived in Beijing.", "2015-05-14", "042", "INDGOV", "CHN"),
])
def test_a_visit_in_a_clause_of_time_is_coded(coder, text, date, code, source, target):
    t = triples(coder, text, date=date)
    assert any(c == code and s == source and tg == target and m == "asserted" for s, tg, c, m in t), t


def test_a_visit_at_home_in_a_clause_of_time_is_no_visit(coder):
    t = triples(coder, "A man threw a bomb at the Japanese prime minister as he visited a port in Wakayama.",
                date="2023-04-15")
    assert not any(c.startswith("04") for s, tg, c, m in t), t


def test_a_leaders_request_to_the_host_in_its_land_is_a_visit(coder):
    t = triples(coder, "Senegal's Macky Sall asked Putin in Sochi to free up Ukrainian grain exports.", date="2022-06-03")
    assert any(c == "042" and s == "SENGOV" and tg == "RUS" and m == "asserted" for s, tg, c, m in t), t
    assert has_coded(t, "020", "SENGOV", "RUSGOV"), t


@pytest.mark.parametrize("text, date", [
    # the speaker at home; an envoy posted there; a place that is what the words are about
    ("Lavrov criticised Washington in Moscow.", "2023-01-10"),
    ("The Russian ambassador praised the Chinese government in Beijing.", "2023-01-10"),
    ("Gorbachev appealed for calm in Armenia and Azerbaijan.", "1988-02-26"),
    # a signing abroad is coded as the signing alone
    ("Presidents Bush and Gorbachev signed a treaty in Moscow on Wednesday.", "1991-07-31"),
])
def test_words_said_where_the_speaker_is_no_visitor_are_no_visit(coder, text, date):
    t = triples(coder, text, date=date)
    assert not any(c == "042" for s, tg, c, m in t), t
