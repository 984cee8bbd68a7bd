"""Coercion, reduced relations and force posture (CAMEO 15-17) the coder missed, each fixed as a class and tested on
our own sentences (helper coerce36 of the thirty-sixth session)."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, source, target", [
    # clubbing people is beating them; a state's police clubbing a crowd or protesters represses them (175)
    ("Riot police clubbed students in Prague on Friday.", "CZECOP", "CZECVL"),
    ("Police clubbed the crowd outside the meeting hall in Belgrade.", "SRBCOP", "SRBCVL"),
])
def test_police_clubbing_a_crowd_is_repression(coder, text, source, target):
    t = triples(coder, text)
    assert has_coded(t, "175", source, target), t


def test_clubbing_by_gunmen_is_a_beating(coder):
    t = triples(coder, "Gunmen bludgeoned two farmers in a village near Jos.")
    assert has_coded(t, "182", None, "NGAAGR"), t


def test_clubbed_to_death_stays_a_killing(coder):
    t = triples(coder, "Villagers clubbed a suspected thief to death in Kenya.")
    assert has_coded(t, "1823", modality=None), t
    assert not any(c == "182" for _, _, c, _ in t), t


def test_a_club_is_no_beating(coder):
    t = triples(coder, "The club hosted a dinner for the visiting minister.")
    assert not has_coded(t, "18", modality=None), t


@pytest.mark.parametrize("text, date, code, source, target", [
    # martial law, a state of emergency or a curfew a state imposes at home is aimed at the country, not its civilians
    ("Ecuador's president declared a state of emergency in three provinces after a wave of prison riots.", "2023-01-10",
     "1724", "ECUGOV", "ECU"),
    ("The junta extended the state of emergency in Myanmar for another six months.", "2022-01-10", "1724", "MMR", "MMR"),
    ("The Kano state governor imposed a 24-hour curfew after protests against fuel prices turned violent.", "2024-08-01",
     "1723", "NGAGOV", "NGA"),
])
def test_emergency_rule_and_curfews_at_home_aim_at_the_country(coder, text, date, code, source, target):
    t = triples(coder, text, date)
    assert any(c == code and (s or "").startswith(source) and tg == target and m == "asserted"
               for s, tg, c, m in t), t


def test_arrests_at_home_keep_their_own_target(coder):
    t = triples(coder, "Indian police arrested dozens of students in Srinagar.", "2019-08-05")
    assert has_coded(t, "173", "INDCOP", "INDEDU") or has_coded(t, "173", "INDCOP", "INDCVL"), t


def test_a_curfew_imposed_abroad_stays_on_the_people_of_the_place(coder):
    t = triples(coder, "Israeli troops imposed a curfew in Hebron after clashes with stone-throwing youths.", "1988-05-01")
    assert has_coded(t, "1723", "ISR", "PSE"), t


@pytest.mark.parametrize("text, date, source, target", [
    # a ruler removed or forced from power is the coup's arrest of him (173), in a passive or by its doer
    ("Egypt's army chief announced that President Mohamed Morsi had been removed from power.", "2013-07-03", "EGY",
     "EGYGOV"),
    ("Sudan's army removed Omar al-Bashir from power after months of street protests.", "2019-04-11", "SDNMIL",
     "SDNGOV"),
    # armed forces that oust a leader, a junta's too, make a coup
    ("An army captain ousted Burkina Faso's junta leader in September.", "2022-09-30", "BFAMIL", "BFA"),
])
def test_a_ruler_removed_from_power_is_arrested(coder, text, date, source, target):
    t = triples(coder, text, date)
    assert has_coded(t, "173", source, target), t


def test_a_ruler_voted_out_is_no_coup(coder):
    t = triples(coder, "Imran Khan was removed from power in a no-confidence vote in parliament.", "2022-04-10")
    assert not has_coded(t, "173", modality=None), t


def test_a_removal_from_power_awaited_is_no_fact(coder):
    t = triples(coder, "Iran vowed to continue the war until Saddam Hussein was removed from power.", "1988-01-10")
    assert not has_coded(t, "173"), t


@pytest.mark.parametrize("text, date, source, target", [
    # a missile flying over another country, or a military satellite put into orbit, shows force (150)
    ("A North Korean missile flew over Japan on Tuesday, prompting an alert for residents.", "2022-10-04", "PRK", "JPN"),
    ("North Korea said it had put a spy satellite into orbit.", "2023-11-22", "PRK", None),
    ("Iran launched a military satellite on Tuesday.", "2020-04-22", "IRN", None),
])
def test_missiles_over_a_country_and_satellites_in_orbit_show_force(coder, text, date, source, target):
    t = triples(coder, text, date)
    assert has_coded(t, "150", source, target), t


def test_a_satellite_deal_shelved_shows_no_force(coder):
    t = triples(coder, "The minister put the satellite deal on hold.", "2020-04-22")
    assert not has_coded(t, "15", modality=None), t


@pytest.mark.parametrize("text, date, code, source", [
    # people a state's police arrest, told by a noun with a clause of their protest, are the target, not what they
    # protest about
    ("Police in St Petersburg detained dozens of people protesting the invasion of Ukraine.", "2022-03-01", "173",
     "RUSCOP"),
    ("Police in Paris detained 50 people protesting against the Israeli offensive in Gaza.", "2023-11-01", "173",
     "FRACOP"),
])
def test_people_arrested_while_protesting_are_the_target(coder, text, date, code, source):
    t = triples(coder, text, date)
    assert has_coded(t, code, source, source[:3] + "CVL"), t
    assert not any(c.startswith("17") and tg and tg[:3] != source[:3] for _, tg, c, _ in t), t
