"""(verbal56) Verbal and diplomatic acts told beside another act. The reason a participle of saying gives for an act
("..., saying the raid was illegal", "..., saying Kinshasa had failed to meet its targets", "..., saying Duque had
ignored their demands") is the speaker's criticism (111) of the one it names. A free relative that names the grievance an
act answers with a word of censure ("expelled the ambassador over what it called interference", "..., citing what it
called the persecution of X") is the namer's criticism of the one the grievance names. A third party named in a "with"
phrase as guarantor or mediator ("with Cuba and Norway acting as guarantors") and one under whose auspices or
sponsorship the sides sign mediate (045) between them. A court that rules that a state broke a rule or is
responsible for a wrong rules against it (111). Two sides that settle their dispute agree (057 both ways). Sentences written for these tests."""

from __future__ import annotations

import pytest

from gold_helpers import triples


def _events(coder, text, date):
    """(code, source, target, modality) of each event, "" for an empty side (the shared ``coder`` fixture)."""
    return [(c, s or "", t or "", m) for s, t, c, m in triples(coder, text, date=date)]


@pytest.mark.parametrize(("text", "date", "critic", "target"), [
    ("Greece suspended arms sales to Ankara, saying the Turkish incursion was illegal.", "2019-10-12", "GRC", "TUR"),
    ("The World Bank froze a road loan to Malawi, saying Lilongwe had failed to account for the last payment.",
     "2016-05-02", "IGOUNODEVWBK", "MWI"),
    ("The Karen rebels broke off the ceasefire talks, saying the junta had ignored their demands.", "2021-06-02",
     "MMRREB", "MMRMIL"),
])
def test_saying_a_reason_criticises(coder, text, date, critic, target):
    events = _events(coder, text, date)
    assert any(c[:2] == "11" and s.startswith(critic) and t.startswith(target) and m == "asserted"
               for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "date"), [
    # a failure of no one (measures) and one's own failure are no criticism
    ("The union called on donors to cut all ties with the regime, saying the limited measures had failed to work.",
     "1987-03-08"),
    ("The finance minister of Ghana resigned, saying he had failed to end the strike.", "2015-04-04"),
    # a failure foreseen is none
    ("Seoul tightened its border checks, saying Pyongyang would fail to control the outbreak.", "2020-02-02"),
])
def test_saying_no_failure_of_another_is_no_criticism(coder, text, date):
    events = _events(coder, text, date)
    assert not any(c[:2] == "11" for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "date", "critic", "target"), [
    ("Chile declared the Bolivian consul persona non grata over what it called interference in its internal affairs.",
     "2018-07-02", "CHL", "BOL"),
    ("Kenya cut diplomatic ties with Somalia over what it called hostile acts.", "2020-12-15", "KEN", "SOM"),
    ("Ottawa imposed a levy on Indian steel, citing what it called the unfair subsidies of New Delhi.",
     "2019-03-03", "CAN", "IND"),
])
def test_grievance_named_with_censure_is_criticism(coder, text, date, critic, target):
    events = _events(coder, text, date)
    assert any(c[:2] == "11" and s.startswith(critic) and t.startswith(target) and m == "asserted"
               for c, s, t, m in events), events


def test_grievance_without_censure_is_no_criticism(coder):
    """A neutral name of the grievance ("a technical dispute") criticises no one."""
    events = _events(coder, "Kenya recalled its ambassador from Somalia over what it called a technical dispute.",
                     "2020-12-15")
    assert not any(c[:2] == "11" for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "date", "mediators", "parties"), [
    ("The Philippine government and the NDF agreed to resume talks, with Norway and the Netherlands acting as "
     "guarantors.", "2016-06-15", {"NOR", "NLD"}, {"PHL"}),
    ("Ethiopia and Eritrea signed a border accord in Jeddah, with Saudi Arabia as guarantor.", "2018-09-16",
     {"SAU"}, {"ETH", "ERI"}),
    ("Sudan and South Sudan signed an oil deal in Addis Ababa under the auspices of the African Union.",
     "2012-09-27", {"IGOAFR"}, {"SDN", "SSD"}),
    ("Armenia and Azerbaijan signed a prisoner accord under Russian sponsorship.", "2021-01-11",
     {"RUS"}, {"ARM", "AZE"}),
])
def test_guarantor_or_sponsor_mediates(coder, text, date, mediators, parties):
    events = _events(coder, text, date)
    told = {(s[:3] if not s.startswith("IGO") else s[:6], t[:3]) for c, s, t, m in events
            if c == "045" and m == "asserted"}
    for a in mediators:
        for p in parties:
            assert (a[:6] if a.startswith("IGO") else a, p) in told, events


def test_guarantor_of_a_plan_not_made_is_no_mediation(coder):
    """A guarantor named for what the sides refused is no mediation told as done."""
    events = _events(coder, "Kosovo and Serbia refused to sign the plan, with the EU as guarantor.", "2023-02-27")
    assert not any(c == "045" and m == "asserted" for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "date", "court", "target"), [
    ("The International Court of Justice ruled that Serbia had breached its duty under the convention.", "2007-02-26",
     "IGOUNOJUDICJ", "SRB"),
    ("A WTO panel ruled that Indonesian curbs on fruit imports broke global trade rules.", "2016-12-22",
     "IGOUNOBUSWTO", "IDN"),
    ("The European Court of Human Rights ruled that Azerbaijan was responsible for the detention of the opposition "
     "leader.", "2018-11-15", "IGO", "AZE"),
])
def test_court_ruling_against_a_state_is_criticism(coder, text, date, court, target):
    events = _events(coder, text, date)
    assert any(c[:2] == "11" and s.startswith(court) and t.startswith(target) and m == "asserted"
               for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "date"), [
    ("The International Court of Justice ruled that Serbia had not breached its duty under the convention.",
     "2007-02-26"),
    ("Police in Lagos found that the fire had started in the kitchen.", "2019-01-01"),
])
def test_ruling_that_clears_or_no_court_is_no_criticism(coder, text, date):
    events = _events(coder, text, date)
    assert not any(c[:2] == "11" for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "date", "a", "b"), [
    ("Canada and the United States settled their long dispute over softwood lumber.", "2006-07-01", "CAN", "USA"),
    ("Chile and Peru resolved their quarrel over the maritime border.", "2014-01-28", "CHL", "PER"),
])
def test_sides_settling_their_dispute_agree(coder, text, date, a, b):
    events = _events(coder, text, date)
    told = {(s[:3], t[:3]) for c, s, t, m in events if c == "057" and m == "asserted"}
    assert (a, b) in told and (b, a) in told, events


def test_third_party_settling_a_dispute_between_others_signs_nothing(coder):
    events = _events(coder, "Norway offered to help settle the dispute between Kenya and Somalia.", "2019-05-05")
    assert not any(c == "057" for c, s, t, m in events), events
