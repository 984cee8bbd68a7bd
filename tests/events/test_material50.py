"""Material and procedural events (helper material50): demands that another pull its troops out, inquiries opened into
an act of force. Sentences written for these tests."""

from __future__ import annotations

from gold_helpers import has_coded, triples


def test_asking_another_to_pull_its_troops_out_is_a_demand(coder):
    got = triples(coder, "Mongolia asked China to withdraw its troops from the border region.", date="2015-05-03")
    assert has_coded(got, "1056", "MNG", "CHN"), got
    got = triples(coder, "Ecuador called on Peru to pull its forces back from the disputed valley.", date="1995-02-03")
    assert has_coded(got, "1056", "ECU", "PER"), got
    got = triples(coder, "Mozambique's president called on Zimbabwean troops to leave the country by the end of the year.",
                  date="1992-05-03")
    assert has_coded(got, "1056", "MOZ", "ZWE"), got


def test_asking_without_troops_named_stays_an_appeal(coder):
    got = triples(coder, "The envoy urged the rebels to withdraw from the towns they had seized.", date="2015-05-03")
    assert not any(c.startswith("10") for s, t, c, m in got), got


def test_an_inquiry_opened_into_an_air_strike_is_the_act_coded(coder):
    got = triples(coder, "Turkey's military said it had opened an investigation into an air strike near Qamishli that "
                         "killed six farmers.", date="2019-05-03")
    assert has_coded(got, "09", "TURMIL", "TUR"), got
    assert not has_coded(got, "195", "TURMIL"), got
    got = triples(coder, "The Pentagon opened an inquiry into a French air strike in Mali.", date="2021-05-03")
    assert has_coded(got, "09", "USA", "FRA"), got


def test_an_inquiry_into_other_things_keeps_its_target(coder):
    got = triples(coder, "Kenyan prosecutors opened an investigation into the health ministry over missing funds.",
                  date="2021-05-03")
    assert has_coded(got, "09", "KEN", "KEN"), got


def test_files_or_photographs_handed_to_another_are_information_shared(coder):
    got = triples(coder, "Chile passed satellite photographs of Argentine troop movements to London during the war.",
                  date="1982-05-03")
    assert has_coded(got, "064", "CHL", "GBR"), got
    got = triples(coder, "Libya handed UN weapons inspectors a declaration listing its chemical stockpiles.",
                  date="2004-05-03")
    assert has_coded(got, "064", "LBY", "IGOUNO") and not has_coded(got, "072"), got
