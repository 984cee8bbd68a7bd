"""Helper ask60 (issue 10): giving and yielding, asking and refusing (CAMEO roots 06, 07, 08, 09, 10, 12) in wording
nobody tuned on. Our own sentences, not gold sentences."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, refuser, date", [
    # a stated refusal to change one's own policy rejects the change others want (1232, asserted) even where the
    # sentence names no request (event_cues kept_course_verbs)
    ("Chancellor Merz said Berlin would not change course on the debt brake.", "DEU", "2025-06-01"),
    ("The Hungarian government said it would not amend the education law.", "HUN", "2018-01-01"),
    ("Norway said it would not cut its salmon output.", "NOR", "2019-01-01"),
    ("Kenya's treasury said it would not postpone the fuel tax increase.", "KEN", "2017-01-01"),
])
def test_kept_course_is_a_refusal(coder, text, refuser, date):
    t = triples(coder, text, date=date)
    assert has_coded(t, "1232", refuser), t


@pytest.mark.parametrize("text, refuser, defied, date", [
    # "would not bend / kowtow to X": the refusal at the one whose pressure it defies (event_cues unbending_verbs)
    ("Brazil's president said he would not bend to American pressure over the tariffs.", "BRA", "USA", "2025-08-01"),
    ("Lithuania said it would not kowtow to Beijing over the Taiwanese office.", "LTU", "CHN", "2021-12-01"),
])
def test_not_bending_to_pressure_is_a_refusal(coder, text, refuser, defied, date):
    t = triples(coder, text, date=date)
    assert has_coded(t, "12", refuser, defied), t


def test_complaints_are_a_request_refused(coder):
    # "despite X's complaints" names the request a refusal answers (event_cues refused_request_nouns), as "despite
    # calls from X" does
    t = triples(coder, "The Indian government said it would not alter its data rules despite American complaints.",
                date="2023-01-01")
    assert has_coded(t, "12", "IND", "USA"), t


@pytest.mark.parametrize("text, date", [
    # a central bank keeping its rates tells monetary policy, no one's request rejected
    ("The central bank of Chile said it would not cut interest rates this year.", "2023-01-01"),
    # a policy kept on a condition or for a time is put off (the act conditional), no rejection made now
    ("Ghana said it would not cut fuel subsidies until the harvest was in.", "2015-01-01"),
    # a thing that "would not change" is no actor refusing
    ("The finance ministry said the rules themselves would not change.", "2020-01-01"),
    # raising a matter at a meeting is no policy
    ("The Thai prime minister said he would not raise the border ruling at the summit.", "2020-01-01"),
])
def test_no_refusal_for_a_course_kept_without_a_rejection(coder, text, date):
    t = triples(coder, text, date=date)
    assert not has_coded(t, "12", modality=None), t


@pytest.mark.parametrize("text, asker, asked", [
    # an act asked of an actor in a mandative clause of insisting, whose verb codes no act of its own, is the
    # insister's demand (100) of that actor, as "demanded that X ..." is
    ("Brazil insisted that Bolivia publish the gas contract.", "BRA", "BOL"),
])
def test_insisted_mandative_act_is_a_demand(coder, text, asker, asked):
    t = triples(coder, text, date="2008-01-01")
    assert has_coded(t, "10", asker, asked), t


@pytest.mark.parametrize("text", [
    # an indicative clause of insisting is a claim, not a demand
    "Chile insisted that Peru had honoured the treaty.",
    # an act asked of no actor ("that the dispute be put on the agenda") is left
    "Chile insisted that the dispute be put on the agenda.",
])
def test_no_demand_for_an_insisted_claim_or_an_act_of_no_actor(coder, text):
    t = triples(coder, text, date="2008-01-01")
    assert not has_coded(t, "10", modality=None), t
