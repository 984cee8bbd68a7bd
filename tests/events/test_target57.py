"""(target57) Who did it to whom: a sector word that opens its sentence ("insurgents", "the militants", "bandits"),
before any state or place is named, is of the one country of the places the sentence names after it, as the sector
words after those places are; not of a state named as what it acts on ("a Thai trawler", "trade with Qatar"), and
not when it is acted on ("militants were killed") or named by no one ("unidentified gunmen"). Sentences written for
these tests."""

from __future__ import annotations

from gold_helpers import triples


def _events(coder, text, date):
    """(code, source, target, modality) of each event, "" for an empty side (the shared ``coder`` fixture)."""
    return [(c, s or "", t or "", m) for s, t, c, m in triples(coder, text, date=date)]


# ------------------------------------------------------------------------- placed by the names that come after it
def test_militants_take_the_country_of_the_town_named_after_them(coder):
    got = _events(coder, "The militants drove the abducted Kankara schoolboys back into the town and freed them, "
                         "the governor said.", "2020-12-20")
    assert ("0841", "NGAREB", "NGACVL", "asserted") in got, got
    assert all(s != "REB" for _, s, _, _ in got), got


def test_separatists_take_the_country_of_the_road_named_after_them(coder):
    got = _events(coder, "Separatist fighters set off a roadside bomb under a military truck on the Kumba-Mamfe road, "
                         "wounding four soldiers.", "2020-01-01")
    assert ("1833", "CMRREB", "CMRMIL", "asserted") in got, got


def test_bandits_take_the_country_of_the_towns_named_after_them(coder):
    got = _events(coder, "Bandits abducted 12 travellers from a bus between Funtua and Zaria on Sunday, according to "
                         "Katsina police.", "2021-01-01")
    assert ("181", "NGACRM", "NGACVL", "asserted") in got, got


# ------------------------------------------------------------------------------------------------------ guards
def test_nationality_of_what_is_seized_places_no_pirates(coder):
    got = _events(coder, "Pirates seized a Thai fishing trawler and its crew on Sunday.", "2010-01-01")
    assert got and all(not s.startswith("THA") for _, s, _, _ in got), got


def test_a_state_the_act_is_aimed_at_places_no_doer(coder):
    got = _events(coder, "The cabinet minister ordered an end to all trade with Qatar.", "2019-01-01")
    assert got and all(not s.startswith("QAT") for _, s, _, _ in got), got


def test_militants_killed_stay_the_target_of_the_forces(coder):
    got = _events(coder, "Four militants were killed in a gunfight with soldiers in Kulgam district on Monday, "
                         "police said.", "2020-12-20")
    assert ("190", "INDMIL", "INDREB", "asserted") in got, got


def test_unidentified_gunmen_get_no_country(coder):
    got = _events(coder, "Unidentified gunmen killed twelve villagers in Umogidi, Otukpo LGA, Benue state.", "2023-01-01")
    assert got and all(s == "" for _, s, _, _ in got), got
