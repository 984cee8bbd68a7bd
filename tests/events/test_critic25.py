"""Verbal conflict told outside a verb of accusing (critic25): a speaker who says another's act amounted to, constituted
or appeared to be a crime under international law accuses its doer (1124); a blame told in a reduced relative with a
by-agent on an attack, or in a relative the parser hung on a noun inside the attack's own relative clause, is the
agent's accusation (112). Own sentences; the counter-examples check that no accusation is made up."""

import pytest

from gold_helpers import triples


def coded(coder, text, date="2024-05-01"):
    return {(s, t, c, m) for s, t, c, m in triples(coder, text, date)}


def dyads(coder, text, date="2024-05-01"):
    return {((s or "")[:3], (t or "")[:3], c[:2]) for s, t, c, m in triples(coder, text, date)}


# ---- "said X's campaign amounted to ethnic cleansing": the speaker's accusation of war crimes -------------------
@pytest.mark.parametrize("text,dyad", [
    ("The French foreign minister said the junta's campaign in the north amounted to ethnic cleansing.",
     ("FRA", "", "11")),
    ("The Dutch foreign minister said the Serbian army's operation in the valley appeared to be a textbook example "
     "of ethnic cleansing.", ("NLD", "SRB", "11")),
])
def test_act_named_an_atrocity_is_an_accusation(coder, text, dyad):
    got = dyads(coder, text)
    assert any(d[0] == dyad[0] and d[2] == "11" and (not dyad[1] or d[1] == dyad[1]) for d in got), \
        triples(coder, text, "2024-05-01")
    assert any(c == "1124" for s, t, c, m in triples(coder, text, "2024-05-01"))


@pytest.mark.parametrize("text", [
    "The French foreign minister said the junta's campaign in the north did not amount to ethnic cleansing.",
    "The French foreign minister said the junta's campaign in the north amounted to a serious mistake.",
    "The Serbian army said its operation in the valley amounted to a police action.",
])
def test_no_atrocity_named_no_accusation(coder, text):
    assert not any(c.startswith("112") for s, t, c, m in triples(coder, text, "2024-05-01")), \
        triples(coder, text, "2024-05-01")


# ---- "an attack blamed by the president on al Shabaab": the agent's blame --------------------------------------
@pytest.mark.parametrize("text,dyad", [
    ("A truck bomb exploded outside a hotel in Mogadishu, killing 30 people in an attack blamed by President "
     "Hassan Sheikh Mohamud on al Shabaab.", ("SOM", "SOM", "11")),
    ("Iran denied any role in the rocket attack that killed two soldiers at a base in Syria, which Washington blamed "
     "on Iran's Revolutionary Guards.", ("USA", "IRN", "11")),
])
def test_blame_told_in_a_relative_on_an_attack(coder, text, dyad):
    assert dyad in dyads(coder, text), triples(coder, text, "2024-05-01")


def test_participle_without_agent_stays_description(coder):
    text = "Police arrested three men blamed for the attack on a hotel in Mogadishu."
    assert not any(c.startswith("11") for s, t, c, m in triples(coder, text, "2024-05-01")), \
        triples(coder, text, "2024-05-01")

