"""Round 19 sources: a state's "security service" and the named secret services are its intelligence
service (SPY); an execution told in a passive with no agent is the act of the state that executes its
own people. Sentences written for these tests."""

from __future__ import annotations

import pytest

from foedus.coder.pipeline import code_text


def _codes(nlp, matcher, text, date="2024-05-01"):
    return {m.text: m.code for m in matcher.find(nlp(text), date)}


@pytest.mark.parametrize("text, name, code", [
    ("Georgia's security service arrested two men at the border.", "Georgia's security service", "GEOSPY"),
    ("Kazakh security services detained a blogger in Almaty.", "Kazakh security services", "KAZSPY"),
    ("Britain's MI6 warned of sabotage plots across Europe.", "MI6", "GBRSPY"),
    ("The Stasi watched thousands of dissidents in Leipzig.", "Stasi", "DDRSPY"),
])
def test_security_services_are_intelligence(nlp, matcher, text, name, code):
    date = "1988-05-01" if "Stasi" in text else "2024-05-01"
    assert _codes(nlp, matcher, text, date).get(name) == code


def _dyads(text, date="2024-05-01"):
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in code_text(text, date).events]


@pytest.mark.parametrize("text, source", [
    ("Two opposition activists were hanged in Tehran on Monday.", "IRNGOV"),
    ("Three Saudi opposition activists were executed in Riyadh, the interior ministry said.", "SAUGOV"),
])
def test_agentless_execution_is_the_states(text, source):
    kills = [d for d in _dyads(text) if d[0].startswith("18")]
    assert kills and all(d[1] == source for d in kills)


@pytest.mark.parametrize("text", [
    # foreign hostages "executed" by captors: no state named
    "Two American aid workers were executed in Syria, a monitoring group said.",
    # a ruler executed in a coup: not his own government's act
    "President Ahmed Nasser had been executed, the new rulers announced.",
])
def test_agentless_execution_without_a_state(text):
    kills = [d for d in _dyads(text) if d[0].startswith("18")]
    assert all(d[1] is None or not d[1].endswith("GOV") for d in kills)
