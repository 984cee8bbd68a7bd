"""Session 29, helper modality29: acts promised, agreed or halted that the coder missed or miscoded
(our own sentences)."""

from __future__ import annotations

import pytest
from coded import events_on

_events = events_on("2025-03-20")


@pytest.mark.parametrize("text,source", [
    # a halt to one's own strikes, bombing or shelling is a de-escalation (087), promised: 0356
    ("Moscow agreed to halt its strikes on Ukrainian power plants for a month.", "RUS"),
    ("The White House said Washington would stop its air strikes on the Houthis.", "USA"),
    ("Israel said it would suspend its bombing campaign in southern Lebanon for two days.", "ISR"),
])
def test_promised_halt_of_strikes_is_a_deescalation(coder, text, source):
    evs = _events(coder, text)
    assert any(c == "0356" and s.startswith(source) and m == "intended" for c, s, _, m in evs), evs
    # not a labour strike eased (082/035) nor the strikes themselves threatened (138x)
    assert not any(c[:2] == "13" or c.startswith("082") or c == "035" for c, _, _, m in evs), evs


def test_halted_strikes_done_are_asserted(coder):
    evs = _events(coder, "Turkey stopped its drone strikes on Kurdish positions in Syria on Sunday.")
    assert any(c.startswith("087") and s.startswith("TUR") and m == "asserted" for c, s, _, m in evs), evs


def test_labour_strike_ended_is_no_deescalation(coder):
    evs = _events(coder, "Dock workers in Antwerp ended their strike after the union won a pay rise.")
    assert not any(c.startswith("087") for c, _, _, _ in evs), evs


def test_strikes_called_off_did_not_happen(coder):
    # called off before they began: the strike is negated, no halt of force is coded
    evs = _events(coder, "The president said he had called off air strikes on Iran minutes before launch.")
    assert not any(c.startswith("087") and m == "asserted" for c, _, _, m in evs), evs


@pytest.mark.parametrize("text", [
    "Tokyo, Seoul and Washington agreed to hold trilateral naval exercises every year.",
    "India and Vietnam will hold bilateral military drills in the South China Sea next month.",
])
def test_trilateral_and_bilateral_exercises_are_military_cooperation(coder, text):
    evs = _events(coder, text)
    assert any(c == "0312" and m == "intended" for c, _, _, m in evs), evs
    assert not any(c.startswith("15") for c, _, _, _ in evs), evs


@pytest.mark.parametrize("text,source,target", [
    ("The interior minister invited the strike leaders for talks on Friday.", "", ""),
    ("Erdogan invited Putin to Ankara for a summit on the grain corridor.", "TUR", "RUS"),
])
def test_an_invitation_is_the_intent_to_meet_not_a_meeting(coder, text, source, target):
    evs = _events(coder, text)
    assert any(c == "036" and m == "intended" and s.startswith(source) and t.startswith(target)
               for c, s, t, m in evs), evs
    assert not any(c[:2] == "04" and m == "asserted" for c, _, _, m in evs), evs


def test_invited_to_join_stays_membership_offered(coder):
    evs = _events(coder, "NATO invited Sweden to join the alliance at its summit.")
    assert any(c == "032" and s.startswith("IGOWSTNAT") and t.startswith("SWE") for c, s, t, _ in evs), evs


@pytest.mark.parametrize("text", [
    # the condition hangs on the infinitive that completes a verb told ahead: it bounds that verb's act too
    "Baghdad would allow UN inspectors to return only if the Council set a date for lifting sanctions, Aziz said.",
    "Damascus would allow UN investigators to visit the site only if sanctions were eased, the minister said.",
    # the condition hangs on the second of two conjoined verbs that share one subject and auxiliary
    "The president said he was ready to meet the rebel leaders and grant them an amnesty if they disarmed.",
])
def test_condition_on_a_complement_or_conjunct_bounds_the_act(coder, text):
    evs = _events(coder, text)
    # every act waits on the condition: none is coded done or as an unconditional promise
    assert evs and all(m == "conditional" for _, _, _, m in evs), evs


def test_condition_on_a_conjunct_with_its_own_auxiliary_stays_apart(coder):
    # "and said it would strike harder if ...": the shelling was done; only the threat is conditional
    evs = _events(coder, "Russia shelled Kharkiv overnight and said it would strike harder if Kyiv used Western missiles.")
    assert any(c.startswith("19") and m == "asserted" for c, _, _, m in evs), evs


def test_allowing_told_of_the_past_is_no_condition(coder):
    evs = _events(coder, "Israel allowed aid convoys to enter Gaza after Hamas freed the hostages.")
    assert any(c.startswith("086") and m == "asserted" for c, _, _, m in evs), evs


def test_suspected_maoists_are_the_considered_doers(coder):
    # the bombing happened (no doer asserted); the Maoists, only suspected, are its considered source
    evs = _events(coder, "Suspected Maoists detonated a landmine under a police jeep in Jharkhand, India, killing six officers.")
    assert any(c.startswith("18") and s.startswith("INDREB") and m == "considered" for c, s, _, m in evs), evs
    assert not any(s.startswith("INDREB") and m == "asserted" for c, s, _, m in evs), evs


def test_maoists_are_rebels_of_the_country_named(coder):
    evs = _events(coder, "Maoists ambushed a police patrol in Nepal's Rolpa district, killing five officers.")
    assert any(c.startswith("19") and s.startswith("NPLREB") and m == "asserted" for c, s, _, m in evs), evs


@pytest.mark.parametrize("text,source,mod", [
    ("Paris said French troops would not take part in any ground offensive in Syria.", "FRA", "negated"),
    ("Special forces from Jordan took part in the raid on the militants' compound, officials said.", "JOR", "asserted"),
])
def test_taking_part_in_an_attack_is_the_use_of_force(coder, text, source, mod):
    evs = _events(coder, text)
    assert any(c.startswith("19") and s.startswith(source) and m == mod for c, s, _, m in evs), evs
    assert not any(c.startswith("03") and m == "asserted" for c, _, _, m in evs), evs


def test_taking_part_in_games_or_a_labour_strike_is_no_force(coder):
    evs = _events(coder, "Dockers in Marseille took part in a nationwide strike against the pension reform.")
    assert not any(c.startswith("19") for c, _, _, _ in evs), evs


def test_force_authorised_on_a_condition_is_a_threat(coder):
    # "all necessary means" is force; authorised unless the other side acts, it is a conditional threat (13x)
    evs = _events(coder, "The Security Council authorised member states to use all necessary means against Iraq "
                         "unless it withdrew from Kuwait by January 15.")
    assert any(c.startswith("138") and s.startswith("IGOUNO") and t.startswith("IRQ") and m == "conditional"
               for c, s, t, m in evs), evs
    assert not any(c.startswith("19") and m == "asserted" for c, _, _, m in evs), evs
