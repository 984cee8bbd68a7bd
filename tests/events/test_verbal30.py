"""Verbal cooperation told in the words of the wire (helper verbal30): parties named by two long titled names, pardons,
waivers, documents that enact, states declared independent, announced truces and agreements, refusals to confirm.
Sentences written for these tests."""

from __future__ import annotations

from gold_helpers import coded, has_coded, triples


def test_two_titled_signatories_each_sign_with_the_other(coder):
    got = triples(coder, "Kenyan Foreign Minister Musalia Mudavadi and Ethiopian Ambassador Bacha Debele signed a border "
                  "security agreement in Nairobi.", date="2024-05-02")
    assert has_coded(got, "057", "KEN", "ETH"), got
    assert has_coded(got, "057", "ETH", "KEN"), got


def test_a_pardoned_person_is_released(coder):
    got = triples(coder, "President Biden pardoned his son Hunter on Sunday.", date="2024-12-02")
    assert has_coded(got, "0841", "USA"), got
    assert not has_coded(got, "056"), got
    got = triples(coder, "The archbishop said he forgave the gunman who shot him.", date="2024-12-02")
    assert not has_coded(got, "0841"), got


def test_waivers_and_exemptions_ease_sanctions_for_those_exempted(coder):
    got = triples(coder, "Washington granted a sanctions waiver to Iraq so that it could keep buying Iranian electricity.",
                  date="2019-03-20")
    assert has_coded(got, "085", "USA", "IRQ"), got
    got = triples(coder, "The European Union exempted Hungary from its ban on Russian oil imports.", date="2022-06-01")
    assert has_coded(got, "085", "IGOEUREEC", "HUN"), got


def test_a_proclamation_signed_does_what_its_participle_says(coder):
    got = triples(coder, "Trump signed a proclamation imposing tariffs on imported trucks.", date="2025-10-17")
    assert has_coded(got, "163", "USA"), got
    assert not has_coded(got, "057"), got


def test_a_place_declared_independent_is_a_statement(coder):
    got = triples(coder, "The Kosovo assembly declared the province independent of Serbia on Sunday.", date="2008-02-17")
    assert any(c == "010" and m == "asserted" for _, _, c, m in got), got
    assert not coded(got, "10"), got


def test_a_truce_announced_by_a_third_state_is_its_mediation(coder):
    got = triples(coder, "Qatar's foreign minister announced that Israel and Hamas had agreed to a four-day truce.",
                  date="2023-11-22")
    assert has_coded(got, "045", "QAT", "ISR"), got
    assert has_coded(got, "045", "QAT", "PSE"), got
    assert has_coded(got, "0356", "ISR", "PSE", modality="intended"), got


def test_a_party_announcing_its_own_truce_mediates_nothing(coder):
    got = triples(coder, "Israel announced that it and Hamas had agreed to a four-day truce.", date="2023-11-22")
    assert not coded(got, "045"), got


def test_a_truce_only_weighed_by_the_announcer_is_no_mediation(coder):
    got = triples(coder, "Qatar may announce that Israel and Hamas have agreed to a truce.", date="2023-11-22")
    assert not has_coded(got, "045"), got


def test_an_announced_cessation_of_hostilities_is_a_truce(coder):
    got = triples(coder, "The ELN announced a cessation of hostilities over the Christmas holidays.", date="2023-12-20")
    assert has_coded(got, "0871", "COL"), got


def test_refusing_to_confirm_is_declining_comment(coder):
    got = triples(coder, "The Pentagon refused to confirm the report.", date="2024-01-10")
    assert has_coded(got, "011", "USA"), got


def test_a_warning_of_ones_own_plight_is_a_pessimistic_comment(coder):
    got = triples(coder, "Zambia's finance minister warned that the country would be unable to repay its Eurobonds.",
                  date="2020-10-01")
    assert has_coded(got, "012", "ZMB"), got
    assert not coded(got, "13"), got
    got = triples(coder, "Iran warned it would strike back at any attacker.", date="2024-04-10")
    assert coded(got, "13"), got


def test_parties_that_finalise_a_text_sign_with_each_other(coder):
    got = triples(coder, "Serbia and Kosovo finalised the text of a normalisation agreement in Brussels.", date="2023-02-27")
    assert has_coded(got, "057", "SRB", "KSV") or has_coded(got, "057", "KSV", "SRB"), got
