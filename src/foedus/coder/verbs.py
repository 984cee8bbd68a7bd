"""Verb patterns: which CAMEO code a verb (or event noun) and the words around it carry.

Data, not code: data/verbs/cameo_verbs.jsonl (converted from PETRARCH2's CAMEO.2.0 verb dictionary),
data/verbs/synsets.jsonl (its synonym sets), data/verbs/foedus_verbs.yaml (our curated patterns, which
win ties and override defaults) and data/verbs/nouns.yaml (event nouns). Formats: docs/verbs.md.

Pattern elements, in order: ``word``, ``&synset`` (any member), ``{compound noun}`` (adjacent words)
and ``(prep words)`` (the preposition, then the words). A pattern matches when its after-elements
occur among the words after the verb in that order (gaps allowed) and its before-elements among
the words before it. The most specific match (most words) wins; a curated pattern wins a tie.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Iterable, Sequence

from .. import data, taxonomy
from ..errors import DataError, Errors

CONVERTED = "verbs/cameo_verbs.jsonl"
SYNSETS = "verbs/synsets.jsonl"
CURATED = "verbs/foedus_verbs.yaml"
NOUNS = "verbs/nouns.yaml"

_ELEMENT = re.compile(r"\([^)]*\)|\{[^}]*\}|\S+")


@dataclass(frozen=True)
class VerbMatch:
    code: str             # CAMEO code, e.g. "111"
    pattern: str          # readable pattern that matched, e.g. "condemn *"
    specificity: int      # number of pattern words matched besides the verb


@lru_cache(maxsize=1)
def _not_plurals() -> frozenset[str]:
    """Words ending in -s that are no plurals (lexicon actor_cues not_plurals: "news", "us")."""
    from .. import lexicon

    return lexicon.words("actor_cues", "not_plurals")


@lru_cache(maxsize=65536)
def normal(word: str) -> str:
    """Lower-case singular form, so "sanctions"/"sanction" and "arms"/"arm" compare equal (remembered per word: the
    verb patterns ask it of each word after each verb, some 200 times per article)."""
    w = word.lower().strip()
    if w in _not_plurals():
        return w   # (econ28) "news" is not "new": "asked for new credits" is no request for news (&information, 0214)
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith("sses"):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


# Hyphens between words, which spaCy makes tokens of their own ("no", "-", "fly"): no word of a pattern
HYPHENS = frozenset({"-", "\u2010", "\u2011"})
# where spaCy's English tokenizer splits a word at a hyphen: a letter or digit before it, a letter after it
_HYPHEN_SPLIT = re.compile(r"(?<=[a-z0-9])-(?=[a-z])")


def _token_words(word: str) -> tuple[str, ...]:
    """A pattern word as the tokens the parse makes of it, normalised: a word hyphened to a word is its parts ("no-fly":
    "no", "fly"; "{fact-finding mission}"; not "f-16", which spaCy keeps whole) unless the tokenizer keeps it whole as
    a dictionary word (``hyphens.retokenize``: "sit-in"; "cease-fire", read "ceasefire")."""
    parts = _HYPHEN_SPLIT.split(word)
    if len(parts) == 1:
        return (normal(word),)
    from .hyphens import _base

    base = _base(word.lower())
    if base is not None:
        return (normal(base),)
    return tuple(normal(w) for w in parts if w)


def _with_parts(word: str) -> tuple[str, ...]:
    """A word of the clause, then, for a hyphenated word the tokenizer kept whole ("re-election"), its parts: a
    pattern that names the last ("dispute * election") still reads it."""
    if "-" not in word:
        return (word,)   # nothing to split (the split is at a hyphen only)
    parts = _HYPHEN_SPLIT.split(word)
    return (word,) if len(parts) == 1 else (word, *(p for p in parts if p))


def clause_words(words: Sequence[str]) -> tuple[str, ...]:
    """The words a pattern is matched against: normalised, without hyphen tokens, a hyphenated word with its parts."""
    return tuple([normal(p) for w in words if w not in HYPHENS for p in _with_parts(w)])


# A unit is one pattern element: alternatives, each a tuple of adjacent normalised words.
Unit = tuple[tuple[str, ...], ...]


@dataclass
class _Pattern:
    code: str | None
    after: tuple[Unit, ...]
    before: tuple[Unit, ...]
    specificity: int
    curated: bool
    order: int
    text: str
    verb: str = ""         # the verb as listed ("rule out"), so a curated entry can replace its rows
    is_default: bool = False
    words: frozenset[str] = field(default_factory=frozenset)  # every word any unit needs: quick reject
    # (after, before) units indexed by first word (_index), made on the pattern's first match attempt
    indexed: tuple | None = field(default=None, repr=False, compare=False)
    # (after, before): each unit's first words (_firsts), made on the pattern's first match attempt
    firsts: tuple | None = field(default=None, repr=False, compare=False)

    def rank(self) -> tuple[int, int, int]:
        return (-self.specificity, 0 if self.curated else 1, self.order)

    def may_match(self, after_present: set[str], before_present: set[str]) -> bool:
        """A quick reject of ``matches``: False when some unit has no alternative whose first word is among the
        words (nine in ten patterns tried fail so, most of them on a unit of synonyms)."""
        if self.firsts is None:
            self.firsts = (_firsts(self.after), _firsts(self.before))
        after, before = self.firsts
        for firsts in after:
            if after_present.isdisjoint(firsts):
                return False
        for firsts in before:
            if before_present.isdisjoint(firsts):
                return False
        return True

    def matches(self, after_words: Sequence[str], before_words: Sequence[str]) -> bool:
        """``_find`` of the after- and before-units, each unit's alternatives looked up by first word."""
        if self.indexed is None:
            self.indexed = (tuple(_index(u) for u in self.after), tuple(_index(u) for u in self.before))
        return _find_indexed(self.after, self.indexed[0], after_words) and \
            _find_indexed(self.before, self.indexed[1], before_words)


