"""Coercion, force posture and reduced relations (CAMEO 15-17) the coder missed, each fixed as a class and tested on
our own sentences (helper coerce27 of the twenty-seventh session)."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, source, target", [
    # a plural noun of a sanction the parser reads as a present verb ("freezes"/VBZ) with the noun before it as its
    # subject: the clause is the object of the verb before it (syntax.repair_noun_read_as_verb)
    ("Canada imposed asset freezes on four Iranian generals.", "CAN", "IRN"),
    ("The EU slapped asset freezes and travel bans on nine Syrian ministers.", "IGOEUREEC", "SYR"),
    ("Britain imposed travel bans and asset freezes on six Venezuelan officials.", "GBR", "VEN"),
])
def test_sanction_nouns_read_as_verbs(coder, text, source, target):
    t = triples(coder, text)
    assert has_coded(t, "163", source, target), t


def test_a_present_clause_after_a_saying_verb_stays_a_clause(coder):
    # "said" takes a clause: a bare noun and a present verb after it are its subject and verb, no object
    t = triples(coder, "The minister said oil flows to Hungary normally.")
    assert not has_coded(t, "16", modality=None), t


@pytest.mark.parametrize("text", [
    # a statue or monument pulled down is destroyed property (1712), by a crowd or by protesters, not a riot (145)
    "A crowd in the capital pulled down a statue of the former dictator.",
    "Protesters toppled a monument to the Soviet army in the city centre.",
])
def test_a_statue_pulled_down_is_destroyed_property(coder, text):
    t = triples(coder, text)
    assert has_coded(t, "1712"), t
    assert not has_coded(t, "145", modality=None), t


def test_protesters_burning_a_building_still_riot(coder):
    t = triples(coder, "Protesters set fire to the parliament building in the capital.")
    assert has_coded(t, "145"), t



@pytest.mark.parametrize("text, code, source, target", [
    # sales halted or suspended to a country are an embargo (16x)
    ("Washington halted grain sales to Cuba after the crackdown.", "16", "USA", "CUB"),
    ("Paris suspended all sales of military equipment to Chile.", "16", "FRA", "CHL"),
    # manoeuvres held, staged or ordered show force (150)
    ("The Russian army held large manoeuvres near the Finnish border.", "150", "RUS", None),
    ("Beijing ordered naval manoeuvres in the strait.", "150", "CHN", None),
])
def test_sales_halted_and_manoeuvres_held(coder, text, code, source, target):
    t = triples(coder, text)
    assert has_coded(t, code, source, target), t


def test_a_concurrent_act_the_tagger_reads_as_a_participle_is_coded(coder):
    # "massed" tagged VBN with a subject of its own and no auxiliary: a simple past, an act of the same time
    t = triples(coder, "Israel said it had no plans for an invasion of Lebanon, even as Israeli armoured units massed "
                       "on the border.")
    assert has_coded(t, "154", "ISR"), t
