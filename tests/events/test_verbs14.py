"""Verbs (round 14): a past verb the parser read as an adjective (syntax.repair_verb_read_as_adjective). Our own
sentences, with the misparse the small parser makes on wire copy written out as a Doc."""

from spacy.tokens import Doc

from foedus.coder.syntax import repair_verb_read_as_adjective


def _doc(nlp, rows):
    """A Doc from (word, head index, dep, pos, tag) rows, one sentence."""
    words, heads, deps, pos, tags = zip(*rows)
    return Doc(nlp.vocab, words=list(words), heads=list(heads), deps=list(deps), pos=list(pos), tags=list(tags))


def _arcs(doc):
    return {t.text: (t.dep_, t.head.text) for t in doc}


def test_verb_with_its_own_subject_heads_its_clause(nlp):
    # "froze" hung on "assets" as an adjective, with "Carter" its subject: the verb heads the sentence
    doc = _doc(nlp, [("Carter", 1, "nsubj", "PROPN", "NNP"), ("froze", 4, "amod", "VERB", "VBD"),
                     ("Iranian", 4, "amod", "ADJ", "JJ"), ("government", 4, "compound", "NOUN", "NN"),
                     ("assets", 4, "ROOT", "NOUN", "NNS"), ("in", 4, "prep", "ADP", "IN"),
                     ("banks", 5, "pobj", "NOUN", "NNS"), (".", 4, "punct", "PUNCT", ".")])
    repair_verb_read_as_adjective(doc)
    arcs = _arcs(doc)
    assert arcs["froze"] == ("ROOT", "froze") and arcs["assets"] == ("dobj", "froze"), arcs
    assert arcs["Carter"] == ("nsubj", "froze") and arcs["."] == ("punct", "froze"), arcs
    assert len(list(doc.sents)) == 1


def test_subject_made_the_root(nlp):
    # "Nixon" made the root with "controls" its object and "imposed" an adjective: Nixon imposed wage controls
    doc = _doc(nlp, [("Nixon", 0, "ROOT", "PROPN", "NNP"), ("imposed", 3, "amod", "VERB", "VBN"),
                     ("wage", 3, "compound", "NOUN", "NN"), ("controls", 0, "dobj", "NOUN", "NNS"),
                     ("and", 0, "cc", "CCONJ", "CC"), ("said", 0, "conj", "VERB", "VBD"),
                     ("more", 7, "nsubj", "PRON", "JJR"), ("followed", 5, "ccomp", "VERB", "VBD"),
                     (".", 0, "punct", "PUNCT", ".")])
    repair_verb_read_as_adjective(doc)
    arcs = _arcs(doc)
    assert arcs["imposed"] == ("ROOT", "imposed") and arcs["Nixon"] == ("nsubj", "imposed"), arcs
    assert arcs["controls"] == ("dobj", "imposed") and arcs["said"] == ("conj", "imposed"), arcs
    assert doc[1].tag_ == "VBD"


def test_reported_verb_and_its_conjunct(nlp):
    # "Britain said a frigate fired warning shots and a helicopter dropped flares": two clauses of "said"
    doc = _doc(nlp, [("Britain", 1, "nsubj", "PROPN", "NNP"), ("said", 1, "ROOT", "VERB", "VBD"),
                     ("a", 6, "det", "DET", "DT"), ("frigate", 4, "npadvmod", "NOUN", "NN"),
                     ("fired", 6, "amod", "VERB", "VBD"), ("warning", 6, "compound", "NOUN", "NN"),
                     ("shots", 1, "dobj", "NOUN", "NNS"), ("and", 6, "cc", "CCONJ", "CC"),
                     ("a", 9, "det", "DET", "DT"), ("helicopter", 10, "npadvmod", "NOUN", "NN"),
                     ("dropped", 11, "amod", "VERB", "VBD"), ("flares", 6, "conj", "NOUN", "NNS"),
                     (".", 1, "punct", "PUNCT", ".")])
    repair_verb_read_as_adjective(doc)
    arcs = _arcs(doc)
    assert arcs["fired"] == ("ccomp", "said") and arcs["frigate"] == ("nsubj", "fired"), arcs
    assert arcs["dropped"] == ("conj", "fired") and arcs["flares"] == ("dobj", "dropped"), arcs


def test_adjectives_stay(nlp):
    # a compound adjective ("a UN-brokered truce") and a participle after a relative "that" are no clauses
    doc = _doc(nlp, [("a", 4, "det", "DET", "DT"), ("UN", 3, "npadvmod", "PROPN", "NNP"),
                     ("-", 3, "punct", "PUNCT", "HYPH"), ("brokered", 4, "amod", "VERB", "VBN"),
                     ("truce", 4, "ROOT", "NOUN", "NN")])
    before = _arcs(doc)
    repair_verb_read_as_adjective(doc)
    assert _arcs(doc) == before
    doc = _doc(nlp, [("Parliament", 1, "nsubj", "PROPN", "NNP"), ("heard", 1, "ROOT", "VERB", "VBD"),
                     ("that", 3, "nsubj", "SCONJ", "IN"), ("dismissed", 4, "amod", "VERB", "VBN"),
                     ("mayor", 5, "nsubj", "NOUN", "NN"), ("fled", 1, "ccomp", "VERB", "VBD")])
    before = _arcs(doc)
    repair_verb_read_as_adjective(doc)
    assert _arcs(doc) == before


# ---- a leader removed or impeached by others (TriggerFinder._leader_leaves_office, event_cues leader_removal_verbs)
import pytest  # noqa: E402

from gold_helpers import has_coded, triples  # noqa: E402


@pytest.mark.parametrize("text, date, source, target", [
    ("Lawmakers in Lima removed President Martin Vizcarra over bribery allegations.", "2020-11-10", "PERLEG", "PERGOV"),
    ("South Korea's parliament voted to impeach President Park Geun-hye.", "2016-12-09", "KORLEG", "KORGOV"),
    ("Ecuador's parliament unseated President Lucio Gutierrez.", "2005-04-20", "ECU", "ECUGOV"),
])
def test_leader_removed_by_others(coder, text, date, source, target):
    t = triples(coder, text, date=date)
    assert has_coded(t, "0831", source, target), t


@pytest.mark.parametrize("text, date", [
    ("Workers removed a statue of the president from the square in Kyiv.", "2022-05-01"),
    ("Mali's army removed President Ibrahim Boubacar Keita in a coup.", "2020-08-19"),
    ("The Georgian president was removed from the ballot by the election commission.", "2024-01-10"),
])
def test_no_removal_of_a_leader(coder, text, date):
    t = triples(coder, text, date=date)
    assert not any(c == "0831" for _, _, c, _ in t), t
