"""Round 12c (violence12b): the kind of weapon or craft that does an act of force gives its root: a military
aircraft as the doer employs aerial weapons (195), a mortar bomb or missile as the doer is no non-military bombing
(183); bombs of no military kind stay bombings. Our own sentences."""

import pytest

from gold_helpers import triples


@pytest.mark.parametrize("text, code", [
    # a military aircraft as the doer: aerial weapons
    ("A Greek F-16 shot down a Turkish bomber near the island of Rhodes.", "195"),
    # a mortar bomb that exploded: artillery, not a non-military bombing
    ("A mortar bomb exploded in a crowded market in Mogadishu, killing 20 shoppers.", "194"),
])
def test_weapon_kind_of_doer(coder, text, code):
    t = triples(coder, text, date="2020-01-01")
    assert any(c == code for _, _, c, _ in t), t
    assert not any(c[:3] == "183" for _, _, c, _ in t), t


@pytest.mark.parametrize("text, code", [
    # bombs of no military kind stay bombings
    ("A suicide bomber blew himself up at a checkpoint in Kabul, killing nine police officers.", "1831"),
    ("A roadside bomb killed four soldiers in Helmand province.", "1833"),
])
def test_bombs_stay_bombings(coder, text, code):
    t = triples(coder, text, date="2020-01-01")
    assert any(c == code for _, _, c, _ in t), t
