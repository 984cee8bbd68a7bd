"""Sentence shapes of the twenty-eighth session (syntax28): a state told by "be" and a phrase ("the armed forces
were on maximum alert", "the government is in talks with the rebels") is the subject's act, where "be" heads a
clause of its own (not a relative clause describing its noun, nor a place or a time); a visit named after "after"
whose own words name the visitor and the place visited is the visitor's visit there; a visit's "by" phrase names its
visitor. Own sentences."""

import pytest

from gold_helpers import has_coded, triples

DATE = "2024-03-06"


@pytest.mark.parametrize("text,code,source,target", [
    ("The Azerbaijani army was on high alert along the frontier with Armenia.", "152", "AZEMIL", None),
    ("Colombia's defence minister said the armed forces were on maximum alert.", "152", "COLMIL", None),
    ("The Ethiopian government is in talks with the Tigrayan rebels in Nairobi.", "046", "ETHGOV", "ETH"),
    ("Teachers in Nigeria have been on strike for three weeks.", "143", "NGA", None),
])
def test_a_state_told_by_be_is_the_subjects_act(coder, text, code, source, target):
    got = triples(coder, text, DATE)
    assert has_coded(got, code, source, target), got


def test_a_state_told_by_be_keeps_its_negation(coder):
    got = triples(coder, "Officials said the Estonian army was not on alert that night.", DATE)
    assert has_coded(got, "152", "EST", modality="negated") and not has_coded(got, "152"), got


@pytest.mark.parametrize("text,codes", [
    # a relative clause describes its noun; a place or a time is no state of an act
    ("Amnesty urged Bahrain to free the blogger, who has been on hunger strike since June.", {"142"}),
    ("The Kenyan president was in Addis Ababa on Monday.", {"04", "15"}),
    ("The two sides were in a hurry to finish before the holiday.", {"04", "15"}),
])
def test_no_state_act_where_be_tells_none(coder, text, codes):
    got = triples(coder, text, DATE)
    assert not any(c.startswith(tuple(codes)) for s, t, c, m in got), got


@pytest.mark.parametrize("text,source,target", [
    ("Beijing held drills around the island after Speaker Mike Johnson's visit to Taipei.", "USA", "TWN"),
    ("Moscow expelled two Estonian diplomats days after a visit to Kyiv by the Estonian prime minister.", "EST",
     "UKR"),
])
def test_a_visit_after_after_with_visitor_and_place(coder, text, source, target):
    got = triples(coder, text, DATE)
    assert has_coded(got, "042", source, target), got


@pytest.mark.parametrize("text", [
    "Riots broke out in Jerusalem a day after Sharon's visit.",            # no place visited told
])
def test_no_visit_after_after_without_visitor_or_place(coder, text):
    got = triples(coder, text, DATE)
    assert not any(c.startswith("042") and (t or "")[:3] in {"ISR", "PRK"} for s, t, c, m in got), got


def test_a_visits_by_phrase_names_the_visitor(coder):
    text = "Chile and Peru signed a fisheries accord during a visit to Lima by Chile's foreign minister."
    got = triples(coder, text, DATE)
    assert has_coded(got, "042", "CHL", "PER") and not has_coded(got, "042", "PER", "PER"), got
