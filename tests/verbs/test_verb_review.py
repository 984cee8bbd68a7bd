"""Reviewed PETRARCH defaults: ordinary wording must not become an event, and the reviewed
verbs keep their real meanings. Lemma lists below are the words after (and before) the verb."""

from __future__ import annotations

import pytest

from foedus import taxonomy
from foedus.coder.verbs import VerbDictionary


@pytest.fixture(scope="module")
def verbs() -> VerbDictionary:
    return VerbDictionary.default()


def _code(verbs, lemma, after, before=""):
    m = verbs.match(lemma, after.split(), before.split())
    return m.code if m else None


# Ordinary wording that the converted defaults coded as events.
@pytest.mark.parametrize("lemma, after, before", [
    ("accord", "to the ministry of health", ""),               # "according to"
    ("take", "place next week", "the vote will"),              # "take place"
    ("go", "home after the match", "the fan"),
    ("decide", "to wait", "the board"),
    ("prepare", "the ground for the season", "the club"),
    ("control", "the market", "the company"),
    ("call", "it a mistake", "the mayor"),                     # "called it a mistake" (no phone call)
    ("return", "to the capital on friday", "the delegation"),  # travel back, no release
    ("suspect", "of fraud", "three clerk"),                    # "clerks suspected of fraud"
    ("travel", "without a passport", "the man"),
    ("remove", "any doubt about the plan", "the statement"),
    ("arm", "with knife", "the youth"),                        # "youths armed with knives"
    ("issue", "a reminder to voter", "the council"),
    ("improve", "its performance", "the team"),
    ("link", "to a bank", "the account"),
    ("conclude", "that the plan fail", "the review"),
    ("continue", "for a week", "the military exercise"),
    ("die", "in hospital", "the patient"),
    ("lead", "to a long delay", "the strike"),
    ("affect", "thousand of commuter", "the storm"),
    ("think", "about the offer", "the voter"),
    ("want", "a new stadium", "the fan"),
    ("pull", "the cart", "the horse"),
])
def test_ordinary_wording_is_no_event(verbs, lemma, after, before):
    assert _code(verbs, lemma, after, before) is None


@pytest.mark.parametrize("lemma, after, before, code", [
    ("telephone", "the chancellor on monday", "the premier", "041"),
    ("phone", "his counterpart on sunday", "", "041"),
    # (intent31) elections to be held are a reform ahead (034); held, the coder drops them (finish.pledged_only_done,
    # tests/events/test_intent31.py)
    ("hold", "election in may", "the country", "034"),
    ("undertake", "a mediation mission between the two party", "the envoy", "045"),
    ("undertake", "to withdraw troop by june", "the government", "0356"),
    ("meet", "the striker demand", "the employer", "083"),
    ("return", "the prisoner to their family", "the rebel", "0841"),
    ("return", "to the negotiating table", "the union", "046"),
    ("remove", "the curfew", "the army", "0813"),
    ("open", "the border crossing to truck", "the government", "0872"),
    ("reopen", "the bridge", "the authority", "0872"),
    ("throw", "stone at police", "the protester", "145"),
    ("shun", "work to protest", "the teacher", "143"),
    ("block", "traffic on the main bridge", "the farmer", "144"),
    ("kill", "two soldier", "the militant", "190"),   # an armed group killing soldiers fights them (fight27)
    ("kill", "two soldier in a gunbattle", "the army", "193"),
    ("wound", "three policeman in a bomb attack", "", "183"),
    ("blow", "up themselves at a checkpoint", "two bomber", "1831"),
    ("blow", "up a power line", "the saboteur", "1712"),
    ("force", "out thousand of villager from their home", "the army", "201"),
    ("order", "patrol along the coast", "the governor", "153"),
    ("send", "inspector to the plant", "the agency", "090"),
    ("pressure", "the minister to resign", "the party", "100"),
    ("donate", "blanket and tent to the town", "the charity", "070"),
    ("shorten", "the curfew by an hour", "the governor", "0813"),
    ("swear", "to fight on", "the rebel", "138"),
    ("reimpose", "the blockade on the port", "the navy", "191"),
    ("institute", "a curfew in the city", "the mayor", "1723"),
    ("train", "police officer from the neighbour", "the army", "062"),
    ("issue", "a warning to the rebel", "the general", "130"),
    ("mediate", "in the border dispute", "the president", "045"),
    ("pay", "compensation to the farmer", "the government", "0842"),
    ("claim", "responsibility for the blast", "the group", "015"),
])
def test_reviewed_meanings(verbs, lemma, after, before, code):
    assert _code(verbs, lemma, after, before) == code


def test_irregulars_killing_is_assault_and_armies_fight():
    assert taxonomy.plover05("180") == "ASSAULT"
    assert taxonomy.plover05("190") == "FIGHT"


@pytest.mark.parametrize("noun", ["support", "policy", "relation", "tie", "issue", "question", "plan"])
def test_generic_nouns_are_no_event(verbs, noun):
    assert verbs.match_noun(noun, ["strong", "bilateral"]) is None


def test_welcome_noun_is_hosting(verbs):
    assert verbs.match_noun("welcome", ["warm"]).code == "043"
