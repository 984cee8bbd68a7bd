"""Domestic dyads, issue 10 round 19 (helper `domestic19`): whether the target is of the source's own country.
Sentences written for these tests."""

from __future__ import annotations

from gold_helpers import dyads_on

dyads = dyads_on("2024-05-10")


def test_handed_to_an_international_court_is_the_court(coder):
    # the person handed over is what is given; the tribunal that receives him is the target
    got = dyads(coder, "Serbia handed Slobodan Milosevic to the UN war crimes tribunal in The Hague.", "2001-06-28")
    assert any(t == "IGOUNOJUD" for _, t, _ in got), got
    got = dyads(coder, "Kenya extradited two suspects to the United States.")
    assert any(s == "KEN" and t == "USA" for s, t, _ in got), got


def test_a_peoples_protesters_acted_on_by_another_states_police_are_of_that_state(coder):
    got = dyads(coder, "Montenegrin police used tear gas to disperse Serb protesters outside a monastery.", "2021-09-05")
    assert any(s == "MNECOP" and t == "MNECVL" for s, t, _ in got), got
    got = dyads(coder, "Croatian police arrested three Serb militiamen near the border.", "1993-01-10")
    assert ("HRVCOP", "HRVREB", "17") in got, got


def test_a_peoples_protesters_acted_on_by_their_own_state_keep_it(coder):
    got = dyads(coder, "Serbian police detained Serb protesters.", "2008-02-21")
    assert any(s == "SRBCOP" and t == "SRBCVL" for s, t, _ in got), got


def test_breakaway_serb_entities_are_rebels_of_the_country_they_broke_from(coder):
    got = dyads(coder, "Croatian troops launched an offensive to retake the rebel Serb region of Krajina.", "1995-08-04")
    assert any(s == "HRVMIL" and t == "HRVREB" for s, t, _ in got), got
    got = dyads(coder, "Bosnian Muslim forces attacked Republika Srpska troops near Doboj.", "1994-03-01")
    assert any(t == "BIHREB" for _, t, _ in got), got
