"""(reject44) Rejections, refusals and reduced relations. Sentences written for these tests.

A rejection aimed at no one told that turns down a vote of the rejecter's own country (an election, its results, a
referendum, a recount) or a change of its own leadership is aimed at that country (implicit._domestic_refusals)."""

from __future__ import annotations

import pytest


def _events(coder, text, date="2021-04-12"):
    return [(e.cameo, e.source.code if e.source else "", e.target.code if e.target else "", e.modality)
            for e in coder.code_text(text, date=date).events]


@pytest.mark.parametrize(("text", "country"), [
    ("Bolivia's opposition leader refused to accept the official results of the presidential vote.", "BOL"),
    ("Zambia's main opposition party said it would not recognise the outcome of the referendum.", "ZMB"),
    ("Kenya's electoral commission rejected calls for a recount in three counties.", "KEN"),
    ("Malawi's president said on Monday that he would not resign.", "MWI"),
])
def test_a_refused_vote_or_resignation_is_aimed_at_the_own_country(coder, text, country):
    events = _events(coder, text)
    assert any(c[:2] == "12" and s.startswith(country) and t[:3] == country and m == "asserted"
               for c, s, t, m in events), events


def test_a_refused_foreign_vote_is_not_aimed_at_the_own_country(coder):
    events = _events(coder, "Lithuania said it would not recognise the results of Belarus's election.")
    assert not any(c[:2] == "12" and t == "LTU" for c, _, t, _ in events), events


@pytest.mark.parametrize("text", [
    "Moldova's constitutional court annulled the local election in Chisinau after police found a Russian-funded vote "
    "buying network.",
    "Lukashenko once more ruled out a new election, and the Kremlin said Russian police stood ready to help Minsk.",
])
def test_a_foreign_actor_of_another_clause_is_not_the_target_of_a_refused_vote(coder, text):
    events = _events(coder, text)
    rejections = [e for e in events if e[0][:2] == "12" and e[3] == "asserted"]
    assert rejections and all(t[:3] in {"MDA", "BLR"} for _, _, t, _ in rejections), events


def test_a_demander_named_in_the_refusal_participle_stays_the_target(coder):
    events = _events(coder, "Haiti's interim president said he would not step down, rejecting calls from Kenya to "
                            "resign.")
    assert any(c[:2] == "12" and t[:3] == "KEN" for c, _, t, _ in events), events


@pytest.mark.parametrize(("text", "country"), [
    ("Mozambican rebels said they would not hand in their weapons before the talks in Rome.", "MOZ"),
    ("Cameroon's opposition said it would not attend the national dialogue.", "CMR"),
])
def test_a_rival_of_the_state_refusing_with_no_one_named_refuses_its_government(coder, text, country):
    events = _events(coder, text, "1991-06-03")
    assert any(c[:2] == "12" and s.startswith(country) and t == f"{country}GOV" and m == "asserted"
               for c, s, t, m in events), events


def test_a_foreign_refusal_of_a_vote_told_in_another_clause_keeps_that_vote_s_country(coder):
    events = _events(coder, "Crowds protested in Minsk against Lukashenko's disputed re-election, and Lithuania said it "
                            "would not recognise the result.", "2020-08-20")
    assert not any(c[:2] == "12" and t == "LTU" for c, _, t, _ in events), events
