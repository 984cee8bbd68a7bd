"""People and bodies added in the twenty-sixth session (issue 10): the UN's weapons inspectors in Iraq
(1991-2003), Sudan's Islamist leader, and heads of state who took office in 2026. Names, offices and dates are real."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("name", "date", "code"), [
    ("Rolf Ekeus", "1994-05-01", "IGOUNO"),
    ("Richard Butler", "1998-12-16", "IGOUNO"),
    ("Richard Butler", "1995-03-01", "AUSGOV"),    # Australia's ambassador at the UN before UNSCOM
    ("Hassan al-Turabi", "1997-06-01", "SDNLEG"),  # speaker of the National Assembly
    ("Hassan al-Turabi", "2004-06-01", "SDNOPP"),  # after his break with Bashir
    ("UNSCOM", "1998-11-01", "IGOUNO"),
    ("U.N. Special Commission", "1998-11-01", "IGOUNO"),
    ("UNMOVIC", "2002-12-01", "IGOUNO"),
])
def test_inspection_bodies_and_their_chiefs(dictionary, name, date, code):
    actor = dictionary.resolve(name, date)
    assert actor is not None and actor.code == code


def test_the_inspectors_chief_is_the_un_in_a_sentence(nlp, matcher):
    doc = nlp("Chief inspector Richard Butler pulled his staff out of Baghdad on Wednesday.")
    codes = {m.text: m.code for m in matcher.find(doc, "1998-12-16")}
    assert codes.get("Richard Butler") == "IGOUNO"


@pytest.mark.parametrize(("name", "date", "code"), [
    ("Nasry Asfura", "2025-12-01", "HNDOPP"),      # the opposition's candidate, then president-elect
    ("Nasry Asfura", "2026-03-01", "HNDGOV"),      # president from 27 January 2026
    ("Delcy Rodriguez", "2026-02-01", "VENGOV"),   # acting president after Maduro's capture
    ("Nicolas Maduro", "2026-02-01", "VENELI"),
])
def test_heads_of_state_of_2026(dictionary, name, date, code):
    actor = dictionary.resolve(name, date)
    assert actor is not None and actor.code == code
