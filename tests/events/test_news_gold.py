"""Our own gold sentences in wire style for the failure modes of issue 10 (unseen news): passives with
and without a by-agent, nominal events ("air strikes on Idlib", "clashes between X and Y"), places
that name the target of an attack ("shelled Kharkiv"), verb misfires on wire prose, modality, and
natural or industrial disasters that are no attack. Written for foedus; scored like the benchmark.
"""


import pytest

from gold_helpers import score_cases

# (text, [(source, target or None, PLOVER 0.5 type)]); dated 2024-06-20.
CASES = [
 # passive with by-agent
 ("The bridge was blown up by rebels on Tuesday.", [("REB", None, "COERCE")]),
 ("Two villages were shelled by Russian forces overnight.", [("RUSMIL", None, "FIGHT")]),
 ("Kherson was shelled by Russian troops on Sunday.", [("RUSMIL", "UKR", "FIGHT")]),
 ("The convoy was attacked by Houthi militants near the port.", [("YEMREB", None, "FIGHT")]),
 ("Three civilians were killed in Israeli tank shelling in Gaza.", [("ISRMIL", "PSE", "FIGHT")]),
 ("Four soldiers were wounded in a Russian drone strike on Sumy.", [("RUS", "UKR", "FIGHT")]),
 # targets named by a place
 ("Russian forces shelled Kharkiv on Monday.", [("RUSMIL", "UKR", "FIGHT")]),
 ("Russia launched a missile strike on Kyiv.", [("RUS", "UKR", "FIGHT")]),
 ("Russia launched 40 drones at Ukraine overnight.", [("RUS", "UKR", "FIGHT")]),
 ("Israeli aircraft bombed Rafah on Saturday.", [("ISRMIL", "PSE", "FIGHT")]),
 ("Turkish drones struck Kurdish positions near Qamishli.", [("TURMIL", None, "FIGHT")]),
 ("Syrian government forces shelled Idlib and Aleppo.", [("SYRMIL", "SYR", "FIGHT")]),
 ("Ukrainian drones attacked an oil refinery in Ryazan.", [("UKRMIL", "RUS", "FIGHT")]),
 ("Russian troops killed civilians in Bucha.", [("RUSMIL", "UKRCVL", "FIGHT")]),
 ("Russian air defences shot down drones over Belgorod.", [("RUSMIL", None, "FIGHT")]),
 ("Houthi rebels fired missiles at Eilat.", [("YEMREB", "ISR", "FIGHT")]),
 ("A Russian missile hit a shopping centre in Kremenchuk.", [("RUS", "UKR", "FIGHT")]),
 # nominal events
 ("Syrian government air strikes on Idlib killed 12 people.", [("SYRGOV", "SYR", "FIGHT")]),
 ("The European Union adopted a new package of sanctions against Iran.", [("IGOEUREEC", "IRN", "SANCTION")]),
 ("The EU approved a 14th round of sanctions on Russia.", [("IGOEUREEC", "RUS", "SANCTION")]),
 ("Clashes between Sudanese troops and rebels killed dozens in Darfur.", [("SDNMIL", "SDNREB", "FIGHT"), ("SDNREB", "SDNMIL", "FIGHT")]),
 ("Clashes broke out between Indian and Chinese troops in Ladakh.", [("INDMIL", "CHNMIL", "FIGHT"), ("CHNMIL", "INDMIL", "FIGHT")]),
 ("An exchange of fire between Pakistani and Afghan border guards killed two.",
  [("PAKCOP", "AFGCOP", "FIGHT"), ("AFGCOP", "PAKCOP", "FIGHT")]),
 ("There were no clashes between police and protesters, officials said.", []),
 ("The exchange of prisoners between Russia and Ukraine took place on Friday.",
  [("RUS", "UKR", "RETREAT"), ("UKR", "RUS", "RETREAT")]),
 ("Russia closed its border with Georgia because of fighting between Armenians and Azerbaijanis.", [("RUS", "GEO", "FIGHT")]),  # 191 restrict movement
 ("Thousands joined protests in Tbilisi on Sunday.", [("GEOCVL", "GEO", "PROTEST")]),
 ("Hundreds of students protested in Dhaka against the quota system.", [("BGDCVL", "BGD", "PROTEST")]),
 ("Thousands of farmers marched in Paris.", [("FRACVL", "FRA", "PROTEST")]),
 ("Around 5,000 Armenians rallied in Yerevan on Sunday.", [("ARMCVL", "ARMGOV", "PROTEST")]),
 ("Kenyan police arrested dozens of people in Nairobi.", [("KENCOP", "KENCVL", "COERCE")]),
 ("Indian and Pakistani troops exchanged fire along the Line of Control.", [("INDMIL", "PAKMIL", "FIGHT"), ("PAKMIL", "INDMIL", "FIGHT")]),
 ("Protesters stormed the parliament in Nairobi.", [("KENCVL", "KENLEG", "PROTEST")]),
 ("Students clashed with police in Dhaka.", [("BGDCVL", "BGDCOP", "PROTEST"), ("BGDCOP", "BGDCVL", "COERCE")]),
 ("Villagers attacked a police station in Assam.", [("INDCVL", "INDCOP", "PROTEST")]),
 ("Belarusian riot police beat protesters in Minsk.", [("BLRCOP", "BLRCVL", "COERCE")]),
 ("A truce between Armenia and Azerbaijan came into force at midnight.", [("ARM", "AZE", "RETREAT"), ("AZE", "ARM", "RETREAT")]),
 # issue 10: a collapsed ceasefire is a violation of it (196), each party's
 ("The truce between Armenia and Azerbaijan collapsed within hours.", [("ARM", "AZE", "FIGHT"), ("AZE", "ARM", "FIGHT")]),
 ("Poland ordered the expulsion of 45 Russian diplomats.", [("POL", "RUSGOV", "COERCE")]),  # (violence56) 174
 ("Two Sudanese soldiers were killed in a clash with RSF fighters in El Fasher.", [("SDNREB", "SDNMIL", "FIGHT")]),
 ("Russian troops entered Avdiivka after months of fighting.", [("RUSMIL", "UKR", "FIGHT")]),
 ("The agreement entered into force on Monday.", []),
 ("Rafael Grossi, the head of the IAEA, criticised Iran on Monday.", [("IGOUNOIAE", "IRN", "DISAPPROVE")]),
 ("Veteran opposition leader Raila Odinga condemned the police.", [("KENOPP", "KENCOP", "DISAPPROVE")]),
 ("Norway delivered its NASAMS air defence system to Ukraine.", [("NOR", "UKR", "AID")]),
 ("Japan sent a rescue team to earthquake-hit Morocco.", [("JPN", "MAR", "AID")]),
 ("Russian troops shot civilians waiting at a bus stop in Kharkiv, police said.", [("RUSMIL", "UKRCVL", "FIGHT")]),
 ("Israeli tanks shelled Gaza City on Tuesday.", [("ISRMIL", "PSE", "FIGHT")]),
 ("Security forces fired tear gas at protesters outside the parliament in Nairobi.", [("KENCOP", "KENCVL", "COERCE")]),
 ("Gunmen abducted 30 students from a school near Kaduna.", [("NGAREB", "NGACVL", "ASSAULT")]),
 ("The Czech prime minister welcomed the release of the hostages.", [("CZEGOV", None, "SUPPORT")]),
 ("Modi and Xi met in Kazan for their first formal talks in five years.", [("INDGOV", "CHNGOV", "CONSULT"), ("CHNGOV", "INDGOV", "CONSULT")]),
 ("Soldiers placed Guinea's President Alpha Conde under house arrest.", [("GINMIL", "GINGOV", "COERCE")]),
 ("The last French troops left Niger on Friday.", [("FRAMIL", "NER", "RETREAT")]),
 ("Turkish forces captured Abdullah Ocalan in Kenya.", [("TURMIL", "TURREB", "COERCE")]),
 # verb misfires
 ("Israeli troops, backed by tanks, advanced into Rafah.", [("ISRMIL", "PSE", "FIGHT")]),
 ("Ukrainian police escorted the convoy to the border.", []),
 ("Rebels backed by Rwanda seized the town of Goma.", [("REB", "COD", "FIGHT")]),
 ("Croatian police detained men suspected of crimes committed by Serb forces.", [("HRVCOP", "HRVCVL", "COERCE")]),
 ("The United Nations intervened to stop the fighting, a spokesman said.", []),
 ("The fighting killed or wounded 4,000 people, Sudanese officials said.", []),
 ("Russian troops killed or wounded 300 Ukrainian soldiers, the ministry said.", [("RUSMIL", "UKRMIL", "FIGHT")]),
 # modality: nothing happened
 ("Germany is not considering sending Taurus missiles to Ukraine.", []),
 ("France has no plans to send troops to Ukraine, Macron said.", []),
 ("The EU is considering sanctions on Iranian drone makers.", []),
 ("Denmark is weighing sending more troops to Greenland.", []),
 ("Germany is examining whether to deliver more air defence systems to Ukraine.", []),
 ("A huge explosion of ammonium nitrate at the port killed 200 people in Beirut.", []),
 ("Japan did not impose sanctions on Russia.", []),
 ("Israel would strike Iran if it attacked, Netanyahu said.", [("ISR", "IRN", "THREATEN")]),
 ("Hungary refused to sign the statement condemning Russia.", [("HUN", None, "REJECT")]),
 # disasters: no conflict event
 ("A factory blast killed 40 workers in China.", []),
 ("A gas explosion at a coal mine in China killed 12 miners.", []),
 ("Twelve people were killed in an earthquake in Turkey.", []),
 ("Floods killed 200 people in Pakistan, officials said.", []),
 ("An explosion at a chemical plant in India killed nine workers.", []),
 ("A landslide killed 30 Nepalese villagers.", []),
 ("A train crash in India killed 50 people.", []),
 ("Eight Turkish soldiers were killed in an earthquake.", []),
 ("A mine blast killed three Ukrainian soldiers near Bakhmut.", [("", "UKRMIL", "ASSAULT")]),
 ("A blast killed 40 people at a market in Kabul, police said.", [("", "AFG", "ASSAULT")]),
 # plain wire prose that should still work
 ("Police in Tbilisi arrested the opposition leader.", [("GEOCOP", "GEOOPP", "COERCE")]),
 ("The United States imposed sanctions on Venezuelan officials.", [("USA", "VENGOV", "SANCTION")]),

 # written before looking at the coder's output (first look: type+dyad F1 0.80 on the 15 of set 2,
 # 0.89 on the 29 of set 1); kept as written
 ('Ukrainian forces shelled Donetsk overnight, Russian-installed officials said.', [('UKRMIL', 'UKR', 'FIGHT')]),
 ('A Russian drone attack on Odesa killed two people on Thursday.', [('RUS', 'UKR', 'FIGHT')]),
 ('Five people were killed in a Ukrainian missile strike on Belgorod, the governor said.', [('UKR', 'RUS', 'FIGHT')]),
 ('The hospital was bombed by Sudanese army aircraft.', [('SDNMIL', None, 'FIGHT')]),
 ('Israeli warplanes struck Khan Younis early on Sunday.', [('ISRMIL', 'PSE', 'FIGHT')]),
 ('Hezbollah fired dozens of rockets at northern Israel.', [('LBNREBHEZ', 'ISR', 'FIGHT')]),
 ('North Korea fired two ballistic missiles into the sea, Japan said.', [('PRK', None, 'MOBILIZE')]),
 ('Iran launched more than 300 drones and missiles at Israel.', [('IRN', 'ISR', 'FIGHT')]),
 ('The United Kingdom announced new sanctions against Russian oligarchs.', [('GBR', 'RUSELI', 'SANCTION')]),
 ('Washington unveiled a fresh round of sanctions on Iranian oil exports.', [('USAGOV', 'IRN', 'SANCTION')]),
 ('Fighting between the army and Islamist militants killed 20 in northern Mali.', [('MLIMIL', 'MLIREB', 'FIGHT'), ('MLIREB', 'MLIMIL', 'FIGHT')]),
 ('Clashes erupted between Armenian and Azerbaijani troops on the border.', [('ARMMIL', 'AZEMIL', 'FIGHT'), ('AZEMIL', 'ARMMIL', 'FIGHT')]),
 ('Police in Nairobi fired tear gas at protesters.', [('KENCOP', 'KENCVL', 'COERCE')]),
 ('Georgian police detained the opposition leader in Tbilisi.', [('GEOCOP', 'GEOOPP', 'COERCE')]),
 ('A coal mine explosion in Colombia killed 21 miners.', []),
 ('A powerful earthquake killed more than 2,000 people in Afghanistan.', []),
 ('Flooding in Libya killed thousands of people.', []),
 ('Forty people died when a fire broke out at a garment factory in Bangladesh.', []),
 ('A bus crash in Peru killed 24 people.', []),
 ('A car bomb killed eight people in Mogadishu.', [('', 'SOM', 'ASSAULT')]),
 ('Britain is not considering sending troops to Ukraine, the defence secretary said.', []),
 ('Poland has no plans to close its border with Belarus.', []),
 ('Turkey could launch a new military operation in northern Syria, Erdogan said.', []),
 ('Israeli tanks, supported by drones, pushed into Jabalia.', [('ISRMIL', 'PSE', 'FIGHT')]),
 ('Troops escorted the aid convoy into Gaza.', []),
 # "agreed to a truce": PETRARCH's CAMEO dictionary (0356) and the shared PLOVER benchmark both code an agreement
 ('Israel and Hamas agreed to a four-day truce.', [('ISR', 'PSEREBHMS', 'AGREE'), ('PSEREBHMS', 'ISR', 'AGREE')]),
 ('China condemned the sanctions imposed by the United States.', [('CHN', 'USA', 'DISAPPROVE')]),
 ('Hamas released 13 Israeli hostages on Friday.', [('PSEREBHMS', 'ISR', 'RETREAT')]),
 ('Thousands protested in Belgrade against the government.', [('SRBCVL', 'SRBGOV', 'PROTEST')]),
 ('Russian forces shelled Nikopol overnight, the regional governor said.', [('RUSMIL', 'UKR', 'FIGHT')]),
 ('Two people were killed in a Russian missile strike on Zaporizhzhia.', [('RUS', 'UKR', 'FIGHT')]),
 ('Israeli jets bombed Deir al-Balah on Friday.', [('ISRMIL', 'PSE', 'FIGHT')]),
 ('Clashes between Kurdish fighters and Turkish-backed militias killed 15 near Manbij.', [('SYRREB', 'SYRREB', 'FIGHT'), ('SYRREB', 'SYRREB', 'FIGHT')]),
 ('A gas explosion in a residential building in Moscow killed seven people.', []),
 ('A landslide buried a village in Papua New Guinea, killing hundreds.', []),
 ('Thousands rallied in Bucharest against the annulled election.', [('ROUCVL', 'ROU', 'PROTEST')]),
 ('Police in Istanbul detained dozens of protesters.', [('TURCOP', 'TURCVL', 'COERCE')]),
 ('The EU adopted its 15th package of sanctions against Russia.', [('IGOEUREEC', 'RUS', 'SANCTION')]),
 ('Japan is not considering sending troops to the Middle East.', []),
 ('Hamas fighters fired rockets at Tel Aviv.', [('PSEREBHMS', 'ISR', 'FIGHT')]),
 ('A truce between the army and the rebels took effect in Sudan.', [('SDNMIL', 'SDNREB', 'RETREAT'), ('SDNREB', 'SDNMIL', 'RETREAT')]),
 ('Protesters set fire to the parliament building in Kathmandu.', [('NPLCVL', 'NPL', 'PROTEST')]),
 ('Bangladeshi police fired rubber bullets at students in Dhaka.', [('BGDCOP', 'BGDCVL', 'COERCE')]),
 ('A bomb exploded at a market in Quetta, killing nine people.', [('', 'PAK', 'ASSAULT')]),
 ("A mine explosion in Colombia killed 21 miners.", []),
]


@pytest.fixture(scope="module")
def report(nlp, tmp_path_factory):
    return score_cases(nlp, CASES, tmp_path_factory.mktemp("gold"), "2024-06-20", "news")


def test_nothing_coded_where_nothing_happened(report):
    assert report.false_events_on_empty <= MAX_FALSE_ON_EMPTY, report.as_dict()


def test_news_sentences_coded_right(report):
    dyad = report.levels["type+dyad"]
    assert dyad.precision >= MIN_PRECISION and dyad.recall >= MIN_RECALL, report.as_dict()


# Raised as the rules land; a drop below them is a regression.
MIN_PRECISION = 0.9
MIN_RECALL = 0.9
MAX_FALSE_ON_EMPTY = 0
