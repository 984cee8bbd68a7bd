"""Coercion, force posture and reduced relations (CAMEO 15-17) the coder missed, each fixed as a class and tested on
our own sentences (helper coerce25 of the twenty-fifth session)."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, code, source, target", [
    # a span of time given to leave, with no penalty named, is an expulsion (166), private people's a deportation
    # (174): the infinitive is a clause of its own, so the verb patterns never saw it and "give * hour" coded an
    # ultimatum (139) or nothing. (verbal48) Private people or a whole state given time to leave are given an ultimatum
    # (139, tests/events/test_verbal48.py)
    ("Niger's junta gave the German ambassador 48 hours to leave the country.", "174", "NER", "DEU"),  # (violence56) expelled envoys are 174 (gold README since blind21)
    ("The Malian government gave Danish special forces two weeks to leave the country.", "166", "MLI", "DNK"),
    ("Caracas gave Peruvian diplomats 72 hours to leave.", "174", "VEN", "PER"),
])
def test_time_given_to_leave_is_an_expulsion(coder, text, code, source, target):
    t = triples(coder, text)
    assert has_coded(t, code, source, target), t
    assert not has_coded(t, "139", modality=None), t


def test_time_given_to_leave_or_face_a_penalty_stays_an_ultimatum(coder):
    t = triples(coder, "Washington gave the Iraqi leader 48 hours to leave Iraq or face military action.")
    assert has_coded(t, "139", "USA", "IRQ"), t
    assert not has_coded(t, "16", modality=None), t


@pytest.mark.parametrize("text, code, source", [
    # a carrier or warships ordered towards a place are deployed (154); missiles fired into the sea or the waters off
    # a coast, no target named, show force (150), no air strike (195)
    ("The United States ordered a second aircraft carrier toward the Persian Gulf on Monday.", "154", "USA"),
    ("Beijing fired four unarmed missiles into waters off the Japanese island of Yonaguni.", "150", "CHN"),
    ("North Korea fired two ballistic missiles into the sea off its east coast.", "150", "PRK"),
])
def test_force_shown_or_moved(coder, text, code, source):
    t = triples(coder, text)
    assert has_coded(t, code, source), t
    assert not has_coded(t, "195", modality=None), t


def test_a_carrier_bought_is_no_deployment(coder):
    t = triples(coder, "India ordered two frigates from a Russian shipyard.")
    assert not has_coded(t, "15", modality=None), t


@pytest.mark.parametrize("text, source, target", [
    # forces massed, told in a relative clause in the past perfect, still stand where they were massed
    ("Turkey withdrew some of the tanks it had massed near the border with Syria.", "TUR", "SYR"),
    ("Moscow pulled back part of the troops it had massed along the Ukrainian border.", "RUS", "UKR"),
])
def test_forces_massed_in_a_relative_clause(coder, text, source, target):
    t = triples(coder, text)
    assert has_coded(t, "154", source), t


def test_other_acts_in_the_past_perfect_stay_background(coder):
    t = triples(coder, "Colombian troops recaptured the towns the FARC rebels had seized in the south.")
    assert not has_coded(t, "19", "COLREB", modality=None), t


@pytest.mark.parametrize("text, date, source, target", [
    # a title before a hyphenated given name the dictionaries lack still names one office-holder: a coup that ousts
    # him is coded (173), not an expulsion of no one (166)
    ("Malian soldiers ousted President Jean-Baptiste Keita and flew him to Senegal.", "1991-03-26", "MLIMIL",
     "MLIGOV"),
    ("Congolese troops ousted President Jean-Noel Bakala in a dawn coup.", "1997-06-05", "CODMIL", "CODGOV"),
])
def test_hyphenated_given_names_after_a_title(coder, text, date, source, target):
    t = triples(coder, text, date)
    assert has_coded(t, "173", source, target), t
