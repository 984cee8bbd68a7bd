"""Assault and mass violence (round 19, violence19): tear gas fired or used at people is violent repression (175)
whoever fires it, only tear gas dropped is chemical warfare (2041); people deported or expelled by the thousands are a
mass expulsion (201); slaughtering people is a mass killing (202); a chemical agent carried by a weapon ("barrels
containing chlorine", "a chlorine-filled rocket", "sarin rockets", "mustard agent") makes the attack 2041. Our own
sentences, each family with sentences where the same words mean something else."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, code, source, target", [
    ("Soldiers fired tear gas at protesters in the capital.", "175", "MIL", "CVL"),
    ("National Guard troops fired tear gas at crowds outside the palace.", "175", "MIL", "CVL"),
    ("Russian drones dropped grenades filled with tear gas on Ukrainian trenches.", "2041", "RUS", "UKR"),
    ("Pakistan deported thousands of Afghan refugees last month.", "201", "PAK", "AFG"),
    ("Ethiopia expelled tens of thousands of Eritreans during the war.", "201", "ETH", "ERI"),
    ("Militiamen slaughtered villagers across the province.", "202", None, None),
    ("Government helicopters dropped barrels containing chlorine on the village, residents said.", "2041", None, None),
    ("Islamic State militants fired mortar shells filled with mustard agent at Kurdish positions.", "2041", None, None),
    ("Rebels fired rockets loaded with nerve gas at army positions.", "2041", None, None),
    ("A chlorine-filled rocket hit a residential district of Douma, medics said.", "2041", None, "SYR"),
    ("Government forces fired sarin rockets at rebel-held suburbs of Damascus.", "2041", None, None),
])
def test_violence19_codes(coder, text, code, source, target):
    t = triples(coder, text)
    assert has_coded(t, code, source, target), t


@pytest.mark.parametrize("text, absent", [
    ("The government deported 300 migrants to Niger.", "201"),
    ("Farmers slaughtered cattle ahead of the festival.", "20"),
    ("Helicopters dropped barrels containing water on the wildfire near the town.", "20"),
    ("Soldiers fired tear gas at protesters in the capital.", "20"),
    ("A bus plunged into a ravine, killing 45 people.", "20"),
])
def test_other_uses_are_not_coded_so(coder, text, absent):
    t = triples(coder, text, modality=None)
    assert not has_coded(t, absent, modality=None), t
