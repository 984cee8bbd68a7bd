"""Recall of round 12 (recall12a): disapproval, accusation, demand and appeal said in other words than the
verbs of the dictionary: another's act named with a word of censure, a wrong stated in a that-clause, a crime
under international law found or alleged, legal action weighed. Our own sentences."""

import pytest

from gold_helpers import has_coded, triples

from foedus.coder import vetter


@pytest.mark.parametrize("text, source", [
    # a labelling verb whose object predicate censures: criticism (111)
    ("Seoul's foreign minister called the missile launch an unforgivable provocation.", "KOR"),
    ("Poland called the border closure a grave mistake.", "POL"),
    ("The Greek government called the overflight a deliberate affront to its sovereignty.", "GRC"),
    ("Ottawa dismissed the Russian flag-planting as a publicity stunt.", "CAN"),
    ("Chile's president described the expulsion of its diplomats as unacceptable.", "CHL"),
    ("The Philippine government branded the water-cannon attack on its boat a barbaric act.", "PHL"),
])
def test_naming_an_act_with_censure_criticises(coder, text, source):
    t = triples(coder, text)
    assert has_coded(t, "111", source), t


@pytest.mark.parametrize("text, code", [
    # other names keep their sense: praise stays praise, a plan dismissed is rejected, a phone call is no criticism
    ("Berlin described the talks with Warsaw as constructive.", "111"),
    ("Lima called the agreement a historic step forward.", "111"),
    ("Tokyo dismissed the Chinese proposal as unrealistic.", "111"),
])
def test_other_names_are_no_criticism(coder, text, code):
    t = triples(coder, text, modality=None)
    assert not has_coded(t, code, modality=None), t


@pytest.mark.parametrize("text, source, target", [
    # a wrong stated in a that-clause: criticism of the actor the act's phrase names, or of no one named
    ("Ankara said Greece's militarisation of the islands was illegal.", "TUR", "GRC"),
    ("The Arab League said the Israeli settlement expansion was a flagrant violation of international law.", "IGO", None),
    ("Kyiv said Moscow's referendum had no legal value.", "UKR", "RUS"),
])
def test_a_stated_wrong_is_criticism(coder, text, source, target):
    from foedus.coder import vetter

    with vetter.disabled():   # the rules' reading: the vetter of session 33 drops the event (a known loss, docs/model.md)
        t = triples(coder, text)
    assert has_coded(t, "111", source, target), t


@pytest.mark.parametrize("text", [
    "The army said the air strike on the wedding was a mistake.",
    "Madrid said the vote was legal.",
    "Brussels said the referendum was not illegal.",
])
def test_no_criticism_without_a_stated_wrong_of_another(coder, text):
    t = triples(coder, text, modality=None)
    assert not has_coded(t, "111", modality=None), t


@pytest.mark.parametrize("text, source, target", [
    ("A UN panel of experts concluded that Sudanese paramilitaries had committed genocide in West Darfur.", "IGO", "SDN"),
    ("Human Rights Watch said Ethiopian forces had committed crimes against humanity in Tigray.", "NGO", "ETH"),
    ("The U.S. State Department said that war crimes had been committed in Bucha.", "USA", None),
])
def test_a_crime_found_or_alleged_is_an_accusation(coder, text, source, target):
    # the rules' events: the learned event vetter drops Human Rights Watch's accusation (a known loss, docs/model.md)
    with vetter.disabled():
        t = triples(coder, text)
    assert has_coded(t, "1124", source, target), t
    assert not has_coded(t, "030", modality=None), t   # committing a crime promises nothing


@pytest.mark.parametrize("text, modality", [
    ("The European Commission is considering legal action against Poland over the judicial reform.", "considered"),
    ("Lithuania launched legal action against Belarus at the International Court of Justice.", "asserted"),
])
def test_legal_action_is_a_lawsuit(coder, text, modality):
    t = triples(coder, text, modality=None)
    assert has_coded(t, "115", modality=modality), t


@pytest.mark.parametrize("text, code, source", [
    # a demand stated beside an act that is no protest is a demand of its own
    ("Gunmen seized a ferry on Lake Kivu, demanding the release of their imprisoned leader.", "105", None),
    ("Pirates hijacked a Danish freighter off Somalia, demanding a ransom.", "10", None),
    ("The rebels declared a unilateral truce, demanding that government troops withdraw from the valley.", "10", None),
])
def test_a_demand_beside_another_act_is_coded(coder, text, code, source):
    t = triples(coder, text)
    assert has_coded(t, code, source), t


@pytest.mark.parametrize("text", [
    # beside a protest the demand is the protest's aim: no second act
    "Thousands of teachers marched in Harare, demanding the resignation of the education minister.",
    "Farmers rallied outside parliament in Warsaw, demanding an end to grain imports.",
])
def test_a_demand_beside_a_protest_is_its_aim(coder, text):
    t = triples(coder, text)
    assert not has_coded(t, "10", modality=None), t


@pytest.mark.parametrize("text", [
    "Tehran said it would not accept any international inspection of the site.",
    "North Korea announced it would not take part in the Tokyo Games.",
])
def test_a_stated_refusal_to_cooperate_is_a_rejection(coder, text):
    t = triples(coder, text)
    assert has_coded(t, "12"), t


@pytest.mark.parametrize("text, code, source", [
    # a participle aside of censure is criticism of its own, not a detail of the act beside it
    ("Burundi quit the regional court, calling its ruling unacceptable.", "111", "BDI"),
    # a court said to lack jurisdiction is criticised
    ("Beijing said the arbitration tribunal had no jurisdiction.", "111", "CHN"),
    # a finding reported by a finding verb
    ("The State Department said it had determined that Myanmar's army had committed genocide.", "1124", "USA"),
])
def test_censure_aside_jurisdiction_and_reported_findings(coder, text, code, source):
    t = triples(coder, text, modality=None)
    assert has_coded(t, code, source, modality=None), t
