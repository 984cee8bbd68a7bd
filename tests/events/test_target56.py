"""(target56) Who did it to whom: the people of an international body (its troops, jets, police or investigators) are
that body, and the UN's armed men its peacekeeping missions (gold README: NATO IGOWSTNAT, UN peacekeepers IGOUNOPKO);
a denial aims at the accuser a clause beside it names; people an army acts on whom no word places are of the other
country the sentence names. Sentences written for these tests."""

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


# ---------------------------------------------------------------------------- a denial's accuser beside it
def test_denial_after_a_protest_aims_at_the_protester(coder):
    got = _events(coder, "Turkey denied that its jets had bombed a Syrian border village, after Damascus protested "
                         "to the UN.", "2019-03-04")
    assert ("016", "TUR", "SYR", "asserted") in [(c, s[:3], t[:3], m) for c, s, t, m in got], got


def test_denial_as_an_envoy_demands_an_inquiry(coder):
    got = _events(coder, "Chad's government denied that its soldiers had killed villagers near Abeche, as the "
                         "French ambassador demanded an inquiry.", "2021-09-09")
    assert any(c == "016" and t[:3] == "FRA" for c, _, t, _ in got), got


def test_denial_with_no_accuser_named_has_no_target(coder):
    got = _events(coder, "Kenya denied that its troops had crossed into Somalia.", "2014-02-02")
    assert any(c == "016" and t == "" for c, _, t, _ in got), got


def test_people_fleeing_beside_a_denial_are_no_accuser(coder):
    # what the villagers did is no charge the denial answers
    got = _events(coder, "Pakistan denied that its troops had shelled Indian posts, as Indian villagers fled toward "
                         "Jammu.", "1990-01-01")
    assert any(c == "016" and t == "" for c, _, t, _ in got), got


def test_a_report_by_a_newspaper_is_no_accuser(coder):
    got = _events(coder, "The union leader denied taking money from Libya after a newspaper reported the payments.",
                  "1984-10-28")
    assert not any(c == "016" and t for c, _, t, _ in got), got


# ---------------------------------------------------------------------------- people an army acts on abroad
def test_villagers_a_foreign_army_rounds_up_are_of_the_other_country(coder):
    got = _events(coder, "Rwandan soldiers rounded up villagers and burned their huts, Congolese officials said.",
                  "2015-03-01")
    assert ("173", "RWAMIL", "CODCVL") in [(c, s, t) for c, s, t, _ in got], got


def test_an_army_s_own_protesters_stay_its_own(coder):
    got = _events(coder, "Syrian troops fired on protesters after Turkey closed the border.", "2012-03-01")
    assert any(s == "SYRMIL" and t == "SYRCVL" for _, s, t, _ in got), got
