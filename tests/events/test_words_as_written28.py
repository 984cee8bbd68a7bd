"""The words a verb pattern reads after its verb (round 28): a participle that modifies a noun is read as written,
not as its lemma ("suspected weapons parts" names no suspect, so it is no hand-over of one, 063); and an operation
of rescue, relief or care carried out or launched is no use of force (190). Sentences written for these tests."""

from __future__ import annotations

import pytest

from gold_helpers import coded, has_coded, triples


def test_a_participle_modifier_is_no_pattern_noun(coder):
    got = triples(coder, "Tehran sent suspected missile parts to Yemen, UN experts said.", date="2021-02-01")
    assert not coded(got, "063"), got
    # a suspect sent to another state is still handed over
    got = triples(coder, "Pakistan sent the suspect to Saudi Arabia on Tuesday.", date="2021-02-01")
    assert has_coded(got, "063", "PAK", "SAU"), got


@pytest.mark.parametrize("text", [
    "Firefighters carried out a rescue operation at the flooded coal mine.",
    "Volunteers launched a relief operation in the districts hit by the cyclone.",
    "The coast guard mounted a salvage operation for the sunken ferry.",
])
def test_an_operation_of_rescue_or_relief_is_no_force(coder, text):
    assert not coded(triples(coder, text, date="2023-07-01"), "19"), text


def test_a_military_operation_is_still_force(coder):
    got = triples(coder, "The Nigerian army carried out an operation against insurgents in Borno.", date="2023-07-01")
    assert has_coded(got, "190", "NGA", "NGA"), got
