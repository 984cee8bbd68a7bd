"""Consultations and mediations missed (helper `miss0304`): an infinitive on a noun ranked "first"/"last" that is the
attribute of "be"/"become" records what the subject did ("became the first minister to visit Damascus"); a deal
brokered by a third party that the parser hung on a participle aside. Sentences written for these tests."""

from __future__ import annotations

from gold_helpers import triples


def roots(got, root):
    return {(s, t, m) for s, t, c, m in got if c.startswith(root)}


def test_first_to_visit_is_a_visit_made(coder):
    # the infinitive hung on the copula (advcl) and on the noun (relcl): the visit was made, by the copula's subject;
    # the capital visited is the country visited (gold README 'Visits'; consult37)
    got = triples(coder, "Antony Blinken became the first U.S. secretary of state to visit Beijing in five years.",
                  date="2023-06-19")
    assert ("USAGOV", "CHN", "asserted") in roots(got, "04"), got
    got = triples(coder, "David Lammy became the first British foreign secretary to visit Damascus in 14 years.")
    assert ("GBRGOV", "SYR", "asserted") in roots(got, "04"), got
    got = triples(coder, "Emmanuel Macron was the last European leader to meet Vladimir Putin before the invasion.")
    assert ("FRAGOV", "RUSGOV", "asserted") in roots(got, "04"), got


def test_first_to_act_is_as_factual_as_the_copula(coder):
    got = triples(coder, "Hungary would be the first EU state to recognise the annexation.")
    assert all(m != "asserted" for s, t, m in roots(got, "05")), got
    got = triples(coder, "Hungary said it would not be the first EU state to recognise the annexation.")
    assert all(m != "asserted" for s, t, m in roots(got, "05")), got


def test_a_thing_ranked_first_is_no_doer(coder):
    # a noun in apposition ("the first pact to abolish ...") tells what a treaty does, not an act of its signers
    got = triples(coder, "Moscow and Washington signed a treaty eliminating medium-range missiles, the first pact to "
                         "abolish a whole class of nuclear weapons.")
    assert not [m for s, t, c, m in got if c.startswith("08") and m == "asserted"], got


def test_deal_brokered_by_a_third_party_after_an_aside(coder):
    got = triples(coder, "Saudi Arabia and Iran agreed in Beijing to restore diplomatic relations within two months, "
                         "ending a seven-year rift, in a deal brokered by China.")
    assert {("CHN", "SAU", "asserted"), ("CHN", "IRN", "asserted")} <= roots(got, "045"), got
