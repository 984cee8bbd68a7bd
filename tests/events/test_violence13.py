"""Violence of round 13: the killing of a named leader or official is an assassination (186), beside the strike
that carried it out when a strike did; an attack by armed criminals is unconventional violence (180) whatever it
strikes. Our own sentences."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, date, code, source, target", [
    # people kill a named leader of an armed group: an assassination
    ("Nigerian troops killed Boko Haram leader Abubakar Shekau in a forest near Maiduguri.", "2021-05-20", "186", "NGAMIL", "NGA"),
    # an official named only by the appositive of an unknown name
    ("Gunmen shot dead Ahmed Karimov, the mayor of Kunduz, outside his home.", "2019-06-01", "186", None, "AFG"),
    # killed by no one named, in a strike: still an assassination
    ("Hezbollah leader Hassan Nasrallah was killed in Beirut in a strike on the group's headquarters.", "2024-09-28",
     "186", None, "LBN"),
])
def test_leader_killed(coder, text, date, code, source, target):
    t = triples(coder, text, date=date)
    assert has_coded(t, code, source, target), t


@pytest.mark.parametrize("text, date, target", [
    # a strike that kills a named leader: the strike and the killing
    ("An Israeli air strike killed Hezbollah commander Fuad Shukr in southern Beirut.", "2024-07-30", "LBN"),
    ("A Russian missile killed Chechen rebel leader Aslan Maskhadov near Grozny.", "2005-03-08", "RUS"),
])
def test_strike_and_killing(coder, text, date, target):
    t = triples(coder, text, date=date)
    assert has_coded(t, "186", None, target) and has_coded(t, "19"), t


@pytest.mark.parametrize("text, date, code, source, target", [
    # gangs attacking a town or prisons: no war, unconventional violence
    ("Gang members attacked the town of Petion-Ville and burned dozens of houses.", "2024-03-10", "180", "HTICRM", None),
    ("Gang members attacked the city of Cap-Haitien overnight.", "2024-03-02", "180", "HTICRM", None),
])
def test_gang_attack(coder, text, date, code, source, target):
    t = triples(coder, text, date=date)
    assert has_coded(t, code, source, target), t


@pytest.mark.parametrize("text, date, wrong", [
    # gang members who fight or ambush the police fight them: no 180
    ("Police and gang members fought gun battles in Cite Soleil.", "2024-03-02", {"180"}),
    ("Gang members attacked a police patrol in Port-au-Prince.", "2023-05-02", {"180"}),
])
def test_gang_fights_keep_their_code(coder, text, date, wrong):
    t = triples(coder, text, date=date)
    assert not any(c in wrong for _, _, c, _ in t), t


@pytest.mark.parametrize("text, date, wrong", [
    # civilians killed are no assassination
    ("Soldiers killed five farmers near the village of Tula, residents said.", "2021-05-20", {"186"}),
    # a leader shot and not said to be dead: no killing
    ("Gunmen shot the mayor of Kunduz outside his home.", "2019-06-01", {"186"}),
    # a journalist killed is assaulted (gold README), not assassinated
    ("Soldiers shot dead the journalist Maria Lopez at a checkpoint.", "2021-05-20", {"186"}),
])
def test_no_assassination(coder, text, date, wrong):
    t = triples(coder, text, date=date)
    assert not any(c in wrong for _, _, c, _ in t), t


@pytest.mark.parametrize("text, date, code, source, target", [
    # power seized by a country's own soldiers: a coup, coded as the arrest of its government
    ("Niger's presidential guard seized power in a coup on Wednesday.", "2023-07-27", "173", "NERMIL", "NERGOV"),
    ("The Gabonese military took control of the government after the election results were announced.", "2023-08-30",
     "173", "GABMIL", "GABGOV"),
    # only tried: a failed coup, coded by its fighting
    ("A group of Bolivian soldiers tried to seize power in La Paz on Wednesday.", "2024-06-26", "190", "BOLMIL", "BOLGOV"),
])
def test_power_seized(coder, text, date, code, source, target):
    t = triples(coder, text, date=date)
    assert has_coded(t, code, source, target), t


def test_power_seized_and_leader_detained_is_one_arrest(coder):
    t = triples(coder, "Sudan's army seized power and detained Prime Minister Abdalla Hamdok.", date="2021-10-25")
    assert len([e for e in t if e[2] == "173" and e[1] == "SDNGOV"]) == 1, t


def test_a_power_plant_seized_is_no_coup(coder):
    t = triples(coder, "Russian troops seized the largest power plant in Europe.", date="2022-03-04")
    assert not any(c == "173" for _, _, c, _ in t), t


def test_power_seized_by_rebels_is_no_coup(coder):
    t = triples(coder, "Houthi rebels seized power in Sanaa after weeks of protests.", date="2015-02-06")
    assert not any(c == "173" for _, _, c, _ in t), t


@pytest.mark.parametrize("text, date, code, source, target", [
    # people of a nation, named as such, attacking civilians: a mob's act, unconventional violence
    ("Serbians attacked Albanian shopkeepers in the market of Mitrovica.", "1999-06-20", "180", "SRB", None),
    # a state's forces firing on crowds defying a ban: repression
    ("Kenyan police fired on youths defying the curfew in Kisumu.", "2008-01-20", "175", "KENCOP", "KENCVL"),
])
def test_crowds_and_mobs(coder, text, date, code, source, target):
    t = triples(coder, text, date=date)
    assert has_coded(t, code, source, target), t


def test_people_attacking_police_keep_the_attack(coder):
    t = triples(coder, "Serbs attacked Kosovo police officers near the border.", date="2023-09-24")
    assert not any(c in {"180", "175"} for _, _, c, _ in t), t


def test_gang_killings_in_numbers_are_no_massacre(coder):
    t = triples(coder, "Gangs killed 50 people across Honduras over the weekend.", date="2019-05-20")
    assert has_coded(t, "180", "HNDCRM") and not any(c == "202" for _, _, c, _ in t), t
