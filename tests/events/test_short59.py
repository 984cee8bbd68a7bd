"""Session 59 (short59): three short leads of issue 10, each tested on our own sentences.

- Strikes called off: calling off one's own strike or boycott eases dissent (0832 / 082) at the callers' own
  government, so the easing has a target and is kept.
- Votes judged unfair: "X said the vote was neither free nor fair", "said the vote lacked credibility", "an election
  that X called neither free nor fair" are X's criticism (111) of the government of the country that voted.
- A pact struck by a by-agent with a partner ("a deal struck by the junta with Moscow") is coded both ways (057).
"""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, code, source, target", [
    ("Ghanaian nurses called off a two-week strike after the health ministry agreed to raise their pay.",
     "083", "GHA", "GHAGOV"),
    ("Zambian teachers called off their strike on Friday after the education ministry agreed to talks.",
     "083", "ZMB", "ZMBGOV"),
])
def test_strike_called_off_eases_dissent_at_own_government(coder, text, code, source, target):
    t = triples(coder, text, date="2015-05-04")
    assert has_coded(t, code, source, target), t


def test_strike_not_called_off_is_no_easing(coder):
    # a refusal to call the strike off eases nothing
    t = triples(coder, "Zambian teachers said they would not call off their strike until wages were raised.",
                date="2015-05-04")
    assert not has_coded(t, "083", modality="asserted"), t


@pytest.mark.parametrize("text, source, target", [
    ("Alexander Lukashenko won a sixth term in an election that European governments called neither free nor fair.",
     "EUR", "BLR"),
    ("Paul Biya was declared the winner, and Washington said the vote was not free or fair.", "USA", "CMR"),
    ("Togo's electoral commission declared Faure Gnassingbe the winner, and Paris said the vote lacked credibility.",
     "FRA", "TGO"),
    ("Robert Mugabe won another term in an election that Britain said was neither free nor fair.", "GBR", "ZWE"),
])
def test_vote_judged_unfair_is_criticism(coder, text, source, target):
    t = triples(coder, text, date="2020-08-20")
    assert has_coded(t, "111", source, target), t


@pytest.mark.parametrize("text", [
    "Observers from the African Union said the election in Ghana was free and fair.",
    "Washington said the vote in Ghana was credible and transparent.",
])
def test_vote_judged_fair_is_no_criticism(coder, text):
    t = triples(coder, text, date="2020-08-20")
    assert not any(c.startswith("11") for _, _, c, _ in t), t


@pytest.mark.parametrize("text, a, b", [
    ("Wagner instructors arrived in Mali under a deal struck by the junta with Moscow.", "MLI", "RUS"),
    ("Chinese engineers began building the port under an agreement signed by Sri Lanka with Beijing.", "LKA", "CHN"),
])
def test_pact_struck_by_agent_with_partner_both_ways(coder, text, a, b):
    t = triples(coder, text, date="2024-04-12")
    assert has_coded(t, "057", a, b), t
    assert has_coded(t, "057", b, a), t
