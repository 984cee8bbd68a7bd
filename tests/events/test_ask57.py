"""Helper ask57 (issue 10): giving and yielding, asking and refusing (CAMEO roots 06, 07, 08, 09, 10, 12) in wording
nobody tuned on. Our own sentences, not gold sentences."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, host, fled, date", [
    # a ruler who flees abroad as he falls is taken in by the state he flees to (075, gold README: "a leader who
    # resigns and flees is 0831 and 075 from the host", "a leader who flees as he is ousted is the ELI target of the
    # host's 075"), even where the sentence does not say the host received him
    ("Rebels stormed the presidential palace in Bangui, and President Francois Bozize fled to Cameroon.",
     "CMRGOV", "CAFELI", "2013-03-24"),
    ("Crowds ransacked the palace hours after President Ashraf Ghani fled to Uzbekistan.",
     "UZBGOV", "AFGELI", "2021-08-15"),
])
def test_ruler_fleeing_abroad_is_taken_in_by_the_host(coder, text, host, fled, date):
    t = triples(coder, text, date=date)
    assert has_coded(t, "075", host, fled), t


@pytest.mark.parametrize("text, date", [
    # a stop on his way, or a flight told alone, grants nothing
    ("President Gotabaya Rajapaksa fled to the Maldives and later flew on to Singapore.", "2022-07-14"),
    ("President Ashraf Ghani fled to Uzbekistan on a helicopter.", "2021-08-15"),
    # someone who is no ruler fleeing is no grant either
    ("Thousands of villagers fled to Chad as the militia burned their homes.", "2004-03-01"),
])
def test_flight_in_passing_or_alone_or_of_no_ruler_is_no_asylum(coder, text, date):
    t = triples(coder, text, date=date)
    assert not has_coded(t, "075", modality=None), t


@pytest.mark.parametrize("text, source, date", [
    # a call for foreign troops' withdrawal demands that they go (1056), not an appeal for military aid (0232)
    ("The Arab League called for the immediate withdrawal of Turkish troops from northern Syria.", "IGO", "2019-10-12"),
    ("Gulf ministers called for a full pullout of Iranian forces from the islands.", None, "1992-09-10"),
])
def test_call_for_withdrawal_of_troops_is_a_demand_to_leave(coder, text, source, date):
    t = triples(coder, text, date=date)
    assert has_coded(t, "1056", source), t
    assert not has_coded(t, "0232", modality=None), t


@pytest.mark.parametrize("text, source, target, date", [
    # a defence or military cooperation pact ended rejects military cooperation (1212; gold README: "ending a defence
    # cooperation accord is 1212"), not a settlement of a dispute (127)
    ("Mali ended its defence cooperation agreement with France.", "MLI", "FRA", "2022-05-02"),
    ("The junta in Niamey revoked its military cooperation accord with the United States.", None, "USA", "2024-03-16"),
])
def test_ended_defence_pact_rejects_military_cooperation(coder, text, source, target, date):
    t = triples(coder, text, date=date)
    assert has_coded(t, "1212", source, target), t
    assert not has_coded(t, "127", modality=None), t


def test_ended_peace_agreement_stays_a_rejected_settlement(coder):
    t = triples(coder, "The rebels ended the peace agreement with the government.", date="2015-01-01")
    assert has_coded(t, "127", modality=None), t
    assert not has_coded(t, "1212", modality=None), t


@pytest.mark.parametrize("text, source, target", [
    # a claim to a territory or a right rejected is a rejection (120), not the denial of an accusation (016)
    ("Japan rejected China's territorial claim over the islands.", "JPN", "CHN"),
    ("Guyana rejected Venezuela's maritime claim as baseless.", "GUY", "VEN"),
])
def test_rejected_territorial_claim_is_a_rejection(coder, text, source, target):
    t = triples(coder, text, date="2015-01-01")
    assert has_coded(t, "120", source, target), t
    assert not has_coded(t, "016", source, modality=None), t


def test_rejected_accusation_stays_a_denial(coder):
    t = triples(coder, "Moscow rejected the claim that its agents had poisoned the defector.", date="2018-03-20")
    assert has_coded(t, "016", "RUS", modality=None), t


@pytest.mark.parametrize("text, source, target, modality, date", [
    # a no-confidence motion passed, tabled or called against a government demands its removal (1041; gold README:
    # "a vote that removes a government 1041 and 0831 from the legislature")
    ("Romania's parliament passed a no-confidence motion against Prime Minister Ludovic Orban.", "ROU", "ROUGOV",
     "asserted", "2020-02-05"),
    ("Slovakia's opposition said it would file a no-confidence motion against Prime Minister Robert Fico if the tax "
     "rise went ahead.", "SVK", "SVKGOV", "conditional", "2024-05-02"),
])
def test_no_confidence_motion_demands_removal(coder, text, source, target, modality, date):
    t = triples(coder, text, date=date)
    assert has_coded(t, "1041", source, target, modality=modality), t
