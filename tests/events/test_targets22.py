"""Round 22 (targets22): the target of an act moved or promised. Sentences written for these tests."""

from __future__ import annotations

import pytest
from gold_helpers import dyads_on

dyads = dyads_on("2024-05-10")


@pytest.mark.parametrize("text, root, source, target", [
    # an event noun of moving one's own forces: the forces are what is moved, the place they go to or leave
    # is the target (as for the verb "deployed troops to Belarus"), even when the parser hangs the place on
    # the verb or on the forces
    ("Moscow announced a deployment of troops to Belarus.", "15", "RUSGOV", "BLR"),
    ("Chad announced the deployment of 1,000 soldiers to Mali.", "15", "TCD", "MLI"),
    ("Washington ordered the withdrawal of its troops from Syria.", "08", "USAGOV", "SYR"),
])
def test_a_deployment_noun_is_aimed_where_the_forces_go(coder, text, root, source, target):
    found = {(s, t) for s, t, r in dyads(coder, text) if r == root}
    assert (source, target) in found
    assert not any(s == source and (t or "")[:3] == source[:3] and t != source for s, t in found)


def test_a_deployment_noun_naming_no_other_place_keeps_the_own_forces(coder):
    # a domestic deployment: the country's own forces, as for a verb
    found = {(s, t) for s, t, r in dyads(coder, "The government of Peru ordered a deployment of soldiers.") if r == "15"}
    assert found and all((t or "")[:3] == "PER" for _, t in found)


@pytest.mark.parametrize("text, town_country", [
    # the town where a promise is made ("agreed in Geneva to curb") is its venue, not the target of the act
    # promised (the target model is offered no such town)
    ("Iran agreed in Geneva to curb its nuclear programme.", "CHE"),
    ("Hamas agreed in Cairo to release the hostages.", "EGY"),
])
def test_the_town_of_a_promise_is_no_target_of_the_act_promised(coder, text, town_country):
    found = dyads(coder, text)
    assert found and not any((t or "")[:3] == town_country and (s or "")[:3] != town_country for s, t, _ in found)


def test_an_arrival_town_stays_the_host(coder):
    found = dyads(coder, "Trump arrived in Hanoi to meet Kim Jong Un.")
    assert any(t == "VNM" for _, t, _ in found)
