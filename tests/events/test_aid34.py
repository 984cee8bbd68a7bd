"""Aid, demands and investigations told in the wire's other words (helper aid34): an act done in or pending its doer's
investigation, a town declared a safe area, a march to demand a release and the holder it is aimed at, an airlift
begun, food airdropped by its kinds, relief crews by their kind. Sentences written for these tests."""

from __future__ import annotations

from gold_helpers import coded, has_coded, triples


def test_an_act_done_in_its_doers_investigation_is_that_investigation(coder):
    got = triples(coder, "Italian prosecutors searched the offices of a Milan bank on Monday in their investigation "
                  "of money laundering.", date="2019-03-04")
    assert has_coded(got, "09", "ITA"), got
    got = triples(coder, "Kenya's government suspended three customs officials pending an investigation into the "
                  "missing funds.", date="2019-03-04")
    assert has_coded(got, "09", "KEN"), got
    # another's investigation: the one arrested, or the one named inside it, holds none
    got = triples(coder, "The former minister was arrested in a corruption probe.", date="2019-03-04")
    assert not coded(got, "09"), got
    got = triples(coder, "Berlin named the attache a person of interest in the murder inquiry.", date="2019-03-04")
    assert not coded(got, "09"), got


def test_a_town_declared_a_safe_area_is_protected(coder):
    got = triples(coder, "The UN declared the city of Idlib a safe zone.", date="2013-05-06")
    assert has_coded(got, "074", "IGOUNO"), got


def test_a_march_to_demand_a_release_makes_the_demand_of_the_government(coder):
    got = triples(coder, "Thousands of Belarusians marched in Minsk to demand the release of jailed opposition leader "
                  "Maria Kolesnikova.", date="2021-09-06")
    assert has_coded(got, "1053", "BLR", "BLRGOV"), got
    # a march planned for later is not held yet
    got = triples(coder, "The families will march next week to demand the release of the hostages.", date="2021-09-06")
    assert not any(m == "asserted" for _, _, c, m in got if c.startswith("10")), got


def test_a_release_demand_is_aimed_at_the_holder(coder):
    got = triples(coder, "Moroccan police arrested the Spanish journalist in Rabat, and Madrid demanded his immediate "
                  "release.", date="2021-09-06")
    assert has_coded(got, "1053", "ESP", "MAR"), got


def test_an_airlift_gives_what_it_carries(coder):
    got = triples(coder, "The United States began a huge airlift of tanks and ammunition to Israel.", date="1973-10-14")
    assert has_coded(got, "072", "USA", "ISR"), got
    assert not coded(got, "19"), got
    got = triples(coder, "France launched an airlift to evacuate its citizens from Kabul.", date="2021-08-16")
    assert not has_coded(got, "07"), got


def test_food_airdropped_and_relief_crews_are_humanitarian_aid(coder):
    got = triples(coder, "Jordanian planes airdropped thousands of meals into northern Gaza.", date="2024-03-08")
    assert has_coded(got, "073", "JOR"), got
    got = triples(coder, "Wildfires burned across Greece, and Cyprus sent firefighters to Athens.", date="2023-07-20")
    assert has_coded(got, "073", "CYP", "GRC"), got
    got = triples(coder, "Japan sent a disaster response team to Nepal after the earthquake.", date="2015-04-26")
    assert has_coded(got, "073", "JPN", "NPL"), got
    # a police unit sent to a stadium gives no aid
    got = triples(coder, "Police sent a tactical response team to the stadium.", date="2015-04-26")
    assert not coded(got, "07"), got
