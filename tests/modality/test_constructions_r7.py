"""Round 7, helper factuality: our own sentences for acts that were lost before, whatever their modality:
passives with no agent that move the doer's own forces ("no Belarusian troops were sent to ..."), acts a speaker
announces in a future passive ("said the detained reporters would be freed"), and weighed acts named by nouns
("is weighing export controls", "is considering a military intervention if talks fail": considered)."""

from __future__ import annotations

import pytest
from coded import events_on

_events = events_on("2024-05-01")


@pytest.mark.parametrize("text, root, source, modality", [
    ("Belarusian troops were sent to the Ukrainian border.", "15", "BLR", "asserted"),
    ("No Belarusian troops were sent to the Ukrainian border, the defence ministry in Minsk said.", "15", "BLR",
     "negated"),
    ("No Chinese soldiers have been deployed to Myanmar, Beijing said.", "15", "CHN", "negated"),
    ("More Spanish troops will be deployed to Latvia next year, the defence minister said.", "", "ESP", "intended"),
    ("Turkish troops were withdrawn from the Syrian town of Manbij.", "08", "TUR", "asserted"),
])
def test_a_passive_that_moves_forces_is_their_states_act(coder, text, root, source, modality):
    events = _events(coder, text)
    assert any(c.startswith(root) and s.startswith(source) and m == modality for c, s, _, m in events), events
    if modality != "asserted":
        assert not any(m == "asserted" for _, _, _, m in events), events


def test_forces_attacked_are_no_source(coder):
    # a passive of violence: the forces are its victims, never the ones who acted
    events = _events(coder, "Nigerien troops were attacked near the border with Mali.")
    assert not any(s.startswith("NER") for _, s, _, _ in events), events


@pytest.mark.parametrize("text, root, source, modality", [
    ("Iran said the two detained French tourists would be freed next week.", "03", "IRN", "intended"),
    ("The Venezuelan government said the jailed opposition activist could be released soon.", "", "VEN", "considered"),
    ("The detained Polish journalist will be freed, the Belarusian foreign ministry said.", "03", "BLR", "intended"),
])
def test_an_act_the_speaker_announces_in_a_passive_is_the_speakers(coder, text, root, source, modality):
    events = _events(coder, text)
    assert any(c.startswith(root) and s.startswith(source) and m == modality for c, s, _, m in events), events
    assert not any(m == "asserted" for _, _, _, m in events), events


def test_a_passive_of_violence_is_not_the_speakers_act(coder):
    events = _events(coder, "Armenia said its villages would be shelled again.")
    assert not any(s.startswith("ARM") for _, s, _, _ in events), events


@pytest.mark.parametrize("text, root", [
    ("The African Union is considering a military intervention in Sudan if the truce collapses.", "19"),
    ("The United States is weighing new export controls on Russian drone makers.", "16"),
    ("The Georgian government is considering a ban on opposition rallies in Tbilisi.", "17"),
    ("Tokyo is weighing fresh sanctions on North Korea if Pyongyang tests another missile.", "16"),
])
def test_a_weighed_act_named_by_a_noun_is_considered(coder, text, root):
    events = _events(coder, text)
    assert any(c.startswith(root) and m == "considered" for c, _, _, m in events), events
    assert not any(m == "asserted" for _, _, _, m in events), events


def test_an_intervention_ruled_out_is_negated(coder):
    events = _events(coder, "Nigeria ruled out a military intervention in Chad.")
    assert any(c.startswith("19") and m == "negated" for c, _, _, m in events), events
    assert not any(c.startswith("19") and m == "asserted" for c, _, _, m in events), events


def test_a_trailing_concessive_clause_is_news_of_its_own(coder):
    events = _events(coder, "Azerbaijan reopened the Lachin road, though Baku warned it would close it again if "
                            "Armenian forces attacked.")
    assert any(c.startswith("13") and s.startswith("AZE") and m == "conditional" for c, s, _, m in events), events
    assert not any(m == "asserted" and c[:2] in {"13", "19"} for c, _, _, m in events), events


def test_a_fronted_concessive_clause_stays_background(coder):
    events = _events(coder, "Although Ecuador and Peru signed a peace treaty in 1998, the two armies still patrol "
                            "the border.")
    assert not any(c.startswith("05") for c, _, _, _ in events), events
