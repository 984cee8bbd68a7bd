"""Second events of sentences that tell two (multi24). A release of people "in exchange for" others is a swap: the
other side releases those (0841); a speaker who calls another's act an overreaction, a deception or a flagrant act
criticises its doer (111); a clause on "while" or "whereas" with a subject of its own is an act of its own, not part of
what the main verb charges. Our own sentences, each family with sentences where the same words mean something else."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, source, target", [
    ("Armenia handed over 30 Azerbaijani soldiers in exchange for Armenian prisoners on Tuesday.", "AZE", "ARM"),
    ("Hezbollah freed two Israeli soldiers in exchange for 40 Lebanese detainees.", "ISR", "LBN"),
    ("Germany released a Russian spy in exchange for three Germans held in Russia.", "RUS", "DEU"),
])
def test_a_release_in_exchange_is_a_release_both_ways(coder, text, source, target):
    t = triples(coder, text)
    assert has_coded(t, "0841", source, target), t


@pytest.mark.parametrize("text, absent_source", [
    # what is given back is no people, or nothing is given back
    ("Iran agreed to free two French nationals in exchange for sanctions relief.", "FRA"),
    ("Armenia handed over 30 Azerbaijani soldiers on Tuesday.", "AZE"),
])
def test_no_return_without_people_given_back(coder, text, absent_source):
    t = triples(coder, text, modality=None)
    assert not has_coded(t, "084", absent_source, modality=None), t


@pytest.mark.parametrize("text, source, target", [
    ("A Turkish drone struck a Syrian army convoy, and Damascus called it a gross overreaction.", "SYR", "TUR"),
    ("Pyongyang fired a ballistic missile over Japan, and Tokyo called the launch a flagrant act.", "JPN", "PRK"),
    ("Israel dismissed the Iranian speech as a deception.", "ISR", None),
])
def test_scorn_labels_are_criticism(coder, text, source, target):
    t = triples(coder, text)
    assert has_coded(t, "111", source, target), t


@pytest.mark.parametrize("text, code, source, target", [
    ("Serbia blamed Kosovo police for the clash while Pristina accused Belgrade of arming the gunmen.", "112", "KSV",
     "SRB"),
    ("Armenia accused Azerbaijan of shelling Jermuk, whereas Baku accused Yerevan of a provocation.", "112", "AZE",
     "ARM"),
])
def test_a_contrast_clause_of_its_own_is_no_charge_of_the_main_one(coder, text, code, source, target):
    t = triples(coder, text)
    assert has_coded(t, code, source, target), t


def test_what_an_accusation_charges_stays_charged(coder):
    t = triples(coder, "Armenia accused Azerbaijan of shelling Jermuk while civilians slept.", modality=None)
    assert not has_coded(t, "19", "AZE", "ARM"), t


@pytest.mark.parametrize("text, code, source, target", [
    ("Rebels seized the airport, prompting the African Union to condemn the attack and to suspend Mali.", "16",
     "IGOAFR", None),
    ("Gunmen stormed a hotel in Bamako, forcing the government to declare an emergency and to close the borders.",
     "1", "MLIGOV", None),
])
def test_a_second_infinitive_of_a_caused_act_is_the_object_s(coder, text, code, source, target):
    t = triples(coder, text, modality=None)
    assert has_coded(t, code, source, target, modality=None), t
