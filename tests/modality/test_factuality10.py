"""Round 10, helper factuality10: our own sentences for acts that did not happen, or are only weighed, and that the
coder had coded asserted or intended.

- an adverb of likelihood on the act's own verb ("was probably fired by", "likely attacked", "will possibly veto")
  weighs the act: considered, never asserted (data: cue_words considered.hedging_adverbs);
- an act in the clause of an extraposed "it is possible / likely / unlikely that ..." or of a noun of possibility
  ("there is a risk that ...", "a chance that ...") is considered; negated with the noun ("no chance that");
- an act asked for in a request that the subject rebuffs ("resisted calls to send", "rebuffed calls to send troops")
  did not take place: negated, never intended or asserted (data: cue_words unrealised.request_nouns, rebuffing);
- an act tried in an attempt that failed ("Moscow's attempt to capture Kharkiv failed", "a bid to free the hostages
  foundered") did not take place (negated, as "failed to capture"; data: cue_words unrealised.attempt_nouns);
- an act held out against ("held out against extending the sanctions") did not take place, while an assault held
  out against did (data: cue_words unrealised.resisting_phrasal_verbs);
- an act after an intention noun ("no interest in annexing", "its interest in joining NATO") lies ahead, or did not
  happen when the noun is negated, also when the parser hangs the phrase on the verb (cue_words intention_preps).
"""

from __future__ import annotations

import pytest
from coded import events_on, has_event

_events = events_on("2024-05-01")


@pytest.mark.parametrize("text, root, source", [
    ("The rocket was probably launched by Hezbollah fighters.", "19", "LBN"),
    ("Sudanese warplanes likely bombed the market in Nyala.", "19", "SDN"),
    ("The drone was most likely fired by Russian forces.", "19", "RUS"),
    ("Chinese agents perhaps sabotaged the Baltic cable.", "17", "CHN"),
    ("Ethiopian troops presumably shelled the border town.", "19", "ETH"),
    ("Pakistan will probably expel the Afghan diplomats.", "17", "PAK"),
])
def test_act_with_an_adverb_of_likelihood_is_considered(coder, text, root, source):
    events = _events(coder, text)
    assert has_event(events, root, source, "considered"), events
    assert not any(m == "asserted" for *_, m in events), events


def test_reported_act_without_a_hedge_stays_asserted(coder):
    events = _events(coder, "Ethiopian troops shelled the border town, officials said.")
    assert has_event(events, "19", "ETH", "asserted"), events


@pytest.mark.parametrize("text, root, source", [
    ("It is possible that China will blockade Taiwan.", "19", "CHN"),
    ("It is likely that Azerbaijan will attack Armenia.", "19", "AZE"),
    ("It was unlikely that Egypt would send troops to Sudan.", "03", "EGY"),
    ("There is a chance that the EU will sanction Georgia.", "16", "IGOEUREEC"),
    ("There is a risk that Serbia will invade Kosovo.", "19", "SRB"),
])
def test_act_in_a_clause_of_possibility_is_considered(coder, text, root, source):
    events = _events(coder, text)
    assert has_event(events, root, source, "considered"), events
    assert not any(m in {"asserted", "intended"} for *_, m in events), events


def test_act_in_a_clause_of_possibility_denied_is_negated(coder):
    events = _events(coder, "There is no chance that Ukraine will cede Crimea to Russia.")
    assert has_event(events, "08", "UKR", "negated"), events
    assert not any(m == "asserted" for *_, m in events), events


@pytest.mark.parametrize("text, root, act_source", [
    ("Belgium has so far resisted calls to send fighter jets to Ukraine.", "07", "BEL"),
    ("Bolivia ignored calls to expel the Israeli ambassador.", "17", "BOL"),
    ("Nigeria rebuffed calls to send troops to Niger.", "15", "NGA"),
    ("Chile resisted pressure to expel the Venezuelan envoy.", "17", "CHL"),
    ("The Hungarian government ignored appeals to send weapons to Kyiv.", "07", "HUN"),
])
def test_act_asked_for_in_a_rebuffed_request_did_not_happen(coder, text, root, act_source):
    events = _events(coder, text)
    acts = [e for e in events if e[0].startswith(root) or e[0].startswith("03")]
    assert not any(m in {"asserted", "intended"} for *_, m in acts), events


@pytest.mark.parametrize("text, root, source", [
    ("Guaido's bid to bring aid into Venezuela failed.", "07", "VEN"),
    ("Russia's attempt to capture Kharkiv failed.", "19", "RUS"),
    ("Kenya's effort to broker talks between the army and the RSF collapsed.", "04", "KEN"),
    ("A French bid to free the hostages foundered.", "08", "FRA"),
    ("The Turkish attempt to mediate between Kyiv and Moscow collapsed.", "04", "TUR"),
])
def test_act_of_a_failed_attempt_did_not_happen(coder, text, root, source):
    events = _events(coder, text)
    assert has_event(events, root, source, "negated"), events
    assert not any(m == "asserted" for *_, m in events), events


def test_attempt_that_did_not_fail_is_no_negation(coder):
    events = _events(coder, "Ukrainian troops repelled a Russian attempt to storm Avdiivka.")
    assert not any(m == "negated" for *_, m in events), events


@pytest.mark.parametrize("text, root, source", [
    ("Spain held out against a new round of sanctions on Iran.", "16", "ESP"),
    ("Hungary held out against extending the sanctions on Belarus.", "16", "HUN"),
    ("Greece held out against sanctions on Turkey.", "16", "GRC"),
    ("Austria has held out against expelling Russian diplomats.", "17", "AUT"),
    ("Slovakia held out against new EU sanctions on Russian oil.", "16", "SVK"),
])
def test_act_held_out_against_did_not_happen(coder, text, root, source):
    events = _events(coder, text)
    assert has_event(events, root, source, "negated"), events
    assert not any(m == "asserted" for *_, m in events), events


def test_assault_held_out_against_happened(coder):
    events = _events(coder, "The Ukrainian garrison held out against the Russian assault on Bakhmut.")
    assert any(c.startswith("19") and m == "asserted" for c, _, _, m in events), events


@pytest.mark.parametrize("text, root, source, modality", [
    ("Kyiv said it had no interest in annexing the Russian territory it holds.", "19", "UKR", "negated"),
    ("Ankara has no interest in expelling Syrian refugees, the minister said.", "17", "TUR", "negated"),
    # (unreal56) a recognition not wanted is the recognition, negated (gold README blind55: "refusing to seat or recognise
    # a government 054 negated"; "recognition announced for a later date 054 intended")
    ("Serbia said it had no interest in recognising Kosovo.", "05", "SRB", "negated"),
    ("The junta expressed no interest in holding talks with ECOWAS.", "03", "", "negated"),
    ("Finland signalled its interest in joining NATO.", "03", "FIN", "intended"),
    ("Moldova expressed interest in joining the EU.", "03", "MDA", "intended"),
])
def test_act_of_an_interest_is_intended_or_negated(coder, text, root, source, modality):
    events = _events(coder, text)
    assert has_event(events, root, source, modality), events
    assert not any(m == "asserted" and not c.startswith("03") for c, _, _, m in events), events
