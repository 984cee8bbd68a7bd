"""The text of a parsed doc and of its spans, joined once per doc.

spaCy builds ``doc.text`` (and a span's ``.text``) by joining a new Token object per word on each read; the
coder reads the same sentence's text for each of its events (dates, policies, the state of the day) and the
doc's text in several stages. A leaf module: no foedus imports.
"""

from __future__ import annotations

import weakref

from spacy.tokens import Doc, Span

_TEXTS: weakref.WeakKeyDictionary[Doc, str] = weakref.WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per doc (the words of a parse never change; only its tree is repaired)."""
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text


def span_text(span: Span) -> str:
    """``span.text`` cut from :func:`doc_text`: the same characters (a span's text is its words with the
    spaces between them, from its first word's start to its last word's end)."""
    return doc_text(span.doc)[span.start_char:span.end_char] if len(span) else ""
