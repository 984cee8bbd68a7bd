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
