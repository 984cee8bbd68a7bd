"""Spurious events (codes the sentence does not carry) removed as classes, each tested on our own sentences (helper
precision47 of the forty-seventh session)."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, date, code, source", [
    # an act of protest its doer only announces is that act, intended (not counted), no threat made (13x)
    ("Malawi's opposition coalition said it would boycott next month's local elections.", "2019-04-02", "143",
     "MWIOPP"),
    ("Peru's main transport unions said they would block the Pan-American highway from Monday.", "2022-03-30",
     "144", "PERLAB"),
])
def test_an_announced_protest_is_the_act_intended(coder, text, date, code, source):
    t = triples(coder, text, date=date)
    assert has_coded(t, code, source, modality="intended"), t
    assert not any(c.startswith("13") for _, _, c, _ in t), t


def test_a_threat_to_boycott_stays_a_threat(coder):
    t = triples(coder, "Malawi's opposition coalition threatened to boycott next month's local elections.",
                date="2019-04-02")
    assert has_coded(t, "13", "MWIOPP", modality=None), t

