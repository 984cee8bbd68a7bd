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


@pytest.mark.parametrize("text, target", [
    # the means of repression and the act it is used for are one act, done to the people its purpose names
    # (the means alone would be aimed at the place where the gas was fired: the government building's country's GOV)
    ("Armenian police used stun grenades and tear gas to break up a rally of thousands outside the government building "
     "in Yerevan.", "ARMCVL"),
    ("Security forces used batons to disperse a crowd of students in front of the Ministry of Education in Tunis.",
     "TUNCVL"),
])
def test_means_of_repression_yields_to_its_purpose(coder, text, target):
    t = triples(coder, text)
    repression = {(s, tg) for s, tg, c, m in t if c == "175" and m == "asserted"}
    assert repression and all(tg == target for s, tg in repression), t


def test_summoning_an_envoy_to_protest_keeps_the_summons(coder):
    # not coercion: a complaint lodged by summoning an envoy "to protest" is still the summons (114)
    t = triples(coder, "Seoul summoned Japan's ambassador to protest the visit of ministers to the Yasukuni shrine.")
    assert has_coded(t, "114", "KOR", "JPN"), t


@pytest.mark.parametrize("text, source, target, mod", [
    # leaving an international body by name cuts relations with it (161), as quitting it does
    ("Burundi formally left the International Criminal Court on Friday.", "BDI", "IGOJUD", "asserted"),
    ("Guinea and Mali left ECOWAS last month after months of dispute over the transition timetable.", "GIN", "IGOWAFWAS",
     "asserted"),
    ("The Philippines said it would leave the International Criminal Court.", "PHL", "IGOJUD", "intended"),
])
def test_leaving_a_body_breaks_relations(coder, text, source, target, mod):
    t = triples(coder, text)
    assert has_coded(t, "161", source, target, modality=mod), t


@pytest.mark.parametrize("text", [
    # a body's meeting left early, or the EU left by a referendum vote, is no break
    "The Nigerian president left the ECOWAS summit in Abuja early.",
    "Saudi Arabia's oil minister left the OPEC meeting in Vienna without a deal.",
    "Voters in Britain chose to leave the European Union in a referendum.",
])
def test_leaving_a_meeting_is_no_break(coder, text):
    t = triples(coder, text)
    assert not has_coded(t, "16", modality=None), t
