"""Verb patterns of round 16b (verbs16b): ultimatums told as a deadline given, ... Our own sentences."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, date, source, target", [
    # a span of time given for an act (until + time, N days/hours/weeks) is the ultimatum 139, giver -> given
    ("The European Union gave Minsk until Friday to release the detained journalists.", "2021-06-01", "IGOEUR", "BLR"),
    ("ECOWAS gave the junta in Niamey a week to reinstate the president or face military intervention.",
     "2023-07-30", "IGOWAFWAS", "NER"),
    ("Washington gave Caracas 30 days to free the American prisoners or face new sanctions.", "2019-05-02", "USA",
     "VEN"),
])
def test_deadline_given_is_an_ultimatum(coder, text, date, source, target):
    t = triples(coder, text, date=date)
    assert has_coded(t, "139", source, target), t
    # the act demanded and the penalty named did not happen: neither is coded as done
    assert not any(c[:2] in {"16", "19", "08", "07"} and m == "asserted" for _, _, c, m in t), t


def test_deadline_demanded_withdrawal_not_coded(coder):
    # "to withdraw" is what the ultimatum asks for, not a withdrawal announced (0874 intended)
    t = triples(coder, "The Arab League gave Damascus until the end of the month to withdraw its tanks from the "
                       "cities.", date="2011-11-02", modality=None)
    assert has_coded(t, "139", "IGOMEAARL", "SYR") and not any(c.startswith("087") for _, _, c, _ in t), t


@pytest.mark.parametrize("text, date", [
    # no span of time, or money given: no ultimatum
    ("Washington gave Kyiv two billion dollars to buy air defence systems.", "2023-05-02"),
    ("The court gave the former minister ten years in prison for corruption.", "2022-03-01"),
])
def test_no_deadline_no_ultimatum(coder, text, date):
    t = triples(coder, text, date=date, modality=None)
    assert not has_coded(t, "139", modality=None), t


@pytest.mark.parametrize("text, date", [
    # a vow to hit back is the threat 138, intended, coded once on the vow: "hit back at" is not also a
    # criticism (111), and "swore" is a vow like "vowed" (the act sworn lies ahead)
    ("Pyongyang swore to hit back at Seoul after the border shooting.", "2015-08-21"),
    ("The Kurdish militia vowed to strike back at Turkey.", "2018-01-22"),
    ("Tehran swore to retaliate against Washington.", "2020-01-04"),
])
def test_vow_to_hit_back_is_one_threat(coder, text, date):
    t = triples(coder, text, date=date, modality=None)
    assert has_coded(t, "138", modality="intended"), t
    assert not any(m == "asserted" for _, _, _, m in t) and not has_coded(t, "11", modality=None), t


@pytest.mark.parametrize("text, date, source, target", [
    # a cyber attack is coerced harm with no code of its own (170), whatever verb carries it
    ("Chinese hackers carried out a cyber attack on Taiwan's election commission.", "2024-01-10", "CHN", "TWN"),
    ("Russian military hackers launched a cyberattack on Georgian government websites.", "2019-10-28", "RUS", "GEO"),
    ("Iranian hackers staged cyber-attacks against Albanian state servers.", "2022-07-17", "IRN", "ALB"),
])
def test_cyber_attack_is_coercion(coder, text, date, source, target):
    t = triples(coder, text, date=date)
    assert has_coded(t, "170", source, target) and not has_coded(t, "19"), t


@pytest.mark.parametrize("text, date", [
    # an attempt on a leader's life is CAMEO 185 (attempt to assassinate), asserted; the killing did not happen
    ("Islamist gunmen tried to assassinate the interior minister of Somalia in Mogadishu.", "2019-03-02"),
    ("Militants attempted to assassinate the governor of Helmand province.", "2012-09-14"),
])
def test_attempted_assassination_is_185(coder, text, date):
    t = triples(coder, text, date=date, modality=None)
    assert has_coded(t, "185") and not has_coded(t, "186", modality=None), t
