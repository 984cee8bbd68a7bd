"""Round 51: a town the gazetteer lacks followed by ", Name state" is placed in that state's country even where the
small parser hangs "state" on the verb ("in Ikulu, Kaduna state, on Sunday"), or capitalises it ("Katsina State");
and eggs, tomatoes, shoes or paint thrown at a leader or officers are a violent protest (145), as stones are."""

from gold_helpers import triples


def test_a_village_and_its_state_after_a_comma_place_the_victims(coder):
    # the small parser hangs "state" on the verb here, not on the village
    t = triples(coder, "Gunmen killed a farmer in Ikulu, Kaduna state, on Sunday night.", date="2023-02-11")
    assert any(c.startswith("18") and (tgt or "")[:3] == "NGA" for s, tgt, c, m in t), t


def test_a_capitalised_state_after_a_village_places_the_act(coder):
    t = triples(coder, "Bandits killed 12 villagers in Dankade, Katsina State, on Tuesday.", date="2021-05-18")
    assert any(c.startswith("18") and (tgt or "")[:3] == "NGA" for s, tgt, c, m in t), t


def test_a_country_after_the_comma_is_not_a_state_guard(coder):
    # "Lagos, Portugal" is no Nigerian state: the surface rule wants a region noun after the name
    t = triples(coder, "Unknown men attacked a migrant shelter in Lagos, Portugal, on Sunday.", date="2022-07-03")
    assert not any((tgt or "")[:3] == "NGA" for s, tgt, c, m in t), t


def test_eggs_thrown_at_a_president_are_a_violent_protest(coder):
    t = triples(coder, "Angry farmers hurled eggs at the prime minister's car outside parliament in Warsaw.", date="2003-02-12")
    assert any(c == "145" for s, tgt, c, m in t), t


def test_a_shoe_thrown_at_a_leader_is_a_violent_protest(coder):
    t = triples(coder, "A student threw a shoe at the Chinese premier during his speech in Cambridge.", date="2009-02-02")
    assert any(c == "145" and (tgt or "")[:3] == "CHN" for s, tgt, c, m in t), t


def test_a_ball_thrown_in_a_match_is_no_protest_guard(coder):
    t = triples(coder, "The goalkeeper threw the ball to a defender in the final minute.", date="2009-02-02")
    assert not any(c.startswith("14") for s, tgt, c, m in t), t


def test_another_romanisation_of_an_arabic_town_name_finds_its_country(coder):
    # the gazetteer spells it "Jisr ash-Shughur"; the article and the vowels differ
    t = triples(coder, "Russian airstrikes hit a livestock market in Jisr al-Shughour on Tuesday.", date="2019-05-14")
    assert any(c.startswith("19") and (tgt or "")[:3] == "SYR" for s, tgt, c, m in t), t


def test_a_name_without_an_article_is_not_matched_by_its_skeleton_guard():
    from foedus.coder.places import Gazetteer
    gazetteer = Gazetteer.default()
    assert gazetteer.place("Capital Hill") is None  # Lilongwe's government quarter, not Capitol Hill
    assert gazetteer.place("Jisr al-Shughour") is not None


def test_a_hyphenated_arabic_town_is_not_its_last_word_abroad(coder):
    # "Numan" alone is a town in Nigeria: the whole name "Maarat al-Numan" is Syria's
    t = triples(coder, "Russian airstrikes hit a livestock market in Maarat al-Numan on Tuesday.", date="2019-05-14")
    assert any(c.startswith("19") and (tgt or "")[:3] == "SYR" for s, tgt, c, m in t), t
    assert not any((tgt or "")[:3] == "NGA" for s, tgt, c, m in t), t


def test_a_square_owned_by_another_capital_is_not_egypt(coder):
    # the Phoenix lists make "Tahrir Square" Egypt; Baghdad has one too
    t = triples(coder, "Students marched to Baghdad's Tahrir Square on Friday to demand jobs.", date="2019-11-01")
    assert any(c.startswith("14") and (s or "")[:3] == "IRQ" for s, tgt, c, m in t), t
    assert not any("EGY" in (s or "") + (tgt or "") for s, tgt, c, m in t), t


def test_an_exiled_cambodian_opposition_leader_is_opposition(coder):
    t = triples(coder, "Cambodian police arrested two aides of Sam Rainsy in Phnom Penh.", date="2019-10-20")
    assert any(c.startswith("173") and tgt == "KHMOPP" for s, tgt, c, m in t), t


def test_a_village_before_a_known_town_is_in_that_towns_country(coder):
    # the gazetteer's only "Inata" is a small town of Japan; "Djibo" after the comma is a town of Burkina Faso
    t = triples(coder, "Gunmen on motorbikes shot dead seven soldiers at a checkpoint in Inata, Djibo.", date="2021-08-10")
    assert any(c.startswith("18") and (tgt or "")[:3] == "BFA" for s, tgt, c, m in t), t
    assert not any("JPN" in (tgt or "") for s, tgt, c, m in t), t


def test_fire_exchanged_with_soldiers_is_fighting_not_a_prisoner_swap(coder):
    t = triples(coder, "Armed bandits exchanged fire with police and soldiers outside the Kaduna rail station.", date="2022-04-01")
    assert any(c.startswith("19") for s, tgt, c, m in t), t
    assert not any(c.startswith("084") for s, tgt, c, m in t), t
