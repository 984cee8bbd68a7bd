"""Helper ask58 (issue 10): giving and yielding, asking and refusing (CAMEO roots 06, 07, 08, 09, 10, 12) in wording
nobody tuned on. Our own sentences, not gold sentences."""

import pytest

from gold_helpers import has_coded, triples


def _rejections(t):
    return {(s, tg) for s, tg, c, m in t if c.startswith("12") and m == "asserted"}


@pytest.mark.parametrize("text, country, date", [
    # a refusal at home, in a sentence that names no other state and no request from abroad, answers the refuser's own
    # country (the opposition's demands, a court's order, a policy of its own kept), as the gold set aims it
    ("Malawi's electoral commission rejected opposition demands to extend the registration period.", "MWI",
     "2019-05-10"),
    ("Bolivia's president said he would not negotiate with the striking miners.", "BOL", "2016-08-26"),
    ("Peru's congress rejected the finance minister's request for emergency powers.", "PER", "2020-03-01"),
])
def test_refusal_at_home_is_aimed_at_the_own_country(coder, text, country, date):
    t = triples(coder, text, date=date)
    assert any((s or "").startswith(country) and (tg or "").startswith(country) for s, tg in _rejections(t)), t


@pytest.mark.parametrize("text, date", [
    # a request from abroad (a word of it, a foreign state or a body above states named) is no refusal at home
    ("Ghana's president rejected international calls for an inquiry into the killings.", "2021-01-01"),
    ("Malawi's electoral commission rejected demands from the European Union to extend the registration period.",
     "2019-05-10"),
    ("Bolivia's president said he would not accept foreign mediation with the striking miners.", "2016-08-26"),
])
def test_refusal_of_an_outside_request_is_not_aimed_at_home(coder, text, date):
    t = triples(coder, text, date=date)
    assert not any((s or "")[:3] and (s or "")[:3] == (tg or "")[:3] for s, tg in _rejections(t)), t


@pytest.mark.parametrize("text, rejecter, demander, date", [
    # a demand that is only the object of a refusal is the rejection's business (12x at the demander); the demand is not
    # coded beside it (gold README: not when X is only the object of a verbal reaction, "rebuffed Pyongyang's demand")
    ("Kenya's president rejected Uganda's demand that Nairobi hand over the opposition leader.", "KEN", "UGA",
     "2020-01-01"),
    ("Ecuador's government rebuffed Peru's demand for compensation over the border incident.", "ECU", "PER",
     "1995-03-01"),
])
def test_rejected_demand_is_no_demand_made(coder, text, rejecter, demander, date):
    t = triples(coder, text, date=date)
    assert has_coded(t, "12", rejecter, demander), t
    assert not has_coded(t, "10", modality=None), t


def test_demand_defied_in_a_despite_phrase_stays_made(coder):
    t = triples(coder, "Denmark refused to ban the congress despite a Kremlin demand.", date="2002-10-30")
    assert has_coded(t, "10", "RUS", "DNK"), t


@pytest.mark.parametrize("text, source, date", [
    # a demand or a veto of one's own dropped yields (080; gold README: "dropping an objection to a membership 080")
    ("Greece dropped its demand that Skopje change the country's name before the talks.", "GRC", "2005-01-01"),
    ("Poland dropped its veto of the European Union budget after a night of talks.", "POL", "2020-12-10"),
])
def test_dropped_demand_or_veto_yields(coder, text, source, date):
    t = triples(coder, text, date=date)
    assert has_coded(t, "080", source), t
    assert not has_coded(t, "10", modality=None), t


def test_bombs_dropped_on_opposition_areas_yield_nothing(coder):
    t = triples(coder, "Syrian jets dropped barrel bombs on opposition areas in Aleppo.", date="2014-02-01")
    assert not has_coded(t, "08", modality=None), t


@pytest.mark.parametrize("text, code, source, target, date", [
    # "the world body" is the wire's name for the United Nations (actors/organisations.yaml, lower_case)
    ("North Korea expelled the world body's aid workers from Pyongyang.", "166", "PRK", "IGOUNO", "2005-01-01"),
    ("The world body suspended food deliveries to Somalia after gunmen looted its warehouses.", "162", "IGOUNO", "SOM",
     "1993-01-01"),
])
def test_world_body_is_the_united_nations(coder, text, code, source, target, date):
    t = triples(coder, text, date=date)
    assert has_coded(t, code, source, target), t
