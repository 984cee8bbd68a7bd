"""(demand42) Demands and their rejections: our own sentences, not dev-set ones."""
import pytest

from gold_helpers import coded, has_coded, triples


@pytest.mark.parametrize("text", [
    "The junta in Conakry rejected international calls to free the detained opposition leader.",
    "The Nicaraguan government ignored repeated demands to reopen the closed universities.",
    "Ethiopia rejected a call for an independent inquiry into the killings in Somalia.",
])
def test_a_rejected_demand_no_one_is_named_as_making_is_aimed_at_no_one(coder, text):
    # not at an actor named inside what was demanded (the leader to be freed, the students, the place of the inquiry)
    got = coded(triples(coder, text, modality="asserted"), "12")
    assert got and all(t is None for s, t, m in got), got


@pytest.mark.parametrize("text, target", [
    ("Caracas rejected calls from Brazil to release the detained activists.", "BRA"),
    ("Belgrade turned down the EU's call to recognise Kosovo.", "IGOEUREEC"),
    ("The generals rejected ASEAN calls for a ceasefire with the ethnic militias.", "IGOSEAASN"),
])
def test_a_rejected_demand_is_aimed_at_its_maker(coder, text, target):
    t = triples(coder, text)
    assert has_coded(t, "12", None, target), t


def test_a_demand_to_move_the_rejecters_own_forces_keeps_the_place(coder):
    t = triples(coder, "The Kremlin rejected international calls to withdraw its forces from Moldova.")
    assert has_coded(t, "12", "RUS", "MDA"), t


def test_a_rejected_call_for_talks_keeps_the_party_of_the_talks(coder):
    t = triples(coder, "Baku rejected calls for talks with Armenia while the fighting went on.")
    assert has_coded(t, "125", "AZE", "ARM"), t


@pytest.mark.parametrize("text, code, source, target", [
    ("Moscow insisted that NATO withdraw its forces from the Baltic states.", "1056", "RUS", "IGOWSTNAT"),
    ("Tehran insisted that all sanctions be lifted before any deal took effect.", "1054", "IRN", None),
])
def test_insisting_on_a_mandative_clause_is_a_demand(coder, text, code, source, target):
    t = triples(coder, text)
    assert has_coded(t, code, source, target), t
    # the act demanded is not coded as done
    assert not any(c[:3] in {"087", "085"} and m == "asserted" for s, tg, c, m in t), t


def test_insisting_on_an_indicative_clause_is_no_demand(coder):
    t = triples(coder, "The army insisted that the militias were not under its control.", modality=None)
    assert not any(c.startswith("10") for s, tg, c, m in t), t


@pytest.mark.parametrize("text, target", [
    ("Paris demanded the release of the journalists held by Iran.", "IRN"),
    ("Ottawa demanded the release of two Canadians detained in China.", "CHN"),
])
def test_a_release_demand_is_aimed_at_the_holder_a_participle_names(coder, text, target):
    t = triples(coder, text)
    assert has_coded(t, "1053", None, target), t
