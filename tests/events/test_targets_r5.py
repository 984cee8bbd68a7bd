"""Targets found for issue 10, fifth round (helper `targets`). Sentences written for these tests."""

from __future__ import annotations

from gold_helpers import dyads_on


dyads = dyads_on("2024-05-10")


def test_concession_after_protests_is_aimed_at_the_protesters(coder):
    got = dyads(coder, "The Peruvian interior minister resigned on Friday after ten days of angry street protests.")
    assert ("PERGOV", "PERCVL", "08") in got, got
    got = dyads(coder, "Mongolia's prime minister quit and left the capital following weeks of demonstrations.")
    assert any(s.startswith("MNG") and t == "MNGCVL" and c == "08" for s, t, c in got if s and t), got


def test_refusal_despite_protests_is_aimed_at_the_protesters(coder):
    got = dyads(coder, "Serbia's president refused to resign despite months of mass protests over the canopy collapse.")
    assert any(s.startswith("SRB") and t == "SRBCVL" and c == "12" for s, t, c in got if s and t), got


def test_concession_without_protests_gets_no_protesters_as_target(coder):
    got = dyads(coder, "The Peruvian interior minister resigned on Friday after a corruption inquiry.")
    assert all(t is None or not t.endswith("CVL") for s, t, c in got), got
    got = dyads(coder, "The Kenyan finance minister said the protests would not make him resign.")
    assert all(t != "KENCVL" for s, t, c in got if c in {"08", "12"}), got
