"""(unreal48) Acts that did not happen, coded as facts before. An act in a relative clause that names who a lenience
offered, or a sanction told ahead, is for ("an amnesty to rebels who laid down their arms", "anyone who attacked police
would be prosecuted") is the condition: conditional. A rejection (12x) that halts or leaves something, told ahead with
"would" ("would suspend payments on its debt", "would pull out of the truce"), is an act ahead: intended, not a
refusal stated. A truce "to start on Sunday" is set for later: intended. An act someone is accused of, and which the
accused denies in a relative ("were accused by a UN panel of shelling Bunia, which Kampala denied"), is denied:
negated; so is an act in reports denied when the parser tags "reports" a verb ("denied on Tuesday reports that ...").
Sentences written for these tests."""

from __future__ import annotations

import pytest

from gold_helpers import triples


def _events(coder, text, date):
    """(code, source, target, modality) of each event, "" for an empty side (the shared ``coder`` fixture)."""
    return [(c, s or "", t or "", m) for s, t, c, m in triples(coder, text, date=date)]


@pytest.mark.parametrize(("text", "date", "root"), [
    ("The Congolese president offered an amnesty to militiamen who laid down their weapons.", "2003-05-12", "08"),
    ("Nigerian officials said bandits who surrendered their guns would be pardoned.", "2021-02-08", "08"),
])
def test_the_act_of_those_offered_lenience_is_a_condition(coder, text, date, root):
    events = _events(coder, text, date)
    assert any(c[:2] == root and m == "conditional" for c, s, t, m in events), events
    assert not any(c[:2] == root and m == "asserted" for c, s, t, m in events), events


def test_an_amnesty_granted_to_known_doers_keeps_their_act(nlp):
    # a lenience granted in the past to a definite group: what they did happened (no condition)
    from foedus.coder import modality

    doc = nlp("The government granted an amnesty to the rebels who had laid down their weapons.")
    laid = next(t for t in doc if t.lower_ == "laid")
    assert not modality.conditioned_relative(laid)


@pytest.mark.parametrize(("text", "date", "code"), [
    ("The Ugandan government said it would suspend interest payments on its foreign loans pending talks with the "
     "World Bank.", "1987-06-02", "1211"),
    ("Peru's government said on Monday it would pull out of the truce with the Shining Path rebels.", "1990-03-05",
     "1246"),
])
def test_a_halting_rejection_told_ahead_is_intended(coder, text, date, code):
    events = _events(coder, text, date)
    assert any(c == code and m == "intended" for c, s, t, m in events), events
    assert not any(c[:2] == "12" and m == "asserted" for c, s, t, m in events), events


def test_a_stance_told_with_would_stays_a_stated_rejection(coder):
    events = _events(coder, "Warsaw said it would ignore the Commission's objections.", "2017-08-01")
    assert any(c[:2] == "12" and m == "asserted" for c, s, t, m in events), events


def test_a_truce_set_to_start_on_a_day_ahead_is_intended(coder):
    events = _events(coder, "The Moro rebels declared a ceasefire, to start on Monday, across Mindanao.", "2003-07-18")
    assert any(c == "0871" and m == "intended" for c, s, t, m in events), events
    assert not any(c[:2] == "08" and m == "asserted" for c, s, t, m in events), events


def test_an_act_charged_and_denied_in_a_relative_is_negated(coder):
    events = _events(coder, "Ugandan troops were accused by a UN panel of shelling Bunia, which Kampala denied.",
                     "2003-05-20")
    assert any(c[:2] == "11" for c, s, t, m in events), events
    assert not any(c[:2] == "19" and m == "asserted" for c, s, t, m in events), events


def test_reports_denied_after_a_time_phrase_are_denied(coder):
    # the parser tags "reports" a verb after "on Tuesday" and hangs the clause on it: still the denied reports
    events = _events(coder, "Kenya's government denied on Tuesday reports that its troops had shelled Somali villages.",
                     "2012-01-10")
    assert any(c == "016" for c, s, t, m in events), events
    assert any(c[:2] == "19" and m == "negated" for c, s, t, m in events), events
    assert not any(c[:2] == "19" and m == "asserted" for c, s, t, m in events), events
