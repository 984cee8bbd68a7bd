"""(unreal49) Acts told beside an act that did not or will not happen, coded as unrealised before. A verb in a tense of its
own conjoined by the parser to a verb under "would"/"will" ("said it would not send police and summoned the envoy") is
not under the modal: it tells what was done. A speaker's denial or rejection conjoined to the verb of what the speaker
says did not happen ("said they had not invited troops, and denied reports that ...") is the speaker's own act, made. A
tensed verb the parser conjoins to a to-infinitive ("had thwarted a plan to attack the embassy and detained two men")
is told of the verb above the infinitive, not of the plan. Sentences written for these tests."""

from __future__ import annotations

import pytest

from gold_helpers import triples


def _events(coder, text, date):
    """(code, source, target, modality) of each event, "" for an empty side (the shared ``coder`` fixture)."""
    return [(c, s or "", t or "", m) for s, t, c, m in triples(coder, text, date=date)]


@pytest.mark.parametrize(("text", "date", "root"), [
    ("The Kenyan government said it would not send police to Port-au-Prince and summoned the Haitian ambassador.",
     "2015-05-12", "11"),
    ("Peru said it would not extradite the former minister and rejected a request from Bolivia.", "2015-05-12", "12"),
])
def test_a_tensed_conjunct_of_a_modal_verb_is_done(coder, text, date, root):
    events = _events(coder, text, date)
    assert any(c[:2] == root and m == "asserted" for c, s, t, m in events), events


def test_a_denial_beside_what_the_speaker_says_did_not_happen_is_made(coder):
    events = _events(coder, "Moldovan officials said they had not invited Romanian troops, and denied reports that "
                             "Russian agents had bombed a depot.", "2015-05-12")
    assert any(c == "016" and m == "asserted" for c, s, t, m in events), events
    assert not any(c[:2] == "19" and m == "asserted" for c, s, t, m in events), events


def test_a_tensed_verb_beside_a_foiled_plan_is_done(coder):
    events = _events(coder, "Thai police said they had thwarted a plan to attack the embassy and detained two Cambodian "
                            "nationals.", "2015-05-12")
    assert any(c[:2] == "17" and m == "asserted" for c, s, t, m in events), events
    assert not any(c[:2] == "19" and m == "asserted" for c, s, t, m in events), events


@pytest.mark.parametrize("text", [
    "Russia will not attack the plant or shell the town.",
    "Russia did not attack the plant or shell the town.",
])
def test_a_shared_negation_still_reaches_a_base_form_conjunct(coder, text):
    events = _events(coder, text, "2015-05-12")
    assert events and all(m == "negated" for c, s, t, m in events), events


def test_a_tensed_form_is_told_by_its_shape(nlp):
    from foedus.coder import modality

    doc = nlp("The rebels said they would dissolve the group and lay down their arms.")
    lay = next(t for t in doc if t.lower_ == "lay")
    assert not modality._tensed_form(lay)


def test_a_campaign_said_not_to_stop_is_a_threat_of_more_force(coder):
    # (unreal49) "would not stop until ...": the speaker's campaign goes on, as "would continue until ..." does
    events = _events(coder, "Ankara said the offensive would not stop until the Kurdish militia withdrew from the "
                            "border.", "2019-10-12")
    assert any(c[:3] == "138" and s[:3] == "TUR" and m in {"intended", "conditional"} for c, s, t, m in events), events
