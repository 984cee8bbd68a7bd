"""Second events of sentences that tell two (multi24). A release of people "in exchange for" others is a swap: the
other side releases those (0841); a speaker who calls another's act an overreaction, a deception or a flagrant act
criticises its doer (111). Our own sentences, each family with sentences where the same words mean something else."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, source, target", [
    ("Armenia handed over 30 Azerbaijani soldiers in exchange for Armenian prisoners on Tuesday.", "AZE", "ARM"),
    ("Hezbollah freed two Israeli soldiers in exchange for 40 Lebanese detainees.", "ISR", "LBN"),
    ("Germany released a Russian spy in exchange for three Germans held in Russia.", "RUS", "DEU"),
])
def test_a_release_in_exchange_is_a_release_both_ways(coder, text, source, target):
    t = triples(coder, text)
    assert has_coded(t, "0841", source, target), t


@pytest.mark.parametrize("text, absent_source", [
    # what is given back is no people, or nothing is given back
    ("Iran agreed to free two French nationals in exchange for sanctions relief.", "FRA"),
    ("Armenia handed over 30 Azerbaijani soldiers on Tuesday.", "AZE"),
])
def test_no_return_without_people_given_back(coder, text, absent_source):
    t = triples(coder, text, modality=None)
    assert not has_coded(t, "084", absent_source, modality=None), t


@pytest.mark.parametrize("text, source, target", [
    ("A Turkish drone struck a Syrian army convoy, and Damascus called it a gross overreaction.", "SYR", "TUR"),
    ("Pyongyang fired a ballistic missile over Japan, and Tokyo called the launch a flagrant act.", "JPN", "PRK"),
    ("Israel dismissed the Iranian speech as a deception.", "ISR", None),
])
def test_scorn_labels_are_criticism(coder, text, source, target):
    t = triples(coder, text)
    assert has_coded(t, "111", source, target), t

