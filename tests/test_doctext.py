"""``doctext``: the text of a doc and of any span of it, joined once per doc, is exactly what spaCy's
``.text`` gives (spaces, newlines, tabs, a span ending before a space, an empty span)."""
from __future__ import annotations

from foedus.coder.doctext import doc_text, span_text

TEXTS = [
    "Kenya accused Somalia of shelling border villages on Monday. Nairobi recalled its envoy.",
    "  Leading spaces.  Two  spaces\n\nand a new line \t a tab, and the end  ",
    "KYIV, June 3 (Reuters) - \"We will respond,\" the president said.",
    "a",
]


def test_doc_and_span_text_are_spacy_text(nlp):
    for doc in nlp.pipe(TEXTS):
        assert doc_text(doc) == doc.text
        assert doc_text(doc) is doc_text(doc)   # same object: not a token (joined once)
        for sent in doc.sents:
            assert span_text(sent) == sent.text
        for a in range(len(doc) + 1):
            for b in range(a, min(len(doc), a + 8) + 1):
                assert span_text(doc[a:b]) == doc[a:b].text
