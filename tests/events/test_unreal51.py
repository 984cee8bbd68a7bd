"""(unreal51) Modality. A protest or strike called for a day ahead ("called a nationwide strike for Thursday", "from
Monday", "next week") has not been held when told: intended. Acts that did happen, coded as unreal before: an act on
flying in ("flew to Paris to ask Macron for help"), the means of foiling a plan ("foiled a plan to bomb a church by
arresting four men"), a past act with a subject of its own conjoined to a consequence ("..., and police detained two
rebel leaders"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from gold_helpers import triples


def _events(coder, text, date):
    """(code, source, target, modality) of each event, "" for an empty side (the shared ``coder`` fixture)."""
    return [(c, s or "", t or "", m) for s, t, c, m in triples(coder, text, date=date)]


@pytest.mark.parametrize("text", [
    "Peruvian teachers called a nationwide strike for Thursday over unpaid wages.",
    "Zambia's main opposition party called two days of protests next week against the new tax law.",
])
def test_a_protest_called_for_a_day_ahead_is_intended(coder, text):
    events = _events(coder, text, "2010-05-03")
    assert any(c[:2] == "14" and m == "intended" for c, s, t, m in events), events
    assert not any(c[:2] == "14" and m == "asserted" for c, s, t, m in events), events


@pytest.mark.parametrize("text", [
    "Peruvian teachers called a nationwide strike on Thursday over unpaid wages.",
    "Zambian miners called a strike over unpaid wages.",
])
def test_a_strike_called_without_a_day_ahead_is_the_call_and_the_strike_intended(coder, text):
    # (strike58) gold README "Strike calls" (the fifty-eighth session's relabelling): a strike called is the call, 113
    # asserted, and the strike, 143 intended, unless the sentence tells it held; it was the strike asserted before
    events = _events(coder, text, "2010-05-03")
    assert any(c == "113" and m == "asserted" for c, s, t, m in events), events
    assert any(c[:2] == "14" and m == "intended" for c, s, t, m in events), events
    assert not any(c[:2] == "14" and m == "asserted" for c, s, t, m in events), events


def test_a_day_ahead_from_the_calling_verb(nlp):
    from foedus.coder import modality

    doc = nlp("Nepal's opposition parties called a general strike from Monday.")
    called = next(t for t in doc if t.lower_ == "called")
    assert modality.called_for_later(called)
    doc = nlp("Nepal's opposition parties did not call a general strike for Monday.")
    called = next(t for t in doc if t.lower_ == "call")
    assert not modality.called_for_later(called)


def test_an_act_on_flying_in_is_done_there(coder):
    events = _events(coder, "Armenia's president flew to Paris on Monday to ask Emmanuel Macron for help in halting "
                            "the Azerbaijani offensive.", "2010-05-03")
    assert any(c[:2] == "02" and s == "ARMGOV" and t[:3] == "FRA" and m == "asserted" for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "mod"), [
    ("The Qatari foreign minister will fly to Kabul to mediate between the Taliban and the Afghan government.",
     "intended"),
    ("The Qatari foreign minister did not fly to Kabul to mediate between the Taliban and the Afghan government.",
     "negated"),
])
def test_an_act_on_a_flight_ahead_or_not_taken_is_not_done(coder, text, mod):
    events = _events(coder, text, "2010-05-03")
    assert any(c[:3] == "045" and m == mod for c, s, t, m in events), events
    assert not any(c[:3] == "045" and m == "asserted" for c, s, t, m in events), events


@pytest.mark.parametrize("text", [
    "Kenyan police said they had foiled a plan to bomb a church in Mombasa by arresting four men with explosives.",
    "Kenyan police said they had foiled a plan to bomb a church in Mombasa after arresting four men with explosives.",
])
def test_the_means_of_foiling_a_plan_is_done(coder, text):
    events = _events(coder, text, "2014-05-03")
    assert any(c[:3] == "173" and s[:3] == "KEN" and m == "asserted" for c, s, t, m in events), events
    assert not any(c[:2] == "18" and m == "asserted" for c, s, t, m in events), events


def test_a_plan_foiled_keeps_its_own_act_negated(nlp):
    from foedus.coder import modality

    doc = nlp("Police foiled a plan to bomb a church by arresting four men.")
    bomb = next(t for t in doc if t.lower_ == "bomb")
    arresting = next(t for t in doc if t.lower_ == "arresting")
    assert modality.of(bomb)[0] == modality.NEGATED
    assert modality.of(arresting)[0] == modality.ASSERTED


@pytest.mark.parametrize("text", [
    "Nepal's home minister ruled out talks with the Maoists unless they renounced violence, and police in Kathmandu "
    "detained two rebel leaders.",
    "Nepal's interior minister said the Maoist leader would be charged if he addressed the rally, and police arrested "
    "thirty of his supporters in Pokhara.",
])
def test_a_past_act_beside_a_consequence_is_told_as_done(coder, text):
    events = _events(coder, text, "2004-05-03")
    assert any(c[:3] == "173" and s[:3] == "NPL" and m == "asserted" for c, s, t, m in events), events
    assert not any(c[:3] == "173" and m == "conditional" for c, s, t, m in events), events


def test_a_conjunct_of_the_condition_itself_stays_conditional(nlp):
    from foedus.coder import modality

    doc = nlp("Ankara said it would send troops if Armenia attacked Nakhichevan and Baku asked for help.")
    asked = next(t for t in doc if t.lower_ == "asked")
    assert modality.of(asked)[0] == modality.CONDITIONAL
