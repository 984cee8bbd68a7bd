"""(unreal55) Modality. Acts whose code names a result, coded as facts before when an attempt governed them: "tried to
retake the town but were driven back", "foiled an attempt by jihadists to overrun the town" (gold README: "tried to
seize" is 192 negated, "tried to dissolve" parliament 172 negated). The attempt to take a place by force is an
assault, made (190, asserted); an attempted attack stays an attack ("tried to storm the parliament": 145 asserted).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from gold_helpers import triples


def _events(coder, text, date):
    """(code, source, target, modality) of each event, "" for an empty side (the shared ``coder`` fixture)."""
    return [(c, s or "", t or "", m) for s, t, c, m in triples(coder, text, date=date)]


@pytest.mark.parametrize(("text", "code"), [
    ("Malian soldiers tried to retake the town of Anefis but were driven back by Tuareg rebels.", "192"),
    ("The Burkinabe army said it had foiled an attempt by jihadists to overrun the town of Djibo.", "192"),
    ("Peru's president tried to dissolve Congress on Wednesday, and lawmakers removed him hours later.", "172"),
])
def test_an_attempted_result_is_negated(coder, text, code):
    events = _events(coder, text, "2020-05-10")
    assert any(c == code and m == "negated" for c, s, t, m in events), events
    assert not any(c == code and m == "asserted" for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Malian soldiers tried to retake the town of Anefis but were driven back by Tuareg rebels.", "MLIMIL", "MLI"),
    ("The Burkinabe army said it had foiled an attempt by jihadists to overrun the town of Djibo.", "BFAREB", "BFA"),
])
def test_the_attempt_to_take_a_place_is_an_assault_made(coder, text, source, target):
    events = _events(coder, text, "2020-05-10")
    assert ("190", source, target, "asserted") in events, events


def test_the_force_that_crushed_the_attempt_stays(coder):
    events = _events(coder, "Indian paratroopers flew to the Maldives and crushed an attempt by Sri Lankan mercenaries "
                     "to seize the capital.", "1988-11-04")
    assert ("190", "INDMIL", "LKAUAF", "asserted") in events, events
    assert not any(c == "192" and m == "asserted" for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "code"), [
    ("Protesters tried to storm the parliament building in Colombo on Tuesday.", "145"),
    ("Kenyan police arrested the opposition leader as he tried to leave the country.", "173"),
    ("Malian soldiers retook the town of Anefis from Tuareg rebels on Sunday.", "192"),
])
def test_an_attack_attempted_or_a_result_reached_stays_asserted(coder, text, code):
    events = _events(coder, text, "2020-05-10")
    assert any(c == code and m == "asserted" for c, s, t, m in events), events


@pytest.mark.parametrize("text", [
    "Nigerian police tried to arrest the separatist leader at his home in Umuahia, but he escaped.",
    "Ecuadorian police attempted to arrest the former vice president at his home in Quito on Friday.",
])
def test_an_attempted_arrest_is_negated(coder, text):
    """(unreal55) Gold README: "tried to arrest" is 173 negated."""
    events = _events(coder, text, "2020-05-10")
    assert any(c == "173" and m == "negated" for c, s, t, m in events), events
    assert not any(c == "173" and m == "asserted" for c, s, t, m in events), events
