"""Talk and cooperation events the coder missed (helper talk45). Sentences written for these tests."""

from __future__ import annotations

from gold_helpers import has_coded, triples


def test_a_bare_host_government_that_asked_appeals_to_the_foreign_doers(coder):
    # the host's government named bare ("the government", "its government", "the junta") asked the foreign forces
    got = triples(coder, "Nigerian troops arrived in Gambia on Monday at the request of the government to restore order.",
                  date="2017-01-23")
    assert has_coded(got, "02", "GMBGOV", "NGA"), got
    got = triples(coder, "Cuban advisers entered Angola at the request of its government.", date="1975-11-20")
    assert has_coded(got, "02", "AGOGOV", "CUB"), got
    got = triples(coder, "The Security Council closed its mission in Sudan at the junta's request.", date="2023-12-01")
    assert has_coded(got, "02", "SDN", "IGOUNO"), got


def test_the_doers_own_bare_government_is_no_requester(coder):
    # the doers' own government asking them is no appeal between two countries
    got = triples(coder, "Nigerian troops deployed in Lagos at the request of the government.", date="2017-01-23")
    assert not has_coded(got, "02"), got


def test_a_plan_another_party_had_accepted_is_its_intent(coder):
    # a proposal another party had accepted, told in a relative clause beside its rejection: the acceptance is news
    got = triples(coder, "The rebels rejected a Kenyan ceasefire proposal that Uganda had accepted.", date="1986-01-10")
    assert has_coded(got, "03", "UGA", modality="intended"), got
    got = triples(coder, "Hezbollah turned down a French truce plan that Israel had accepted on Sunday.", date="2024-10-01")
    assert has_coded(got, "03", "ISR", modality="intended"), got
    # a plan it had only drafted tells no intent of its own
    got = triples(coder, "Hezbollah turned down a French truce plan that Israel had drafted on Sunday.", date="2024-10-01")
    assert not has_coded(got, "03", "ISR", modality=None), got
