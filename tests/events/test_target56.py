"""(target56) Who did it to whom: the people of an international body (its troops, jets, police or investigators) are
that body, and the UN's armed men its peacekeeping missions (gold README: NATO IGOWSTNAT, UN peacekeepers IGOUNOPKO).
Sentences written for these tests."""

from __future__ import annotations

from gold_helpers import triples


def _events(coder, text, date):
    """(code, source, target, modality) of each event, "" for an empty side (the shared ``coder`` fixture)."""
    return [(c, s or "", t or "", m) for s, t, c, m in triples(coder, text, date=date)]


def _actors(coder, text, date):
    return {a for _, s, t, _ in _events(coder, text, date) for a in (s, t) if a}


# ---------------------------------------------------------------------------- the people of international bodies
def test_un_soldiers_are_the_peacekeeping_mission(coder):
    got = _events(coder, "UN soldiers fired tear gas at rioters who stormed a food depot in Goma.", "2012-06-02")
    assert any(s == "IGOUNOPKO" for _, s, _, _ in got), got
    assert "IGOUNOMIL" not in _actors(coder, "UN soldiers fired tear gas at rioters who stormed a food depot in Goma.",
                                      "2012-06-02")


def test_un_investigators_are_the_un(coder):
    got = _events(coder, "UN investigators accused the Burmese army of burning Rohingya villages.", "2018-03-01")
    assert any(c.startswith("11") and s == "IGOUNO" for c, s, _, _ in got), got


def test_alliance_jets_are_the_alliance(coder):
    got = _events(coder, "NATO jets bombed Bosnian Serb ammunition dumps near Pale.", "1995-05-26")
    assert [(c[:2], s) for c, s, _, _ in got] == [("19", "IGOWSTNAT")], got


def test_regional_bloc_troops_are_the_bloc(coder):
    assert "IGOWAFWASMIL" not in _actors(coder, "ECOWAS troops drove the rebels out of the eastern suburbs of Freetown.",
                                         "1999-02-01")


def test_un_peacekeepers_keep_their_code(coder):
    got = _events(coder, "Gunmen ambushed UN peacekeepers near Kidal, killing two.", "2016-05-20")
    assert any(t == "IGOUNOPKO" for _, _, t, _ in got), got
