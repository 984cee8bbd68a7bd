"""Truecasing of ALL-CAPS text before the parse.

spaCy's small English model tags words it sees in capitals as proper nouns: "KENYA ACCUSED SOMALIA
OF SHELLING BORDER VILLAGES" parses as one long name. A sentence (a line, or the text between
sentence ends) whose letters are mostly capitals (``MIN_SHARE`` of them over at least ``MIN_WORDS``
words) is given back its ordinary case: every word lower case except the sentence's first word,
the first word after a dateline dash, "I", and the names foedus knows (phrases of the actor
dictionary, places of the gazetteer, country names, and the dictionary's abbreviations such as
"UN", "NATO", "EU", kept in capitals). Only case changes: the truecased text has exactly the length
of the original, so every offset, evidence span and quote still points at the same characters.

``foedus.coder.nlp`` parses the truecased text and then gives the Doc back the user's words
(``restore``): the output shows the original capitals, with the tags and the parse of the
truecased text. Words come from data files through their loaders: the actor dictionary, the
gazetteer, and ``data/truecase/truecase_words.yaml`` (schema ``TruecaseWords``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .. import data
from ..errors import DataError, Errors

MIN_SHARE = 0.6       # share of a segment's letters that are capitals
MIN_WORDS = 4         # words a segment needs before it is judged
MAX_PHRASE = 6        # longest name phrase looked up, in words
WORDS_FILE = "truecase/truecase_words.yaml"

_WORD = re.compile(r"[A-Za-z][A-Za-z'.\-]*[A-Za-z]|[A-Za-z]")
# a segment ends at a line break or after a sentence end followed by a space; the period of an
# abbreviation ("U.S. troops", "J. Smith") ends none
_SEGMENT = re.compile(r"[^\n]+?(?:[.!?](?<!\.[A-Za-z]\.)(?<!\b[A-Za-z]\.)[\"')\]]*(?=\s)|$)", re.M)
_DATELINE_DASH = re.compile(r"\s(?:-{1,2}|\u2013|\u2014)\s")
# the quick test: three words in capitals in a row ("KENYA ACCUSED SOMALIA"); a text without them
# is never truecased (and costs one regular-expression search)
_THREE_CAPS = re.compile(r"[A-Z]{2,}[^a-z\n]{1,4}?[A-Z]{2,}[^a-z\n]{1,4}?[A-Z]{2,}")


class TruecaseWords(BaseModel):
    """Schema of ``data/truecase/truecase_words.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    schema_version: int = 1
    abbreviations_kept: list[str] = Field(min_length=1)
    common_words: list[str] = Field(min_length=1)
    calendar_abbreviations: list[str] = Field(min_length=1)


def read_words(path: str | Path | None = None) -> TruecaseWords:
    """The truecasing word file (the packaged one, or an edited copy at ``path``), checked against
    ``TruecaseWords``: a file that breaks it stops with E202 naming the file and the entry."""
    name = str(path) if path is not None else WORDS_FILE
    if path is None:
        raw = data.read_yaml(WORDS_FILE)
    else:
        from ..values import load_yaml

        with Path(path).open(encoding="utf-8") as fh:
            raw = load_yaml(fh)
    try:
        words = TruecaseWords.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise DataError(Errors.E202.format(path=name, entry=".".join(str(p) for p in first["loc"]) or "(file)",
                                           problem=first["msg"])) from None
    for w in words.abbreviations_kept:
        if not w.isupper():
            raise DataError(Errors.E202.format(path=name, entry=w, problem="an abbreviation kept must be in capitals"))
    for w in [*words.common_words, *words.calendar_abbreviations]:
        if w != w.lower() or not w.strip():
            raise DataError(Errors.E202.format(path=name, entry=w, problem="a common word must be in lower case"))
    if len(set(words.common_words)) != len(words.common_words):
        raise DataError(Errors.E202.format(path=name, entry="common_words", problem="a word is listed twice"))
    return words


class Names:
    """Known names: lower-case word tuple -> the words as written, and the abbreviations."""

    def __init__(self, phrases: dict[tuple[str, ...], tuple[str, ...]], abbreviations: frozenset[str],
                 calendar: frozenset[str] = frozenset()) -> None:
        self.phrases = phrases
        self.abbreviations = abbreviations
        self.calendar = calendar   # months and days, capitalized before a day's number ("MAY 5")
        self.longest = min(MAX_PHRASE, max((len(k) for k in phrases), default=1))


def english_words(pipeline: Any) -> frozenset[str]:
    """Verbs, adjectives and adverbs of English, with their irregular forms ("struck"), from the
    tables of the spaCy ``pipeline``'s lemmatizer (nouns are left out: they hold place names too)."""
    try:
        lookups = pipeline.get_pipe("lemmatizer").lookups
        index, exceptions = lookups.get_table("lemma_index"), lookups.get_table("lemma_exc")
    except (KeyError, AttributeError, ValueError):   # a pipeline without rule tables: no such words
        return frozenset()
    found: set[str] = set()
    for pos in ("verb", "adj", "adv"):
        if pos in index:
            found.update(index[pos])
        if pos in exceptions:
            found.update(exceptions[pos])
    return frozenset(w for w in found if w.isalpha())


