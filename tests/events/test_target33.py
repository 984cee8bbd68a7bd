"""(target33) Targets: martial law, a state of emergency or a curfew lifted or imposed by a state aims at its own
country (event_cues own_country_codes); a deal struck by two named parties is each with the other whatever the verb
(event_cues mutual_codes); a country named only as where a deal or talks were done is their venue, no party (the
learned chooser's options, place_cues venue_country_preps). Our own sentences."""

from gold_helpers import coded, triples


def test_martial_law_lifted_is_aimed_at_the_own_country(coder):
    got = coded(triples(coder, "The Thai authorities lifted martial law across the country on Wednesday.",
                        "2015-04-01"), "0814")
    assert got and all(t == "THA" for _, t, _ in got), got


def test_a_state_of_emergency_ended_is_aimed_at_the_own_country(coder):
    got = coded(triples(coder, "The Peruvian government lifted the state of emergency in Lima on Monday.",
                        "2023-02-13"), "0814")
    assert got and all(t == "PER" for _, t, _ in got), got


def test_martial_law_lifted_by_rebels_gets_no_own_country(coder):
    got = triples(coder, "Rebels lifted the curfew they had imposed on the town.", "2015-04-01")
    assert not any(t and t == s for s, t, _, _ in got), got


def test_a_framework_struck_by_two_leaders_is_each_with_the_other(coder):
    got = coded(triples(coder, "Keir Starmer and Narendra Modi struck a trade framework at a hotel in Switzerland.",
                        "2025-07-24"), "05")
    countries = {(s[:3] if s else None, t[:3] if t else None) for s, t, _ in got}
    assert ("GBR", "IND") in countries and ("IND", "GBR") in countries, got
    assert not any(t and t.startswith("CHE") for _, t, _ in got), got


def test_a_deal_signed_by_one_party_takes_no_partner_from_its_subject(coder):
    got = coded(triples(coder, "Kenya signed a loan agreement in Beijing on Monday.", "2023-10-16"), "05")
    assert got and not any(t and t.startswith("KEN") for _, t, _ in got), got


def test_a_country_inside_the_object_is_no_venue(coder):
    got = coded(triples(coder, "Vladimir Putin recognised the independence of two separatist regions in eastern "
                        "Ukraine.", "2022-02-21"), "054")
    assert any(t and t.startswith("UKR") for _, t, _ in got), got


def test_a_town_named_on_the_place_noun_of_the_thing_struck_gives_its_country(coder):
    got = coded(triples(coder, "Ukrainian drones hit Kursk city hall on Friday.", "2024-08-09"), "19")
    assert any(t == "RUS" for _, t, _ in got), got
