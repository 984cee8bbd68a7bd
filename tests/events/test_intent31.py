"""Statements of intent and intended acts (helper intent31): a lifted state of emergency announced stays the act,
elections to be held and a government to be formed are a political reform ahead (and no event once held or formed),
and a dispute agreed to be ended is an intent to settle it, not a threat. Sentences written for these tests."""

from __future__ import annotations

from gold_helpers import coded, has_coded, triples


def test_an_announced_lifting_of_a_state_of_emergency_stays_the_act(coder):
    got = triples(coder, "Peru's caretaker government said it would lift the state of emergency before the vote.",
                  date="2020-11-20")
    assert has_coded(got, "0814", "PERGOV", modality="intended"), got
    assert not coded(got, "03"), got
    got = triples(coder, "The Thai government lifted the state of emergency in Bangkok on Thursday.", date="2020-10-22")
    assert has_coded(got, "0814", "THAGOV"), got


def test_elections_to_be_held_are_a_reform_ahead(coder):
    got = triples(coder, "Mali's junta said it would hold presidential elections in February.", date="2021-06-01")
    assert has_coded(got, "034", "MLI", modality="intended"), got
    got = triples(coder, "The Guinean government plans to hold a referendum on a new constitution in March.",
                  date="2019-12-20")
    assert has_coded(got, "034", "GIN", modality="intended"), got


def test_elections_held_are_no_event(coder):
    assert not triples(coder, "Malawi held presidential elections on Tuesday.", date="2020-06-23")
    assert not triples(coder, "Voters in Chile held a referendum on the draft constitution.", date="2022-09-04")


def test_a_government_to_be_formed_is_a_reform_ahead_and_formed_no_event(coder):
    got = triples(coder, "Lebanon's prime minister-designate said he would form a government of technocrats.",
                  date="2020-09-01")
    assert has_coded(got, "034", "LBN", modality="intended"), got
    assert not triples(coder, "The Dutch coalition parties formed a new government on Monday.", date="2022-01-10")


def test_a_dispute_agreed_to_be_ended_is_an_intent_to_settle(coder):
    got = triples(coder, "Kenya and Somalia agreed to end their maritime border dispute at talks in Nairobi.",
                  date="2021-05-06")
    assert coded(got, "03"), got
    assert not coded(got, "13"), got
    assert not coded(got, "17"), got
    got = triples(coder, "Kyrgyzstan and Tajikistan agreed to stop firing along the border.", date="2022-09-17")
    assert coded(got, "03"), got
    assert not coded(got, "13"), got


def test_money_one_wants_to_invest_is_no_appeal_for_money(coder):
    got = triples(coder, "Qatar wants to invest 10 billion dollars in Egypt's energy sector.", date="2022-06-25")
    assert has_coded(got, "0311", "QAT", "EGY", modality="intended"), got
    assert not coded(got, "02"), got


def test_an_offer_or_promise_repeated_or_made_is_a_statement_of_intent(coder):
    got = triples(coder, "Turkey repeated its offer to host talks between Russia and Ukraine.", date="2022-03-01")
    assert has_coded(got, "03", "TUR", modality="intended"), got
    assert not coded(got, "02"), got
    got = triples(coder, "Sudan's army chief repeated his promise to hand power to an elected government.",
                  date="2022-05-01")
    assert coded(got, "03"), got
    assert not coded(got, "11"), got
