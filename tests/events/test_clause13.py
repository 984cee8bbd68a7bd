"""Round 13 (clause13): acts missed in long wire sentences and verbs whose object decides the code. Our own
sentences."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, source", [
    # a state declared into being: a statement (010) aimed at no one, not a demand on the state left (1044)
    ("Eritrea declared independence from Ethiopia after a referendum.", "ERI"),
    # (in 1991 a Soviet republic's parliament is the Soviet Union's, SUNLEG: the gold README's convention)
    ("The Moldovan parliament proclaimed the country's independence from the Soviet Union.", "SUN"),
    ("Armenian separatists in Karabakh proclaimed an independent state in the enclave.", None),
    ("The military ruler declared the island a republic and cut its ties with the crown.", None),
])
def test_a_state_declared_into_being_is_a_statement(coder, text, source):
    t = triples(coder, text, date="1991-09-01")
    assert any(c == "010" and tg is None and (source is None or (s or "").startswith(source))
               for s, tg, c, m in t), t
    assert not has_coded(t, "1044", modality=None), t


@pytest.mark.parametrize("text", [
    "The government declared a state of emergency in the capital.",
    "The junta declared a curfew in the border provinces.",
])
def test_a_state_of_emergency_is_no_statehood(coder, text):
    t = triples(coder, text)
    assert not any(c == "010" for _, _, c, _ in t), t


@pytest.mark.parametrize("text, code, source", [
    # verbs whose object decides the code
    ("Moscow handed back two captured Ukrainian pilots at the border.", "0841", "RUS"),
    ("Iran turned over the detained British sailors to their embassy.", "0841", "IRN"),
    ("Jordanian transport planes dropped relief supplies over the besieged town.", "073", "JOR"),
    ("Mexico sent help after the earthquake, and Japanese rescue teams flew to Ankara.", "073", "JPN"),
    ("Berlin halted the certification of the gas pipeline.", "1211", "DEU"),
])
def test_the_object_decides_the_code(coder, text, code, source):
    t = triples(coder, text)
    assert has_coded(t, code, source), t


def test_bombs_dropped_stay_an_attack(coder):
    t = triples(coder, "Israeli jets dropped bombs on the camp.")
    assert not has_coded(t, "07", modality=None), t


@pytest.mark.parametrize("text, source, target", [
    # a weapons delivery cleared or approved: military aid committed, not yet given (0332, intended)
    ("Berlin cleared the delivery of Leopard tanks to Kyiv.", "DEU", "UKR"),
    ("The Dutch cabinet approved the transfer of F-16 fighter jets to Ukraine.", "NLD", "UKR"),
])
def test_a_cleared_weapons_delivery_is_intended_military_aid(coder, text, source, target):
    t = triples(coder, text)
    assert has_coded(t, "0332", source, target, modality="intended"), t


@pytest.mark.parametrize("text, code, expected", [
    # troops ordered to a place are sent there (154); an order to act is coded on the act
    ("President Reagan ordered 3,200 troops to Honduras.", "154", True),
    ("The French president ordered 400 soldiers and two helicopters to Chad.", "154", True),
    ("The general ordered his troops to withdraw from the town.", "154", False),
])
def test_troops_ordered_to_a_place_are_deployed(coder, text, code, expected):
    t = triples(coder, text, date="1988-03-17")
    assert has_coded(t, code) is expected, t


@pytest.mark.parametrize("text, code, source", [
    # stated refusals: negotiating with someone is negotiation (046), refused it is 125; a person not handed over
    # is a refusal to release (1243), also as the second act of the sentence
    ("Seoul said it would not negotiate with Pyongyang while the missile tests went on.", "125", "KOR"),
    ("Lithuania said it will not hand over the opposition activist to Minsk.", "1243", "LTU"),
    ("Moscow opened a criminal case against the judge and said it would never hand over its president.", "1243", "RUS"),
])
def test_stated_refusals(coder, text, code, source):
    t = triples(coder, text)
    assert has_coded(t, code, source), t


def test_negotiating_with_is_negotiation(coder):
    t = triples(coder, "Colombia negotiated with the rebels for three years in Havana.")
    assert has_coded(t, "046", "COL"), t
    assert not has_coded(t, "050", modality=None), t


def test_a_person_handed_back_is_released(coder):
    t = triples(coder, "Iran handed back the detained French journalist at the airport.")
    assert has_coded(t, "0841", "IRN"), t
