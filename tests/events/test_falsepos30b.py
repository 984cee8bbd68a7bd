"""False events of round 30 (falsepos30b): election results, reigns, anniversaries, market moves and sport told in
words of politics code nothing; the political acts beside them stay. Sentences written for these tests."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text", [
    # an election result announced is no endorsement of the winner
    "Zambia's electoral commission declared Hakainde Hichilema the winner of the presidential vote.",
    "The Supreme Court proclaimed the incumbent the winner of the disputed runoff.",
    # a reign is no visit
    "King Hassan, who ruled Morocco for 38 years, died in Rabat.",
    # an anniversary marked is no symbolic act
    "Paris marked the 80th anniversary of its liberation with a parade on the Champs-Elysees.",
    "Hungary celebrated the 30th anniversary of the fall of communism with fireworks.",
    # market moves: prices and traders are no actors
    "Frankfurt shares crashed for a third day, wiping billions off the DAX.",
    "Traders welcomed the Federal Reserve's rate cut, sending the dollar lower.",
    # sport: a result, a race dropped out of, crowds celebrating a match
    "Brazil beat the hosts three goals to one as Mexico staged the opening match of the Gold Cup.",
    "Tens of thousands poured into the streets of Dakar after Senegal reached the World Cup semi-final.",
    "Ethiopia's Kenenisa Bekele broke the world record in Dubai, pulling away from a Kenyan rival who dropped out.",
])
def test_no_political_event(coder, text):
    t = [x for x in triples(coder, text, date="2024-05-02") if x[3] in {"asserted", "intended"}]
    assert t == [], t


def test_protest_against_a_sport_event_stays(coder):
    t = triples(coder, "Thousands of students marched in Rio to protest against the Olympic Games.", date="2016-08-05")
    assert has_coded(t, "141"), t


def test_arab_league_is_no_sport(coder):
    # "league" in a name is no sport word
    t = triples(coder, "Kofi Annan said he would step down as U.N.-Arab League envoy for Syria.", date="2012-08-02")
    assert t, t


def test_criticism_of_a_result_stays(coder):
    t = triples(coder, "The opposition denounced the election commission, which declared the president the winner.",
                date="2024-05-02")
    assert has_coded(t, "111"), t


def test_crowd_gathered_to_mark_an_anniversary_is_no_rally(coder):
    t = triples(coder, "Thousands of people gathered in Prague's Wenceslas Square to mark the 30th anniversary of the "
                "Velvet Revolution with concerts.", date="2019-11-17")
    assert not has_coded(t, "141"), t


def test_protesters_marking_an_anniversary_still_rally(coder):
    t = triples(coder, "Thousands of protesters gathered in Hong Kong to mark the anniversary of the crackdown.",
                date="2020-06-04")
    assert has_coded(t, "141"), t