def _find(units: Sequence[Unit], words: Sequence[str]) -> bool:
    """True when the units occur in ``words`` in order (each alternative as adjacent words)."""
    pos = 0
    for unit in units:
        best = _unit_end(unit, words, pos)
        if best is None:
            return False
        pos = best
    return True


def _unit_end(unit: Unit, words: Sequence[str], pos: int) -> int | None:
    """Where the earliest-ending alternative of ``unit`` found at or after ``pos`` ends (None: none found)."""
    best = None
    for alt in unit:
        n = len(alt)
        for i in range(pos, len(words) - n + 1):
            if best is not None and i + n >= best:
                break
            if words[i:i + n] == alt:
                best = i + n
                break
    return best


def _index(unit: Unit) -> dict[str, tuple[tuple[str, ...], ...]] | None:
    """A unit's alternatives by their first word (None when one is empty: ``_find`` reads that unit)."""
    if any(not alt for alt in unit):
        return None
    index: dict[str, tuple[tuple[str, ...], ...]] = {}
    for alt in unit:
        index[alt[0]] = index.get(alt[0], ()) + (alt,)
    return index


def _firsts(units: Sequence[Unit]) -> tuple[frozenset[str], ...]:
    """Each unit's first words, one of which any match of it starts with (a unit with an empty alternative, which
    matches anywhere, is left out)."""
    return tuple(frozenset(alt[0] for alt in unit) for unit in units if all(unit))


