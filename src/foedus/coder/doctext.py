"""The text of a parsed doc and of its spans, joined once per doc; each word's sentence, found once per doc.

spaCy builds ``doc.text`` (and a span's ``.text``) by joining a new Token object per word on each read; the
coder reads the same sentence's text for each of its events (dates, policies, the state of the day) and the
doc's text in several stages. A leaf module: no foedus imports.
"""

from __future__ import annotations

import functools
import weakref
from bisect import bisect_left
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from spacy.attrs import DEP, HEAD, IDX, LEMMA, LOWER, ORTH, POS, SPACY, TAG
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Doc, Span, Token

_TEXTS: weakref.WeakKeyDictionary[Doc, str] = weakref.WeakKeyDictionary()
_LOWERS: weakref.WeakKeyDictionary[Doc, list[str]] = weakref.WeakKeyDictionary()
_BOUNDS: weakref.WeakKeyDictionary[Doc, list[tuple[int, int]]] = weakref.WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per doc (the words of a parse never change; only its tree is repaired); the doc being
    coded keeps it beside its words (read some hundred times per doc: no weak reference made per read)."""
    if doc is _KEPT[0] and _KEPT[6] is not None:   # same object: not a token
        return _KEPT[6]
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = _joined(doc)
    if doc is _KEPT[0]:   # same object: not a token
        _KEPT[6] = text
    return text


def _joined(doc: Doc) -> str:
    """``doc.text`` (each word's ``text_with_ws``: its ``orth_`` and a space where it has one), read from spaCy's
    arrays in one pass: spaCy's own joins a new Token object per word."""
    if not len(doc):
        return ""
    strings = doc.vocab.strings
    return "".join([strings[orth] + " " if space else strings[orth]
                    for orth, space in doc.to_array([ORTH, SPACY]).tolist()])


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
# the doc, its words, its tree (:class:`_Tree`, once its words are Words), its sentences once its parse is final
# (:func:`fix_sentences`: the spans in order, and each by its first word), and what readings of the final parse gave
# per word (:func:`final_reading`), and its text (:func:`doc_text`)
_KEPT: list = [None, None, None, None, None, None, None]


@contextmanager
def tokens_kept(doc: Doc) -> Iterator[None]:
    """While the block runs, :func:`tokens` of ``doc`` and of its spans reads one list of its Token objects: spaCy
    builds a new Token on each step of ``for t in doc`` (the coder walks each sentence some thirty times). A
    Token reads its word's parse from the doc on each access, so the tree repairs made meanwhile are seen."""
    before = _KEPT[:]
    _KEPT[:] = [doc, list(doc), None, None, None, None, None]
    try:
        yield
    finally:
        for word in _KEPT[1] or ():
            if isinstance(word, Word):   # what a Word keeps names other Words: cycles that would keep the doc alive
                word.__dict__.clear()
        _KEPT[:] = before


_Coding = TypeVar("_Coding", bound=Callable[..., Any])
_Value = TypeVar("_Value")


def keeping_tokens(code: _Coding) -> _Coding:
    """A method ``code(self, doc, ...)`` run inside :func:`tokens_kept` of its doc."""
    @functools.wraps(code)
    def coded(self: Any, doc: Doc, *args: Any, **kwargs: Any) -> Any:
        with tokens_kept(doc):
            return code(self, doc, *args, **kwargs)
    return coded  # type: ignore[return-value]


class _Read:
    """A word's parse attribute read from spaCy once, then kept in the :class:`Word`'s own ``__dict__``: the
    descriptor has no ``__set__``, so Python reads the kept value first, as a plain attribute."""

    def __init__(self, read: Callable[[Word], Any]) -> None:
        self.read = read
        self.name = read.__name__

    def __get__(self, word: Word | None, owner: type | None = None) -> Any:
        if word is None:
            return self
        value = self.read(word)
        word.__dict__[self.name] = value
        return value


_SPACY = vars(Token)   # spaCy's own readers of a Token's parse, past what a Word keeps


def _own(word: Token, name: str) -> Any:
    """spaCy's own ``word.<name>``."""
    return _SPACY[name].__get__(word, Token)


def _word_of(tok: Token) -> Token:
    """The kept :class:`Word` at ``tok``'s place (``tok`` itself when its doc is no longer the one coded)."""
    kept = _KEPT[1]
    return kept[tok.i] if tok.doc is _KEPT[0] and kept is not None else tok   # same object: not a token


class _Tree:
    """The parse of the doc being coded as plain lists, read from spaCy's arrays in one pass (``Doc.to_array``): each
    word's head (``i + c.head``, what ``Token.head`` gives) and its children in order. spaCy's ``lefts`` and
    ``rights`` scan the words between a word and its edges for those whose head it is, making a Token for each; the
    same children, left and right of the word, are the words whose head it is (tests/test_doctext.py checks every
    read against spaCy's)."""

    __slots__ = ("heads", "kids")

    def __init__(self, doc: Doc) -> None:
        heads = [i + h for i, h in enumerate(doc.to_array(HEAD).astype("int64").tolist())]
        kids: list[list[int]] = [[] for _ in heads]
        for i, h in enumerate(heads):
            if h != i:
                kids[h].append(i)
        self.heads = heads
        self.kids = kids


def _coded(word: Token) -> bool:
    """Whether ``word`` is one of the kept Words of the doc being coded (a Word kept past its coding reads spaCy's)."""
    kept = _KEPT[1]
    return word.doc is _KEPT[0] and kept is not None and kept[word.i] is word   # same object: not a token


def _tree() -> _Tree:
    """The tree of the doc being coded (made again after a write to a Word's parse)."""
    tree = _KEPT[2]
    if tree is None:
        tree = _KEPT[2] = _Tree(_KEPT[0])
    return tree


def _kept_subtree(word: Word) -> tuple[Token, ...]:
    """spaCy's order of ``Token.subtree`` for a kept Word: each left child's subtree, the word, each right child's
    subtree. Each word below it keeps its own subtree on the way (the rules read the subtrees of a clause and of the
    words in it): one pass over the words whose subtree is not kept yet, each made from its children's."""
    below: list[Word] = []   # the words whose subtree is not kept yet, each before the words under it
    stack = [word]
    while stack:
        w = stack.pop()
        if "subtree" not in w.__dict__:
            below.append(w)
            stack.extend(w.children)
    for w in reversed(below):   # each after every word under it
        out: list[Token] = []
        for c in w.lefts:
            out.extend(c.__dict__["subtree"])
        out.append(w)
        for c in w.rights:
            out.extend(c.__dict__["subtree"])
        w.__dict__["subtree"] = tuple(out)
    return word.__dict__["subtree"]


class Word(Token):
    """A spaCy Token of the doc being coded once its parse is final (:func:`fix_sentences`): it reads its head, its
    children and the rest of its tree and its strings from spaCy once and keeps them, and the words they name are
    the kept Words too. spaCy builds a new Token and looks each string up in its store on every read; the rules read
    the same words' ``.head``, ``.children`` and ``.dep_`` many times over. Equal to (and hashed as) the Token at its
    place, so sets and dicts of tokens are unchanged. A write to a Word's parse goes to the doc (the tree is final
    by then: none does) and forgets what every kept Word read.

    The tree (head, children, lefts, rights, subtree, ancestors) is read from one table of the doc's heads
    (:class:`_Tree`), and the words' strings, places and trees are filled for all of the doc's words at once when
    they are made (nearly every word of a coded doc is read)."""

    @_Read
    def i(self) -> int:
        return _own(self, "i")

    @_Read
    def head(self) -> Token:
        if not _coded(self):
            return _own(self, "head")
        return _KEPT[1][_tree().heads[self.i]]

    @_Read
    def children(self) -> tuple[Token, ...]:
        if not _coded(self):
            return tuple(_own(self, "children"))
        kept = _KEPT[1]
        return tuple(kept[j] for j in _tree().kids[self.i])

    @_Read
    def lefts(self) -> tuple[Token, ...]:
        if not _coded(self):
            return tuple(_own(self, "lefts"))
        i, kept = self.i, _KEPT[1]
        return tuple(kept[j] for j in _tree().kids[i] if j < i)

    @_Read
    def rights(self) -> tuple[Token, ...]:
        if not _coded(self):
            return tuple(_own(self, "rights"))
        i, kept = self.i, _KEPT[1]
        return tuple(kept[j] for j in _tree().kids[i] if j > i)

    @_Read
    def subtree(self) -> tuple[Token, ...]:
        if not _coded(self):
            return tuple(_own(self, "subtree"))
        return _kept_subtree(self)

    @_Read
    def ancestors(self) -> tuple[Token, ...]:
        if not _coded(self):
            return tuple(_own(self, "ancestors"))
        heads, kept = _tree().heads, _KEPT[1]
        out = []
        j = self.i
        for _ in range(len(heads)):   # spaCy's guard: no more ancestors than words
            if heads[j] == j:
                break
            j = heads[j]
            out.append(kept[j])
        return tuple(out)

    @_Read
    def conjuncts(self) -> tuple[Token, ...]:
        return tuple(_word_of(t) for t in _own(self, "conjuncts"))

    @_Read
    def left_edge(self) -> Token:
        return _word_of(_own(self, "left_edge"))

    @_Read
    def right_edge(self) -> Token:
        return _word_of(_own(self, "right_edge"))

    @_Read
    def dep_(self) -> str:
        return _own(self, "dep_")

    @_Read
    def lemma_(self) -> str:
        return _own(self, "lemma_")

    @_Read
    def lower_(self) -> str:
        return _own(self, "lower_")

    @_Read
    def pos_(self) -> str:
        return _own(self, "pos_")

    @_Read
    def tag_(self) -> str:
        return _own(self, "tag_")

    @_Read
    def text(self) -> str:
        return _own(self, "text")

    @_Read
    def sent(self) -> Span:
        return _own(self, "sent")

    @_Read
    def idx(self) -> int:
        return _own(self, "idx")

    def __setattr__(self, name: str, value: Any) -> None:
        descriptor = _SPACY.get(name)
        if descriptor is None or not hasattr(descriptor, "__set__"):
            raise AttributeError(f"a Word keeps only spaCy's own attributes: {name}")
        descriptor.__set__(self, value)
        _KEPT[2] = _KEPT[3] = _KEPT[4] = _KEPT[5] = None   # (a moved boundary: the sentences read from the parse again)
        for word in _KEPT[1] or ():
            if isinstance(word, Word):
                word.__dict__.clear()


def tokens(words: Doc | Span) -> list[Token]:
    """The words of a doc or span, in order: ``list(words)``, from the list :func:`tokens_kept` keeps."""
    if isinstance(words, Span):
        if words.doc is _KEPT[0]:   # same object: not a token
            return _KEPT[1][words.start:words.end]
    elif words is _KEPT[0]:   # same object: not a token
        return _KEPT[1]
    return list(words)


def of_nouns(word: Token) -> list[Token]:
    """The nouns of a word's own "of" phrase ("dozens of hostages", "most of Goma", "a wave of strikes"): where a
    count, a part or a series names what it counts, the counted noun is the one a rule reads."""
    return [o for p in word.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]


def word_at(words: Doc, i: int) -> Token:
    """``words[i]``: the kept Token (a :class:`Word` once the parse is final) when ``words`` is the doc being coded."""
    if words is _KEPT[0]:   # same object: not a token
        return _KEPT[1][i]
    return words[i]


def fix_sentences(doc: Doc) -> None:
    """Once the parse repairs are done (re-hanging a word can move a sentence boundary), ``Token.sent`` reads each
    word's sentence from a table made here: spaCy's own ``Token.sent`` walks the words to the sentence's ends and
    builds two spans on each read (asked about 90 times per article). The same sentences, as spans.

    The table holds word offsets, not spans, and the hook is a plain function: a span holds its doc, so a
    table of spans reached from the doc's own hooks would keep every coded doc (and the memos keyed by it)
    alive after the caller let it go."""
    table: list[tuple[int, int]] = []
    sents = list(doc.sents)
    for sent in sents:
        table.extend([(sent.start, sent.end)] * len(sent))
    _BOUNDS[doc] = table
    doc.user_token_hooks["sent"] = _sentence_of
    if doc is _KEPT[0]:   # same object: not a token (the doc being coded): its words read their parse once from here on
        _KEPT[1] = _words(doc)
        _KEPT[3], _KEPT[4], _KEPT[5] = sents, {sent.start: sent for sent in sents}, {}


def sentences(doc: Doc) -> list[Span]:
    """``list(doc.sents)``: for the doc being coded once its parse is final (:func:`fix_sentences`), one list made
    then (spaCy walks every word and makes new spans on each ``doc.sents``; the coder read them a dozen times per
    doc). The list is shared: read it, never change it."""
    if doc is _KEPT[0] and _KEPT[3] is not None:   # same object: not a token
        return _KEPT[3]
    return list(doc.sents)


def _words(doc: Doc) -> list[Token]:
    """The doc's words as Words, each with its place, strings and tree filled in (from spaCy's arrays, one pass)."""
    vocab = doc.vocab
    strings, names = vocab.strings, POS_NAMES
    tree = _KEPT[2] = _Tree(doc)
    words: list[Token] = []
    for i, (pos, tag, dep, lemma, lower, orth, idx) in enumerate(
            doc.to_array([POS, TAG, DEP, LEMMA, LOWER, ORTH, IDX]).tolist()):
        word = Word(vocab, doc, i)
        word.__dict__.update(i=i, pos_=names[pos], tag_=strings[tag], dep_=strings[dep], lemma_=strings[lemma],
                             lower_=strings[lower], text=strings[orth], idx=idx)
        words.append(word)
    for i, (made, head, below) in enumerate(zip(words, tree.heads, tree.kids)):
        kept = made.__dict__
        kept["head"] = words[head]
        if below:
            children = tuple([words[j] for j in below])
            kept["children"] = children
            left = bisect_left(below, i)   # (the children are in order, none is the word itself)
            kept["lefts"], kept["rights"] = children[:left], children[left:]
        else:
            kept["children"] = kept["lefts"] = kept["rights"] = ()
    return words


def final_reading(word: Token, reading: Callable[[Token], _Value]) -> _Value:
    """``reading(word)``, remembered per word of the doc being coded once its parse is final (:func:`fix_sentences`):
    for a reading of the parse alone (no other state), which the rules ask of the same words many times. Read afresh
    for any other word, and before the parse is final (a repair may yet change what it reads)."""
    tables = _KEPT[5]
    if tables is None or not _coded(word):
        return reading(word)
    table = tables.setdefault(reading, {})
    i = word.i
    if i not in table:
        table[i] = reading(word)
    return table[i]


def _sentence_of(tok: Token) -> Span:
    doc = tok.doc
    start, end = _BOUNDS[doc][tok.i]
    if doc is _KEPT[0] and _KEPT[4] is not None:   # same object: not a token (the kept sentence spans)
        return _KEPT[4][start]
    return doc[start:end]


def unfix_sentences(doc: Doc) -> None:
    """``Token.sent`` walks the parse again (before repairs, which can move sentence boundaries)."""
    doc.user_token_hooks.pop("sent", None)
    _BOUNDS.pop(doc, None)
    if doc is _KEPT[0]:   # same object: not a token
        _KEPT[3] = _KEPT[4] = _KEPT[5] = None
    if doc is _KEPT[0] and _KEPT[1] and isinstance(_KEPT[1][0], Word):   # same object: not a token (repairs may follow): plain Tokens again
        _KEPT[1] = list(doc)
