"""Parse repairs (parse31): a prepositional phrase opening the sentence whose last noun the parser made the head of
the subject after its comma ("After talks at Lancaster House, the government agreed": "House, the government"), and
a closing report whose speaker the parser hung on the last noun of the report ("... on the town of Saraqeb, the news
agency SANA said"). The trees are built by hand in the misparsed shape (the small parser reads the same sentence
either way from one run to the next), then the coder reads our own sentences. Our own sentences."""

import pytest

from foedus.coder.syntax import repair_fronted_preposition, repair_trailing_attribution
from gold_helpers import hand_parsed, triples


def _fronted():
    # "Under a deal struck in Vienna, Tehran and Washington agreed to free prisoners ." with "Tehran" a conjunct of Vienna
    return hand_parsed([("Under", "IN", "ADP", "prep", 10, "under"), ("a", "DT", "DET", "det", 2, "a"),
                        ("deal", "NN", "NOUN", "pobj", 0, "deal"), ("struck", "VBN", "VERB", "acl", 2, "strike"),
                        ("in", "IN", "ADP", "prep", 3, "in"), ("Vienna", "NNP", "PROPN", "pobj", 4, "Vienna"),
                        (",", ",", "PUNCT", "punct", 5, ","), ("Tehran", "NNP", "PROPN", "conj", 5, "Tehran"),
                        ("and", "CC", "CCONJ", "cc", 7, "and"), ("Washington", "NNP", "PROPN", "conj", 7, "Washington"),
                        ("agreed", "VBD", "VERB", "ROOT", 10, "agree"), ("to", "TO", "PART", "aux", 12, "to"),
                        ("free", "VB", "VERB", "xcomp", 10, "free"), ("prisoners", "NNS", "NOUN", "dobj", 12, "prisoner"),
                        (".", ".", "PUNCT", "punct", 10, ".")])


def test_fronted_preposition_gives_the_verb_its_subject():
    doc = _fronted()
    repair_fronted_preposition(doc)
    assert doc[7].dep_ == "nsubj" and doc[7].head.i == 10
    assert doc[9].head.i == 7 and doc[5].head.i == 4   # "Washington" stays Tehran's conjunct; Vienna stays put


def test_fronted_preposition_leaves_a_verb_with_a_subject():
    doc = _fronted()
    doc[9].dep_ = "nsubj"       # a subject of its own: nothing to repair
    doc[9].head = doc[10]
    repair_fronted_preposition(doc)
    assert doc[7].dep_ == "conj" and doc[7].head.i == 5


def _attributed():
    # "Jets bombed the town of Saraqeb , the news agency SANA said ." with "agency" an apposition of Saraqeb
    return hand_parsed([("Jets", "NNS", "NOUN", "nsubj", 1, "jet"), ("bombed", "VBD", "VERB", "ccomp", 11, "bomb"),
                        ("the", "DT", "DET", "det", 3, "the"), ("town", "NN", "NOUN", "dobj", 1, "town"),
                        ("of", "IN", "ADP", "prep", 3, "of"), ("Saraqeb", "NNP", "PROPN", "pobj", 4, "Saraqeb"),
                        (",", ",", "PUNCT", "punct", 5, ","), ("the", "DT", "DET", "det", 9, "the"),
                        ("news", "NN", "NOUN", "compound", 9, "news"), ("agency", "NN", "NOUN", "appos", 5, "agency"),
                        ("SANA", "NNP", "PROPN", "appos", 9, "SANA"), ("said", "VBD", "VERB", "ROOT", 11, "say"),
                        (".", ".", "PUNCT", "punct", 11, ".")])


def test_trailing_attribution_gives_the_report_its_speaker():
    doc = _attributed()
    repair_trailing_attribution(doc, frozenset({"say"}))
    assert doc[9].dep_ == "nsubj" and doc[9].head.i == 11 and doc[10].head.i == 9
    assert not any(t.head.i == 5 for t in doc if t.i != 5)   # the town's name heads nothing now


def test_trailing_attribution_needs_a_verb_of_saying_at_the_end():
    doc = _attributed()
    repair_trailing_attribution(doc, frozenset({"report"}))   # "said" not a reporting verb here: no change
    assert doc[9].dep_ == "appos" and doc[9].head.i == 5


@pytest.mark.parametrize("text, date, want", [
    ("Under a deal struck in Vienna, Tehran and Washington agreed to free prisoners.", "2023-08-10",
     {("IRNGOV", "USAGOV"), ("USAGOV", "IRNGOV")}),
    ("Government aircraft dropped chlorine on the rebel-held town of Saraqeb, witnesses and doctors said.", "2018-02-05",
     {("SYRGOV", "SYR")}),
])
def test_the_coder_reads_the_repaired_shapes(coder, text, date, want):
    got = {(s, t) for s, t, c, m in triples(coder, text, date)}
    assert want <= got, got