def _find_indexed(units: Sequence[Unit], indexes: Sequence[dict | None], words: Sequence[str]) -> bool:
    """``_find`` (same answer): each unit ends where the earliest-ending of its alternatives does, found by one
    pass over the words from ``pos`` that looks up the alternatives starting with each word, instead of one pass
    per alternative (a synonym set has dozens)."""
    pos = 0
    size = len(words)
    for unit, index in zip(units, indexes):
        if index is None:   # an empty alternative: the plain scan
            best = _unit_end(unit, words, pos)
            if best is None:
                return False
            pos = best
            continue
        best = None
        for i in range(pos, size):
            if best is not None and i + 1 >= best:
                break   # an alternative starting here ends at i + 1 or later
            alts = index.get(words[i])
            if alts is not None:
                for alt in alts:
                    end = i + len(alt)
                    if (best is None or end < best) and words[i:end] == alt:
                        best = end
        if best is None:
            return False
        pos = best
    return True


class VerbDictionary:
    """Verb and event-noun patterns indexed by lemma; build once (``default()``) and reuse."""

    def __init__(self, converted: Iterable[dict], synsets: dict[str, list[str]], curated: list[dict],
                 nouns: list[dict]):
        self.synsets = {name: tuple(tuple(normal(w) for w in m.split()) for m in members if m.strip())
                        for name, members in synsets.items()}
        self._verbs: dict[str, list[_Pattern]] = {}
        self._nouns: dict[str, list[_Pattern]] = {}
        self._order = 0
        self.conflicts: dict[str, list[str | None]] = {}   # lemma -> defaults of the blocks that list it
        self._keyed_cache: dict[tuple[bool, str], tuple[tuple[int, ...], dict[str, tuple[int, ...]]]] = {}
        self._load_converted(list(converted))
        self._load_curated(curated, self._verbs, "verbs", CURATED)
        self._load_curated(nouns, self._nouns, "nouns", NOUNS)
        for table in (self._verbs, self._nouns):
            for pats in table.values():
                pats.sort(key=_Pattern.rank)

    # ---- loading --------------------------------------------------------------------------
    @classmethod
    @lru_cache(maxsize=1)
    def default(cls) -> "VerbDictionary":
        """The packaged dictionaries, loaded and validated once per process (from the disk cache when built
        before with the same data)."""
        from ..cache import cached

        return cached("verbs", cls._build_default)

    @classmethod
    def _build_default(cls) -> "VerbDictionary":
        synsets = {row["name"]: row["members"] for row in data.read_jsonl(SYNSETS)}
        curated = (data.read_yaml(CURATED) or {}).get("verbs", [])
        nouns = (data.read_yaml(NOUNS) or {}).get("nouns", [])
        return cls(data.read_jsonl(CONVERTED), synsets, curated, nouns)

    def _code(self, code: Any, where: str, entry: str) -> str | None:   # a raw YAML/JSON value
        if code is None or code == "---":
            return None
        if not taxonomy.is_valid(code):
            raise DataError(Errors.E202.format(
                path=where, entry=entry,
                problem=f"{code!r} is not a CAMEO event code; write it as a quoted string such as \"111\""))
        return code

    def _units(self, elements: Sequence[str], where: str, entry: str) -> list[Unit]:
        units: list[Unit] = []
        for el in elements:
            el = el.strip().lower()
            if el.startswith("(") and el.endswith(")"):
                units.extend(self._units(_ELEMENT.findall(el[1:-1]), where, entry))
            elif el.startswith("{") and el.endswith("}"):
                inner = el[1:-1].split()
                if any(w.startswith("&") for w in inner):   # {&weapon attack}: expand the synset in place
                    alts: list[tuple[str, ...]] = [()]
                    for w in inner:
                        options = self._synset(w[1:], where, entry) if w.startswith("&") else (_token_words(w),)
                        alts = [a + o for a in alts for o in options]
                    units.append(tuple(alts))
                else:
                    units.append((tuple(t for w in inner for t in _token_words(w)),))
            elif el.startswith("&"):
                units.append(self._synset(el[1:], where, entry))
            elif "/" in el and " " not in el:
                # "(in favour/favor)", "(by/with protests)": the words between slashes are alternatives
                units.append(tuple(_token_words(w) for w in el.split("/") if w))
            elif el:
                units.append((tuple(t for w in el.split() for t in _token_words(w)),))
        return units

    def _synset(self, name: str, where: str, entry: str) -> Unit:
        if name not in self.synsets:
            raise DataError(Errors.E202.format(path=where, entry=entry,
                                               problem=f"unknown synonym set &{name}; define it in {SYNSETS}"))
        return self.synsets[name] or (("\x00",),)   # an empty set matches nothing

    def _add(self, table: dict[str, list[_Pattern]], verb: str, code: str | None, before: Sequence[str],
             after: Sequence[str], curated: bool, where: str, entry: str, is_default: bool = False) -> None:
        head, *particle = verb.lower().split()
        after_units: list[Unit] = [(tuple(normal(w) for w in particle),)] if particle else []
        after_units += self._units(after, where, entry)
        before_units = self._units(before, where, entry)
        spec = sum(1 if len(u) > 1 else len(u[0]) for u in after_units + before_units)
        text = " ".join(x for x in [*before, f"{head} {' '.join(particle)}".strip(), "*", *after] if x)
        words = frozenset(u[0][0] for u in after_units if len(u) == 1)
        self._order += 1
        table.setdefault(normal(head) if table is self._nouns else head, []).append(  # same object: not a token
            _Pattern(code, tuple(after_units), tuple(before_units), spec, curated, self._order, text,
                     verb.lower(), is_default, words))

    def _load_converted(self, blocks: list[dict]) -> None:
        owners: dict[str, list[tuple[dict, str | None]]] = {}
        for block in blocks:
            entry = f"block {block.get('id')}"
            default = self._code(block.get("code"), CONVERTED, entry)
            for verb in block["verbs"]:
                own = block.get("verb_codes", {}).get(verb, default)
                owners.setdefault(verb, []).append((block, self._code(own, CONVERTED, entry)))
                for p in block["patterns"]:
                    self._add(self._verbs, verb, self._code(p["code"], CONVERTED, f"line {p.get('source_line')}"),
                              p.get("before", []), p.get("after", []), False, CONVERTED,
                              f"line {p.get('source_line')}")
        for verb, found in owners.items():
            codes = [c for _, c in found]
            if len(set(codes)) > 1:
                self.conflicts[verb] = codes
            # A verb listed in several blocks takes its default from its own block ("ASK FOR"
            # under --- ASK ---), else the first block listing it with a code, else none.
            chosen = next((c for b, c in found if b["id"].lower().replace("_", " ") == verb), None)
            if chosen is None:
                chosen = next((c for c in codes if c), None)
            self._add(self._verbs, verb, chosen, [], [], False, CONVERTED, f"verb {verb}", is_default=True)

    def _load_curated(self, entries: list[dict], table: dict[str, list[_Pattern]], key: str, where: str) -> None:
        for n, item in enumerate(entries, 1):
            names = item.get(key)
            if isinstance(names, str):
                names = [names]
            if not names or not isinstance(names, list):
                raise DataError(Errors.E202.format(path=where, entry=n, problem=f"needs a \"{key}:\" list"))
            entry = f"{n} ({names[0]})"
            default = self._code(item.get("code"), where, entry)
            replace = bool(item.get("replace"))
            for name in names:
                name = name.lower().strip()
                head = normal(name.split()[0]) if table is self._nouns else name.split()[0]  # same object: not a token
                # "code:" replaces the converted default of this verb; "replace: true" drops all
                # its converted patterns too (PETRARCH's are noisy for some frequent verbs).
                if "code" in item or replace:
                    table[head] = [p for p in table.get(head, []) if p.curated or p.verb != name
                                   or not (replace or p.is_default)]
                if "code" in item:
                    self._add(table, name, default, [], [], True, where, entry, is_default=True)
                for pattern, code in (item.get("patterns") or {}).items():
                    before, star, after = str(pattern).partition("*")
                    if not star:
                        raise DataError(Errors.E202.format(path=where, entry=entry, problem=(
                            f"pattern {pattern!r} has no '*' marking the verb; write it like \"* sanction\"")))
                    self._add(table, name, self._code(code, where, entry), _ELEMENT.findall(before),
                              _ELEMENT.findall(after), True, where, entry)

    # ---- matching ---------------------------------------------------------------------------
    def has_verb(self, lemma: str) -> bool:
        return lemma.lower() in self._verbs

    def verbs(self) -> list[str]:
        return sorted(self._verbs)

    def patterns(self, lemma: str) -> list[tuple[str, str | None]]:
        """(readable pattern, code) for a verb, most specific first: for inspection and docs."""
        return [(p.text, p.code) for p in self._verbs.get(lemma.lower(), [])]

    @staticmethod
    def _best(patterns: list[_Pattern], words: Sequence[str], before: Sequence[str],
              keyed: tuple[tuple[int, ...], dict[str, tuple[int, ...]]] | None = None) -> VerbMatch | None:
        after_words = clause_words(words)
        before_words = clause_words(before)
        present, present_before = set(after_words), set(before_words)
        if keyed is None:
            order: Iterable[int] = range(len(patterns))
        else:   # only the patterns whose key word is among the words (or that need none), in their order
            free, by_word = keyed
            order = sorted([*free, *(i for w in present if w in by_word for i in by_word[w])])
        for i in order:       # sorted most specific first, so the first hit wins
            p = patterns[i]
            if p.words and not p.words <= present or not p.may_match(present, present_before):
                continue
            if p.matches(after_words, before_words):
                if p.code is None:
                    return None
                return VerbMatch(code=p.code, pattern=p.text, specificity=p.specificity)
        return None

    def _keyed(self, nouns: bool, key: str, patterns: list[_Pattern]) -> tuple[tuple[int, ...], dict[str, tuple[int, ...]]]:
        """For the quick reject of ``_best``, made once per lemma: the places of the patterns that need no word,
        and of the others by one word each needs (the word fewest of the lemma's patterns need)."""
        found = self._keyed_cache.get((nouns, key))
        if found is None:
            counts: dict[str, int] = {}
            for p in patterns:
                for w in p.words:
                    counts[w] = counts.get(w, 0) + 1
            free: list[int] = []
            by_word: dict[str, list[int]] = {}
            for i, p in enumerate(patterns):
                if p.words:
                    by_word.setdefault(min(p.words, key=lambda w: (counts[w], w)), []).append(i)
                else:
                    free.append(i)
            found = (tuple(free), {w: tuple(ix) for w, ix in by_word.items()})
            self._keyed_cache[(nouns, key)] = found
        return found

    def match(self, lemma: str, words: Sequence[str], before: Sequence[str] = ()) -> VerbMatch | None:
        """Code of verb ``lemma`` given the lemmas after (``words``) and ``before`` it in its clause."""
        key = lemma.lower()
        patterns = self._verbs.get(key)
        if not patterns:
            return None
        return self._best(patterns, words, before, self._keyed(False, key, patterns))

    def names_word(self, lemma: str, word: str) -> bool:
        """Whether a pattern of verb ``lemma`` needs ``word`` ("gather * (in) square" needs "square")."""
        vocab: dict[str, frozenset[str]] = self.__dict__.setdefault("_vocabulary", {})
        key = lemma.lower()
        if key not in vocab:
            vocab[key] = frozenset(w for p in self._verbs.get(key, []) for w in p.words)
        return normal(word) in vocab[key]

    def match_noun(self, lemma: str, words: Sequence[str]) -> VerbMatch | None:
        """Code of an event noun ("sanction", "condemnation") given the lemmas of its modifiers."""
        key = normal(lemma)
        patterns = self._nouns.get(key)
        if not patterns:
            return None
        return self._best(patterns, words, (), self._keyed(True, key, patterns))

    def counts(self) -> dict[str, int]:
        pats = sum(1 for ps in self._verbs.values() for p in ps)
        return {"verbs": len(self._verbs), "patterns": pats, "nouns": len(self._nouns)}
