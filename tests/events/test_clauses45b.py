"""Acts told in relative clauses (helper clauses45b): an attack noun whose relative clause tells its toll in the simple
past ("a strike that killed ...") is an attack told as done, unless the sentence only condemns it, disputes who did
it, or sums up a war. Sentences written for these tests."""

from __future__ import annotations

from gold_helpers import coded, has_coded, triples


def test_an_attack_with_a_toll_in_a_relative_clause_is_coded(coder):
    got = triples(coder, "Niamey said it would retaliate for a drone strike that killed four Nigerien soldiers near "
                         "Tillaberi.", date="2019-06-03")
    assert has_coded(got, "195", target="NERMIL"), got
    got = triples(coder, "The militants fled into the forest after a shootout that killed two Nigerian police officers.",
                  date="2019-06-03")
    assert has_coded(got, "19", target="NGACOP"), got


def test_a_condemned_disputed_or_historical_attack_is_not_coded_again(coder):
    # only the object of a condemnation: the condemnation is the act
    got = triples(coder, "Germany condemned the drone strike that killed four Nigerien soldiers near Tillaberi.",
                  date="2019-06-03")
    assert not coded(got, "19"), got
    # a denial disputes who did it: no attack asserted from the relative clause
    got = triples(coder, "Mali denied any role in the drone strike that killed four Nigerien soldiers near Tillaberi.",
                  date="2019-06-03")
    assert not [t for t in coded(got, "19") if t[2] == "asserted"], got
    # a war summed up by its toll is the background of the truce
    got = triples(coder, "The two sides signed a truce ending a war that killed thousands of Nigerien soldiers.",
                  date="2019-06-03")
    assert not coded(got, "19"), got
