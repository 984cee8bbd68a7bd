"""Statements of intent to cooperate (helper intend41): a truce agreed on or accepted as terms, a cessation of
hostilities, a halt to firing, a pause in strikes, a moratorium on raids, a withdrawal of forces and a truce extended
are intents to de-escalate (0356), not a meeting, a bare intent to cooperate or a truce declared as done; a council
resolution accepted by the state it binds is an undertaking to comply (03x intended), not an agreement signed.
Sentences written for these tests."""

from __future__ import annotations

from gold_helpers import coded, has_coded, triples


def test_a_cessation_of_hostilities_agreed_is_an_intent_to_de_escalate(coder):
    got = triples(coder, "The Sudanese army and the rebels agreed to a permanent cessation of hostilities in talks "
                         "in Jeddah.", date="2023-05-11")
    assert has_coded(got, "0356", "SDNMIL", modality="intended"), got
    assert not has_coded(got, "036", modality=None), got


def test_a_ceasefire_agreed_on_at_talks_is_no_meeting(coder):
    got = triples(coder, "Ethiopia and Eritrea agreed on a ceasefire along their border at talks mediated by "
                         "Algeria.", date="2000-06-18")
    assert has_coded(got, "0356", "ETH", "ERI", modality="intended"), got
    assert not has_coded(got, "036", modality=None), got


def test_a_halt_to_firing_and_a_pause_in_raids_agreed_are_intents_to_de_escalate(coder):
    got = triples(coder, "Armenia and Azerbaijan agreed to an immediate halt to all firing along the front.",
                  date="2020-10-10")
    assert has_coded(got, "0356", "ARM", "AZE", modality="intended"), got
    got = triples(coder, "Israel agreed to a 24-hour pause in air raids on southern Lebanon.", date="2006-07-31")
    assert has_coded(got, "0356", "ISR", modality="intended"), got
    # an agreed pause is never the truce coded as done
    assert not has_coded(got, "087", modality="asserted"), got


def test_a_moratorium_and_a_withdrawal_agreed_are_intents_to_de_escalate(coder):
    got = triples(coder, "Iraq and Iran agreed to a moratorium on attacks on cities.", date="1986-02-20")
    assert has_coded(got, "0356", "IRQ", modality="intended"), got
    got = triples(coder, "Uganda and Rwanda agreed on a mutual withdrawal of their troops from Kisangani.",
                  date="2000-05-08")
    assert has_coded(got, "0356", "UGA", modality="intended"), got
    assert not has_coded(got, "030", "UGA", modality="intended"), got


def test_a_truce_extended_is_the_truce_again_not_an_eased_sanction(coder):
    got = triples(coder, "The government and the FARC extended their bilateral ceasefire by three months.",
                  date="2016-11-10")
    assert has_coded(got, "0871", modality=None), got
    assert not coded(got, "081"), got
    got = triples(coder, "The Yemeni government and the Houthis agreed to extend the truce for another two months.",
                  date="2022-06-02")
    assert has_coded(got, "0356", "YEMGOV", modality="intended"), got
    assert not has_coded(got, "0351", modality=None), got


def test_a_council_resolution_accepted_is_an_intent_not_a_signed_agreement(coder):
    got = triples(coder, "Baghdad accepted the new Security Council resolution on arms inspections.", date="2002-11-13")
    assert has_coded(got, "0355", "IRQ", "IGOUNO", modality="intended"), got
    assert not has_coded(got, "057", modality=None), got
    got = triples(coder, "Tehran accepted the UN resolution calling for an end to the war.", date="1988-07-18")
    assert has_coded(got, "03", "IRN", modality="intended"), got
    assert not has_coded(got, "057", modality=None), got


def test_conjoined_donors_pledging_aid_give_to_no_one_of_them(coder):
    got = triples(coder, "Norway and Sweden pledged food aid.", date="2020-05-01")
    assert has_coded(got, "033", "NOR", modality="intended"), got
    assert not has_coded(got, "03", "NOR", "SWE", modality=None), got
    assert not has_coded(got, "03", "SWE", "NOR", modality=None), got
    got = triples(coder, "Denmark and France pledged jets and a frigate to help guard Poland's skies.", date="2025-09-12")
    assert not has_coded(got, "03", "DNK", "FRA", modality=None), got
    assert has_coded(got, "0332", "DNK", modality="intended"), got


def test_a_gift_told_as_mutual_still_goes_both_ways(coder):
    got = triples(coder, "Putin and Kim signed a strategic partnership in Pyongyang, pledging mutual aid in case of "
                         "attack.", date="2024-06-19")
    assert has_coded(got, "033", "RUS", "PRK", modality=None), got
    assert has_coded(got, "033", "PRK", "RUS", modality=None), got


def test_vaccines_pledged_or_sent_are_humanitarian_aid(coder):
    got = triples(coder, "The leaders of Canada, Japan and Germany pledged to deliver 500 million vaccine doses to "
                         "poorer countries.", date="2021-06-13")
    assert has_coded(got, "0333", "CAN", modality="intended"), got
    assert not has_coded(got, "030", "CAN", "JPN", modality=None), got
    got = triples(coder, "China sent 600,000 vaccine doses to Pakistan.", date="2021-02-01")
    assert has_coded(got, "073", "CHN", "PAK"), got


def test_weapon_systems_pledged_are_military_aid_and_never_its_target(coder):
    got = triples(coder, "Britain promised more armoured vehicles to Kyiv.", date="2022-05-02")
    assert has_coded(got, "0332", "GBR", "UKR", modality="intended"), got
    got = triples(coder, "Paris said it would ship artillery to Kyiv, and Washington pledged 31 Abrams tanks the next "
                         "day.", date="2023-01-26")
    assert has_coded(got, "0332", "USA", modality="intended"), got
    # the tanks given are the gift: no American military target, no bare intent to cooperate
    assert not has_coded(got, "03", "USA", "USAMIL", modality=None), got
    assert not has_coded(got, "030", "USA", modality=None), got


def test_the_state_that_proposed_a_truce_is_no_target_of_accepting_it(coder):
    got = triples(coder, "Kyiv accepted a US proposal for a 30-day ceasefire, but Moscow stopped short of endorsing it.",
                  date="2025-03-11")
    assert has_coded(got, "0356", "UKR", "RUS", modality="intended"), got
    assert not has_coded(got, "0356", "UKR", "USA", modality=None), got
    got = triples(coder, "The RSF accepted a truce proposal from Washington, but the Sudanese army kept fighting.",
                  date="2023-05-20")
    assert has_coded(got, "0356", "SDNREB", "SDNMIL", modality="intended"), got
    # a body that proposed it stays the target, as the gold keeps it
    got = triples(coder, "Gaddafi accepted the African Union's road map for a ceasefire.", date="2011-04-11")
    assert has_coded(got, "03", "LBY", "IGOAFR", modality="intended"), got
