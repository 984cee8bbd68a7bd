"""(violence52) Territory taken and lost. Control of a place restored, armed men driven, dislodged or flushed "from" a
place or a place cleared "of" them: the side that takes the place occupies it (192), aimed at the place's country.
Guards: people driven from their homes, a place cleared of protesters. Sentences written for these tests."""

from __future__ import annotations

import pytest

from gold_helpers import triples


def _events(coder, text, date):
    """(code, source, target, modality) of each event, "" for an empty side (the shared ``coder`` fixture)."""
    return [(c, s or "", t or "", m) for s, t, c, m in triples(coder, text, date=date)]


def _taken(events, source, country, modality="asserted"):
    return any(c == "192" and s[:len(source)] == source and t[:3] == country and m == modality
               for c, s, t, m in events)


@pytest.mark.parametrize(("text", "date", "source", "country"), [
    ("The Malian army restored control over the town of Boni after a week of clashes.", "2021-03-02", "MLIMIL", "MLI"),
    ("Iraqi security forces said they had re-established control of Tikrit.", "2015-04-01", "IRQ", "IRQ"),
])
def test_control_restored_is_territory_taken_back(coder, text, date, source, country):
    events = _events(coder, text, date)
    assert _taken(events, source, country), events


@pytest.mark.parametrize(("text", "date", "source", "country"), [
    ("Sudanese soldiers drove RSF fighters from the Omdurman radio station on Tuesday.", "2024-03-12", "SDNMIL", "SDN"),
    ("Malian troops dislodged jihadists from the town of Boni.", "2022-05-09", "MLIMIL", "MLI"),
    ("Somali troops cleared the district of al-Shabaab fighters after two days of fighting.", "2023-02-01",
     "SOMMIL", "SOM"),
])
def test_armed_men_driven_from_a_place_lose_it(coder, text, date, source, country):
    events = _events(coder, text, date)
    assert _taken(events, source, country), events


@pytest.mark.parametrize(("text", "date"), [
    ("Serb police drove thousands of villagers from their homes in the Drenica region.", "1998-03-10"),
    ("Riot police cleared the square of protesters before dawn.", "2019-06-12"),
])
def test_people_driven_out_or_a_square_cleared_is_no_territory(coder, text, date):
    events = _events(coder, text, date)
    assert not any(c == "192" for c, s, t, m in events), events
