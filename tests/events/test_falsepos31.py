"""Events coded where nothing of that kind happened (helper falsepos31): acts that a plan or an offer only names, when
the plan is the object of another actor's act or judgement. Sentences written for these tests."""

from __future__ import annotations

from gold_helpers import coded, triples


def test_a_plan_blocked_or_backed_by_another_is_no_intent(coder):
    got = triples(coder, "A Kenyan court blocked the government's plan to deploy police officers to Haiti.",
                  date="2024-01-30")
    assert not coded(got, "03"), got
    got = triples(coder, "The Arab League backed an Egyptian plan to send peacekeepers to Gaza.", date="2024-01-30")
    assert not coded(got, "03"), got


def test_a_plan_judged_unlawful_is_no_intent(coder):
    got = triples(coder, "Britain's Supreme Court ruled that the government's plan to deport asylum seekers to Rwanda "
                         "was unlawful.", date="2023-11-15")
    assert not coded(got, "03"), got
    assert not coded(got, "13"), got


def test_a_plan_announced_is_still_an_intent(coder):
    got = triples(coder, "The government announced a plan to deploy police officers to Haiti.", date="2024-01-30")
    assert coded(got, "03"), got


def test_a_doers_own_label_of_its_act_is_no_appeal(coder):
    got = triples(coder, "Israeli warplanes struck military sites in Iran early on Saturday in what the Israeli army "
                         "called precise strikes on missile factories.", date="2024-10-26")
    assert coded(got, "19"), got
    assert not coded(got, "02"), got


def test_another_actors_condemning_label_stays_criticism(coder):
    got = triples(coder, "A Chinese coast guard ship fired a water cannon at a Philippine supply boat on Saturday, in "
                         "what Manila called a dangerous and illegal manoeuvre.", date="2024-03-23")
    assert coded(got, "11"), got


def test_a_resolution_accepted_or_vetoed_by_another_is_no_appeal(coder):
    got = triples(coder, "Iran accepted the Security Council resolution calling for a ceasefire in its war with Iraq.",
                  date="1988-07-18")
    assert not coded(got, "02"), got
    got = triples(coder, "A Security Council resolution calling for a ceasefire in Sudan was vetoed by Russia.",
                  date="2024-11-18")
    assert not coded(got, "02"), got
    # the body that adopts it makes the call
    got = triples(coder, "The Security Council adopted a resolution calling for an immediate ceasefire in Gaza.",
                  date="2024-03-25")
    assert coded(got, "02"), got
