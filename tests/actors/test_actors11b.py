"""Round 11b (actors11b): ethnic kin fighting inside another state ("Bosnian Serb forces", "Croatian Serb
rebels") are that state's rebels; a dictionary name spelled with a lower-case
word ("Kurdish peshmerga"); a surname too common to name anyone alone resolves right after a title to the
one office-holder of the title's sector on the date. Sentences written for these tests."""

from __future__ import annotations

import pytest

from foedus.coder.actors import resolve

from actor_helpers import root_pairs


def _code(name, date):
    actor = resolve(name, date)
    return actor.code if actor else None


@pytest.mark.parametrize(("name", "date", "code"), [
    ("Bosnian Serbs", "1994-06-01", "BIHREB"),
    ("Bosnian Serb army", "1993-03-01", "BIHREB"),
    ("Bosnian Serbs", "2012-05-01", "BIHGOV"),        # Republika Srpska's authorities after the 1996 elections
    ("Croatian Serbs", "1993-01-25", "HRVREB"),
    ("Krajina Serbs", "1995-08-04", "HRVREB"),
    ("Croatian Serbs", "2005-01-01", "HRV"),          # a people of Croatia after UNTAES ended
])
def test_kin_outside_their_state(name, date, code):
    assert _code(name, date) == code


@pytest.mark.parametrize(("text", "date", "pair"), [
    ("Bosnian Serb gunners pounded the town of Bihac overnight.", "1994-11-20", ("19", "BIHREB", "BIH")),
    ("Bosnian Serb forces have shelled Tuzla again, UN officials said.", "1995-05-25", ("19", "BIHREB", "BIH")),
    ("Croatian Serb rebels fired rockets at Zagreb.", "1995-05-02", ("19", "HRVREB", "HRV")),
    ("Krajina Serb forces attacked Croatian positions near Zadar.", "1993-01-25", ("19", "HRVREB", "HRV")),
    ("Karabakh Armenian forces clashed with the Azerbaijani army.", "2016-04-03", ("19", "AZEREB", "AZEMIL")),
])
def test_kin_forces_code_as_rebels_of_the_state(coder, text, date, pair):
    assert pair in root_pairs(coder, text, date)


def test_lower_case_word_of_a_listed_name(coder):
    pairs = root_pairs(coder, "Kurdish peshmerga fighters recaptured a village from Islamic State.", "2016-03-10")
    assert any(src.startswith("IRQ") for root, src, _ in pairs if root == "19")


@pytest.mark.parametrize(("text", "date", "pair"), [
    ("Secretary of State Powell met Foreign Minister Ivanov in Moscow on Wednesday.", "2003-03-05",
     ("04", "USAGOV", "RUSGOV")),
    ("Secretary of State Baker met Soviet Foreign Minister Shevardnadze in Helsinki.", "1990-09-05",
     ("04", "USAGOV", "SUNGOV")),
    ("President Fox met President Bush at the ranch.", "2002-03-05", ("04", "MEXGOV", "USAGOV")),
    # a capital visited is the country visited (gold README 'Visits'; consult37)
    ("Prime Minister Howard visited Jakarta on Monday.", "2004-05-05", ("04", "AUSGOV", "IDN")),
])
def test_title_then_common_surname(coder, text, date, pair):
    assert pair in root_pairs(coder, text, date)


def test_common_surname_alone_stays_no_one(coder):
    # no title and no earlier full mention: "Powell" is too common a word and name to be anyone alone
    pairs = root_pairs(coder, "Powell criticised Iraq over the weapons inspections.", "2003-03-05")
    assert all(not src.startswith("USA") for _, src, _ in pairs)
