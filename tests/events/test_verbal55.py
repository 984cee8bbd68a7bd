"""(verbal55) Verbal acts. A saying summed up as a charge that another denies ("X said that ..., a charge Y denied")
is X's accusation of the denier (112) beside the denial, unless what was said tells an act the dictionary codes (the
act is then reported, not an accusation). More names of scorn after a labelling verb ("calling them traitors", "an
embargo Skopje called economic strangulation", "a move the Pentagon called unfortunate", "a tool of repression", "a
dark day") are criticism (111). Linking another to a crime ("linked Indian agents to the killing", "..., linking them to
a plot") accuses it (112). Sentences written for these tests."""

from __future__ import annotations

import pytest

from gold_helpers import triples


def _events(coder, text, date):
    """(code, source, target, modality) of each event, "" for an empty side (the shared ``coder`` fixture)."""
    return [(c, s or "", t or "", m) for s, t, c, m in triples(coder, text, date=date)]


@pytest.mark.parametrize(("text", "date", "accuser", "accused"), [
    ("Latvia's interior minister said the cyberattacks on the central bank had been traced to servers in the "
     "Kremlin, an accusation Moscow rejected.", "2021-03-04", "LVA", "RUS"),
    ("The Nigerien junta said the unrest was the work of a foreign conspiracy, a claim Paris denied.",
     "2023-09-01", "NER", "FRA"),
    # an accusation with no accuser of its own in what was said is the sayer's
    ("Finland's prime minister told parliament that agents of the Russian government were linked to the murder of "
     "a dissident, an allegation Moscow called absurd.", "2024-03-01", "FIN", "RUS"),
])
def test_denied_charge_is_the_sayers_accusation(coder, text, date, accuser, accused):
    events = _events(coder, text, date)
    assert any(c == "112" and s.startswith(accuser) and t.startswith(accused) and m == "asserted"
               for c, s, t, m in events), events
    assert any(c == "016" and s.startswith(accused) for c, s, t, m in events), events


def test_denied_report_of_a_coded_act_is_no_accusation(coder):
    """What was said tells an act (a shelling): the act is reported, and the charge adds no accusation."""
    events = _events(coder, "Georgia's defence ministry said Russian troops had shelled its positions near Gori, a "
                            "charge Moscow denied.", "2008-08-20")
    assert any(c[:2] == "19" for c, s, t, m in events), events
    assert not any(c[:2] == "11" for c, s, t, m in events), events


def test_insisted_claim_is_no_accusation(coder):
    """A speaker who insists on its own account defends itself: no accusation of those who dismiss it."""
    events = _events(coder, "Riyadh insisted the reporter had left the building unharmed, a claim Ankara dismissed.",
                     "2018-10-10")
    assert not any(c == "112" for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "date", "critic", "target"), [
    ("Albania closed its border crossings to goods bound for Kosovo on Monday, an embargo Pristina called economic "
     "strangulation.", "2021-05-03", "KSV", "ALB"),
    ("Jordan said it would end the port agreement in 90 days, a move the Pentagon called unfortunate.",
     "2022-02-01", "USA", "JOR"),
    ("Zambia's president said he would not meet the rebel leaders, calling them traitors.", "2019-06-01",
     "ZMB", "ZMB"),
])
def test_names_of_scorn_are_criticism(coder, text, date, critic, target):
    events = _events(coder, text, date)
    assert any(c == "111" and s.startswith(critic) and (not target or t.startswith(target)) and m == "asserted"
               for c, s, t, m in events), events


def test_label_of_praise_is_no_criticism(coder):
    """A label that censures nothing ("a move the Pentagon called welcome") is no criticism."""
    events = _events(coder, "Jordan said it would extend the port agreement, a move the Pentagon called welcome.",
                     "2022-02-01")
    assert not any(c[:2] == "11" for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "date", "accuser", "accused"), [
    ("Australia linked Chinese state agents to the murder of a dissident in Sydney.", "2024-02-01", "AUS", "CHN"),
    ("Germany expelled two Iranian diplomats, linking them to a plot against exiled dissidents.", "2023-05-02",
     "DEU", "IRN"),
])
def test_linking_another_to_a_crime_is_an_accusation(coder, text, date, accuser, accused):
    events = _events(coder, text, date)
    assert any(c[:3] == "112" and s.startswith(accuser) and t.startswith(accused) and m == "asserted"
               for c, s, t, m in events), events


def test_linking_places_is_no_accusation(coder):
    """A railway or a road linking places accuses no one."""
    events = _events(coder, "Laos opened a new railway, linking Vientiane to the Chinese border.", "2021-12-03")
    assert not any(c[:2] == "11" for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "date", "critic", "target"), [
    ("Mali said it would leave the International Criminal Court, calling it a tool of neo-colonial repression.",
     "2023-09-22", "MLI", "IGOJUD"),
    ("Poland's prime minister called the EU migration pact with Tunisia a dark day for Europe.", "2023-07-20",
     "POL", "IGOEUR"),
])
def test_tool_of_a_wrong_and_dark_day_are_criticism(coder, text, date, critic, target):
    events = _events(coder, text, date)
    assert any(c == "111" and s.startswith(critic) and t.startswith(target) and m == "asserted"
               for c, s, t, m in events), events


def test_tool_of_cooperation_is_no_criticism(coder):
    """A tool of something good ("a tool of regional cooperation") censures nothing."""
    events = _events(coder, "Laos's prime minister called the new railway a tool of regional cooperation.",
                     "2021-12-03")
    assert not any(c[:2] == "11" for c, s, t, m in events), events
