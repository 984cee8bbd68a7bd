"""(violence52) Territory taken and lost. Control of a place restored, armed men driven, dislodged or flushed "from" a
place or a place cleared "of" them, and armed forces that "move in" after another side has left: the side that takes
the place occupies it (192), aimed at the place's country. Guards: people driven from their homes, a place cleared of
protesters, a force moving in after civilians left or after a withdrawal that did not happen. Sentences written for
these tests."""

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


@pytest.mark.parametrize(("text", "date", "source", "country"), [
    ("Government troops abandoned their positions in Raqqa city, and Kurdish-led SDF fighters moved in without a fight.",
     "2024-12-08", "SYRREB", "SYR"),
    ("Ethiopian troops pulled out of the town of Moqokori, and al-Shabaab fighters moved in hours later.",
     "2016-10-20", "SOMREB", "SOM"),
    ("UN peacekeepers pulled out of their camp at Aguelhok, and Malian soldiers moved in.", "2023-10-30",
     "MLIMIL", "MLI"),
])
def test_a_force_moving_in_after_another_left_takes_the_place(coder, text, date, source, country):
    events = _events(coder, text, date)
    assert _taken(events, source, country), events


@pytest.mark.parametrize(("text", "date"), [
    ("Kenyan troops moved in after the floods forced residents to leave their homes.", "2024-05-02"),
    ("Somali officials denied that their forces had withdrawn from the town, and residents said al-Shabaab fighters "
     "had not moved in.", "2024-05-02"),
])
def test_no_place_taken_without_an_armed_side_leaving(coder, text, date):
    events = _events(coder, text, date)
    assert not any(c == "192" and m == "asserted" for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "date"), [
    ("Serb police drove thousands of villagers from their homes in the Drenica region.", "1998-03-10"),
    ("Riot police cleared the square of protesters before dawn.", "2019-06-12"),
])
def test_people_driven_out_or_a_square_cleared_is_no_territory(coder, text, date):
    events = _events(coder, text, date)
    assert not any(c == "192" for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "date", "source", "country"), [
    ("French troops handed the base in Gao to the Malian army.", "2022-08-15", "MLIMIL", "MLI"),
    ("The UN mission handed its camp at Aguelhok to Malian soldiers.", "2023-10-30", "MLIMIL", "MLI"),
])
def test_a_place_handed_to_an_armed_side_without_over_is_taken(coder, text, date, source, country):
    events = _events(coder, text, date)
    assert _taken(events, source, country), events


def test_towns_taken_over_after_a_foreign_force_left_lie_where_it_left(coder):
    events = _events(coder, "Eritrean forces pulled back from Adwa and Shire, and Ethiopian federal troops took over "
                            "the towns.", "2023-01-26")
    assert _taken(events, "ETHMIL", "ETH"), events
    assert not _taken(events, "ETHMIL", "ERI"), events


@pytest.mark.parametrize(("text", "date"), [
    ("The army handed the captured rebels to the police.", "2021-01-01"),
    ("Israel handed the bodies of two soldiers to Hezbollah.", "2021-01-01"),
])
def test_people_handed_over_are_no_place_taken(coder, text, date):
    events = _events(coder, text, date)
    assert not any(c == "192" for c, s, t, m in events), events
