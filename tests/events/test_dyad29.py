"""Who acts and at whom when the act's type is already right (round 29, helper dyad29): plural names of divided
countries, and further rules added below. Sentences written for these tests."""

from __future__ import annotations

from gold_helpers import has_coded, triples


def test_the_two_koreas_are_both_korean_states(coder):
    got = triples(coder, "The two Koreas agreed to hold military talks at the border next week.", date="2018-09-01")
    assert has_coded(got, "0", "KOR", "PRK", modality=None) and has_coded(got, "0", "PRK", "KOR", modality=None), got
    got = triples(coder, "Both Koreas condemned the missile test.", date="2018-09-01")
    assert has_coded(got, "111", "KOR") and has_coded(got, "111", "PRK"), got


def test_the_two_germanys_are_both_german_states(coder):
    got = triples(coder, "The two Germanys signed a treaty on monetary union in Bonn.", date="1990-05-18")
    assert has_coded(got, "05", "DEU", "DDR") and has_coded(got, "05", "DDR", "DEU"), got


def test_an_aircraft_named_by_maker_and_model_is_no_actor(coder):
    got = triples(coder, "Rebels shot down a Garuda Indonesia Boeing 737 over the island, killing everyone aboard.",
                  date="2015-03-01")
    assert has_coded(got, "19", None, "IDN"), got
    assert not any((t or "").startswith("USA") for _, t, _, _ in got), got
    got = triples(coder, "Gunmen fired at an Air France Airbus A320 as it landed in Bamako.", date="2015-03-01")
    assert has_coded(got, "18", None, "FRA"), got


def test_kim_alone_is_the_korean_head_of_state_of_the_day_when_only_one_is_in_office(coder):
    got = triples(coder, "Trump and Kim held a second summit in Hanoi on Wednesday.", date="2019-02-27")
    assert has_coded(got, "04", "USAGOV", "PRKGOV") or has_coded(got, "04", "PRKGOV", "USAGOV"), got
    # in 2000 both Koreas had a Kim at their head: "Kim" alone names neither
    got = triples(coder, "Clinton praised Kim for his courage.", date="2000-06-20")
    assert not has_coded(got, "05", None, "PRK") and not has_coded(got, "05", None, "KOR"), got


def test_people_of_the_news_keep_their_own_country_beside_another(coder):
    got = triples(coder, "Admiral Mike Mullen criticised Pakistan's army for its ties to militants.", date="2011-09-23")
    assert has_coded(got, "11", "USAMIL", "PAK"), got
    got = triples(coder, "Libyan officials praised miners' leader Arthur Scargill.", date="1984-11-01")
    assert has_coded(got, "05", "LBY", "GBR"), got


def test_a_protest_faced_by_another_states_forces_is_aimed_at_them(coder):
    got = triples(coder, "Israeli forces fired tear gas to disperse Palestinians demonstrating near the village of Kafr Qaddum.",
                  date="2023-03-10")
    assert has_coded(got, "14", "PSE", "ISR"), got
    # the protesters' own police: the protest stays aimed at their government
    got = triples(coder, "Police fired tear gas to disperse Kenyans demonstrating in Nairobi.", date="2024-06-25")
    assert not has_coded(got, "14", "KEN", "KENCOP"), got


def test_a_denial_answers_the_speaker_of_a_report_on_the_deniers_country(coder):
    got = triples(coder, "NATO said Belarusian troops were operating inside Ukraine, and Minsk, which denied sending any "
                         "soldiers, said the report was false.", date="2022-10-12")
    assert has_coded(got, "016", "BLR", "IGO"), got


def test_a_weapon_fired_from_a_named_launcher_names_the_attacker(coder):
    got = triples(coder, "The frigate was hit by a missile fired from an Iraqi jet.", date="1987-05-17")
    assert has_coded(got, "19", "IRQ"), got
    got = triples(coder, "Dozens of shells fired from North Korean batteries crashed onto the island, leaving two South "
                         "Korean marines dead.", date="2010-11-23")
    assert has_coded(got, "19", "PRK", "KOR"), got
