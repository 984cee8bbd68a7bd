"""Round 22 sources: groups of a civil sector named with no country ("rights groups") are the international
non-governmental ones (NGOHRI), not the country of the place or of the article; a word or place phrase of
their own keeps them local. Sentences written for these tests."""

from __future__ import annotations

import pytest

from foedus.coder.pipeline import code_text


def _sources(text, root, date="2024-05-01"):
    return [e.source.code if e.source else None for e in code_text(text, date).events if e.cameo.startswith(root)]


@pytest.mark.parametrize("text, root, source", [
    ("Ugandan police arrested an opposition leader in Kampala, drawing condemnation from rights groups.", "11", "NGOHRI"),
    ("Iran executed two protesters on Monday, drawing condemnation from international rights groups.", "11", "NGOHRI"),
    ("A local rights group in Kampala condemned the arrest of the opposition leader.", "11", "UGAHRI"),
    ("Kenyan rights groups condemned the police for shooting protesters in Nairobi.", "11", "KENHRI"),
    ("Rights groups in Kenya condemned the police for shooting protesters in Nairobi.", "11", "KENHRI"),
])
def test_unplaced_rights_groups_are_international(text, root, source):
    assert _sources(text, root) == [source]


def test_a_rights_activist_stays_of_the_place():
    events = code_text("Police in Harare arrested a human rights activist on Monday.", "2024-05-01").events
    assert [(e.cameo, e.target.code if e.target else None) for e in events] == [("173", "ZWEHRI")]


def _actor_codes(nlp, matcher, text, date):
    return {m.text: m.code for m in matcher.find(nlp(text), date)}


@pytest.mark.parametrize("text, date, code", [
    # the state a junta ruled on the date, of those the sentence names
    ("Thailand sent aid to Myanmar after the earthquake, and the junta thanked Bangkok.", "2025-04-01", "MMRMIL"),
    ("Sweden took in refugees from Santiago, and the junta in Chile protested.", "1974-03-01", "CHLMIL"),
    # in 2015 a junta ruled Thailand and none Myanmar
    ("Thailand sent aid to Myanmar after the earthquake, and the junta thanked Bangkok.", "2015-06-01", "THAMIL"),
])
def test_the_junta_is_the_ruled_state_named(nlp, matcher, text, date, code):
    assert _actor_codes(nlp, matcher, text, date).get("junta") == code
