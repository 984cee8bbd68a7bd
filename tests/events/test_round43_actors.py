"""Who the actors are (round 43, our own sentences): the tail of a town's name the gazetteer lacks is no town abroad,
nor is the name of a road; the spokesman of one who holds a post of the UN speaks for the UN; gunmen named by their
side's kind ("jihadist gunmen") are that country's insurgents; foreign forces get no country by guess; a movement's
activists and operatives are the movement."""

from gold_helpers import triples


def test_the_tail_of_an_unknown_name_is_no_town_abroad(coder):
    t = triples(coder, "Police arrested a settler from Kiryat Arba over the attack on a Palestinian village.",
                date="2023-08-20")
    assert not any(s.startswith("DZA") or tgt.startswith("DZA") for s, tgt, c, m in t), t


def test_the_spokesman_of_an_envoy_of_the_un_speaks_for_the_un(coder):
    t = triples(coder, "Kofi Annan's spokesman accused Syrian forces of shelling Homs.", date="2012-04-05")
    assert any(s == "IGOUNO" and c.startswith("11") for s, tgt, c, m in t), t
    assert not any(s.startswith("GHA") or tgt.startswith("GHA") for s, tgt, c, m in t), t


def test_gunmen_named_by_their_sides_kind_keep_a_source(coder):
    t = triples(coder, "Separatist gunmen ambushed a police convoy near Mandera, killing four officers.",
                date="2023-05-10")
    assert any(s.endswith("REB") and c[:2] in {"18", "19"} for s, tgt, c, m in t), t


def test_unnamed_gunmen_still_have_no_source(coder):
    t = triples(coder, "Gunmen ambushed a police convoy near Mandera, killing four officers.", date="2023-05-10")
    assert t and all(not s or s == "-" for s, tgt, c, m in t if c[:2] in {"18", "19"}), t


def test_a_roads_name_is_no_town_abroad(coder):
    t = triples(coder, "Israeli troops opened fire on crowds waiting for flour on Gaza City's Rashid road.",
                date="2024-03-01")
    assert not any(tgt.startswith("EGY") or s.startswith("EGY") for s, tgt, c, m in t), t


def test_foreign_forces_get_no_guessed_country(coder):
    t = triples(coder, "Baghdad asked foreign troops to leave Iraq by the end of the year.", date="2020-01-06")
    assert not any((tgt or "").startswith("IRQMIL") for s, tgt, c, m in t), t


def test_a_movements_activists_are_the_movement(coder):
    t = triples(coder, "Turkish police detained 30 PKK operatives in Diyarbakir.", date="2016-02-01")
    assert any(c == "173" and tgt == "TURREB" for s, tgt, c, m in t), t


def test_a_country_named_before_a_river_is_the_rivers_name(coder):
    t = triples(coder, "Rebels took the port of Soyo at the mouth of the Congo river, and the government accused"
                       " Pretoria of arming them.", date="1993-01-20")
    assert not any(s.startswith("COG") for s, tgt, c, m in t), t
