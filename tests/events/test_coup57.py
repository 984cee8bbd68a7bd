"""(coup57) Actors of coups and of the forces at sea. A coast guard is its country's armed service at sea (gold README:
coast guards -> MIL), not its police; a civilian government, president or rule is a government (GOV), not civilians;
an army that forces out a government makes a coup (173 against the government). Sentences written for these tests."""

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


def test_an_army_forcing_out_a_civilian_government_is_a_coup(coder):
    events = _events(coder, "The Surinamese army forced out the civilian government on Monday.", "1990-12-25")
    assert ("173", "SURMIL", "SURGOV", "asserted") in events, events


def test_a_civilian_president_detained_is_the_government(coder):
    events = _events(coder, "Mutinous Malian soldiers detained the civilian president at his residence.", "2020-08-18")
    assert any(c == "173" and s == "MLIMIL" and t == "MLIGOV" for c, s, t, m in events), events
    assert not any(t.endswith("CVL") for c, s, t, m in events), events


def test_civilians_are_still_civilians(coder):
    events = _events(coder, "Malian soldiers detained dozens of civilians in a village near Mopti.", "2022-03-28")
    assert any(c == "173" and s == "MLIMIL" and t == "MLICVL" for c, s, t, m in events), events


def test_a_coup_plot_is_no_coup(coder):
    events = _events(coder, "The army said it had no plans to force out the civilian government of Suriname.",
                     "1990-12-25")
    assert not any(c == "173" and m == "asserted" for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "date", "country"), [
    ("Army officers in Niger seized power hours after the president sacked the chief of staff.", "2010-02-18", "NER"),
    ("General Ershad seized power minutes after the cabinet met in Dhaka.", "1982-03-24", "BGD"),
])
def test_power_seized_hours_after_is_a_coup(coder, text, date, country):
    events = _events(coder, text, date)
    assert ("173", country + "MIL", country + "GOV", "asserted") in events, events