@lru_cache(maxsize=2)
def names(english: frozenset[str] = frozenset()) -> Names:
    """Built once per process from the actor dictionary, the gazetteer and the word file; a single
    word of ``english`` (``english_words``) that names only a person or a town is read as the word."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from .actors import ActorDictionary, _actor_cues, key_of
    from .places import Gazetteer

    words = read_words()
    kept = frozenset(words.abbreviations_kept)
    common = frozenset(words.common_words) | frozenset(STOP_WORDS) | frozenset(_actor_cues().calendar_words)
    phrases: dict[tuple[str, ...], tuple[str, ...]] = {}
    abbreviations: set[str] = set()


    def add(written: str, word_too: bool = False) -> None:
        """``word_too``: a single word that is also an English verb, adjective or adverb is
        still a name (a country, a demonym, an organisation), not a surname or a town."""
        parts = tuple(written.split())
        if not parts or not any(c.isupper() for c in written):
            return
        key = tuple(p.lower() for p in parts)
        if len(key) == 1 and (key[0] in common or (key[0] in english and not word_too)):
            return
        phrases.setdefault(key, parts)

    dictionary = ActorDictionary.default()
    for phrase, sensitive in dictionary.surfaces.items():
        if sensitive:
            bare = phrase.replace(".", "")
            if len(bare) >= 2 and phrase.isupper() and (phrase.lower() not in STOP_WORDS or phrase in kept):
                abbreviations.add(phrase)
        else:
            entries = dictionary.entries.get(key_of(phrase)) or []
            add(phrase, word_too=any(e.kind != "person" for e in entries))
    gazetteer = Gazetteer.default()
    for key, places in gazetteer.places.items():
        if key in gazetteer.not_places:
            continue
        for p in places:
            if p.kind == "country" or p.population >= 100_000 or len(key.split()) > 1:
                if p.name.lower() == key:
                    add(p.name, word_too=p.kind == "country")
                else:
                    add(" ".join(w.capitalize() for w in key.split()), word_too=p.kind == "country")
                break
    for name in gazetteer.country_names:
        add(" ".join(w.capitalize() for w in name.split()), word_too=True)
    # months and days ("JAN 20", "ON TUESDAY"), but not those that are also words ("may", "march")
    for word in [*_actor_cues().calendar_words, *words.calendar_abbreviations]:
        if word not in STOP_WORDS and word not in words.common_words:
            phrases.setdefault((word,), (word.capitalize(),))
    calendar = frozenset([*_actor_cues().calendar_words, *words.calendar_abbreviations])
    return Names(phrases, frozenset(abbreviations), calendar)


def is_shouting(segment: str) -> bool:
    """True when ``segment`` is mostly capitals: ``MIN_SHARE`` of its letters over ``MIN_WORDS`` words."""
    letters = [c for c in segment if c.isalpha()]
    if not letters or len(_WORD.findall(segment)) < MIN_WORDS:
        return False
    return sum(c.isupper() for c in letters) >= MIN_SHARE * len(letters)


def needs_truecase(text: str) -> bool:
    """Cheap test for the whole text: does any of its segments shout?"""
    if not _THREE_CAPS.search(text):
        return False
    return any(is_shouting(m.group()) for m in _SEGMENT.finditer(text))


def _case_segment(segment: str, known: Names) -> str:
    out = list(segment.lower())
    words = list(_WORD.finditer(segment))
    starts = {0} if words else set()
    for dash in _DATELINE_DASH.finditer(segment):
        after = next((k for k, w in enumerate(words) if w.start() >= dash.end()), None)
        if after is not None:
            starts.add(after)

    def put(k: int, written: str) -> None:
        w = words[k]
        original = w.group()
        if len(written) == len(original) and written.lower() == original.lower():
            out[w.start():w.end()] = written
        else:   # "U.S.-LED": only the first letter
            out[w.start()] = original[0].upper()

    k = 0
    while k < len(words):
        original = words[k].group()
        if original in known.abbreviations or original.rstrip(".") in known.abbreviations:
            k += 1          # kept in capitals (the lower-cased copy is overwritten below)
            out[words[k - 1].start():words[k - 1].end()] = original
            continue
        matched = 0
        for n in range(min(known.longest, len(words) - k), 0, -1):
            # a phrase only across words separated by single spaces
            if n > 1 and any(segment[words[j].end():words[j + 1].start()] != " " for j in range(k, k + n - 1)):
                continue
            key = tuple(w.group().lower() for w in words[k:k + n])
            written = known.phrases.get(key)
            if not written and len(key[-1]) > 3 and key[-1].endswith("s"):   # "WEST GERMANS"
                singular = known.phrases.get((*key[:-1], key[-1][:-1]))
                written = (*singular[:-1], singular[-1] + "s") if singular else None
            if written:
                for j, part in enumerate(written):
                    put(k + j, part)
                matched = n
                break
        if matched:
            k += matched
            continue
        dated = (original.lower() in known.calendar
                 and re.match(r"\s+\d{1,2}\b", segment[words[k].end():words[k].end() + 4]) is not None)
        if original == "I" or k in starts or dated:
            out[words[k].start()] = original[0]
        k += 1
    return "".join(out)


def truecase(text: str, english: frozenset[str] = frozenset()) -> str:
    """``text`` with its shouting segments in ordinary case; exactly as long as ``text``.
    ``english``: the words of ``english_words`` (``foedus.coder.nlp`` passes its pipeline's).

    A text without such segments is returned unchanged (the same object).
    """
    if not needs_truecase(text):
        return text
    known = names(english)
    out = list(text)
    for m in _SEGMENT.finditer(text):
        if is_shouting(m.group()):
            out[m.start():m.end()] = _case_segment(m.group(), known)
    cased = "".join(out)
    assert len(cased) == len(text)
    return cased
