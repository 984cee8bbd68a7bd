"""Modality from the parse alone: our own sentences, one cue each."""

import pytest

from foedus.coder import modality


def _verb(doc, lemma):
    return next(t for t in doc if t.lemma_.lower() == lemma and t.pos_ in {"VERB", "AUX"})


@pytest.mark.parametrize("text, lemma, expected", [
    ("Canada sent two frigates to the Baltic.", "send", "asserted"),
    ("Canada did not send frigates to the Baltic.", "send", "negated"),
    ("Canada will send two frigates to the Baltic next year.", "send", "intended"),
    ("Canada plans to send two frigates to the Baltic.", "send", "intended"),
    ("Canada is considering sending frigates to the Baltic.", "send", "considered"),
    ("Canada is not considering sending frigates to the Baltic.", "send", "negated"),
    ("Ottawa was not weighing sanctions on Chile, officials said.", "weigh", "negated"),
    ("Canada may send frigates to the Baltic.", "send", "considered"),
    ("Canada did not rule out sending frigates to the Baltic.", "send", "considered"),
    ("Canada ruled out sending frigates to the Baltic.", "send", "negated"),
    ("Canada denied sending frigates to the Baltic.", "send", "negated"),
    ("If Norway is attacked, Canada will send frigates to the Baltic.", "send", "conditional"),
    ("Ottawa vowed to defend its Arctic islands.", "defend", "intended"),
    ("Ottawa would reassess its stance on exporting drones to Chile.", "export", "considered"),
    ("The junta refused to allow relief planes to land.", "land", "negated"),
])
def test_modality_of_event_verb(nlp, text, lemma, expected):
    doc = nlp(text)
    assert modality.of(_verb(doc, lemma))[0] == expected


def test_requested_acts_are_not_asserted(nlp):
    doc = nlp("Brazil urged Argentina to withdraw its ambassador.")
    assert modality.is_requested(_verb(doc, "withdraw"))
    doc = nlp("Argentina withdrew its ambassador.")
    assert not modality.is_requested(_verb(doc, "withdraw"))


def test_purpose_reaches_acts_below_it(nlp):
    doc = nlp("Peru offered its troops to Ecuador to help it expel the smugglers.")
    assert modality.in_purpose(_verb(doc, "expel"))
    doc = nlp("Peru expelled the smugglers.")
    assert not modality.in_purpose(_verb(doc, "expel"))
