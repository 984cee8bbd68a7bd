"""Material cooperation, investigation, strikes and force posture told in the words of the wire (helper aid30): an
investigation ordered, inspectors who found something, workers who stay away from work, a ruler taken in abroad,
forces sent to defend another state, and troops landing on another state's soil. Sentences written for these tests."""

from __future__ import annotations

from gold_helpers import coded, has_coded, triples


def test_an_investigation_ordered_is_opened_by_the_orderer(coder):
    got = triples(coder, "A police raid killed six miners in the north, and the president ordered an investigation.",
                  date="2021-05-04")
    assert coded(got, "09"), got
    assert not coded(got, "10"), got
    got = triples(coder, "The opposition demanded an investigation into the killings.", date="2021-05-04")
    assert coded(got, "10"), got
    assert not coded(got, "09"), got


def test_inspectors_who_found_something_investigated(coder):
    got = triples(coder, "The IAEA said its inspectors had found traces of enriched uranium at an Iranian site.",
                  date="2021-02-01")
    assert has_coded(got, "09", "IGOUNOIAE"), got
    # inspectors who only confirm a report told before them are no investigation of their own
    got = triples(coder, "Shells hit the town overnight, UN inspectors later confirmed.", date="2021-02-01")
    assert not coded(got, "09"), got


def test_workers_who_stay_away_from_work_strike(coder):
    got = triples(coder, "Millions of Nigerian workers stayed away from work in protest at the fuel price rise.",
                  date="2012-01-09")
    assert coded(got, "14"), got
    got = triples(coder, "Thousands of Brazilian workers stayed home in a general strike against the pension reform.",
                  date="2019-06-14")
    assert coded(got, "14"), got
    got = triples(coder, "The president stayed home on Sunday.", date="2019-06-14")
    assert not got, got


def test_a_ruler_who_flees_abroad_and_is_taken_in_is_granted_asylum(coder):
    got = triples(coder, "The deposed Malian president fled to Senegal, which said it had received him on humanitarian "
                         "grounds.", date="2012-04-10")
    assert has_coded(got, "075", "SEN"), got
    # a flight to a place he may only pass through grants nothing
    got = triples(coder, "The Malian president fled to Senegal on a military plane.", date="2012-04-10")
    assert not has_coded(got, "075"), got


def test_forces_sent_to_defend_another_state_protect_it(coder):
    got = triples(coder, "Chad and Niger sent troops to defend Mali's government against the rebels.", date="2013-01-17")
    assert has_coded(got, "074", "TCD", "MLI"), got
    assert not has_coded(got, "154", "TCD"), got
    # troops sent to protect a party inside another state stay a deployment
    got = triples(coder, "Russia sent troops to protect the separatists in Donbas.", date="2014-08-20")
    assert not has_coded(got, "074", modality="asserted"), got


def test_troops_landing_on_another_state_invade_it(coder):
    got = triples(coder, "Turkish troops landed on the coast of Cyprus at dawn.", date="1974-07-20")
    assert has_coded(got, "190", "TURMIL", "CYP"), got
    assert not has_coded(got, "154"), got
    # a landing told welcome, or for exercises, is no invasion
    got = triples(coder, "American troops landed unopposed in Haiti on Monday.", date="1994-09-19")
    assert not coded(got, "19"), got
    got = triples(coder, "Russian troops landed at an airfield in Belarus for joint exercises.", date="2022-02-01")
    assert not coded(got, "19"), got


def test_forces_sent_into_another_state_go_in(coder):
    got = triples(coder, "Israel sent ground troops into southern Lebanon on Tuesday.", date="2024-10-01")
    assert has_coded(got, "190", "ISR", "LBN"), got
    assert not has_coded(got, "154"), got
    # forces sent into their own capital, or aid sent into another state, invade nothing
    got = triples(coder, "Soviet hardliners sent tanks into Moscow.", date="1991-08-19")
    assert not coded(got, "19"), got
    got = triples(coder, "Russia sent aid into Ukraine.", date="2014-08-22")
    assert not coded(got, "19"), got
