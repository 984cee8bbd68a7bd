"""Policy stances: a state's stated policy (data/treaties/policies.yaml) and signals that it is shifting.

The signal words are in data/lexicon/policy_cues.yaml (read through foedus.lexicon).

A sentence counts when it ties a state (the subject of the signal, else a state named in the
sentence) to a policy topic (the state's stated policy whose topic words appear, or an explicit
"policy" phrase) and carries a shift signal ("considering", "reassess", "a shift in policy",
"a departure from its longstanding policy") or a reaffirmation ("reaffirm", "maintain"). A
sentence that only names "the policy change" continues the policy detected just before it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .. import data, lexicon
from ..coder.doctext import sentences, span_text, tokens, word_at
from ..schema import Actor, Policy

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# foedus.actors.Mention items (start, end, country, sector, ...): typed loosely while the coding modules move.
Mentions = Sequence[Any]

POLICIES_FILE = "treaties/policies.yaml"
CUES = "policy_cues"   # data/lexicon/policy_cues.yaml
# How many sentences back a bare "the policy change" may refer.
CONTINUATION_WINDOW = 2


@dataclass(frozen=True)
class _Data:
    policies: list[dict[str, Any]]
    shift: list[str]
    reaffirm: list[str]
    policy_nouns: frozenset[str]
    person_pronouns: frozenset[str]


@lru_cache(maxsize=1)
def stated_policies() -> _Data:
    raw = data.read_yaml(POLICIES_FILE)
    cues = lexicon.load(CUES)
    assert isinstance(cues, lexicon.PolicyCues), CUES
    return _Data(policies=raw["policies"], shift=list(cues.shift_signals), reaffirm=list(cues.reaffirm_signals),
                 policy_nouns=frozenset(cues.policy_nouns), person_pronouns=frozenset(cues.person_pronouns))


def policies_of(actor: str, on: str | None = None) -> list[dict[str, Any]]:
    """The stated policies of ``actor`` valid on ``on`` (ISO date; any date when None)."""
    out = []
    for p in stated_policies().policies:
        if p["actor"] != actor:
            continue
        if on and (str(p.get("since", "")) > on or (p.get("until") and str(p["until"]) < on)):
            continue
        out.append(p)
    return out


@lru_cache(maxsize=4096)
def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    return re.compile(r"\b" + r"\s+".join(map(re.escape, phrase.split())) + r"\b")


_Words = tuple[dict[str, list[tuple[int, int]]], list[tuple[int, int]]]


def _sentence_words(sent: Span, wanted: frozenset[str] | None = None) -> _Words:
    """Each token of ``sent`` read once (spaCy builds a new Token per access): where each of its words (lemma,
    lower case) stands, as character spans in the sentence, and each token's start character and index.
    ``wanted``: the one-word phrases that will be looked up (the words of other tokens are left out)."""
    offset = sent.start_char
    spans: dict[str, list[tuple[int, int]]] = {}
    starts: list[tuple[int, int]] = []
    for tok in tokens(sent):
        s = tok.idx - offset
        starts.append((s, tok.i))
        lemma, lower = tok.lemma_.lower(), tok.lower_
        if wanted is not None and lemma not in wanted and lower not in wanted:
            continue
        where = (s, s + len(tok.text))
        for word in {lemma, lower}:
            spans.setdefault(word, []).append(where)
    return spans, starts


@lru_cache(maxsize=16)
def _phrase_table(phrases: tuple[str, ...]) -> tuple[frozenset[str], tuple[re.Pattern[str], ...], re.Pattern[str] | None]:
    """A list of phrases split once: its one-word phrases, the patterns of its longer (or hyphenated) ones, and one pattern that
    matches where any longer one does (most sentences hold none: their patterns are not run one by one)."""
    # spaCy splits a hyphenated word ("u-turn", "re-examine") into three tokens: such a phrase is matched on
    # the text, as the phrases of several words are, or it would never match a word.
    singles = frozenset(p for p in phrases if " " not in p and "-" not in p)
    multi = tuple(_phrase_pattern(p) for p in phrases if " " in p or "-" in p)
    anyof = re.compile("|".join(f"(?:{m.pattern})" for m in multi)) if multi else None
    return singles, multi, anyof


def _signals(sent: Span, phrases: Sequence[str], words: _Words | None = None) -> list[tuple[str, int]]:
    """Signals found in ``sent`` as (surface text, token index); longer phrases win over their parts.
    ``words``: :func:`_sentence_words` of ``sent``, when the caller reads it for several lists of phrases.
    (The order the phrases are tried in does not matter: the matches are sorted by start, longest first, and
    two matches with the same start and end are the same text.)"""
    found: list[tuple[str, int, int]] = []   # (text, start_char, end_char)
    text = span_text(sent)
    low = text.lower()
    singles, multi, anyof = _phrase_table(tuple(phrases))
    spans, starts = words if words is not None else _sentence_words(sent, singles)
    if anyof is not None and anyof.search(low):
        for pattern in multi:
            for m in pattern.finditer(low):
                found.append((text[m.start():m.end()], m.start(), m.end()))
    for phrase in singles.intersection(spans):
        found.extend((text[a:b], a, b) for a, b in spans[phrase])
    if not found:
        return []
    kept: list[tuple[str, int, int]] = []
    for item in sorted(found, key=lambda x: (x[1], -(x[2] - x[1]))):
        if any(item[1] < k[2] and k[1] < item[2] for k in kept):
            continue
        kept.append(item)
    out = []
    for word, start, _ in kept:
        i = next((i for s, i in starts if s >= start), sent.end - 1)
        out.append((word, i))
    return out


def _negated(tok: Token) -> bool:
    return any(ch.dep_ == "neg" for ch in tok.children)


_NO_STATE = object()   # the signal's subject is someone other than a state we know


class _MentionIndex:
    """The doc's mentions indexed once per doc (not once per signal): by token, by start, and the
    mentions with a country that name a person (a sector) or not, in order, for "the nearest
    earlier one"."""

    def __init__(self, mentions: Mentions):
        self.mentions = list(mentions)
        self.starts = [m.start for m in self.mentions]
        self.by_token = {i: m for m in self.mentions if m.country for i in range(m.start, m.end)}
        self.earlier: dict[bool, tuple[list[int], list]] = {}
        for person in (True, False):
            kind = [m for m in self.mentions if m.country and ((m.sector is not None) == person)]
            self.earlier[person] = ([m.end for m in kind], kind)
        # ActorMatcher.find gives non-overlapping mentions sorted by start (so ends sorted too);
        # any other list is searched the slow way, with the same answers.
        self.ordered = all(a <= b for a, b in zip(self.starts, self.starts[1:])) and all(
            all(a <= b for a, b in zip(ends, ends[1:])) for ends, _ in self.earlier.values())

    def in_sentence(self, sent: Span) -> list[Any]:
        """The mentions that start inside ``sent``, in order."""
        if not self.ordered:
            return [m for m in self.mentions if sent.start <= m.start < sent.end]
        return self.mentions[bisect_left(self.starts, sent.start):bisect_left(self.starts, sent.end)]

    def last_before(self, i: int, person: bool) -> Any:
        """The last mention with a country ending at or before token ``i`` (a person's or not)."""
        ends, kind = self.earlier[person]
        if not self.ordered:
            earlier = [m for m in kind if m.end <= i]
            return earlier[-1] if earlier else None
        n = bisect_right(ends, i)
        return kind[n - 1] if n else None


