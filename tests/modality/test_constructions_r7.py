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
    # the warning was given (asserted, round 20); the closing it threatens did not happen
    assert any(c.startswith("13") and s.startswith("AZE") and m == "asserted" for c, s, _, m in events), events
    assert not any(m == "asserted" and c[:2] == "19" for c, _, _, m in events), events


def test_a_fronted_concessive_clause_stays_background(coder):
    events = _events(coder, "Although Ecuador and Peru signed a peace treaty in 1998, the two armies still patrol "
                            "the border.")
    assert not any(c.startswith("05") for c, _, _, _ in events), events


@pytest.mark.parametrize("text, root, source, modality", [
    ("Canada recognised the Palestinian state in June, and Australia did so a month later.", "05", "AUS", "asserted"),
    ("Poland has sent tanks to Ukraine and will do so again.", "03", "POL", "intended"),
])
def test_do_so_repeats_the_act_with_its_own_subject_and_modality(coder, text, root, source, modality):
    events = _events(coder, text)
    assert any(c.startswith(root) and s.startswith(source) and m == modality for c, s, _, m in events), events


def test_do_so_negated_repeats_nothing_asserted(coder):
    events = _events(coder, "Norway has not expelled the Russian envoy and will not do so, the ministry said.")
    assert events and not any(m == "asserted" and c[:2] == "16" for c, _, _, m in events), events


@pytest.mark.parametrize("text, accused", [
    ("The militia said it had not attacked the camp and blamed government troops for the killings.", "11"),
    ("Kyiv said it had not shelled the town and accused Russian forces of staging the attack.", "11"),
])
def test_a_blame_beside_a_denial_is_asserted(coder, text, accused):
    events = _events(coder, text)
    assert any(c.startswith(accused) and m == "asserted" for c, _, _, m in events), events
    assert any(c.startswith("19") and m == "negated" for c, _, _, m in events), events
    assert not any(c.startswith("19") and m == "asserted" for c, _, _, m in events), events


@pytest.mark.parametrize("text, source, target", [
    ("North Korea will resume nuclear tests unless Washington lifts its sanctions, Pyongyang said.", "PRK", "USA"),
    ("Turkey will resume drilling in the disputed waters unless Greece pulls back its warships.", "TUR", "GRC"),
])
def test_an_ultimatum_is_a_conditional_threat(coder, text, source, target):
    events = _events(coder, text)
    assert any(c == "130" and s.startswith(source) and t.startswith(target) and m == "conditional"
               for c, s, t, m in events), events


def test_a_contingency_is_no_ultimatum(coder):
    events = _events(coder, "The government will hold elections in March unless the rebels resume fighting.")
    assert not any(c.startswith("13") for c, _, _, _ in events), events
    assert not any(m == "asserted" for _, _, _, m in events), events


@pytest.mark.parametrize("text, root", [
    ("Tokyo did not confirm reports that Chinese troops had been deployed to Cambodia.", ""),
    ("The ministry would not confirm that Turkish drones had struck the convoy.", "19"),
    ("Minsk neither confirmed nor denied that its soldiers had crossed into Lithuania.", ""),
])
def test_an_act_left_unconfirmed_is_considered(coder, text, root):
    events = _events(coder, text)
    assert not any(m == "asserted" and c[:2] not in {"01", "10", "11", "12"} for c, _, _, m in events), events


def test_a_confirmed_act_stays_asserted(coder):
    events = _events(coder, "The ministry confirmed that Turkish drones had struck the convoy.")
    assert any(c.startswith("19") and m == "asserted" for c, _, _, m in events), events


@pytest.mark.parametrize("text, root, modality", [
    ("Rumours that soldiers had detained the prime minister proved false.", "17", "negated"),
    ("Reports that Eritrean troops had shelled the town were denied by Asmara.", "19", "negated"),
    ("Reports that Eritrean troops had shelled the town proved accurate.", "19", "asserted"),
])
def test_a_claim_proved_false_or_denied(coder, text, root, modality):
    events = _events(coder, text)
    assert any(c.startswith(root) and m == modality for c, _, _, m in events), events
    if modality == "negated":
        assert not any(c.startswith(root) and m == "asserted" for c, _, _, m in events), events


def test_a_condition_after_a_counterfactual_is_not_asserted(coder):
    events = _events(coder, "France would have sent warships had the National Assembly approved the mission.")
    assert events and not any(m == "asserted" for _, _, _, m in events), events


def test_the_verb_of_a_near_miss_is_no_act(coder):
    events = _events(coder, "India came close to striking Pakistani air bases in 2019.")
    assert any(c.startswith("19") and m == "negated" for c, _, _, m in events), events
    assert not any(m == "asserted" for _, _, _, m in events), events


@pytest.mark.parametrize("text, root, modality", [
    ("Turkey resumed strikes on Kurdish positions in northern Iraq.", "19", "asserted"),
    ("Moscow is weighing strikes on Ukrainian rail hubs.", "19", "considered"),
    ("Pakistan said it could resume strikes if the Taliban sheltered militants.", "13", "conditional"),
])
def test_strikes_by_a_state_are_attacks(coder, text, root, modality):
    events = _events(coder, text)
    assert any(c.startswith(root) and m == modality for c, _, _, m in events), events


def test_a_labour_strike_is_no_attack(coder):
    events = _events(coder, "Nurses resumed their strike in Lagos.")
    assert not any(c[:2] in {"18", "19"} for c, _, _, _ in events), events
