"""Targets of events whose code is right (helper target45): a clause of time with a doer of its own beside an act
that names its object in a prepositional phrase, ... Sentences written for these tests."""

from __future__ import annotations

from gold_helpers import has_coded, triples


def test_a_pause_agreed_after_anothers_pressure_is_aimed_at_the_place_of_the_paused_attacks(coder):
    # the one who pressed in the "after" clause did another act; the pause is aimed where the raids fell
    got = triples(coder, "Turkey agreed to a three-day pause in air strikes on northern Syria after Mike Pompeo "
                         "pressed for one.", date="2019-10-17")
    assert has_coded(got, "0356", "TUR", "SYR", modality=None), got
    assert not has_coded(got, "0356", "TUR", "USA", modality=None), got
    got = triples(coder, "Israel agreed to a five-hour pause in its bombardment of Gaza after John Kerry asked for it.",
                  date="2014-07-20")
    assert has_coded(got, "03", "ISR", "PSE", modality=None), got
    assert not has_coded(got, "03", "ISR", "USA", modality=None), got


def test_an_act_whose_prepositional_object_names_nothing_still_answers_the_after_clause(coder):
    # an act of the answering kind keeps the doer of its "after" clause as its target
    got = triples(coder, "Beijing protested sharply after Manila's coast guard rammed a Chinese fishing boat.",
                  date="2024-06-17")
    assert has_coded(got, "1", "CHN", "PHL", modality=None), got


def test_an_accepted_end_of_a_war_is_aimed_at_the_other_side_of_that_war(coder):
    # the body whose resolution is accepted proposed the truce; the acceptance is aimed at the enemy of the war named
    got = triples(coder, "Ethiopia accepted an OAU resolution calling for a truce in its border war with Eritrea.",
                  date="2000-05-30")
    assert has_coded(got, "03", "ETH", "ERI", modality=None), got
    assert not has_coded(got, "03", "ETH", "IGO", modality=None), got
    got = triples(coder, "Baghdad accepted a Security Council resolution calling for a ceasefire in its war with Tehran.",
                  date="1988-08-08")
    assert has_coded(got, "03", "IRQ", "IRN", modality=None), got


def test_an_accepted_plan_that_names_no_war_keeps_its_proposer(coder):
    # talks proposed by a mediator name no enemy: the rules' own target stays
    got = triples(coder, "Colombia's ELN accepted a Norwegian plan for talks.", date="2019-06-01")
    assert has_coded(got, "03", "COL", "NOR", modality=None), got


def test_two_sides_of_two_countries_fighting_over_a_land_fight_each_other(coder):
    # the land the battle is fought over is where, not whom: each side is the other's target
    got = triples(coder, "Cuban and South African planes fought an air battle over southern Angola.", date="1988-02-02")
    assert has_coded(got, "19", "CUB", "ZAF") and has_coded(got, "19", "ZAF", "CUB"), got
    assert not has_coded(got, "19", None, "AGO"), got
    got = triples(coder, "Syrian and Israeli tanks fought a fierce battle over the Beirut-Damascus highway in Lebanon.",
                  date="1982-06-10")
    assert has_coded(got, "19", "SYR", "ISR") and has_coded(got, "19", "ISR", "SYR"), got
