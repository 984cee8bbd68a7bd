"""A weapon that struck with no attacker as its subject (issue 10, round 5): "artillery fire hit ...",
"shells landed on ...", "a device detonated near ...", "a truck hit a landmine". Our own sentences."""

import pytest

from gold_helpers import triples

CONFLICT_ROOTS = {"14", "15", "17", "18", "19", "20"}


def roots(got, modality="asserted"):
    return {c[:2] for s, t, c, m in got if m == modality}


@pytest.mark.parametrize("text,root", [
    ("Artillery fire struck a hospital in Kherson, wounding three nurses.", "19"),
    ("Rocket fire hit a residential block in Sderot.", "19"),
    ("Shells landed on a camp for displaced people near Goma.", "19"),
    ("Tank fire destroyed two houses in Khan Younis.", "19"),
    ("A barrage of rockets struck Kiryat Shmona.", "19"),
    ("A bomb detonated outside a police station in Quetta.", "18"),
    ("An improvised device detonated beside an army truck outside Gao, wounding two soldiers.", "18"),
    ("A truck struck a roadside bomb outside Kandahar, killing four policemen.", "18"),
    ("A minibus ran over a landmine near Menaka, killing 5 civilians.", "18"),
])
def test_weapon_as_subject_is_an_attack(coder, text, root):
    assert root in roots(triples(coder, text)), triples(coder, text)


def test_weapon_kind_gives_the_attack_kind(coder):
    assert any(c == "194" for s, t, c, m in triples(coder, "Mortar shells fired by rebels landed in a market in Bunia."))
    assert any(c == "195" for s, t, c, m in triples(coder, "Rocket fire hit a residential block in Sderot."))
    assert any(c == "1833" for s, t, c, m in triples(coder, "A truck struck a roadside bomb outside Kandahar, killing four policemen."))


def test_launcher_is_the_source_and_victims_the_target(coder):
    got = triples(coder, "Mortar shells fired by rebels landed in a market in Bunia.")
    assert ("CODREB", "COD", "194", "asserted") in got, got
    got = triples(coder, "Artillery fire struck a hospital in Kherson, wounding three nurses.")
    assert any(t == "UKRHLH" and c == "194" for s, t, c, m in got), got
    # the mine's victims: the policemen, not the truck
    got = triples(coder, "A truck struck a roadside bomb outside Kandahar, killing four policemen.")
    assert any(t == "AFGCOP" and c == "1833" for s, t, c, m in got), got


def test_weapon_that_did_not_land_is_no_attack(coder):
    got = triples(coder, "No shells landed on the camp near Goma, the UN said.")
    assert not roots(got) & CONFLICT_ROOTS, got
    got = triples(coder, "Police said the bomb planted near the market in Kano did not explode.")
    assert not roots(got) & CONFLICT_ROOTS, got


@pytest.mark.parametrize("text", [
    "A fuel tank fire destroyed a warehouse in Lagos.",
    "Heavy rain fell on Nairobi, flooding several homes.",
    "A cyclone hit a coal mine in Queensland.",
    "The storm hit a gold mine near Obuasi, killing 3 miners.",
    "Lightning struck a school in Kasese, killing two pupils.",
    "A boulder hit a minibus on a mountain road near Gilgit, killing three passengers.",
    "A tornado struck the town of Mayfield, leaving dozens dead.",
    "A boiler exploded at a textile mill in Faisalabad, killing 8 workers.",
    "A tanker truck exploded on a motorway near Lagos, leaving 12 people dead.",
    "A tree fell on a bus in Nairobi, injuring 10 passengers.",
    "Fireworks exploded at a market in Bandung, killing three vendors.",
    "A landslide hit a village in Hunza, leaving five people dead.",
    "A North Korean missile landed in the sea off Japan.",
])
def test_disaster_or_stray_is_no_attack(coder, text):
    got = triples(coder, text)
    assert not roots(got) & CONFLICT_ROOTS, got


def test_old_war_bomb_is_no_attack(coder):
    got = triples(coder, "A World War II bomb detonated at a building site in Hamburg.")
    assert not roots(got) & CONFLICT_ROOTS, got


@pytest.mark.parametrize("text,source,root", [
    ("A police patrol was ambushed by the KLF near Kabul.", "AFGREB", "19"),
    ("An army post was attacked by UFLA in Luanda.", "AGOREB", "19"),
    ("A village chief was abducted by MNRD in Goma, Congo.", "CODREB", "18"),
])
def test_unknown_acronym_doing_violence_is_an_armed_group(coder, text, source, root):
    got = triples(coder, text)
    assert any(s == source and c[:2] == root and m == "asserted" for s, t, c, m in got), got


def test_unknown_acronym_that_arrests_is_the_state(coder):
    got = triples(coder, "Four traders were detained by NISS in Khartoum.")
    assert any(s == "SDNGOV" and c == "173" for s, t, c, m in got), got


def test_unknown_acronym_in_a_non_violent_passive_is_not_guessed(coder):
    got = triples(coder, "A draft law was criticised by the KLF in Kabul.")
    assert not any(s == "AFGREB" for s, t, c, m in got), got
    got = triples(coder, "A police patrol was not ambushed by the KLF near Kabul, officials said.")
    assert not any(c[:2] == "19" and m == "asserted" for s, t, c, m in got), got


