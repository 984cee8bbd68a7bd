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


@pytest.mark.parametrize("text, date, source, target", [
    # another's decision or move regretted is disapproved (11x), no pessimistic comment (012)
    ("Ghana's foreign ministry said it regretted Togo's decision to close the border at Aflao.", "2021-02-10",
     "GHA", "TGO"),
    ("Canberra said it regretted the move by Wellington to quit the fisheries pact.", "2017-08-03", "AUS", "NZL"),
])
def test_a_regretted_decision_is_disapproval(coder, text, date, source, target):
    t = triples(coder, text, date=date)
    assert has_coded(t, "11", source, target), t
    assert not any(c == "012" for _, _, c, _ in t), t


@pytest.mark.parametrize("text, date, source", [
    # a fact conceded in a clause is admitted (015), nothing is yielded (080)
    ("Peru's interior ministry conceded that several prisoners had escaped from the Lurigancho jail.", "2014-05-20",
     "PER"),
    ("The Zambian government conceded on Friday that the referendum had failed to reach the required turnout.",
     "2016-08-19", "ZMB"),
])
def test_a_conceded_fact_is_an_admission(coder, text, date, source):
    t = triples(coder, text, date=date)
    assert has_coded(t, "015", source), t
    assert not any(c.startswith("08") for _, _, c, _ in t), t


@pytest.mark.parametrize("text, date", [
    # the act of a plot is only suspected of the plotters: considered, no threat (13x) nor intent (03x) stated
    ("Police in Accra detained six soldiers over an alleged plot to attack the presidential palace.", "2021-09-24"),
    ("Tajik police arrested four men over a plot to attack a Dushanbe market.", "2019-03-11"),
])
def test_a_plot_states_no_threat(coder, text, date):
    t = triples(coder, text, date=date)
    assert has_coded(t, "173", modality="asserted"), t
    assert not any(c[:2] in {"03", "13"} for _, _, c, _ in t), t
    assert any(m == "considered" for _, _, _, m in t), t


@pytest.mark.parametrize("text, date", [
    # a body's own budget, cabinet or constitutional change approved praises no one (no 051)
    ("Kenya's parliament approved the new cabinet of President William Ruto on Thursday.", "2022-10-27"),
    ("Ghana's cabinet approved a reform package of spending cuts and new levies.", "2023-11-15"),
    ("Kyrgyzstan's parliament approved a constitutional reform extending the president's term.", "2021-02-04"),
])
def test_a_bodys_own_business_approved_is_no_praise(coder, text, date):
    t = triples(coder, text, date=date)
    assert not any(c.startswith("05") for _, _, c, _ in t), t
