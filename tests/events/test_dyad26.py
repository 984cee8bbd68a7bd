"""Actors of events the coder found with a wrong or missing side (round 26). Sentences written for these tests."""

from __future__ import annotations

from gold_helpers import coded, triples


def test_prisoners_a_state_releases_are_its_own_people(coder):
    got = triples(coder, "Jordan's king pardoned dozens of prisoners jailed for joining protests over fuel prices.",
                  date="2019-05-01")
    assert ("JORGOV", "JORCVL", "asserted") in coded(got, "08"), got
    got = triples(coder, "Cuba released more than 2,000 inmates under a Christmas amnesty.", date="2015-12-24")
    assert {t[:3] for s, t, m in coded(got, "08") if t} == {"CUB"}, got


def test_prisoners_named_by_their_country_or_freed_by_rebels_keep_their_own(coder):
    got = triples(coder, "Egypt freed 40 Sudanese prisoners after talks with Khartoum.", date="2019-05-01")
    assert all(t and t.startswith("SDN") for s, t, m in coded(got, "08")), got
    got = triples(coder, "Rebels freed dozens of prisoners from the town jail.", date="2019-05-01")
    assert not [t for s, t, m in coded(got, "08") if t and t.endswith("CVL")], got


def test_a_warning_that_any_attack_on_the_speaker_will_cost_is_a_threat(coder):
    got = triples(coder, "Venezuela's defence minister warned that any American military intervention would cause "
                  "enormous damage.", date="2019-02-10")
    assert [s for s, t, m in coded(got, "13") if s and s.startswith("VEN") and t and t.startswith("USA")], got
    assert not coded(got, "01"), got
    got = triples(coder, "Mali's junta leader warned that any attack on the country would be a grave mistake.",
                  date="2023-08-10")
    assert [s for s, t, m in coded(got, "13") if s and s.startswith("MLI")], got


def test_a_warning_of_anothers_intervention_elsewhere_stays_a_comment(coder):
    got = triples(coder, "Ghana warned that any intervention would destabilise the whole region.", date="2023-08-10")
    assert not coded(got, "13"), got


def test_gorno_badakhshan_is_tajikistans_region_not_afghanistans_province(coder):
    got = triples(coder, "Security forces dispersed protesters in Khorog, Gorno-Badakhshan, with stun grenades.",
                  date="2022-05-17")
    assert {s[:3] for s, t, m in coded(got, "17") if s} == {"TJK"}, got


def test_the_nepali_congress_is_a_nepali_party_not_the_us_congress(coder):
    got = triples(coder, "Unknown gunmen shot dead a local leader of the Nepali Congress in Janakpur.", date="2024-01-23")
    assert [t for s, t, m in coded(got, "18") if t and t.startswith("NPL")], got


def test_small_towns_of_conflict_reporting_place_the_actors(coder):
    got = triples(coder, "A crowd in Madyan dragged a tourist out of a police station and lynched him.", date="2024-07-25")
    assert [s for s, t, m in coded(got, "18") if s and s.startswith("PAK")], got
    got = triples(coder, "Soldiers raped two women during a raid on a village in Kyaukkyi township.", date="2022-05-20")
    assert [s for s, t, m in coded(got, "18") if s and s.startswith("MMR")], got


def test_a_veto_answers_the_state_that_drafted_the_resolution(coder):
    got = triples(coder, "China vetoed a Mexican-drafted Security Council resolution demanding a truce in Syria.",
                  date="2019-09-19")
    assert [t for s, t, m in coded(got, "12") if s and s.startswith("CHN") and t and t.startswith("MEX")], got
    got = triples(coder, "Russia vetoed a resolution condemning the strikes that had been put forward by Norway.",
                  date="2019-09-19")
    assert [t for s, t, m in coded(got, "12") if s and s.startswith("RUS") and t and t.startswith("NOR")], got
