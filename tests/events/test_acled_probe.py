"""Probe of ACLED-style snippets, 2-3 per sub-event type of the gold README map (our own wording,
issue 10): each must give an asserted event of one of the CAMEO roots an analyst would give it; the
disaster and accident snippets must give no conflict event."""

import pytest

from gold_helpers import triples

CONFLICT_ROOTS = {"14", "15", "17", "18", "19", "20"}

PROBES = [
    ("peaceful-protest", "On 3 March 2023, around 200 teachers held a peaceful protest outside the Ministry of Education in Harare, demanding unpaid salaries.", {"14"}),
    ("peaceful-protest", "On 11 May 2022, residents of Kisumu marched to the county offices to denounce frequent power cuts.", {"14"}),
    ("peaceful-protest", "On 27 July 2021, market vendors staged a sit-in in front of the town hall of Bouake over new market fees.", {"14"}),
    ("protest-with-intervention", "On 9 June 2023, police dispersed a protest by students in Dakar with tear gas.", {"14", "17"}),
    ("protest-with-intervention", "On 15 January 2022, security forces broke up a demonstration of opposition supporters in Conakry and detained 12 protesters.", {"14", "17"}),
    ("protest-with-intervention", "On 4 October 2021, protesters rallying against fuel prices in Lagos were dispersed by police firing tear gas.", {"14", "17"}),
    ("excessive-force", "On 21 August 2022, soldiers opened fire on demonstrators in Khartoum, killing 4 protesters.", {"17"}),
    ("excessive-force", "On 2 February 2023, police reportedly beat and shot at protesters in Lima, wounding 9.", {"17"}),
    ("excessive-force", "On 18 April 2021, two protesters were shot dead by security forces during a march in Mandalay.", {"17"}),
    ("violent-demonstration", "On 6 September 2022, rioters set fire to a police station in Kandi after the death of a local trader.", {"14", "17"}),
    ("violent-demonstration", "On 14 March 2023, demonstrators blocked the main road with burning tyres and threw stones at police in Nairobi.", {"14"}),
    ("violent-demonstration", "On 30 November 2021, angry youths stormed the district office in Mzuzu and clashed with police.", {"14"}),
    ("mob-violence", "On 12 July 2022, a mob lynched a suspected thief in Mbandaka (Equateur).", {"14", "18"}),
    ("mob-violence", "On 25 May 2023, a crowd of villagers beat to death two men accused of witchcraft in Kasai.", {"14", "18"}),
    ("mob-violence", "On 8 January 2022, a mob torched several houses belonging to Fulani herders in Bokkos (Plateau).", {"14", "17"}),
    ("armed-clash", "On 14 February 2023, JNIM militants clashed with FAMa soldiers near Boni (Douentza, Mopti), leaving 5 dead.", {"19"}),
    ("armed-clash", "On 19 October 2022, fighting broke out between Al Shabaab and Somali National Army forces in Bulo Burde; 7 fighters were killed.", {"19"}),
    ("armed-clash", "On 3 April 2021, ADF rebels ambushed a FARDC patrol near Beni, killing 3 soldiers.", {"18", "19"}),
    ("government-regains-territory", "On 22 September 2022, the Ethiopian army regained control of Kobo town from TPLF forces.", {"19"}),
    ("government-regains-territory", "On 5 August 2023, Nigerien troops recaptured the village of Tillia after militants withdrew.", {"19"}),
    ("nonstate-overtakes-territory", "On 1 November 2021, M23 rebels took control of Bunagana on the border with Uganda.", {"19"}),
    ("nonstate-overtakes-territory", "On 17 June 2022, Houthi forces seized the town of Harib (Marib) from government troops.", {"19"}),
    ("chemical-weapon", "On 7 April 2018, government forces reportedly dropped chlorine gas on Douma, killing dozens of civilians.", {"20"}),
    ("chemical-weapon", "On 30 March 2017, a sarin attack hit the town of Latamneh in Hama province.", {"20"}),
    ("air-drone-strike", "On 10 January 2023, a Turkish drone strike hit a vehicle near Qamishli, killing two SDF fighters.", {"19"}),
    ("air-drone-strike", "On 26 December 2021, the Nigerian Air Force carried out airstrikes on ISWAP positions near Lake Chad.", {"19"}),
    ("air-drone-strike", "On 5 March 2022, Russian aircraft bombed a residential area of Chernihiv, killing 47 civilians.", {"19"}),
    ("suicide-bomb", "On 30 January 2023, a suicide bomber blew himself up inside a mosque in Peshawar, killing over 80 people.", {"18"}),
    ("suicide-bomb", "On 8 October 2021, a suicide bombing at a Shia mosque in Kunduz killed dozens of worshippers.", {"18"}),
    ("shelling-missile", "On 2 May 2022, Russian forces shelled residential areas of Kharkiv, wounding 6 civilians.", {"19"}),
    ("shelling-missile", "On 13 August 2023, mortar rounds fired by Al Shabaab landed near the presidential palace in Mogadishu.", {"19"}),
    ("shelling-missile", "On 24 February 2023, a missile attack on Zaporizhzhia damaged a hospital.", {"19"}),
    ("remote-explosive", "On 16 March 2023, an IED exploded under a military vehicle near Dori (Seno, Sahel), killing 4 soldiers.", {"18"}),
    ("remote-explosive", "On 29 June 2022, a roadside bomb struck a police convoy in Mandera, injuring 3 officers.", {"18"}),
    ("remote-explosive", "On 11 November 2021, a landmine killed two herders near Kidal.", {"18"}),
    ("grenade", "On 19 May 2023, unidentified assailants lobbed a grenade into a bar in Bujumbura, injuring 7 people.", {"18"}),
    ("grenade", "On 2 September 2022, a grenade attack targeted a police post in Srinagar.", {"18"}),
    ("sexual-violence", "On 9 April 2022, soldiers reportedly raped three women in a village near Mekelle.", {"18"}),
    ("sexual-violence", "On 14 July 2023, a girl was sexually assaulted by armed men in Djugu (Ituri).", {"18"}),
    ("attack", "On 5 June 2023, gunmen attacked a bus on the road to Kaya, killing 6 passengers.", {"18"}),
    ("attack", "On 20 October 2022, unidentified armed men shot dead a local chief in Tombouctou.", {"18"}),
    ("attack", "On 12 February 2022, suspected Fulani militia killed 11 villagers in Kajuru (Kaduna).", {"18"}),
    ("abduction", "On 7 March 2023, bandits abducted 15 passengers on the Abuja-Kaduna highway.", {"18"}),
    ("abduction", "On 30 August 2022, a journalist was kidnapped by unidentified gunmen in Goma.", {"18"}),
    ("abduction", "On 18 December 2021, JNIM militants took 4 truck drivers hostage near Niono.", {"18"}),
    ("agreement", "On 2 November 2022, the Ethiopian government and the TPLF signed a peace agreement in Pretoria.", {"05", "08"}),
    # "agreed to a ceasefire" (0356, intended): test_ceasefire_agreed_to_is_the_agreement_but_not_when_refused
    ("agreement", "On 16 April 2023, the Houthis and the Saudi-led coalition exchanged nearly 900 prisoners.", {"08"}),
    ("arrests", "On 10 January 2023, police arrested 25 opposition activists in Kampala.", {"17"}),
    ("arrests", "On 6 July 2022, security forces detained a prominent journalist at his home in Bamako.", {"17"}),
    ("arrests", "On 27 April 2021, three suspected Al Shabaab members were arrested by NISA in Mogadishu.", {"17"}),
    ("change-to-group", "On 15 March 2023, authorities imposed a dusk-to-dawn curfew in Jos after communal violence.", {"17"}),
    ("change-to-group", "On 3 May 2022, the army seized a cache of weapons and ammunition in a raid in Tillaberi.", {"17"}),
    ("change-to-group", "On 20 January 2023, the government declared a state of emergency in Cabo Delgado.", {"17"}),
    ("disrupted-weapons-use", "On 14 October 2022, Ukrainian air defences shot down 8 Russian drones over Kyiv.", {"19"}),
    ("disrupted-weapons-use", "On 2 June 2023, police foiled a bomb plot against a church in Kaduna and arrested two suspects.", {"17", "18"}),
    ("headquarters-established", "On 9 February 2023, the Malian army set up a new base in Boni.", {"15"}),
    ("headquarters-established", "On 28 September 2022, ISWAP fighters established a camp near Baga (Borno).", {"15"}),
    ("looting", "On 19 August 2022, armed men looted shops and burned houses in the village of Djibo.", {"17"}),
    ("looting", "On 4 April 2023, militia members torched a health centre in Djugu (Ituri).", {"17"}),
    ("looting", "On 21 November 2021, soldiers reportedly looted livestock from herders near Menaka.", {"17"}),
    ("nonviolent-transfer", "On 12 January 2022, French forces handed over the Timbuktu base to the Malian army.", {"08", "19"}),
    ("nonviolent-transfer", "On 28 May 2023, Wagner fighters withdrew from Bakhmut, leaving positions to Russian regular troops.", {"08", "19"}),
    ("other", "On 1 February 2021, the military junta cut internet access across Myanmar.", {"17"}),
    ("other", "On 3 June 2023, the authorities deported 40 Nigerien migrants from Algeria.", {"17"}),
    ("peaceful-protest", "On 4 April 2023, nurses demonstrated in front of the regional hospital in Sikasso to demand better working conditions.", {"14"}),
    ("peaceful-protest", "On 19 June 2022, hundreds of women gathered peacefully in Bukavu to denounce insecurity in the region.", {"14"}),
    ("protest-with-intervention", "On 7 March 2023, gendarmes used tear gas to disperse traders protesting the demolition of their stalls in Abidjan.", {"14", "17"}),
    ("protest-with-intervention", "On 11 August 2022, a rally by opposition supporters in Freetown was broken up by police, who arrested 30 people.", {"14", "17"}),
    ("excessive-force", "On 26 September 2022, police killed 2 demonstrators in Ndjamena when they fired live ammunition at a march.", {"17"}),
    ("excessive-force", "On 17 July 2023, security forces fired live rounds at protesters in Nairobi, killing 1.", {"17"}),
    ("violent-demonstration", "On 1 May 2023, rioting youths vandalised a police station and burned vehicles in Kasese.", {"14", "17"}),
    ("violent-demonstration", "On 8 February 2022, protesters pelted security forces with stones in Bamenda.", {"14"}),
    ("mob-violence", "On 22 April 2023, a mob set a suspected kidnapper ablaze in Port Harcourt.", {"14", "18"}),
    ("armed-clash", "On 9 January 2023, Wagner and Ukrainian forces fought for control of Soledar.", {"19"}),
    ("armed-clash", "On 6 May 2022, an exchange of fire between ELN guerrillas and the Colombian army left 2 soldiers dead in Arauca.", {"19"}),
    ("armed-clash", "On 30 June 2023, RSF and SAF forces exchanged heavy gunfire in Omdurman.", {"19"}),
    ("government-regains-territory", "On 11 November 2022, Ukrainian forces retook Kherson city.", {"19"}),
    ("nonstate-overtakes-territory", "On 15 August 2021, the Taliban captured Kabul.", {"19"}),
    ("nonstate-overtakes-territory", "On 3 March 2023, Al Shabaab militants overran a military base in Bulo Marer.", {"18", "19"}),
    ("air-drone-strike", "On 18 March 2023, an airstrike by the Burmese military killed 9 civilians in Pazigyi (Sagaing).", {"19"}),
    ("air-drone-strike", "On 7 September 2022, unidentified drones targeted a convoy near Abu Kamal.", {"19"}),
    ("suicide-bomb", "On 24 July 2022, a suicide car bomb exploded at a checkpoint in Mogadishu, killing 5.", {"18"}),
    ("shelling-missile", "On 9 March 2023, Russian missiles struck energy infrastructure in Lviv.", {"19"}),
    ("shelling-missile", "On 4 January 2023, artillery fire hit the outskirts of Bakhmut.", {"19"}),
    ("shelling-missile", "On 21 October 2022, Houthis fired rockets at Saudi Arabia's Jizan province.", {"19"}),
    ("remote-explosive", "On 20 January 2023, a vehicle hit a landmine near Djibo, killing 3 passengers.", {"18"}),
    ("remote-explosive", "On 14 May 2022, an explosive device detonated near a market in Kismayo.", {"18"}),
    ("grenade", "On 3 October 2022, a hand grenade was thrown at a police station in Cap-Haitien.", {"18"}),
    ("sexual-violence", "On 5 December 2022, armed men raped a woman in Rutshuru (North Kivu).", {"18"}),
    ("attack", "On 8 August 2023, JNIM militants stormed a village near Bankass and killed 12 civilians.", {"18", "19"}),
    ("attack", "On 13 June 2022, a village chief was hacked to death by unidentified assailants in Ituri.", {"18"}),
    ("abduction", "On 2 March 2023, gunmen kidnapped a Catholic priest in Kaduna.", {"18"}),
    ("abduction", "On 10 October 2022, ISWAP fighters abducted 8 farmers near Dikwa.", {"18"}),
    # (root32) "government reach * &treaty" was PETRARCH's 0344; a government reaching an agreement signs it (057)
    ("agreement", "On 4 April 2022, the Colombian government and the ELN reached an agreement on humanitarian relief in Choco.", {"05", "08"}),
    ("agreement", "On 12 July 2023, Sudan's warring parties declared a 72-hour ceasefire.", {"08"}),
    ("arrests", "On 14 April 2023, gendarmes arrested 6 suspected militants in Tahoua.", {"17"}),
    ("arrests", "On 1 September 2022, authorities detained the leader of a local militia in Butembo.", {"17"}),
    ("change-to-group", "On 12 May 2023, the government deployed additional troops to Cabo Delgado.", {"15"}),
    ("change-to-group", "On 23 July 2022, authorities imposed a curfew on Mokwa after clashes.", {"17"}),
    ("change-to-group", "On 18 October 2022, police confiscated 40 firearms during a raid in Marsabit.", {"17"}),
    ("disrupted-weapons-use", "On 6 December 2022, Saudi air defences intercepted a drone launched by the Houthis.", {"19"}),
    ("headquarters-established", "On 2 March 2023, Russian forces established a military base near Bakhmut.", {"15"}),
    ("looting", "On 27 May 2023, armed men looted and burned shops in Tillaberi.", {"17"}),
    ("looting", "On 14 September 2022, M23 rebels pillaged a health centre in Rutshuru.", {"17"}),
    pytest.param("looting", "On 2 February 2023, bulldozers demolished Palestinian homes in Masafer Yatta on Israeli army orders.", {"17"},
                 marks=pytest.mark.xfail(strict=True, reason="a machine as the subject and the state in 'on army orders' name no actor")),
    ("nonviolent-transfer", "On 14 August 2022, French troops withdrew from their last base in Mali.", {"08"}),
    ("other", "On 19 June 2023, authorities shut down mobile internet in Manipur.", {"17"}),
]

