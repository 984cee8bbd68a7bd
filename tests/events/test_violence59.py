"""(violence59) How many people are killed makes a mass killing (202), not who they are: a few villagers beheaded or
civilians executed are killings (1823), denied or not; dozens or hundreds beheaded, executed or lynched stay a mass
killing by the count. Sentences written for these tests."""

from __future__ import annotations

import pytest

from gold_helpers import triples


def _events(coder, text, date):
    """(code, source, target, modality) of each event, "" for an empty side (the shared ``coder`` fixture)."""
    return [(c, s or "", t or "", m) for s, t, c, m in triples(coder, text, date=date)]


@pytest.mark.parametrize(("text", "date", "source"), [
    ("Insurgents beheaded three villagers near Montepuez and burned their huts, district officials said.",
     "2021-03-02", "MOZREB"),
    ("Separatist militiamen executed fleeing civilians at a checkpoint outside Bamenda, witnesses said.",
     "2019-05-14", "CMR"),
])
def test_a_few_people_killed_are_a_killing_not_a_massacre(coder, text, date, source):
    events = _events(coder, text, date)
    assert any(c == "1823" and s.startswith(source) and m == "asserted" for c, s, t, m in events), events
    assert not any(c[:2] == "20" for c, s, t, m in events), events


def test_a_denied_execution_of_civilians_is_a_negated_killing(coder):
    events = _events(coder, "The army denied that its soldiers had executed civilians near the Sudanese border.",
                     "2022-02-11")
    assert any(c == "1823" and m == "negated" for c, s, t, m in events), events
    assert not any(c[:2] == "20" for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "date"), [
    ("Islamist militants beheaded more than 100 villagers in Cabo Delgado province, local officials said.",
     "2020-11-09"),
    ("Rebels beheaded dozens of villagers near Manjacaze overnight, Maputo radio said.", "1987-09-22"),
])
def test_many_people_beheaded_are_still_a_mass_killing(coder, text, date):
    events = _events(coder, text, date)
    assert any(c == "202" and m == "asserted" for c, s, t, m in events), events


# ---- a mob's killing of people (gold README: mob killings of another community are 1823, dozens, or 202, hundreds) ----

@pytest.mark.parametrize(("text", "date", "country"), [
    ("Hindu mobs set fire to Muslim shops in Bhiwandi and killed dozens of people, police said.", "1984-05-19", "IND"),
    ("Ethnic Uzbek mobs burned Kyrgyz homes in Jalal-Abad and killed scores of residents on Sunday.", "2010-06-13",
     "KGZ"),
])
def test_a_mob_killing_dozens_of_people_is_a_killing(coder, text, date, country):
    events = _events(coder, text, date)
    assert any(c == "1823" and s == country + "CVL" and m == "asserted" for c, s, t, m in events), events
    assert not any(c[:2] == "20" for c, s, t, m in events), events


def test_a_mob_killing_hundreds_is_a_mass_killing(coder):
    events = _events(coder, "Ethnic Kyrgyz mobs torched Uzbek districts of Osh and killed hundreds of residents.",
                     "2010-06-12")
    assert any(c == "202" and s == "KGZCVL" and m == "asserted" for c, s, t, m in events), events


def test_protesters_killing_policemen_still_riot(coder):
    events = _events(coder, "Protesters killed two policemen in Nairobi on Tuesday.", "2023-07-12")
    assert any(c == "145" for c, s, t, m in events), events
    assert not any(c == "1823" for c, s, t, m in events), events


def test_rebels_killing_dozens_of_villagers_stay_a_mass_killing(coder):
    events = _events(coder, "Rebels of the FDLR killed dozens of villagers with machetes in Busurungi on Saturday.",
                     "2009-05-10")
    assert any(c == "202" and m == "asserted" for c, s, t, m in events), events
