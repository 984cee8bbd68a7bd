"""coder/attributes.py: the attribute ruler read without the Matcher gives spaCy's own ruler's attributes, token for token."""

from __future__ import annotations

import pytest
import spacy
from spacy.pipeline import AttributeRuler

from foedus.coder import attributes
from foedus.coder.nlp import MODEL_NAME

# our own sentences: news prose, the two-token patterns of the ruler ("gon na", "let 's", "ai n't"), spaces, capitals
SENTENCES = [
    "Seoul said on Thursday it would consider sending arms to Ukraine, a shift from its long-held policy.",
    "The rebels denied that they had shelled the market, which killed four people, and blamed the army.",
    "\"We ain't gonna let 's them win,\" a protester shouted, \"and we gotta stay.\"",
    "Let's see whether the talks resume; nothin' has been decided yet, y' know.",
    "  Two   spaces  and a\n\nnew paragraph   follow here.  ",
    "KENYA ACCUSED SOMALIA OF SHELLING BORDER VILLAGES ON MONDAY",
    "If North Korea is attacked, Russia is bound to provide military aid with all means at its disposal.",
    "Neither side has done what it promised, and whoever breaks the truce will be punished, the envoy said.",
    "",
]


@pytest.fixture(scope="module")
def pair():
    plain = spacy.load(MODEL_NAME, disable=["ner"])
    fast = attributes.install(spacy.load(MODEL_NAME, disable=["ner"]))
    return plain, fast


def _reading(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


def test_install_puts_the_fast_ruler_in_place(pair):
    plain, fast = pair
    assert fast.pipe_names == plain.pipe_names
    assert isinstance(fast.get_pipe("attribute_ruler"), attributes.FastAttributeRuler)
    assert isinstance(plain.get_pipe("attribute_ruler"), AttributeRuler)


def test_same_attributes_as_spacys_ruler(pair, example_text):
    plain, fast = pair
    texts = SENTENCES + [p for p in example_text.split("\n") if p.strip()]
    for a, b in zip(plain.pipe(texts), fast.pipe(texts)):
        assert _reading(a) == _reading(b), a.text


def test_two_token_patterns_are_applied(pair):
    # the ruler gives "gon na" the lemmas "go" and "to" through a pattern spanning both tokens
    _, fast = pair
    doc = fast("They are gonna vote.")
    assert [t.lemma_ for t in doc if t.lower_ in {"gon", "na"}] == ["go", "to"]


def test_unknown_pattern_keeps_spacys_ruler():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns([{"patterns": [[{"POS": "NOUN", "OP": "+"}]], "attrs": {"LEMMA": "x"}}])
    assert attributes.FastAttributeRuler.from_ruler(ruler) is None
    attributes.install(nlp)
    assert isinstance(nlp.get_pipe("attribute_ruler"), AttributeRuler)


def test_a_doc_of_another_vocab_is_read_with_its_own_strings(pair):
    # the kept answers are keyed by hashes; the strings behind them come from the document's own vocab
    plain, fast = pair
    doc = plain("Protesters in Vrelnograd blocked the Zuptavka road on Tuesday.")
    expected = _reading(doc)
    assert _reading(fast.get_pipe("attribute_ruler")(doc)) == expected