DISASTERS = [
    "On 10 July 2023, a stampede at a stadium in Luanda killed 12 people.",
    "On 2 December 2022, a mine collapse killed 15 miners in Kamituga.",
    "On 25 May 2023, a boat capsized on Lake Kivu, leaving 20 people missing.",
    "On 17 January 2023, a fuel depot explosion in Conakry injured 30 people.",
    "On 5 September 2022, a bridge collapsed in Kampala, killing 4.",
    "On 9 May 2023, Cyclone Mocha destroyed thousands of homes in Rakhine.",
    "On 14 August 2022, a fire broke out in a church in Giza, killing 41 worshippers.",
    "On 21 June 2023, a gas cylinder blast destroyed a restaurant in Lahore.",
    "On 6 February 2023, a magnitude 7.8 earthquake struck southern Turkey, killing thousands.",
    "On 15 September 2022, floods swept away 20 houses in Kogi state.",
    "On 3 August 2020, a massive explosion at a warehouse in the port of Beirut killed over 200 people.",
    "On 9 March 2023, a fire destroyed 300 shelters in a refugee camp in Cox's Bazar.",
    "On 2 July 2022, a bus collided with a truck near Kaffrine, killing 17 passengers.",
    "On 22 October 2021, a gas tanker exploded on a highway in Freetown, burning dozens of people.",
    "On 12 April 2023, a landslide buried several homes in Bududa, leaving 8 dead.",
    "On 18 January 2022, a train derailed near Mansa, killing 4 people.",
]