def _actor_for(sent: Span, token_index: int, mentions: Mentions, index: _MentionIndex | None = None) -> Any:
    """The state behind a signal: the subject of the signal's verb (or of the nearest verb above it).

    A pronoun subject ("it is considering", "he did not rule out") takes the nearest earlier
    mention of the right kind; any other subject that is not a state gives ``_NO_STATE``.
    ``index``: the doc's mentions indexed once (``detect`` passes it; built here when missing).
    """
    doc = sent.doc
    index = index if index is not None else _MentionIndex(mentions)
    node = word_at(doc, token_index)
    for _ in range(6):
        subjects = [ch for ch in node.children if ch.dep_ in {"nsubj", "nsubjpass"}]
        if subjects:
            subj = subjects[0]
            for t in subj.subtree:
                if t.i in index.by_token:
                    return index.by_token[t.i]
            if subj.pos_ == "PRON":
                person = subj.lower_ in stated_policies().person_pronouns
                return index.last_before(subj.i, person)
            return _NO_STATE
        if node.head.i == node.i:
            break
        node = node.head
    return None


def detect(doc: Doc, mentions: Mentions, date: str | None) -> list[Policy]:
    """Policies whose shift (or reaffirmation) the article reports, one per state and policy."""
    d = stated_policies()
    results: dict[tuple[str, str], Policy] = {}
    last: tuple[tuple[str, str], int] | None = None
    index = _MentionIndex(mentions)
    wanted = _phrase_table(tuple(d.shift))[0] | _phrase_table(tuple(d.reaffirm))[0]
    for n, sent in enumerate(sentences(doc)):
        words = _sentence_words(sent, wanted)
        shifts = _signals(sent, d.shift, words)
        reaffirms = _signals(sent, d.reaffirm, words)
        shift_texts, reaffirm_texts = [], []
        anchor = None
        for text, i in shifts:
            if _negated(word_at(sent.doc, i)):
                reaffirm_texts.append(f"not {text}")
            else:
                shift_texts.append(text)
            anchor = anchor if anchor is not None else i
        for text, i in reaffirms:
            reaffirm_texts.append(text)
            anchor = anchor if anchor is not None else i
        if anchor is None:      # no shift or reaffirm signal in the sentence
            continue
        lemmas = {t.lemma_.lower() for t in tokens(sent)} | {t.lower_ for t in tokens(sent)}
        low = span_text(sent).lower()
        mention = _actor_for(sent, anchor, mentions, index)
        if mention is _NO_STATE:  # same object: not a token
            candidates, mention = [], None
        elif mention is not None:
            candidates = [mention]
        else:
            candidates = [m for m in index.in_sentence(sent) if m.country]
        chosen = None
        for m in candidates:
            for p in policies_of(m.country, date):
                if any((w in lemmas) if " " not in w else (w in low) for w in p["topic_words"]):
                    chosen = (m, p["id"], p["policy"])
                    break
            if chosen:
                break
        if chosen is None and lemmas & d.policy_nouns:
            if mention is not None:
                chosen = (mention, f"{mention.country}:stated", _policy_phrase(sent) or span_text(sent).strip())
            elif last is not None and n - last[1] <= CONTINUATION_WINDOW:
                results[last[0]].signals += [s for s in shift_texts if s not in results[last[0]].signals]
                results[last[0]].shift = results[last[0]].shift or bool(shift_texts)
                results[last[0]].sentences.append(n)
                last = (last[0], n)
                continue
        if chosen is None:
            continue
        m, pid, text = chosen
        key = (m.country, pid)
        if key not in results:
            results[key] = Policy(actor=Actor(text=m.text, code=m.country, country=m.country, sector=None,
                                              name=_name(m.country)),
                                  policy=text, shift=False, signals=[], date=date, sentences=[])
        pol = results[key]
        pol.shift = pol.shift or bool(shift_texts)
        pol.signals += [s for s in shift_texts + reaffirm_texts if s not in pol.signals]
        pol.sentences.append(n)
        last = (key, n)
    return list(results.values())


def _policy_phrase(sent: Span) -> str | None:
    """The noun phrase around "policy" ("its longstanding policy of not supplying weapons ...")."""
    for tok in tokens(sent):
        if tok.lemma_.lower() in stated_policies().policy_nouns and tok.pos_ == "NOUN":
            span = sent.doc[tok.left_edge.i: tok.right_edge.i + 1]
            return span.text
    return None


def _name(code: str) -> str | None:
    from .treaties import load

    return load().country_name(code)   # a broken registry raises E501/E502: never skipped
