"""(coup57) Actors of coups and of the forces at sea. A coast guard is its country's armed service at sea (gold README:
coast guards -> MIL), not its police. Sentences written for these tests."""

from __future__ import annotations

import pytest

from gold_helpers import triples


def _events(coder, text, date):
    """(code, source, target, modality) of each event, "" for an empty side (the shared ``coder`` fixture)."""
    return [(c, s or "", t or "", m) for s, t, c, m in triples(coder, text, date=date)]


@pytest.mark.parametrize(("text", "date", "source"), [
    ("Indian Coast Guard personnel detained six Sri Lankan fishermen off Rameswaram on Friday.", "2019-03-08",
     "INDMIL"),
    ("Malaysian coastguards detained a Vietnamese trawler off Kelantan.", "2020-05-12", "MYSMIL"),
])
def test_a_coast_guard_is_its_countrys_military(coder, text, date, source):
    events = _events(coder, text, date)
    assert any(c[:2] in ("17", "18") and s == source and m == "asserted" for c, s, t, m in events), events
    assert not any(s.endswith("COP") for c, s, t, m in events), events
