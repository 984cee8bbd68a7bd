"""Recall of round 9: families of gold events the coder missed on fresh text, each fixed as a class
(a verb with its forms and nouns, a construction) and tested on our own variants: disapproval told as a
participle clause, gathering evidence, forces going back to base, people handed to a court or
custody, intelligence provided about something, rounds of talks concluded, working with a partner."""

import pytest

from gold_helpers import triples


def _has(t, code, source=None, target=None, modality="asserted"):
    return any(c.startswith(code) and (modality is None or m == modality) and (source is None or (s or "").startswith(source))
               and (target is None or (tg or "").startswith(target)) for s, tg, c, m in t)


@pytest.mark.parametrize("text, code, source, target", [
    # disapproval told as a participle clause beside another act
    ("Kenya's High Court overturned the election result, rebuking the electoral commission.", "111", "KEN", "KEN"),
    ("Ghana recalled its envoy from Lome, reproaching Togo for the border closure.", "111", "GHA", "TGO"),
    ("The Senate passed the bill, chiding the White House over its handling of the crisis.", "111", "USA", "USA"),
    ("Brazil expelled two Venezuelan diplomats, castigating Caracas for meddling.", "111", "BRA", "VEN"),
    ("The African Union suspended Mali, censuring the junta for delaying elections.", "111", "IGO", "MLI"),
    # gathering evidence or testimony
    ("Dutch prosecutors collected evidence from the crash site in eastern Ukraine.", "09", "NLD", None),
    ("The Kenyan government gathered testimony from survivors of the massacre.", "09", "KEN", None),
    ("UN inspectors took samples at the site in Douma.", "09", None, None),
    ("French judges are collecting evidence against the Syrian officials.", "09", "FRA", None),
    # forces going back to base
    ("Ugandan soldiers returned to their barracks after the vote in Kampala.", "0874", "UGA", None),
    ("Russian troops were returning to their bases after the exercises near Finland.", "0874", "RUS", None),
    ("Chinese troops moved back to their bases along the disputed border.", "0874", "CHN", None),
    ("The Ethiopian soldiers went back to their barracks in Mekelle.", "0874", "ETH", None),
    ("Belarusian units headed back to their home bases after the drills.", "0874", "BLR", None),
    # people handed to a court, tribunal or custody
    ("Croatia handed the former general to the UN war crimes tribunal.", "063", "HRV", None),
    ("Pakistan handed the militant commander to American custody.", "063", "PAK", None),
    ("Kyrgyzstan turned over the fugitive banker to Kazakh authorities.", "063", "KGZ", "KAZ"),
    ("Ivory Coast transferred Laurent Gbagbo to the International Criminal Court.", "063", "CIV", None),
    ("Sudan handed the suspect over to Egyptian prosecutors.", "063", "SDN", None),
    # intelligence about something
    ("Israel provided the United States with intelligence on Iranian drone sites.", "064", "ISR", "USA"),
    ("Britain gave Ukraine intelligence about Russian troop movements.", "064", "GBR", "UKR"),
    ("Jordan passed Israel intelligence about the planned attack.", "064", "JOR", "ISR"),
    ("Morocco supplied Spain with intelligence on the smuggling network.", "064", "MAR", "ESP"),
    ("Egypt shared intelligence on the militants with Libya.", "064", "EGY", "LBY"),
    # rounds of talks concluded
    ("Serbia and Kosovo ended two days of talks in Brussels.", "046", "SRB", None),
    ("Colombian officials and ELN rebels concluded a third round of talks in Havana.", "046", "COL", None),
    ("Armenia and Azerbaijan wrapped up three days of negotiations in Washington.", "046", "ARM", None),
    ("Iran and the IAEA ended a second round of talks in Vienna.", "046", "IRN", None),
    ("Sudan's army and the RSF ended a week of talks in Jeddah.", "046", "SDN", None),
    # tariffs eased
    ("Washington paused the tariffs on Mexican goods.", "085", "USA", "MEX"),
    ("The EU suspended the tariffs on Ukrainian steel.", "085", "IGO", "UKR"),
    ("China waived the tariffs on Australian wine.", "085", "CHN", "AUS"),
    ("India lowered the import duty on American almonds.", "085", "IND", "USA"),
    ("Canada lifted its tariffs on US steel.", "085", "CAN", "USA"),
    # military access granted
    ("Oman granted Indian navy ships access to the port of Duqm.", "062", "OMN", "IND"),
    ("Greece gave US warships access to its naval base at Souda Bay.", "062", "GRC", "USA"),
    ("Niger allowed Malian aircraft to deploy to Niamey.", "062", "NER", "MLI"),
    ("The Philippines granted American troops access to four more military bases.", "062", "PHL", "USA"),
    ("Djibouti allowed Japanese planes to operate from its airport.", "062", "DJI", "JPN"),
    # leaving a treaty or an organisation
    ("Burkina Faso left the West African bloc.", "161", "BFA", None),
    ("Russia left the Open Skies Treaty.", "161", "RUS", None),
    ("Nicaragua abandoned the alliance with Taiwan.", "16", "NIC", None),
    # tariffs or sanctions laid on someone
    ("Japan imposed sanctions on North Korea.", "163", "JPN", "PRK"),
    # units of force sent or flown in
    ("Pristina sent special units to the border with Serbia.", "154", "KSV", None),
    ("France flew in extra gendarmes after the riots in Noumea.", "153", "FRA", None),
    ("Ankara dispatched three commando battalions to the Syrian border.", "154", "TUR", None),
    ("Washington rushed reinforcements to its embassy in Baghdad.", "154", "USA", None),
    ("Nigeria deployed additional riot police to Lagos.", "153", "NGA", None),
    # force activated, foreign forces ordered out
    ("West African leaders ordered the activation of a standby force.", "154", None, None),
    ("Mali's junta ordered the French military out of the country.", "166", "MLI", "FRA"),
    ("Niger ordered the French ambassador out within 48 hours.", "174", "NER", "FRA"),  # (violence56) expelled envoys are 174 (gold README since blind21)
    ("Putin ordered sanctions against Ankara.", "163", "RUS", "TUR"),
    # emergency rule enacted by any verb
    ("El Salvador's Congress approved a state of emergency at President Bukele's request.", "1724", "SLV", "SLV"),
    ("The Ecuadorian government decreed a state of emergency in three provinces.", "1724", "ECU", None),
    ("Kazakhstan's president introduced a state of emergency in Almaty.", "1724", "KAZ", None),
    ("Sri Lanka's parliament approved emergency rule.", "1724", "LKA", None),
    ("The Chadian junta reimposed a curfew in N'Djamena.", "1723", "TCD", None),
    ("Russia let the Black Sea grain deal lapse.", "161", "RUS", None),
    ("Washington allowed the arms control treaty with Moscow to expire.", "161", "USA", None),
])
def test_missed_families_are_coded(coder, text, code, source, target):
    t = triples(coder, text)
    assert _has(t, code, source, target), t


