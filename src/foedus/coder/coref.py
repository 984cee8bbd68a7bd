"""Pronouns resolved within one article: "He warned ..." after a sentence about Yoon.

Deliberately simple and predictable: a pronoun takes the most recent compatible actor
mention before it (people for he/she, states and organisations for it, a conjoined group
or plural actor for they). Wrong antecedents are rarer than one might fear in news prose,
where the subject of the previous sentence is usually meant.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from .. import data, lexicon
from .syntax import SUBJECTS

if TYPE_CHECKING:
    from .actors import Mention

PERSONAL = lexicon.words("actor_cues", "personal_pronouns")
NEUTER = lexicon.words("actor_cues", "neuter_pronouns")
PLURAL = lexicon.words("actor_cues", "plural_pronouns")
PRONOUNS = PERSONAL | NEUTER | PLURAL


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """Agent nouns that name one person ("the president ... he"); others name bodies ("the government ... it")."""
    return frozenset(data.read_yaml("events/event_words.yaml")["person_nouns"])


def _is_person(m: Mention) -> bool:
    if m.kind == "person":
        return True
    if m.kind != "agent" or _plural_text(m.text):
        return False
    words = m.text.lower().replace("-", " ").split()
    return any(w in person_nouns() for w in words)


def _plural_text(text: str) -> bool:
    last = text.split()[-1].lower() if text.split() else ""
    return last.endswith("s") and not last.endswith("ss") and last not in lexicon.words("actor_cues", "not_plurals")


def conjoined_groups(doc: Doc, mentions: list) -> list[list]:
    """Groups of mentions joined by "and" ("Kim and Putin", "Russia and North Korea")."""
    by_head = {m.head: m for m in mentions}
    groups = []
    for m in mentions:
        tok = doc[m.head]
        conj = [by_head[c.i] for c in tok.children if c.dep_ == "conj" and c.i in by_head]
        # spaCy chains conjuncts: A -> conj B -> conj C
        frontier = list(conj)
        while frontier:
            nxt = frontier.pop()
            more = [by_head[c.i] for c in doc[nxt.head].children if c.dep_ == "conj" and c.i in by_head]
            conj.extend(more)
            frontier.extend(more)
        if conj and tok.dep_ != "conj":
            groups.append([m, *conj])
    return groups


def _clause_subject_of_object(doc: Doc, tok: Token) -> Token | None:
    """The subject of the clause whose verb has ``tok`` as its object ("accusing it": the subject
    of the clause the participle hangs from); None when ``tok`` is no object pronoun."""
    if tok.dep_ not in {"dobj", "dative"} or tok.lower_ not in {"it", "him", "her"}:
        return None
    verb = tok.head
    for _ in range(3):
        subj = [c for c in verb.children if c.dep_ in SUBJECTS]
        if subj:
            return subj[0]
        if verb.dep_ not in {"advcl", "xcomp", "conj", "acl"} or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def resolve(doc: Doc, mentions: list) -> dict[int, list]:
    """Map each pronoun token index to the mention(s) it refers to."""
    ordered = sorted(mentions, key=lambda m: m.start)
    groups = conjoined_groups(doc, ordered)
    group_at = {g[-1].end: g for g in groups}  # a group becomes available after its last member
    out: dict[int, list] = {}
    last_person = last_thing = last_subject = last_subject_person = None
    last_group: list | None = None
    sent_no = {s.start: n for n, s in enumerate(doc.sents)}
    sent_of = lambda i: sent_no.get(doc[i].sent.start, 0)  # noqa: E731
    k = 0
    n = len(ordered)
    for tok in doc:
        while k < n and ordered[k].end <= tok.i:
            m = ordered[k]
            if _is_person(m):
                last_person = m
                if doc[m.head].dep_ in SUBJECTS:
                    last_subject_person = m
            elif m.kind != "person":
                last_thing = m
                if doc[m.head].dep_ in SUBJECTS:
                    last_subject = m
                if _plural_text(m.text):
                    last_group = [m]
            if m.end in group_at:
                last_group = group_at[m.end]
            k += 1
        low = tok.lower_
        if low not in PRONOUNS or tok.pos_ != "PRON" and tok.tag_ not in {"PRP", "PRP$"}:
            continue
        subject = _clause_subject_of_object(doc, tok) if low in PERSONAL | NEUTER else None
        if subject is not None:
            # "Saudi Arabia cut ties with Qatar, accusing it of ...": an object pronoun is never its own
            # clause's subject (that would be "itself"); the most recent other mention is meant
            last = last_person if low in PERSONAL else last_thing
            pick = last if last is not None and not (last.start <= subject.i < last.end) else None
            if pick is not None:
                out[tok.i] = [pick]
                continue
        if low in PERSONAL and last_person is not None:
            # "Katsav refused to meet King Abdullah, saying he would ...": the subject of the
            # sentence beats a more recent object
            if last_subject_person is not None and sent_of(tok.i) == sent_of(last_subject_person.head):
                out[tok.i] = [last_subject_person]
            else:
                out[tok.i] = [last_person]
        elif low in NEUTER and last_thing is not None:
            # the subject of this or the previous sentence beats a more recent object
            if last_subject is not None and sent_of(tok.i) - sent_of(last_subject.head) <= 1:
                out[tok.i] = [last_subject]
            else:
                out[tok.i] = [last_thing]
        elif low in PLURAL:
            if last_group:
                out[tok.i] = list(last_group)
            elif last_thing is not None:
                out[tok.i] = [last_thing]
    return out
