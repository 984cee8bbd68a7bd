"""Aid told by its goods (round 29): aid goods dropped from aircraft are an airdrop of aid (073), not an air strike;
an aircraft that lands with relief goods delivers aid; money deposited with another state's central bank is economic
aid (071). Sentences written for these tests."""

from __future__ import annotations

from gold_helpers import coded, has_coded, triples


def test_meals_dropped_from_planes_are_aid_not_a_strike(coder):
    got = triples(coder, "Egyptian military planes dropped thousands of meals over Khan Younis on Sunday.", date="2024-03-10")
    assert has_coded(got, "073", "EGY", "PSE"), got
    assert not coded(got, "19"), got


def test_bombs_dropped_from_planes_stay_a_strike(coder):
    got = triples(coder, "Syrian helicopters dropped barrel bombs on rebel-held districts of Aleppo.", date="2014-02-03")
    assert coded(got, "19"), got


def test_a_transport_landing_with_relief_goods_delivers_aid(coder):
    got = triples(coder, "A Canadian air force transport landed in Port-au-Prince with tents and medicine for the "
                         "families left homeless.", date="2010-01-16")
    assert has_coded(got, "073", "CAN", "HTI"), got


def test_money_deposited_with_a_central_bank_is_economic_aid(coder):
    got = triples(coder, "The United Arab Emirates deposited $1 billion with the central bank of Egypt.", date="2013-07-20")
    assert has_coded(got, "071", "ARE", "EGY"), got
