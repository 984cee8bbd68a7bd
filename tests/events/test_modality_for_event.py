"""modality.for_event (issue 10): the modality of a coded event once its code is known.
Sentences written for these tests."""

from __future__ import annotations

import pytest

import foedus


def coded(text, date="2024-06-20"):
    return [(e.cameo[:2], e.modality) for e in foedus.code_text(text, date=date).events]


def test_pledge_of_aid_is_intended():
    assert coded("Canada pledged new artillery shells for Ukraine.") == [("03", "intended")]
    assert ("03", "intended") in coded("Norway promised to send air defence systems to Ukraine.")


def test_agreed_truce_counts_as_having_happened():
    """An agreement to a truce is a statement of intent (03x, the truce lies ahead): the statement was
    made, so it counts as an event that happened (schema.happened) whatever its modality."""
    from foedus.schema import happened

    got = coded("India and China agreed to a ceasefire on Friday.")
    assert got and all(happened(m, root) for root, m in got)


def test_not_considering_is_negated():
    got = coded("Japan is not considering sending troops to Taiwan.")
    assert got and all(m == "negated" for _, m in got)


def test_considering_sanctions_is_never_asserted():
    got = coded("The European Union is considering sanctions against Belarus.")
    assert got and all(m == "considered" for _, m in got)


def test_threat_with_a_condition_is_made():
    """A warning given is a threat made (asserted), whatever the condition on the act it threatens (round 20);
    said without a threat-making verb, the consequence is a conditional threat."""
    assert coded("Turkey warned it would strike Syria if the attacks continued.") == [("13", "asserted")]
    assert coded("Turkey said it would strike Syria if the attacks continued.") == [("13", "conditional")]


def test_discussion_is_an_act():
    got = coded("German and French ministers discussed the budget in Paris.")
    assert got and all(m == "asserted" for _, m in got)


def test_weighed_act_with_a_condition_is_considered_and_the_condition_conditional():
    got = coded("Canada is considering sending tanks to Ukraine if Russia attacks Moldova.")
    assert ("03", "considered") in got and ("19", "conditional") in got
    assert all(m != "asserted" for _, m in got)
    got = coded("Japan is weighing whether to send warships to the strait.")
    assert got and all(m == "considered" for _, m in got)


@pytest.mark.parametrize("text", [
    "The US stopped short of imposing sanctions on Israel.",
    "Hungary blocked the EU from sending aid to Ukraine.",
])
def test_prevented_and_near_miss_acts_are_not_asserted(text):
    got = foedus.code_text(text, date="2024-06-20").events
    # the blocking itself may be coded; the act that did not happen is negated
    acts = [e for e in got if e.cameo[:2] in {"07", "16"} and e.cameo != "160"]
    assert acts and all(e.modality == "negated" for e in acts)
