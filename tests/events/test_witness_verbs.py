"""An act that is the object of a verb of seeing, telling, foreseeing, suffering or escaping (data
``witness_verbs``) is not the subject's act: reporters who cover protests do not protest, civilians who flee
fighting do not fight. Its doer is only one the noun's own words name."""

from __future__ import annotations

import pytest

from gold_helpers import triples


@pytest.mark.parametrize("text", [
    "Foreign reporters covered the protests in Tehran.",
    "Three journalists were detained in Tehran after covering the protests.",
    "Thousands of civilians fled the fighting in Khartoum.",
    "A Ukrainian crew filmed the shelling of Kharkiv.",
    "Human rights groups documented the killings in Darfur.",
    "The Indian government expected protests in Kashmir after the verdict.",
])
def test_no_doer_named_no_act(coder, text):
    got = triples(coder, text, date="2022-10-10")
    assert not {c for _, _, c, _ in got if c[:2] in {"14", "18", "19", "20"}}, got


def test_the_doer_the_noun_names_acts_and_the_subject_is_its_target_or_victim(coder):
    got = triples(coder, "Officials in Kyiv feared a new offensive by Russian forces.", date="2022-10-10")
    assert {(s, c[:2], m) for s, _, c, m in got if c[:2] == "19"} == {("RUSMIL", "19", "considered")}, got
    # survived: the act happened, aimed at the survivors, by no one named
    got = triples(coder, "Villagers survived the massacre by hiding in the forest.", date="2022-10-10")
    assert [(s, c, m) for s, _, c, m in got if c[:2] == "20"] == [(None, "202", "asserted")], got


def test_verbs_of_doing_still_carry_their_object_act(coder):
    got = triples(coder, "Iranian students joined the protests in Tehran.", date="2022-10-10")
    assert any(c.startswith("14") and s == "IRNCVL" for s, _, c, _ in got), got
    got = triples(coder, "Kenyan opposition leaders boycotted the talks in Nairobi.", date="2022-10-10")
    assert any(c.startswith("12") and s == "KENOPP" for s, _, c, _ in got), got
