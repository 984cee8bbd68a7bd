"""Round 11, helper factuality11: our own sentences for acts that did not happen or are not asserted.

- an adjective of reluctance over an infinitive ("is reluctant to send", "remains unwilling to impose", "was loath to
  deploy") holds the act back: negated, never asserted (cue_words negating.reluctance_adjectives); negated, the
  reluctance states the act ("will not be reluctant to use force": intended);
- a verb that raises or leaves open a possibility ("left open the possibility of talks", "held out the prospect of
  talks") weighs what it names: considered, never asserted (cue_words unrealised.possibility_raising);
- an intending verb refused ("refused to commit to sending troops", "declined to pledge to deliver tanks") states no
  intent: the act is negated, not intended.
"""

from __future__ import annotations

import pytest
from coded import events_on, has_event

_events = events_on("2024-05-01")


@pytest.mark.parametrize("text, root, source", [
    ("Germany is reluctant to send Taurus missiles to Ukraine.", "07", "DEU"),
    ("Japan remains unwilling to impose sanctions on Russia.", "16", "JPN"),
    ("Nigeria was loath to deploy troops to Niger.", "15", "NGA"),
    ("Italy appeared hesitant to recognise a Palestinian state.", "05", "ITA"),
    ("Berlin has been reluctant to expel Russian diplomats.", "17", "DEU"),
])
def test_act_under_an_adjective_of_reluctance_is_negated(coder, text, root, source):
    _coded_only_as(_events(coder, text), root, source, "negated")


def _negated_not_done(events, root, source):
    """The act is coded negated, and no act of its root comes out as done or intended."""
    assert has_event(events, root, source, "negated"), events
    assert not any(c[:2] == root and m in {"asserted", "intended"} for c, _, _, m in events), events


def _coded_only_as(events, root, source, modality):
    """The act is coded with ``modality`` and nothing of the sentence comes out as done or intended."""
    assert has_event(events, root, source, modality), events
    assert not any(m in {"asserted", "intended"} for *_, m in events), events


def test_reluctance_negated_states_the_act(coder):
    events = _events(coder, "France will not be reluctant to use force against the jihadists, the minister said.")
    assert events and all(m == "intended" for *_, m in events), events


@pytest.mark.parametrize("text, source", [
    ("Kenya has held out the prospect of talks with Somalia.", "KEN"),
    ("The Afghan minister held out the possibility of talks with Pakistan.", "AFG"),
    ("Poland left open the possibility of sending troops to Ukraine.", "POL"),
    ("Serbia has kept open the option of talks with Kosovo.", "SRB"),
    ("Chile raised the possibility of holding talks with Bolivia over sea access.", "CHL"),
])
def test_act_of_a_possibility_raised_is_considered(coder, text, source):
    _coded_only_as(_events(coder, text), "", source, "considered")


@pytest.mark.parametrize("text", [
    "The Afghan minister left open the possibility of talks with the Taliban.",
    "Egypt left the door open to negotiations with Ethiopia over the dam.",
])
def test_possibility_left_open_is_not_done(coder, text):
    """Leaving the possibility of talks open breaks nothing off (not 164) and holds no talks."""
    events = _events(coder, text)
    assert not any(m in {"asserted", "intended"} for *_, m in events), events


@pytest.mark.parametrize("text, root, source", [
    ("The French minister refused to commit to sending more troops to Mali.", "15", "FRA"),
    ("Japan declined to commit to buying more American gas.", "06", "JPN"),
    ("Germany refused to pledge to deliver tanks to Ukraine.", "07", "DEU"),
    ("Ghana declined to commit to deploying soldiers to Haiti.", "15", "GHA"),
    ("Spain refused to promise to recognise Kosovo.", "05", "ESP"),
])
def test_intent_refused_leaves_the_act_negated(coder, text, root, source):
    _negated_not_done(_events(coder, text), root, source)


@pytest.mark.parametrize("text, root, modality", [
    ("Germany sent tanks to Ukraine.", "07", "asserted"),
    ("Kenya agreed to send police officers to Haiti.", "03", "intended"),
    ("Germany is willing to send tanks to Ukraine.", "03", "intended"),
])
def test_controls_keep_their_modality(coder, text, root, modality):
    events = _events(coder, text)
    assert any(c.startswith(root) and m == modality for c, _, _, m in events), events


