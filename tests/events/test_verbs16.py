"""Verbs whose SUBJECT's kind decides the act (round 16, verbs16): a head of state or government who flees the
country leaves power (0831), a named person or a government's envoy who flies to a place visits it
(042), a state's armed forces let or allowed to act are military cooperation (062), armed forces that move out of a
place leave it (0874), and a country's forces that topple its government make a coup (173). The subject's kind and
sector are words the patterns name before the verb (``TriggerFinder.object_kind`` on the nsubj). Our own sentences,
each family with sentences where the same words mean something else."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, code, source, target", [
    # a ruler fleeing the country, the capital, abroad or into exile
    ("Sri Lanka's President Gotabaya Rajapaksa fled the country on a military plane.", "0831", "LKA", None),
    ("Prime Minister Sheikh Hasina fled to India as protesters stormed her residence.", "0831", "BGD", None),
    ("The president fled the country as rebels entered the capital.", "0831", "", None),
    ("Rebels said the president had fled abroad.", "0831", "", None),
    # a person, or a government's envoy named by office, landing in or flying to a place
    ("Blinken flew to Kyiv on Wednesday.", "042", "USA", "UKR"),
    ("Putin flew into Pyongyang for a rare visit.", "042", "RUS", "PRK"),
    ("The Iranian foreign minister flew to Damascus on Sunday.", "042", "IRN", "SYR"),
    # a state's forces let or allowed to act
    ("Belarus let Russian forces use its territory for the invasion.", "062", "BLR", "RUS"),
    ("Turkey allowed US forces to use the Incirlik air base.", "062", "TUR", "USA"),
    # armed forces moving out of a place
    ("The last Soviet troops crossed the bridge out of Afghanistan.", "0874", "SUN", "AFG"),
    ("Palestinian fighters sailed out of Beirut under French supervision.", "0874", "PSE", None),
    ("Russian troops moved out of Kherson overnight.", "0874", "RUS", "UKR"),
    ("The last US troops flew out of Kabul.", "0874", "USA", None),
    # a coup by the country's own forces; a ruler ousted in a vote
    ("The army toppled the president in a coup.", "173", "", ""),
    ("The army ousted President Mohamed Bazoum and detained him.", "173", "NER", "NER"),
    ("Parliament ousted the prime minister in a no-confidence vote.", "0831", None, None),
    # weapons handed; an office-holder replaced with another
    ("Slovakia handed an S-300 air defence system to Ukraine.", "072", "SVK", "UKR"),
    ("Zelensky replaced the army chief with a younger general.", "0831", "UKR", "UKR"),
    # a protest filed or registered with a government is an official complaint
    ("Japan filed a protest with China over the incursion.", "114", "JPN", "CHN"),
    ("Seoul registered a strong protest with Tokyo over the textbook.", "114", "KOR", "JPN"),
])
def test_subject_kind_is_coded(coder, text, code, source, target):
    t = triples(coder, text)
    assert has_coded(t, code, source, target), t


@pytest.mark.parametrize("text, absent", [
    # people who flee are no rulers leaving power
    ("Thousands of civilians fled the country after the fighting.", "08"),
    ("Opposition leader Edmundo Gonzalez fled to Spain.", "08"),
    ("Former prime minister Yingluck Shinawatra fled the country before the verdict.", "08"),
    ("The finance minister fled the country after the scandal.", "08"),
    ("Villagers fled to the hills as the army advanced.", "08"),
    # what lands or flies is no visitor
    ("Two Chinese missiles landed in Japan's exclusive economic zone.", "04"),
    ("The pilot flew to Algiers.", "04"),
    ("Edmundo Gonzalez flew to Madrid after being granted asylum by Spain.", "04"),
    # others going out of a place leave nothing; what is toppled or removed is no government
    ("Civilians streamed out of the besieged city.", "08"),
    ("The family sailed out of the harbour on holiday.", "08"),
    ("Protesters toppled a statue of the dictator.", "173"),   # (a statue pulled down is 1712: coerce27)
    ("Soldiers removed the landmines from the road.", "17"),
    ("The president handed a letter to the ambassador.", "07"),
    ("The company replaced its old trucks with electric ones.", "08"),
    ("Germany replaced Russia with Norway as its main gas supplier.", "08"),
    ("Students staged a protest with thousands of supporters in the capital.", "114"),
    # market forces are no armed forces
    ("The government let market forces set the exchange rate.", "06"),
])
def test_other_subjects_are_not_coded_so(coder, text, absent):
    t = triples(coder, text, modality=None)
    assert not has_coded(t, absent, modality=None), t


def test_a_ruler_who_did_not_flee_is_not_coded_as_gone(coder):
    t = triples(coder, "The president did not flee the country, his office said.")
    assert not has_coded(t, "0831"), t


def test_subject_kind_words(nlp):
    """The subject's kind is read by the same helper as the object's: only the verb's own subject, and with
    ``of_country`` only a mention of some country's actor."""
    from types import SimpleNamespace

    from foedus.coder.triggers import TriggerFinder
    from foedus.coder.verbs import VerbDictionary

    finder = TriggerFinder(VerbDictionary.default())
    doc = nlp("Market forces set the rate.")
    verb = next(t for t in doc if t.lemma_ == "set")
    forces = next(t for t in doc if t.text == "forces")
    finder.mention_at = {forces.i: SimpleNamespace(kind="agent", sector="MIL", country=None)}
    assert finder.object_kind(verb, ("nsubj",)) == ["<agent>", "<mil>"]
    assert finder.object_kind(verb, ("nsubj",), of_country=True) == []
    finder.mention_at = {forces.i: SimpleNamespace(kind="agent", sector="MIL", country="RUS")}
    assert finder.object_kind(verb, ("nsubj",), of_country=True) == ["<agent>", "<mil>"]
