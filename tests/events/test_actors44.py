"""Who the actors are (helper actors44): a capital spelled like another country's town, challengers of a state named
beside its government. Sentences written for these tests."""

from __future__ import annotations

from gold_helpers import has_coded, triples

from foedus.coder.actors import resolve


def test_georgetown_is_guyanas_capital():
    actor = resolve("Georgetown", "1998-01-12")
    assert actor is not None and actor.code == "GUYGOV", actor


def test_police_in_georgetown_are_guyanas(coder):
    got = triples(coder, "GEORGETOWN, Jan 12 - Police fired tear gas at opposition marchers in Georgetown on Monday.",
                  date="1998-01-12")
    assert has_coded(got, "1", "GUY", "GUY"), got
    assert not any((s or "").startswith("CYM") or (t or "").startswith("CYM") for s, t, _, _ in got), got
    got = triples(coder, "Georgetown protested to Caracas over the seizure of two Guyanese fishing boats.",
                  date="2015-06-02")
    assert has_coded(got, "11", "GUY", "VEN"), got


def test_rebels_beside_a_states_government_are_that_states(coder):
    # a mediator of another state and a venue in its capital do not make the rebels its own
    got = triples(coder, "Chad's government and Toubou rebel leaders signed a peace deal in Lome on Friday at talks "
                         "brokered by Togo's President Gnassingbe Eyadema.", date="1999-05-03")
    assert has_coded(got, "057", "TCD", "TCD"), got
    assert not any((s or "").startswith("TGOREB") or (t or "").startswith("TGOREB") for s, t, _, _ in got), got
    got = triples(coder, "Norway hosted talks between the Bolivian government and the opposition, and both sides "
                         "signed an agenda.", date="2019-11-20")
    assert has_coded(got, "057", "BOLGOV", "BOLOPP"), got
    assert not any((s or "").startswith("NOROPP") or (t or "").startswith("NOROPP") for s, t, _, _ in got), got


def test_rebels_beside_another_states_troops_keep_their_place(coder):
    # troops (not a government) beside rebels: nothing is read from the conjunct
    got = triples(coder, "Rwandan troops and rebels of the RCD took the town of Kisangani, Congo's government said.",
                  date="1998-08-25")
    assert not has_coded(got, "1", "RWAREB", None, modality=None), got


def test_staff_of_an_international_body_held_in_a_capital_are_the_target(coder):
    got = triples(coder, "Taliban authorities detained four UN staff members in Kabul on Sunday.", date="2023-01-08")
    assert has_coded(got, "17", "AFG", "IGO"), got
    assert not has_coded(got, "17", "AFG", "AFG"), got
    got = triples(coder, "Rebel authorities arrested two aid agency employees in Sanaa.", date="2021-11-10")
    assert has_coded(got, "17", None, "NGO"), got


def test_a_bare_sector_word_in_a_capital_still_yields_to_the_place(coder):
    # staff of no named body: the town where the act falls still names the target
    got = triples(coder, "Syrian troops shelled residential districts in Damascus overnight.", date="2013-03-08")
    assert has_coded(got, "19", "SYR", "SYR"), got
    # a peacekeeping mission ended is aimed at the state it serves in
    got = triples(coder, "The Security Council voted to end the UN peacekeeping mission in Haiti.", date="2017-04-13")
    assert has_coded(got, "16", "IGO", "HTI"), got


def test_the_vance_owen_plan_is_the_peace_conferences(coder):
    got = triples(coder, "Bosnian Serb commanders rejected the Vance-Owen plan on Thursday.", date="1993-05-20")
    assert has_coded(got, "12", "BIH", "IGO"), got
    assert not any((t or "").startswith("USA") for _, t, _, _ in got), got
