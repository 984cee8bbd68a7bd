"""Announced steps that are no threats (helper precision34): a break of ties, an expulsion, a rally, a trial or a
punishment that its doer only announces is the act, intended (not counted as happened), not a threat 13x; force
authorised or ordered to begin is the force, intended. A threat-making verb, a pursuit of an enemy and a conditional
consequence still make the threat. Sentences written for these tests."""

from __future__ import annotations

from gold_helpers import coded, has_coded, triples


def test_an_announced_break_of_ties_is_the_act_intended(coder):
    got = triples(coder, "Lithuania said it would withdraw from the cluster munitions convention next year.",
                  date="2024-07-18")
    assert not coded(got, "13"), got
    got = triples(coder, "Bolivia announced it would expel the Peruvian ambassador over the border dispute.",
                  date="2023-05-02")
    assert not coded(got, "13"), got


def test_an_announced_trial_or_rally_is_no_threat(coder):
    got = triples(coder, "The junta said it would try the deposed president for treason.", date="2023-08-14")
    assert not coded(got, "13"), got
    got = triples(coder, "Opposition leaders in Dhaka said they would hold a mass rally on Friday.", date="2023-10-25")
    assert not coded(got, "13"), got


def test_a_threat_verb_a_pursuit_and_a_condition_keep_the_threat(coder):
    got = triples(coder, "Lithuania threatened to expel the Belarusian ambassador.", date="2021-07-18")
    assert coded(got, "13"), got
    got = triples(coder, "The president vowed to hunt down the gunmen who attacked the convoy.", date="2024-03-02")
    assert has_coded(got, "13", modality="intended"), got
    got = triples(coder, "Seoul said it would cut ties with Pyongyang if it carried out another nuclear test.",
                  date="2017-09-05")
    assert has_coded(got, "1313", modality="conditional"), got


def test_force_ordered_to_begin_is_the_force_intended(coder):
    got = triples(coder, "The alliance's commander ordered air strikes to begin at dawn.", date="1999-03-23")
    assert not coded(got, "13"), got
    assert has_coded(got, "195", modality="intended"), got


def test_a_refusal_to_stop_fighting_is_a_threat_of_force(coder):
    got = triples(coder, "The rebel commanders said they would not stop fighting the government in the north.",
                  date="1988-05-16")
    assert has_coded(got, "138", modality="intended"), got
    assert not coded(got, "12"), got
    # laying down arms refused stays the refusal to de-escalate
    got = triples(coder, "The rebel commanders said they would not lay down their arms.", date="1988-05-16")
    assert has_coded(got, "1246"), got


def test_a_punishment_abroad_stays_a_threat_and_at_home_is_the_act(coder):
    got = triples(coder, "Tehran promised to punish Israel for the strike on its consulate.", date="2024-04-02")
    assert coded(got, "13"), got
    got = triples(coder, "The interim president pledged to punish those responsible for the killings.",
                  date="2025-03-09")
    assert not coded(got, "13"), got
