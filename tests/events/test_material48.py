"""Material and procedural events (helper material48): concessions aimed at the doer's own country when no one is
named. Sentences written for these tests."""

from __future__ import annotations

from gold_helpers import coded, has_coded, triples


def test_a_concession_to_no_one_named_yields_to_the_doers_own_country(coder):
    got = triples(coder, "The Bolivian junta repealed a decree that banned trade unions.", date="1982-10-05")
    assert has_coded(got, "08", "BOL", "BOL"), got
    got = triples(coder, "The Shining Path declared a unilateral truce on Monday.", date="1990-05-02")
    assert has_coded(got, "08", "PER", "PER"), got
    got = triples(coder, "Chile's military government freed 40 political detainees on Friday.", date="1985-03-01")
    assert has_coded(got, "08", "CHL", "CHL"), got


def test_a_concession_keeps_a_named_target_and_sanctions_eased_get_no_own_target(coder):
    got = triples(coder, "The Bolivian junta freed three American missionaries.", date="1982-10-05")
    assert has_coded(got, "08", "BOL", "USA"), got
    got = triples(coder, "The European Union suspended some of its new tariffs for six months.", date="2019-05-01")
    assert not any(t == "IGO" or (t or "").startswith("IGOEUR") for _, t, _ in coded(got, "085")), got
    got = triples(coder, "Japan paused its new import duties for ninety days.", date="2019-05-01")
    assert not any(t == "JPN" for _, t, _ in coded(got, "08")), got


def test_two_parties_of_two_countries_yield_to_each_other(coder):
    got = triples(coder, "Ethiopia and Eritrea began a ceasefire at dawn on Monday.", date="2000-06-19")
    assert has_coded(got, "08", "ETH", "ERI") and has_coded(got, "08", "ERI", "ETH"), got
    got = triples(coder, "Armenia and Azerbaijan carried out a new exchange of wounded prisoners.", date="2023-12-13")
    assert has_coded(got, "08", "ARM", "AZE") and has_coded(got, "08", "AZE", "ARM"), got
    got = triples(coder, "Thailand and Cambodia reopened their common border on Thursday.", date="2025-09-04")
    assert has_coded(got, "08", "THA", "KHM") and has_coded(got, "08", "KHM", "THA"), got
