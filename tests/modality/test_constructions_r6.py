"""Round 6, helper factuality: our own news sentences, one or more per construction of factuality (hedges,
modal verbs, the future, attempts, conditions, negation scope, questions, weighed acts, acts named by nouns
that did or did not take place). Each act is found with its CAMEO root and modality; what did not happen is
never coded asserted; a disaster gets no event."""

from __future__ import annotations

import pytest
from coded import events_on

_events = events_on("2024-05-01")

CASES = [
    # hedges and reported acts: asserted (the gold convention: an alleged act is coded as reported)
    ("Rebels reportedly seized the airport in Goma on Sunday.", "19", "asserted"),
    ("Security forces allegedly beat detained protesters in Tehran.", "17", "asserted"),
    ("Turkish drones are believed to have struck a Kurdish camp in northern Iraq.", "19", "asserted"),
    ("Militants are said to have kidnapped twelve villagers near Maiduguri.", "18", "asserted"),
    # modal verbs of possibility: considered; a weighed or possible act keeps its own code (no threat made)
    ("Hungary could veto the new package of EU sanctions on Russia.", "12", "considered"),
    ("China might cut rare earth exports to Japan.", "16", "considered"),
    ("Israeli jets may strike Iranian oil terminals, US officials said.", "19", "considered"),
    # the future and schedules: intended (the statement of intent)
    # (precision34) an announced expulsion is the act intended, no threat
    ("Poland will expel two Belarusian diplomats, the foreign ministry said.", "17", "intended"),
    # (modality38) what others expect a doer to do is considered (gold README, blind33: "is expected to")
    # (unreal56) a recognition weighed is the recognition (gold README: "recognition announced for a later date 054
    # intended"; "is considering" is coded as the act it weighs)
    ("Brazil is expected to recognise the new government in Caracas.", "05", "considered"),
    ("The Indian prime minister is due to visit Moscow in July.", "03", "intended"),
    # attempts: an attempt is an act; a failure did not happen
    ("Gunmen tried to kill the mayor of Kaduna on Tuesday.", "18", "asserted"),
    ("Police failed to disperse the crowd outside parliament in Dhaka.", "17", "negated"),
    # conditions
    ("Russia will cut gas supplies to Moldova unless Chisinau pays its debt.", "13", "conditional"),
    # a warning given: the threat is made, whatever the condition on the act it threatens (round 20)
    ("Israel will strike Hezbollah in case of another rocket attack, the army warned.", "13", "asserted"),
    ("Should Serbia attack Kosovo, NATO troops would intervene.", "19", "conditional"),
    ("Should Iran close the strait, the US navy would reopen it by force.", "", "none"),
    # negation and its scope
    ("Hungary condemned the attack but did not impose sanctions on Russia.", "16", "negated"),
    ("Hungary condemned the attack but did not impose sanctions on Russia.", "11", "asserted"),
    ("Neither Egypt nor Jordan expelled the Israeli ambassador.", "17", "negated"),
    ("Japan no longer sends aid to the junta in Myanmar.", "07", "negated"),
    ("The Nigerian army no longer attacks villages in Zamfara.", "19", "negated"),
    ("Turkey refused to extradite the Kurdish journalists to Sweden.", "12", "asserted"),
    ("Moscow denied that its troops had shelled the nuclear plant.", "19", "negated"),
    ("Moscow denied that its troops had shelled the nuclear plant.", "01", "asserted"),
    ("The United States stopped short of imposing sanctions on Israel.", "16", "negated"),
    ("Germany is not considering sending weapons to Taiwan.", "03", "negated"),
    ("Tokyo is not weighing sanctions on Beijing, the spokesman said.", "16", "negated"),
    ("Pakistani troops did not fire on Indian positions, the army said.", "19", "negated"),
    ("Mexico never deported the Guatemalan migrants.", "17", "negated"),
    # questions: asked, not said; a yes/no question codes nothing (gold README; tests/modality/test_questions37.py)
    ("Did Israeli drones strike the convoy in Gaza?", "", "none"),
    ("Will Venezuela invade Guyana?", "", "none"),
    # weighed acts named by nouns: considered, with the act's own code
    ("The EU is weighing a naval blockade of Libya.", "19", "considered"),
    ("Canada is considering sanctions against Iranian officials.", "16", "considered"),
    # acts named by nouns that did not, or will, take place
    ("The planned protest by opposition supporters in Caracas did not take place.", "14", "negated"),
    ("No clashes were reported along the border between Armenia and Azerbaijan.", "19", "negated"),
    ("The Russian offensive on Kharkiv has not yet begun.", "19", "negated"),
    ("Talks between Armenia and Azerbaijan will be held in Almaty next month.", "03", "intended"),
    ("The next round of talks between Serbia and Kosovo will take place in Brussels.", "03", "intended"),
    # a possibility someone else foresees, on a condition: the act, conditional (no threat by its subject)
    ("Azerbaijan could seize Armenian villages if the talks fail, analysts in Baku warned.", "19", "conditional"),
    ("If Russian troops break through near Kharkiv, Poland may have to send soldiers to Ukraine, a minister said.", "",
     "notasserted"),
]

NOT_ASSERTED = [
    "Kenya should send more police to Haiti, the UN envoy said.",
    "No Russian jets violated Finnish airspace last week.",
    "Officials in Kabul fear that the Taliban may attack the camp.",
    "Israel could strike Iran if Tehran attacks, US officials warned.",
]

DISASTERS = [
    "A strong earthquake struck eastern Turkey, killing at least 40 people.",
    "Floods could kill hundreds in Bangladesh if the rains continue.",
]


