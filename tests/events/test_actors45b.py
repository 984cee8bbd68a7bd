"""Who the actors are (helper actors45b): a dateline's city places no civilians of the first sentence; a heading that
names a town and its region, or a place after a preposition, says where the story is. Sentences written for these
tests."""

from __future__ import annotations

from gold_helpers import has_coded, triples


def test_dateline_city_does_not_hide_the_town_of_the_crowd(coder):
    # the crowd is in a Romanian town; the country the refugees came to is elsewhere
    got = triples(coder, "BUCHAREST - Romanian security forces fired on anti-communist demonstrators in Cluj, killing "
                         "several people, refugees arriving in Yugoslavia said on Wednesday, and Austria protested to "
                         "Bucharest.", date="1989-12-20")
    assert has_coded(got, "17", "ROU", "ROU"), got
    assert not any((t or "").startswith("SRB") for _, t, _, _ in got), got


def test_heading_with_town_and_region_places_the_armed_men(coder):
    got = triples(coder, "Gusau LGA, Zamfara: Bandits raided a market at dusk and shot dead nine traders.",
                  date="2023-03-01")
    assert any(c.startswith("18") and (s or "").startswith("NGA") for s, t, c, _ in got), got


def test_heading_after_a_preposition_places_the_victims(coder):
    got = triples(coder, "Near Djibo: Armed men abducted about 30 women collecting firewood, local sources said.",
                  date="2023-01-14")
    assert any(c.startswith("18") and (t or "").startswith("BFA") for s, t, c, _ in got), got


def test_suspected_members_of_a_group_are_only_suspected(coder):
    # "NPA" alone names the New People's Army; members "suspected" of an act are its considered authors
    got = triples(coder, "Suspected members of the NPA kidnapped a barangay captain in Negros Occidental, the provincial "
                         "police said.", date="2018-06-11")
    assert has_coded(got, "18", "PHLREB", "PHL", modality="considered"), got
    assert any(c.startswith("18") and s is None and m == "asserted" for s, t, c, m in got), got


def test_a_quadcopter_is_a_means_of_an_unclaimed_air_attack(coder):
    got = triples(coder, "A quadcopter dropped an explosive on a school in Bannu on Tuesday, wounding three pupils.",
                  date="2025-05-20")
    assert any(c.startswith("19") and (t or "").startswith("PAK") for s, t, c, m in got), got
