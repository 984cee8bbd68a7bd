"""The pipeline's attribute ruler (fine tag -> POS and morphology, a few lemma exceptions), applied without the Matcher.

spaCy's ``attribute_ruler`` runs its ~180 patterns through the token Matcher on every document, and that pass costs
about a fifth of the parse (``bench/bench_code.py``). Almost every pattern looks at one token and only at its tag,
lower-case form, dependency label or whitespace flag, so its outcome is a function of those four values: this
component works it out once per distinct combination, keeps it, and sets each token's attributes from the kept
answer. The few patterns that span two tokens ("gon na", "let 's") are checked only where their first token fits.

The result is the ruler's own, token for token: the same attributes in the same order of precedence (a later
pattern wins, as in ``AttributeRuler.match``), set by spaCy's own ``set_token_attrs``. ``FastAttributeRuler.from_ruler``
returns None when a pattern uses something this reading does not know (another attribute or operator), and the
pipeline then keeps spaCy's ruler.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Callable

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens._retokenize import set_token_attrs

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from spacy.tokens import Doc

# the token attributes a pattern may test, in the order of the key this module caches on
_KEYS = ("TAG", "LOWER", "DEP", "IS_SPACE")
_ARRAY_ATTRS = [TAG, LOWER, DEP, IS_SPACE]

Key = tuple[str, str, str, bool]
Test = Callable[[Key], bool]


def _value_test(slot: int, spec: Any) -> Test | None:
    """A test of one attribute of the key against a pattern's value: a plain value, IN, NOT_IN or REGEX."""
    if isinstance(spec, (str, bool)):
        return lambda key: key[slot] == spec
    if isinstance(spec, dict) and len(spec) == 1:
        (op, arg), = spec.items()
        if op == "IN" and isinstance(arg, list):
            members = frozenset(arg)
            return lambda key: key[slot] in members
        if op == "NOT_IN" and isinstance(arg, list):
            others = frozenset(arg)
            return lambda key: key[slot] not in others
        if op == "REGEX" and isinstance(arg, str):
            rx = re.compile(arg)
            return lambda key: bool(rx.search(str(key[slot])))
    return None


def _token_test(token_pattern: dict[str, Any]) -> Test | None:
    tests = []
    for name, spec in token_pattern.items():
        if name not in _KEYS:
            return None
        test = _value_test(_KEYS.index(name), spec)
        if test is None:
            return None
        tests.append(test)
    return lambda key: all(t(key) for t in tests)


class FastAttributeRuler:
    """Drop-in for a loaded ``AttributeRuler``: same patterns, same result, no Matcher pass."""

    def __init__(self, ruler: AttributeRuler, single: list[tuple[int, Test]],
                 multi: list[tuple[int, list[Test]]]) -> None:
        self.ruler = ruler
        self.vocab = ruler.vocab
        self._attrs: list[dict] = list(ruler.attrs)
        self._indices: list[int] = list(ruler.indices)
        self._single = single
        self._multi = multi
        # hashes of (tag, lower, dep, is_space) -> (ids of the one-token patterns that fit, in order, their attributes
        # merged in that order, ids of the longer patterns whose first token fits)
        self._cache: dict[tuple[int, int, int, int], tuple[tuple[int, ...], dict, tuple[int, ...]]] = {}

    @classmethod
    def from_ruler(cls, ruler: AttributeRuler) -> FastAttributeRuler | None:
        single: list[tuple[int, Test]] = []
        multi: list[tuple[int, list[Test]]] = []
        entries: list[dict[str, Any]] = list(ruler.patterns)
        for attr_id, entry in enumerate(entries):
            for pattern in entry["patterns"]:
                maybe = [_token_test(tok) for tok in pattern]
                tests = [t for t in maybe if t is not None]
                index = entry["index"]
                if not tests or len(tests) < len(maybe) or not -len(tests) <= index < len(tests):
                    return None
                if len(tests) == 1:
                    single.append((attr_id, tests[0]))
                else:
                    multi.append((attr_id, tests))
        return cls(ruler, single, multi)

    def _entry(self, hashes: tuple[int, int, int, int], strings: Any) -> tuple[tuple[int, ...], dict, tuple[int, ...]]:
        key = self._key(hashes, strings)
        ids = tuple(sorted({attr_id for attr_id, test in self._single if test(key)}))
        merged: dict = {}
        for attr_id in ids:
            merged.update(self._attrs[attr_id])
        starts = tuple(n for n, (_, tests) in enumerate(self._multi) if tests[0](key))
        entry = (ids, merged, starts)
        self._cache[hashes] = entry
        return entry

    def __call__(self, doc: Doc) -> Doc:
        rows = [tuple(row) for row in doc.to_array(_ARRAY_ATTRS).tolist()] if len(doc) else []
        cache = self._cache
        strings = doc.vocab.strings   # the document's own: its words are there, whatever vocab made it
        entries = [cache.get(row) or self._entry(row, strings) for row in rows]
        matches: list[tuple[int, int, int]] = []   # (pattern id, start, end) of the longer patterns
        for start, entry in enumerate(entries):
            for n in entry[2]:
                attr_id, tests = self._multi[n]
                end = start + len(tests)
                if end <= len(rows) and all(test(self._key(rows[start + k], strings)) for k, test in enumerate(tests[1:], 1)):
                    matches.append((attr_id, start, end))
        if not matches:
            for i, entry in enumerate(entries):
                if entry[1]:
                    set_token_attrs(doc[i], entry[1])
            return doc
        # a longer pattern fits somewhere: apply every match in the ruler's own order (pattern id, then start)
        every = matches + [(attr_id, i, i + 1) for i, entry in enumerate(entries) for attr_id in entry[0]]
        for attr_id, start, end in sorted(set(every)):
            index = self._indices[attr_id]
            set_token_attrs(doc[start + index if index >= 0 else end + index], self._attrs[attr_id])
        return doc

    @staticmethod
    def _key(hashes: tuple[int, ...], strings: Any) -> Key:
        """The strings the patterns test, from the hashes of ``Doc.to_array`` (0: the attribute is unset)."""
        return (strings[hashes[0]] if hashes[0] else "", strings[hashes[1]] if hashes[1] else "",
                strings[hashes[2]] if hashes[2] else "", bool(hashes[3]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)

    def __getattr__(self, name: str) -> Any:
        # everything else (patterns, scoring, serialisation) is the wrapped ruler's
        return getattr(self.ruler, name)


@Language.factory("foedus_attribute_ruler", default_config={"patterns": []})
def make_attribute_ruler(nlp: Language, name: str, patterns: list) -> Any:
    """The ruler of ``patterns`` (spaCy's own ``add_patterns``), read by ``FastAttributeRuler`` when it can be."""
    ruler = AttributeRuler(nlp.vocab, name)
    ruler.add_patterns(patterns)
    return FastAttributeRuler.from_ruler(ruler) or ruler


def install(nlp: Language) -> Language:
    """Put the fast reading of the pipeline's ``attribute_ruler`` in its place, under the same name."""
    if "attribute_ruler" in nlp.pipe_names:
        old = nlp.get_pipe("attribute_ruler")
        if isinstance(old, AttributeRuler) and FastAttributeRuler.from_ruler(old) is not None:
            nlp.replace_pipe("attribute_ruler", "foedus_attribute_ruler", config={"patterns": old.patterns})
    return nlp
