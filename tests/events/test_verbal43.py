"""(verbal43) An accusation told in a relative clause whose accuser is a pronoun ("Sudan, which it accused of
arming the rebels", "the dissidents it blamed for the unrest") is news, like "whom Kiir accused of a coup": the
accused is the clause's antecedent, not an actor named in what it is accused of. "A raid which Moscow blamed on
Kyiv" still accuses the one the act is laid on. Sentences written for these tests."""

from __future__ import annotations

import pytest

from gold_helpers import triples


def _events(coder, text, date):
    """(code, source, target, modality) of each event, "" for an empty side (the shared ``coder`` fixture)."""
    return [(c, s or "", t or "", m) for s, t, c, m in triples(coder, text, date=date)]


@pytest.mark.parametrize(("text", "date", "source", "target"), [
    ("Niger recalled its envoy from Benin, which it accused of harbouring French troops.", "2024-03-02", "NER", "BEN"),
    ("Uganda shut its border with Rwanda, whom it blamed for backing the rebels in the west.", "2019-03-10", "UGA",
     "RWA"),
    ("Iran hanged four Kurdish militants it accused of bombing a police station in Sanandaj.", "2011-05-04", "IRN",
     "IRN"),
])
def test_an_accusation_in_a_relative_clause_with_a_pronoun_accuser_aims_at_the_antecedent(coder, text, date, source,
                                                                                          target):
    events = _events(coder, text, date)
    assert any(c[:3] == "112" and s.startswith(source) and t.startswith(target) and m == "asserted"
               for c, s, t, m in events), events


def test_a_blame_laid_on_someone_in_a_relative_clause_keeps_that_one_as_the_accused(coder):
    events = _events(coder, "A car bomb exploded near the ministry in Baghdad, which Iraq blamed on Syria.",
                     "2009-08-20")
    assert any(c == "112" and t.startswith("SYR") for c, s, t, m in events), events
    assert not any(c == "112" and not t.startswith("SYR") for c, s, t, m in events), events


def test_a_relative_clause_with_a_pronoun_subject_and_another_verb_stays_background(coder):
    events = _events(coder, "Troops entered the villages they seized last year, officials in Kabul said.", "2002-05-01")
    assert not [e for e in events if e[0][:2] == "11"], events
