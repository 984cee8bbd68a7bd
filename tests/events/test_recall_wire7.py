"""Recall of round 7 on wire prose: aid and peacekeepers that arrive, naval escorts, people freed with no
one named, releases of people (0841), reactions drawn by a finite verb, the Commonwealth as an actor.
Our own sentences."""

import pytest

from gold_helpers import triples


def codes(coder, text: str, modality: str = "asserted") -> set[str]:
    return {c for s, tgt, c, m in triples(coder, text) if m == modality}


# ---- aid that arrives is aid given ------------------------------------------------------------------

@pytest.mark.parametrize("text, source, target", [
    ("Egyptian trucks carrying humanitarian aid entered the Gaza Strip on Sunday.", "EGY", "PSE"),
    ("The first US shipments of aid arrived in Gaza on Friday.", "USA", "PSE"),
    ("A Turkish aid convoy crossed into northern Syria on Tuesday.", "TUR", "SYR"),
    ("Jordanian aid flights landed in Beirut after the blast.", "JOR", "LBN"),
])
def test_aid_arriving_is_humanitarian_aid(coder, text, source, target):
    t = triples(coder, text)
    assert any(c == "073" and s and s.startswith(source) and tgt and tgt.startswith(target) and m == "asserted"
               for s, tgt, c, m in t), t


@pytest.mark.parametrize("text", [
    "The UN aid chief arrived in Kabul for talks with the Taliban.",
    "The head of the Red Cross aid mission arrived in Khartoum on Monday.",
])
def test_an_aid_official_arriving_is_no_aid(coder, text):
    assert "073" not in codes(coder, text), triples(coder, text)


def test_aid_allowed_in_is_one_act(coder):
    got = codes(coder, "Sudan allowed aid convoys to enter Darfur for the first time in months.")
    assert "073" not in got, got


# ---- peacekeepers who arrive provide peacekeeping --------------------------------------------------

@pytest.mark.parametrize("text, source, target", [
    ("UN peacekeepers arrived in Bangui on Tuesday.", "IGOUNO", "CAF"),
    ("The first Indian peacekeeping troops flew into Juba on Monday.", "IND", "SSD"),
    ("UN peacekeepers took over from African Union troops in Mali.", "IGOUNO", "MLI"),
    ("Ghanaian peacekeepers landed in Monrovia on Friday.", "GHA", "LBR"),
])
def test_peacekeepers_arriving_provide_peacekeeping(coder, text, source, target):
    t = triples(coder, text)
    assert any(c == "074" and s and s.startswith(source) and tgt and tgt.startswith(target) and m == "asserted"
               for s, tgt, c, m in t), t


def test_peacekeepers_allowed_in_are_the_permission(coder):
    got = codes(coder, "Sudan allowed UN peacekeepers to enter Darfur.")
    assert "0861" in got and "074" not in got, got


# ---- a navy escorting ships protects them -----------------------------------------------------------

@pytest.mark.parametrize("text, source", [
    ("The US Navy began escorting Kuwaiti tankers through the Gulf.", "USA"),
    ("French frigates escorted merchant ships through the Red Sea.", "FRA"),
    ("British warships escorted commercial vessels through the Strait of Hormuz.", "GBR"),
])
def test_naval_escort_is_military_protection(coder, text, source):
    t = triples(coder, text)
    assert any(c == "074" and s and s.startswith(source) for s, tgt, c, m in t), t


def test_a_police_escort_is_no_protection_mission(coder):
    assert "074" not in codes(coder, "Police escorted the convoy to the border.")


# ---- people freed: the release of persons ---------------------------------------------------------

# (material49) captives whose noun names the state that held them ("held in Syria") are freed by that state (gold:
# "Three Americans held in North Korea were freed" PRK -> USACVL); with no holder named, by no one
@pytest.mark.parametrize("text, source, target", [
    ("Two French journalists held in Syria were freed on Friday.", "SYR", "FRA"),
    ("Three Americans held in Iran were freed on Monday.", "IRN", "USA"),
    ("Dozens of political prisoners were released from prison in Minsk.", None, "BLR"),
])
def test_people_freed_by_no_one_named_are_released(coder, text, source, target):
    t = triples(coder, text)
    assert any(c == "0841" and (s is None if source is None else (s or "").startswith(source))
               and tgt and tgt.startswith(target) and m == "asserted" for s, tgt, c, m in t), t


