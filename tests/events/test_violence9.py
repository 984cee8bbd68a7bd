"""Who acts on whom in violence and protest (violence9): the CAMEO root of an act of force follows who
does it to whom (data/lexicon/sense_cues.yaml, the dev set's conventions in its README): attackers named
only by what they did commit unconventional violence (18x), police using conventional force at home
repress (175), a state's forces firing on people the sentence shows protesting repress them (175), and
forces that answer a crowd's stones fire on that crowd. Our own sentences."""

import pytest

from gold_helpers import triples


def roots(coder, text, date="2025-03-06"):
    return {(s, t, c[:2], m) for s, t, c, m in triples(coder, text, date)}


def codes(coder, text, date="2025-03-06"):
    return {c for s, t, c, m in triples(coder, text, date)}


@pytest.mark.parametrize("text", [
    "Gunmen attacked a church in Owo, killing at least 40 worshippers.",
    "Unidentified gunmen stormed a police checkpoint in Balochistan, killing four officers.",
    "Armed men opened fire at a wedding party in Zamfara state.",
    "Gunmen fired on a bus carrying pilgrims in Kashmir.",
    "Gunmen have attacked an army base in northern Burkina Faso.",
    "A gunman opened fire on shoppers at a market in Kirkuk on Tuesday.",
])
def test_unnamed_attackers_commit_unconventional_violence(coder, text):
    got = codes(coder, text)
    assert "180" in got and not any(c[:2] == "19" for c in got), triples(coder, text)


@pytest.mark.parametrize("text", [
    "Riot police stormed the occupied shipyard in Gdansk before dawn.",
    "Police opened fire in the main market of Kisumu on Tuesday.",
    "Bangladeshi police attacked a sit-in at Dhaka University overnight.",
    "Police in Lima stormed the offices of the teachers' union.",
    "Georgian riot police attacked the opposition camp outside parliament in Tbilisi.",
])
def test_police_force_at_home_is_repression(coder, text):
    got = codes(coder, text)
    assert "175" in got and not any(c[:2] == "19" for c in got), triples(coder, text)


@pytest.mark.parametrize("text", [
    "Police commandos stormed a hideout of armed gang members in Port-au-Prince.",
    "Indian police clashed with Maoist rebels in the forests of Chhattisgarh.",
])
def test_police_against_armed_men_is_fighting(coder, text):
    assert "175" not in codes(coder, text), triples(coder, text)


@pytest.mark.parametrize("text,dyad", [
    ("Algerian troops fired on rioting youths in Oran.", ("DZAMIL", "DZACVL")),
    ("Bolivian troops shot dead three miners who were blocking a highway near Oruro.", ("BOLMIL", "BOLCVL")),
    ("Nigerian soldiers opened fire on young people demonstrating against police brutality in Lagos.",
     ("NGAMIL", "NGACVL")),
    ("Soldiers in Khartoum opened fire on crowds of protesters outside the army headquarters.", ("SDNMIL", "SDNCVL")),
    ("Iranian security forces fired on mourners chanting against the government in Zahedan.", ("IRNCOP", "IRNCVL")),
    ("Kenyan police fired live rounds at marching teachers in Nakuru.", ("KENCOP", "KENEDU")),
])
def test_force_on_people_shown_protesting_is_repression(coder, text, dyad):
    assert (*dyad, "17", "asserted") in roots(coder, text), triples(coder, text)


@pytest.mark.parametrize("text,crowd", [
    ("JERUSALEM, Dec 12 - Palestinians threw stones at Israeli troops in Nablus, and soldiers opened fire.", "PSECVL"),
    ("Kashmiri youths pelted Indian troops with stones in Srinagar, and the troops fired pellets at them.", "INDCVL"),
])
def test_forces_answering_a_crowd_fire_on_it(coder, text, crowd):
    assert any(c == "175" and t == crowd for s, t, c, m in triples(coder, text, "1988-12-12")), \
        triples(coder, text, "1988-12-12")


@pytest.mark.parametrize("text", [
    "Malian forces carried out drone strikes on rebel positions near Gao.",
    "Troops fired on the striking rebels' positions near the border with heavy artillery.",
    "Floodwaters attacked the coastal villages of Sindh, killing dozens.",
])
def test_no_repression_without_protesters(coder, text):
    assert "175" not in codes(coder, text), triples(coder, text)


@pytest.mark.parametrize("text", [
    "Sudanese police did not fire on the protesters in Omdurman, witnesses said.",
    "Gunmen threatened to attack the village if it did not pay.",
])
def test_not_asserted(coder, text):
    assert not any(c[:2] in {"17", "18", "19"} and m == "asserted" for s, t, c, m in triples(coder, text)), \
        triples(coder, text)


@pytest.mark.parametrize("text,code", [
    ("A Russian missile strike destroyed a shopping centre in Kremenchuk.", "195"),
    ("An American drone strike destroyed a car carrying militants in Somalia.", "195"),
    ("An Israeli strike destroyed a Hezbollah weapons depot in the Bekaa valley.", "195"),
    ("A strike killed three Hezbollah commanders in southern Lebanon.", "195"),
    ("Ukrainian drone attacks damaged two oil refineries in southern Russia.", "195"),
])
def test_attack_that_destroyed_keeps_its_kind(coder, text, code):
    got = codes(coder, text)
    assert code in got and "1712" not in got, triples(coder, text)


