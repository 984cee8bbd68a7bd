"""Verbal acts of the twenty-sixth session (verbal26): elections, a referendum or reforms promised are a political
reform ahead (034), aimed at the promiser's own country; a censure told by an adjective of scorn before the name a
speaker gives ("an unfriendly step", "a humanitarian disaster"). Own sentences; the counter-examples check that no
event is made up."""

import pytest

from gold_helpers import triples

DATE = "2024-05-01"


def dyads(coder, text, date=DATE):
    return {((s or "")[:3], (t or "")[:3], c) for s, t, c, m in triples(coder, text, date)}


# ---- "promised elections", "pledged a referendum": 034 at home ---------------------------------------------------
@pytest.mark.parametrize("text,src", [
    ("The junta leader in Bamako promised to hold elections within a year.", "MLI"),
    ("Mali's military rulers pledged a referendum on a new constitution.", "MLI"),
    ("After weeks of protests, the Thai prime minister promised elections early next year.", "THA"),
])
def test_promised_elections_are_a_reform_at_home(coder, text, src):
    got = dyads(coder, text)
    assert (src, src, "034") in got, triples(coder, text, DATE)


def test_promised_reforms_aimed_at_home(coder):
    text = "A commission found that the police had beaten detainees, and the Jordanian king promised reforms."
    assert ("JOR", "JOR", "034") in dyads(coder, text), triples(coder, text, DATE)


@pytest.mark.parametrize("text", [
    "Voters in Mali went to the polls on Sunday.",
    "The junta leader in Bamako refused to hold elections this year.",
])
def test_no_promise_no_reform(coder, text):
    assert not any(c == "034" and m == "intended" for s, t, c, m in triples(coder, text, DATE)), \
        triples(coder, text, DATE)


def test_policy_change_promised_to_another_keeps_its_target(coder):
    # 0342 (a change of policy) is no act done only at home: its target stays the other state
    from foedus.coder.event_words import event_words
    assert "034" in event_words().home_codes and "0342" not in event_words().home_codes


# ---- a censure told by an adjective of scorn beside the name given ----------------------------------------------
@pytest.mark.parametrize("text,dyad", [
    ("Serbia joined the new regional trade bloc, which Moscow called an unfriendly step.", ("RUS", "SRB")),
    ("Azerbaijan closed the only road into the enclave, tightening a blockade that Yerevan called a humanitarian "
     "disaster.", ("ARM", "AZE")),
])
def test_scorn_adjective_in_the_name_is_criticism(coder, text, dyad):
    assert (*dyad, "111") in dyads(coder, text), triples(coder, text, DATE)


@pytest.mark.parametrize("text", [
    "Serbia joined the new regional trade bloc, which Moscow called a first step.",
    "Azerbaijan closed the only road into the enclave, a move that Yerevan called a humanitarian corridor.",
])
def test_plain_name_is_no_criticism(coder, text):
    assert not any(c.startswith("11") for s, t, c, m in triples(coder, text, DATE)), triples(coder, text, DATE)


# ---- a body named as the verb's own object is the target, not a country inside the charge ----------------------
@pytest.mark.parametrize("text,target", [
    ("Trump accused the International Criminal Court of baseless actions against America and Israel.", "IGO"),
    ("Hungary accused the World Health Organization of unfair treatment of Poland.", "IGO"),
])
def test_body_accused_is_the_target(coder, text, target):
    got = {(s, t) for s, t, c in dyads(coder, text) if c.startswith("112")}
    assert got and all(t == target for s, t in got), triples(coder, text, DATE)


def test_country_accused_stays_the_target(coder):
    text = "Trump accused Iran of hostile actions against Israel."
    assert ("USA", "IRN", "112") in dyads(coder, text), triples(coder, text, DATE)
