"""Misses of the verbal roots 03, 12, 13 and 14 (miss0314), each fixed as a class and tested on our own sentences:
a protest told in a relative clause on the people a state's forces acted on ("arrested dozens of people who had
gathered to protest"), countermeasures or no mercy vowed (threats), and "will show no mercy" (a threat, no negation)."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, source", [
    # a protest in progress (past progressive) or done before the arrest (past perfect), on the people arrested
    ("Police in Lusaka arrested dozens of people who were protesting against the new electricity tariffs.", "ZMBCVL"),
    ("Police in Lusaka arrested dozens of people who had gathered to protest against the new electricity tariffs.",
     "ZMBCVL"),
    ("Riot police in Lusaka detained at least 30 people who had joined a rally against the electricity tariffs.",
     "ZMBCVL"),
])
def test_protest_in_a_relative_clause_is_coded(coder, text, source):
    t = triples(coder, text)
    assert has_coded(t, "14", source, modality="asserted"), t


@pytest.mark.parametrize("text", [
    # a gathering for another purpose stays background; a riot keeps its own doers
    "Police in Lusaka dispersed hundreds of people who had gathered to celebrate the football victory.",
    "Gang members who stormed the town of Kabwe killed at least 10 people, the police said.",
])
def test_no_protest_from_other_relative_clauses(coder, text):
    t = triples(coder, text, modality=None)
    assert not any(c.startswith("14") for _, _, c, _ in t), t


@pytest.mark.parametrize("text, code, source, modality", [
    ("Pyongyang summoned the Japanese envoy and vowed countermeasures.", "13", "PRK", "intended"),
    ("The junta leader promised no mercy for the rebels if they resisted.", None, None, None),
    ("The president vowed that his forces would show no mercy to the rebels in the north.", "138", None, "intended"),
])
def test_threats_vowed_are_coded(coder, text, code, source, modality):
    t = triples(coder, text, modality=None)
    if code is None:   # a threat on a condition: any 13x, none coded as an intent to cooperate
        assert any(c.startswith("13") for _, _, c, _ in t) and not any(c == "030" for _, _, c, _ in t), t
    else:
        assert has_coded(t, code, source, modality=modality), t


def test_mercy_shown_in_the_past_is_no_threat(coder):
    t = triples(coder, "The soldiers showed no mercy to the villagers.", modality="asserted")
    assert not any(c.startswith("13") for _, _, c, _ in t), t
