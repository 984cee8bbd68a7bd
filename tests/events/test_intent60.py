"""Helper intent60 (issue 10): statements of intent and threats (CAMEO roots 03 and 13), their precision in wording
nobody tuned on. Our own sentences, not gold sentences."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, date", [
    # "threaten" with a thing put at risk as its object endangers it: no threat is made to anyone (CAMEO 13 needs an act
    # threatened), whoever the subject is
    ("The army said the rebels' raids threatened the security of the capital.", "2019-05-01"),
    ("Clashes between the army and the militia broke out near Goma, threatening the ceasefire, UN officials said.",
     "2022-06-01"),
])
def test_a_thing_endangered_is_no_threat(coder, text, date):
    t = triples(coder, text, date=date)
    assert not has_coded(t, "13", modality=None), t


@pytest.mark.parametrize("text, threatener, threatened, code, date", [
    # an act threatened keeps the threat: "threatened to quit the talks", "threatened X with sanctions"
    ("Serbia threatened to quit the talks with Kosovo if Pristina did not withdraw its police.", "SRB", None, "13",
     "2022-08-01"),
    ("China threatened Lithuania with sanctions over the Taiwanese office in Vilnius.", "CHN", "LTU", "13",
     "2021-11-01"),
])
def test_an_act_threatened_stays_a_threat(coder, text, threatener, threatened, code, date):
    t = triples(coder, text, date=date)
    assert has_coded(t, code, threatener, threatened), t


@pytest.mark.parametrize("text, speaker, foe, date", [
    # a response or a fate promised or pledged to a foe is a threat of force (138, intended), as when vowed; no intent
    # to cooperate (030)
    ("Poland expelled two Belarusian diplomats, and Minsk promised a response.", "BLR", "POL", "2023-06-01"),
    ("Kim Jong Un promised the United States a miserable fate.", "PRK", "USA", "2017-09-20"),
])
def test_a_response_promised_to_a_foe_is_a_threat(coder, text, speaker, foe, date):
    t = triples(coder, text, date=date)
    assert has_coded(t, "138", speaker, foe, modality="intended"), t
    assert not has_coded(t, "030", speaker, modality=None), t


def test_a_response_vowed_stays_a_threat(coder):
    # unchanged: "vowed a crushing response" (the vow's own pattern)
    t = triples(coder, "Iran vowed a crushing response after the strike on its consulate.", date="2024-04-02")
    assert has_coded(t, "138", "IRN", modality="intended"), t
