"""The whole coder: text in, events, quotes, actors, commitments and policies out.

Stages, each its own module: parse (``nlp``), actors, events (with ``verbs`` and
``taxonomy``), modality, dates, places, quotes, commitments, policies, rule flags.
``Coder`` loads the model and the dictionaries once; ``code_inputs`` streams many
articles through ``nlp.pipe`` (batched, on several processes when asked).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from . import commitments, coref, events, modality, policies, quotes, rules, taxonomy
from .errors import Errors, InputError, Warnings
from .schema import Actor, Article, CodingResult, Event, Location, Plover

# Events whose modality says they did not happen still appear in the output, marked; the
# evaluation and the store's default queries count only those that did.
HAPPENED = {modality.ASSERTED}
# Conflictual acts whose conditional announcement is a threat.
THREAT_ROOTS = {"14", "15", "16", "17", "18", "19", "20"}


def article_id(text: str) -> str:
    """A short, stable id from the text when the user gives none."""
    return hashlib.sha1(text.encode("utf-8", "replace")).hexdigest()[:12]


def _parse_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    from .dates import parse_date

    return parse_date(value)


class Coder:
    """Codes articles. Create once and reuse: loading the model and dictionaries takes a second."""

    def __init__(self, nlp=None):
        from . import nlp as nlp_module
        from .actors import ActorMatcher
        from .verbs import VerbDictionary

        self.nlp = nlp if nlp is not None else nlp_module.load()
        self.matcher = ActorMatcher(self.nlp)
        self.verbs = VerbDictionary.default()

    # ---- public API ---------------------------------------------------------------------
    def code_text(self, text: str, date: str | None = None, id: str | None = None, title: str | None = None,
                  source: str | None = None, url: str | None = None) -> CodingResult:
        """Code one article. ``date`` is its publication date (ISO), used to date events."""
        if not isinstance(text, str) or not text.strip():
            raise InputError(Errors.E102.format(path=id or "the text"))
        published = _parse_date(date)
        doc = self.nlp(text)
        return self.code_doc(doc, published, id=id, title=title, source=source, url=url)

    def code_inputs(self, inputs: Iterable, n_process: int = 1, batch_size: int = 16) -> Iterator:
        """Code a stream of ``reader.ArticleInput``; ``InputProblem`` items pass through in order.

        With ``n_process > 1`` spaCy parses on several processes; the coding after the parse is
        cheap and runs here. A record whose coding fails yields an ``InputProblem`` naming it.
        """
        from .reader import InputProblem

        pending: list = []

        def texts():
            for item in inputs:
                if isinstance(item, InputProblem):
                    pending.append(item)
                    continue
                pending.append(item)
                yield item.text

        n_process = max(1, int(n_process or 1))
        docs = self.nlp.pipe(texts(), batch_size=batch_size, n_process=n_process)
        for doc in docs:
            while pending and isinstance(pending[0], InputProblem):
                yield pending.pop(0)
            item = pending.pop(0)
            try:
                result = self.code_doc(doc, _parse_date(item.date), id=item.id, title=item.title,
                                       source=item.source, url=item.url)
                result.warnings[:0] = list(getattr(item, "warnings", []) or [])
                yield result
            except InputError as exc:
                yield InputProblem(where=item.origin or item.id, message=str(exc))
            except Exception as exc:  # one bad article never costs the others
                yield InputProblem(where=item.origin or item.id, message=f"could not be coded: {exc!r}")
        while pending:
            yield pending.pop(0)

    # ---- the stages ----------------------------------------------------------------------
    def code_doc(self, doc: Doc, published: dt.date | None, id: str | None = None, title: str | None = None,
                 source: str | None = None, url: str | None = None) -> CodingResult:
        from . import dates, places

        iso = published.isoformat() if published else None
        art = Article(id=id or article_id(doc.text), title=title, date=iso, source=source, url=url,
                      sentences=[s.text for s in doc.sents])
        result = CodingResult(article=art)
        if published is None:
            result.warnings.append(Warnings.W101)
        mentions = self.matcher.find(doc, iso)
        result.actors = _unique_actors(mentions)
        pronouns = coref.resolve(doc, mentions)
        coder = events.SentenceCoder(doc, mentions, pronouns, self.verbs)
        sent_starts = []
        mention_sents = {doc[m.start].sent.start for m in mentions} | {doc[i].sent.start for i in pronouns}
        # an unattributed bombing names no actor ("A bomb exploded at a market in Quetta"): its
        # perpetrator is coded as unidentified armed forces, so such sentences are coded too
        means = coder.words.violent_means
        mention_sents |= {t.sent.start for t in doc if t.pos_ == "NOUN" and t.lemma_.lower() in means}
        n_event = 0
        for n, sent in enumerate(doc.sents):
            sent_starts.append(sent.start)
            if sent.start not in mention_sents:
                continue  # no actor, no event: skip the work
            cands = events.resolve_duplicates(coder.code_sentence(sent, events.reporters(sent, coder)))
            coder.fill_from_context(sent, cands)
            for cand in cands:
                ev = self._event(cand, sent, n, art.id, n_event, published)
                if ev is not None:
                    ev.date, ev.date_precision = dates.event_date(sent, cand.trigger, published)
                    ev.location = places.event_location(sent, cand.trigger)
                    result.events.append(ev)
                    n_event += 1
        result.quotes = quotes.find(doc, coder)
        self._commitments_and_policies(doc, mentions, iso, result)
        return result

    def _event(self, cand: events.Candidate, sent, n_sent: int, art_id: str, n: int,
               published: dt.date | None) -> Event | None:
        code = cand.code
        if cand.modality in {modality.INTENDED, modality.CONSIDERED} and not cand.purpose:
            code = events.intent_code(code)
        elif cand.modality == modality.CONDITIONAL and code[:2] in THREAT_ROOTS and modality.is_consequence(cand.trigger):
            # "will withdraw its force unless ...", "will respond with force if attacked": the act is
            # conditional, and saying so is a threat (CAMEO 13x), which was made.
            code = events.intent_code(code)
        try:
            info = taxonomy.cameo(code)
        except Exception:
            return None
        toks = sorted(cand.tokens | {t.i for t in _evidence_tokens(cand)})
        lo = max(min(toks), sent.start)
        hi = min(max(toks) + 1, sent.end)
        span = sent.doc[lo:hi]
        conf = 0.45
        conf += 0.2 if cand.target is not None else 0.0
        conf += 0.1 if not cand.inherited_source else 0.0
        conf += 0.1 if cand.pattern and "*" in cand.pattern and cand.pattern.strip() != "*" else 0.05
        conf -= 0.1 if cand.nominal else 0.0
        target = cand.target.to_actor() if cand.target else None
        if target is not None and info.root in {"18", "19", "20"} and getattr(cand.target, "kind", "") == "capital":
            # shelling a capital city strikes the country, not its government
            target = Actor(text=target.text, code=target.country or target.code, country=target.country,
                           sector=None, name=target.name)
        ev = Event(
            id=f"{art_id}-e{n}", sentence=n_sent, evidence=span.text,
            span=[span.start_char, span.end_char],
            source=cand.source.to_actor() if cand.source else None,
            target=target,
            cameo=info.code, root=info.root, cameo_name=info.name, quad_class=info.quad_class,
            goldstein=info.goldstein, plover=taxonomy.plover(info.code), modality=cand.modality,
            reported_by=cand.reported_by.to_actor() if cand.reported_by else None,
            confidence=round(min(conf, 0.95), 2),
        )
        ev.flags = rules.flag_event(ev)
        return ev

    def _commitments_and_policies(self, doc: Doc, mentions, iso: str | None, result: CodingResult) -> None:
        result.commitments = commitments.extract(doc, mentions, iso)
        result.policies = policies.detect(doc, mentions, iso)


def _evidence_tokens(cand: events.Candidate):
    """The trigger's own particles and objects, so the evidence reads as a phrase."""
    for c in cand.trigger.children:
        if c.dep_ in {"prt", "dobj", "neg", "aux"}:
            yield c


def _unique_actors(mentions) -> list[Actor]:
    seen: dict[tuple, Actor] = {}
    for m in mentions:
        key = (m.code, m.name)
        if key not in seen:
            seen[key] = m.to_actor()
    return list(seen.values())


_DEFAULT: Coder | None = None


def default_coder() -> Coder:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Coder()
    return _DEFAULT


def code_text(text: str, date: str | None = None, **meta) -> CodingResult:
    """Code one article with the shared default ``Coder``: ``code_text(text, date="2024-06-20")``."""
    return default_coder().code_text(text, date=date, **meta)


def default_processes() -> int:
    """Every core by default (``FOEDUS_PROCESSES`` overrides)."""
    env = os.environ.get("FOEDUS_PROCESSES")
    if env and env.isdigit():
        return max(1, int(env))
    return max(1, os.cpu_count() or 1)


__all__ = ["Coder", "code_text", "default_coder", "article_id", "HAPPENED", "Location", "Plover"]
