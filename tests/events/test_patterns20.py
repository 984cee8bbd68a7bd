"""The doer or the object's kind decides a light verb's act (round 20, patterns20): a strike carried out, launched or
called by workers, teachers or another civilian group is a labour strike (143), a state's strike stays armed (190);
training a state's armed forces or their units is military cooperation (062); people held by gunmen, militants or
kidnappers are held captive (181); armed forces that roll, march or advance toward a place use force (190); a labelling verb whose object is given a name of scorn ("a joke", "fools",
"politically motivated", "unfair") is criticism (111), also where the parser hangs the adjective on the object.
Our own sentences, each family with sentences where the same words mean something else."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, code, source, target", [
    # labour strikes by their doers; a state's strike stays armed
    ("Teachers carried out a one-day strike in Paris.", "143", "FRAEDU", None),
    ("French teachers launched an indefinite strike on Monday.", "143", "FRAEDU", None),
    ("Israel carried out a strike on Iran.", "190", "ISR", "IRN"),
    ("Russia launched a strike on Kyiv.", "190", "RUS", "UKR"),
    # training armed forces
    ("U.S. paratroopers began training Ukrainian national guard units in western Ukraine.", "062", "USAMIL", "UKRMIL"),
    ("NATO instructors trained Iraqi commandos near Baghdad.", "062", "IGOWSTNAT", "IRQMIL"),
    # people held by gunmen or militants
    ("Gunmen held dozens of children in a school in Beslan.", "181", None, "RUSCVL"),
    ("Islamic State fighters held two Japanese journalists.", "181", None, "JPNMED"),
    # armed forces heading toward a place
    ("Yugoslav army tanks rolled toward Slovenia's border posts.", "190", "SRBMIL", "SVN"),
    ("Russian troops advanced toward Kyiv from the north.", "190", "RUSMIL", "UKR"),
    ("Hamas gunmen pushed towards the Israeli town of Sderot.", "190", "PSEREB", "ISR"),
    # names of scorn given by a labelling verb
    ("The minister called the plan a joke.", "111", "GOV", None),
    ("Ethiopia called the move politically motivated.", "111", "ETH", None),
    ("Kyiv called the remarks insulting.", "111", "UKR", None),
    ("The opposition called the sanctions unfair.", "111", "OPP", None),
])
def test_doer_and_object_kinds(coder, text, code, source, target):
    t = triples(coder, text)
    assert has_coded(t, code, source, target), t


@pytest.mark.parametrize("text, absent", [
    ("Teachers carried out a one-day strike in Paris.", "19"),
    ("The coach trained the players all week.", "06"),
    ("The company trained its staff in Berlin.", "06"),
    ("Hamas held talks with Egyptian mediators.", "18"),
    ("The rebels held a rally in the capital.", "18"),
    ("Hezbollah held a meeting with Lebanese officials.", "18"),
    ("He called the meeting productive.", "11"),
    ("The storm rolled toward the coast on Tuesday.", "19"),
    ("Flames raced toward the sea.", "19"),
    ("General Petraeus headed toward Baghdad on Monday.", "19"),
    ("Aid trucks moved toward the Rafah crossing.", "19"),
    ("Thousands of protesters marched toward the parliament in Tbilisi.", "19"),
    ("She called the talks a good start.", "11"),
    ("The minister called the troops stationed in the region a deterrent.", "11"),
])
def test_other_uses_are_not_coded_so(coder, text, absent):
    t = triples(coder, text, modality=None)
    assert not has_coded(t, absent, modality=None), t
