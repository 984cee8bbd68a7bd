"""(unreal50) Acts that did not happen, coded as done before. An act named as the direct object of a verb that stops it
("suspended the withdrawal of its troops", "halted its deployment of police") does not go ahead: negated. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from gold_helpers import triples


def _events(coder, text, date):
    """(code, source, target, modality) of each event, "" for an empty side (the shared ``coder`` fixture)."""
    return [(c, s or "", t or "", m) for s, t, c, m in triples(coder, text, date=date)]


@pytest.mark.parametrize(("text", "root"), [
    ("Russia said it was suspending the withdrawal of its troops from Armenia, citing attacks on its bases.", "08"),
    ("Kenya halted its deployment of police to Haiti after the court ruling.", "07"),
])
def test_an_act_a_verb_stops_does_not_go_ahead(coder, text, root):
    events = _events(coder, text, "2015-05-12")
    assert any(c[:2] == root and m == "negated" for c, s, t, m in events), events
    assert not any(c[:2] == root and m == "asserted" for c, s, t, m in events), events


def test_an_act_a_verb_does_not_stop_goes_on(nlp):
    from foedus.coder import modality

    doc = nlp("Russia did not halt the withdrawal of its troops.")
    withdrawal = next(t for t in doc if t.lower_ == "withdrawal")
    assert not modality.halts_act(withdrawal, withdrawal.head)


@pytest.mark.parametrize("text", [
    "Sudan's government and the SPLM signed a ceasefire in Nairobi on Friday, to take effect at the end of the month.",
    "Georgia and Abkhazia signed a truce in Sochi on Monday to take effect once Russian monitors arrived.",
])
def test_a_pact_signed_to_take_effect_later_is_signed(coder, text):
    events = _events(coder, text, "2015-05-12")
    assert any(c == "057" and m == "asserted" for c, s, t, m in events), events


def test_regret_beside_a_withheld_apology_is_no_apology(coder):
    events = _events(coder, "The Japanese prime minister expressed deep regret to South Korea over the wartime "
                            "suffering of Koreans but did not apologise.", "2015-05-12")
    assert any(c == "018" and s == "JPNGOV" and t[:3] == "KOR" and m == "asserted" for c, s, t, m in events), events
    assert not any(c[:3] == "055" and m == "asserted" for c, s, t, m in events), events


def test_regret_is_aimed_where_the_withheld_apology_was(coder):
    events = _events(coder, "Seoul accused Tokyo of whitewashing history, while the Japanese prime minister expressed "
                            "deep regret but did not apologise.", "2015-05-12")
    assert any(c == "018" and t[:3] == "KOR" and m == "asserted" for c, s, t, m in events), events


def test_an_apology_made_beside_one_withheld_stays_an_apology(coder):
    events = _events(coder, "The Japanese prime minister apologised to China but did not apologise to South Korea.",
                     "2015-05-12")
    assert any(c == "055" and t[:3] == "CHN" and m == "asserted" for c, s, t, m in events), events


def test_regret_beside_an_apology_stopped_short_of_is_no_apology(coder):
    events = _events(coder, "The Japanese prime minister expressed deep regret to South Korea over the wartime "
                            "suffering of Koreans, but stopped short of an apology.", "2015-05-12")
    assert any(c == "018" and t[:3] == "KOR" and m == "asserted" for c, s, t, m in events), events
    assert not any(c[:3] == "055" and m == "asserted" for c, s, t, m in events), events
