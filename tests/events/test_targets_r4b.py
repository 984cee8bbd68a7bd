"""Targets found for issue 10, second round (helper `targets2`). Sentences written for these tests."""

from __future__ import annotations

from gold_helpers import dyads_on


dyads = dyads_on("2024-05-10")


def test_town_followed_by_its_own_country_is_a_target_of_rebels(coder):
    got = dyads(coder, "Rebel fighters took control of Bukavu, DR Congo, after a week of fighting.")
    assert ("CODREB", "COD", "19") in got, got
    got = dyads(coder, "M23 rebels captured Uvira, South Kivu, Democratic Republic of the Congo.")
    assert any(s == "CODREB" and t == "COD" for s, t, _ in got), got


def test_town_followed_by_its_country_is_a_target_of_state_forces(coder):
    got = dyads(coder, "Government troops shelled Idlib, Syria, for a third day.")
    assert any(s == "SYRMIL" and t == "SYR" and c == "19" for s, t, c in got), got


def test_foreign_town_with_its_country_stays_the_foreign_target(coder):
    got = dyads(coder, "Russian artillery pounded Kupiansk, Ukraine, overnight.")
    assert any((s or "").startswith("RUS") and t == "UKR" for s, t, _ in got), got


def test_parties_of_a_war_named_in_the_object_are_the_targets(coder):
    got = dyads(coder, "The Security Council demanded an end to air raids in the war between Ethiopia and Eritrea.")
    assert {t for s, t, _ in got if s == "IGOUNO"} >= {"ETH", "ERI"}, got
    got = dyads(coder, "Kenya proposed a truce in the conflict between Sudan and South Sudan.")
    assert {t for s, t, _ in got if s == "KEN"} >= {"SDN", "SSD"}, got


def test_parties_of_a_dispute_in_a_prepositional_object(coder):
    got = dyads(coder, "The European Union urged restraint in the border dispute between India and China.")
    assert {t for _, t, _ in got} >= {"IND", "CHN"}, got


def test_protest_by_a_group_placed_in_parentheses_targets_its_government(coder):
    got = dyads(coder, "Hundreds of dairy farmers blocked roads with tractors near Rennes (Brittany, France) "
                       "to protest low milk prices.")
    assert ("FRAAGR", "FRAGOV", "14") in got, got
    got = dyads(coder, "Thousands of farmers blocked highways near Poznan (Greater Poland, Poland) "
                       "to protest cheap grain imports.")
    assert ("POLAGR", "POLGOV", "14") in got, got


def test_protest_with_a_country_in_parentheses_keeps_its_target(coder):
    got = dyads(coder, "Students blocked roads near Dhaka (Bangladesh) on Monday to protest job quotas.")
    assert ("BGDCVL", "BGDGOV", "14") in got, got


def test_protest_against_foreign_goods_targets_the_protesters_own_government(coder):
    got = dyads(coder, "Hundreds of dairy farmers rallied in Paris against cheap New Zealand butter imports.")
    assert any(s == "FRAAGR" and t == "FRAGOV" for s, t, _ in got), got
    got = dyads(coder, "Thousands of Polish farmers demonstrated against the import of Ukrainian wheat.")
    assert any((s or "").startswith("POL") and t == "POLGOV" for s, t, _ in got), got


def test_protest_against_a_foreign_state_or_its_forces_keeps_that_target(coder):
    got = dyads(coder, "Thousands protested in Okinawa against American military bases.")
    assert any((t or "").startswith("USA") for _, t, _ in got), got
    got = dyads(coder, "Thousands of Iraqis protested in Baghdad against Turkish air strikes.")
    assert any(t == "TUR" for _, t, _ in got), got


def test_extradition_targets_the_receiving_state_not_the_person(coder):
    got = dyads(coder, "Thailand extradited Russia's most wanted arms dealer, Viktor Bout, to the United States.")
    assert ("THA", "USA", "06") in got, got
    got = dyads(coder, "Belgium handed over a suspect in the Berlin market attack to German prosecutors.")
    assert any(s == "BEL" and (t or "").startswith("DEU") for s, t, _ in got), got


def test_extradition_without_a_receiver_keeps_the_person(coder):
    got = dyads(coder, "Colombia extradited a Mexican cartel boss.")
    assert ("COL", "MEXCRM", "06") in got, got