@pytest.mark.parametrize("text", [
    "A strike by dock workers paralysed the port of Antwerp.",
    "A general strike shut down businesses across Nepal.",
])
def test_labour_strike_is_no_air_strike(coder, text):
    assert not any(c[:2] in {"17", "18", "19"} for c in codes(coder, text)), triples(coder, text)


@pytest.mark.parametrize("text", [
    "Rockets carrying a nerve agent struck suburbs of Ghouta outside Damascus.",
    "Islamic State fighters fired shells filled with a chemical agent at Kurdish fighters near Kirkuk.",
    "Iraqi jets bombed the Kurdish village with mustard gas.",
    "Government helicopters dropped barrel bombs loaded with chlorine on a village in Idlib.",
    "Artillery shells packed with phosgene hit the trenches, the Iranian army said.",
])
def test_chemical_agents_make_chemical_warfare(coder, text):
    assert "2041" in codes(coder, text, "2015-05-01"), triples(coder, text, "2015-05-01")


@pytest.mark.parametrize("text", [
    "The army shelled a chlorine factory in Aleppo.",
    "A chlorine leak at a water plant in Aqaba killed ten workers.",
])
def test_chemical_words_that_are_no_weapon(coder, text):
    assert "2041" not in codes(coder, text), triples(coder, text)


@pytest.mark.parametrize("text", [
    "Hamas gunmen attacked Israeli villages near the Gaza border.",
    "ADF rebels raided a village near Beni, killing 20.",
    "Boko Haram fighters stormed a market in Borno state.",
    "Houthi rebels attacked a mosque in Marib.",
    "Gang members opened fire on passengers at a bus station in Port-au-Prince.",
])
def test_armed_men_of_no_state_on_civilians(coder, text):
    got = codes(coder, text)
    assert "180" in got and not any(c[:2] == "19" for c in got), triples(coder, text)


@pytest.mark.parametrize("text", [
    "M23 rebels attacked the town of Sake.",
    "Al-Shabaab fighters attacked an army base in Somalia.",
    "ISWAP fighters attacked Nigerian troops near Lake Chad.",
])
def test_armed_men_of_no_state_on_forces_or_towns_fight(coder, text):
    got = codes(coder, text)
    assert any(c[:2] == "19" for c in got) and "180" not in got, triples(coder, text)


@pytest.mark.parametrize("text", [
    "M23 rebels seized most of Bukavu after a two-day offensive.",
    "Jihadist militants seized the town of Menaka.",
    "Wagner fighters seized control of the airport in Kidal.",
    "Armed men of a jihadist group took over the commune of Djibo after soldiers withdrew.",
    "Houthi fighters have seized the port of Mokha.",
])
def test_places_seized_by_armed_men_are_occupied(coder, text):
    got = codes(coder, text)
    assert "192" in got and not any(c[:3] in {"171", "173", "181"} for c in got), triples(coder, text)


@pytest.mark.parametrize("text,code", [
    ("The Venezuelan government seized the country's largest bank.", "1711"),
    ("Gunmen seized four aid workers in Darfur.", "181"),
])
def test_seizures_of_firms_and_people_keep_their_kind(coder, text, code):
    assert code in codes(coder, text), triples(coder, text)


@pytest.mark.parametrize("text,crowd", [
    ("Supporters of the jailed leader torched a police post in Lahore.", "PAKCVL"),
    ("Opposition supporters ransacked the electoral commission office in Maputo.", "MOZCVL"),
    ("Fans of the deposed president attacked the state television headquarters in Abidjan.", "CIVCVL"),
    ("Followers of the opposition leader stormed the governor's office in Kano.", "NGACVL"),
    ("Supporters of the ousted prime minister set fire to a police station in Dhaka.", "BGDCVL"),
])
def test_a_crowd_named_by_its_following_riots(coder, text, crowd):
    got = triples(coder, text)
    # (coerce40) the property the crowd burns or loots may be coded beside the riot, from the crowd (gold README:
    # "protesters burning parliament 145 plus 1712"); never as the act of its leader's sector, nor as an assault
    assert any(c == "145" and s == crowd for s, t, c, m in got) and not any(
        c[:2] in {"18", "19"} or c[:2] == "17" and s != crowd for s, t, c, m in got), got


@pytest.mark.parametrize("text", [
    "Sudanese paramilitaries killed more than 1,000 Masalit men in El Geneina.",
    "Hutu militias killed thousands of Tutsi civilians in Kigali.",
    "Serb forces killed more than 7,000 Muslim men near Srebrenica.",
    "Islamic State fighters executed 300 Yazidi men near Sinjar.",
    "Soldiers shot dead 60 Rohingya villagers in northern Rakhine.",
])
def test_killing_people_of_a_group_in_numbers_is_mass_killing(coder, text):
    assert "202" in codes(coder, text, "2017-09-01"), triples(coder, text, "2017-09-01")


@pytest.mark.parametrize("text", [
    "Russian forces killed 200 Ukrainian soldiers near Bakhmut.",
    "Brazilian police killed 60 gang members in raids in Rio de Janeiro.",
])
def test_killing_combatants_in_numbers_is_no_mass_killing(coder, text):
    assert "202" not in codes(coder, text), triples(coder, text)
