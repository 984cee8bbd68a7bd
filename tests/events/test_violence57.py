"""(violence57) Coercion told beside an arrest, weapons taken, and charges. A vessel seized beside the same doer's
arrest of people is property confiscated (1711), its crew's taking being that arrest; a ship seized alone stays 181.
Fishermen are civilians (CVL), not farmers. Armed men of another side disarmed by a doer lose their weapons (1711); a
side that disarms its own fighters, or a disarming only promised, lays down arms (0873/0356). A person "charged with" a
crime by no one named faces the state's legal action (173 from the state's courts), as one charged at home by a
government's authorities; a state "charging" another state accuses it (112). "Sick and wounded prisoners" is one noun
phrase, no wounding. Sentences written for these tests."""

from __future__ import annotations

import pytest

from gold_helpers import triples


def _events(coder, text, date):
    """(code, source, target, modality) of each event, "" for an empty side (the shared ``coder`` fixture)."""
    return [(c, s or "", t or "", m) for s, t, c, m in triples(coder, text, date=date)]


def test_vessel_seized_beside_arrest_is_confiscated(coder):
    events = _events(coder, "The Sri Lankan navy arrested 12 Indian fishermen off Jaffna and seized two trawlers, "
                            "a navy spokesman said.", "2019-05-04")
    assert any(c == "173" and s.startswith("LKA") and t == "INDCVL" for c, s, t, m in events), events
    assert any(c == "1711" and s.startswith("LKA") and m == "asserted" for c, s, t, m in events), events
    assert not any(c == "181" for c, s, t, m in events), events


def test_vessel_seized_alone_stays_hostage_taking(coder):
    events = _events(coder, "Iranian naval forces seized a Liberian-flagged tanker in the Gulf of Oman.", "2023-04-28")
    assert any(c == "181" and s.startswith("IRN") for c, s, t, m in events), events
    assert not any(c == "1711" for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "date", "source"), [
    ("Gabonese soldiers surrounded the prime minister's residence in Libreville and disarmed the police.",
     "2019-01-07", "GAB"),
    ("French troops said they had disarmed dozens of militia fighters in Bangui.", "2013-12-10", "FRA"),
])
def test_others_disarmed_lose_their_weapons(coder, text, date, source):
    events = _events(coder, text, date)
    assert any(c == "1711" and s.startswith(source) and m == "asserted" for c, s, t, m in events), events
    assert not any(c == "0873" for c, s, t, m in events), events


@pytest.mark.parametrize("text", [
    "Liberia's faction leaders promised in Accra to disarm their fighters by January.",
    "The Liberian government said it would disarm the militias if the fighting stopped.",
])
def test_own_or_promised_disarming_is_no_confiscation(coder, text):
    events = _events(coder, text, "1995-08-20")
    assert not any(c == "1711" for c, s, t, m in events), events


def test_sick_and_wounded_prisoners_is_no_wounding(coder):
    events = _events(coder, "Iraq and Iran exchanged about 100 sick and wounded prisoners of war at the Khosravi "
                            "crossing on Monday.", "1988-11-21")
    assert not any(c[:2] in {"18", "19"} for c, s, t, m in events), events
    assert any(c == "0841" and s == "IRQ" and t.startswith("IRN") for c, s, t, m in events), events


def test_wounded_after_and_stays_a_verb(coder):
    """A participle after "and" with an object of its own and a verb before it is the second act."""
    events = _events(coder, "Tamil rebels attacked an army convoy near Jaffna and wounded five soldiers.", "1990-06-12")
    assert any(c[:2] in {"18", "19"} and s.startswith("LKA") for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "date", "target"), [
    ("Three Kenyan police officers were charged on Monday with murdering a human rights lawyer.", "2016-07-18",
     "KENCOP"),
    ("Malawi's former president was charged on Wednesday with the murder of four politicians, police said.",
     "1995-01-04", "MWIELI"),
])
def test_charged_by_no_one_named_is_legal_action(coder, text, date, target):
    events = _events(coder, text, date)
    assert any(c == "173" and s.endswith("JUD") and t == target and m == "asserted" for c, s, t, m in events), events


def test_authorities_charging_someone_at_home_is_legal_action(coder):
    events = _events(coder, "Armenian authorities charged a former interior minister over the deaths of protesters.",
                     "2009-03-10")
    assert any(c == "173" and s == "ARMGOV" for c, s, t, m in events), events


@pytest.mark.parametrize("text", [
    "Russia charged Ukraine with shelling the Zaporizhzhia power plant.",
    "The Chinese government charged Washington with meddling in its internal affairs.",
])
def test_state_charging_another_state_accuses_it(coder, text):
    events = _events(coder, text, "2022-08-10")
    assert any(c[:3] == "112" for c, s, t, m in events), events
    assert not any(c == "173" for c, s, t, m in events), events


def test_vessel_seized_before_its_crew_is_detained_stays_hostage_taking(coder):
    """The seizure told first is the ship's taking; the crew detained after it is the arrest."""
    events = _events(coder, "A Malaysian navy vessel seized a Vietnamese fishing boat off Terengganu, detaining its "
                            "eleven crew members.", "2020-06-03")
    assert any(c == "181" and s.startswith("MYS") for c, s, t, m in events), events
    assert not any(c == "1711" for c, s, t, m in events), events


def test_charge_after_the_arrest_stays_an_accusation(coder):
    events = _events(coder, "Algerian authorities arrested two opposition leaders on Sunday and charged them with "
                            "armed conspiracy against the state.", "1991-07-01")
    assert any(c == "173" and s == "DZAGOV" for c, s, t, m in events), events
    assert any(c[:3] == "112" and s == "DZAGOV" for c, s, t, m in events), events
