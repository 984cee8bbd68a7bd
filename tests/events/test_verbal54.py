"""(verbal54) Verbal acts. A relative clause of censure on a noun whose namer is a pronoun ("after a vote it called a
sham") is the namer's criticism (111) as one with a named namer is. One whom a clause's subject tells, assures or talks
with, called "visiting" ("told visiting Soviet Prime Minister Ryzhkov that ...", "held talks with a visiting Houthi
delegation"), is the subject's guest: the subject hosts the visit (043), as "received visiting X" is coded; the parser's
reading of "visiting" as a verb whose object is the guest is repaired after verbs that address a person as after
hosting verbs. Sentences written for these tests."""

from __future__ import annotations

import pytest

from gold_helpers import triples


def _events(coder, text, date):
    """(code, source, target, modality) of each event, "" for an empty side (the shared ``coder`` fixture)."""
    return [(c, s or "", t or "", m) for s, t, c, m in triples(coder, text, date=date)]


@pytest.mark.parametrize(("text", "date", "critic", "target"), [
    ("Venezuela's electoral council barred the main opposition candidates, and the European Union said it would "
     "review its ties with Caracas after a vote it called a sham.", "2024-07-30", "IGOEUREEC", "VEN"),
    ("Canada said it would review its ties with Minsk after a vote it called a sham.", "2020-08-12", "CAN", "BLR"),
])
def test_censure_relative_with_pronoun_namer(coder, text, date, critic, target):
    events = _events(coder, text, date)
    assert any(c == "111" and s.startswith(critic) and t.startswith(target) and m == "asserted"
               for c, s, t, m in events), events


def test_relative_without_censure_is_no_criticism(coder):
    """A label that censures nothing ("a vote it called historic") is no criticism."""
    events = _events(coder, "Canada said it would review its ties with Minsk after a vote it called historic.",
                     "2020-08-12")
    assert not any(c[:2] == "11" for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "date", "host", "guest"), [
    ("Honecker told visiting Polish Prime Minister Zbigniew Messner that East Germany would not change course.",
     "1987-05-14", "DDRGOV", "POLGOV"),
    ("Kenya's foreign minister assured a visiting Somali delegation that Nairobi would keep its border open.",
     "2019-03-05", "KENGOV", "SOM"),
    ("Qatar's prime minister held talks in Doha with a visiting Hamas delegation on a new truce proposal.",
     "2024-05-02", "QATGOV", "PSE"),
])
def test_subject_hosts_visiting_addressee(coder, text, date, host, guest):
    events = _events(coder, text, date)
    assert any(c == "043" and s.startswith(host) and t.startswith(guest) and m == "asserted"
               for c, s, t, m in events), events
    # the guest is no visitor of his host's own words: no visit from the host to the guest
    assert not any(c == "042" and s.startswith(host) for c, s, t, m in events), events


def test_visiting_addressee_of_own_country_is_no_guest(coder):
    """A visitor of the host's own country ("visiting reporters" of the country the article is about) hosts nothing."""
    events = _events(coder, "Putin told visiting Russian reporters that the talks would go on.", "2020-01-01")
    assert not any(c == "043" for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "date", "mediator", "party"), [
    ("Sudan's government and the SPLM-North signed a framework accord in Juba under South Sudanese mediation.",
     "2020-09-04", "SSD", "SDN"),
    ("Hun Sen and the royalist opposition agreed on Monday to form a coalition government, after three days of "
     "mediation by Thai and Malaysian envoys.", "1998-11-16", "THA", "KHM"),
])
def test_mediation_noun_on_the_object_or_after_a_span(coder, text, date, mediator, party):
    """A mediation phrase the parser hangs on the clause's object ("signed a framework accord in Juba under South
    Sudanese mediation") or told as a span of time the act came after ("after three days of mediation by Thai and
    Malaysian envoys") is the mediator's 045 towards the parties."""
    events = _events(coder, text, date)
    mediations = [(s, t) for c, s, t, m in events if c == "045" and m == "asserted"]
    assert any(s.startswith(mediator) and t.startswith(party) for s, t in mediations), events


def test_failed_mediation_is_no_mediation_phrase(coder):
    """Mediation that is the subject of its own clause ("after Saudi mediation failed") is no phrase of the act."""
    events = _events(coder, "Sudan's army and the RSF resumed fighting after Saudi mediation failed.", "2023-06-02")
    assert not any(c == "045" and m == "asserted" for c, s, t, m in events), events
