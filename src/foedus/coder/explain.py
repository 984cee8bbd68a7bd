"""Why the coder coded what it coded, and why a word that looks like an event produced nothing.

``explain(text, date=None)`` codes ``text`` with the ordinary coder while the stages' recorder
(``coder.trace``) is on, then tells, sentence by sentence:

- the parse in brief: the verbs and nouns with their lemma, tag, dependency and head;
- the dictionary words: every token whose lemma is in the verb or event-noun dictionaries (or is a
  violent means), the CAMEO codes its patterns offer and the pattern that fits its clause;
- the actors: each mention's code and how it was resolved (a person's dictionary role on the date,
  a country, a capital, an agent word and where its country came from, a pronoun's antecedent);
- the candidates: each act the sentence rules found, its source and target, and what every later
  stage did with it (kept, dropped as a duplicate or a restatement, target filled by the context or
  the target model, recoded, its modality);
- the silent words: dictionary words that gave no event, with the stage's reason (or the checks of
  the clause that are true, where no stage said);
- the final events, as ``foedus code`` prints them.

Nothing here decides anything: the decisions are the coder's own, read from its recorder. The
result is an ``Explanation`` (a dataclass; ``to_dict()`` is JSON); ``format_text`` prints it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from spacy.tokens import Span, Token

from ..schema import happened
from . import clauses, modality, trace, vetter
from .verbs import normal

if TYPE_CHECKING:
    from ..schema import Event
    from .actors import Mention
    from .pipeline import Coder
    from .sentence import SentenceCoder

# Tokens shown in the parse in brief.
PARSE_POS = frozenset({"VERB", "NOUN", "PROPN", "AUX"})
# Patterns listed per dictionary word (the codes they offer are all counted).
MAX_PATTERNS = 12


@dataclass
class TokenInfo:
    i: int
    text: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int
    head_text: str


@dataclass
class PatternInfo:
    code: str | None
    pattern: str


@dataclass
class DictionaryWord:
    """A token the event dictionaries know."""

    i: int
    text: str
    lemma: str
    kind: str                      # "verb", "noun" or "violent means"
    codes: list[str]               # the distinct codes its patterns offer
    patterns: list[PatternInfo]    # the first of them (most specific first)
    n_patterns: int
    match: PatternInfo | None      # the pattern that fits its clause (None: none fits)


@dataclass
class ActorInfo:
    start: int
    end: int
    text: str
    code: str
    kind: str
    country: str | None
    sector: str | None
    name: str | None
    how: str                       # how the code was resolved, in words


@dataclass
class CandidateInfo:
    """One act found by the sentence rules and what the stages after them did with it."""

    trigger: int
    trigger_text: str
    code: str
    pattern: str
    source: str | None
    target: str | None
    modality: str
    governor: str | None
    governor_i: int | None
    steps: list[str]               # what each stage did, in order
    kept: bool                     # became an event
    event: int | None              # its index among the explanation's events


@dataclass
class SilentWord:
    """A dictionary word that gave no event, and why."""

    i: int
    text: str
    code: str | None
    reasons: list[str]


@dataclass
class EventInfo:
    sentence: int
    cameo: str
    name: str
    source: str | None
    target: str | None
    modality: str
    evidence: str
    trigger: int | None


@dataclass
class SentenceExplanation:
    n: int
    text: str
    parse: list[TokenInfo] = field(default_factory=list)
    dictionary: list[DictionaryWord] = field(default_factory=list)
    actors: list[ActorInfo] = field(default_factory=list)
    candidates: list[CandidateInfo] = field(default_factory=list)
    silent: list[SilentWord] = field(default_factory=list)
    events: list[EventInfo] = field(default_factory=list)
    note: str | None = None


@dataclass
class Explanation:
    """``foedus explain``'s answer for one text (``to_dict()``: its JSON)."""

    text: str
    date: str | None
    sentences: list[SentenceExplanation]
    events: list[EventInfo]
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


