"""Round 15 (targets15): right event, wrong or empty target. Sentences written for these tests."""

from __future__ import annotations

import pytest
from gold_helpers import countries, dyads_on

dyads = dyads_on("2024-05-10")


@pytest.mark.parametrize("text, root, source, wrong", [
    # a conjoined clause with a subject of its own tells another actor's act: that actor (a commenter,
    # a third party) is not whom the first act is aimed at
    ("Iran tested a ballistic missile on Sunday, and the UN Security Council condemned the launch.", "15", "IRN", "IGO"),
    ("Police in Lima dispersed striking miners with tear gas, and Washington called for restraint.", "17", "PER", "USA"),
])
def test_a_later_clause_s_own_subject_is_not_the_first_act_s_target(coder, text, root, source, wrong):
    found = countries(dyads(coder, text))
    assert any(r == root and s == source for s, _, r in found)
    assert not any(r == root and t == wrong for _, t, r in found)


def test_fighters_who_answer_in_the_later_clause_are_still_the_other_side(coder):
    found = countries(dyads(coder, "Federal troops pushed into the rebel-held town of Kidal, and Tuareg fighters "
                                   "ambushed the column."))
    assert any(r == "19" and s == "MLI" and t == "MLI" for s, t, r in found)


@pytest.mark.parametrize("text, country", [
    # the bracket after a town lists its region and country: a same-named town abroad is not meant
    ("On 2 May 2023, rebels seized control of Valencia (Carabobo, Venezuela) after clashes with the army.", "VEN"),
    ("On 3 May 2023, gunmen took control of Palma (Cabo Delgado) after a long siege.", "MOZ"),
])
def test_a_bracketed_region_or_country_places_the_town_before_it(coder, text, country):
    found = countries(dyads(coder, text))
    assert any(r == "19" and t == country for _, t, r in found)


def test_a_town_with_no_bracket_keeps_the_gazetteer_s_choice(coder):
    found = countries(dyads(coder, "Russian troops seized control of Palma."))
    assert any(r == "19" and t == "ESP" for _, t, r in found)


@pytest.mark.parametrize("text, root, pair", [
    # the state's own forces are what a show of force or a pull-back moves: where they go or leave is the target
    ("Damascus began pulling its troops out of Lebanon.", "08", ("SYR", "LBN")),
    # (aid30) forces sent to defend another state's government protect it (074), still at that state
    ("Harare sent troops to defend the government of Mozambique against the insurgents.", "07", ("ZWE", "MOZ")),
])
def test_own_forces_moved_yield_to_whom_the_act_is_aimed_at(coder, text, root, pair):
    found = {(s, t) for s, t, r in countries(dyads(coder, text)) if r == root}
    assert pair in found


def test_a_domestic_deployment_keeps_the_country_s_own_forces(coder):
    found = countries(dyads(coder, "Cairo deployed extra police to Alexandria."))
    assert any(r == "15" and s == "EGY" and t == "EGY" for s, t, r in found)
