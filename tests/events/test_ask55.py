"""Helper ask55 (issue 10): asking and answering (CAMEO roots 08, 10, 12, 13) in wording nobody tuned on. Our own
sentences, not gold sentences."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, source, target", [
    # a stated refusal of one's own act whose verb codes no act of its own, told against a request: the rejection
    # (12x), asserted, aimed at whoever asks (gold README, Intention: "a refusal ... is the 12x rejection, asserted")
    ("Ghana's finance minister said the government would not lower fuel duties despite pressure from the IMF.",
     "GHAGOV", "IGOUNODEVIMF"),
    ("Portugal's prime minister said Lisbon would not cap electricity prices despite calls from Madrid.",
     "PRTGOV", "ESP"),
    ("Malawi's president said he would not dissolve the cabinet, whatever the pressure from donors.", "MWIGOV", None),
])
def test_a_refusal_against_a_request_is_a_rejection(coder, text, source, target):
    t = triples(coder, text)
    assert has_coded(t, "12", source, target), t


@pytest.mark.parametrize("text", [
    # no request named: the gold codes such acts negated (or not at all), never a rejection made now
    "Ghana's finance minister said the government would not lower fuel duties this year.",
    # a time or a condition puts the act off ("until", "unless")
    "Ghana's finance minister said the government would not lower fuel duties until the IMF review, despite pressure "
    "from the unions.",
    # people who "would not leave" reject no one's request
    "Protesters in Accra said they would not leave the square despite calls from the police.",
    # a thing, not an actor, that "would not" change
    "The finance minister said the new rules would not change despite protests by traders.",
])
def test_no_rejection_without_an_actor_refusing_a_request(coder, text):
    t = triples(coder, text)
    assert not has_coded(t, "12", modality=None), t


@pytest.mark.parametrize("text, source, target", [
    # a demand joined by "or" to a penalty the addressee would undergo, in the passive or as what it would see done to
    # its own, is an ultimatum (139, asserted), as "or face X" is (gold README: "X or face Y" ultimatums)
    ("The army warned the residents of Marawi to leave the city by Sunday or be treated as rebels.", "PHLMIL", "PHLCVL"),
    ("Gunmen warned the villagers of Kajuru to pay a levy within a week or see their homes burned.", None, "NGACVL"),
])
def test_a_demand_with_a_penalty_undergone_is_an_ultimatum(coder, text, source, target):
    t = triples(coder, text, date="2019-05-20")
    assert has_coded(t, "139", source, target), t
    assert not has_coded(t, "10", modality=None), t


def test_a_demand_with_no_penalty_stays_a_demand(coder):
    t = triples(coder, "The army warned the residents of Marawi to leave the city by Sunday and be careful.",
                date="2019-05-20")
    assert not has_coded(t, "139", modality=None), t
