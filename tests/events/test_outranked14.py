"""Sentences with several acts (outranked14): when two acts of one sentence are one event and when they are two.
Our own sentences."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, date, second", [
    # a crowd storms or breaks into a place, then destroys, loots or beats there: the riot and the second act
    ("Demonstrators stormed the governor's office in Basra and set it on fire.", "2018-09-07", "1712"),
    ("Protesters broke into the town hall in Lviv and beat two councillors.", "2014-02-19", "182"),
    ("A mob attacked and looted a police station in Gonaives.", "2023-05-02", "171"),
    ("Rioters forced their way into the electoral commission offices in Kinshasa and set part of the building on fire.",
     "2018-12-30", "1712"),
])
def test_crowd_riot_and_second_act(coder, text, date, second):
    t = triples(coder, text, date=date)
    assert has_coded(t, "145") and has_coded(t, second), t


@pytest.mark.parametrize("text, date", [
    # stones and burning tyres, or shops looted and burned: one riot
    ("Protesters threw stones at police and set tyres alight in central Conakry.", "2020-10-22"),
    ("Rioters looted and burned shops in Port Louis overnight.", "2021-03-03"),
])
def test_crowd_riot_stays_one(coder, text, date):
    t = triples(coder, text, date=date)
    assert has_coded(t, "145") and not has_coded(t, "17") and not has_coded(t, "18"), t


@pytest.mark.parametrize("text, date, first, second", [
    # a consultation is coded once, from the first party named (gold README: "A met B" once, from the subject)
    ("Narendra Modi met Chinese President Xi Jinping on the sidelines of the BRICS summit.", "2024-10-23",
     "IND", "CHN"),
    # (visits39) the same meeting placed in a third country ("... in Kazan") is a summit at a third place, 044 both
    # ways (gold README), in tests/events/test_visits39.py
    ("Emmanuel Macron discussed gas prices by telephone with Egypt's Abdel Fattah al-Sisi.", "2023-05-02",
     "FRA", "EGY"),
    ("A meeting between Pedro Sanchez and Giorgia Meloni in Rome ended without a joint statement.", "2023-10-10",
     "ESP", "ITA"),
    # (verbal29) talks, unlike a meeting, are each delegation's act (046 from each delegation, gold README): "Talks
    # between Serbia and Kosovo in Brussels broke up" is now coded both ways (tests/events/test_verbal29.py)
])
def test_consultation_once_from_the_first(coder, text, date, first, second):
    t = triples(coder, text, date=date)
    assert has_coded(t, "04", first, second) and not has_coded(t, "04", second, first), t


@pytest.mark.parametrize("text, date, a, b, root", [
    # other mutual acts stay both ways: clashes, exchanges, agreements
    ("Clashes between Kyrgyz and Tajik border guards killed four people.", "2022-09-16", "KGZ", "TJK", "19"),
    ("Russia and Ukraine exchanged 90 prisoners of war.", "2024-08-24", "RUS", "UKR", "08"),
])
def test_other_mutual_acts_both_ways(coder, text, date, a, b, root):
    t = triples(coder, text, date=date)
    assert has_coded(t, root, a, b) and has_coded(t, root, b, a), t


def test_broker_between_parties_of_one_country_mediates_once(coder):
    # the parties of one country: one mediation by each broker, towards that country (gold README, blind11a; each
    # of coordinated brokers mediates, skipped17)
    t = triples(coder, "The Colombian government and the FARC signed a peace deal brokered by Cuba and Norway.",
                date="2016-09-26")
    assert sum(1 for s, tg, c, m in t if c == "045") == 2 and has_coded(t, "045", "CUB", "COL") \
        and has_coded(t, "045", "NOR", "COL"), t
    # two states: the broker brings both together, one event towards each
    t = triples(coder, "Armenia and Azerbaijan exchanged prisoners in a deal brokered by the United States.",
                date="2024-01-10")
    assert has_coded(t, "045", "USA", "ARM") and has_coded(t, "045", "USA", "AZE"), t


@pytest.mark.parametrize("text, date", [
    # one crowd's riot at home: one event, however many verbs or objects tell it
    ("Students in Chittagong clashed with police and ruling-party activists over job quotas.", "2024-07-16"),
    ("Rioters set tyres ablaze and hurled stones at police in Lome during a protest over fuel prices.", "2022-03-04"),
    ("Protesters ransacked Peru's Congress, the presidential palace and the Supreme Court in Lima.", "2021-07-01"),
])
def test_one_riot_at_home(coder, text, date):
    t = triples(coder, text, date=date)
    assert sum(1 for s, tg, c, m in t if c == "145" and m == "asserted") == 1, t


def test_riot_at_foreign_embassies_is_one_event_per_country(coder):
    t = triples(coder, "Protesters in Khartoum attacked the embassies of Egypt, France and Britain.", date="2023-04-20")
    assert all(has_coded(t, "145", "SDN", c) for c in ("EGY", "FRA", "GBR")), t
