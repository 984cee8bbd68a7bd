"""Material and procedural events (helper material49): inquiries by the people a body sends, inspectors received by the
country they come to. Sentences written for these tests."""

from __future__ import annotations

from gold_helpers import has_coded, triples


def test_inspectors_from_a_body_act_for_the_body(coder):
    got = triples(coder, "Investigators from the International Atomic Energy Agency began examining the damaged reactor "
                         "in Ukraine.", date="2023-05-01")
    assert has_coded(got, "09", "IGOUNOIAE", "UKR"), got
    got = triples(coder, "A team of UN experts began investigating the massacre in Mali.", date="2023-05-01")
    assert has_coded(got, "09", "IGOUNO", "MLI"), got


def test_inspectors_coming_to_a_country_inspect_it_and_are_received_by_it(coder):
    got = triples(coder, "UN weapons inspectors returned to Libya on Monday after a two-year absence.", date="2023-05-01")
    assert has_coded(got, "090", "IGOUNO", "LBY") and has_coded(got, "0862", "LBY", "IGOUNO"), got
    assert not has_coded(got, "0862", "IGOUNO", "LBY"), got
    got = triples(coder, "Inspectors from the IAEA arrived in Pakistan on Tuesday.", date="2023-05-01")
    assert has_coded(got, "090", "IGOUNOIAE", "PAK") and has_coded(got, "0862", "PAK", "IGOUNOIAE"), got


def test_envoys_arriving_to_investigate_do_it_there(coder):
    got = triples(coder, "A UN human rights team arrived in Caracas on Friday to investigate allegations of torture in "
                         "Venezuelan prisons.", date="2023-05-01")
    assert has_coded(got, "09", "IGOUNO", "VEN"), got
    got = triples(coder, "IAEA inspectors arrived in North Korea to examine the reactor at Yongbyon.", date="2023-05-01")
    assert has_coded(got, "090", "IGOUNOIAE", "PRK"), got
    assert sum(1 for s, t, c, m in got if c == "090") == 1, got


def test_captives_freed_by_no_one_named_are_freed_by_their_captors(coder):
    got = triples(coder, "Two French aid workers kidnapped by rebels in Chad were released on Sunday.", date="2010-05-03")
    assert has_coded(got, "084", "TCDREB", "FRA"), got
    got = triples(coder, "Three Americans held in North Korea were freed and flown home.", date="2018-05-10")
    assert has_coded(got, "084", "PRK", "USA"), got
    got = triples(coder, "The four Japanese geologists held by Islamic militants in the mountains of southern Kyrgyzstan "
                         "were freed on Monday.", date="1999-10-25")
    assert has_coded(got, "084", "KGZREB", "JPN"), got


def test_captors_guessed_from_the_captives_country_free_no_one(coder):
    got = triples(coder, "Two Algerian truck drivers held by armed men for three weeks were released.", date="2015-05-03")
    assert not any(c.startswith("084") and s for s, t, c, m in got), got
    got = triples(coder, "Two German tourists were freed on Friday.", date="2015-05-03")
    assert has_coded(got, "084", None, "DEU") and not any(c.startswith("084") and s for s, t, c, m in got), got


def test_an_amnesty_passed_frees_prisoners_and_forgives_soldiers(coder):
    got = triples(coder, "Chile's parliament approved an amnesty on Tuesday for all political prisoners.", date="1990-05-03")
    assert has_coded(got, "0841", "CHL", "CHL") and not has_coded(got, "051"), got
    got = triples(coder, "Kenya's parliament passed an amnesty law covering offences committed during the protests.",
                  date="2008-05-03")
    assert not has_coded(got, "0841") and not has_coded(got, "051"), got
    got = triples(coder, "Argentina's congress passed an amnesty for soldiers accused of human rights abuses.",
                  date="1987-05-03")
    assert has_coded(got, "056", "ARG", "ARG") and not has_coded(got, "0841"), got


def test_captives_rescued_are_freed_not_given_relief(coder):
    got = triples(coder, "The Nigerian army said it had rescued 23 abductees in a raid on a bandit camp.", date="2021-05-03")
    assert has_coded(got, "0841", "NGAMIL") and not has_coded(got, "073"), got
    got = triples(coder, "Peruvian commandos rescued 71 hostages held by Tupac Amaru rebels in the Japanese ambassador's "
                         "residence.", date="1997-04-23")
    assert has_coded(got, "0841", "PERMIL"), got