# ---------------------------------------------------------------------------- the entry
def explain(text: str, date: str | None = None, coder: Coder | None = None) -> Explanation:
    """Code ``text`` (published on ``date``, ISO) and explain every decision, sentence by sentence.

    Same errors as ``foedus.code_text``: ``InputTypeError`` (E121) for a text that is not a str,
    ``InputError`` for an empty text (E102) or a bad date (E107)."""
    from .pipeline import default_coder

    coder = coder or default_coder()
    with trace.recording() as rec:
        result = coder.code_text(text, date=date)
    sc: SentenceCoder | None = rec.notes.get("coder")
    events = [_event_info(ev) for ev in result.events]
    trigger_of = {id(ev): cand.trigger.i for cand, ev in rec.finished}
    for info, ev in zip(events, result.events):
        info.trigger = trigger_of.get(id(ev))
    if sc is None:   # nothing to read (cannot happen for a coded text; kept safe)
        return Explanation(text=text, date=result.article.date, sentences=[], events=events,
                           warnings=list(result.warnings))
    explained = Explainer(sc, rec, result.events, events, result.article.date, coder.matcher.dictionary.people)
    sentences = [explained.sentence(n, sent) for n, sent in enumerate(sc.doc.sents)]
    return Explanation(text=text, date=result.article.date, sentences=sentences, events=events,
                       warnings=list(result.warnings))


def _event_info(ev: Event) -> EventInfo:
    return EventInfo(sentence=ev.sentence, cameo=ev.cameo, name=ev.cameo_name,
                     source=ev.source.code if ev.source else None, target=ev.target.code if ev.target else None,
                     modality=ev.modality, evidence=ev.evidence, trigger=None)


# The checks of the sentence rules that keep a verb's clause from being coded (coder/sentence.py,
# ``code_sentence``), read with the same functions, for a dictionary word no stage spoke about.
CLAUSE_CHECKS: list[tuple[str, Callable[[Token], bool]]] = [
    ("a modifier, auxiliary or gerund subject, not an act", lambda t: t.dep_ in {"amod", "aux", "csubj", "csubjpass"}),
    ("in a background clause (a relative, 'when'/'after' clause telling what is known)", clauses.in_background_clause),
    ("a participle aside ('..., saying ...')", clauses.participle_aside),
    ("a reduced relative describing a noun ('the troops deployed there')", clauses.reduced_relative),
    ("a label ('what it called ...')", clauses.naming_relative),
    ("in a depicted clause (a book, a film, a report tells it)", clauses.in_depicted_clause),
    ("a time anchor ('two years after X invaded')", clauses.in_time_anchor),
    ("a near miss ('came close to', 'stopped short of')", modality.near_miss_verb),
    ("the topic of a noun ('talks on ending the war')", clauses.noun_topic),
    ("a participle describing a noun ('the sailors detained after ...')", clauses.participle_description),
]


