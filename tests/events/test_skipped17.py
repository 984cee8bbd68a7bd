"""Skipped clauses (skipped17): every broker named by coordinated by-agents mediates ("a truce brokered by Qatar and
Egypt"), and a past verb after "and" that the parser read as an adjective on a noun coordinated with the verb before
("razed the town and massacred residents") is that verb's second clause. Our own sentences."""

import pytest

from gold_helpers import triples


def asserted(coder, text, date="2024-05-01"):
    return {(s, t, c) for s, t, c, m in triples(coder, text, date) if m == "asserted"}


@pytest.mark.parametrize("text,brokers", [
    ("Ethiopia and Eritrea swapped prisoners in a deal brokered by Qatar and Turkey.", {"QAT", "TUR"}),
    ("Israel and Hamas agreed to a truce mediated by Egypt, Qatar and the United States.", {"EGY", "QAT", "USA"}),
])
def test_each_coordinated_broker_mediates(coder, text, brokers):
    found = {s[:3] for s, t, c in asserted(coder, text) if c == "045"}
    assert brokers <= found, triples(coder, text)


def test_one_broker_still_one(coder):
    text = "Sudan and South Sudan signed an accord brokered by Egypt."
    found = {s[:3] for s, t, c in asserted(coder, text) if c == "045"}
    assert found == {"EGY"}, triples(coder, text)


@pytest.mark.parametrize("text,root", [
    ("Islamist fighters razed the fishing town of Baga and massacred residents who could not flee.", "20"),
    ("The junta announced the death of the president and dissolved parliament.", "17"),
])
def test_coordinated_verb_read_as_adjective(coder, text, root):
    assert any(c[:2] == root for s, t, c in asserted(coder, text)), triples(coder, text)


def test_adjective_after_and_on_a_subject_stays(coder):
    # "allied nations": a participle on a subject noun is an adjective, no clause of its own
    text = "The United States and allied nations imposed sanctions on Iran."
    assert {c[:2] for s, t, c in asserted(coder, text)} == {"16"}, triples(coder, text)
