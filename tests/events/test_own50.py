"""Round 50: an administrative area whose noun only one country uses ("Mangu LGA": Nigeria's local government areas;
"cercle": Mali's; "woreda": Ethiopia's) places an act in that country when the gazetteer lacks the town, so the
civilians hit there and the unnamed armed men of the act get that country (places.COUNTRY_REGION_NOUNS)."""

from gold_helpers import triples


def test_villagers_killed_in_a_nigerian_lga_are_nigerian(coder):
    t = triples(coder, "Armed men raided Tudun Kaura in Dangwai LGA on Sunday night, killing 14 villagers.", date="2023-06-05")
    assert any(c.startswith("18") and tgt == "NGACVL" for s, tgt, c, m in t), t


def test_an_attack_in_a_malian_cercle_is_in_mali(coder):
    t = triples(coder, "Gunmen on motorbikes killed nine herders near Tinzawatene in Bourem-Sud cercle.", date="2022-11-20")
    assert any(c.startswith("18") and (tgt or "")[:3] == "MLI" for s, tgt, c, m in t), t


def test_a_lowercase_cercle_alone_names_no_country_guard(coder):
    t = triples(coder, "Gunmen killed nine herders near the cercle's main market.", date="2022-11-20")
    assert not any((tgt or "")[:3] == "MLI" for s, tgt, c, m in t), t
