"""Conflictual verbal acts the coder missed or aimed wrong (round 27). Sentences written for these tests."""

from __future__ import annotations

from gold_helpers import coded, triples


def test_a_refusal_to_let_another_get_nuclear_weapons_is_a_threat(coder):
    got = triples(coder, "The Saudi foreign minister said the kingdom would never allow Iran to obtain nuclear weapons.",
                  date="2018-03-15")
    assert [s for s, t, m in coded(got, "13") if s and s.startswith("SAU") and t and t.startswith("IRN")
            and m == "intended"], got
    got = triples(coder, "Netanyahu landed in Washington, saying Israel would not let Tehran build an atomic bomb.",
                  date="2015-03-02")
    assert [s for s, t, m in coded(got, "13") if s and s.startswith("ISR") and t and t.startswith("IRN")], got


def test_letting_weapons_fall_or_leave_to_enter_is_no_threat(coder):
    got = triples(coder, "Turkey said it would not allow weapons to fall into the hands of the militias.",
                  date="2019-10-10")
    assert not coded(got, "13"), got
    got = triples(coder, "Pakistan said it would allow Iran to acquire nuclear weapons.", date="2018-03-15")
    assert not coded(got, "13"), got


def test_a_veto_answers_the_body_deciding_not_the_party_the_text_names(coder):
    got = triples(coder, "EU ministers agreed on new sanctions against Moscow, but Slovakia vetoed a loan package for "
                  "Kyiv.", date="2024-05-10")
    vetoes = coded(got, "12")
    assert [t for s, t, m in vetoes if s and s.startswith("SVK") and t == "IGOEUREEC"], got
    assert not [t for s, t, m in vetoes if t and t.startswith("UKR")], got
    got = triples(coder, "Russia vetoed a draft resolution condemning its strikes on Syria, while China abstained.",
                  date="2018-04-10")
    assert [t for s, t, m in coded(got, "12") if s and s.startswith("RUS") and t and t.startswith("IGOUNO")], got


def test_a_veto_of_a_drafted_text_keeps_its_drafter(coder):
    got = triples(coder, "China vetoed a Mexican-drafted resolution demanding a truce in Syria.", date="2019-09-19")
    assert [t for s, t, m in coded(got, "12") if s and s.startswith("CHN") and t and t.startswith("MEX")], got


def test_the_alliance_or_the_bloc_after_its_officer_is_the_body(coder):
    got = triples(coder, "NATO Secretary-General Mark Rutte said the alliance would never recognise Russia's annexation "
                  "of Crimea.", date="2025-03-01")
    assert [t for s, t, m in coded(got, "12") if s == "IGOWSTNAT" and t and t.startswith("RUS")], got
    got = triples(coder, "EU foreign policy chief Kaja Kallas said the bloc would impose new sanctions on Belarus.",
                  date="2025-03-01")
    assert [s for s, t, m in coded(got, "13") if s == "IGOEUREEC" and t and t.startswith("BLR")], got


def test_a_refusal_told_in_a_relative_that_sums_up_an_act_is_the_sayers_rejection(coder):
    got = triples(coder, "Azerbaijan held military drills near the border, a move Yerevan said it would never accept.",
                  date="2023-05-01")
    assert [t for s, t, m in coded(got, "12") if s and s.startswith("ARM") and t and t.startswith("AZE")
            and m == "asserted"], got
    got = triples(coder, "China imposed sanctions on Lithuanian exports, which Vilnius said it would never accept.",
                  date="2021-12-10")
    assert [t for s, t, m in coded(got, "12") if s and s.startswith("LTU") and t and t.startswith("CHN")], got


def test_a_peacekeeping_force_cut_withdraws_peacekeepers(coder):
    got = triples(coder, "The Security Council voted to cut its peacekeeping force in Liberia by half.", date="2015-09-17")
    assert [t for s, t, m in coded(got, "16") if s and s.startswith("IGOUNO") and t and t.startswith("LBR")], got
    assert not coded(got, "08"), got
    got = triples(coder, "The Security Council voted to reduce the U.N. force in Haiti to 2,000 troops.", date="2012-10-12")
    assert [t for s, t, m in coded(got, "16") if s and s.startswith("IGOUNO")], got
