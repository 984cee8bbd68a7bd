"""Material and procedural events (helper material51): demands a protest voices. Sentences written for these tests."""

from __future__ import annotations

from gold_helpers import has_coded, triples


def test_a_protest_made_to_demand_a_leader_go_voices_the_demand(coder):
    got = triples(coder, "Residents rallied outside the town hall in Osh to demand the dismissal of the mayor.",
                  date="2016-05-03")
    assert has_coded(got, "1041", "KGZ", "KGZ"), got
    got = triples(coder, "Thousands of farmers marched through Lagos on Monday to demand the resignation of the governor.",
                  date="2016-05-03")
    assert has_coded(got, "1041", "NGA", "NGA"), got


def test_a_protest_made_to_demand_troops_leave_voices_the_demand(coder):
    got = triples(coder, "Villagers blocked the main highway near Goma to demand the withdrawal of the army.",
                  date="2016-05-03")
    assert has_coded(got, "1056", "COD", "COD"), got


def test_a_protest_for_pay_is_told_by_the_protest_alone(coder):
    got = triples(coder, "Teachers rallied outside parliament in Nairobi to demand higher pay.", date="2016-05-03")
    assert has_coded(got, "141", "KEN"), got
    assert not has_coded(got, "10"), got


def test_a_planned_protest_and_its_demand_stay_ahead(coder):
    got = triples(coder, "Opposition supporters plan to march through Dhaka on Friday to demand the resignation of the "
                         "prime minister.", date="2016-05-03")
    assert not has_coded(got, "10") and has_coded(got, "1041", modality="intended"), got


def test_a_leader_s_dismissal_demanded_is_a_demand_for_a_change_in_leadership(coder):
    got = triples(coder, "Opposition parties in Lusaka demanded the dismissal of the interior minister after the shooting.",
                  date="2016-05-03")
    assert has_coded(got, "1041"), got


def test_an_inquiry_set_up_by_a_leader_that_finds_another_s_acts_is_held_by_the_leader(coder):
    got = triples(coder, "An inquiry commissioned by Kenya's president found that police had tortured detainees during the "
                         "crackdown.", date="2016-05-03")
    assert has_coded(got, "09", "KENGOV", "KENCOP"), got
    got = triples(coder, "A panel set up by the Peruvian government concluded that the army had killed dozens of villagers "
                         "in Ayacucho.", date="1990-05-03")
    assert has_coded(got, "09", "PERGOV", "PERMIL"), got


def test_a_body_with_no_one_setting_it_up_holds_no_inquiry_by_finding(coder):
    got = triples(coder, "The commission said on Monday it would meet again next week.", date="2016-05-03")
    assert not has_coded(got, "09", modality=None), got


def test_the_leader_of_an_inquiry_does_not_own_it(coder):
    got = triples(coder, "An inquiry led by a Swiss diplomat found that Georgia had started the war.", date="2009-09-30")
    assert not has_coded(got, "09", "CHE", modality=None), got