@pytest.mark.parametrize("text", [
    "The report was released on Monday.",
    "The funds were released last week.",
    "The new figures were released by the statistics office.",
])
def test_things_released_are_no_release_of_people(coder, text):
    got = codes(coder, text)
    assert not any(c.startswith("084") for c in got), got


def test_a_release_not_made_is_negated(coder):
    t = triples(coder, "The jailed Russian opposition activist was not released.")
    assert not any(c.startswith("084") and m == "asserted" for s, tgt, c, m in t), t


@pytest.mark.parametrize("text, source, target", [
    ("Iran freed two Americans on Monday.", "IRN", "USA"),
    ("Venezuela freed ten jailed opposition politicians.", "VEN", "VENOPP"),
])
def test_a_state_freeing_people_releases_persons(coder, text, source, target):
    t = triples(coder, text)
    assert any(c == "0841" and s == source and tgt and tgt.startswith(target) for s, tgt, c, m in t), t


def test_a_ship_released_stays_a_release_of_property(coder):
    got = codes(coder, "Iran released the British-flagged tanker Stena Impero.")
    assert "0841" not in got, got


# ---- a reaction drawn by a finite verb ------------------------------------------------------------

@pytest.mark.parametrize("text, source, target", [
    ("The Israeli raid drew a rebuke from the United Nations.", "IGOUNO", "ISR"),
    ("Trump's remarks drew criticism from Germany.", "DEU", "USA"),
    ("The Hungarian prime minister drew a rebuke from Brussels over the veto.", "IGOEUREEC", "HUN"),
])
def test_a_drawn_reaction_is_the_reactor_on_the_doer(coder, text, source, target):
    t = triples(coder, text)
    assert any(c[:2] == "11" and s == source and tgt and tgt.startswith(target) for s, tgt, c, m in t), t
    assert not any(c[:2] == "11" and s and s.startswith(target) for s, tgt, c, m in t), t


def test_a_reaction_not_drawn_is_not_coded(coder):
    got = codes(coder, "The ruling did not draw criticism from Washington.")
    assert not any(c[:2] == "11" for c in got), got


# ---- the Commonwealth ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Nigeria's government was sharply criticised by Commonwealth observers for the conduct of the vote.",
    "The Commonwealth condemned Nigeria's government for the executions.",
])
def test_the_commonwealth_criticises(coder, text):
    t = triples(coder, text)
    assert any(c[:2] == "11" and s == "IGOCWN" and tgt and tgt.startswith("NGA") for s, tgt, c, m in t), t


def test_the_commonwealth_games_are_no_actor(coder):
    t = triples(coder, "Athletes arrived in Birmingham for the Commonwealth Games.")
    assert not any("IGOCWN" in (s or "") + (tgt or "") for s, tgt, c, m in t), t


# ---- beaten, stabbed or stoned to death: killing by physical assault --------------------------------

@pytest.mark.parametrize("text, source", [
    ("Villagers beat a suspected cattle thief to death in western Kenya.", "KEN"),
    ("A mob stoned two men to death in northern Nigeria.", "NGA"),
    ("Militants hacked 12 villagers to death in eastern Congo.", "COD"),
])
def test_killed_by_beating_is_1823(coder, text, source):
    t = triples(coder, text)
    assert any(c == "1823" and s and s.startswith(source) for s, tgt, c, m in t), t


def test_a_beating_without_death_stays_an_assault(coder):
    got = codes(coder, "Police in Nairobi beat two journalists covering the protest.")
    assert "1823" not in got, got


# ---- ships sunk -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, source, target", [
    ("Ukrainian naval drones sank a Russian landing ship off Crimea.", "UKR", "RUS"),
    ("A British submarine sank the Argentine cruiser General Belgrano.", "GBR", "ARG"),
])
def test_sinking_a_ship_is_force(coder, text, source, target):
    t = triples(coder, text)
    assert any(c[:2] == "19" and s and s.startswith(source) and tgt and tgt.startswith(target)
               for s, tgt, c, m in t), t


def test_a_warship_sunk_by_no_one_named_is_attacked(coder):
    t = triples(coder, "The South Korean corvette Cheonan was sunk near the sea border in March.")
    assert any(c[:2] == "19" and s is None and tgt and tgt.startswith("KOR") for s, tgt, c, m in t), t


@pytest.mark.parametrize("text", [
    "The ferry sank off the coast of Tanzania, killing 200 passengers.",
    "A Russian warship sank after a fire on board.",
    "A boat carrying migrants sank off Libya on Sunday.",
])
def test_a_ship_that_sinks_is_no_attack(coder, text):
    got = codes(coder, text)
    assert not any(c[:2] in {"18", "19"} for c in got), got


