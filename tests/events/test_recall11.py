"""Recall of round 11: verb families and event nouns the coder missed or coded with the wrong root on fresh
text, each fixed as a class and tested on our own variants: manhunts, people held at gunpoint, arrest warrants
sought, positions taken up, handshakes, revenge exacted, food brought in, suspension from a bloc, prisoners
walking free, compounds and cordons breached, comment declined."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, code, source, target", [
    # a manhunt launched, stepped up, or launched in the passive: a criminal investigation
    ("Police in Kenya launched a manhunt for the gunmen who attacked a church.", "091", "KENCOP", None),
    ("Pakistani police have launched a massive manhunt for the escaped militants.", "091", "PAKCOP", None),
    ("Colombian authorities launched a nationwide manhunt for the rebel commander.", "091", "COL", None),
    ("A manhunt was launched by Thai police for the bombers.", "091", "THACOP", None),
    ("Spanish police stepped up the manhunt for the van driver.", "091", "ESPCOP", None),
    # people held at gunpoint or knifepoint: hostage-taking
    ("Kidnappers held two Chinese engineers at gunpoint near Karachi.", "181", None, "CHN"),
    ("Armed men held the bus passengers at knifepoint for an hour in Kaduna.", "181", None, "NGA"),
    ("Jihadists held the villagers at gunpoint while they looted the market.", "181", None, None),
    # arrest warrants sought, requested or applied for: legal action against the person
    ("Argentina's prosecutors requested arrest warrants for eight Iranian officials.", "173", "ARG", "IRN"),
    ("The ICC prosecutor is seeking an arrest warrant for the Myanmar junta leader.", "173", "IGO", "MMR"),
    ("Peruvian prosecutors filed for an arrest warrant against the former president.", "173", "PER", "PER"),
    ("The prosecutor of the International Criminal Court sought arrest warrants for two Taliban leaders.", "173",
     "IGO", "AFG"),
    # troops taking up or setting up positions deploy; they take no territory
    ("Pakistani troops took up positions along the Line of Control.", "154", "PAKMIL", None),
    ("Turkish forces set up positions around the Syrian town of Manbij.", "154", "TURMIL", None),
    ("Indian soldiers have taken up positions on the ridges above the valley.", "154", "INDMIL", None),
    ("Russian troops took up positions along the border with Georgia.", "154", "RUSMIL", None),
    # leaders shaking hands meet
    ("Putin and Erdogan shook hands in Sochi before their talks.", "040", "RUS", "TUR"),
    ("The Indian and Chinese foreign ministers shook hands in Moscow.", "040", "IND", "CHN"),
    ("Macron and Xi shook hands at the start of the summit.", "040", "FRA", "CHN"),
    # food, medicine and aid brought in
    ("UN trucks brought humanitarian aid into Tigray for the first time in months.", "073", "IGOUNO", None),
    # a state suspended from a bloc or an organisation
    ("The African Union suspended Mali from the bloc after the coup.", "160", "IGO", "MLI"),
    ("ECOWAS suspended Guinea from its membership.", "160", "IGO", "GIN"),
    ("The Commonwealth suspended Fiji from its membership after the coup.", "160", "IGO", "FJI"),
    ("The Arab League suspended Syria from the organisation in 2011.", "160", "IGO", "SYR"),
    # prisoners who walk free or emerge from prison are released
    ("The Saudi activist walked free from prison after serving her sentence.", "0841", None, None),
    ("The blogger emerged from prison in Cairo after five years.", "0841", None, None),
    ("Nelson Mandela walked free from prison in 1990.", "0841", None, None),
    # compounds, gates and cordons breached by crowds: rioting; by an army: force
    ("Protesters breached the security cordon around the presidential palace.", "145", "CVL", None),
    ("Demonstrators breached the gates of the presidential palace in Colombo.", "145", "LKACVL", None),
    ("Rioters smashed through the fence of the US embassy in Tripoli.", "145", None, "USA"),
    ("Israeli tanks breached the gate of a UN base in southern Lebanon.", "190", "ISRMIL", None),
    # comment declined
    ("The Kremlin spokesman declined to say whether Putin would attend.", "011", "RUS", None),
    ("A Chinese embassy spokesman declined to disclose the number of evacuees.", "011", "CHN", None),
    ("The German foreign ministry declined to say whether tanks would be sent.", "011", "DEU", None),
])
def test_missed_families_are_coded(coder, text, code, source, target):
    t = triples(coder, text)
    assert has_coded(t, code, source, target), t


def test_walked_free_from_house_arrest(coder):
    # the adjective after the verb ("walked free"), parsed as a clause of its own, is a word of its clause
    t = triples(coder, "Aung San Suu Kyi walked free from house arrest in Yangon.", date="2010-11-14")
    assert has_coded(t, "0841", "MMR"), t


@pytest.mark.parametrize("text, code", [
    # revenge exacted or vowed: a threat of force while only said
    ("Iran said it would exact revenge on Israel for the strike.", "138"),
    ("Hezbollah vowed to take revenge for the killing of its commander.", "138"),
])
def test_revenge_vowed_is_a_threat_of_force(coder, text, code):
    t = triples(coder, text, modality=None)
    assert has_coded(t, code, modality=None), t
    assert not has_coded(t, "19", modality="asserted"), t


@pytest.mark.parametrize("text, code", [
    # the families' words in other senses keep their code or code nothing new
    ("Russia breached the 1987 treaty, NATO said.", "128"),
    ("The foreign ministry declined to comment on the report.", "011"),
    ("Moscow declined the invitation to the summit.", "12"),
])
def test_other_senses_keep_their_code(coder, text, code):
    t = triples(coder, text)
    assert has_coded(t, code), t
    assert not has_coded(t, "19") and not has_coded(t, "0841"), t


@pytest.mark.parametrize("text", [
    "The opposition leader shook up his party leadership.",
    "The earthquake shook the capital for forty seconds.",
    "The minister walked out of the room to take a call.",
])
def test_no_meeting_or_release_from_other_senses(coder, text):
    t = triples(coder, text)
    assert not has_coded(t, "040") and not has_coded(t, "0841"), t


@pytest.mark.parametrize("text, code, source, target", [
    # troops that land unopposed deploy; (force30) landing in force is an armed entry (the gold: Grenada 190)
    ("The first of 2,000 American troops landed unopposed in Haiti on Monday.", "154", "USAMIL", "HTI"),
    # troops that land deploy; (aid30) troops that land on another state's soil told as no deployment's arrival
    # invade it (gold: "U.S. Marines and Army Rangers landed on Grenada" 190)
    ("The first of 2,000 American troops landed in Haiti on Monday.", "154", "USAMIL", "HTI"),
    ("U.S. Marines landed on Grenada at dawn.", "190", "USAMIL", "GRD"),
    # the location of a target passed to another state: intelligence shared
    ("Turkish intelligence passed Baghdad the location of a senior Islamic State commander.", "064", "TUR", "IRQ"),
    ("The CIA shared the coordinates of the rebel camp with the Colombian army.", "064", "USA", "COL"),
    ("Pakistan gave the United States the location of the militant leader.", "064", "PAK", "USA"),
])
def test_landings_and_locations_passed(coder, text, code, source, target):
    t = triples(coder, text)
    assert has_coded(t, code, source, target), t


@pytest.mark.parametrize("text", [
    "Pelosi's plane landed in Taipei late on Tuesday.",
    "A Turkish Airlines flight landed in Baghdad.",
    "Debris from the drone landed in a Romanian village.",
    "The first Kenyan police officers landed in Port-au-Prince.",
])
def test_landing_craft_and_debris_visit_no_one(coder, text):
    t = triples(coder, text)
    assert not has_coded(t, "042"), t


@pytest.mark.parametrize("text, code", [
    ("A Russian rocket landed in a Polish village near the border.", "195"),
    ("Mortar rounds landed in a camp for displaced people in El Fasher, killing 9.", "194"),
])
def test_weapons_that_land_stay_attacks(coder, text, code):
    t = triples(coder, text)
    assert has_coded(t, code) and not has_coded(t, "042"), t


@pytest.mark.parametrize("text, code, source", [
    # more troops ordered, troops dispatched: a deployment
    ("Clinton ordered 5,000 more troops to Somalia.", "154", "USA"),
    ("Biden ordered 3,000 additional troops to Poland.", "154", "USA"),
    ("The Kremlin dispatched troops to Kazakhstan.", "154", "RUS"),
    # government buildings stormed: crowds riot
    ("Protesters stormed government buildings in Bishkek.", "145", "KGZ"),
    # shrines, statues and mausoleums smashed or blown up: property destroyed
    ("Islamist fighters smashed ancient mausoleums in Timbuktu with pickaxes.", "1712", "MLI"),
    ("Taliban fighters blew up the giant Buddha statues in Bamiyan.", "1712", "AFG"),
    # people rallying in support of someone or massing in a square demonstrate
    ("Hundreds of residents of Bamako rallied peacefully in support of the junta.", "141", "MLI"),
    ("Thousands of opposition supporters gathered in Tahrir Square on Friday.", "141", "EGY"),
    # support rallied for someone is no demonstration
    ("Washington rallied support for Ukraine among its allies.", "053", "USA"),
])
def test_deployments_storming_destruction_and_rallies(coder, text, code, source):
    t = triples(coder, text)
    assert has_coded(t, code, source), t


def test_troops_storming_a_camp_is_no_criticism(coder):
    t = triples(coder, "Thai troops stormed the camp of anti-government protesters in Bangkok.")
    assert not has_coded(t, "11"), t


def test_ministers_gathering_for_talks_meet(coder):
    t = triples(coder, "The foreign ministers gathered in Brussels for talks.")
    assert not has_coded(t, "14"), t


@pytest.mark.parametrize("text, code, source, target", [
    # an end or a halt ordered to military operations: a ceasefire, not an attack
    ("Russian President Dmitry Medvedev said he had ordered an end to military operations in Georgia.", "0871",
     "RUS", "GEO"),
    ("The Israeli prime minister ordered a halt to the offensive in Gaza.", "0871", "ISR", None),
    # talks sponsored by a third party: mediation
    ("Slovenia and Croatia agreed at talks sponsored by the European Community to freeze their declarations.",
     "045", "IGOEU", "SVN"),
    ("Egypt sponsored talks between Fatah and Hamas in Cairo.", "045", "EGY", "PSE"),
    # armed forces supporting another state's troops: military cooperation
    ("French forces began supporting Malian troops against Islamist fighters.", "062", "FRA", "MLI"),
    # a border closed to refugees: entry denied
    ("Uzbekistan closed its border to refugees fleeing violence in Kyrgyzstan.", "1245", "UZB", None),
])
def test_ends_sponsors_support_and_closed_borders(coder, text, code, source, target):
    t = triples(coder, text)
    assert has_coded(t, code, source, target), t


def test_an_end_ordered_is_no_attack(coder):
    t = triples(coder, "Medvedev said he had ordered an end to military operations in Georgia.", date="2008-08-12")
    assert not has_coded(t, "19"), t


def test_support_for_a_bid_stays_an_endorsement(coder):
    t = triples(coder, "France supports Ukraine's bid to join the EU.")
    assert has_coded(t, "051", "FRA") and not has_coded(t, "062"), t


@pytest.mark.parametrize("text, source, target", [
    # a court that finds someone guilty convicts, whatever stands between the verb and "guilty"
    ("A Moscow court found the American journalist guilty of espionage.", "RUS", "USA"),
    ("The U.N. tribunal for Rwanda found former mayor Jean-Paul Akayesu guilty of genocide.", "IGO", None),
    ("A court in Minsk found the opposition activist guilty of organising riots.", "BLR", "BLR"),
])
def test_found_guilty_is_a_conviction(coder, text, source, target):
    t = triples(coder, text)
    assert has_coded(t, "116", source, target), t


def test_human_shields_placed(coder):
    t = triples(coder, "Hamas fighters placed hostages in apartments as human shields, the army said.")
    assert has_coded(t, "184", "PSE"), t


def test_no_conviction_without_guilt(coder):
    t = triples(coder, "The inquiry found no evidence of wrongdoing.")
    assert not has_coded(t, "116"), t


@pytest.mark.parametrize("text", [
    "Moscow left open the possibility of talks with Kyiv.",
    "The White House left the door open to negotiations with Tehran.",
    "Seoul left open the possibility of resuming talks with Pyongyang.",
    "Tokyo kept its options open on talks with Beijing.",
])
def test_talks_left_open_are_not_broken_off_nor_held(coder, text):
    t = triples(coder, text)
    assert not has_coded(t, "16") and not has_coded(t, "04"), t
