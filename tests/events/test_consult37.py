"""Meetings, visits and hosts told in constructions the parser misreads (helper consult37). Sentences written for
these tests."""

from __future__ import annotations

from gold_helpers import has_coded, triples


def test_a_visitor_met_in_the_hosts_capital_is_hosted(coder):
    # "visiting" read as an adverbial clause of "met": the visitor is the meeting's object again, and the place of
    # the clause ("in Beijing") the meeting's, so the host's meeting at home is hosting the visit
    got = triples(coder, "Li Qiang met visiting Malaysian Prime Minister Anwar Ibrahim in Beijing on Friday.",
                  date="2024-11-08")
    assert has_coded(got, "043", "CHNGOV", "MYSGOV"), got
    assert not has_coded(got, "042", "CHN"), got
    got = triples(coder, "Vladimir Putin met visiting Indian Prime Minister Narendra Modi in Moscow on Monday.",
                  date="2024-07-08")
    assert has_coded(got, "043", "RUSGOV", "INDGOV"), got


def test_a_capital_visited_is_the_country_visited(coder):
    # gold README: a visit's target is the visited country, not its government, also when the capital names it
    got = triples(coder, "The Austrian chancellor visited Ankara on Wednesday for talks on migration.", date="2016-03-02")
    assert has_coded(got, "042", "AUTGOV", "TUR"), got
    assert not has_coded(got, "042", "AUTGOV", "TURGOV"), got
    got = triples(coder, "The Dutch prime minister called off a planned trip to Nairobi after the attack.", date="2016-03-02")
    assert has_coded(got, "042", "NLDGOV", "KEN", modality="negated"), got
    # a leader met in a capital stays the person met (the host's government)
    got = triples(coder, "The Austrian chancellor met Erdogan in Ankara on Wednesday.", date="2016-03-02")
    assert has_coded(got, "042", "AUTGOV", "TURGOV"), got


def test_a_summit_opened_is_held(coder):
    # opening a summit or a meeting holds it (a meeting, not a symbolic act)
    got = triples(coder, "Kohl and Mitterrand opened their meeting at the Elysee on Monday.", date="1989-10-11")
    assert has_coded(got, "04", "DEUGOV", "FRAGOV"), got
    assert not has_coded(got, "01"), got
    got = triples(coder, "President Sarney and President Alfonsin opened their two-day summit in Foz do Iguacu.",
                  date="1985-11-29")
    assert has_coded(got, "04", "BRAGOV", "ARGGOV"), got


def test_a_deal_negotiated_by_an_outsider_is_its_mediation(coder):
    got = triples(coder, "The Sierra Leonean junta agreed to hand power to civilians under a deal negotiated by a "
                  "Nigerian envoy.", date="1999-05-03")
    assert has_coded(got, "045", "NGA", "SLE"), got
    # a deal negotiated by a party's own people is no mediation
    got = triples(coder, "Tehran signed a deal negotiated by its foreign minister.", date="2015-07-14")
    assert not has_coded(got, "045"), got


def test_a_third_party_that_brings_two_sides_together_mediates(coder):
    got = triples(coder, "Kenya's president brought together the leaders of Ethiopia and Eritrea for a meeting in Nairobi.",
                  date="2018-07-01")
    assert has_coded(got, "045", "KENGOV", "ETH"), got
    assert has_coded(got, "045", "KENGOV", "ERI"), got
    # a crowd brought together is no mediation
    got = triples(coder, "The opposition leader brought together thousands of supporters in the capital.",
                  date="2018-07-01")
    assert not has_coded(got, "045"), got


def test_co_hosting_talks_is_hosting_them(coder):
    got = triples(coder, "Egypt and Qatar co-hosted talks between Israel and Hamas in Cairo.", date="2024-08-14")
    assert has_coded(got, "045", "EGY", "ISR"), got
    assert has_coded(got, "045", "QAT", "PSE"), got
    got = triples(coder, "Norway and Switzerland co-hosted talks on Yemen in Geneva.", date="2018-09-06")
    assert has_coded(got, "04", "NOR", "YEM"), got
