"""(violence54) Vigilantes and self-defence groups, residents armed against gangs or raiders in no state's service, are
unaligned armed men (UAF) of the country: their killings and fights have a doer ("self-defence brigades lynched two
men", "vigilantes clashed with bandits"). Guard: no event is coded from the words alone. Sentences written for these tests."""

from __future__ import annotations

import pytest

from gold_helpers import triples


def _events(coder, text, date):
    """(code, source, target, modality) of each event, "" for an empty side (the shared ``coder`` fixture)."""
    return [(c, s or "", t or "", m) for s, t, c, m in triples(coder, text, date=date)]


@pytest.mark.parametrize(("text", "date", "code", "source"), [
    ("Self-defence brigades in Gonaives lynched three men accused of working for a gang on Sunday.", "2024-05-12",
     "1823", "HTIUAF"),
    ("Vigilantes in Zamfara clashed with bandits near Gusau on Friday, police said.", "2023-02-10",
     "190", "NGAUAF"),
])
def test_vigilantes_are_armed_men_with_a_doer(coder, text, date, code, source):
    events = _events(coder, text, date)
    assert any(c == code and s == source and m == "asserted" for c, s, t, m in events), events


def test_no_event_from_vigilantes_alone(coder):
    events = _events(coder, "A vigilante group was formed in the village last year, residents said.", "2022-01-01")
    assert events == [], events
