"""Event words of fresh text the dictionaries lacked (round 13, `# lexicon13` blocks at the end of
data/verbs/foedus_verbs.yaml and nouns.yaml). Our own sentences."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, date, code, source, target, modality", [
    # instruments of ratification or accession deposited: the treaty or alliance is joined
    ("Norway deposited its instrument of ratification of the arms treaty at the United Nations.", "2014-06-01",
     "057", "NOR", None, "asserted"),
    ("Sweden deposited its accession documents in Washington, completing its entry into NATO.", "2024-03-07",
     "057", "SWE", None, "asserted"),
    # a state invited to join an alliance is offered membership
    ("The European Union invited Georgia to join the bloc.", "2023-12-14", "032", "IGOEUR", "GEO", None),
    # a parliament dissolved by a president or a court
    ("Sri Lanka's president dissolved parliament and called a snap election.", "2020-03-02", "172", "LKAGOV",
     "LKALEG", "asserted"),
    ("The constitutional court dissolved parliament after a dispute over the election law.", "2012-06-14", "172",
     None, None, "asserted"),
    # what is suspended names the act
    ("Pakistan suspended the peace dialogue with India after the attack.", "2019-02-20", "164", "PAK", "IND",
     "asserted"),
    ("Beijing suspended imports of Taiwanese pineapples.", "2021-03-01", "163", "CHN", "TWN", "asserted"),
    ("Washington suspended the military hotline with Moscow.", "2017-04-07", "160", "USA", "RUS", "asserted"),
    ("Algeria revoked the broadcasting licence of a French television channel.", "2023-03-01", "172", "DZA", None,
     "asserted"),
    ("The army chief suspended the constitution and closed the borders.", "2014-05-22", "172", None, None,
     "asserted"),
    # a situation referred to the International Criminal Court is put under investigation for war crimes
    ("The Security Council referred Darfur to the International Criminal Court.", "2005-03-31",
     "094", "IGOUNO", None, "asserted"),
    # foreigners ordered out of a country are expelled
    ("Niger's junta ordered the French troops out of the country.", "2023-09-01", "166", "NER", "FRAMIL", "asserted"),
    ("The government ordered UN peacekeepers out of the country within a month.", "2023-06-16", "1661", None,
     "IGOUNOPKO", "asserted"),
    # a parliament authorising war or the use of force threatens; the force lies ahead (modality16b: intended, like
    # a vowed threat; it counts as a threat made all the same)
    ("Russia's upper house approved the use of military force in Syria.", "2015-09-30", "138", "RUSLEG", None,
     "intended"),
    # a no-fly zone authorised is imposed
    ("The Security Council authorised a no-fly zone over Bosnia.", "1992-10-09", "191", "IGOUNO", "BIH", "asserted"),
    # fighters pushed or driven out of a place lose it
    ("Iraqi troops pushed Islamic State militants out of the city of Tikrit.", "2015-03-31", "192", "IRQMIL", None,
     "asserted"),
    # missiles of a rioting crowd
    ("Youths threw fireworks and bottles at the police in Marseille.", "2023-06-30", "145", "FRA", "FRACOP",
     "asserted"),
    # military activity cut, said ahead
    ("The Kremlin said it would sharply cut military activity near the border.", "2022-03-29", "0356", "RUS", None,
     "intended"),
    # details on suspects handed over to another state's police
    ("Spain handed over to French police details on three suspects in the bombing.", "2004-03-20", "064", "ESP",
     "FRACOP", "asserted"),
    # consultations asked for under the alliance treaty
    ("Estonia asked NATO for consultations after the airspace violation.", "2015-09-30", "106", "EST", "IGOWSTNAT",
     "asserted"),
    ("Lithuania invoked Article 4 of the NATO treaty after the drone incursion.", "2025-09-10", "106", "LTU", None,
     "asserted"),
    # a disengagement of forces announced
    ("Armenia and Azerbaijan announced the disengagement of their troops along the border.", "2021-06-01", "0874",
     None, None, None),
])
def test_lexicon13_words(coder, text, date, code, source, target, modality):
    t = triples(coder, text, date=date)
    assert has_coded(t, code, source, target, modality=modality), t


@pytest.mark.parametrize("text, date, wrong", [
    # money deposited is no treaty
    ("Saudi Arabia deposited three billion dollars in Pakistan's central bank.", "2021-11-01", {"057"}),
    # an invitation to a summit is no offer of membership
    ("Japan invited the Chinese premier to a summit in Tokyo.", "2019-04-01", {"032"}),
    # details of a policy given are no intelligence shared
    ("The minister gave details of the new sanctions on Iran.", "2012-01-23", {"064"}),
    # people driven from their homes stay a mass expulsion
    ("Militiamen drove thousands of villagers out of their homes in Darfur.", "2004-04-01", {"192"}),
    # a parliament that dissolves itself, or a protest that dissolves, imposes nothing on anyone
    ("The protest dissolved peacefully after the police arrived in Caracas.", "2019-04-01", {"172"}),
])
def test_other_uses_keep_their_code(coder, text, date, wrong):
    t = triples(coder, text, date=date)
    assert not any(c in wrong for _, _, c, _ in t), t
