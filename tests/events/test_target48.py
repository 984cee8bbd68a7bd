"""Targets of events whose code is right (helper target48): a place whose own phrase names a border beside it, and the
partner of an act joined to or done for an agreed one. Sentences
written for these tests."""

from __future__ import annotations

from gold_helpers import has_coded, triples


def test_a_country_named_only_by_a_border_beside_the_town_does_not_own_the_villages_struck(coder):
    # "near the Pakistani border" says where Paktia lies; the villages bombed are of Paktia's country
    got = triples(coder, "Government helicopters strafed villages in Paktia province near the Pakistani border after "
                         "guerrillas attacked a garrison, diplomats in Islamabad said.", date="1987-05-03")
    assert has_coded(got, "195", None, "AFG"), got
    assert not has_coded(got, "195", None, "PAK"), got


def test_an_act_joined_to_an_agreed_act_is_aimed_at_the_other_party(coder):
    # "agreed to build ... and to share": the shared act is agreed too, each party's with the other
    got = triples(coder, "Ghana and Togo agreed to build a power line and to share its electricity.", date="2012-05-03")
    assert has_coded(got, "03", "GHA", "TGO", modality=None), got
    assert has_coded(got, "03", "TGO", "GHA", modality=None), got


def test_the_purpose_of_an_agreed_act_is_aimed_at_the_other_party(coder):
    # "agreed to set up a commission to settle their dispute": the settling is what both agreed to
    got = triples(coder, "Chile and Bolivia agreed on Tuesday to set up a commission to settle their water dispute, the "
                         "Bolivian foreign ministry said.", date="2012-05-03")
    assert has_coded(got, "03", "CHL", "BOL", modality=None), got
    assert has_coded(got, "03", "BOL", "CHL", modality=None), got


def test_a_demand_joined_to_a_meeting_keeps_its_own_addressee(coder):
    # the verb joined to the meeting itself is no agreed act: the demand is aimed at whom it names
    got = triples(coder, "Bush and Gorbachev met in Helsinki and jointly demanded that Iraq withdraw unconditionally "
                         "from Kuwait.", date="1990-09-09")
    assert has_coded(got, "10", "USA", "IRQ"), got
    assert not has_coded(got, "10", "USA", "SUN"), got
