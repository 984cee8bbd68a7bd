"""Verbal conflict (CAMEO 10, 12, 13) the coder missed or coded as the wrong act, each fixed as a class and tested on
our own sentences (helper conflict30 of the thirtieth session)."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, date, source, target", [
    # telling another to act, with a warning verb, is a demand (10), as "ordered X to" is
    ("Hanoi warned Beijing to pull its survey ship out of Vietnamese waters.", "2019-07-20", "VNM", "CHN"),
    ("Tokyo warned Chinese coast guard vessels to leave the waters around the islands.", "2021-02-15", "JPN", "CHN"),
    ("Moscow warned Minsk to withdraw its troops from the border.", "2021-03-10", "RUS", "BLR"),
])
def test_warned_to_act_is_a_demand(coder, text, date, source, target):
    t = triples(coder, text, date=date)
    assert has_coded(t, "10", source, target), t
    assert not has_coded(t, "13", modality=None), t


@pytest.mark.parametrize("text, date, source, target", [
    # a negated infinitive warns against an act: still a threat
    ("Beijing warned Washington not to interfere in the Taiwan Strait.", "2022-08-01", "CHN", "USA"),
    ("Ankara warned Athens not to arm its islands in the Aegean.", "2022-06-01", "TUR", "GRC"),
])
def test_warned_not_to_act_stays_a_threat(coder, text, date, source, target):
    t = triples(coder, text, date=date)
    assert has_coded(t, "13", source, target), t
    assert not has_coded(t, "10", modality=None), t


@pytest.mark.parametrize("text, date", [
    # a named man the dictionary files under his organisation, or "him", refused to be handed over: a refusal (12)
    ("The Taliban said they would never hand over Osama bin Laden to Washington.", "2001-09-30"),
    ("Kurdish leaders in Erbil said they would not hand him over to Baghdad.", "2012-01-05"),
])
def test_refusing_to_hand_a_person_over(coder, text, date):
    t = triples(coder, text, date=date)
    assert has_coded(t, "12"), t


@pytest.mark.parametrize("text, date", [
    # breaking "with" someone or something parts ways with it: no threat (PETRARCH's "break (with)" 130)
    ("President Kenneth Kaunda broke with the IMF and limited debt service to 10 percent of exports.", "1987-05-01"),
    ("Sweden broke with two centuries of neutrality and applied to join NATO.", "2022-05-16"),
])
def test_breaking_with_is_no_threat(coder, text, date):
    t = triples(coder, text, date=date)
    assert not has_coded(t, "13", modality=None), t


def test_police_breaking_up_a_crowd_with_tear_gas_is_still_repression(coder):
    t = triples(coder, "Riot police broke up the march in Tbilisi with water cannon and tear gas.", date="2024-12-01")
    assert has_coded(t, "175"), t


@pytest.mark.parametrize("text, date", [
    # an ill that befalls the subject of the clause warned of, even the warner itself, is foreseen (012), not threatened
    ("Greece warned it could face a wave of bankruptcies without new loans.", "2012-02-10"),
    ("Argentina's economy minister warned that Argentina would be unable to pay its creditors this year.", "2001-11-20"),
    # a noun of no actor parsed as the object of the warning is the subject of the clause warned of
    ("Beijing warned the visit could push relations towards a crisis.", "2022-08-01"),
])
def test_warning_of_an_ill_is_no_threat(coder, text, date):
    t = triples(coder, text, date=date)
    assert not has_coded(t, "13", modality=None), t
    assert has_coded(t, "012"), t


@pytest.mark.parametrize("text, date", [
    # the warner's own act stays a threat
    ("Tehran warned it would strike American bases if attacked.", "2020-01-05"),
    ("Pyongyang warned Seoul it would retaliate for the leaflets.", "2020-06-10"),
])
def test_warning_of_ones_own_act_stays_a_threat(coder, text, date):
    t = triples(coder, text, date=date)
    assert has_coded(t, "13"), t


@pytest.mark.parametrize("text, date, target", [
    # an accusation in a passive with no accuser named is still an accusation, of the accused, by no one named
    ("Syria was accused of using chlorine against civilians in Idlib.", "2019-05-20", "SYR"),
    ("The ELN was blamed for a car bomb that killed 22 police cadets in Bogota.", "2019-01-18", "COLREB"),
])
def test_agentless_accusation(coder, text, date, target):
    t = triples(coder, text, date=date)
    assert any(c.startswith("112") and s is None and (tg or "").startswith(target) for s, tg, c, m in t), t


def test_an_agentless_accusation_denied_is_no_accusation_by_the_denier(coder):
    t = triples(coder, "Russia denied that it was accused of anything by the inspectors.", date="2019-05-20")
    assert not any(c.startswith("112") and (s or "").startswith("RUS") for s, tg, c, m in t), t


@pytest.mark.parametrize("text, date, target", [
    # a participle of blame laying an act "on" an actor accuses that actor, by no one named
    ("A truck bomb blamed on the Tamil Tigers tore through Colombo's financial district.", "1996-01-31", "LKAREB"),
    ("Rocket fire blamed on Hezbollah hit northern Israel overnight.", "2023-10-09", "LBNREB"),
])
def test_act_blamed_on_an_actor(coder, text, date, target):
    t = triples(coder, text, date=date)
    assert any(c.startswith("112") and s is None and (tg or "").startswith(target) for s, tg, c, m in t), t


def test_a_person_accused_of_a_crime_is_still_only_described(coder):
    t = triples(coder, "Police arrested a man accused of blasphemy in Lahore.", date="2023-08-16")
    assert not has_coded(t, "112", modality=None), t
