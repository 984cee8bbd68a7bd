"""Threats (CAMEO 13), force postures (15) and investigations (09) the coder missed, each fixed as a class and tested
on our own sentences (helper threat43 of the forty-third session)."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, date, code, source, target", [
    # a by-agent the parser hangs on the passive's with-object is still the doer
    ("Nicaragua was threatened with a naval blockade by the United States.", "1983-04-02", "1381", "USA", "NIC"),
    ("Taiwan was threatened with military action by China.", "1996-03-02", "13", "CHN", "TWN"),
    ("Russia was hit with fresh sanctions by the European Union.", "2014-03-20", "163", "IGOEUREEC", "RUS"),
])
def test_a_by_agent_hung_on_the_with_object_is_the_source(coder, text, date, code, source, target):
    t = triples(coder, text, date=date)
    assert has_coded(t, code, source, target), t


@pytest.mark.parametrize("text, date", [
    ("A Philippine supply boat was blasted with water cannon by Chinese coast guard vessels near the shoal.",
     "2023-08-06"),
    ("Riot police sprayed the students with tear gas outside the parliament in Nairobi.", "2024-06-25"),
])
def test_blasting_with_water_cannon_is_repression_not_criticism(coder, text, date):
    t = triples(coder, text, date=date)
    assert has_coded(t, "175"), t
    assert not has_coded(t, "111", modality=None), t


def test_blasting_a_government_in_words_stays_criticism(coder):
    t = triples(coder, "The senator blasted the government over the budget cuts.", date="2020-01-10")
    assert has_coded(t, "111"), t


@pytest.mark.parametrize("text, date, source, target", [
    # "until" hung on the infinitive as its mark: still a deadline given, the ultimatum (139)
    ("Bush gave Iraq until noon on Saturday to begin a withdrawal from Kuwait or face a ground war.", "1991-02-22",
     "USAGOV", "IRQ"),
    ("The rebels gave the president until Sunday morning to resign or face an assault on the capital.", "2004-02-20",
     "REB", "GOV"),
])
def test_until_hung_on_the_infinitive_is_still_an_ultimatum(coder, text, date, source, target):
    t = triples(coder, text, date=date)
    assert has_coded(t, "139", source, target), t
    # what the ultimatum demands or threatens did not happen
    assert not has_coded(t, "19"), t
    assert not has_coded(t, "087"), t


@pytest.mark.parametrize("text, date, code, source, target", [
    # another's force or penalty foretold as suffered or regretted is the speaker's threat to the one who will suffer it
    ("Israel said Lebanon would suffer the consequences of the cross-border raid.", "2006-07-12", "13", "ISR", "LBN"),
    ("Ankara warned that Syria would face a crushing response.", "2012-10-04", "13", "TUR", "SYR"),
    ("Brussels warned that Minsk would face further sanctions.", "2021-06-01", "1312", "IGOEUREEC", "BLR"),
    ("Tehran said Washington would regret the attack on its oil platforms.", "1987-10-20", "13", "IRNGOV", "USA"),
])
def test_a_penalty_foretold_to_another_is_a_threat(coder, text, date, code, source, target):
    t = triples(coder, text, date=date)
    assert has_coded(t, code, source, target, modality=None), t


@pytest.mark.parametrize("text, date", [
    ("The finance minister said farmers would face higher costs next year.", "2019-03-01"),
    ("The governor said the state would suffer heavy losses from the floods.", "2019-03-01"),
    ("Cameron said Britain would regret leaving the European Union.", "2016-06-20"),
])
def test_costs_losses_or_ones_own_regret_are_no_threat(coder, text, date):
    t = triples(coder, text, date=date)
    assert not has_coded(t, "13", modality=None), t


@pytest.mark.parametrize("text, date, code, source, target", [
    # a raised alert is the posture of the force put on alert, aimed at the country feared (not one of its organs)
    ("Seoul put its troops on the highest alert after North Korean artillery shelled a border island.", "2010-11-23",
     "152", "KORMIL", "PRK"),
    ("The Thai army was put on full alert after Vietnamese troops shelled villages along the border.", "1985-03-12",
     "152", "THAMIL", "VNM"),
    # police put on alert raise a police alert (151)
    ("Japan put its police on high alert around its nuclear plants.", "2003-03-20", "151", "JPNCOP", None),
    ("Police in Lahore were placed on high alert ahead of the opposition march.", "2022-05-24", "151", "PAKCOP", None),
])
def test_a_raised_alert_is_the_alerted_forces_posture(coder, text, date, code, source, target):
    t = triples(coder, text, date=date)
    assert any(c == code and s == source and (target is None or tg == target) for s, tg, c, m in t), t


def test_an_alert_is_not_aimed_at_the_own_forces(coder):
    t = triples(coder, "Kenya put its armed forces on full combat alert.", date="2024-06-26")
    assert has_coded(t, "152", "KENMIL"), t
    assert not any(c == "152" and tg and tg.startswith("KEN") for s, tg, c, m in t), t


@pytest.mark.parametrize("text, date, source, target", [
    # a response announced to a truce broken or a provocation is a threat of force
    ("Israel said its army would respond forcefully to any violation by Hezbollah.", "2024-11-26", "ISR", "LBN"),
    ("Seoul said it would respond sternly to any provocation by the North.", "2023-02-01", "KOR", "PRK"),
    # a response on condition of a hostile act aims at the act's doer where its noun names one
    ("Tehran said it would respond if Israel's strike hit its oil facilities.", "2024-10-10", "IRN", "ISR"),
])
def test_a_response_to_a_hostile_act_is_a_threat(coder, text, date, source, target):
    t = triples(coder, text, date=date)
    assert has_coded(t, "13", source, target, modality=None), t


def test_a_response_on_an_unowned_attack_is_a_threat_at_no_one_named(coder):
    t = triples(coder, "Tehran said it would respond only if the attack caused serious damage.", date="2024-10-26")
    assert any(c.startswith("13") and s and s.startswith("IRN") and tg is None for s, tg, c, m in t), t


@pytest.mark.parametrize("text, date", [
    ("The ministry said it would respond to the letter next week.", "2015-06-01"),
    ("The company said it would respond if the strike by dockworkers continued.", "2024-10-01"),
])
def test_a_reply_or_a_labour_strike_is_no_threat(coder, text, date):
    t = triples(coder, text, date=date)
    assert not has_coded(t, "13", modality=None), t


@pytest.mark.parametrize("text, date, source, target", [
    # another's act ahead that would bring a penalty, told by the one who warns: a threat, no pessimistic comment
    ("NATO warned that any Soviet intervention in Poland would bring economic reprisals.", "1981-12-11", "IGOWSTNAT",
     "SUN"),
    ("Moscow warned that such strikes would mean war with NATO.", "2024-11-20", "RUS", "IGOWSTNAT"),
])
def test_a_warned_penalty_for_anothers_act_is_a_threat(coder, text, date, source, target):
    t = triples(coder, text, date=date)
    assert has_coded(t, "13", source, target), t
    assert not has_coded(t, "012", modality=None), t


@pytest.mark.parametrize("text, date", [
    ("Guterres warned that the escalation could lead to a wider war.", "2024-03-01"),
    ("The IMF warned that the crisis would lead to higher prices.", "2022-06-01"),
    ("The minister warned that the reform would bring hardship to farmers.", "2019-01-01"),
])
def test_a_foreseen_plight_stays_a_comment(coder, text, date):
    t = triples(coder, text, date=date)
    assert not has_coded(t, "13", modality=None), t
