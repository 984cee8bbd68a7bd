"""Dyads of events whose type is right (round 9, helper `dyad9`): a town that names an agreement, a
process or talks ("the Algiers accord", "the Doha talks") is no party to it; the parties of an exchange
between conjoined sides are each other, not the people exchanged. Sentences written for these tests."""

from __future__ import annotations

import pytest
from gold_helpers import dyads_on

dyads = dyads_on("2024-05-01")


def _countries(got):
    return {((s or "")[:3], (t or "")[:3], c) for s, t, c in got}


@pytest.mark.parametrize("text, root, source, target, venue", [
    ("Russia withdrew from the Istanbul grain agreement with Ukraine on Monday.", "16", "RUS", "UKR", "TUR"),
    ("The Malian junta scrapped the Algiers accord with Tuareg rebel groups.", "12", "MLI", "", "DZA"),
    ("Israel suspended the Doha talks with Hamas after the truce collapsed.", "16", "ISR", "PSE", "QAT"),
    ("Azerbaijan pulled out of the Minsk process with Armenia.", "08", "AZE", "ARM", "BLR"),
    ("Sudan's government abandoned the Juba peace agreement with the rebel alliance.", "16", "SDN", "", "SSD"),
    ("The Taliban have repeatedly violated the Doha agreement with the United States.", "", "AFG", "USA", "QAT"),
    ("Kyiv accused Moscow of breaching the Minsk agreements.", "11", "UKR", "RUS", "BLR"),
])
def test_town_naming_an_agreement_is_no_party(coder, text, root, source, target, venue):
    got = _countries(dyads(coder, text))
    assert all(t != venue for _, t, _ in got), got
    if root:
        assert any(s == source and c == root and (not target or t == target) for s, t, c in got), got


@pytest.mark.parametrize("text, a, b", [
    ("Moscow and Kyiv swapped 195 captured soldiers apiece in a UAE-mediated handover at the Belarus border.",
     "RUS", "UKR"),
    ("Baku and Yerevan swapped 40 detained soldiers at the Georgian border.", "AZE", "ARM"),
    ("Peru and Ecuador signed a border treaty in Brasilia, with Argentina, Brazil, Chile and the United States "
     "as guarantors.", "PER", "ECU"),
    ("Vietnam and Cambodia signed a deal to link their power grids during a visit to Phnom Penh by Vietnam's "
     "party chief.", "VNM", "KHM"),
    ("The foreign ministers of Afghanistan and Pakistan signed accords on the refugees, with Moscow and "
     "Washington as guarantors.", "AFG", "PAK"),
    ("Kenya and Tanzania signed a trade pact negotiated by Uganda's foreign minister.", "KEN", "TZA"),
])
def test_parties_of_a_mutual_act_act_on_each_other(coder, text, a, b):
    got = _countries(dyads(coder, text))
    acts = {(s, t) for s, t, c in got if c in {"05", "08"}}
    assert (a, b) in acts and (b, a) in acts, got
    assert all({s, t} == {a, b} for s, t in acts), got


def test_a_further_party_the_verb_names_stays(coder):
    got = _countries(dyads(coder, "Serbian President Aleksandar Vucic and Croatian Prime Minister Andrej "
                                  "Plenkovic met in Brussels with EU officials."))
    assert ("SRB", "IGO", "04") in got, got


@pytest.mark.parametrize("text, source, broker", [
    ("Ethiopia accepted the ceasefire, mediated by the African Union's envoy.", "ETH", "IGO"),
    ("Armenia ratified the border deal, negotiated by Russia's foreign minister.", "ARM", "RUS"),
    ("The Houthis released 20 prisoners, freed under a swap arranged by Oman.", "YEM", "OMN"),
    ("Hamas freed four hostages in a deal mediated by Qatar and Egypt.", "PSE", "QAT"),
    ("Mexico signed a security accord, brokered by Canada's prime minister.", "MEX", "CAN"),
])
def test_broker_of_a_cooperative_act_is_not_its_target(coder, text, source, broker):
    got = _countries(dyads(coder, text))
    assert any(s == source for s, t, c in got), got
    assert all(t != broker for s, t, c in got if s == source and c != "04"), got


@pytest.mark.parametrize("text, target, abroad", [
    ("Rioters set fire to shops in Honiara's Chinatown.", "SLB", "USA"),
    ("Gunmen attacked a bar in Mombasa's Old Town.", "KEN", "USA"),
    ("Unknown attackers threw a grenade into a cafe in Nairobi's Chinatown.", "KEN", "USA"),
])
def test_a_quarter_is_in_the_town_that_owns_it(coder, text, target, abroad):
    got = _countries(dyads(coder, text))
    assert any(t == target for s, t, c in got), got
    assert all(abroad not in (s, t) for s, t, c in got), got


@pytest.mark.parametrize("text, target", [
    ("On 14 September 2025, militants detonated an explosive device under a police van in Quetta.", "PAK"),
    ("Insurgents planted a bomb under an army truck near Kirkuk.", "IRQ"),
    ("Gunmen planted explosives underneath a government minister's car in Mogadishu.", "SOM"),
])
def test_the_spot_a_weapon_is_set_off_under_is_its_target(coder, text, target):
    got = _countries(dyads(coder, text, date="2025-09-20"))
    assert any(c == "18" and t == target for s, t, c in got), got


@pytest.mark.parametrize("text, source, venue", [
    ("Sudan's rival factions signed a power-sharing deal in Addis Ababa on Friday.", "SDN", "ETH"),
    ("The Libyan parties signed a ceasefire agreement in Geneva.", "LBY", "CHE"),
    ("Armenia signed a peace framework in Washington on Tuesday.", "ARM", "USA"),
    ("South Sudan's warring leaders signed a peace agreement in Khartoum.", "SSD", "SDN"),
])
def test_the_town_a_deal_is_signed_in_is_the_venue(coder, text, source, venue):
    got = _countries(dyads(coder, text))
    assert any(s == source and c == "05" for s, t, c in got), got
    assert all(venue not in (s, t) for s, t, c in got if c == "05"), got


def test_a_visit_still_goes_to_the_town_visited(coder):
    got = _countries(dyads(coder, "Kenya's president arrived in Addis Ababa for talks on the dam."))
    assert any(s == "KEN" and t == "ETH" for s, t, c in got), got