@pytest.mark.parametrize("tag,text,roots", PROBES)
def test_acled_snippet_gets_its_root(coder, tag, text, roots):
    got = triples(coder, text)
    assert any(c[:2] in roots and m == "asserted" for s, t, c, m in got), (tag, got)


@pytest.mark.parametrize("text", DISASTERS)
def test_disaster_snippet_has_no_conflict_event(coder, text):
    got = triples(coder, text)
    assert not any(c[:2] in CONFLICT_ROOTS for s, t, c, m in got), got


def test_defused_bomb_is_no_bombing(coder):
    got = triples(coder, "On 2 June 2023, police defused a bomb planted near a church in Kaduna.")
    assert not any(c[:2] == "18" for s, t, c, m in got), got


def test_ceasefire_agreed_to_is_the_agreement_but_not_when_refused(coder):
    # PETRARCH's CAMEO dictionary codes "agree (to) ceasefire" 0356 and the shared PLOVER benchmark AGREE;
    # "declared a ceasefire" is 0871 (see the declaring verbs in foedus_verbs.yaml).
    # the gold README's convention: a statement of intent is 03x with modality intended
    for text in ("On 23 March 2023, rival militias in Zawiya agreed to a ceasefire.",
                 "On 23 March 2023, rival militias in Zawiya agreed to a ceasefire brokered by local elders."):
        got = triples(coder, text)
        assert any(c == "0356" and m == "intended" for s, t, c, m in got), got
    got = triples(coder, "On 23 March 2023, rival militias in Zawiya did not agree to a ceasefire.")
    assert not any(c[:2] in {"03", "08"} and m == "asserted" for s, t, c, m in got), got


def test_mortars_and_artillery_that_hit_are_shelling(coder):
    got = triples(coder, "Mortars hit a school in Gao.")
    assert any(c == "194" for s, t, c, m in got), got


def test_weapon_before_attack_names_its_kind(coder):
    got = triples(coder, "A bomb attack targeted a market in Maiduguri.")
    assert any(c.startswith("183") for s, t, c, m in got), got
