"""Material cooperation and aid told in the words of the wire (helper aid42): refuge sought in an embassy, exile gone
into in a named state. Sentences written for these tests."""

from __future__ import annotations

from gold_helpers import coded, has_coded, triples


def test_refuge_sought_in_an_embassy_is_granted_by_its_state(coder):
    got = triples(coder, "The deposed general sought refuge in the Swiss embassy after the palace fell.", date="1991-03-02")
    assert has_coded(got, "075", "CHE"), got
    got = triples(coder, "The dissident sought sanctuary at the American ambassador's residence.", date="1989-06-07")
    assert has_coded(got, "075", "USA"), got


def test_refuge_sought_in_a_country_or_in_no_ones_place_grants_nothing(coder):
    # refuge sought in a country asks it for asylum: no grant
    got = triples(coder, "Thousands of Tamil families sought refuge in India last year.", date="1990-08-01")
    assert not coded(got, "075"), got
    got = triples(coder, "Villagers sought shelter in caves as the bombing went on.", date="1990-08-01")
    assert not coded(got, "075"), got
    got = triples(coder, "The writer sought asylum in Sweden.", date="1990-08-01")
    assert not coded(got, "075"), got


def test_exile_gone_into_in_a_named_state_is_granted_by_that_state(coder):
    got = triples(coder, "The defeated opposition leader flew into exile in Senegal on Sunday.", date="2017-01-22")
    assert has_coded(got, "075", "SEN"), got
    got = triples(coder, "Nawaz Sharif left Pakistan for exile in Saudi Arabia.", date="2000-12-10")
    assert has_coded(got, "075", "SAU", "PAK"), got


def test_exile_with_no_host_or_not_yet_gone_grants_nothing(coder):
    got = triples(coder, "The former king went into exile after the referendum.", date="1974-12-10")
    assert not coded(got, "075"), got
    # only said he would go: the host told granting nothing
    got = triples(coder, "Jammeh said he would fly into exile in Morocco.", date="2017-01-20")
    assert not has_coded(got, "075", modality=None) and not coded(got, "033"), got


def test_a_loan_or_arms_secured_or_obtained_from_someone_are_given_by_him(coder):
    got = triples(coder, "Pakistan secured a $3 billion loan from the International Monetary Fund.", date="2023-07-12")
    assert has_coded(got, "071", "IGOUNODEVIMF", "PAK"), got
    got = triples(coder, "Kenya obtained a $1 billion loan from China for the railway.", date="2016-05-12")
    assert has_coded(got, "071", "CHN", "KEN") and not has_coded(got, "07", "KEN"), got
    got = triples(coder, "The guerrillas obtained anti-aircraft missiles from Libya.", date="1986-05-02")
    assert has_coded(got, "072", "LBY"), got


def test_aircraft_sent_to_strike_are_the_strike_not_arms_given(coder):
    got = triples(coder, "Egypt sent warplanes to bomb Islamic State camps in eastern Libya.", date="2015-02-16")
    assert not coded(got, "07"), got
    assert has_coded(got, "195", "EGY"), got
    got = triples(coder, "Turkey sent drones to strike Kurdish militants in northern Iraq.", date="2019-05-01")
    assert not coded(got, "07") and has_coded(got, "19", "TUR"), got


def test_weapons_sent_to_an_ally_who_will_strike_stay_aid(coder):
    got = triples(coder, "Britain sent Storm Shadow missiles to Ukraine to hit Russian supply lines.", date="2023-05-11")
    assert has_coded(got, "072", "GBR", "UKR"), got
    assert not has_coded(got, "19", "GBR"), got


def test_intelligence_sharing_or_an_airlift_paused_is_a_reduction_not_the_act(coder):
    got = triples(coder, "London suspended intelligence sharing with Washington over the boat strikes.", date="2025-11-11")
    assert has_coded(got, "160", "GBR", "USA") and not coded(got, "064"), got
    got = triples(coder, "The Red Cross halted its airlift of medicine to Juba after the shooting.", date="1993-02-03")
    assert has_coded(got, "1623") and not coded(got, "073"), got
    # resumed, it is the sharing again
    got = triples(coder, "London resumed intelligence sharing with Washington.", date="2025-12-11")
    assert has_coded(got, "064", "GBR", "USA"), got


def test_a_delivery_or_transfer_of_arms_or_food_is_the_gift(coder):
    got = triples(coder, "Sweden began the delivery of Archer howitzers to Kyiv.", date="2023-03-20")
    assert has_coded(got, "072", "SWE", "UKR"), got
    got = triples(coder, "Norway completed the transfer of its tanks to Ukraine.", date="2023-03-20")
    assert has_coded(got, "072", "NOR", "UKR"), got
    got = triples(coder, "Moscow pledged new shipments of food and medicine to Eritrea.", date="2023-07-28")
    assert has_coded(got, "0333", "RUS", "ERI", modality="intended"), got


def test_a_delivery_of_trade_goods_or_of_people_is_no_gift(coder):
    got = triples(coder, "India completed the delivery of Russian oil to its refineries.", date="2023-03-20")
    assert not coded(got, "07"), got
    got = triples(coder, "Police completed the transfer of the prisoners to a new jail.", date="2023-03-20")
    assert not coded(got, "07"), got


def test_arms_approved_or_unveiled_by_a_state_are_a_promise_not_a_delivery(coder):
    got = triples(coder, "The Senate approved $40 billion in military aid for Ukraine.", date="2022-05-19")
    assert has_coded(got, "0332", None, "UKR", modality=None) and not coded(got, "07"), got
    got = triples(coder, "Washington approved the sale of Harpoon missiles to Taiwan.", date="2020-10-26")
    assert has_coded(got, "0332", "USA", "TWN", modality=None), got
    got = triples(coder, "Canada unveiled a new military aid package for Ukraine.", date="2023-01-18")
    assert has_coded(got, "0332", "CAN", "UKR", modality=None), got


def test_a_loan_approved_or_aid_released_is_given(coder):
    got = triples(coder, "The World Bank approved a $400 million loan for Kenya.", date="2023-01-18")
    assert has_coded(got, "071", "IGOUNODEVWBK", "KEN"), got
    got = triples(coder, "The Pentagon released $250 million in military aid to Kyiv.", date="2023-01-18")
    assert has_coded(got, "072", "USA", "UKR"), got


def test_weapons_made_or_goods_carried_off_are_no_gift(coder):
    got = triples(coder, "Pretoria said it had dismantled its programme to develop nuclear weapons.", date="1993-03-24")
    assert not coded(got, "07"), got
    got = triples(coder, "Militiamen ransacked the clinic and carried off medicine and equipment.", date="2023-06-02")
    assert not coded(got, "07"), got
    # food brought in is still aid
    got = triples(coder, "UN trucks carried food and medicine to the besieged town of Madaya.", date="2016-01-11")
    assert coded(got, "07"), got
