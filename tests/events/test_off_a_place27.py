""""Off" heading a place is a locative preposition, not a phrasal verb's particle (round 27): PETRARCH's
"kick * off" pattern (046, talks kicked off) is shared by every verb of its synonym set, "attack" and "hit" among
them, so "attacked a tanker off Dubai" read as negotiation. Sentences written for these tests."""

from __future__ import annotations

from gold_helpers import coded, triples


def test_an_attack_on_a_ship_off_a_coast_is_an_attack(coder):
    got = triples(coder, "Iranian gunboats attacked a Panamanian-flagged tanker off Fujairah, shipping sources said.",
                  date="1987-11-02")
    assert [s for s, t, m in coded(got, "19") if s and s.startswith("IRN")], got
    assert not coded(got, "04"), got
    got = triples(coder, "Pirates attacked a Danish freighter off the coast of Somalia.", date="2009-04-01")
    assert not coded(got, "04"), got


def test_off_right_after_the_verb_stays_its_particle(coder):
    got = triples(coder, "Government troops sealed off the area after the bombing.", date="2005-03-01")
    assert coded(got, "19"), got
    assert not coded(got, "05"), got
