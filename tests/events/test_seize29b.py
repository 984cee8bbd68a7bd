"""(seize29b) A ship seized, impounded, hijacked or detained is taken with its crew: hostage-taking (181), not
property confiscated (1711) nor an arrest (173) (data/gold/README.md: a ship seized at sea is 181). Goods seized
from a ship stay 1711. Our own sentences."""

from gold_helpers import triples


def codes(coder, text):
    return {c for _, _, c, m in triples(coder, text) if m == "asserted"}


def test_ship_seized_is_hostage_taking(coder):
    assert "181" in codes(coder, "Venezuelan naval forces seized a Guyanese-flagged trawler off the Essequibo coast.")
    assert "1711" not in codes(coder, "Venezuelan naval forces seized a Guyanese-flagged trawler off the Essequibo coast.")


def test_ship_impounded_or_detained(coder):
    assert "181" in codes(coder, "Indonesian authorities impounded the Chinese trawler Lu Yan Yuan Yu near the Natuna islands.")
    got = codes(coder, "Danish authorities detained the oil tanker Baltic Dawn, part of Russia's shadow fleet, in the Kattegat.")
    assert "181" in got and "173" not in got


def test_ship_seized_passive_participle(coder):
    got = codes(coder, "Seoul demanded the release of the tanker Hankuk Chemi, seized by Iran's Revolutionary Guards in the Gulf.")
    assert "181" in got and "1711" not in got


def test_quantified_boats(coder):
    assert "181" in codes(coder, "Eritrea seized two of Yemen's fishing boats near the Hanish islands.")


def test_goods_from_a_ship_stay_confiscation(coder):
    got = codes(coder, "Colombian police seized four tonnes of cocaine from a cargo ship in the port of Buenaventura.")
    assert "181" not in got
    got = codes(coder, "Greek police seized weapons aboard a cargo ship in the port of Piraeus.")
    assert "181" not in got


def test_other_things_impounded_stay(coder):
    assert "181" not in codes(coder, "Customs officers impounded two trucks of smuggled fuel at the Turkish border.")


def test_seized_ship_aimed_at_flag_state(coder):
    got = triples(coder, "Iranian forces seized a Greek-flagged tanker in the Gulf of Oman on Wednesday.")
    assert ("IRNMIL", "GRC", "181", "asserted") in got
    got = triples(coder, "Somali pirates hijacked the Saudi-owned supertanker Sirius Star far off the Kenyan coast.")
    assert any(c == "181" and t == "SAUBUS" for _, t, c, _ in got)


def test_ship_seized_off_a_place_is_no_territory(coder):
    got = codes(coder, "British Royal Marines seized an Iranian supertanker off Gibraltar.")
    assert "181" in got and "192" not in got


def test_councillor_shot_dead_is_assassinated(coder):
    # (seize29b) a councillor is one person (event_words person_nouns): shot dead, assassinated (186)
    assert "186" in codes(coder, "Unknown gunmen shot dead a municipal councillor outside his home in Sinaloa.")
    got = codes(coder, "Gunmen shot a municipal councillor in Sinaloa.")
    assert "186" not in got   # shot, not said to be dead
