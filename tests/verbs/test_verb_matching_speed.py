"""The fast paths of verb-pattern matching (alternatives indexed by first word, patterns keyed by a needed word)
give the same match as the plain scan of every pattern in order."""

from __future__ import annotations

import random

import pytest

from foedus.coder.verbs import VerbDictionary, VerbMatch, _find, _find_indexed, _index, clause_words


@pytest.fixture(scope="module")
def verbs() -> VerbDictionary:
    return VerbDictionary.default()


def _plain(patterns, words, before) -> VerbMatch | None:
    """The reference: every pattern in order, each unit found by ``_find``."""
    after_words = clause_words(words)
    before_words = clause_words(before)
    for p in patterns:
        if _find(p.after, after_words) and _find(p.before, before_words):
            return None if p.code is None else VerbMatch(code=p.code, pattern=p.text, specificity=p.specificity)
    return None


def test_indexed_find_equals_find_on_made_up_units() -> None:
    rng = random.Random(14)
    vocab = ["a", "b", "c", "d", "e"]
    for _ in range(3000):
        units = tuple(tuple(tuple(rng.choice(vocab) for _ in range(rng.randint(0, 3))) for _ in range(rng.randint(1, 4)))
                      for _ in range(rng.randint(0, 3)))
        words = tuple(rng.choice(vocab) for _ in range(rng.randint(0, 9)))
        assert _find_indexed(units, [_index(u) for u in units], words) == _find(units, words), (units, words)


@pytest.mark.parametrize("lemma", ["attack", "call", "launch", "open", "set", "take", "give", "fight", "send", "hold"])
def test_keyed_match_equals_plain_scan(verbs: VerbDictionary, lemma: str) -> None:
    patterns = verbs._verbs[lemma]
    pool = sorted({w for p in patterns for u in (*p.after, *p.before) for alt in u for w in alt})
    pool += ["the", "of", "to", "army", "border", "talk"]
    rng = random.Random(lemma)
    for _ in range(300):
        words = [rng.choice(pool) for _ in range(rng.randint(0, 8))]
        before = [rng.choice(pool) for _ in range(rng.randint(0, 3))]
        assert verbs.match(lemma, words, before) == _plain(patterns, words, before), (words, before)


def test_a_pattern_with_a_synonym_set_still_matches(verbs: VerbDictionary) -> None:
    # "attacked the embassy" vs "attacked ... with rockets": the plain verb and a weapon pattern
    plain = verbs.match("attack", ["the", "embassy"])
    assert plain is not None and plain.code == _plain(verbs._verbs["attack"], ["the", "embassy"], []).code
    assert verbs.match("nonexistentverb", ["the", "embassy"]) is None


def test_normal_is_remembered_and_the_same():
    """(speed23) ``normal`` is remembered per word: the second ask is a cache hit with the same answer."""
    from foedus.coder.verbs import normal

    normal.cache_clear()
    words = ["Sanctions", "arms", "Allies", "glasses", "status", "crisis", "  Talks "]
    first = [normal(w) for w in words]
    assert first == ["sanction", "arm", "ally", "glass", "status", "crisis", "talk"]
    assert [normal(w) for w in words] == first and normal.cache_info().hits == len(words)


def test_quick_reject_never_rejects_a_match() -> None:
    """(speed40) ``may_match``, the first-word check of each unit, says no only where ``matches`` says no."""
    from foedus.coder.verbs import _Pattern

    rng = random.Random(40)
    vocab = ["a", "b", "c", "d", "e"]

    def units() -> tuple:
        return tuple(tuple(tuple(rng.choice(vocab) for _ in range(rng.randint(0, 3))) for _ in range(rng.randint(0, 4)))
                     for _ in range(rng.randint(0, 3)))

    for _ in range(3000):
        p = _Pattern("010", units(), units(), 1, True, 0, "made up")
        words = tuple(rng.choice(vocab) for _ in range(rng.randint(0, 9)))
        before = tuple(rng.choice(vocab) for _ in range(rng.randint(0, 4)))
        if p.matches(words, before):
            assert p.may_match(set(words), set(before)), (p.after, p.before, words, before)
