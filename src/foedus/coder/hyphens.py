"""Hyphenated words as the dictionaries write them, before the parse.

spaCy splits a hyphenated word into three tokens ("sit-in" -> sit, -, in; "test-fired" -> test, -, fired), so a
dictionary verb or event noun written with a hyphen (data/verbs: "sit-in", "tear-gas", "test-fire", "re-open",
"gang-rape"; data/events/event_words.yaml: "stone-thrower", "machine-gun") could never be a token's lemma. And it
keeps a hyphenated word whole when an abbreviation with periods comes before the hyphen ("U.N.-mediated",
"U.S.-led"), which hides the verb and the name from every rule that reads "UAE-mediated" or "Qatar-brokered".

``retokenize`` runs on the tokenizer's output, before the tagger and parser, and

* joins ``x - y`` (no spaces) into one token when the word, in any inflection, is a hyphenated head word of the
  verb or noun dictionaries or of the event word lists (``hyphen_heads``): the tagger, parser and lemmatizer then read
  it as the one word the dictionary names;
* splits an abbreviation with periods from the word hyphened to it ("U.N.-mediated" -> U.N., -, mediated).

Words hyphenated inside a pattern ("{no-fly zone}", "{fact-finding mission}") are not joined here: the verb matcher
reads them as the adjacent words spaCy makes (``verbs.VerbDictionary``). The text is never changed, only where the
tokens end.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from spacy.tokens import Doc, Token

from .. import data, lexicon

# "U.N.-mediated", "U.S.-led": two or more letters each with its period, a hyphen, a lower-case word (not the
# pair "U.S.-Iraqi", which the rules of hyphened pairs read whole)
_ABBREVIATION_HYPHEN = re.compile(r"^((?:[A-Za-z]\.){2,})-([a-z]{2,})$")
# a hyphen between two words, as the tokenizer leaves it: x, -, y
_HYPHENS = {"-", "\u2010", "\u2011"}
# inflections of a head word: (ending of the text, what replaces it in the dictionary form)
_ENDINGS = (("s", ""), ("es", ""), ("es", "e"), ("ies", "y"), ("ed", ""), ("ed", "e"), ("d", ""), ("ied", "y"),
            ("ing", ""), ("ing", "e"))


def _words(value: object) -> Iterable[str]:
    """Every string in a YAML value (lists, mappings' keys and values, nested)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _words(k)
            yield from _words(v)
    elif isinstance(value, list):
        for v in value:
            yield from _words(v)


def _hyphenated(word: str) -> bool:
    return bool(re.fullmatch(r"[a-z]+(?:-[a-z]+)+", word))


# word lists that name actors or places, not acts: their hyphenated words ("secretary-general") are left to the actor
# dictionary, which reads them as spaCy splits them
_NOT_EVENT_LISTS = {"actor_cues", "place_cues", "date_cues"}


def _names(key: str) -> set[str]:
    """The first words of the ``key`` ("verbs" or "nouns") names of data/verbs."""
    names: set[str] = set()
    if key == "verbs":
        for block in data.read_jsonl("verbs/cameo_verbs.jsonl"):
            names.update(v.split()[0] for v in block.get("verbs", []))
    path = "verbs/foedus_verbs.yaml" if key == "verbs" else "verbs/nouns.yaml"
    for item in (data.read_yaml(path) or {}).get(key, []):
        listed = item.get(key) or []
        names.update(n.split()[0] for n in ([listed] if isinstance(listed, str) else listed))
    return names


@lru_cache(maxsize=1)
def head_words() -> frozenset[str]:
    """The verb and noun names of data/verbs (a multi-word verb by its first word), lower case."""
    return verb_words() | frozenset(w.strip().lower() for w in _names("nouns"))


@lru_cache(maxsize=1)
def verb_words() -> frozenset[str]:
    """The verbs of data/verbs (a multi-word verb by its first word), lower case: the lemmas a joined word may get
    ("teargas", "test-fire", "baton-charge")."""
    return frozenset(w.strip().lower() for w in _names("verbs"))


def joined_past_verb(tok: Token) -> bool:
    """A hyphenated dictionary verb in a past form that :func:`retokenize` joined ("tear-gassed", "baton-charged"):
    the tagger has never seen the joined word and reads it as an adjective, so the parse repairs may read it as the
    verb it is."""
    return "-" in tok.text and tok.lower_.endswith("ed") and tok.lemma_.lower() in verb_words()


@lru_cache(maxsize=1)
def dictionary_words() -> frozenset[str]:
    """The hyphenated single words the dictionaries match as one token's lemma, lower case: verb and noun names of
    data/verbs and the one-word entries of the event word lists (data/events, and data/lexicon but for the actor,
    place and date cues)."""
    words: set[str] = set(head_words())
    lists = [data.read_yaml("events/event_words.yaml"), data.read_yaml("events/cue_words.yaml")]
    lists += [data.read_yaml(f"{lexicon.FOLDER}/{name}.yaml") for name in lexicon.names() if name not in _NOT_EVENT_LISTS]
    for found in lists:
        words.update(w.strip().lower() for w in _words(found))
    return frozenset(w for w in words if re.fullmatch(r"[a-z]+(?:-[a-z]+)+", w))


def _form_of(form: str, words: frozenset[str]) -> str | None:
    """``form`` or, without its inflection, the word of ``words`` it is a form of."""
    if form in words:
        return form
    for ending, repl in _ENDINGS:
        if form.endswith(ending):
            stem = form[: -len(ending)]
            if stem + repl in words and len(stem + repl) > 3:
                return stem + repl
            if ending in {"ed", "ing"} and len(stem) > 3 and stem[-1] == stem[-2] and stem[:-1] in words:
                return stem[:-1]   # a doubled final consonant: "tear-gassed"
    return None


def _base(text: str) -> str | None:
    """The dictionary word a hyphenated word (lower case) is a form of: closed up, a verb or noun of data/verbs
    ("cease-fire": "ceasefire", "air-strikes": "airstrike", "re-opened": "reopen"); else itself or, without its
    inflection, a listed hyphenated word ("test-fired": "test-fire", "sit-ins": "sit-in", "tear-gassed": "tear-gas");
    None when it is neither."""
    return _form_of(text.replace("-", ""), head_words()) or _form_of(text, dictionary_words())


def retokenize(doc: Doc) -> Doc:
    """``doc`` with the dictionaries' hyphenated words joined (their lemma the dictionary's word) and abbreviations
    split from hyphened words (a new Doc with the same text and user data), or ``doc`` itself when there is nothing
    to change."""
    words: list[str] = []
    spaces: list[bool] = []
    lemmas: dict[int, str] = {}
    changed = False
    n, size = 0, len(doc)
    while n < size:
        tok = doc[n]
        # x - y (- z ...): the longest run of hyphened words with no space that is a dictionary word
        end, base = n, None
        k = n
        while doc[n].is_alpha and k + 2 < size and not doc[k].whitespace_ and doc[k + 1].text in _HYPHENS \
                and not doc[k + 1].whitespace_ and doc[k + 2].is_alpha:
            k += 2
            found = _base("-".join(t.lower_ for t in doc[n:k + 1] if t.text not in _HYPHENS))
            if found is not None:
                end, base = k, found
        if base is not None:
            lemmas[len(words)] = base
            words.append(doc[n:end + 1].text)
            spaces.append(bool(doc[end].whitespace_))
            changed = True
            n = end + 1
            continue
        m = _ABBREVIATION_HYPHEN.match(tok.text)
        if m:
            words += [m.group(1), "-", m.group(2)]
            spaces += [False, False, bool(tok.whitespace_)]
            changed = True
        else:
            words.append(tok.text)
            spaces.append(bool(tok.whitespace_))
        n += 1
    if not changed:
        return doc
    out = Doc(doc.vocab, words=words, spaces=spaces)
    out.user_data.update(doc.user_data)
    for i, lemma in lemmas.items():
        out[i].lemma_ = lemma   # the lemmatizer keeps a lemma already set
    return out
