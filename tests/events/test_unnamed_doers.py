"""Who did it when the text is vague: an act no one is named for has no source, but armed men the text
names with a nationality ("a Turkish gunman") keep it; and an accusation is never aimed at its own source
(the target chooser may not swap the rules' accused for another mention of the accuser). Sentences written
for these tests."""

from __future__ import annotations

import pytest
from gold_helpers import dyads_on

dyads = dyads_on("2024-05-01")


@pytest.mark.parametrize("text, source", [
    ("The ambassador was shot and wounded by a Turkish gunman outside the embassy in Rome.", "TUR"),
    ("A Syrian gunman opened fire on worshippers at a mosque in Beirut.", "SYR"),
    ("The convoy was ambushed by Somali gunmen near the Kenyan town of Mandera.", "SOM"),
])
def test_armed_men_named_with_a_nationality_keep_it(coder, text, source):
    got = {((s or "")[:3], c[:2]) for s, _, c in dyads(coder, text)}
    assert any(s == source and root in {"18", "19"} for s, root in got), got


@pytest.mark.parametrize("text, root", [
    ("A roadside bomb killed six policemen in Kandahar.", "18"),
    ("Unidentified attackers stormed a police station in northern Mali.", "19"),
    ("A car bomb tore through a market in Baghdad, killing 30 people.", "18"),
])
def test_act_no_one_is_named_for_has_no_source(coder, text, root):
    got = [(s, c) for s, _, c in dyads(coder, text) if c[:2] == root]
    assert got and all(s is None for s, _ in got), got


@pytest.mark.parametrize("text, source, accused", [
    ("Two car bombs exploded near the ministry in Mogadishu, killing 100 people in an attack the government "
     "blamed on al-Shabaab.", "SOMGOV", "SOMREB"),
    ("Gunmen stormed a hotel near the ministry in Abuja, in an assault the government blamed on Boko Haram.",
     "NGAGOV", "NGAREB"),
])
def test_accusation_not_aimed_at_its_source(coder, text, source, accused):
    got = {(s, t) for s, t, c in dyads(coder, text) if c[:2] == "11"}
    assert (source, accused) in got, got