@pytest.mark.parametrize("text,root,target", [
    ("A bomb blast in a market in Mogadishu left four police officers dead.", "18", "SOMCOP"),
    ("An ambush on a convoy near Fada left 12 soldiers dead.", "19", None),
    ("The explosion left three soldiers wounded at a checkpoint in Kidal.", "18", "MLIMIL"),
])
def test_toll_left_dead_is_the_attack_on_the_dead(coder, text, root, target):
    got = triples(coder, text)
    assert any(c[:2] == root and m == "asserted" and (target is None or t == target) for s, t, c, m in got), got
    assert not any(c[:2] == "08" for s, t, c, m in got), got   # "left" is no withdrawal here


@pytest.mark.parametrize("text", [
    "A gas explosion left six workers dead at a factory in Dhaka.",
    "The earthquake left 300 people dead in Herat.",
    "The floods left 40 people dead in Kogi.",
])
def test_disaster_toll_is_no_attack(coder, text):
    got = triples(coder, text)
    assert not roots(got) & CONFLICT_ROOTS, got


def test_leaving_a_place_is_still_a_withdrawal(coder):
    got = triples(coder, "French troops left Mali in 2022.")
    assert any(c == "0874" for s, t, c, m in got), got


def test_attack_that_took_place_is_coded_and_none_that_did_not(coder):
    got = triples(coder, "An attack took place on a checkpoint near Kidal.")
    assert any(t == "MLI" and c[:2] == "19" and m == "asserted" for s, t, c, m in got), got
    got = triples(coder, "A bombing occurred at a bus station in Peshawar.")
    assert any(t == "PAK" and c[:2] in {"18", "19"} and m == "asserted" for s, t, c, m in got), got
    for text in ("No attack took place in Kidal that night.", "No bombing occurred in Peshawar, police said."):
        got = triples(coder, text)
        assert not roots(got) & CONFLICT_ROOTS, got


def test_weapon_impact_in_a_when_or_as_clause_is_the_attack_on_the_dead(coder):
    got = triples(coder, "Seven soldiers were killed as artillery fire hit their base near Bakhmut.")
    assert any(t == "UKRMIL" and c == "194" and m == "asserted" for s, t, c, m in got), got
    got = triples(coder, "Two children were killed as a storm hit their house in Kampala.")
    assert not roots(got) & CONFLICT_ROOTS, got


def test_coming_under_fire_is_being_attacked_but_criticism_is_not(coder):
    got = triples(coder, "A Malian army convoy came under rocket fire from JNIM militants near Boni.")
    assert ("MLIREB", "MLIMIL", "195", "asserted") in got, got
    got = triples(coder, "The police station came under attack in Kandahar.")
    assert any(t in {"AFG", "AFGCOP"} and c[:2] == "19" for s, t, c, m in got), got   # the station stands for the police
    got = triples(coder, "Protesters came under fire from police in Lagos.")
    assert ("NGACOP", "NGACVL", "175", "asserted") in got, got
    for text in ("The government came under fire from opposition lawmakers in Nairobi.",
                 "The finance minister came under fire over the budget in Nairobi.",
                 "Kenyan police came under fire over their handling of the protests in Nairobi."):
        got = triples(coder, text)
        assert not roots(got) & {"18", "19", "20"}, got


def test_intercepted_weapon_is_its_launchers_attack(coder):
    got = triples(coder, "Israeli air defences intercepted two rockets fired from Gaza.")
    assert ("PSE", "ISR", "195", "asserted") in got, got
    got = triples(coder, "The Israeli navy intercepted a boat carrying activists off Gaza.")
    assert not any(s == "PSE" or c == "195" for s, t, c, m in got), got   # a boat is no weapon launched


def test_gathering_to_denounce_or_demand_is_a_protest(coder):
    got = triples(coder, "Thousands of farmers gathered in Lahore to demand higher wheat prices.")
    assert ("PAKAGR", "PAKGOV", "141", "asserted") in got, got
    got = triples(coder, "Hundreds of women did not gather in Bukavu to denounce insecurity.")
    assert not any(c[:2] == "14" and m == "asserted" for s, t, c, m in got), got
    for text in ("Residents gathered in Goma to mourn the victims.", "Leaders gathered in Paris to discuss climate finance."):
        got = triples(coder, text)
        assert not any(c[:2] == "14" for s, t, c, m in got), got


def test_weapon_filled_with_a_chemical_is_a_chemical_attack(coder):
    got = triples(coder, "Syrian aircraft dropped bombs filled with sarin on Khan Sheikhoun.")
    assert any(c == "2041" for s, t, c, m in got), got
    got = triples(coder, "Rebels fired shells packed with nails at a market in Goma.")
    assert not any(c == "2041" for s, t, c, m in got) and any(c[:2] == "19" for s, t, c, m in got), got
    got = triples(coder, "Police fired tear gas at protesters in Nairobi.")
    assert not any(c == "2041" for s, t, c, m in got), got
