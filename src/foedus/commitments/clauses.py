"""Commitment clauses from news text, in the registry's structure, matched to the registry.

A commitment clause is a sentence where an agreement obliges a party to act if a party is
attacked: the trigger comes from the conditional clause, the obligation from the main clause,
conditions from the same or the next sentence ("This clause is subject to ..."), parties from
the signatories named in the article, the source from "according to X" or "X reported". The
wording gives a strength on the registry's 0..5 scale (rules in
``data/lexicon/commitment_cues.yaml``); the clause is then matched to the registry by parties,
kind and date, and compared with it (strength, trigger, conditions).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .. import lexicon
from ..coder.doctext import sentences as doc_sentences, span_text, tokens, word_at
from ..schema import Actor, Commitment
from ..values import iso_day_or_none

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .treaties import Clause

# foedus.actors.Mention items (start, end, country, sector, ...): typed loosely while the coding modules move.
Mentions = Sequence[Any]

CUES = "commitment_cues"   # data/lexicon/commitment_cues.yaml: every word this module looks for
# Registry codes, not words (they stay in Python, beside treaties.CONDITION_KINDS and CLAUSE_KINDS):
# the condition kinds a news text can state (the others describe scope or practice), and the clause
# kinds that count as one family when a clause is matched to the registry.
TEXT_CONDITION_KINDS = {"un_art51", "constitutional_processes", "national_law", "request_by_victim"}
DEFENCE_FAMILY = {"mutual_defence", "collective_defence", "mutual_assistance", "military_aid", "unilateral_guarantee"}


@dataclass(frozen=True)
class _Cues:
    agreement: re.Pattern
    commitment_verbs: frozenset[str]
    modals: frozenset[str]
    conditional: tuple[str, ...]
    attack: dict[str, re.Pattern]
    attack_labels: dict[str, str]
    either: re.Pattern
    either_label: str
    one_label: str
    obligations: dict[str, re.Pattern]
    subsumes: dict[str, list[str]]
    strength_rules: list[dict[str, Any]]
    condition_markers: re.Pattern
    condition_end: re.Pattern
    condition_separator: re.Pattern
    condition_kinds: dict[str, re.Pattern]
    condition_labels: dict[str, str]
    refers_back: re.Pattern
    signing_verbs: frozenset[str]
    reporting_verbs: frozenset[str]
    source_markers: tuple[str, ...]
    between: re.Pattern
    joiners: frozenset[str]


@lru_cache(maxsize=1)
def cues() -> _Cues:
    raw = lexicon.load(CUES)
    assert isinstance(raw, lexicon.CommitmentCues), CUES
    nouns = "|".join(raw.agreement_nouns)
    markers = sorted(raw.condition_markers, key=len, reverse=True)
    return _Cues(
        agreement=re.compile(rf"\b(?:{nouns})s?\b", re.I),
        commitment_verbs=frozenset(raw.commitment_verbs),
        modals=frozenset(raw.commitment_modals),
        conditional=tuple(raw.conditional_markers),
        attack={k: re.compile(v, re.I) for k, v in raw.attack_words.items()},
        attack_labels=dict(raw.attack_labels),
        either=re.compile(raw.either_party, re.I),
        either_label=raw.either_party_label,
        one_label=raw.one_party_label,
        obligations={k: re.compile(v, re.I) for k, v in raw.obligation_phrases.items()},
        subsumes={k: list(v) for k, v in raw.obligation_subsumes.items()},
        strength_rules=[r.model_dump() for r in raw.strength_rules],
        condition_markers=re.compile(r"\b(?:" + "|".join(re.escape(m) for m in markers) + r")\b", re.I),
        condition_end=re.compile(raw.condition_end),
        condition_separator=re.compile(raw.condition_separator),
        condition_kinds={k: re.compile(v, re.I) for k, v in raw.condition_kinds.items()},
        condition_labels=dict(raw.condition_labels),
        refers_back=re.compile(raw.refers_back, re.I),
        signing_verbs=frozenset(raw.signing_verbs),
        reporting_verbs=frozenset(raw.reporting_verbs),
        source_markers=tuple(raw.source_markers),
        between=re.compile(r"\b(?:" + "|".join(re.escape(w) for w in raw.between_words) + r")\b"),
        joiners=frozenset(raw.party_joiners),
    )


@dataclass
class _Clause:
    """What one sentence says, before parties and the registry are added."""

    sent_index: int
    trigger_kinds: list[str]
    trigger: str
    obligation_labels: list[str]
    strength: int
    kind: str
    conditions: list[tuple[str, str]]   # (kind, label)
    condition_sentence: int | None


def extract(doc: Doc, mentions: Mentions, date: str | None) -> list[Commitment]:
    """Commitment clauses in ``doc`` (one spaCy Doc per article); ``mentions`` from foedus.coder.actors."""
    c = cues()
    sents = doc_sentences(doc)   # (shared: read, never changed)
    found: list[Commitment] = []
    seen: set[tuple] = set()
    for i, sent in enumerate(sents):
        clause = _clause(sent, i, sents, c)
        if clause is None:
            continue
        parties = _parties(doc, sents, i, mentions, c)
        source = _source(sent, mentions, c)
        sentences = [i] + ([clause.condition_sentence] if clause.condition_sentence is not None else [])
        evidence = " ".join(span_text(sents[k]).strip() for k in sentences)
        commitment = Commitment(
            parties=parties, kind=clause.kind, trigger=clause.trigger,
            obligation=", ".join(clause.obligation_labels) or _main_clause_text(sent),
            strength=clause.strength, conditions=[label for _, label in clause.conditions], source=source,
            treaty=None, agrees_with_registry=None, sentences=sentences, evidence=evidence)
        _match_registry(commitment, clause, date)
        key = (tuple(sorted(p.code for p in parties)), clause.kind, clause.strength)
        if key in seen:
            continue
        seen.add(key)
        found.append(commitment)
    return found


# ---- one sentence ----------------------------------------------------------------------------
def _conditional_clause(sent: Span, c: _Cues) -> list[Token] | None:
    """The tokens of the "if/when ..." clause: the subtree of the verb the marker attaches to."""
    low = span_text(sent).lower()
    for tok in tokens(sent):
        if tok.lower_ in c.conditional and tok.dep_ == "mark":
            head = tok.head
            return [t for t in head.subtree if t.i >= tok.i]
    for marker in c.conditional:
        if " " in marker and marker in low:
            start = low.index(marker)
            toks = [t for t in tokens(sent) if t.idx - sent.start_char >= start]
            stop = next((k for k, t in enumerate(toks) if t.text == "," and k > 2), len(toks))
            return toks[:stop]
    return None


def _clause(sent: Span, index: int, sents: list[Span], c: _Cues) -> _Clause | None:
    text = span_text(sent)
    if not c.agreement.search(text):
        return None
    if not any(t.lemma_.lower() in c.commitment_verbs or t.lower_ in c.modals for t in tokens(sent)):
        return None
    cond = _conditional_clause(sent, c)
    if not cond:
        return None
    cond_text = " ".join(t.text for t in cond)
    kinds = [k for k, pat in c.attack.items() if pat.search(cond_text)]
    if not kinds:
        return None
    cond_ids = {t.i for t in cond}
    main_text = " ".join(t.text for t in tokens(sent) if t.i not in cond_ids)
    labels = [k for k, pat in c.obligations.items() if pat.search(main_text)]
    for label, hidden in c.subsumes.items():   # "military assistance" hides "assistance"
        if label in labels:
            labels = [lab for lab in labels if lab not in hidden]
    rule = next((r for r in c.strength_rules if _rule_matches(r, labels)), None)
    if rule is None:
        return None
    who = c.either_label if c.either.search(cond_text) else c.one_label
    trigger = " and ".join(c.attack_labels[k] for k in kinds) + f" of {who}"
    conditions = _conditions(text, c)
    cond_sentence = None
    if index + 1 < len(sents) and c.refers_back.search(span_text(sents[index + 1]).strip()):
        more = _conditions(span_text(sents[index + 1]), c)
        if more:
            conditions += [x for x in more if x not in conditions]
            cond_sentence = index + 1
    return _Clause(sent_index=index, trigger_kinds=kinds, trigger=trigger, obligation_labels=labels,
                   strength=int(rule["strength"]), kind=rule["kind"], conditions=conditions,
                   condition_sentence=cond_sentence)


def _rule_matches(rule: dict[str, Any], labels: list[str]) -> bool:
    if not all(x in labels for x in rule.get("all", [])):
        return False
    return not rule.get("any") or any(x in labels for x in rule["any"])


def _conditions(text: str, c: _Cues) -> list[tuple[str, str]]:
    """Conditions after "subject to / in accordance with / under ...", classified and labelled."""
    out: list[tuple[str, str]] = []
    for m in c.condition_markers.finditer(text):
        tail = c.condition_end.split(text[m.end():], maxsplit=1)[0]
        for part in c.condition_separator.split(tail):
            for kind, pat in c.condition_kinds.items():
                if pat.search(part):
                    item = (kind, c.condition_labels.get(kind, part.strip()))
                    if item not in out:
                        out.append(item)
                    break
    return out


def _main_clause_text(sent: Span) -> str:
    return span_text(sent).strip()


# ---- parties and source --------------------------------------------------------------------
def _country_mentions(mentions: Mentions, start: int, end: int) -> list[Any]:
    return [m for m in mentions if start <= m.start < end and m.country]


def _parties(doc: Doc, sents: list[Span], index: int, mentions: Mentions, c: _Cues) -> list[Actor]:
    """The signatories: "X and Y signed the pact", "the agreement between X and Y", "the X-Y pact"."""
    candidates: list[list] = []
    for k, sent in sorted(enumerate(sents), key=lambda ks: abs(ks[0] - index)):
        for tok in tokens(sent):
            if tok.lemma_.lower() in c.signing_verbs and tok.pos_ in {"VERB", "AUX"}:
                objects = [ch for ch in tok.children if ch.dep_ in {"dobj", "nsubjpass"}]
                if tok.dep_ == "acl" and c.agreement.search(tok.head.text):
                    objects.append(tok.head)
                if not any(c.agreement.search(o.text) for o in objects):
                    continue
                subj_tokens: set[int] = set()
                for ch in tok.children:
                    if ch.dep_ in {"nsubj", "agent"}:
                        subj_tokens |= {t.i for t in ch.subtree}
                found = [m for m in _country_mentions(mentions, sent.start, sent.end)
                         if any(i in subj_tokens for i in range(m.start, m.end))]
                if len({m.country for m in found}) >= 2:
                    candidates.append(found)
        if candidates:
            break
    if not candidates:
        sent = sents[index]
        between = c.between.search(span_text(sent))
        if between:
            cut = sent.start_char + between.end()
            found = [m for m in _country_mentions(mentions, sent.start, sent.end) if word_at(doc, m.start).idx >= cut]
            if len({m.country for m in found}) >= 2:
                candidates.append(found[:2])
    if not candidates:
        for sent in sents:
            if not c.agreement.search(span_text(sent)):
                continue
            ms = _country_mentions(mentions, sent.start, sent.end)
            for a, b in zip(ms, ms[1:]):
                if b.start - a.end == 1 and word_at(doc, a.end).text in c.joiners:
                    candidates.append([a, b])
    if not candidates:
        candidates.append(_country_mentions(mentions, sents[index].start, sents[index].end))
    parties: list[Actor] = []
    for m in candidates[0]:
        if all(p.code != m.country for p in parties):
            parties.append(Actor(text=m.text, code=m.country, country=m.country, sector=None,
                                 name=_country_name(m.country)))
    return parties


def _country_name(code: str) -> str | None:
    from .treaties import load

    # A broken registry raises its numbered error (E501/E502, naming the file): it is never skipped.
    return load().country_name(code)


def _source(sent: Span, mentions: Mentions, c: _Cues) -> Actor | None:
    """Who reports the clause: "according to X", or the subject of a reporting verb."""
    low = span_text(sent).lower()
    marker = next((mk for mk in c.source_markers if mk in low), None)   # the first marker found wins
    if marker is not None:
        at = low.find(marker)
        start = sent.start_char + at + len(marker)
        stop = span_text(sent).find(",", at)
        end = sent.start_char + (stop if stop > at else len(span_text(sent)))
        for m in mentions:
            tok = word_at(sent.doc, m.start)
            if start <= tok.idx < end:
                return m.to_actor()
    for tok in tokens(sent):
        if tok.lemma_.lower() in c.reporting_verbs and tok.pos_ == "VERB":
            subj = {t.i for ch in tok.children if ch.dep_ == "nsubj" for t in ch.subtree}
            for m in mentions:
                if m.start in subj:
                    return m.to_actor()
    return None


# ---- the registry ---------------------------------------------------------------------------
def _match_registry(commitment: Commitment, clause: _Clause, date: str | None) -> None:
    """Set ``treaty`` and ``agrees_with_registry``; differences are appended to the evidence."""
    from .treaties import load, period

    codes = {p.code for p in commitment.parties}
    if len(codes) < 2:
        return
    registry = load()   # a broken registry stops coding with E501/E502 rather than silently matching nothing
    on = None
    if date:
        on = iso_day_or_none(date)
    family = DEFENCE_FAMILY if clause.kind in DEFENCE_FAMILY else {clause.kind}
    best = None
    for treaty in registry.treaties:
        members = {p.code for p in treaty.parties}
        if not codes <= members:
            continue
        if on and treaty.signed and period(treaty.signed, end=False) > on:
            continue
        for rc in treaty.clauses:
            if rc.kind not in family or rc.strength is None:
                continue
            score = (len(members) == len(codes), -abs(rc.strength - clause.strength), treaty.signed or "")
            if best is None or score > best[0]:
                best = (score, treaty, rc)
    if best is None:
        return
    _, treaty, rc = best
    commitment.treaty = treaty.id
    differences = _differences(clause, rc)
    commitment.agrees_with_registry = not differences
    if differences:
        commitment.evidence += f" [differs from registry {treaty.id} Art. {rc.article}: {'; '.join(differences)}]"
    else:
        commitment.evidence += f" [agrees with registry {treaty.id} Art. {rc.article}]"


def _differences(clause: _Clause, rc: Clause) -> list[str]:
    out = []
    if rc.strength != clause.strength:
        out.append(f"strength {clause.strength} in the text vs {rc.strength} in the registry")
    needs_war = rc.trigger.attack == "armed_attack_and_state_of_war"
    says_war = "state_of_war" in clause.trigger_kinds
    says_attack = bool({"invasion", "armed_attack", "aggression"} & set(clause.trigger_kinds))
    if needs_war and not says_war:
        out.append("the text omits the registry's state-of-war requirement")
    if says_war and rc.trigger.attack in {"armed_attack", "aggression"}:
        out.append("the text adds a state-of-war requirement the registry does not have")
    if rc.trigger.attack in {"armed_attack", "armed_attack_and_state_of_war", "aggression"} and not says_attack:
        out.append(f"the text's trigger ({clause.trigger}) is not an armed attack")
    text_kinds = {k for k, _ in clause.conditions}
    reg_kinds = {c.kind for c in rc.conditions} & TEXT_CONDITION_KINDS
    if text_kinds - reg_kinds:
        out.append(f"the text adds conditions: {', '.join(sorted(text_kinds - reg_kinds))}")
    if reg_kinds - text_kinds:
        out.append(f"the text omits conditions: {', '.join(sorted(reg_kinds - text_kinds))}")
    return out
