"""Event recall and type precision on news nobody tuned on (issue 10, round 4b): general rules and
dictionary facts for the roots 01-02, 04-09, 14-15, 17-20. Our own sentences; each asserts the coder's
real output."""

from gold_helpers import triples


def codes(coder, text: str, mod: str = "asserted") -> set[str]:
    return {c for s, tgt, c, m in triples(coder, text) if m == mod}


# ---- an arrest is an arrest: no confiscation from a later "and", no consultation at a meeting ----

def test_arresting_people_and_others_in_raids_is_no_confiscation(coder):
    got = codes(coder, "Bangladeshi police arrested 30 students and teachers in night raids across Dhaka.")
    assert "173" in got and "1711" not in got, got


def test_arresting_supporters_at_a_meeting_is_no_consultation(coder):
    got = codes(coder, "Police in Lusaka arrested 12 opposition activists at a party meeting on Sunday.")
    assert "173" in got and not any(c.startswith("04") for c in got), got


def test_detaining_delegates_at_a_meeting_is_no_consultation(coder):
    got = codes(coder, "Security agents detained two rebel delegates at a meeting in Juba.")
    assert "173" in got and not any(c.startswith("04") for c in got), got


def test_seizing_weapons_in_a_raid_is_still_confiscation(coder):
    assert "1711" in codes(coder, "Colombian troops seized 400 rifles in a raid on a guerrilla camp.")


# ---- a place handed over is occupied by the side that takes it (192) ----------------------------

def test_base_handed_over_is_occupied_by_the_receiver(coder):
    t = triples(coder, "American forces handed over the Ain al-Asad air base to Iraqi troops on Friday.")
    assert ("IRQMIL", "IRQ", "192", "asserted") in t, t


def test_base_left_and_handed_over_by_pronoun(coder):
    t = triples(coder, "Italian soldiers vacated their camp near Herat and handed it over to the Afghan army.")
    assert ("AFGMIL", "AFG", "192", "asserted") in t, t


def test_town_handed_over_is_aimed_at_its_own_country(coder):
    t = triples(coder, "Nigerian troops handed over the town of Monguno to Chadian forces.")
    assert ("TCDMIL", "NGA", "192", "asserted") in t, t


def test_refusing_to_hand_over_a_base_is_no_occupation(coder):
    t = triples(coder, "The Afghan government refused to hand over the airport to the Taliban.")
    assert not any(c == "192" and m == "asserted" for s, tgt, c, m in t), t


def test_handing_over_suspects_is_no_occupation(coder):
    assert "192" not in codes(coder, "Police handed over the suspects to Kenyan prosecutors.")


# ---- a state's force on civilians the sentence shows protesting is repression (175) -------------

def test_troops_firing_on_marching_workers_repress_them(coder):
    got = codes(coder, "Bolivian soldiers fired on hundreds of teachers marching to the presidential palace to demand higher wages.")
    assert "175" in got and not any(c.startswith("19") for c in got), got


def test_soldiers_shooting_stone_throwers_repress_them(coder):
    got = codes(coder, "Moroccan soldiers shot dead two Sahrawi students who were throwing stones at a patrol in Laayoune.")
    assert "175" in got and not any(c.startswith("19") for c in got), got


def test_shooting_people_during_protests_is_repression(coder):
    got = codes(coder, "Iranian security forces shot dead four Kurdish students during protests in Mahabad.")
    assert "175" in got and not any(c.startswith("19") for c in got), got


def test_troops_firing_on_villagers_with_no_protest_stay_violence(coder):
    got = codes(coder, "Myanmar troops fired on villagers in Sagaing on Tuesday.")
    assert any(c.startswith("19") for c in got) and "175" not in got, got


# ---- a crowd burning a community's homes destroys property (1712), it does not riot -------------

def test_mob_torching_homes_and_mosques_destroys_property(coder):
    got = codes(coder, "Mobs torched homes and mosques in the Indian city of Ahmedabad.")
    assert "1712" in got and "145" not in got, got


def test_mob_setting_fire_to_shops_destroys_property(coder):
    got = codes(coder, "Armed mobs set fire to shops and houses in Jos.")
    assert "1712" in got and "145" not in got, got


def test_protesters_burning_government_buildings_still_riot(coder):
    assert "145" in codes(coder, "Protesters torched government offices in Kathmandu.")


def test_protesters_burning_cars_still_riot(coder):
    assert "145" in codes(coder, "Demonstrators set fire to cars in central Santiago.")
