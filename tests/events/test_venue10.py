"""Venues and brokers are no targets (round 10b, helper `venue10`): a capital where a statement of intent,
a consultation or a cooperative act is done is its venue ("pledged in Jeddah", "held talks in Doha"),
unless the act is done on arriving there (a visit: the host); the country of a broker noun ("under
Malaysian mediation") is not whom the parties' act is aimed at; the country that names a border the
troops stand along is not the addressee. Sentences written for these tests."""

from __future__ import annotations

import pytest
from gold_helpers import countries, dyads_on

from foedus.coder import places

dyads = dyads_on("2024-05-01")


@pytest.mark.parametrize("text, root, host", [
    ("The presidents of Kenya and Somalia vowed in Addis Ababa to cooperate.", "03", "ETH"),
    ("Armenia's premier promised in Brussels to sign the peace treaty with Azerbaijan.", "03", "BEL"),
    ("Negotiators from Israel and Hamas met in Cairo on Tuesday.", "04", "EGY"),
    ("Ukrainian and Russian delegations will hold talks in Riyadh next week.", "0", "SAU"),
    ("The foreign ministers of Greece and Turkey consulted in Vienna about the Aegean dispute.", "04", "AUT"),
    ("Serbia and Kosovo signed a trade accord in Ankara.", "05", "TUR"),
    ("Peru and Chile have agreed in Brasilia to reopen their border crossings.", "0", "BRA"),
])
def test_capital_of_a_venue_is_no_target(coder, text, root, host):
    got = countries(dyads(coder, text))
    assert any(c.startswith(root) for _, _, c in got), got
    assert all(t != host for _, t, _ in got), got


@pytest.mark.parametrize("text, host", [
    ("Xi Jinping arrived in Moscow for a state visit.", "RUS"),
    ("The Iranian president arrived in Riyadh for a summit with Saudi leaders.", "SAU"),
])
def test_arriving_in_a_capital_still_visits_its_country(coder, text, host):
    got = countries(dyads(coder, text))
    assert any(c.startswith("04") and t == host for _, t, c in got), got


@pytest.mark.parametrize("text, broker, parties", [
    ("Meeting in Putrajaya under Malaysian mediation, the leaders of Thailand and Cambodia agreed to a truce.",
     "MYS", {"THA", "KHM"}),
    ("Talking in Doha under Qatari mediation, Israel and Hamas agreed to a four-day truce.", "QAT", {"ISR", "PSE"}),
    ("Gathered in Ankara under Turkish mediation, Somalia and Ethiopia agreed to end their dispute.",
     "TUR", {"SOM", "ETH"}),
    ("Holding talks in Jeddah under Saudi and American mediation, the Sudanese army and the RSF signed a "
     "humanitarian pact.", "SAU", {"SDN"}),
    ("Negotiating under Egyptian auspices, Fatah and Hamas pledged to form a unity government.", "EGY",
     {"PSE"}),
])
def test_country_of_a_broker_noun_is_no_target_of_the_parties(coder, text, broker, parties):
    got = countries(dyads(coder, text))
    assert any(s in parties for s, _, _ in got), got
    assert all(t != broker for s, t, _ in got if s in parties), got


@pytest.mark.parametrize("text, source, neighbour", [
    ("Israeli troops took up positions along the Syrian border.", "ISR", "SYR"),
    ("Turkish artillery shelled Kurdish positions along the Iraqi border.", "TUR", "IRQ"),
    ("Indian troops set up new posts along the Chinese border.", "IND", "CHN"),
    ("Turkish soldiers deployed near the Armenian border last week.", "TUR", "ARM"),
    ("Egyptian forces dug trenches along the Libyan frontier.", "EGY", "LBY"),
])
def test_country_of_a_border_stood_along_is_no_addressee(coder, text, source, neighbour):
    got = countries(dyads(coder, text))
    assert any(s == source for s, _, _ in got), got
    assert all(t != neighbour for _, t, _ in got), got


def test_troops_sent_to_a_border_go_towards_it(coder):
    got = countries(dyads(coder, "Mexico agreed to send 10,000 soldiers to the U.S. border."))
    assert any(s == "MEX" and t == "USA" for s, t, _ in got), got


def test_cue_lists_are_loaded():
    assert {"arrive", "land"} <= set(places.ARRIVAL_VERBS)
    assert {"mediation", "auspices"} <= set(places.BROKER_NOUNS)
