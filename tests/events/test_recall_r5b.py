"""Recall of violent and force-posture verbs the dictionaries lacked (round 5, our own sentences):
routing an armed group, burning buildings and vehicles, setting them alight, declaring a mobilisation.
Each is checked negated or in a non-political use that must stay no event."""

from gold_helpers import triples


def coded(coder, text: str) -> list[tuple[str, str]]:
    return [(c, m) for s, tgt, c, m in triples(coder, text)]


def test_routing_rebels_is_fighting(coder):
    assert ("190", "asserted") in coded(coder, "The Sudanese army routed the rebels near El Obeid.")


def test_routing_in_sport_or_an_election_is_no_event(coder):
    assert not any(c[:2] == "19" for c, m in coded(coder, "Celtic routed Rangers 4-0 at Parkhead on Sunday."))
    assert not any(c[:2] == "19" for c, m in coded(coder, "The Labour Party routed the Conservatives in the election."))


def test_burning_a_police_station_by_protesters_is_a_riot(coder):
    assert ("145", "asserted") in coded(coder, "Protesters burned a police station in Sylhet.")


def test_burning_stubble_or_fuel_is_no_event(coder):
    assert coded(coder, "Farmers in Haryana burned crop stubble after the harvest.") == []


def test_cars_set_alight_is_destruction(coder):
    got = coded(coder, "Militiamen set cars alight in the centre of Bunia.")
    assert any(c in {"1712", "145"} and m == "asserted" for c, m in got), got


def test_declared_mobilisation(coder):
    assert ("154", "asserted") in coded(coder, "Georgia declared a general mobilisation.")


def test_mobilisation_not_declared_is_negated(coder):
    got = coded(coder, "Georgia has not declared a general mobilisation.")
    assert ("154", "negated") in got and ("154", "asserted") not in got, got


def test_protests_that_continue_or_break_out_are_demonstrations(coder):
    assert ("ZWECVL", "ZWEGOV", "141", "asserted") in triples(coder, "Protests continued in Harare for a fourth day.")
    assert ("ARMCVL", "ARMGOV", "141", "asserted") in triples(
        coder, "The speaker of parliament cancelled the session as protests erupted in Yerevan.")


def test_riots_breaking_out_are_riots(coder):
    assert ("KENCVL", "KENGOV", "145", "asserted") in triples(coder, "Riots broke out in Nairobi after the vote count.")


def test_protests_against_a_foreign_state_are_aimed_at_it(coder):
    got = triples(coder, "Protests against France spread across Niamey.")
    assert ("NERCVL", "FRA", "141", "asserted") in got, got


def test_protests_that_did_not_spread_or_might_spread_are_not_asserted(coder):
    got = triples(coder, "Protests did not spread beyond the capital of Peru.")
    assert any(c == "141" and m == "negated" for s, t, c, m in got) and not any(m == "asserted" for *_, m in got), got
    got = triples(coder, "Protests could spread to other cities in Ecuador, analysts said.")
    assert not any(c[:2] == "14" and m == "asserted" for s, t, c, m in got), got


def test_a_price_rally_or_a_storm_that_continues_is_no_event(coder):
    assert triples(coder, "A rally in copper prices continued in London.") == set()
    assert triples(coder, "The storm continued across Bangladesh for a second day.") == set()


def test_rioters_are_civilians_and_their_arson_a_riot(coder):
    got = triples(coder, "Rioters set cars alight in Marseille overnight.")
    assert any(s == "FRACVL" and c == "145" and m == "asserted" for s, t, c, m in got), got


def test_looters_after_a_hurricane_are_no_riot(coder):
    got = triples(coder, "Looters ransacked shops in New Orleans after the hurricane.")
    assert not any(c == "145" for s, t, c, m in got), got


def test_police_blocking_roads_restricts_movement(coder):
    got = triples(coder, "Riot police blocked the roads to the presidential palace in Lima.")
    assert any(c == "191" and m == "asserted" for s, t, c, m in got) and not any(c == "144" for *_, c, m in got), got


def test_police_not_blocking_roads_is_negated(coder):
    got = triples(coder, "Riot police did not block the roads to the presidential palace in Lima.")
    assert not any(m == "asserted" for *_, m in got), got


def test_ships_blocking_a_boat_restrict_movement(coder):
    from foedus.coder import vetter

    with vetter.disabled():   # the rules' reading: the vetter of session 33 drops the event (a known loss, docs/model.md)
        got = triples(coder, "Chinese coast guard ships blocked a Vietnamese fishing boat near the Paracel Islands.")
    assert any(s.startswith("CHN") and c == "191" and m == "asserted" for s, t, c, m in got), got


def test_farmers_blocking_a_convoy_is_a_protest_blockade(coder):
    got = triples(coder, "Farmers blocked a government convoy near Lahore.")
    assert any(c == "144" for s, t, c, m in got) and not any(c[:2] in {"14", "19"} and c != "144" for *_, c, m in got), got


def test_a_landslide_blocking_a_road_is_no_event(coder):
    assert triples(coder, "A landslide blocked the highway north of Kathmandu.") == set()


def test_mutual_blame_over_clashes_is_fighting_both_ways(coder):
    got = triples(coder, "Sudan and South Sudan blamed each other for the clashes near Heglig.")
    assert ("SDN", "SSD", "190", "asserted") in got and ("SSD", "SDN", "190", "asserted") in got, got


def test_mutual_blame_not_made_is_not_asserted_fighting(coder):
    got = triples(coder, "Sudan and South Sudan did not blame each other for the clashes near Heglig.")
    assert not any(c[:2] == "19" and m == "asserted" for s, t, c, m in got), got


def test_mutual_accusations_over_a_swap_code_no_fighting(coder):
    got = triples(coder, "Kyrgyzstan and Tajikistan traded accusations over the prisoner swap.")
    assert not any(c[:2] == "19" for s, t, c, m in got), got
