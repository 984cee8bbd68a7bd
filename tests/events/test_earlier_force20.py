"""(sources20) A state's forces named again in one sentence without a country: joined to forces named with
theirs ("Syrian tanks and troops"), or the doer of their own clause after one state's forces of that sector
("Israeli tanks pushed in, and soldiers detained ..."), not the forces of the place or of the article's main
country. Our own sentences."""

from __future__ import annotations

from gold_helpers import triples


def test_soldiers_who_act_after_a_state_s_forces_are_that_state_s(coder):
    got = triples(coder, "GAZA - Israeli tanks pushed into Khan Younis overnight, and soldiers detained dozens of men.",
                  date="2023-05-02")
    assert any(s == "ISRMIL" and c == "173" for s, _, c, _ in got), got


def test_forces_joined_to_forces_of_a_state_are_that_state_s(coder):
    got = triples(coder, "BEIRUT - Syrian tanks and troops crossed into the Bekaa valley and shelled two villages.",
                  date="2023-05-02")
    assert not any(s == "LBNMIL" for s, _, _, _ in got), got


def test_forces_acted_on_keep_their_own_country(coder):
    got = triples(coder, "KYIV - Russian troops shelled Kharkiv as the governor praised soldiers defending the city.",
                  date="2023-05-02")
    assert not any(t == "RUSMIL" for _, t, _, _ in got), got
