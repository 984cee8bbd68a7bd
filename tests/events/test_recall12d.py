"""Round 12c (recall12d): a passive of feeling ("was appalled by", "is outraged by") is the disapproval of the one
who feels it (the subject) towards what the by-phrase names, not an act of the by-phrase's actor; a diplomat summoned
"in protest" is an official complaint (114), not a rally. Sentences written for these tests."""

from __future__ import annotations

import pytest
from gold_helpers import dyads_on, triples

dyads = dyads_on("2021-01-10")


@pytest.mark.parametrize("text, source, target", [
    ("Germany said it was appalled by Russia's strikes on civilian buildings.", "DEU", "RUS"),
    ("The French government was outraged by Algeria's decision to expel its diplomats.", "FRA", "DZA"),
    ("Norway was shocked by the killings in Myanmar.", "NOR", "MMR"),
])
def test_passive_of_feeling_is_the_subjects_disapproval(coder, text, source, target):
    found = {(s[:3], (t or "")[:3]) for s, t, root in dyads(coder, text) if root == "11" and s}
    assert (source, target) in found
    assert (target, source) not in found


def test_an_ordinary_passive_keeps_its_by_agent_as_source(coder):
    found = {(s[:3], (t or "")[:3]) for s, t, root in dyads(coder, "A Syrian village was shelled by Turkish troops.")
             if root == "19" and s}
    assert ("TUR", "SYR") in found


@pytest.mark.parametrize("text, source, target", [
    ("Manila summoned the Chinese ambassador in protest.", "PHL", "CHN"),
    ("Estonia summoned a Russian diplomat over the airspace violation.", "EST", "RUS"),
])
def test_a_diplomat_summoned_in_protest_is_an_official_complaint(coder, text, source, target):
    found = {((s or "")[:3], (t or "")[:3], code) for s, t, code, _ in triples(coder, text, "2021-01-10")}
    assert (source, target, "114") in found
    assert not any(code == "141" and s == source for s, _, code in found)



def test_a_bare_in_protest_is_why_the_subject_acted_not_a_rally(coder):
    found = {((s or "")[:3], code[:2]) for s, _, code, _ in triples(coder, "Latvia summoned the Chinese envoy in protest on Monday.", "2021-01-10")}
    assert ("LVA", "11") in found
    assert not any(root == "14" for _, root in found)


def test_a_protest_with_a_determiner_is_still_a_rally(coder):
    text = "Police shot dead two students during a protest against the junta in Yangon."
    assert any(root == "14" for _, _, root in dyads(coder, text))
