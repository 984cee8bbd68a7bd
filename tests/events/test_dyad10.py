"""Dyads of events whose type is right (round 10, helper `dyad10`): the country that names a border is the
neighbour across it, not the target of what happens near it ("near the Chinese border"); who is in a site
attacked, named right after it ("a base in Iraq housing US troops"), is the target rather than the
country of the site. Sentences written for these tests."""

from __future__ import annotations

import pytest
from gold_helpers import countries, dyads_on

dyads = dyads_on("2024-05-01")


@pytest.mark.parametrize("text, source, neighbour", [
    ("Ethiopian troops captured several villages near the Eritrean border.", "ETH", "ERI"),
    ("Pakistani Taliban fighters attacked a Pakistani checkpoint near the Afghan border.", "PAK", "AFG"),
    ("Myanmar rebels captured several towns near the Chinese border.", "MMR", "CHN"),
    ("Kurdish militants ambushed Turkish soldiers near the Iraqi border.", "TUR", "IRQ"),
    ("Colombian guerrillas ambushed a Colombian army patrol close to the Venezuelan border.", "COL", "VEN"),
    ("Houthi fighters attacked Yemeni army posts along the Saudi border.", "YEM", "SAU"),
])
def test_country_across_a_border_is_no_target(coder, text, source, neighbour):
    got = countries(dyads(coder, text))
    assert any(s == source and c in {"18", "19"} for s, _, c in got), got
    assert all(t != neighbour for _, t, _ in got), got


@pytest.mark.parametrize("text, source, target", [
    ("Militias fired rockets at a base in Syria housing American soldiers.", "SYR", "USA"),
    ("Iran launched missiles at an airbase in Iraq used by US forces.", "IRN", "USA"),
    ("Gunmen attacked a hotel in Mogadishu housing Turkish diplomats.", "", "TUR"),
    ("Rebels shelled a compound in Juba sheltering UN staff.", "SSD", "IGO"),
    ("Gunmen stormed a guesthouse in Kandahar used by Chinese engineers.", "", "CHN"),
    ("Houthi drones struck a camp in Djibouti hosting French troops.", "YEM", "FRA"),
])
def test_occupants_of_a_site_attacked_are_the_target(coder, text, source, target):
    got = countries(dyads(coder, text))
    assert any(s == source and t == target and c in {"18", "19"} for s, t, c in got), got


@pytest.mark.parametrize("text, source, target", [
    ("Israeli aircraft fired at what Jerusalem called Hezbollah launch sites in southern Lebanon.", "ISR", "LBN"),
    ("Turkish jets struck at what Ankara called PKK shelters in Iraq and Syria.", "TUR", "TUR"),
    ("Kenyan troops fired at what Nairobi described as al-Shabaab camps in Somalia.", "KEN", "SOM"),
    ("Ethiopian forces struck at what Addis Ababa called rebel bases in Eritrea.", "ETH", "ERI"),
    ("Pakistani gunships fired at what Islamabad termed terrorist hideouts in Afghanistan.", "PAK", "AFG"),
])
def test_speaker_of_what_it_called_is_no_target(coder, text, source, target):
    """ "struck at what Ankara called PKK shelters": the thing named is struck; the government that names
    it is its own attacker's capital, never the target (a PKK target is Turkish rebels: TURREB)."""
    got = dyads(coder, text)
    assert any((s or "")[:3] == source and (t or "")[:3] == target and c in {"18", "19"} for s, t, c in got), got
    if target != source:
        assert all((t or "")[:3] != source for _, t, _ in got), got


@pytest.mark.parametrize("text, target", [
    ("A roadside bomb tore through an army truck in Borno state, killing six soldiers.", "NGA"),
    ("Mortar shells landed on a market in Goma, killing four traders.", "COD"),
    ("A car bomb exploded outside a police station in Kirkuk on Sunday, wounding nine officers.", "IRQ"),
    ("An explosive device hidden in a motorcycle killed three customs officers near Gao.", "MLI"),
    ("A landmine blast killed two Colombian soldiers on patrol in Cauca.", "COL"),
])
def test_unattributed_weapon_has_no_source(coder, text, target):
    """A weapon no one is named for has no source (the dev set's convention), not the unidentified armed
    forces of the country it went off in; the country it hit is still the target."""
    got = countries(dyads(coder, text))
    assert any(s == "" and t == target and c in {"18", "19"} for s, t, c in got), got