@pytest.mark.parametrize("text, code, source, target", [
    ("Trump pledged 25 percent tariffs on Mexico.", "1312", "USA", "MEX"),
    ("Brussels vowed new sanctions on Minsk.", "1312", "IGO", "BLR"),
    ("Washington promised tough sanctions against Venezuela.", "1312", "USA", "VEN"),
])
def test_sanctions_vowed_are_a_threat_intended(coder, text, code, source, target):
    # a threat made with a vowing verb states a hostile act ahead: intended (falsepos16, the convention of the
    # blind batches since blind10); it is still counted as a threat made
    t = triples(coder, text)
    assert _has(t, code, source, target, modality="intended"), t


@pytest.mark.parametrize("text, code, source, target", [
    ("Beijing announced new export controls on rare earths, which Washington rejected as coercion.", "12", "USA", "CHN"),
    ("Kenya sent police officers to Haiti, which the Haitian government praised.", "05", "HTI", None),
    ("Iran released two French citizens, which Paris hailed.", "05", "FRA", "IRN"),
    ("Tokyo expanded its export curbs, which Seoul rebuked.", "11", "KOR", "JPN"),
    ("Hungary vetoed the aid package, which Kyiv decried.", "11", "UKR", "HUN"),
])
def test_reactions_told_in_a_relative(coder, text, code, source, target):
    t = triples(coder, text)
    assert _has(t, code, source, target, None), t


@pytest.mark.parametrize("text, code, source, target", [
    ("Putin called it a stab in the back and ordered sanctions against Ankara.", "111", "RUS", "TUR"),
    ("Iran called the explosion at Natanz an act of nuclear terrorism and blamed Israel.", "11", "IRN", None),
    ("Baghdad called the Kurdish referendum unconstitutional.", "111", "IRQ", None),
    ("Hungary described the EU decision as blackmail.", "111", "HUN", "IGO"),
    ("Lula called the Israeli offensive in Gaza genocide.", "112", "BRA", "ISR"),
])
def test_naming_an_act_a_wrong(coder, text, code, source, target):
    t = triples(coder, text)
    assert _has(t, code, source, target), t