class Explainer:
    """Reads one coded article's recorder, sentence by sentence."""

    def __init__(self, sc: SentenceCoder, rec: trace.Recorder, events: list[Event], infos: list[EventInfo],
                 date: str | None, people: dict[str, Any]) -> None:
        self.sc, self.rec, self.date = sc, rec, date
        self.people = {p.name: p for p in people.values()}
        self.infos = infos
        self.event_index = {id(ev): k for k, ev in enumerate(events)}
        self.event_of = {id(cand): ev for cand, ev in rec.finished}
        self.drops: dict[int, list[trace.Drop]] = {}
        for d in rec.drops:
            self.drops.setdefault(d.token, []).append(d)
        self.stages: dict[int, list[tuple[str, list[trace.Snapshot]]]] = {}
        for name, start, snaps in rec.stages:
            self.stages.setdefault(start, []).append((name, snaps))

    # ---- one sentence ---------------------------------------------------------------------------
    def sentence(self, n: int, sent: Span) -> SentenceExplanation:
        out = SentenceExplanation(n=n, text=sent.text.strip())
        out.parse = [TokenInfo(i=t.i, text=t.text, lemma=t.lemma_, pos=t.pos_, tag=t.tag_, dep=t.dep_, head=t.head.i,
                               head_text=t.head.text) for t in sent if t.pos_ in PARSE_POS]
        out.dictionary = [w for t in sent if (w := self.dictionary_word(t)) is not None]
        out.actors = self.actors(sent)
        out.events = [info for info in self.infos if info.sentence == n]
        if not self.sc.may_hold_events(sent):
            out.note = "not coded: the sentence names no actor (no mention, resolved pronoun or violent means)"
        out.candidates = self.candidates(sent)
        fitted = {w.i: w.match for w in out.dictionary if w.kind == "verb" and w.match is not None}
        for c in out.candidates:
            m = fitted.get(c.trigger)
            if m is not None and m.code and not m.code.startswith("---") and m.code != c.code and c.pattern == m.pattern:
                c.steps.insert(0, f"the sentence rules changed the pattern's code {m.code} to {c.code} "
                                  "(a sense or construction rule of coder/sentence.py)")
        coded = {c.trigger for c in out.candidates if c.kept}
        for w in out.dictionary:
            if w.i not in coded:
                out.silent.append(SilentWord(i=w.i, text=w.text, code=w.match.code if w.match else None,
                                             reasons=self.why_silent(sent, w, out)))
        return out

    # ---- the dictionaries ---------------------------------------------------------------------
    def dictionary_word(self, tok: Token) -> DictionaryWord | None:
        sc = self.sc
        verbs = sc.verbs
        if tok.pos_ == "VERB":
            lemma = sc._verb_lemma(tok)
            if not verbs.has_verb(lemma):
                return None
            listed = getattr(verbs, "_verbs", {}).get(lemma, [])
            match = sc.code_verb(tok)
            kind = "verb"
        elif tok.pos_ in {"NOUN", "PROPN"}:
            lemma = tok.lemma_.lower()
            listed = getattr(verbs, "_nouns", {}).get(normal(lemma), [])
            if not listed:
                if lemma in sc.words.violent_means:
                    return DictionaryWord(i=tok.i, text=tok.text, lemma=lemma, kind="violent means", codes=[],
                                          patterns=[], n_patterns=0, match=None)
                return None
            match = verbs.match_noun(lemma, [c.lemma_.lower() for c in tok.children])
            kind = "noun"
        else:
            return None
        codes: list[str] = []
        for p in listed:
            if p.code and p.code not in codes:
                codes.append(p.code)
        return DictionaryWord(i=tok.i, text=tok.text, lemma=lemma, kind=kind, codes=codes,
                              patterns=[PatternInfo(code=p.code, pattern=p.text) for p in listed[:MAX_PATTERNS]],
                              n_patterns=len(listed),
                              match=PatternInfo(code=match.code, pattern=match.pattern) if match is not None else None)

    # ---- the actors -----------------------------------------------------------------------------
    def actors(self, sent: Span) -> list[ActorInfo]:
        out = [ActorInfo(start=m.start, end=m.end, text=m.text, code=m.code, kind=m.kind, country=m.country,
                         sector=m.sector, name=m.name, how=self.how(m))
               for m in self.sc.mentions if sent.start <= m.start < sent.end]
        for i, ms in sorted(self.sc.pronouns.items()):
            if sent.start <= i < sent.end:
                for m in ms:
                    out.append(ActorInfo(start=i, end=i + 1, text=self.sc.doc[i].text, code=m.code, kind="pronoun",
                                         country=m.country, sector=m.sector, name=m.name,
                                         how=f"pronoun resolved to {m.text!r} (token {m.start}, {m.code})"))
        return sorted(out, key=lambda a: a.start)

    def how(self, m: Mention) -> str:
        if m.kind == "person":
            return self._person(m)
        origin = {"": "its own words", "sentence": "a country named in the sentence",
                  "place": "a place named with it (gazetteer)", "article": "the country the article is mostly about",
                  "coref": "the owner a possessive names ('its troops')"}
        if m.kind == "agent":
            where = origin.get(m.country_from, m.country_from)
            return f"agent word: sector {m.sector or '-'}" + (f", country {m.country} from {where}" if m.country else ", no country")
        if m.kind == "country":
            return "country name or adjective" + (f" ({m.name})" if m.name and m.name != m.text else "")
        if m.kind == "capital":
            return f"capital or seat of government standing for {m.country}"
        if m.kind in {"organization", "organisation"}:
            return "organisation in the actor dictionary" + (f" ({m.name})" if m.name else "")
        return f"{m.kind} in the actor dictionary" + (f", country {m.country} from {origin.get(m.country_from, m.country_from)}"
                                                    if m.country_from else "")

    def _person(self, m: Mention) -> str:
        person = self.people.get(m.name or "")
        if person is None:
            return "person" + (f" {m.name}" if m.name else "") + f" coded {m.code}"
        when = self.date or "no date (the latest role)"
        held = [r for r in person.roles if self.date and r.covers(self.date)]
        if held:
            r = max(held, key=lambda r: r.start or "")
            span = f"{r.start or '...'}..{r.end or 'now'}"
            return f"person {person.name} in the actor dictionary: role {r.code} {span}" + \
                (f" ({r.title})" if r.title else "") + f" held on {when}"
        return f"person {person.name} in the actor dictionary: no role held on {when}; coded {m.code}" + \
            (f" (fallback {person.fallback})" if person.fallback and person.fallback == m.code else "")

    # ---- the candidates ---------------------------------------------------------------------
    def candidates(self, sent: Span) -> list[CandidateInfo]:
        stages = self.stages.get(sent.start, [])
        first: dict[int, trace.Snapshot] = {}
        for _name, snaps in stages:
            for s in snaps:
                first.setdefault(id(s.cand), s)
        out = []
        for key, snap in first.items():
            steps: list[str] = []
            prev = snap
            alive = True
            for k, (name, snaps) in enumerate(stages):
                now = next((s for s in snaps if id(s.cand) == key), None)
                if k == 0 and now is not None:
                    continue
                if now is None:
                    if alive and any(id(s.cand) == key for _n, ss in stages[:k] for s in ss):
                        steps.append(self._dropped(name, prev, snaps) if name != vetter.STAGE else next(
                            (f"dropped: {d.reason}" for d in self.drops.get(prev.trigger, []) if d.code == prev.code),
                            "dropped by the event vetter"))
                        alive = False
                    continue
                steps.extend(self._changed(name, prev, now))
                prev = now
            cand = snap.cand
            ev = self.event_of.get(key)
            if alive and ev is not None:
                steps.extend(self._finished(prev, cand, ev))
            elif alive:
                steps.extend(f"dropped when finished: {d.reason}" for d in self.drops.get(cand.trigger.i, [])
                             if d.code == prev.code)
            out.append(CandidateInfo(trigger=snap.trigger, trigger_text=cand.trigger.text, code=snap.code,
                                     pattern=snap.pattern, source=snap.source, target=snap.target,
                                     modality=snap.modality, governor=cand.governor.text if cand.governor is not None else None,
                                     governor_i=cand.governor.i if cand.governor is not None else None,
                                     steps=steps, kept=ev is not None and alive,
                                     event=self.event_index.get(id(ev)) if ev is not None else None))
        return out

    @staticmethod
    def _dropped(stage: str, snap: trace.Snapshot, kept: list[trace.Snapshot]) -> str:
        if stage == "one event per act":
            twin = next((s for s in kept if (s.source, s.target, s.code) == (snap.source, snap.target, snap.code)), None)
            if twin is not None:
                return (f"dropped as duplicate of {twin.code} {twin.source or '-'} -> {twin.target or '-'} "
                        f"on {twin.cand.trigger.text!r} (one event per source, target, code and sentence)")
            return ("dropped: a statement yielding to the more specific act it governs, of the same source "
                    "(resolve_duplicates)")
        if stage == "not a restatement":
            gov = snap.cand.governor
            return (f"dropped: restates the act its governing verb {gov.text!r} already codes" if gov is not None
                    else "dropped: a refusal to rule an act out rejects nothing") + " (finish.drop_restated)"
        return f"dropped at stage {stage!r}"

    @staticmethod
    def _changed(stage: str, a: trace.Snapshot, b: trace.Snapshot) -> list[str]:
        out = []
        who = {"context": "the article context", "target model": "target model"}.get(stage, stage)
        if a.source != b.source:
            out.append(f"{who}: source {a.source or '-'} -> {b.source or '-'}")
        if a.target != b.target:
            if stage == "target model":
                out.append(f"target model ranked the options and chose {b.target or '-'} (the rules had {a.target or '-'})")
            else:
                out.append(f"{who}: target {a.target or '-'} -> {b.target or '-'}")
        if a.code != b.code:
            out.append(f"{who}: code {a.code} -> {b.code}")
        return out

    def _finished(self, snap: trace.Snapshot, cand: Any, ev: Event) -> list[str]:
        out = []
        if ev.cameo != snap.code:
            out.append(f"finish: code {snap.code} -> {ev.cameo} (its modality {cand.modality} implies the "
                       "statement of intent or the threat it makes)")
        src = ev.source.code if ev.source else None
        tgt = ev.target.code if ev.target else None
        if snap.target is None and tgt is not None:
            out.append(f"target {tgt} taken from the doer of an earlier act (coref.ActReferents)")
        if snap.source is not None and src is not None and not snap.source.startswith(src) and src not in snap.source:
            out.append(f"source {src} taken from an earlier act (coref.ActReferents)")
        cue = cand.governor if cand.governor is not None else next(
            (c for c in cand.trigger.children if c.dep_ == "neg"), None)
        gov = f" (cue {cue.text!r})" if cue is not None else ""
        if ev.modality == modality.ASSERTED:
            out.append("modality: asserted -> kept as an event that happened")
        elif happened(ev.modality, ev.root):
            # (modality16b) an intended statement of intent (03x) or an intended or conditional threat (13x): the
            # statement was made, and is counted (schema.happened, the rule of counts, exports and eval)
            out.append(f"modality: {ev.modality}{gov} -> kept as {ev.modality}; the act lies ahead, but the "
                       f"{'threat' if ev.root == '13' else 'statement of intent'} was made: counted as happened")
        else:
            out.append(f"modality: {ev.modality}{gov} -> kept as {ev.modality}, not counted as happened")
        out.append(f"event #{self.event_index[id(ev)]}: {ev.cameo} {src or '-'} -> {tgt or '-'}")
        return out

    # ---- the silent words -------------------------------------------------------------------------
    def why_silent(self, sent: Span, w: DictionaryWord, out: SentenceExplanation) -> list[str]:
        reasons: list[str] = []
        dropped = [c for c in out.candidates if c.trigger == w.i and not c.kept]
        reasons += [f"candidate {c.code} {c.source or '-'} -> {c.target or '-'}: {c.steps[-1] if c.steps else 'dropped'}"
                    for c in dropped]
        reasons += list(dict.fromkeys(f"{d.code or '-'}: {d.reason}" for d in self.drops.get(w.i, [])))
        if reasons:
            return reasons
        doc = self.sc.doc
        governed = [c for c in out.candidates if c.kept and c.trigger != w.i and (
            c.governor_i == w.i or doc[c.trigger].head.i == w.i and doc[c.trigger].dep_ in {"dobj", "xcomp", "ccomp"})]
        if governed:
            return [f"the act it governs is coded instead, on {c.trigger_text!r} ({c.code}, {c.modality})"
                    for c in governed]
        if out.note:
            return [out.note]
        head = doc[w.i].head
        if w.kind != "verb" and head.i != w.i:
            own = [c for c in out.candidates if c.kept and c.trigger == head.i]
            if own:
                return [f"a word of the act coded on its head {head.text!r} ({own[0].code}, pattern {own[0].pattern!r})"]
        if w.kind == "violent means":
            return ["a violent means: coded only as the subject or means of an act of violence"]
        if w.match is None:
            return ["no pattern of its lemma fits its clause (the words around it match none, or a null pattern)"]
        if not w.match.code or w.match.code.startswith("---"):
            return [f"the pattern that fits, {w.match.pattern!r}, is marked as no event (---)"]
        if w.match.code == "010":
            return ["010 (make a statement) is never coded: statements are carried by quotes and reported_by"]
        tok = self.sc.doc[w.i]
        if w.kind == "noun":
            return ["an event noun is coded only as the object of a light or event verb, a subject of harm, "
                    "or by the noun rules; none applied here"]
        checks = [label for label, check in CLAUSE_CHECKS if _safe(check, tok)]
        if checks:
            return [f"a check of the sentence rules holds here, and they skip such a clause: {label}" for label in checks]
        if w.match.code[:2] == "01" and any(c.dep_ == "ccomp" for c in tok.children):
            return ["a statement with a that-clause: the clause's own event carries it"]
        return ["no stage spoke about it: no rule of coder/sentence.py produced an event here"]


