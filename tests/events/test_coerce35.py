"""Coercion (CAMEO 17) the coder missed, each fixed as a class and tested on our own sentences (helper coerce35 of the
thirty-fifth session)."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, source, target", [
    # security forces clearing a protest camp, a sit-in, barricades or a place of its protesters disperse them (175)
    ("Riot police cleared the protest camp outside the Lima parliament at dawn.", "PERCOP", "PER"),
    ("Soldiers cleared the main square of Minsk of demonstrators overnight.", "BLRMIL", "BLR"),
    ("Kenyan police cleared barricades that opposition supporters had put up in Kisumu.", "KENCOP", "KEN"),
])
def test_clearing_a_protest_is_repression(coder, text, source, target):
    t = triples(coder, text)
    assert has_coded(t, "175", source, target), t


def test_clearance_of_a_delivery_is_still_no_repression(coder):
    t = triples(coder, "Berlin cleared the sale of two frigates to Egypt.")
    assert not has_coded(t, "175", modality=None), t


@pytest.mark.parametrize("text, source, target", [
    # a ship chased or boarded, not seized, is coerced (170)
    ("The Vietnamese coast guard boarded a Chinese fishing boat in the Gulf of Tonkin.", "VNM", "CHN"),
    ("Two Chinese coast guard ships chased a Philippine supply vessel near the Spratly Islands.", "CHN", "PHL"),
])
def test_a_ship_boarded_or_chased_is_coerced(coder, text, source, target):
    t = triples(coder, text)
    assert has_coded(t, "170", source, target), t


def test_a_boarding_denied_is_no_fact(coder):
    t = triples(coder, "Hanoi said Chinese coast guard officers had not boarded any Vietnamese trawlers.")
    assert not has_coded(t, "17", modality="asserted"), t
    assert has_coded(t, "170", modality="negated"), t


def test_passengers_boarding_a_ferry_is_no_event(coder):
    t = triples(coder, "Hundreds of tourists boarded the ferry to Dover on Sunday.")
    assert not has_coded(t, "17", modality=None), t


@pytest.mark.parametrize("text, code, source", [
    # the telephone cut off is the internet's twin (1721); constitutional guarantees suspended are emergency rule (1724)
    ("Ethiopia's government suspended mobile phone services across the Amhara region.", "1721", "ETHGOV"),
    ("Authorities in Sri Lanka cut telephone lines in the north ahead of the vote.", "1721", "LKA"),
    ("Ecuador's president suspended constitutional guarantees in three coastal provinces.", "1724", "ECUGOV"),
])
def test_phone_shutdowns_and_suspended_guarantees(coder, text, code, source):
    t = triples(coder, text)
    assert has_coded(t, code, source), t
