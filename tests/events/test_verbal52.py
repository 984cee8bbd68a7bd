"""(verbal52) Verbal acts: a call on people to rise against an authority (urging supporters, voters or citizens to
protest, boycott, resist or take to the streets; calling for or calling protests, a boycott or a general strike)
rallies opposition (113) against the caller's own government, or against the foreign target named; a protest named
("called the protest an outburst of hysteria"), people urged not to resist, or a strike called off is no such call.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from gold_helpers import triples


def _events(coder, text, date):
    """(code, source, target, modality) of each event, "" for an empty side (the shared ``coder`` fixture)."""
    return [(c, s or "", t or "", m) for s, t, c, m in triples(coder, text, date=date)]


@pytest.mark.parametrize(("text", "date", "source", "target"), [
    ("Togo's main opposition coalition urged its supporters to take to the streets of Lome on Saturday.",
     "2017-09-05", "TGO", "TGO"),
    ("Haiti's opposition parties called for a boycott of next month's parliamentary elections.", "2015-07-20",
     "HTI", "HTI"),
    ("Nepal's largest labour federation called a two-day general strike over the rise in fuel prices.", "2014-02-10",
     "NPL", "NPL"),
    ("Separatist leaders in Cameroon urged English-speaking residents to boycott the vote.", "2018-10-02",
     "CMR", "CMR"),
    ("The exiled Burmese opposition leader called on the people of Myanmar to resist the junta.", "2021-03-01",
     "MMR", "MMR"),
    ("President Erdogan urged Turks to boycott French goods.", "2020-10-26", "TUR", "FRA"),
])
def test_call_to_rise_against_an_authority_rallies_opposition(coder, text, date, source, target):
    events = _events(coder, text, date)
    assert any(c == "113" and s.startswith(source) and t.startswith(target) and m == "asserted"
               for c, s, t, m in events), events


def test_rallying_call_is_aimed_at_the_government_not_the_people_called():
    """The supporters or voters called on are no target: the caller's own government is."""
    from foedus.coder.pipeline import default_coder
    events = _events(default_coder(), "Gabon's opposition leader urged voters to boycott the presidential runoff.",
                     "2016-08-20")
    rallies = [(s, t) for c, s, t, m in events if c == "113"]
    assert rallies and all(t == "GABGOV" for _, t in rallies), events


@pytest.mark.parametrize(("text", "date"), [
    ("Tass called the demonstration in Vilnius an outburst of nationalist hysteria.", "1988-08-24"),
    ("Czechoslovak radio appealed to the population not to resist the invading troops.", "1968-08-21"),
    ("The Kremlin appealed to Armenians and Azerbaijanis to end the protests in Yerevan and Baku.", "1988-03-01"),
    ("Nigeria's labour congress called off the general strike after talks with the government.", "2012-01-16"),
])
def test_no_rallying_call(coder, text, date):
    events = _events(coder, text, date)
    assert not any(c == "113" for c, *_ in events), events


def test_urged_not_to_resist_is_an_appeal_for_calm(coder):
    events = _events(coder, "Czechoslovak radio appealed to the population not to resist the invading troops.",
                     "1968-08-21")
    assert any(c == "0252" and m == "asserted" for c, _, _, m in events), events


@pytest.mark.parametrize(("text", "date", "source", "target"), [
    ("Peru's Constitutional Tribunal struck down the congressional decree that had shut the public broadcaster.",
     "2019-03-12", "PERJUD", "PER"),
    ("Bolivia's Supreme Court annulled the government's decree on land titles.", "2021-06-02", "BOLJUD", "BOL"),
    ("Kenya's High Court barred the government from enforcing the new housing levy.", "2023-11-28", "KENJUD",
     "KENGOV"),
])
def test_court_blocking_a_government_act_is_a_rejection(coder, text, date, source, target):
    """(verbal52) A court that strikes down, annuls or bars an act of the government blocks it (120, gold README)."""
    events = _events(coder, text, date)
    assert any(c == "120" and s == source and t.startswith(target) and m == "asserted"
               for c, s, t, m in events), events


def test_court_barring_a_politician_is_not_a_rejection(coder):
    """A court barring a politician from running keeps its own code (1722), no 120."""
    events = _events(coder, "Ecuador's electoral court barred former president Rafael Correa from running for vice "
                            "president.", "2020-09-08")
    assert not any(c == "120" for c, *_ in events), events
