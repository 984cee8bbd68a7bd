"""Recall11b: verb senses that misfired on fresh text, each fixed as a class on our own variants: dying of one's
wounds is no act, calling off one's own protest eases dissent (082), an order to one's own forces is no demand
(100) beside the act ordered, and walk-outs from a speech or a sitting are protests (111)."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text", [
    "A Kenyan soldier died of his wounds two days after the ambush.",
    "Two policemen later died from their injuries, officials said.",
    "The journalist, who died of wounds sustained in the blast, was buried on Friday.",
    "A prisoner died of his injuries in custody.",
    "A Malian gendarme succumbed to his wounds in hospital in Bamako.",
])
def test_dying_of_wounds_is_no_act(coder, text):
    t = triples(coder, text)
    assert not any(c.startswith(("17", "18", "19")) for _s, _t, c, _m in t), t


def test_the_attack_before_the_death_is_still_coded(coder):
    t = triples(coder, "Militants shot a Nigerian soldier who later succumbed to his wounds.")
    assert has_coded(t, "18") or has_coded(t, "19"), t
    assert not has_coded(t, "190", "NGAMIL"), t


@pytest.mark.parametrize("text, source", [
    ("Kenyan opposition leaders called off Monday's demonstrations in Nairobi.", "KENOPP"),
    ("The students called off their sit-in outside parliament.", None),
    # (round48) a rally still ahead ("a rally planned for Bangkok") called off is the rally negated, no easing:
    # tests/events/test_round48.py
    ("Thai protesters called off their rally in Bangkok.", "THA"),
    ("The Armenian opposition called off its boycott of parliament.", "ARMOPP"),
    ("Georgian opposition parties called off the march in Tbilisi.", "GEO"),
])
def test_calling_off_a_protest_eases_dissent(coder, text, source):
    from foedus.coder import vetter

    # the rules' reading: the event vetter retrained in session 33 drops three of these (known losses, docs/model.md)
    with vetter.disabled():
        t = triples(coder, text)
    assert has_coded(t, "082", source), t
    assert not has_coded(t, "160") and not has_coded(t, "141"), t


@pytest.mark.parametrize("text, act", [
    ("The president ordered the army to shell rebel positions.", "194"),
    ("Putin ordered troops to seize the airport.", "192"),
    ("The Syrian government ordered its forces to open fire on protesters in Deraa.", "175"),
    ("Maduro ordered soldiers to block the aid convoys at the border.", "191"),
    ("The prime minister ordered police to arrest the opposition leader.", "173"),
])
def test_an_order_to_ones_own_forces_is_no_demand(coder, text, act):
    t = triples(coder, text)
    assert has_coded(t, act, modality=None), t   # the act ordered (its modality: factuality rules)
    assert not has_coded(t, "10"), t


def test_an_order_to_another_state_stays_a_demand(coder):
    from foedus.coder import vetter

    with vetter.disabled():   # the rules' reading: the vetter of session 33 drops the event (a known loss, docs/model.md)
        t = triples(coder, "Egypt ordered Israel to withdraw its troops from the border.")
    assert has_coded(t, "100", "EGY"), t


@pytest.mark.parametrize("text, source", [
    ("Western diplomats walked out of the hall as the Iranian president spoke.", None),
    ("Dozens of delegates walked out of the session when the Russian foreign minister began his address.", None),
    ("Ukrainian diplomats stormed out of the chamber during the Russian envoy's address.", "UKR"),
    ("Several European ambassadors walked out during the speech by the Venezuelan president.", None),
    ("Opposition deputies walked out of the sitting in Kyiv.", None),
])
def test_walkouts_from_a_speech_or_sitting_are_protests(coder, text, source):
    t = triples(coder, text)
    assert has_coded(t, "111", source), t
    assert not has_coded(t, "143"), t


@pytest.mark.parametrize("text, code", [
    ("Thousands of nurses walked out over pay in London.", "143"),
    pytest.param("The Palestinian delegation walked out of the talks with Israel.", "164", marks=pytest.mark.xfail(reason="session 34: judged with the rules' empty target, the event vetter drops it (docs/model.md, known losses)")),
])
def test_strikes_and_talks_left_keep_their_codes(coder, text, code):
    t = triples(coder, text)
    assert has_coded(t, code), t
