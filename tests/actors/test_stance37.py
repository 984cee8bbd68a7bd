"""(doubts37) A hyphenated stance modifier ("pro-EU", "anti-UN", "anti-NATO") says what a group is for or against: it is
neither the group's own code (no IGOEUREECCVL for "pro-EU demonstrators") nor, as a bare modifier of a thing ("a pro-EU
rally"), an actor the group's act or an act on the group is aimed at. The group is of the country where it is (the
gold README's actors; data/lexicon/actor_cues.yaml supporter_prefixes). Sentences written for these tests."""

from __future__ import annotations

import pytest

from foedus.coder.pipeline import Coder


@pytest.fixture(scope="module")
def coder(nlp):
    return Coder(nlp)


def _events(coder, text):
    return [(e.cameo, e.source.code if e.source else "", e.target.code if e.target else "")
            for e in coder.code_text(text, date="2024-05-01").events]


@pytest.mark.parametrize(("text", "source"), [
    ("Pro-EU demonstrators rallied outside parliament in Chisinau.", "MDACVL"),
    ("Anti-NATO protesters marched through the centre of Belgrade.", "SRBCVL"),
    ("Anti-UN protesters stormed a peacekeeping base near Bunia.", "CODCVL"),
])
def test_a_stance_on_a_body_is_not_the_groups_own_code(coder, text, source):
    events = _events(coder, text)
    assert events and all(s == source for _, s, _ in events), events


def test_a_stance_on_a_thing_names_no_actor(coder):
    events = _events(coder, "Riot police in Chisinau broke up a pro-EU rally with tear gas.")
    assert ("175", "MDACOP", "MDACVL") in events, events
    assert not [e for e in events if "IGO" in e[1] or "IGO" in e[2]], events


def test_a_stance_on_a_country_stays_a_stance(coder):
    # pinned: the "pro-" country was already no actor of its own
    events = _events(coder, "Pro-Russian separatists shelled the port of Mariupol.")
    assert [e[:2] for e in events] == [("194", "UKRREB")], events
