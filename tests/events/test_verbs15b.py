"""Wire wording of the conflictual roots 11-20 (round 15, verbs15b): verbs of rebuke, blame and lawsuits, votes and
deals annulled, planes and migrants turned back, captives held, people locked up or picked up, rockets rained on a
place, offensives pressed, corridors cut off, warplanes in another's airspace, people driven out en masse, states
suspended by a bloc; and the kind of the verb's object (``TriggerFinder.object_kind``) that some patterns name. Our
own sentences, each with sentences where the family's words mean something else."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, code, source, target", [
    # rebuke and blame
    ("The Kremlin derided the new Western sanctions as futile.", "111", "RUS", None),
    ("Canada reprimanded Russia's ambassador over the detention of a Canadian citizen.", "111", "CAN", "RUS"),
    ("Spain's foreign minister took aim at Morocco over the migrant surge in Ceuta.", "111", "ESP", "MAR"),
    ("Serbia pointed the finger at Kosovo for the violence in the north.", "112", "SRB", "KSV"),
    # courts and lawsuits
    ("A Dutch court convicted three men of murdering the passengers of a Malaysian airliner.", "116", "NLD", None),
    ("Gambia took Myanmar to the International Court of Justice over the Rohingya genocide.", "115", "GMB", "MMR"),
    # votes, results and deals annulled; vetoes overridden; elections cancelled by an army
    ("Kenya's Supreme Court annulled the presidential election result.", "120", "KEN", None),
    ("Malawi's Constitutional Court nullified the presidential vote.", "120", "MWI", None),
    ("The Supreme Court of Ukraine declared the runoff invalid.", "120", "UKR", None),
    ("Somalia's president signed a law nullifying the port deal with Ethiopia.", "127", "SOM", "ETH"),
    ("The Senate overrode the president's veto of the sanctions bill.", "120", None, None),
    ("Algeria's army cancelled the second round of the parliamentary elections.", "1722", "DZA", None),
    # turned back
    ("Colombia turned back two US military planes carrying deported migrants.", "120", "COL", "USA"),
    # (violence55) migrants' boats turned back are a pushback, expelled (174; gold README: "refugees pushed back 174
    # at the country's REF, refused landing 1245", blind54 "pushbacks ... 174 at REF")
    ("Greece turned back boats carrying migrants in the Aegean.", "174", "GRC", None),
    # captives, arrests
    ("Egyptian police locked up hundreds of Islamists after the coup.", "173", "EGY", None),
    ("Russian police picked up Alexei Navalny at the airport in Moscow.", "173", "RUS", "RUS"),
    ("Venezuelan agents picked up a campaign coordinator for the opposition in Barinas.", "173", "VEN", None),
    ("Iranian police held a French student for questioning in Tehran.", "173", "IRN", "FRA"),
    ("Rebels mutilated civilians in the villages around Freetown.", "182", None, None),
    # fighting
    ("Insurgents rained rockets on the Green Zone in Baghdad.", "195", None, None),
    ("Israel pressed its offensive in southern Gaza.", "190", "ISR", None),
    ("The Ethiopian army went on the offensive against the rebels in Amhara.", "190", "ETH", None),
    ("Azerbaijan cut off the Lachin corridor to Nagorno-Karabakh.", "191", "AZE", None),
    # fighting verbs with a party to the fight or its aim as the object (not PETRARCH's verbal-conflict rows)
    ("Government troops fought insurgents in Anbar province.", "190", "IRQ", None),
    ("Khmer Rouge guerrillas were fighting the government in western Cambodia.", "190", "KHM", "KHM"),
    ("Ukrainian troops fought off a Russian assault near Avdiivka.", "190", "UKR", "RUS"),
    ("Kurdish rebels battled the Turkish army for control of the town.", "190", None, "TUR"),
    # a show of force in another's airspace
    ("Chinese warplanes flew into Taiwan's air defence zone.", "150", "CHN", "TWN"),
    ("A Russian fighter jet entered Finnish airspace.", "150", "RUS", "FIN"),
    # people driven out en masse (the object a people: its kind, <cvl>)
    ("Myanmar's army drove 700,000 Rohingya into Bangladesh.", "201", "MMR", "MMR"),
    ("Serb forces drove ethnic Albanians out of Kosovo.", "201", "SRB", None),
    ("Militias forced Masalit civilians from El Geneina.", "201", "SDN", None),
    # a state suspended by a bloc (the object a country)
    ("The African Union suspended Sudan after the massacre of protesters.", "160", "IGOAFR", "SDN"),
    ("ECOWAS suspended Guinea following the coup.", "160", "IGOWAF", "GIN"),
    ("The Arab League suspended Syria's membership.", "160", None, "SYR"),
])
def test_wire_wording_is_coded(coder, text, code, source, target):
    t = triples(coder, text)
    assert has_coded(t, code, source, target), t


@pytest.mark.parametrize("text, absent", [
    # the same words in another sense
    ("Putin picked up the phone to congratulate Macron.", "17"),
    ("The opposition campaign picked up support from Kenyan voters.", "17"),
    ("Farmers drove hundreds of tractors into Berlin to protest cuts to diesel subsidies.", "20"),
    ("The war pushed millions of people into poverty.", "20"),
    ("The opposition alliance swept into power in a landslide.", "09"),
    ("Rebel fighters were to lock up their weapons under UN supervision.", "17"),
    ("The United States suspended aid to Niger after the coup.", "160"),
    ("The president suspended the constitution and dissolved parliament.", "16"),
    ("The talks went on despite the attack on the convoy.", "19"),
])
def test_other_senses_are_not_coded_so(coder, text, absent):
    t = triples(coder, text, modality=None)
    assert not has_coded(t, absent, modality=None), t


def test_police_driving_a_crowd_disperse_it(coder):
    t = triples(coder, "Riot police drove the protesters from the square with tear gas.")
    assert has_coded(t, "175", "", None) and not has_coded(t, "20", modality=None), t


def test_object_kind_words(nlp):
    """The object's kind and sector are words for the patterns, only for the verb's own object, never a pronoun,
    and none where no actor mentions are known."""
    from types import SimpleNamespace

    from foedus.coder.triggers import TriggerFinder
    from foedus.coder.verbs import VerbDictionary

    finder = TriggerFinder(VerbDictionary.default())
    doc = nlp("The army drove the Rohingya from Rakhine and suspended it.")
    verb = next(t for t in doc if t.lemma_ == "drive")
    assert finder.object_kind(verb, ("dobj",)) == []          # no mentions known
    rohingya = next(t for t in doc if t.text == "Rohingya")
    finder.mention_at = {rohingya.i: SimpleNamespace(kind="organization", sector="CVL")}
    assert finder.object_kind(verb, ("dobj",)) == ["<organization>", "<cvl>"]
    assert finder.object_kind(verb, ("nsubjpass",)) == []
    suspended = next(t for t in doc if t.lemma_ == "suspend")
    assert finder.object_kind(suspended, ("dobj",)) == []     # "it": a pronoun
