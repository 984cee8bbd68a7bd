"""(doubts37) A leader removed from power by soldiers is a coup (173 by its plotters, gold README: "a coup is 173
against the ousted leader with no extra 0831"), also when a relative clause tells it about its doer ("General X, who
removed President Y from power, ..."): the relative clause tells a past fact and is coded, as the gold codes "the coup
that removed ... government". A parliament or court removing a leader stays his leaving office (0831). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from foedus.coder.pipeline import Coder


@pytest.fixture(scope="module")
def coder(nlp):
    return Coder(nlp)


def _events(coder, text, date):
    return [(e.cameo, e.source.code if e.source else "", e.target.code if e.target else "", e.modality)
            for e in coder.code_text(text, date=date).events]


@pytest.mark.parametrize(("text", "date", "country"), [
    ("General Abdourahamane Tchiani, who removed President Mohamed Bazoum from power on Wednesday, addressed the nation "
     "on television.", "2023-07-28", "NER"),
    ("Soldiers who removed President Mohamed Bazoum from power on Wednesday shut the land borders.", "2023-07-28", "NER"),
    ("Guinean special forces, who removed President Alpha Conde from power on Sunday, dissolved the cabinet.",
     "2021-09-06", "GIN"),
])
def test_soldiers_removing_the_leader_in_a_relative_clause_make_a_coup(coder, text, date, country):
    events = _events(coder, text, date)
    assert any(c == "173" and s.startswith(country) and t.startswith(country) and m == "asserted"
               for c, s, t, m in events), events
    assert not [e for e in events if e[0] == "0831"], events


def test_a_general_named_as_a_person_removing_the_leader_from_power_makes_no_change_of_leadership(coder):
    # his dictionary office that day is the presidency; the title says who removed the leader: a coup, not 0831
    events = _events(coder, "General Brice Oligui Nguema removed President Ali Bongo from power last week.", "2023-09-04")
    assert any(c == "173" for c, _, _, _ in events), events
    assert not [e for e in events if e[0] == "0831"], events


@pytest.mark.parametrize("text", [
    "Peruvian lawmakers, who removed President Pedro Castillo from office on Wednesday, swore in his deputy.",
    "Peruvian lawmakers removed President Pedro Castillo on Wednesday.",
])
def test_a_parliament_removing_the_leader_stays_a_change_of_leadership(coder, text):
    events = _events(coder, text, "2022-12-08")
    assert any(c == "0831" and s.startswith("PERLEG") for c, s, _, _ in events), events
