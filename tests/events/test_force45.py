"""Force and coercion acts (CAMEO 17-20) the coder missed entirely, each fixed as a class and tested on our own
sentences (helper force45 of the forty-fifth session)."""

import pytest

from gold_helpers import hand_parsed, has_coded, triples

from foedus.coder import clauses


# ---- a past form with an object of its own is the verb of the noun it hangs on ------------------------------------
@pytest.mark.parametrize("text, date, code, source, target", [
    # the small parser hangs the verb on its subject as a participle ("militants hacked to death"): it has an object
    ("ADF militants hacked to death at least 25 villagers in Kisima in Irumu territory overnight, a local official "
     "said.", "2021-03-02", "1823", "CODREB", "CODCVL"),
    ("An Iraqi submarine torpedoed and sank the Iranian frigate Sahand outside the war zone, the Iraqi command "
     "confirmed.", "1985-03-02", "190", "IRQ", "IRN"),
])
def test_a_misparsed_past_verb_with_an_object_is_coded(coder, text, date, code, source, target):
    t = triples(coder, text, date=date)
    assert has_coded(t, code, source, target), t


def _doc(rows):
    return hand_parsed(rows)


def test_a_participle_with_an_object_describes_no_noun():
    # "Rebels hacked to death twenty farmers, an official said." with 'hacked' hung on 'Rebels' as a participle
    doc = _doc([
        ("Rebels", "NNS", "NOUN", "nsubj", 8, "rebel"),
        ("hacked", "VBN", "VERB", "acl", 0, "hack"),
        ("to", "IN", "ADP", "prep", 1, "to"),
        ("death", "NN", "NOUN", "pobj", 2, "death"),
        ("twenty", "CD", "NUM", "nummod", 5, "twenty"),
        ("farmers", "NNS", "NOUN", "dobj", 1, "farmer"),
        (",", ",", "PUNCT", "punct", 8, ","),
        ("officials", "NNS", "NOUN", "nsubj", 8, "official"),
        ("said", "VBD", "VERB", "ROOT", 8, "say"),
        (".", ".", "PUNCT", "punct", 8, "."),
    ])
    assert clauses.active_participle(doc[1])
    assert not clauses.participle_description(doc[1])


def test_a_participle_of_two_objects_still_describes_its_noun():
    # "Prisoners denied access went on strike": a passive participle that keeps one object
    doc = _doc([
        ("Prisoners", "NNS", "NOUN", "nsubj", 3, "prisoner"),
        ("denied", "VBN", "VERB", "acl", 0, "deny"),
        ("access", "NN", "NOUN", "dobj", 1, "access"),
        ("went", "VBD", "VERB", "ROOT", 3, "go"),
        ("on", "IN", "ADP", "prep", 3, "on"),
        ("strike", "NN", "NOUN", "pobj", 4, "strike"),
    ])
    assert not clauses.active_participle(doc[1])
    assert clauses.participle_description(doc[1])


def test_a_participle_without_an_object_still_describes_its_noun():
    # "Sailors detained after the standoff were freed": no object, a description
    doc = _doc([
        ("Sailors", "NNS", "NOUN", "nsubjpass", 6, "sailor"),
        ("detained", "VBN", "VERB", "acl", 0, "detain"),
        ("after", "IN", "ADP", "prep", 1, "after"),
        ("the", "DT", "DET", "det", 4, "the"),
        ("standoff", "NN", "NOUN", "pobj", 2, "standoff"),
        ("were", "VBD", "AUX", "auxpass", 6, "be"),
        ("freed", "VBN", "VERB", "ROOT", 6, "free"),
    ])
    assert not clauses.active_participle(doc[1])
    assert clauses.participle_description(doc[1])


# ---- a public body's building a crowd burns is property destroyed beside the riot ----------------------------------
@pytest.mark.parametrize("text, date, country", [
    ("Protesters set fire to the state radio building in Colombo after the president fled.", "2022-07-09", "LKA"),
])
def test_a_crowd_burning_a_public_building_destroys_property(coder, text, date, country):
    t = triples(coder, text, date=date)
    assert has_coded(t, "145", country + "CVL", country), t
    assert has_coded(t, "1712", country + "CVL", country), t


@pytest.mark.parametrize("text, date", [
    ("Rioters set fire to shops in the old town for a second night.", "2021-11-25"),
    ("Protesters set fire to tyres outside the parliament in Beirut.", "2020-01-01"),
])
def test_a_riot_at_large_or_burned_props_stay_the_riot(coder, text, date):
    t = triples(coder, text, date=date)
    assert has_coded(t, "145"), t
    assert not has_coded(t, "1712", modality=None), t
