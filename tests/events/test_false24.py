"""False events of round 24 (false24): verbs in a sense that is no political act, and a retaliation whose act is
told by its complement. Sentences written for these tests."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, date", [
    # retaliating with tariffs or sanctions imposes them (163), no force
    ("Ottawa retaliated with tariffs on American steel.", "2018-06-01"),
    ("Moscow retaliated with sanctions on twenty European officials.", "2021-04-30"),
])
def test_retaliating_with_tariffs_is_a_sanction(coder, text, date):
    t = triples(coder, text, date=date)
    assert has_coded(t, "163"), t
    assert not any(c[:2] == "19" for _, _, c, _ in t), t


def test_retaliating_by_an_act_is_that_act_alone(coder):
    # the act is the complement's own; the retaliation adds no attack
    t = triples(coder, "Rome retaliated by expelling two Libyan diplomats.", date="2011-03-01", modality=None)
    assert not any(c[:2] == "19" for _, _, c, _ in t), t


def test_retaliating_militarily_is_still_force(coder):
    t = triples(coder, "Ankara retaliated militarily against the Syrian army.", date="2020-02-03", modality=None)
    assert any(c[:2] == "19" for _, _, c, _ in t), t


@pytest.mark.parametrize("text, date", [
    # what comes to light is found out; no one meets anyone
    ("Britain and Italy expelled dozens of Iraqi diplomats after the abuses in Basra came to light.", "2004-05-01"),
])
def test_coming_to_light_is_no_meeting(coder, text, date):
    t = triples(coder, text, date=date, modality=None)
    assert not any(c[:2] == "04" for _, _, c, _ in t), t


@pytest.mark.parametrize("text, date", [
    # a weapon's flight is no visit
    ("A Chinese ballistic missile flew over Taiwan on Thursday.", "2022-08-04"),
    ("A North Korean ballistic missile flew over Japan for the first time in years.", "2022-10-04"),
])
def test_a_weapon_that_flies_makes_no_visit(coder, text, date):
    t = triples(coder, text, date=date, modality=None)
    assert not has_coded(t, "042", modality=None), t


@pytest.mark.parametrize("text, date", [
    # a claim or finding of an act, summed up and rejected, is denied by the one it names (016), no rejection (12)
    ("Kenya accused Somalia of arming the militias, a claim Mogadishu rejected.", "2021-03-02"),
    ("Inspectors concluded that the army had used chlorine, a finding the government rejected as fabricated.",
     "2019-03-02"),
])
def test_claim_summed_up_and_rejected_is_denied(coder, text, date):
    t = triples(coder, text, date=date, modality=None)
    assert has_coded(t, "016", modality=None), t
    assert not any(c[:2] == "12" for _, _, c, _ in t), t


@pytest.mark.parametrize("text, date, root", [
    # a "for" later in the clause of a verb of armed force tells time or cause: the force itself, no criticism
    ("Jordan and Bahrain bombed Islamic State targets in Syria for the first time overnight.", "2014-09-23", "19"),
    ("Indian and Chinese troops clashed in the Galwan valley for several hours.", "2020-06-16", "19"),
    ("Al-Shabaab fighters stormed a hotel in Mogadishu, then battled security forces for more than a day.",
     "2019-01-16", "1"),
])
def test_armed_force_for_some_time_is_no_criticism(coder, text, date, root):
    t = triples(coder, text, date=date, modality=None)
    assert any(c.startswith(root) and c[:2] in {"18", "19"} for _, _, c, _ in t), t
    assert not any(c[:2] == "11" for _, _, c, _ in t), t


def test_a_long_list_of_invited_states_keeps_the_pattern_after_it(coder):
    # the names listed after the first share its role: "to join" after them is still read
    t = triples(coder, "The bloc's leaders invited Chile, Peru, Bolivia, Paraguay, Uruguay and Ecuador to join the "
                "union at their summit.", date="2023-08-24", modality=None)
    assert has_coded(t, "032", modality=None), t
    assert not any(c[:2] == "04" for _, _, c, _ in t), t


def test_high_commissioner_withdrawn_cuts_relations(coder):
    # a Commonwealth ambassador withdrawn from a capital cuts relations (161), no military withdrawal (0874)
    t = triples(coder, "Britain withdrew its high commissioner from Colombo after the attack on the mission.",
                date="2009-05-02", modality=None)
    assert has_coded(t, "161", modality=None), t
    assert not any(c[:3] == "087" for _, _, c, _ in t), t


@pytest.mark.parametrize("text, date", [
    # markets, currencies and traders are no actors: no rally, no rejection
    ("The central bank held its key rate, and the rouble rallied against the dollar for a third session.",
     "2023-11-20"),
    ("Traders in Dubai shrugged off the OPEC headlines as Gulf bourses ended the week higher.", "2023-11-20"),
])
def test_markets_make_no_political_event(coder, text, date):
    t = triples(coder, text, date=date, modality=None)
    assert not any(c[:2] in {"12", "14"} for _, _, c, _ in t), t
