"""The text of a parsed doc and of its spans, joined once per doc; each word's sentence, found once per doc.

spaCy builds ``doc.text`` (and a span's ``.text``) by joining a new Token object per word on each read; the
coder reads the same sentence's text for each of its events (dates, policies, the state of the day) and the
doc's text in several stages. A leaf module: no foedus imports.
"""

from __future__ import annotations

import functools
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from spacy.tokens import Doc, Span, Token

_TEXTS: weakref.WeakKeyDictionary[Doc, str] = weakref.WeakKeyDictionary()
_LOWERS: weakref.WeakKeyDictionary[Doc, list[str]] = weakref.WeakKeyDictionary()
_BOUNDS: weakref.WeakKeyDictionary[Doc, list[tuple[int, int]]] = weakref.WeakKeyDictionary()


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


def doc_lowers(doc: Doc) -> list[str]:
    """Each word's ``lower_``, read once per doc (a slice of it gives a span's words)."""
    lowers = _LOWERS.get(doc)
    if lowers is None:
        lowers = _LOWERS[doc] = [t.lower_ for t in tokens(doc)]
    return lowers


# The doc being coded and its Token objects, made once (``Coder.code_doc``). A Token holds its doc, so a table keyed
# by the doc would keep every coded doc alive: the list lives only while the doc is coded.
_KEPT: list = [None, None]


@contextmanager
def tokens_kept(doc: Doc) -> Iterator[None]:
    """While the block runs, :func:`tokens` of ``doc`` and of its spans reads one list of its Token objects: spaCy
    builds a new Token on each step of ``for t in doc`` (the coder walks each sentence some thirty times). A
    Token reads its word's parse from the doc on each access, so the tree repairs made meanwhile are seen."""
    before = _KEPT[:]
    _KEPT[:] = [doc, list(doc)]
    try:
        yield
    finally:
        _KEPT[:] = before


_Coding = TypeVar("_Coding", bound=Callable[..., Any])


def keeping_tokens(code: _Coding) -> _Coding:
    """A method ``code(self, doc, ...)`` run inside :func:`tokens_kept` of its doc."""
    @functools.wraps(code)
    def coded(self: Any, doc: Doc, *args: Any, **kwargs: Any) -> Any:
        with tokens_kept(doc):
            return code(self, doc, *args, **kwargs)
    return coded  # type: ignore[return-value]


def tokens(words: Doc | Span) -> list[Token]:
    """The words of a doc or span, in order: ``list(words)``, from the list :func:`tokens_kept` keeps."""
    if isinstance(words, Span):
        if words.doc is _KEPT[0]:   # same object: not a token
            return _KEPT[1][words.start:words.end]
    elif words is _KEPT[0]:   # same object: not a token
        return _KEPT[1]
    return list(words)


def fix_sentences(doc: Doc) -> None:
    """Once the parse repairs are done (re-hanging a word can move a sentence boundary), ``Token.sent`` reads each
    word's sentence from a table made here: spaCy's own ``Token.sent`` walks the words to the sentence's ends and
    builds two spans on each read (asked about 90 times per article). The same sentences, as spans.

    The table holds word offsets, not spans, and the hook is a plain function: a span holds its doc, so a
    table of spans reached from the doc's own hooks would keep every coded doc (and the memos keyed by it)
    alive after the caller let it go."""
    table: list[tuple[int, int]] = []
    for sent in doc.sents:
        table.extend([(sent.start, sent.end)] * len(sent))
    _BOUNDS[doc] = table
    doc.user_token_hooks["sent"] = _sentence_of


def _sentence_of(tok: Token) -> Span:
    start, end = _BOUNDS[tok.doc][tok.i]
    return tok.doc[start:end]


def unfix_sentences(doc: Doc) -> None:
    """``Token.sent`` walks the parse again (before repairs, which can move sentence boundaries)."""
    doc.user_token_hooks.pop("sent", None)
    _BOUNDS.pop(doc, None)
