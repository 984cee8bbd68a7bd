"""(target60) Who did it to whom. A capital's or country's name before a capitalised site word ("Victoria Park",
"Washington Square", "the Manila Hotel") names that site, not the government seated in the capital nor the country
(data/lexicon/place_cues.yaml named_site_words). Army commanders of the late 1980s named by rank and name are their
army's (data/actors/people.yaml: Chavalit Yongchaiyudh, Aldo Rico). Sentences written for these tests."""

from __future__ import annotations

from gold_helpers import triples


def _events(coder, text, date):
    """(code, source, target, modality) of each event, "" for an empty side (the shared ``coder`` fixture)."""
    return [(c, s or "", t or "", m) for s, t, c, m in triples(coder, text, date=date)]


# ----------------------------------------------------------------------------- a capital's name on a named site
def test_march_from_a_park_named_like_a_capital_is_not_at_that_capitals_government(coder):
    got = _events(coder, "Tens of thousands of residents marched from Victoria Park to the government offices in "
                         "Hong Kong to oppose the security law.", "2020-07-01")
    assert any(c.startswith("14") and s.startswith("HKG") for c, s, _, _ in got), got
    assert all(not s.startswith("SYC") and not t.startswith("SYC") for _, s, t, _ in got), got


def test_the_capital_alone_still_stands_for_its_government(coder):
    got = _events(coder, "Victoria accused Mauritius of blocking the talks on the shared continental shelf.",
                  "2019-05-02")
    assert any(c.startswith("112") and s == "SYCGOV" and t.startswith("MUS") for c, s, t, _ in got), got


# ------------------------------------------------------------------------ army commanders of the late 1980s
def test_thai_army_commander_of_1988_is_the_army(coder):
    got = _events(coder, "General Chavalit Yongchaiyudh flew to Vientiane and signed a border accord with the Lao "
                         "government.", "1988-11-25")
    assert any(c.startswith("057") and s == "THAMIL" for c, s, _, _ in got), got


def test_argentine_rebel_officer_is_the_army(coder):
    got = _events(coder, "Lieutenant-Colonel Aldo Rico demanded an end to the trials of officers.", "1988-01-16")
    assert any(c.startswith("10") and s == "ARGMIL" for c, s, _, _ in got), got


# ------------------------------------------------------------------ a town's name inside a feature's name
def test_traffickers_along_a_river_named_like_a_town_abroad_are_not_of_that_towns_country(coder):
    got = _events(coder, "Ecuadorian troops raided drug traffickers' camps along the San Miguel river on Tuesday.",
                  "2009-03-10")
    assert any(c.startswith("19") and s == "ECUMIL" for c, s, _, _ in got), got
    assert all(not t.startswith("SLV") for _, _, t, _ in got), got


def test_the_town_itself_still_places_the_act(coder):
    got = _events(coder, "Government troops attacked rebel positions in San Miguel on Sunday.", "1989-11-19")
    assert any(c.startswith("19") and t.startswith("SLV") for c, _, t, _ in got), got
