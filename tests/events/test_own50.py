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


def test_a_state_staying_away_from_a_forum_rejects_its_host(coder):
    t = triples(coder, "Brazil stayed away from the investment forum in Riyadh, citing the war in Gaza.", date="2024-10-29")
    assert any(c == "120" and (s or "")[:3] == "BRA" and (tgt or "")[:3] == "SAU" for s, tgt, c, m in t), t


def test_a_states_olympic_boycott_is_a_rejection_not_a_strike(coder):
    t = triples(coder, "Kenya said it would boycott the Munich Olympics if Rhodesia took part.", date="1972-08-20")
    assert any(c == "120" and (s or "")[:3] == "KEN" for s, tgt, c, m in t), t
    assert not any(c.startswith("14") for s, tgt, c, m in t), t


def test_workers_staying_away_from_work_still_strike_guard(coder):
    t = triples(coder, "Hundreds of thousands of workers stayed away from work in a general strike against the government.",
                date="1986-06-16")
    assert any(c.startswith("143") for s, tgt, c, m in t), t