@pytest.mark.parametrize("text, root, modality", CASES)
def test_construction_is_coded_with_its_modality(coder, text, root, modality):
    events = _events(coder, text)
    if modality == "none":
        assert not any(m == "asserted" for _, _, _, m in events), events
    elif modality == "notasserted":
        assert events and not any(m == "asserted" for _, _, _, m in events), events
    else:
        assert any(c.startswith(root) and m == modality for c, _, _, m in events), events


@pytest.mark.parametrize("text", NOT_ASSERTED)
def test_what_did_not_happen_is_never_asserted(coder, text):
    events = _events(coder, text)
    assert not any(m == "asserted" and c[:2] not in {"01", "02", "10", "11", "12"} for c, _, _, m in events), events


def test_a_possibility_foreseen_by_another_is_no_threat(coder):
    events = _events(coder, "Israel could strike Iran if Tehran attacks, US officials warned.")
    assert any(c.startswith("19") and s.startswith("ISR") and m == "conditional" for c, s, _, m in events), events
    assert not any(c.startswith("13") for c, _, _, _ in events), events
    # the act's own subject warning of it makes a threat (asserted: the warning was given)
    events = _events(coder, "Israel will strike Iran if Tehran attacks, Israeli officials warned.")
    assert any(c.startswith("13") and m == "asserted" for c, _, _, m in events), events


@pytest.mark.parametrize("text", DISASTERS)
def test_disasters_get_no_event(coder, text):
    assert _events(coder, text) == []


@pytest.mark.parametrize("text, root", [
    ("Iran denied any involvement in the attack on the tanker.", "19"),
    # (force29) a bombing named by its noun with no aerial word and no state doer is a planted bomb (183)
    ("Hamas denied responsibility for the bombing in Jerusalem.", "18"),
])
def test_an_act_the_denier_denies_a_part_in_is_negated(coder, text, root):
    events = _events(coder, text)
    assert any(c.startswith(root) and m == "negated" for c, _, _, m in events), events
    assert any(c == "016" and m == "asserted" for c, _, _, m in events), events   # the denial itself
    assert not any(c.startswith(root) and m == "asserted" for c, _, _, m in events), events


@pytest.mark.parametrize("text, root, modality", [
    ("Syrian rebels were about to storm Damascus.", "13", "intended"),   # imminent: an intent, never a fact
    ("Kenyan police neither arrested nor charged the protesters.", "17", "negated"),
    ("In case Russia attacks Moldova, Romania will send troops.", "19", "conditional"),
    ("In case Russia attacks Moldova, Romania will send troops.", "03", "conditional"),
    ("Hamas vowed not to release the hostages.", "08", "negated"),
])
def test_imminence_neither_nor_in_case(coder, text, root, modality):
    events = _events(coder, text)
    assert any(c.startswith(root) and m == modality for c, _, _, m in events), events
    assert not any(m == "asserted" for _, _, _, m in events), events


def test_a_vow_not_to_act_states_no_intent_to_act(coder):
    events = _events(coder, "Hamas vowed not to release the hostages.")
    assert not any(m == "intended" for _, _, _, m in events), events
    events = _events(coder, "Hamas vowed to release the hostages.")
    assert any(c.startswith("03") and m == "intended" for c, _, _, m in events), events


def test_a_denial_neither_made_negates_nothing(coder):
    events = _events(coder, "Kyiv has neither confirmed nor denied involvement in the drone strike on the Kremlin.")
    assert not any(c.startswith("19") and m == "negated" for c, _, _, m in events), events


@pytest.mark.parametrize("text, root", [
    ("Serbia was expected to recognise Kosovo but did not.", "05"),
    ("Israel was due to release 90 prisoners on Saturday but did not do so.", "08"),
    ("Russia promised to withdraw its troops from Georgia but never did.", "08"),
])
def test_an_act_the_elided_did_not_stands_for_is_negated(coder, text, root):
    events = _events(coder, text)
    assert any(c.startswith(root) and m == "negated" for c, _, _, m in events), events
    assert not any(c.startswith(root) and m == "asserted" for c, _, _, m in events), events


def test_the_threat_itself_is_not_elided(coder):
    events = _events(coder, "Hungary threatened to veto the sanctions but did not.")
    assert any(c.startswith("13") and m == "asserted" for c, _, _, m in events), events


@pytest.mark.parametrize("text, root", [
    ("Berlin denied it was considering sending weapons to Taiwan.", "03"),
    ("Paris denied that it was considering sending weapons to Kyiv.", "03"),
    ("Berlin is not considering sending weapons to Taiwan.", "03"),
    ("Berlin is no longer considering sending weapons to Taiwan.", "03"),
    ("Berlin has never considered sending weapons to Taiwan.", "03"),
])
def test_a_denied_or_negated_consideration_is_negated_not_considered(coder, text, root):
    events = _events(coder, text)
    assert any(c.startswith(root) and m == "negated" for c, _, _, m in events), events
    assert not any(m == "considered" for _, _, _, m in events), events


def test_a_denial_not_made_leaves_the_consideration(coder):
    events = _events(coder, "Moscow did not deny it was considering sending troops to Belarus.")
    assert any(m == "considered" for _, _, _, m in events), events


@pytest.mark.parametrize("text, root, modality", [
    ("It is not true that Ankara is sending weapons to Kyiv, the spokesman said.", "", "negated"),
    ("Claims that Rwandan troops attacked Goma are baseless, Kigali said.", "19", "negated"),
    ("Reports that Rwandan troops attacked Goma are accurate, the UN said.", "19", "asserted"),
])
def test_a_clause_called_untrue(coder, text, root, modality):
    events = _events(coder, text)
    assert any(c.startswith(root) and m == modality for c, _, _, m in events), events
    if modality == "negated":
        assert not any(m == "asserted" and not c.startswith("01") for c, _, _, m in events), events
