"""A verb conjoined with a non-violent act names its own addressee (round 11b, helper `dyad11b`):
"resigned and fled to the Maldives" is no resignation aimed at the Maldives, "rejected the reform and
asked Germany for help" no rejection of Germany. An object shared by both verbs ("arrested and charged
three activists") stays the target of each. Sentences written for these tests."""

from __future__ import annotations

import pytest
from gold_helpers import countries, dyads_on, triples

dyads = dyads_on("2024-05-01")


@pytest.mark.parametrize("text, root, other", [
    ("Sri Lanka's president resigned and fled to the Maldives.", "08", "MDV"),
    ("Bolivia's president resigned and flew to Mexico.", "08", "MEX"),
    ("Peru's interior minister quit and left for Spain.", "08", "ESP"),
    ("The Hungarian parliament rejected the reform and asked Germany for help.", "12", "DEU"),
    ("Ecuador's congress rejected the budget and appealed to Brazil for a loan.", "12", "BRA"),
    ("Kenya's opposition leader refused to accept the election result and urged Western governments to intervene.",
     "12", "WST"),
    ("Chile asked Argentina for help and rejected the plan.", "12", "ARG"),
])
def test_conjoined_verb_keeps_its_own_addressee(coder, text, root, other):
    got = countries(dyads(coder, text))
    assert any(c == root for _, _, c in got), got
    assert all(t != other for _, t, c in got if c == root), got


@pytest.mark.parametrize("text, root, target", [
    ("Turkish police arrested and charged three Syrian activists.", "17", "SYR"),
    ("The Hungarian parliament rejected the reform and asked Germany for help.", "02", "DEU"),
    ("A Minsk court convicted the Polish journalist Andrzej Poczobut and sentenced him to eight years.", "11", "POL"),
    ("Russian troops razed the village and killed dozens of Ukrainian civilians.", "20", "UKR"),
])
def test_shared_or_own_objects_stay(coder, text, root, target):
    got = countries(dyads(coder, text))
    assert any(c == root and t == target for _, t, c in got), got


def test_summons_keeps_the_envoy_and_the_condemnation_does_not(coder):
    got = {(s, t, c) for s, t, c, _ in triples(coder, "Morocco condemned the raid and summoned the French ambassador.")}
    assert ("MAR", "FRAGOV", "114") in got, got
    assert any(c == "111" and not (t or "").startswith("FRA") for _, t, c in got), got


@pytest.mark.parametrize("text, target", [
    ("Saudi Arabia reopened its embassy in Damascus.", "SYR"),
    ("Qatar reopened its embassy in Cairo after four years.", "EGY"),
    ("Bahrain reopened its embassy in Baghdad.", "IRQ"),
])
def test_own_office_is_no_partner_of_a_cooperative_act(coder, text, target):
    """The doer's own embassy or ministry ('its embassy') is no partner of a diplomatic act; the host is."""
    got = countries(dyads(coder, text))
    assert any(t == target for _, t, c in got if c == "05"), got
