"""Our own gold sentences in wire style for the failure modes of issue 10 (unseen news): passives with
and without a by-agent, nominal events ("air strikes on Idlib", "clashes between X and Y"), places
that name the target of an attack ("shelled Kharkiv"), verb misfires on wire prose, modality, and
natural or industrial disasters that are no attack. Written for foedus; scored like the benchmark.
"""

import json

import pytest

from foedus.evaluate import evaluate

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
 ("The truce between Armenia and Azerbaijan collapsed within hours.", []),
 ("Poland ordered the expulsion of 45 Russian diplomats.", [("POL", "RUSGOV", "SANCTION")]),
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
 ("A mine blast killed three Ukrainian soldiers near Bakhmut.", [("UKRUAF", "UKRMIL", "ASSAULT")]),
 ("A blast killed 40 people at a market in Kabul, police said.", [("AFGUAF", "AFG", "ASSAULT")]),
 # plain wire prose that should still work
 ("Police in Tbilisi arrested the opposition leader.", [("GEOCOP", "GEOOPP", "COERCE")]),
 ("The United States imposed sanctions on Venezuelan officials.", [("USA", "VENGOV", "SANCTION")]),
]


@pytest.fixture(scope="module")
def report(nlp, tmp_path_factory):
    from foedus.pipeline import Coder

    path = tmp_path_factory.mktemp("gold") / "news.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for n, (text, expected) in enumerate(CASES):
            fh.write(json.dumps({"id": f"news-{n}", "text": text, "date": "2024-06-20", "expected": [
                {"source": s, "target": t or "", "code": c} for s, t, c in expected]}) + "\n")
    return evaluate(path, coder=Coder(nlp))


def test_nothing_coded_where_nothing_happened(report):
    assert report.false_events_on_empty <= MAX_FALSE_ON_EMPTY, report.as_dict()


def test_news_sentences_coded_right(report):
    dyad = report.levels["type+dyad"]
    assert dyad.precision >= MIN_PRECISION and dyad.recall >= MIN_RECALL, report.as_dict()


# Raised as the rules land; a drop below them is a regression.
MIN_PRECISION = 0.9
MIN_RECALL = 0.9
MAX_FALSE_ON_EMPTY = 0
