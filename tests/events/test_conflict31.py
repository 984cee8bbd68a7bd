"""Threats, force posture and cuts of aid told in the words of the wire (helper conflict31): a warning whose clause
holds the threat itself is one threat, a force put on the highest level of readiness raises its alert, and an aid
agency stopping its own work cuts humanitarian aid. Sentences written for these tests."""

from __future__ import annotations

from gold_helpers import coded, has_coded, triples


def test_a_warning_whose_clause_holds_a_precise_threat_is_that_threat_alone(coder):
    got = triples(coder, "Turkey warned that it could close its border crossings with Iraq if the Kurdish vote "
                  "went ahead.", date="2017-09-20")
    assert any(c.startswith("13") and c != "130" for s, t, c, m in got if s and s.startswith("TUR")), got
    assert not any(c == "130" for s, t, c, m in got if s and s.startswith("TUR")), got
    got = triples(coder, "Beijing will respond militarily if Washington sends warships into the strait, the Chinese "
                  "defence ministry warned.", date="2019-07-10")
    assert has_coded(got, "138", "CHN"), got
    assert not any(c == "130" for s, t, c, m in got), got
    # a bare warning with no threat of its own below it stays a threat (130)
    got = triples(coder, "Japan warned North Korea against further missile launches.", date="2019-07-10")
    assert has_coded(got, "13", "JPN", "PRK"), got


def test_a_force_put_on_the_highest_level_of_readiness_is_on_alert(coder):
    got = triples(coder, "Armenia put its army on the highest level of combat readiness after the shelling.",
                  date="2020-09-27")
    assert has_coded(got, "152", "ARM"), got
    got = triples(coder, "The government put its troops on the highest level of alert.", date="2020-09-27")
    assert coded(got, "15"), got


def test_an_aid_agency_that_stops_its_own_work_cuts_aid(coder):
    got = triples(coder, "The World Food Programme suspended its operations in South Sudan's Jonglei state after "
                  "gunmen looted its warehouses.", date="2016-07-15")
    assert has_coded(got, "16", "IGOUNOWFP"), got
    got = triples(coder, "UNICEF halted its activities in the province after two of its staff were abducted.",
                  date="2016-07-15")
    assert has_coded(got, "16", "IGOUNOKID"), got
    # a government stopping a company's operations, or an army its own offensive operations, cuts no aid
    got = triples(coder, "The government suspended the mining company's operations in the north.",
                  date="2016-07-15")
    assert not coded(got, "16"), got
    got = triples(coder, "The army suspended offensive operations in the valley.", date="2016-07-15")
    assert not coded(got, "16"), got
