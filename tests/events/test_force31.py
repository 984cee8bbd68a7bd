"""Material conflict (CAMEO 17-20) the coder missed, each fixed as a class and tested on our own sentences (helper
force31 of the thirty-first session)."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, source, target", [
    # a toll of non-combatants in large numbers told in a participle aside of armed men's raid is their mass killing
    ("Jihadist fighters stormed a market town in northern Burkina Faso, killing more than 150 villagers.", "BFAREB", "BFA"),
    ("Rebel fighters overran two camps for displaced people near Beni, burning huts and killing 200 civilians.",
     "CODREB", "COD"),
])
def test_mass_killing_toll_of_a_raid(coder, text, source, target):
    t = triples(coder, text)
    assert has_coded(t, "202", source, target), t


@pytest.mark.parametrize("text", [
    # a bombing, a shelling or an air strike keeps its toll; so does repression by state forces; a vague toll
    # and a lone man are no massacre
    "Government jets bombed a market in Idlib, killing more than 100 civilians.",
    "Artillery units shelled the town overnight, killing 120 residents.",
    "Soldiers opened fire on protesters in the capital, killing more than 100 people.",
    "Militants raided villages in Borno state, killing scores of residents.",
    "A man drove a lorry into a crowd at a festival in Berlin, killing 80 people.",
])
def test_no_mass_killing_toll(coder, text):
    t = triples(coder, text)
    assert not has_coded(t, "202", modality=None), t


@pytest.mark.parametrize("text, source, target", [
    ("Resistance fighters rode into Kabul on Friday after the government troops had abandoned the city.", "AFGREB", "AFG"),
    ("Mujahideen groups entered Herat on Monday.", "AFGREB", "AFG"),
])
def test_armed_men_riding_or_entering_a_town(coder, text, source, target):
    t = triples(coder, text)
    assert has_coded(t, "19", source, target), t


def test_a_ride_of_no_armed_men_is_no_force(coder):
    t = triples(coder, "The new president rode into the capital on horseback to cheering crowds.")
    assert not has_coded(t, "19", modality=None), t


@pytest.mark.parametrize("text, code, target", [
    # a by-agent naming only one, a member or a team of men no actor names: the passive as one with no agent
    ("Former Sri Lankan president Ranasinghe Premadasa was shot dead by one of his guards in Colombo.", "18", "LKA"),
    ("The Algerian interior minister was shot dead by a member of his escort in Algiers.", "18", "DZA"),
])
def test_unnamed_doer_in_by_phrase(coder, text, code, target):
    t = triples(coder, text)
    assert has_coded(t, code, None, target), t


def test_bare_count_held_after_a_semicolon_is_of_the_people_named(coder):
    # conflict notes: "...; 12 were detained" counts the civilians the sentence named before
    t = triples(coder, "On 3 June 2024, Peruvian police fired tear gas to disperse farmers blocking a highway in Puno; 12 were detained.")
    assert has_coded(t, "173", None, "PER"), t


def test_bare_count_with_no_people_named_before(coder):
    t = triples(coder, "On 3 June 2024, a fire broke out at a warehouse near Lima; 12 were detained.")
    assert not has_coded(t, "173", modality=None), t
