"""Round 19 (targets19): the targets of mutual acts of several parties. Sentences written for these tests."""

from __future__ import annotations

import pytest
from gold_helpers import countries, dyads_on

dyads = dyads_on("2024-05-10")


@pytest.mark.parametrize("text, root, a, b, wrong", [
    # an actor named in a clause of its own under the mutual act, in its broker's by-phrase or outside
    # the act's phrase is no partner of it: the parties act on each other
    ("Kenya and Tanzania agreed to withdraw their troops from the plateau, ending a standoff on the border "
     "with Uganda.", "03", "KEN", "TZA", "UGA"),
    ("Peru and Chile agreed to restore diplomatic relations and reopen embassies within two months under a deal "
     "brokered by Brazil, the three countries said in a joint statement in Brasilia.", "03", "PER", "CHL", "BRA"),
])
def test_an_actor_beyond_a_mutual_act_s_words_is_no_partner_of_it(coder, text, root, a, b, wrong):
    found = countries(dyads(coder, text))
    assert (a, b, root) in found and (b, a, root) in found
    assert not any(r == root and t == wrong for _, t, r in found)


@pytest.mark.parametrize("text, root, target", [
    # the mutual act's own object or partner stays its target
    ("France and Britain agreed to impose sanctions on Iran.", "13", "IRN"),
    ("Peru and Chile agreed to hold talks with Bolivia.", "03", "BOL"),
])
def test_a_mutual_act_s_own_third_party_stays_its_target(coder, text, root, target):
    found = countries(dyads(coder, text))
    assert any(r == root and t == target for _, t, r in found)


@pytest.mark.parametrize("text, root, partner", [
    # a conjunct with no subject of its own follows a mutual act with a partner: aimed at that partner
    ("Spain and Morocco signed security agreements with Mauritania and pledged fresh aid.", "03", "MRT"),
    ("Poland and Sweden held talks with Lithuania and agreed to boost defence cooperation.", "03", "LTU"),
])
def test_a_second_conjunct_keeps_the_first_act_s_partner(coder, text, root, partner):
    found = countries(dyads(coder, text))
    assert any(r == root and t == partner for _, t, r in found)
    assert not any(r == root and t in {"ESP", "MAR", "POL", "SWE"} for _, t, r in found)


def test_a_second_conjunct_of_a_pact_between_the_parties_stays_mutual(coder):
    found = countries(dyads(coder, "Peru and Chile signed a trade pact and vowed to deepen ties."))
    assert ("PER", "CHL", "03") in found and ("CHL", "PER", "03") in found


def test_each_side_s_warning_about_the_other_is_aimed_at_the_other(coder):
    found = countries(dyads(coder, "Ethiopia and Eritrea signed a truce, but each side warned it would retaliate "
                                   "if the other attacked."))
    assert ("ETH", "ERI", "13") in found and ("ERI", "ETH", "13") in found


@pytest.mark.parametrize("text, root, source, target", [
    # an act of one side on a named pact of two sides, with no target named, is aimed at the other side
    ("Moscow suspended its participation in the Black Sea grain deal on Tuesday.", "16", "RUS", "UKR"),
    ("The United States withdrew from the INF treaty last year.", "16", "USA", "RUS"),
    ("Russia pulled out of the grain deal on Monday.", "16", "RUS", "UKR"),
    ("Russia refused to extend the grain deal.", "12", "RUS", "UKR"),
])
def test_an_act_on_a_named_pact_is_aimed_at_its_other_side(coder, text, root, source, target):
    found = countries(dyads(coder, text))
    assert (source, target, root) in found


def test_a_pact_s_name_gives_no_target_to_a_state_outside_it_or_beside_a_named_partner(coder):
    found = countries(dyads(coder, "Kenya pulled out of the grain deal with Uganda."))
    assert ("KEN", "UGA", "16") in found
    assert not any(t in {"RUS", "UKR"} for _, t, _ in found)
