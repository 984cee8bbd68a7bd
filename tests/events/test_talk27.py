"""Claims and mutual acts (talk27): a claim whose object is a pronoun pointing back to an attack told before it, and
a country's warring sides doing a mutual act with each other. Our own sentences."""

import pytest

from gold_helpers import triples


def coded(coder, text, date="2024-05-01"):
    return {(s, t, c, m) for s, t, c, m in triples(coder, text, date)}


@pytest.mark.parametrize("text,claimant", [
    ("A roadside bomb killed four soldiers near Turbat, and the Balochistan Liberation Front claimed it.", "PAK"),
    ("Two car bombs tore through a market in Baidoa on Sunday; al-Shabaab claimed them.", "SOM"),
])
def test_pronoun_claim_after_an_attack_is_a_claim(coder, text, claimant):
    got = coded(coder, text)
    assert any(c == "015" and s and s.startswith(claimant) and m == "asserted" for s, t, c, m in got), got


@pytest.mark.parametrize("text", [
    "Morocco claims it as part of its kingdom, the minister said.",
    "Both Vietnam and China claim it, and the dispute is decades old.",
])
def test_pronoun_claim_with_no_attack_is_no_claim(coder, text):
    got = coded(coder, text)
    assert not any(c == "015" for s, t, c, m in got), got


def test_claiming_a_clause_is_no_pronoun_claim(coder):
    # "it" is the subject of the claimed clause, not the object of the claim
    text = "A drone hit a depot in Kherson, and Russia claimed it had destroyed a Ukrainian bridge."
    got = coded(coder, text)
    assert not any(c == "015" for s, t, c, m in got), got


@pytest.mark.parametrize("text,country", [
    ("Yemen's two warring sides signed a prisoner exchange deal in Muscat on Monday.", "YEM"),
    ("Rival Somali factions signed a peace accord in Nairobi after months of talks.", "SOM"),
])
def test_warring_sides_act_on_each_other(coder, text, country):
    got = coded(coder, text)
    gov, reb = country + "GOV", country + "REB"
    assert any(c == "057" and s == gov and t == reb for s, t, c, m in got), got
    assert any(c == "057" and s == reb and t == gov for s, t, c, m in got), got


def test_sides_with_a_named_partner_are_not_split(coder):
    text = "Sudan's warring sides met the African Union envoy in Addis Ababa."
    got = coded(coder, text)
    assert not any(s and s.endswith("REB") and t and t.endswith("GOV") for s, t, c, m in got), got


@pytest.mark.parametrize("text,first,second", [
    ("Erdogan and Zelensky spoke by telephone on Friday about the grain corridor.", "TURGOV", "UKRGOV"),
    ("Macron and Scholz spoke by phone for an hour about the tariffs.", "FRAGOV", "DEUGOV"),
])
def test_two_leaders_who_spoke_by_phone_are_one_call(coder, text, first, second):
    got = coded(coder, text)
    calls = {(s, t) for s, t, c, m in got if c == "041"}
    assert calls == {(first, second)}, got
