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
    ("A Vietnamese fishing boat was blasted with water cannon by Chinese coast guard ships near the Paracels.",
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
    ("Ankara gave Damascus until midnight on Friday to expel the militants or face military action.", "1998-10-05",
     "TUR", "SYR"),
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
    ("Ankara said Syria would suffer the consequences of the shelling.", "2012-10-04", "13", "TUR", "SYR"),
    ("Ankara warned that Syria would face a crushing response.", "2012-10-04", "13", "TUR", "SYR"),
    ("Brussels warned that Minsk would face further sanctions.", "2021-06-01", "1312", "IGOEUREEC", "BLR"),
    ("Havana said Washington would regret the raid on its fishing boats.", "1985-06-02", "13", "CUB", "USA"),
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
    ("Athens put its navy on high alert after Turkish warships entered disputed waters.", "1996-01-30",
     "152", "GRCMIL", "TUR"),
    ("The Indian army was put on full alert after Pakistani troops shelled villages along the frontier.", "2001-12-20",
     "152", "INDMIL", "PAK"),
    # police put on alert raise a police alert (151)
    ("Germany put its police on high alert around synagogues.", "2023-10-12", "151", "DEUCOP", None),
    ("Police in Lahore were put on high alert before the verdict.", "2022-05-24", "151", "PAKCOP", None),
])
def test_a_raised_alert_is_the_alerted_forces_posture(coder, text, date, code, source, target):
    t = triples(coder, text, date=date)
    assert any(c == code and s == source and (target is None or tg == target) for s, tg, c, m in t), t


def test_an_alert_is_not_aimed_at_the_own_forces(coder):
    t = triples(coder, "Kenya placed its armed forces on alert.", date="2024-06-26")
    assert has_coded(t, "152", "KENMIL"), t
    assert not any(c == "152" and tg and tg.startswith("KEN") for s, tg, c, m in t), t


@pytest.mark.parametrize("text, date, source, target", [
    # a response announced to a truce broken or a provocation is a threat of force
    ("Armenia said its army would respond decisively to any violation of the truce by Azerbaijan.", "2021-05-20", "ARM",
     "AZE"),
    ("Seoul said it would respond sternly to any provocation by the North.", "2023-02-01", "KOR", "PRK"),
    # a response on condition of a hostile act aims at the act's doer where its noun names one
    ("Tehran said it would respond if Israel's strike hit its oil facilities.", "2024-10-10", "IRN", "ISR"),
])
def test_a_response_to_a_hostile_act_is_a_threat(coder, text, date, source, target):
    t = triples(coder, text, date=date)
    assert has_coded(t, "13", source, target, modality=None), t


def test_a_response_on_an_unowned_attack_is_a_threat_at_no_one_named(coder):
    t = triples(coder, "Beijing said it would respond only if the incursion harmed its sailors.", date="2024-10-26")
    assert any(c.startswith("13") and s and s.startswith("CHN") and tg is None for s, tg, c, m in t), t


@pytest.mark.parametrize("text, date", [
    ("The ministry said it would respond to the letter next week.", "2015-06-01"),
    ("The company said it would respond if the strike by dockworkers continued.", "2024-10-01"),
])
def test_a_reply_or_a_labour_strike_is_no_threat(coder, text, date):
    t = triples(coder, text, date=date)
    assert not has_coded(t, "13", modality=None), t


@pytest.mark.parametrize("text, date, source, target", [
    # another's act ahead that would bring a penalty, told by the one who warns: a threat, no pessimistic comment
    ("The European Union warned that any Russian incursion into Moldova would bring severe sanctions.", "2023-03-01",
     "IGOEUREEC", "RUS"),
    ("Tehran warned that such raids would mean war with Israel.", "2019-08-25", "IRN", "ISR"),
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


def test_an_act_warned_to_be_a_declaration_of_war_is_a_threat(coder):
    t = triples(coder, "Caracas warned that any blockade of its ports by Washington would be a declaration of war.",
                date="2019-08-07")
    assert has_coded(t, "13", "VEN"), t


def test_an_act_warned_to_be_a_disaster_stays_a_comment(coder):
    t = triples(coder, "The minister warned that any delay would be a disaster for farmers.", date="2024-03-01")
    assert not has_coded(t, "13", modality=None), t
