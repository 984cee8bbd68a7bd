"""Our own sentences about acts that did not happen (negated, denied, refused, only weighed, on a
condition): the act is found with its root and modality, and nothing in the sentence is asserted as done
unless the sentence says so (a refusal or denial is itself asserted)."""

from __future__ import annotations

import pytest
from coded import events_on


# Acts a refusal/denial/reaction asserts in their own right: these may be asserted beside the act.
SPEECH_ACT_ROOTS = {"01", "12"}

_events = events_on("2024-05-01")


CASES = [
    ("Ukraine has not shelled the separatist areas in Donbas, the foreign minister insisted.", "19", "negated"),
    ("Egypt did not attack the border post, the minister insisted.", "19", "negated"),
    ("Kenya insisted that its police had not arrested the opposition leader.", "17", "negated"),
    ("Egyptian troops did not attack the border post.", "19", "negated"),
    ("The army never attacked the village, the ministry said.", "19", "negated"),
    ("Turkey will not send troops to Syria, the defence minister said.", "15", "negated"),
    ("France refused to send troops to Mali.", "15", "negated"),
    ("Japan has no plans to impose sanctions on China.", "16", "negated"),
    ("The EU failed to impose sanctions on Belarus.", "16", "negated"),
    ("Police did not arrest the protesters in Tbilisi.", "17", "negated"),
    ("Kenyan police never arrested the opposition leader.", "17", "negated"),
    ("Israel denied that its aircraft had bombed the hospital.", "19", "negated"),
    ("Russia denied attacking the Ukrainian convoy.", "19", "negated"),
    ("The president did not meet the Iranian foreign minister.", "04", "negated"),
    ("India and China did not sign the border agreement.", "05", "negated"),
    ("Brazil has not recognised the new government of Venezuela.", "05", "negated"),
    ("Lithuania did not expel the Russian diplomats.", "17", "negated"),
    ("Ethiopia has not sent aid to Tigray.", "07", "negated"),
    ("Students in Dhaka did not protest on Monday.", "14", "negated"),
    ("Germany ruled out sending troops to Ukraine.", "15", "negated"),
    ("Japan ruled out imposing sanctions on China.", "16", "negated"),
    ("Belarusian students held no protests in Minsk on Sunday.", "14", "negated"),
    ("Russia sent no troops to Kazakhstan.", "15", "negated"),
    ("Kenyan police arrested nobody at the rally.", "17", "negated"),
    ("Egypt imposed no sanctions on Israel.", "16", "negated"),
    ("Hungary has yet to approve new sanctions on Russia.", "16", "negated"),
    ("Kenya is yet to send police to Haiti.", "07", "negated"),   # (negated17) police sent abroad protect: 074
    ("Nigeria held off on sending troops to Niger.", "15", "negated"),
    ("Britain put off imposing sanctions on Israel.", "16", "negated"),
    ("Ghana is thinking about sending troops to Mali.", "03", "considered"),
    ("If Iran attacks Israel, the United States will send troops to the region.", "19", "conditional"),
    ("If Serbia recognises Kosovo, the EU will open membership talks.", "05", "conditional"),
    ("China could impose sanctions on Lithuania if it lets Taiwan open an office.", "13", "conditional"),
    ("The UN could send peacekeepers to Haiti.", "03", "considered"),
    ("Japan is considering sending aid to Myanmar.", "03", "considered"),
    ("Canada is weighing sanctions on Iranian officials.", "16", "considered"),
]


@pytest.mark.parametrize("text, root, modality", CASES)
def test_an_act_that_did_not_happen_is_found_with_its_modality(coder, text, root, modality):
    events = _events(coder, text)
    assert any(c.startswith(root) and m == modality for c, _, _, m in events), events
    assert not [e for e in events if e[3] == "asserted" and e[0][:2] not in SPEECH_ACT_ROOTS], events


def test_an_indicative_claim_after_insist_is_reported_speech_not_a_demand(coder):
    assert [e[:2] for e in _events(coder, "Ukraine shelled the separatist areas in Donbas, its minister insisted.")] \
        == [("194", "UKR")]
    events = _events(coder, "Russia insisted that Ukraine should withdraw its troops.")
    assert events and all(e[0].startswith("10") for e in events), events   # a demand, not a withdrawal


XFAIL = [
    ("No protests took place in Minsk on Sunday.", "14", "negated", "'no X took place': nominal negation not coded"),
    ("There were no air strikes on Odesa overnight.", "19", "negated", "existential 'there were no X' not coded"),
    ("No agreement was reached at the talks in Doha.", "05", "negated", "'no agreement was reached' not coded"),
    ("The government is considering a ban on protests in the capital.", "17", "considered",
     "a weighed ban on protests is not an event noun"),
]


@pytest.mark.parametrize("text, root, modality, reason", XFAIL)
def test_open_cases(coder, text, root, modality, reason):
    events = _events(coder, text)
    if not any(c.startswith(root) and m == modality for c, _, _, m in events):
        pytest.xfail(reason)
    assert not [e for e in events if e[3] == "asserted" and e[0][:2] not in SPEECH_ACT_ROOTS], events
