"""Meetings told as the occasion of a clause's act (round 21b, helper `newest21b`): "after talks with", the two
subjects who acted together "at talks", a phrase the parser hung on the verb's object. Sentences written for
these tests."""

from __future__ import annotations

from gold_helpers import triples


def meetings(got):
    return {(s, t, m) for s, t, c, m in got if c.startswith("04")}


def test_talks_held_before_the_act(coder):
    got = triples(coder, "Egypt released the detainees after talks with Israeli officials.")
    assert ("EGY", "ISRGOV", "asserted") in meetings(got), got
    # what is promised after the talks lies ahead; the talks were held
    got = triples(coder, "Russia said it would pull back its troops after talks in Minsk with Ukraine.")
    assert ("RUS", "UKR", "asserted") in meetings(got), got


def test_talks_ahead_are_not_held(coder):
    got = triples(coder, "Japan will lift the ban after talks with China next month.")
    assert all(m != "asserted" for s, t, m in meetings(got)), got


def test_two_subjects_met_at_talks(coder):
    got = triples(coder, "Peru and Chile signed a fisheries accord at talks in Lima.")
    assert {("PER", "CHL", "asserted"), ("CHL", "PER", "asserted")} <= meetings(got), got
    got = triples(coder, "Colombia's government and the ELN rebels agreed to a six-month ceasefire at talks in Havana.")
    assert ("COLGOV", "COLREB", "asserted") in meetings(got), got


def test_no_meeting_of_the_subjects_when_the_act_is_aimed_at_another(coder):
    got = triples(coder, "Germany and France restored ties with Qatar at a summit in Doha.")
    assert not {(s, t) for s, t, m in meetings(got)} & {("DEU", "FRA"), ("FRA", "DEU")}, got
    got = triples(coder, "Saudi Arabia, the United Arab Emirates, Bahrain and Egypt restored ties with Qatar at a "
                         "Gulf summit.")
    assert not {(s, t) for s, t, m in meetings(got)} & {("SAU", "ARE"), ("ARE", "SAU")}, got


def test_no_meeting_where_no_actors_met(coder):
    got = triples(coder, "The two football clubs agreed a transfer fee at talks in Madrid.")
    assert not meetings(got), got