@pytest.mark.parametrize("text, root, source", [
    ("Hungary's refusal to send weapons to Ukraine angered its allies.", "07", "HUN"),
    ("Berlin's reluctance to deliver tanks drew criticism from Warsaw.", "07", "DEU"),
    ("Kyiv criticised Budapest's refusal to impose sanctions on Russian oil.", "16", "HUN"),
    ("The army's inability to retake the town embarrassed the junta.", "19", "MIL"),
    ("Ankara's unwillingness to expel the Swedish ambassador surprised observers.", "17", "TUR"),
])
def test_act_under_a_noun_of_refusal_is_negated(coder, text, root, source):
    _negated_not_done(_events(coder, text), root, source)


@pytest.mark.parametrize("text, root", [
    ("The bill would allow police to detain suspects without trial.", "17"),
    ("The pact will let Chinese warships dock in Honiara.", "03"),
    ("The amendment would allow security forces to arrest opposition leaders.", "17"),
    ("The decree will allow the interior ministry to expel foreign reporters.", "17"),   # 174: individuals (coerce51)
    ("Washington may let Kyiv fire American missiles at Russian airfields.", "19"),
])
def test_act_a_permission_ahead_would_let_happen_is_considered(coder, text, root):
    events = _events(coder, text)
    assert any(c[:2] == root and m == "considered" for c, _, _, m in events), events
    assert not any(c[:2] == root and m in {"asserted", "intended"} for c, _, _, m in events), events


def test_permission_told_of_the_past_keeps_the_act(coder):
    events = _events(coder, "Egypt allowed the first aid trucks to enter Gaza.")
    assert events and not any(m in {"considered", "negated"} for *_, m in events), events


@pytest.mark.parametrize("text, root, source", [
    ("Azerbaijan would attack Armenia, should the talks collapse.", "13", "AZE"),
    ("Poland would close its border with Belarus should the migrants return.", "13", "POL"),
    ("Serbia will send troops into Kosovo should Serbs there come under attack.", "03", "SRB"),
    ("Should Russia attack Moldova, Romania would send troops.", "19", "RUS"),
])
def test_inverted_condition_after_or_before_its_consequence_is_conditional(coder, text, root, source):
    _coded_only_as(_events(coder, text), root, source, "conditional")


def test_trailing_inverted_condition_is_no_demand(coder):
    # "should Moscow retaliate" is a condition, not a call on Moscow (no 10x demand, nothing asserted)
    events = _events(coder, "Britain said London would not rule out further measures should Moscow retaliate.")
    assert not any(c[:2] == "10" for c, *_ in events), events
    assert not any(m == "asserted" for *_, m in events), events


@pytest.mark.parametrize("text", ["Should Europe fear Russia?", "Iran should release the detained sailors, Britain said."])
def test_question_or_obligation_is_no_condition(coder, text):
    assert not any(m == "conditional" for *_, m in _events(coder, text))


@pytest.mark.parametrize("text, root", [
    ("Zimbabwean police arrested about 40 election monitors from civil society groups in Harare and seized their "
     "computers as votes were being counted.", "17"),
    ("Kenyan police detained twelve journalists and confiscated their cameras as ballots were being counted.", "17"),
    ("Police arrested opposition leaders as polls were being closed in Minsk.", "17"),
])
def test_passive_clause_of_time_is_no_inverted_condition(coder, text, root):
    # "as votes were being counted": "were" follows its own subject (which the parser may hang on "as")
    events = _events(coder, text)
    assert any(c[:2] == root and m == "asserted" for c, _, _, m in events), events
    assert not any(m == "conditional" for *_, m in events), events


@pytest.mark.parametrize("text, root", [
    ("French President Emmanuel Macron said the deployment of Western ground troops to Ukraine could not be ruled "
     "out.", "03"),
    ("Military action against Iran cannot be ruled out, the Israeli minister said.", "19"),
    ("Sanctions on Turkey have not been ruled out, a German official said.", "16"),
    ("A blockade of Taiwan could not be ruled out, Japanese officials said.", "19"),
])
def test_act_whose_ruling_out_is_withheld_in_the_passive_is_considered(coder, text, root):
    events = _events(coder, text)
    assert any(c[:2] == root and m == "considered" for c, _, _, m in events), events
    assert not any(m in {"asserted", "intended", "negated"} for *_, m in events), events


def test_ruling_out_by_an_agent_stays_its_act(coder):
    events = _events(coder, "Talks with the Taliban were ruled out by the Pakistani government.")
    assert any(c[:2] == "12" and s.startswith("PAK") and m == "asserted" for c, s, _, m in events), events
