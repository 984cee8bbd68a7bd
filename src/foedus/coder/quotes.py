"""Quotations and their speakers: “...,” stated Yoon's office -> KORGOV.

A quotation is text between quotation marks. Its speaker is the subject of the verb that
governs it (the reporting verb after it, or the verb it is an object or complement of),
else the source named by "according to X", else the speaker of the previous quotation
in the same sentence. Short title-case phrases in quotes ("New World Order") are names,
not quotations, and are skipped.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from .. import lexicon
from ..schema import Quote
from .doctext import doc_text, sentences, tokens

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .arguments import ArgumentFinder
    from .candidates import Named

_QUOTE_RE = re.compile(r"“([^”]{1,2000})”|\"([^\"\n]{1,2000})\"|«([^»]{1,2000})»")
_MIN_WORDS = 1


def _is_name(text: str) -> bool:
    words = [w for w in re.split(r"\s+", text.strip()) if w]
    if not words or len(words) > 5:
        return False
    small = lexicon.words("event_cues", "title_small_words")
    return all(w[0].isupper() or w.lower() in small for w in words if w[0].isalpha()) and len(words) > 1


def find(doc: Doc, coder: ArgumentFinder) -> list[Quote]:
    """All quotations in ``doc`` with speakers resolved through ``coder`` (a sentence.SentenceCoder)."""
    quotes: list[Quote] = []
    text = doc_text(doc)
    sent_index = {s.start: n for n, s in enumerate(sentences(doc))}
    for m in _QUOTE_RE.finditer(text):
        body = next(g for g in m.groups() if g is not None)
        start, end = m.start(), m.end()
        if not body.strip() or _is_name(body):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        sent = span[0].sent
        speaker = _speaker(span, sent, coder)
        quotes.append(Quote(text=body.strip(), speaker=speaker.to_actor() if speaker else None,
                            sentence=sent_index.get(sent.start, 0), span=[start, end]))
    return quotes


def _quoted_person(verb: Token, coder: ArgumentFinder) -> Named | None:
    """ "IRNA quoted Prime Minister Mousavi as saying ...": the one quoted said it, not the agency."""
    from .coref import words

    if verb.dep_ == "pcomp" and verb.head.lower_ == "as":   # "saying" of "quoted X as saying"
        verb = verb.head.head
    if verb.lemma_.lower() not in set(words()["quoting_verbs"]):
        return None
    for c in verb.children:
        if c.dep_ == "dobj":
            actors = coder.actors_of(c)
            if actors:
                return actors[0]
    return None


def _speaker(span: Span, sent: Span, coder: ArgumentFinder) -> Named | None:
    inside = {t.i for t in tokens(span)}
    # the quote's own root: a token inside whose head lies outside
    roots = [t for t in tokens(span) if t.head.i not in inside or t.head.i == t.i]
    comm = coder.cues.reporting | coder.cues.requesting | lexicon.words("event_cues", "naming_verbs")
    node = roots[0].head if roots else None
    fallback = None
    for _ in range(6):
        if node is None:
            break
        if node.pos_ in {"VERB", "AUX"} and node.i not in inside:
            quoted = _quoted_person(node, coder)
            if quoted is not None:
                return quoted
            sources, _, _ = coder.subjects(node)
            if sources:
                if node.lemma_.lower() in comm:
                    return sources[0]
                fallback = fallback or sources[0]
        if node.head.i == node.i:
            break
        node = node.head
    # a reporting verb right after the quote: “...,” said X / stated X's office
    for t in tokens(sent):
        if t.i > span.end - 1 and t.lemma_.lower() in comm and t.pos_ == "VERB":
            sources, _, _ = coder.subjects(t)
            if sources:
                return sources[0]
            break
    for t in tokens(sent):
        if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.nbor(1).lower_ == "to":
            for p in t.nbor(1).children:
                if p.dep_ == "pobj":
                    actors = coder.actors_of(p)
                    if actors:
                        return actors[0]
    return fallback
