"""Recall of round 8 on fresh wire prose: verb and noun synonyms of the CAMEO roots the dictionaries
lacked (crowds taking to the streets, workers downing tools, aircraft downed, cooperation scaled back,
controls tightened, pilots trained, tear gas, intelligence sharing). Our own sentences."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, code, source, target", [
    ("Tens of thousands took to the streets of Belgrade to protest against the government.", "141", "SRBCVL", "SRB"),
    ("Thousands of people marched through the streets of Tbilisi on Sunday.", "141", "GEOCVL", "GEO"),
    ("Protesters poured into the streets of Dhaka after the verdict.", "141", "BGD", "BGD"),
    ("Zambian copper miners downed tools over unpaid wages.", "143", "ZMB", None),
    ("Hundreds of doctors walked out of hospitals across South Korea.", "143", "KOR", None),
    ("Afghan guerrillas downed a Soviet helicopter near Kabul.", "195", "AFG", "SUN"),  # (force30) 195, as the gold
    ("Tehran scaled back its cooperation with the IAEA.", "16", "IRN", "IGO"),
    ("Japan tightened export controls on South Korea.", "163", "JPN", "KOR"),
    ("The Netherlands trained Ukrainian pilots.", "062", "NLD", "UKR"),
    ("On 1 April 2024, police teargassed opposition supporters in Conakry.", "175", "GINCOP", "GIN"),
    ("South Korea and Japan resumed military intelligence sharing.", "064", "KOR", "JPN"),
])
def test_fresh_synonyms_are_coded(coder, text, code, source, target):
    t = triples(coder, text)
    assert has_coded(t, code, source, target), t


@pytest.mark.parametrize("text, code", [
    ("The miners did not down tools, the union said.", "143"),
    ("Thousands of people will take to the streets of Sofia on Friday, organisers said.", "141"),
    ("Police did not teargas the marchers in Conakry, the ministry said.", "175"),
])
def test_fresh_synonyms_not_asserted_when_they_did_not_happen(coder, text, code):
    t = triples(coder, text)
    assert not has_coded(t, code), t


@pytest.mark.parametrize("text", [
    "The hikers took the road to the summit of Mount Kenya.",
    "The committee held its meeting in March in Geneva.",
])
def test_no_protest_from_roads_and_months(coder, text):
    t = triples(coder, text)
    assert not any(c.startswith("14") for s, tg, c, m in t), t


@pytest.mark.parametrize("text, code, source, target", [
    ("Indonesian troops surrounded the rebel leader's compound in Aceh.", "191", "IDNMIL", "IDN"),
    ("Turkey sent tank columns across the border into northern Syria.", "190", "TUR", "SYR"),
    ("Sri Lanka's parliament voted out the prime minister in a no-confidence vote.", "0831", "LKALEG", None),
    ("The Tajik government closed dozens of mosques it said were unregistered.", "172", "TJKGOV", "TJK"),
    ("Philippine coast guard vessels rammed a Chinese fishing boat near Scarborough Shoal.", "171", "PHL", "CHN"),
    ("Militiamen killed nine villagers with machetes near Djugu.", "1823", "COD", "COD"),
    ("Mutinous soldiers seized the president at his residence in Niamey.", "173", "NERMIL", "NERGOV"),
    ("Mexican marines captured the cartel's most wanted kingpin in Sinaloa.", "173", "MEXMIL", "MEX"),
    ("The Dominican Republic deported thousands of Haitian migrants last month.", "201", "DOM", "HTI"),
    ("Riot police in Yerevan dragged away protesters blocking the main avenue.", "144", "ARMCVL", "ARM"),
])
def test_fresh_families_are_coded(coder, text, code, source, target):
    t = triples(coder, text)
    assert has_coded(t, code, source, target), t


@pytest.mark.parametrize("text, code", [
    ("Kenya deported a Turkish journalist to Ankara.", "201"),            # one person: no mass expulsion
    ("Aid agencies sent trucks of food across the border into Tigray.", "190"),
    ("The court cleared the demonstrators of all charges.", "175"),
])
def test_fresh_families_keep_their_limits(coder, text, code):
    t = triples(coder, text)
    assert not any(c.startswith(code) for s, tg, c, m in t), t


def test_protesters_not_removed_are_not_asserted(coder):
    t = triples(coder, "Police did not remove the protesters from the square, witnesses said.")
    assert not has_coded(t, "175"), t


@pytest.mark.parametrize("text, code, source, target", [
    ("The Kremlin brushed aside Western calls for a ceasefire.", "12", "RUSGOV", None),
    ("Ethiopia balked at the Egyptian proposal on the dam.", "12", "ETH", "EGY"),
    ("Indian troops fired across the Line of Control, Pakistan said.", "190", "INDMIL", None),
    ("The assassination of the Haitian president shocked the region.", "186", None, "HTIGOV"),
    ("The killing of a protester by police sparked riots in Dakar.", "175", "SENCOP", "SENCVL"),
    ("The siege of Mariupol by Russian forces ended in May.", "191", "RUSMIL", "UKR"),
])
def test_fresh_rejections_and_act_subjects(coder, text, code, source, target):
    t = triples(coder, text)
    assert has_coded(t, code, source, target), t


def test_an_act_subject_of_a_hypothesis_is_not_asserted(coder):
    t = triples(coder, "The assassination of the president would plunge the country into chaos, analysts warned.")
    assert not has_coded(t, "186"), t


def test_a_killing_verb_carries_the_act_subject_once(coder):
    t = triples(coder, "The bombing of the Iraqi embassy in Beirut killed 61 people.")
    assert len([c for s, tg, c, m in t if c.startswith("19") or c.startswith("18")]) == 1, t


@pytest.mark.parametrize("text, code, source, target", [
    ("Ukrainian forces pushed Russian troops back from Kharkiv.", "190", "UKRMIL", "RUS"),
    ("The Taliban handed the bodies of two soldiers over to Pakistan.", "0841", "AFG", "PAK"),
    ("The Taliban handed over the bodies of two soldiers to Pakistan.", "0841", "AFG", "PAK"),
])
def test_particles_after_the_object(coder, text, code, source, target):
    t = triples(coder, text)
    assert has_coded(t, code, source, target), t


@pytest.mark.parametrize("text, code, country", [
    ("Some 5,000 people marched through Sofia against the new mining law.", "141", "BGR"),
    ("Youths rioted in Dakar's Medina district after the arrest of a rapper.", "145", "SEN"),
    ("Youths hurled stones at police in Abidjan's Yopougon suburb.", "145", "CIV"),
    ("Members of the dockers' union held a demonstration in Nairobi.", "141", "KEN"),
])
def test_crowds_placed_by_through_and_possessive_places(coder, text, code, country):
    t = triples(coder, text)
    assert has_coded(t, code, country), t


def test_police_who_hold_back_arrest_nobody(coder):
    t = triples(coder, "Thousands marched in Sofia, and police held back.")
    assert not any(c.startswith("17") for s, tg, c, m in t), t


@pytest.mark.parametrize("text, code, source, target", [
    ("The World Bank disbursed 500 million dollars to Ukraine.", "071", "IGO", "UKR"),
    ("The IMF approved a 3 billion dollar bailout for Sri Lanka.", "071", "IGO", "LKA"),
    ("Russia returned 20 Ukrainian children to their families.", "0841", "RUS", "UKR"),
    ("The EU removed Hamas from its terrorist list.", "081", "IGO", "PSE"),
    ("The government restored internet access in Ethiopia.", "081", "ETHGOV", "ETH"),
    ("Sudan's military leader handed power to a civilian government.", "0831", "SDN", "SDN"),
    ("Spanish and Moroccan police dismantled a jihadist cell in a joint operation.", "063", "ESPCOP", "MARCOP"),
    ("Kenyan and Somali troops jointly attacked an Al-Shabaab camp.", "062", "KENMIL", "SOMMIL"),
])
def test_fresh_cooperation_aid_and_yielding(coder, text, code, source, target):
    t = triples(coder, text)
    assert has_coded(t, code, source, target), t


@pytest.mark.parametrize("text, code", [
    ("The rebels released a video of the hostages.", "08"),
    ("The Chinese and Russian leaders walked together into the hall.", "06"),
])
def test_no_release_or_cooperation_from_publications_and_walks(coder, text, code):
    t = triples(coder, text)
    assert not any(c.startswith(code) for s, tg, c, m in t), t


def test_joint_work_denied_is_not_asserted(coder):
    t = triples(coder, "French and German police did not work together on the case.")
    assert not has_coded(t, "063"), t


@pytest.mark.parametrize("text", [
    "The rebels handed back control of the airport to the government.",
    "The militia handed over two villages to government troops.",
])
def test_places_handed_over_are_surrendered(coder, text):
    t = triples(coder, text)
    assert has_coded(t, "0874"), t
    assert not any(c.startswith("154") for s, tg, c, m in t), t
