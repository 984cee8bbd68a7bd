"""parse32: parse repairs for wire shapes the small parser misreads. Our own sentences.

- a word that opens a clause or a noun phrase ("after", "as") read as a preposition, the clause's subject its
  object ("... after a blast at a mosque killed 20", "as Kabul fell to the Taliban");
- a clause whose verb is hung as a participle on the last noun of its subject's prepositional phrase, the subject
  left as a verbless root ("A missile strike on a house in Waziristan killed nine", "talks ... ended").
Trees are built by hand in the misparsed shape, then the coder reads our own sentences."""

import pytest

from foedus.coder.syntax import repair_clause_read_as_preposition, repair_verbless_noun_clause
from gold_helpers import hand_parsed, triples


def _as_fell(mark=True):
    # "Crowds cheered as Kabul fell to the Taliban ." with "Kabul" the object of "as"
    return hand_parsed([("Crowds", "NNS", "NOUN", "nsubj", 1, "crowd"), ("cheered", "VBD", "VERB", "ROOT", 1, "cheer"),
                        ("as", "IN", "SCONJ" if mark else "ADP", "mark" if mark else "prep", 4 if mark else 1, "as"),
                        ("Kabul", "NNP", "PROPN", "pobj", 2, "Kabul"), ("fell", "VBD", "VERB", "advcl", 1, "fall"),
                        ("to", "IN", "ADP", "prep", 4, "to"), ("the", "DT", "DET", "det", 7, "the"),
                        ("Taliban", "NNP", "PROPN", "pobj", 5, "Taliban"), (".", ".", "PUNCT", "punct", 1, ".")])


def test_the_object_of_a_clause_mark_is_the_subject():
    doc = _as_fell(mark=True)
    repair_clause_read_as_preposition(doc)
    assert doc[3].dep_ == "nsubj" and doc[3].head.i == 4


def test_a_clause_word_read_as_a_preposition_becomes_the_mark():
    doc = _as_fell(mark=False)
    repair_clause_read_as_preposition(doc)
    assert doc[3].dep_ == "nsubj" and doc[3].head.i == 4
    assert doc[2].dep_ == "mark" and doc[2].head.i == 4


def test_a_verb_with_its_own_subject_is_left_alone():
    doc = _as_fell(mark=False)
    doc.vocab.strings.add("nsubj")
    # "Crowds cheered as Kabul fell": if "fell" already has a subject, "as Kabul" stays a phrase
    doc[0].head = doc[4]
    repair_clause_read_as_preposition(doc)
    assert doc[3].dep_ == "pobj" and doc[2].dep_ == "prep"


def _strike_killed(tag="VBN", det=True):
    # "A strike on a house in Waziristan killed nine people ." with "killed" a participle on "house"
    return hand_parsed([("A" if det else "Air", "DT" if det else "NN", "DET" if det else "NOUN", "det" if det else "compound",
                  1, "a" if det else "air"),
                        ("strike", "NN", "NOUN", "ROOT", 1, "strike"), ("on", "IN", "ADP", "prep", 1, "on"),
                        ("a", "DT", "DET", "det", 4, "a"), ("house", "NN", "NOUN", "pobj", 2, "house"),
                        ("in", "IN", "ADP", "prep", 4, "in"), ("Waziristan", "NNP", "PROPN", "pobj", 5, "Waziristan"),
                        ("killed", tag, "VERB", "acl", 4, "kill"), ("nine", "CD", "NUM", "nummod", 9, "nine"),
                        ("people", "NNS", "NOUN", "dobj", 7, "people"), (".", ".", "PUNCT", "punct", 1, ".")])


def test_the_verb_of_a_verbless_subject_takes_its_place():
    doc = _strike_killed()
    repair_verbless_noun_clause(doc)
    assert doc[7].dep_ == "ROOT" and doc[7].head.i == 7 and doc[7].tag_ == "VBD"
    assert doc[1].dep_ == "nsubj" and doc[1].head.i == 7
    assert doc[10].head.i == 7


def test_a_participle_after_a_comma_is_left_alone():
    doc = _strike_killed()
    doc[6].head = doc[5]
    # "A strike on a house in Waziristan , killed ...": no repair after a comma (the word before is checked)
    words = [t.text for t in doc]
    words[6] = ","
    doc2 = hand_parsed([(w, t.tag_ if w != "," else ",", t.pos_ if w != "," else "PUNCT", t.dep_ if w != "," else "punct",
                  t.head.i, t.lemma_) for w, t in zip(words, doc)])
    repair_verbless_noun_clause(doc2)
    assert doc2[7].dep_ == "acl" and doc2[1].dep_ == "ROOT"


@pytest.mark.parametrize("text, date, want", [
    # the misparsed shapes, read again: the clause's subject found, its event coded
    ("A U.S. missile strike on a house in South Waziristan killed at least nine people, Pakistani security officials "
     "said.", "2010-03-01", ("USA", "PAK", "195")),
    ("The first direct talks between Armenia and Azerbaijan in a decade ended without agreement in Geneva.",
     "2020-10-10", ("ARM", "AZE", "046")),
    ("Police arrested two men after a blast at a Kabul mosque killed 20 worshippers.", "2021-05-01",
     (None, "AFG", "183")),
])
def test_the_coder_reads_the_repaired_shapes(coder, text, date, want):
    got = {(s, t, c) for s, t, c, m in triples(coder, text, date)}
    assert want in got, got


@pytest.mark.parametrize("text, date", [
    # a headline's passive participle after a bare noun is no clause of its own
    ("Talks between the two sides held in Vienna.", "2020-10-10"),
])
def test_a_headline_participle_codes_nothing(coder, text, date):
    assert not triples(coder, text, date)


@pytest.mark.parametrize("text, date, want", [
    # a weapon's reduced relative read as the main verb, the real verb coordinated with a second one by "and"
    ("Grenades thrown into a crowded market in the town on Friday killed nine shoppers and wounded dozens of others.",
     "2020-10-10", "18"),
    ("Rockets fired from the hills killed three civilians and wounded 12 soldiers.", "2020-10-10", "19"),
])
def test_a_weapon_participle_before_two_coordinated_verbs(coder, text, date, want):
    got = {c[:2] for s, t, c, m in triples(coder, text, date) if m == "asserted"}
    assert want in got, got


def test_a_verb_hung_on_the_clause_the_word_is_in():
    # "Police watched without intervening as Estonians rallied ." with "as" on "intervening", "rallied" on "watched"
    doc = hand_parsed([("Police", "NNS", "NOUN", "nsubj", 1, "police"), ("watched", "VBD", "VERB", "ROOT", 1, "watch"),
                       ("without", "IN", "ADP", "prep", 1, "without"), ("intervening", "VBG", "VERB", "pcomp", 2, "intervene"),
                       ("as", "IN", "ADP", "prep", 3, "as"), ("Estonians", "NNPS", "PROPN", "pobj", 4, "Estonians"),
                       ("rallied", "VBD", "VERB", "conj", 1, "rally"), (".", ".", "PUNCT", "punct", 1, ".")])
    repair_clause_read_as_preposition(doc)
    assert doc[5].dep_ == "nsubj" and doc[5].head.i == 6
    assert doc[4].dep_ == "mark" and doc[4].head.i == 6
