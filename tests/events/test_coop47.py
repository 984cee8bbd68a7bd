"""Material cooperation, aid and yielding the coder missed (helper coop47). Sentences written for these tests."""

from __future__ import annotations

from gold_helpers import has_coded, triples


# -- an office-holder dismissed or sacked leaves office (0831), whatever the office is called --------------------------

def test_an_adviser_sacked_is_a_change_of_leadership(coder):
    got = triples(coder, "Prime Minister Imran Khan sacked his top economic adviser after a row over the budget.",
                  date="2019-06-10")
    assert has_coded(got, "0831", "PAK", "PAK"), got


def test_the_government_dismissed_by_the_king_leaves_office(coder):
    got = triples(coder, "King Mswati dismissed the government and said he would rule by decree until new elections.",
                  date="2019-06-10")
    assert has_coded(got, "0831", "SWZ", "SWZ"), got
    assert not any(c.startswith("12") for _, _, c, _ in got), got


def test_a_leader_dismissed_as_something_is_no_dismissal(coder):
    got = triples(coder, "Putin dismissed Zelensky as a puppet of the West.", date="2023-05-02")
    assert not has_coded(got, "083", modality=None), got


def test_a_city_sacked_is_no_change_of_leadership(coder):
    got = triples(coder, "Vandals sacked Rome in the fifth century.", date="2019-06-10")
    assert not has_coded(got, "083", modality=None), got


# -- "acknowledged for the first time that ...": what was acknowledged is news, not a relative clause's background ------

def test_a_that_clause_after_the_first_time_is_what_was_said(coder):
    got = triples(coder, "Iran acknowledged for the first time that its advisers had fought alongside Syrian government "
                         "forces near Aleppo.", date="2016-05-10")
    assert has_coded(got, "062", "IRN", "SYR"), got


# -- a named person exchanged is freed in the swap (0841), each way -------------------------------------------------------

def test_a_named_person_exchanged_is_released_both_ways(coder):
    got = triples(coder, "Russia and the United States exchanged Evan Gershkovich for Vadim Krasikov in Ankara.",
                  date="2024-08-02")
    assert has_coded(got, "0841", "RUS", "USA"), got
    assert has_coded(got, "0841", "USA", "RUS"), got