def _safe(check: Callable[[Token], bool], tok: Token) -> bool:
    try:
        return bool(check(tok))
    except Exception:   # a check is only a hint here; it never stops the explanation
        return False


# ---------------------------------------------------------------------------- text output
def format_text(ex: Explanation) -> str:
    """The explanation as ``foedus explain`` prints it."""
    lines = [f"{len(ex.sentences)} sentence(s), {len(ex.events)} event(s)" + (f", date {ex.date}" if ex.date else ", no date")]
    for s in ex.sentences:
        lines += ["", f"Sentence {s.n}: {s.text}"]
        if s.note:
            lines.append(f"  ({s.note})")
        brief = [f"{t.text}/{t.lemma}/{t.pos}/{t.dep}<-{t.head_text}" for t in s.parse if t.pos in {"VERB", "NOUN", "PROPN"}]
        if brief:
            lines.append("  parse: " + "  ".join(brief))
        if s.dictionary:
            lines.append("  dictionary words:")
            for w in s.dictionary:
                fits = f"fits {w.match.code or 'null'} {w.match.pattern!r}" if w.match else "no pattern fits"
                codes = ", ".join(w.codes[:10]) + (" ..." if len(w.codes) > 10 else "")
                lines.append(f"    {w.text}[{w.i}] ({w.kind} {w.lemma!r}): {w.n_patterns} pattern(s), codes {codes or '-'}; {fits}")
        if s.actors:
            lines.append("  actors:")
            for a in s.actors:
                lines.append(f"    {a.text!r} -> {a.code}: {a.how}")
        if s.candidates:
            lines.append("  candidates:")
            for c in s.candidates:
                lines.append(f"    {c.trigger_text}[{c.trigger}] {c.code} {c.source or '-'} -> {c.target or '-'} [{c.modality}]"
                             f"  pattern {c.pattern!r}")
                for step in c.steps:
                    lines.append(f"      - {step}")
        if s.silent:
            lines.append("  no event from:")
            for sw in s.silent:
                for r in sw.reasons:
                    lines.append(f"    {sw.text}[{sw.i}]: {r}")
        if s.events:
            lines.append("  events:")
            for e in s.events:
                lines.append(f"    {e.cameo} {e.source or '-'} -> {e.target or '-'} {e.modality}: {e.name}  \"{e.evidence}\"")
    for warning in ex.warnings:
        lines += ["", f"Warning: {warning}"]
    return "\n".join(lines)


__all__ = ["explain", "Explanation", "format_text"]
