"""Round 21, helper precision21: words in a sense that is no political act, and orders that are the orderer's own
decision. A price, trade or tariff war and the Cold War are no fighting; a resolution adopted is no agreement
signed; conceding defeat (an election's end) is no concession; flying to a place is a visit (042), no intent to
meet (036), and flying people somewhere is transport; an order whose object is a thing or an act ("ordered an
inquiry", "ordered a carrier group to the Gulf") is no demand (100) on anyone, while an actor ordered to act
or an order of an international court stays a demand; tear gas fired by troops is crowd control (175)."""

from __future__ import annotations

import pytest


def _codes(coder, text):
    return [(e.cameo, e.modality) for e in coder.code_text(text, date="2024-05-01").events]


@pytest.mark.parametrize("text", [
    "Two supermarket chains launched a price war in the northern provinces last month.",
    "The two governments agreed to pause their trade war for ninety days.",
    "The museum opened an exhibition on spies of the Cold War.",
])
def test_economic_war_or_era_is_no_fighting(coder, text):
    assert not any(c.startswith("19") for c, _ in _codes(coder, text))


def test_a_battle_still_fights(coder):
    codes = _codes(coder, "Sudanese troops and RSF fighters fought a fierce battle for the city of Wad Madani.")
    assert any(c.startswith("19") for c, _ in codes), codes


def test_resolution_adopted_is_no_agreement(coder):
    codes = _codes(coder, "The General Assembly adopted a resolution calling for aid deliveries to Sudan.")
    assert not any(c.startswith("05") for c, _ in codes), codes


@pytest.mark.parametrize("text", [
    "Incumbent President Lungu conceded defeat to opposition leader Hakainde Hichilema.",
    "The ruling party conceded defeat on Monday after the count was completed.",
])
def test_conceding_defeat_is_no_concession(coder, text):
    assert not any(c.startswith("08") for c, _ in _codes(coder, text))


def test_flying_to_a_place_is_a_visit(coder):
    codes = _codes(coder, "The Indian foreign minister flew to Tokyo on Sunday.")
    assert ("042", "asserted") in codes, codes
    assert not any(c.startswith("03") for c, _ in codes), codes


def test_flying_people_somewhere_is_transport(coder):
    codes = _codes(coder, "Kenyan police arrested the fugitive in Nairobi and flew him to Kigali.")
    assert not any(c.startswith("03") or c.startswith("04") for c, _ in codes), codes


@pytest.mark.parametrize("text", [
    "The prime minister ordered an investigation into the collapse of the bridge.",
    "Paris ordered a second frigate toward the Strait of Hormuz on Tuesday.",
    "The president ordered a halt to wheat exports to Egypt.",
])
def test_order_of_a_thing_is_no_demand(coder, text):
    assert not any(c.startswith("10") for c, _ in _codes(coder, text))


@pytest.mark.parametrize("text", [
    "The International Court of Justice ordered Myanmar to prevent genocide against the Rohingya.",
    "Washington ordered Beijing to close its consulate in Houston.",
])
def test_actor_ordered_stays_a_demand(coder, text):
    codes = _codes(coder, text)
    assert any(c.startswith("10") for c, _ in codes), codes


def test_troops_firing_tear_gas_repress(coder):
    codes = _codes(coder, "Bolivian troops fired tear gas at miners marching on La Paz.")
    assert any(c == "175" for c, _ in codes), codes
    assert not any(c == "194" for c, _ in codes), codes
