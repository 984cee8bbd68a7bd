"""Meetings, visits and hosts told in constructions the parser misreads (helper consult37). Sentences written for
these tests."""

from __future__ import annotations

from gold_helpers import has_coded, triples


def test_a_visitor_met_in_the_hosts_capital_is_hosted(coder):
    # "visiting" read as an adverbial clause of "met": the visitor is the meeting's object again, and the place of
    # the clause ("in Beijing") the meeting's, so the host's meeting at home is hosting the visit
    got = triples(coder, "Li Qiang met visiting Malaysian Prime Minister Anwar Ibrahim in Beijing on Friday.",
                  date="2024-11-08")
    assert has_coded(got, "043", "CHNGOV", "MYSGOV"), got
    assert not has_coded(got, "042", "CHN"), got
    got = triples(coder, "Vladimir Putin met visiting Indian Prime Minister Narendra Modi in Moscow on Monday.",
                  date="2024-07-08")
    assert has_coded(got, "043", "RUSGOV", "INDGOV"), got
