"""Statements of intent (helper intent46): aid announced by an amount is a pledge, a troop withdrawal announced by
its noun lies ahead, and donors after a country or bloc are its governments. Sentences written for these tests."""

from __future__ import annotations

from gold_helpers import coded, has_coded, triples


def test_aid_announced_by_its_amount_is_a_pledge(coder):
    got = triples(coder, "Canada announced nearly $500 million in new military aid for Ukraine on Tuesday.",
                  date="2023-06-10")
    assert has_coded(got, "0332", "CAN", "UKR", modality="intended"), got
    got = triples(coder, "Norway announced fresh humanitarian aid for Sudan.", date="2024-02-01")
    assert any(c == "0333" and (s or "").startswith("NOR") for s, t, c, m in got), got


def test_a_troop_withdrawal_announced_by_its_noun_lies_ahead(coder):
    got = triples(coder, "Belgium announced the withdrawal of its troops from Somalia after the attack on its base.",
                  date="1993-12-01")
    assert any(c == "0356" and m == "intended" and (s or "").startswith("BEL") for s, t, c, m in got), got
    assert not any(c.startswith("0874") and m == "asserted" for s, t, c, m in got), got
    # a withdrawal from a body stays the break it is
    got = triples(coder, "Burundi announced its withdrawal from the International Criminal Court.", date="2016-10-12")
    assert any(c == "161" for s, t, c, m in got), got
    assert not coded(got, "03"), got


def test_donors_after_a_bloc_are_its_governments(coder):
    got = triples(coder, "Western donors pledged $900 million in aid for Bosnia at a conference in Brussels.",
                  date="1996-04-13")
    assert any((s or "").startswith("WST") and c.startswith("033") for s, t, c, m in got), got
    got = triples(coder, "The agency appealed to donors for $40 million to feed refugees in Chad.", date="2008-03-01")
    assert not any((s or "").startswith("WST") or (t or "").startswith("WST") for s, t, c, m in got), got
