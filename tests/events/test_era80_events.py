"""1980s wire prose (issue 10: 1987 Reuters politics stories): datelines that name where a story was
filed, and the verbs of the decade's wars (the Gulf tanker war, Afghanistan, Lebanon, Central America).
Sentences written for these tests; the article date is set, since dated roles depend on it."""

import pytest

from gold_helpers import triples


def asserted(coder, text, date):
    return {(s, t, c) for s, t, c, m in triples(coder, text, date=date) if m == "asserted"}


def countries(code):
    return (code or "")[:3]


# ---- a dateline is where the story was filed, never an actor ----------------------------------------

@pytest.mark.parametrize("text, date, dateline_code", [
    ("MANILA, Aug 29 - Mutinous troops attacked a military camp outside the capital before dawn.", "1987-08-29", "PHL"),
    ("BEIRUT, June 2 - Amal militiamen shelled the Bourj al-Barajneh camp for a third day.", "1987-06-02", "LBN"),
    ("ISLAMABAD, March 3 - Pakistan accused Afghan warplanes of bombing a village near the border.", "1987-03-03", "PAK"),
    ("REYKJAVIK, Oct 11 - Reagan met Gorbachev for a second day of talks on arms control.", "1986-10-11", "ISL"),
])
def test_the_dateline_city_is_no_source(coder, text, date, dateline_code):
    got = asserted(coder, text, date)
    assert got, text
    # the dateline's capital never stands in for the doer of the act
    assert not any(s and s.endswith("GOV") and countries(s) == dateline_code and "Pakistan" not in text
                   for s, t, c in got), got
    assert not any(s == "ISL" or t == "ISL" for s, t, c in got), got


def test_a_dateline_keeps_the_lead_sentence_events(coder):
    got = asserted(coder, "MANILA, Aug 29 - Rebel soldiers attacked the presidential palace in Manila.", "1987-08-29")
    assert any(c.startswith("19") and countries(s) == "PHL" and not s.endswith("GOV") for s, t, c in got), got


def test_a_capital_after_the_dateline_is_still_an_actor(coder):
    got = asserted(coder, "MOSCOW, Feb 4 - Moscow expelled two American diplomats for spying.", "1987-02-04")
    assert any(countries(s) == "SUN" and countries(t) == "USA" for s, t, c in got), got


# ---- the verbs of the decade's wars ------------------------------------------------------------------

@pytest.mark.parametrize("text, date, source, target", [
    ("American warships destroyed an Iranian oil platform used as a gunboat base.", "1987-10-19", "USA", "IRN"),
    ("U.S. Navy jets crippled two Iranian frigates in the southern Gulf.", "1988-04-18", "USA", "IRN"),
    ("Afghan government troops destroyed a rebel base in Paktia province.", "1987-06-01", "AFG", "AFG"),
    ("Iraqi warplanes knocked out an Iranian radar site near the border.", "1987-06-01", "IRQ", "IRN"),
])
def test_forces_destroying_military_things_use_force(coder, text, date, source, target):
    got = asserted(coder, text, date)
    assert any(c[:2] == "19" and countries(s) == source and countries(t) == target for s, t, c in got), got


def test_destroyed_houses_stay_destruction_of_property(coder):
    got = asserted(coder, "Soldiers destroyed the houses of three suspected guerrillas in the village.", "1987-06-01")
    assert not any(c[:2] == "19" for s, t, c in got), got


@pytest.mark.parametrize("text, date, source, target", [
    ("Sandinista soldiers captured an American pilot after his plane came down.", "1986-10-06", "NIC", "USA"),
    ("Salvadoran government forces captured a rebel commander in Morazan province.", "1987-06-01", "SLV", "SLV"),
])
def test_people_captured_are_detained(coder, text, date, source, target):
    got = asserted(coder, text, date)
    assert any(c == "173" and countries(s) == source and countries(t) == target for s, t, c in got), got


def test_enemy_airmen_captured_are_taken_hostage(coder):
    # data/gold/README.md (blind8): enemy airmen and crewmen captured by state forces are 181
    got = asserted(coder, "Angolan troops captured two South African airmen near Cuito Cuanavale.", "1988-02-10")
    assert any(c == "181" and countries(s) == "AGO" and countries(t) == "ZAF" for s, t, c in got), got


def test_a_town_captured_is_still_occupied(coder):
    got = asserted(coder, "Mujahideen guerrillas captured the town of Khost.", "1988-06-01")
    assert any(c == "192" for s, t, c in got), got


@pytest.mark.parametrize("text", [
    "Iranian gunboats returned fire.",
    "The Druze militiamen fired back at the army.",
    "The Syrian troops shot back.",
])
def test_returning_fire_is_fighting(coder, text):
    got = asserted(coder, text, "1987-06-01")
    assert any(c[:2] == "19" for s, t, c in got), got


# ---- an admission is an act of its own, beside the act admitted ----------------------------------------

@pytest.mark.parametrize("text, date, act", [
    ("Reagan admitted that his administration had sold arms to Iran.", "1986-11-19", "07"),
    ("The Soviet Union acknowledged that its troops had shot down the airliner.", "1983-09-09", "19"),
])
def test_an_admission_is_coded_with_the_act(coder, text, date, act):
    got = asserted(coder, text, date)
    assert any(c == "015" for s, t, c in got), got
    assert any(c[:2] == act for s, t, c in got), got


def test_a_plain_statement_with_a_that_clause_stays_reported_speech(coder):
    got = asserted(coder, "Tass said that Soviet troops had withdrawn from the town.", "1988-06-01")
    assert not any(c[:2] == "01" for s, t, c in got), got
