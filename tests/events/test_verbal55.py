"""(verbal55) Verbal acts. A saying summed up as a charge that another denies ("X said that ..., a charge Y denied")
is X's accusation of the denier (112) beside the denial, unless what was said tells an act the dictionary codes (the
act is then reported, not an accusation). More names of scorn after a labelling verb ("calling them traitors", "an
embargo Skopje called economic strangulation", "a move the Pentagon called unfortunate") are criticism (111).
Sentences written for these tests."""

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