def test_naming_an_attack_is_no_attack(coder):
    t = triples(coder, "Lula called the Israeli offensive in Gaza genocide.")
    assert not _has(t, "19", "BRA"), t


@pytest.mark.parametrize("text, code, source, target", [
    ("Iran seized a British tanker, warning London against further provocations.", "13", "IRN", "GBR"),
    ("Ankara closed its airspace to Israeli planes, threatening to cut trade ties.", "13", "TUR", None),
    ("Armenia and Azerbaijan agreed to a ceasefire after ten hours of talks hosted by Sergei Lavrov.", "04", "RUS", "ARM"),
    ("Sudan's rival generals signed a truce in talks hosted by Saudi Arabia.", "04", "SAU", "SDN"),
    ("Ethiopia and Eritrea signed a peace deal in talks facilitated by the United Arab Emirates.", "04", "ARE", None),
])
def test_warnings_and_hosts_beside_another_act(coder, text, code, source, target):
    t = triples(coder, text)
    assert _has(t, code, source, target), t


def test_evidence_gathered_on_a_trip(coder):
    # a purpose clause: the gathering is found (its modality is the modality stage's business)
    t = triples(coder, "UN investigators travelled to Tigray to gather evidence of atrocities.")
    assert _has(t, "09", None, None, None), t


@pytest.mark.parametrize("text, code, source, target, modality", [
    ("Egypt said it was ready to work with Ethiopia on the dam.", "03", "EGY", "ETH", "intended"),
    ("Chile will work with Peru on fisheries.", "03", "CHL", "PER", "intended"),
    ("Japan and South Korea agreed to work together on North Korea.", "03", "JPN", None, "intended"),
    ("Kazakhstan worked with Russia to build the new railway.", "06", "KAZ", "RUS", "asserted"),
    ("Nigeria is working alongside Chad against Boko Haram.", "06", "NGA", "TCD", "asserted"),
])
def test_working_with_a_partner(coder, text, code, source, target, modality):
    t = triples(coder, text)
    assert _has(t, code, source, target, modality), t


@pytest.mark.parametrize("text, code", [
    # what did not happen is never asserted
    ("Argentina broke off talks with Britain.", "04"),
    ("The inspectors were not allowed to collect evidence at the site.", "09"),
    ("Croatia refused to hand the general to the tribunal.", "063"),
    ("The soldiers have not returned to their barracks, witnesses said.", "08"),
    ("Russia denied it had returned its troops to their bases.", "08"),
    ("Washington did not pause the tariffs on Chinese goods.", "085"),
    ("Oman refused to grant Iranian navy ships access to its ports.", "062"),
    ("Turkey has not left NATO, the minister said.", "16"),
    ("Trump signed an executive order on tariffs.", "05"),
    ("Parliament did not approve the state of emergency, the speaker said.", "17"),
    ("Thailand's parliament voted to end the state of emergency in the south.", "17"),
    ("The cabinet approved the lifting of martial law in Mindanao.", "17"),
])
def test_not_asserted_when_it_did_not_happen(coder, text, code):
    t = triples(coder, text)
    assert not _has(t, code), t


@pytest.mark.parametrize("text, code", [
    # no act: things collected, people returning home, a hand on a court report
    ("Volunteers collected rubbish along the beach in Accra.", "09"),
    ("Farmers returned to their fields after the rains.", "08"),
    ("The pilots returned to base after a routine training flight in Kansas.", "17"),
    ("Washington paused the tariffs on Mexican goods.", "163"),
    ("The airline paused flights to Tel Aviv for a week.", "16"),
])
def test_no_false_event(coder, text, code):
    t = triples(coder, text)
    assert not _has(t, code), t


def test_sanctions_vowed_are_a_threat_not_sanctions_laid(coder):
    # (round 42) a vow is intended (gold README): the sanctions vowed are the vower's threat (1312), never 163 asserted
    t = triples(coder, "Japan vowed to impose sanctions on North Korea.")
    assert _has(t, "1312", "JPN", "PRK", modality="intended") and not _has(t, "163"), t
