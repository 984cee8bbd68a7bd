"""(violence54) Vigilantes and self-defence groups, residents armed against gangs or raiders in no state's service, are
unaligned armed men (UAF) of the country: their killings and fights have a doer ("self-defence brigades lynched two
men", "vigilantes clashed with bandits"). Guard: no event is coded from the words alone. Sentences written for these tests."""

from __future__ import annotations

import pytest

from gold_helpers import triples


def _events(coder, text, date):
    """(code, source, target, modality) of each event, "" for an empty side (the shared ``coder`` fixture)."""
    return [(c, s or "", t or "", m) for s, t, c, m in triples(coder, text, date=date)]


@pytest.mark.parametrize(("text", "date", "code", "source"), [
    ("Self-defence brigades in Gonaives lynched three men accused of working for a gang on Sunday.", "2024-05-12",
     "1823", "HTIUAF"),
    ("Vigilantes in Zamfara clashed with bandits near Gusau on Friday, police said.", "2023-02-10",
     "190", "NGAUAF"),
])
def test_vigilantes_are_armed_men_with_a_doer(coder, text, date, code, source):
    events = _events(coder, text, date)
    assert any(c == code and s == source and m == "asserted" for c, s, t, m in events), events


def test_no_event_from_vigilantes_alone(coder):
    events = _events(coder, "A vigilante group was formed in the village last year, residents said.", "2022-01-01")
    assert events == [], events


@pytest.mark.parametrize(("text", "date", "source", "target"), [
    # a farm, an office, a broadcaster held by armed men: property seized, no territory occupied
    ("Rebel soldiers occupied the offices of a private radio station in Bangui on Monday.", "2013-03-25",
     "CAFREB", "CAFMED"),
    ("Mutinous troops took control of the state broadcaster in Niamey on Wednesday.", "2023-07-26",
     "NERMIL", "NERMED"),
    # held by a crowd: seized, no riot
    ("Thousands of workers occupied a textile factory in Egypt's Mahalla to demand unpaid wages.", "2008-04-06",
     "EGYCVL", "EGY"),
])
def test_a_building_occupied_or_taken_over_is_property_seized(coder, text, date, source, target):
    events = _events(coder, text, date)
    assert ("1711", source, target, "asserted") in events, events
    assert not any(c in {"192", "145"} for c, s, t, m in events), events


def test_landless_farmers_occupying_a_ranch_seize_it(coder):
    events = _events(coder, "Landless farmers occupied a cattle ranch in Brazil's Mato Grosso state on Tuesday.",
                     "2015-06-02")
    assert any(c == "1711" and s.startswith("BRA") and m == "asserted" for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "date", "code"), [
    # a town is territory
    ("Tuareg rebels occupied the town of Kidal in northern Mali on Saturday.", "2012-03-31", "192"),
    # a police station taken by gangs is ground held
    ("Gangs took over the police station in Mirebalais, Haiti, on Monday.", "2024-03-04", "192"),
    # a crowd in parliament riots
    ("Protesters occupied the parliament in Colombo on Saturday.", "2022-07-09", "145"),
])
def test_places_and_seats_of_state_keep_their_codes(coder, text, date, code):
    events = _events(coder, text, date)
    assert any(c == code for c, s, t, m in events), events
    assert not any(c == "1711" for c, s, t, m in events), events
