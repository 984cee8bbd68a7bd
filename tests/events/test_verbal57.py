"""Helper verbal57 (issue 10): verbal and diplomatic acts (CAMEO roots 01, 02, 04, 05, 11) in wording nobody tuned
on. Our own sentences, not gold sentences."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, source, target, date", [
    # a request to a court to rule against another brings legal action against that other (115), not an appeal (020)
    ("Peru asked the International Court of Justice to order Ecuador to withdraw its border posts.", "PER", "ECU",
     "1995-03-01"),
    ("Nicaragua asked the World Court to stop Costa Rica from building a road along the San Juan river.", "NIC",
     "CRI", "2011-12-22"),
    ("Thailand's election commission asked the Constitutional Court to dissolve the opposition party.", "THA",
     "THAOPP", "2020-01-15"),
])
def test_court_asked_to_rule_against_another_is_a_lawsuit(coder, text, source, target, date):
    t = triples(coder, text, date=date)
    assert has_coded(t, "115", source, target), t
    assert not has_coded(t, "02", modality=None), t


def test_court_asked_to_rule_on_an_owned_thing_sues_its_owner(coder):
    t = triples(coder, "The Senate asked the Supreme Court to annul President Milei's decree on the central bank.",
                date="2024-02-01")
    assert has_coded(t, "115", "ARG", "ARGGOV"), t


@pytest.mark.parametrize("text, code", [
    # a court asked to investigate, or someone other than a court asked to act, keeps the appeal
    ("Kenya asked the International Criminal Court to investigate the killings in the Rift Valley.", "02"),
    ("Bolivia asked Chile to open talks on an outlet to the Pacific.", "02"),
])
def test_other_requests_stay_appeals(coder, text, code):
    t = triples(coder, text, date="2013-04-24")
    assert has_coded(t, code, modality=None), t
    assert not has_coded(t, "115", modality=None), t


@pytest.mark.parametrize("text, source, target", [
    # a bloc admitting a state as a member takes it in (054), no confession (015)
    ("The Organization of African Unity admitted Western Sahara as its 51st member on Monday.", "IGOAFROAU", "ESH"),
    ("Mercosur admitted Bolivia as a full member at its summit in Brasilia.", "IGO", "BOL"),
])
def test_state_admitted_as_member_is_recognised(coder, text, source, target):
    t = triples(coder, text, date="2016-03-01")
    assert has_coded(t, "054", source, target), t
    assert not has_coded(t, "015", modality=None), t


def test_admitting_a_fact_stays_a_confession(coder):
    t = triples(coder, "The ruling party admitted that it had made mistakes in the campaign.", date="2016-03-01")
    assert not has_coded(t, "054", modality=None), t


@pytest.mark.parametrize("text, source, target", [
    # protests drawn from a state or a body are its criticism (111) of the doer, no street protest (141)
    ("A court in Minsk sentenced three opposition activists to ten years in prison, drawing protests from European "
     "governments.", "EURGOV", "BLRJUD"),
    ("Kosovo police arrested a Serbian official near Mitrovica, sparking protests from Belgrade.", "SRBGOV", "KSV"),
])
def test_protests_drawn_from_a_state_are_its_criticism(coder, text, source, target):
    t = triples(coder, text, date="2018-03-01")
    assert has_coded(t, "111", source, target), t
    assert not has_coded(t, "141", modality=None), t


def test_a_protest_drawn_stays_an_official_complaint(coder):
    t = triples(coder, "Serbian troops held drills near the line with Kosovo, drawing a protest from Pristina.",
                date="2018-03-01")
    assert has_coded(t, "114", "KSV", "SRB"), t