# ---- a place that falls to an armed side is taken -----------------------------------------------------

@pytest.mark.parametrize("text, source, target", [
    ("Kabul fell to the Taliban on Sunday.", "AFGREB", "AFG"),   # dated 2021-08-15 below: the day they took it
    ("The town of Bakhmut fell to Russian forces in May.", "RUSMIL", "UKR"),
    ("Goma fell to M23 rebels in January.", "CODREB", "COD"),
])
def test_a_place_fallen_to_fighters_is_occupied(coder, text, source, target):
    # the Taliban are AFGGOV from 2021-08-16 (actors/organisations.yaml): the Kabul sentence is of its day
    t = triples(coder, text, date="2021-08-15") if "Kabul" in text else triples(coder, text)
    assert any(c == "192" and s and s.startswith(source) and tgt == target and m == "asserted"
               for s, tgt, c, m in t), t


def test_a_place_that_did_not_fall_is_negated(coder):
    t = triples(coder, "Kherson did not fall to Russian troops.")
    assert not any(c == "192" and m == "asserted" for s, tgt, c, m in t), t


@pytest.mark.parametrize("text", [
    "Turkey's lira fell to a record low against the dollar.",
    "Support for the government fell to 30 percent.",
    "The presidency fell to the opposition leader after the vote.",
])
def test_other_things_that_fall_to_are_no_occupation(coder, text):
    assert "192" not in codes(coder, text)


# ---- assets frozen are a sanction ----------------------------------------------------------------------

@pytest.mark.parametrize("text, source, target", [
    ("Washington froze the assets of Nicaragua's central bank.", "USA", "NIC"),
    ("Britain froze the bank accounts of five Iranian officials.", "GBR", "IRN"),
    ("The European Union froze the assets of the Libyan leader and his family.", "IGOEUREEC", "LBY"),
])
def test_freezing_assets_is_a_sanction(coder, text, source, target):
    t = triples(coder, text)
    assert any(c == "163" and s and s.startswith(source) and tgt and tgt.startswith(target)
               for s, tgt, c, m in t), t


def test_assets_not_frozen_are_negated(coder):
    t = triples(coder, "Switzerland has not frozen the assets of the Russian oligarch.")
    assert not any(c == "163" and m == "asserted" for s, tgt, c, m in t), t


# ---- sexual assault ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Soldiers sexually assaulted women in a village near Goma.",
    "Militiamen sexually abused detainees at a camp in Darfur.",
])
def test_sexual_assault_is_1821(coder, text):
    assert "1821" in codes(coder, text)


def test_an_assault_is_not_sexual_unless_said(coder):
    assert "1821" not in codes(coder, "Soldiers assaulted two journalists near Goma.")


# ---- shots fired into a crowd ------------------------------------------------------------------------

@pytest.mark.parametrize("text, source", [
    ("Soldiers fired into a crowd of protesters in Khartoum.", "SDN"),
    ("Police in Dhaka fired into crowds of demonstrators on Friday.", "BGD"),
])
def test_state_forces_firing_into_a_crowd_repress(coder, text, source):
    t = triples(coder, text)
    assert any(c[:2] == "17" and s and s.startswith(source) for s, tgt, c, m in t), t


def test_shots_into_the_air_are_no_fire_on_a_crowd(coder):
    got = codes(coder, "Guards fired into the air outside the palace in Accra.")
    assert "193" not in got, got


# ---- a stated refusal to recognise is a rejection (120), asserted ------------------------------------

@pytest.mark.parametrize("text, code, source", [
    ("Serbia will not recognise the independence of Kosovo, President Aleksandar Vucic said.", "120", "SRB"),
    ("Argentina said it would not recognise the breakaway republics.", "120", "ARG"),
])
def test_a_stated_refusal_is_a_rejection(coder, text, code, source):
    t = triples(coder, text)
    assert any(c == code and s and s.startswith(source) and m == "asserted" for s, tgt, c, m in t), t
    assert not any(c[:2] in {"05", "07"} and m == "asserted" for s, tgt, c, m in t), t


@pytest.mark.parametrize("text", [
    "Austria has not recognised the breakaway republics.",
    "If the vote is held, Austria would not recognise its result.",
    "Austria said it would not send weapons to Ukraine.",
])
def test_acts_not_done_or_conditioned_are_no_refusal(coder, text):
    t = triples(coder, text)
    assert not any(c[:2] == "12" for s, tgt, c, m in t), t
