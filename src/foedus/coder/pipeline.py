"""The whole coder: text in, events, quotes, actors, commitments and policies out.

Wiring only: each stage is its own module and owns its rules. Parse (``nlp``), actors (``actors``,
``coref``), events (``sentence.SentenceCoder.sentence_events``: ``triggers``, ``arguments``, ``implicit``, ``rules``),
the finished event (``finish.event``: recoding, modality, evidence, confidence), the doers claims name
(``attribution``), rule flags
(``commitments.rules``), dates, places, quotes, commitments, policies.
``Coder`` loads the model and the dictionaries once; ``code_inputs`` streams many
articles through ``nlp.pipe`` (batched, on several processes when asked).
"""

from __future__ import annotations

import atexit
import datetime as dt
import gc
import hashlib
import logging
import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc

from .. import budget, commitments, lexicon
from . import attribution, coref, finish, modality, quotes, sentence, trace
from .doctext import doc_text, keeping_tokens, sentences, span_text, unfix_sentences, word_at
from .nlp import ORIGINAL_TEXT
from .implicit import UNNAMED_FORCES
from .triggers import VIOLENT_ROOTS
from ..commitments import policies, rules
from ..errors import DataError, Errors, InputError, InputTypeError, Warnings
from ..schema import Actor, Article, CodingResult, Event, Location, Plover

if TYPE_CHECKING:
    from spacy.language import Language

    from ..ingest.records import ArticleInput, InputProblem
    from .actors import Mention

# Events whose modality says they did not happen still appear in the output, marked; the
# evaluation and the store's default queries count only those that did.
HAPPENED = {modality.ASSERTED}
logger = logging.getLogger(__name__)


def article_id(text: str) -> str:
    """A short, stable id from the text when the user gives none."""
    return hashlib.sha1(text.encode("utf-8", "replace")).hexdigest()[:12]


def _problem(item: ArticleInput, message: str) -> InputProblem:
    from ..ingest.records import InputProblem

    return InputProblem(where=item.origin or item.id, message=message, id=item.id)


def _parse_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    from .dates import parse_date

    return parse_date(value)


_data_frozen = False


def _freeze_loaded_data() -> None:
    """Once the first article is coded (every dictionary, the gazetteer and the verb patterns are
    loaded by then), move the objects alive in this process out of the garbage collector's reach
    (``gc.freeze``). They live as long as the process; without this each full collection walks
    them again: with the dictionaries of the eighth session that cost about a tenth of the
    throughput of one process (docs/benchmarks.md, "Coding speed")."""
    global _data_frozen
    if not _data_frozen:
        _data_frozen = True
        gc.freeze()
        # given back at exit, so that the interpreter's last collection frees them as before (native
        # extensions count what was never freed and say so on stderr)
        atexit.register(gc.unfreeze)


class Coder:
    """Codes articles. Create once and reuse: loading the model and dictionaries takes a second.

    ``time_limit``: seconds one article may take once parsed (``budget.DEFAULT_SECONDS``; 0 or None
    for no limit); an article past it is an ``ArticleTimeout`` (E120), see ``foedus.budget``.
    """

    def __init__(self, nlp: Language | None = None, time_limit: float | None = budget.DEFAULT_SECONDS) -> None:
        from . import nlp as nlp_module
        from .actors import ActorMatcher
        from .verbs import VerbDictionary

        self.nlp = nlp if nlp is not None else nlp_module.load()
        self.matcher = ActorMatcher(self.nlp)
        self.verbs = VerbDictionary.default()
        self.time_limit = budget.parse_limit(time_limit)
        commitments.check()  # a broken registry or cue file stops here, before the first article

    # ---- public API ---------------------------------------------------------------------
    def code_text(self, text: str, date: str | None = None, id: str | None = None, title: str | None = None,
                  source: str | None = None, url: str | None = None,
                  time_limit: float | None = None) -> CodingResult:
        """Code one article. ``date`` is its publication date (ISO), used to date events.

        Like the readers: bad characters are replaced (W120) and a text above 1,000,000 characters
        is cut (E111), both noted in ``result.warnings``. Raises ``InputTypeError`` (E121) for a
        ``text`` that is not a str, ``InputError`` (E102) for an empty one, ``ArticleTimeout`` (E120)
        past ``time_limit`` seconds (default: the coder's).
        """
        from ..ingest.records import prepare_text

        where = id or "the text"
        if not isinstance(text, str):
            hint = "; decode it first, e.g. data.decode(\"utf-8\")" if isinstance(text, (bytes, bytearray)) else ""
            raise InputTypeError(Errors.E121.format(what=f"The text of {where}" if id else "The text",
                                                    type=type(text).__name__, hint=hint))
        text, notes = prepare_text(text, where)
        if not text.strip():
            raise InputError(Errors.E102.format(path=where))
        published = _parse_date(date)
        doc = self.nlp(text)
        seconds = self.time_limit if time_limit is None else budget.parse_limit(time_limit)
        with budget.limit(seconds, id=id or article_id(text), where=where):
            result = self.code_doc(doc, published, id=id, title=title, source=source, url=url)
        result.warnings[:0] = notes
        return result

    def code_inputs(self, inputs: Iterable, n_process: int = 1, batch_size: int = 16,
                    time_limit: float | None = None) -> Iterator:
        """Code a stream of ``reader.ArticleInput``; ``InputProblem`` items pass through in order.

        With ``n_process > 1`` spaCy parses on several processes; the coding after the parse is
        cheap and runs here, each article within ``time_limit`` seconds (default: the coder's).
        Whatever goes wrong with one article (its parse fails, its coding raises or runs past the
        time limit) yields an ``InputProblem`` naming it, with its id, and the others go on.
        """
        from ..ingest.records import InputProblem

        seconds = self.time_limit if time_limit is None else budget.parse_limit(time_limit)
        pending: deque = deque()     # items taken from ``inputs`` and not yet yielded, in order
        source = iter(inputs)
        source_failed: list[BaseException] = []

        def texts() -> Iterator[str]:
            while True:
                try:
                    item = next(source)
                except StopIteration:
                    return
                except Exception as exc:   # the reader's own failure is not an article's: re-raised below
                    source_failed.append(exc)
                    raise
                pending.append(item)
                if not isinstance(item, InputProblem):
                    yield item.text

        feed = texts()
        n_process = max(1, int(n_process or 1))
        while True:
            try:
                workers = set(multiprocessing.active_children()) if n_process > 1 else None
                docs = self.nlp.pipe(feed, batch_size=batch_size, n_process=n_process)
                _QuietWorkers.forking = workers is not None   # spaCy forks its workers on the first doc asked
                try:
                    for doc in docs:
                        _QuietWorkers.forking = False
                        while pending and isinstance(pending[0], InputProblem):
                            yield pending.popleft()
                        yield self._code_item(pending.popleft(), doc, seconds)
                        _freeze_loaded_data()
                except (GeneratorExit, KeyboardInterrupt):
                    if workers is not None:
                        _stop_parse_workers(docs, workers)
                    raise
                finally:
                    _QuietWorkers.forking = False
                break
            except Exception as exc:
                if source_failed or not pending:
                    raise    # not an article's fault (the reader failed, or the pipe could not start)
                # The parse failed on one of the pending articles (spaCy does not say which): parse
                # them one at a time, then go on with a new pipe over the rest of the input.
                logger.info("Parsing a batch failed (%r); parsing its %d article(s) one at a time", exc, len(pending))
                while pending:
                    item = pending.popleft()
                    if isinstance(item, InputProblem):
                        yield item
                        continue
                    try:
                        doc = self.nlp(item.text)
                    except Exception as one:
                        yield _problem(item, Errors.E123.format(where=item.origin or item.id, id=item.id,
                                                                reason=f"the parse failed: {one!r}"))
                        continue
                    yield self._code_item(item, doc, seconds)
        while pending:
            yield pending.popleft()

    def _code_item(self, item: ArticleInput, doc: Doc, seconds: float) -> CodingResult | InputProblem:
        """One parsed article's ``CodingResult``, or an ``InputProblem`` saying why there is none."""
        where = item.origin or item.id
        try:
            with budget.limit(seconds, id=item.id, where=where):
                result = self.code_doc(doc, _parse_date(item.date), id=item.id, title=item.title,
                                       source=item.source, url=item.url)
            result.warnings[:0] = list(getattr(item, "warnings", []) or [])
            return result
        except InputError as exc:   # a bad date; ArticleTimeout (E120): the caller reports the problem
            logger.info("%s", exc)
            return _problem(item, str(exc))
        except Exception as exc:  # one bad article never costs the others
            message = Errors.E123.format(where=where, id=item.id, reason=repr(exc))
            logger.info("%s", message, exc_info=True)
            return _problem(item, message)

    # ---- the stages ----------------------------------------------------------------------
    @keeping_tokens
    def code_doc(self, doc: Doc, published: dt.date | None, id: str | None = None, title: str | None = None,
                 source: str | None = None, url: str | None = None) -> CodingResult:
        from . import actors, dates, hyphens, places, syntax

        iso = published.isoformat() if published else None
        art = Article(id=id or article_id(_original(doc)), title=title, date=iso, source=source, url=url,
                      sentences=[span_text(s) for s in doc.sents])
        result = CodingResult(article=art)
        if published is None:
            result.warnings.append(Warnings.W101)
        unfix_sentences(doc)   # a doc coded again: its words' sentences are read from the parse until it is repaired
        # a past verb the parser read as an adjective ("Reagan froze Panamanian government assets") heads its clause
        # before the actors are read, or its subject and object make one long noun phrase (syntax.py)
        syntax.retag_joined_verbs(doc, hyphens.joined_past_verb)   # "police tear-gassed protesters"
        syntax.repair_verb_read_as_adjective(doc)
        syntax.repair_coordinated_verb_read_as_adjective(doc)   # "razed the town and massacred residents"
        syntax.repair_adjective_pair_read_as_verb(doc)   # "exchanged 100 sick and wounded prisoners"
        syntax.repair_shot_dead(doc)   # "gunmen on a motorcycle shot dead a shopkeeper"
        syntax.repair_persona_non_grata(doc)   # "declared Syria's ambassador persona non grata"
        mentions = self.matcher.find(doc, iso)
        text = doc_text(doc)   # spaCy joins every token's text on each read of doc.text: read once
        # "MANILA, Aug 28 - Rebel soldiers attacked ...": the dateline's city is where the story was
        # filed, not the subject of its first sentence.
        filed = places.dateline_end(text)
        if filed:
            mentions = [m for m in mentions if word_at(doc, m.start).idx >= filed]
        actor_words = {i for m in mentions for i in range(m.start, m.end)}
        # "declared a state of emergency and police detained hundreds": two acts, before pronouns and lists are read
        syntax.repair_object_read_as_clause_subject(doc, lexicon.words("event_cues", "object_declaring_verbs"),
                                                    lambda t: t.i in actor_words,
                                                    lexicon.words("event_cues", "clauseless_verbs"))
        syntax.repair_subject_read_as_object_conjunct(doc)   # "stormed the ministry and police shot ..."
        pronouns = coref.resolve(doc, mentions)
        owned = coref.owned_agents(doc, mentions, pronouns)
        if owned != mentions:   # "Iraq said its warplanes ...": read the pronouns again with the owners' countries
            mentions = owned
            pronouns = coref.resolve(doc, mentions)
        result.actors = _unique_actors(mentions)
        coder = sentence.SentenceCoder(doc, mentions, pronouns, self.verbs)
        trace.note("coder", coder)   # `foedus explain` reads the mentions, pronouns and dictionaries from it
        n_event = 0
        gazetteer = places.Gazetteer.default()
        dateline = places.dateline_place(text, gazetteer)
        article_countries = places.article_countries(doc, mentions, gazetteer, dateline)
        referents = coref.ActReferents(doc, coder)
        coded: list[attribution.Coded] = []
        finished: set[finish.EventKey] = set()
        for n, sent in enumerate(sentences(doc)):
            budget.check()  # the cooperative deadline, where the interruption of foedus.budget cannot reach
            kept = finish.split_aid_kinds(finish.split_suspected(finish.drop_restated(coder.sentence_events(sent))))
            trace.stage("not a restatement", kept, sent.start)
            partners = finish.yield_partners(kept)   # "India and Pakistan began a ceasefire": each to the other
            for cand in kept:
                try:
                    ev = finish.event(cand, sent, n, f"{art.id}-e{n_event}")
                    if filed and ev.span[0] < filed < ev.span[1]:
                        # "COLOMBO, June 5 - Indian Air Force planes dropped food ...": the evidence is the
                        # sentence's words, not the dateline before them
                        start = filed + len(text[filed:ev.span[1]]) - len(text[filed:ev.span[1]].lstrip())
                        ev.evidence, ev.span = text[start:ev.span[1]], [start, ev.span[1]]
                    if ev.target is None:   # "Mozambique condemned the attack": the earlier raid's doer
                        ev.target = referents.target(cand.trigger, n, ev.source)
                    if ev.target is None:   # "the junta revoked a law": a concession to its own country
                        ev.target = partners.get(finish.partner_key(cand)) or finish.own_country_target(ev, cand)
                    if ev.source is None or ev.source.sector == "UAF":   # "were killed in Saturday's raid"
                        # an act no one is named for ("a roadside bomb killed five policemen") has no
                        # source (the dev set's convention), not unidentified forces of the place it hit;
                        # armed men the text names ("a Turkish gunman") stay what they are
                        named = ev.source if ev.source is not None and ev.source.name != UNNAMED_FORCES else None
                        ev.source = referents.source(cand.trigger, n, ev.target) or named
                        if ev.source is None and cand.code[:2] in VIOLENT_ROOTS and cand.modality == modality.ASSERTED:
                            # (sources20) "a car bomb killed six officers; al-Shabaab said it carried out the attack"
                            ev.source = referents.claimer(n, ev.target)
                    # "Azerbaijanis" in 1988, the crowds of Leipzig in 1989: the state of the day
                    told = text[:filed] + span_text(sent)
                    ev.source = actors.state_on(ev.source, iso, told)
                    ev.target = actors.state_on(ev.target, iso, told)
                    # (target55) "the Governor of Kenya", "police in Nairobi" in 1952: the colonial power's organs
                    ev.source = actors.colonial_on(ev.source, iso)
                    ev.target = actors.colonial_on(ev.target, iso)
                    ev.target = actors.held_place(ev.target, iso, ev.cameo)   # the Kerch bridge in 2022: Russia's
                    ev.flags = rules.flag_event(ev)
                    if finish.return_home(ev, cand.trigger, coder.words.visit_codes):
                        trace.drop(cand.trigger, ev.cameo, "a visit to the visitor's own country: no visit")
                        continue
                    if finish.pledged_only_done(cand):
                        trace.drop(cand.trigger, ev.cameo, "an election held or a government formed: no statement of intent")
                        continue
                    if finish.met_itself(ev):
                        trace.drop(cand.trigger, ev.cameo, "a meeting or visit of an actor with itself: no such act")
                        continue
                    if finish.aimed_at_no_one(ev):
                        trace.drop(cand.trigger, ev.cameo, "an ultimatum given to no one: a deadline of one's own")
                        continue
                except DataError as exc:   # an unknown CAMEO code: said, never silently dropped
                    note = Warnings.W121.format(id=art.id, sentence=n, trigger=cand.trigger.text, code=cand.code,
                                                reason=str(exc))
                    logger.warning("%s", note)   # also in result.warnings, which every command reports
                    result.warnings.append(note)
                    trace.drop(cand.trigger, cand.code, note)
                    continue
                same = finish.event_key(ev, cand.trigger)
                if same in finished:
                    trace.drop(cand.trigger, ev.cameo, "the same event from the same word, once its actors are final")
                    continue
                finished.add(same)
                ev.date, ev.date_precision = dates.event_date(sent, cand.trigger, published,
                                                                 future=cand.modality == modality.INTENDED)
                ev.location = places.event_location(
                    sent, cand.trigger, gazetteer, article_countries=article_countries,
                    dateline=dateline if places.dateline_applies(dateline, ev) else None,
                    object_is_place=places.object_is_place(cand.code))
                coded.append(attribution.Coded(ev, cand.trigger))
                trace.finished(cand, ev)
                referents.add(n, ev.root, ev.source, ev.modality)
                n_event += 1
        result.events = self._attributed(coded, art.id)
        result.quotes = quotes.find(doc, coder)
        self._commitments_and_policies(doc, mentions, iso, result)
        _show_original(doc, result)
        return result

    @staticmethod
    def _attributed(coded: list[attribution.Coded], article: str) -> list[Event]:
        """The article's events once claims of responsibility have named the doers of acts told without one
        (``attribution``); a claimed act noun named again is dropped and the ids stay consecutive."""
        kept = attribution.fill_doers(coded)
        for c in kept:
            if c.filled:   # the rule checks read the source
                c.event.flags = rules.flag_event(c.event)
        kept_ids = {id(c) for c in kept}
        for c in coded:
            if id(c) not in kept_ids:
                trace.drop(c.trigger, c.event.cameo, "the act a claim of responsibility names, coded once (attribution)")
        for k, c in enumerate(kept):
            c.event.id = f"{article}-e{k}"
        return [c.event for c in kept]

    def _commitments_and_policies(self, doc: Doc, mentions: list[Mention], iso: str | None, result: CodingResult) -> None:
        result.commitments = commitments.extract(doc, mentions, iso)
        result.policies = policies.detect(doc, mentions, iso)


class _QuietWorkers:
    """Ctrl-C in a terminal sends SIGINT to the whole process group: spaCy's parse workers each printed a
    KeyboardInterrupt traceback beside the one-line "Interrupted." of the command. A worker forked while
    ``forking`` is set takes the default action instead (it ends at once, silently); the parent reports the
    interruption and stops the others (``_stop_parse_workers``). Scoped to the fork of the parse workers, so
    a program using foedus keeps its own children's Ctrl-C behaviour (``subprocess`` does not run fork hooks)."""

    forking = False

    @staticmethod
    def after_fork_in_child() -> None:
        if _QuietWorkers.forking:
            signal.signal(signal.SIGINT, signal.SIG_DFL)


os.register_at_fork(after_in_child=_QuietWorkers.after_fork_in_child)


def _stop_parse_workers(docs: Iterator[Doc], before: set) -> None:
    """The caller stopped reading results early (``| head``, an error, Ctrl-C) while spaCy's parse workers
    were still sending docs: spaCy's own clean-up joins them, and a worker blocked on a full pipe (whose
    other ends its forked siblings still hold) never exits, so the join waited for ever. The workers
    started by this pipe are stopped first; their unsent docs were not wanted."""
    import warnings

    for proc in multiprocessing.active_children():
        if proc not in before:
            proc.terminate()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")   # spaCy's W127: "a worker exited with a non-zero code" (we stopped it)
        close = getattr(docs, "close", None)
        if close is not None:
            close()


def _original(doc: Doc) -> str:
    """The user's text: a text in capitals is parsed truecased (``nlp.ORIGINAL_TEXT``), of the same length."""
    text = doc.user_data.get(ORIGINAL_TEXT)
    parsed = doc_text(doc)
    return text if isinstance(text, str) and len(text) == len(parsed) else parsed


def _show_original(doc: Doc, result: CodingResult) -> None:
    """Sentences, evidence and quotes in the user's own words: truecasing only changed letter case, so
    the character offsets of the parsed text point at the same characters of the original."""
    if ORIGINAL_TEXT not in doc.user_data:   # the text was not truecased
        return
    original = _original(doc)
    result.article.sentences = [original[s.start_char:s.end_char] for s in sentences(doc)]
    for ev in result.events:
        if len(ev.span) == 2:
            ev.evidence = original[ev.span[0]:ev.span[1]]
    parsed = doc_text(doc)
    for q in result.quotes:   # a quote's text is its words inside the marks: found again by position
        at = parsed.find(q.text, q.span[0]) if len(q.span) == 2 else -1
        if at >= 0:
            q.text = original[at:at + len(q.text)]


def _unique_actors(mentions: list[Mention]) -> list[Actor]:
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


def code_text(text: str, date: str | None = None, **meta: Any) -> CodingResult:
    """Code one article with the shared default ``Coder``: ``code_text(text, date="2024-06-20")``.

    Same arguments and errors as ``Coder.code_text`` (``id``, ``title``, ``source``, ``url``, ``time_limit``).
    """
    return default_coder().code_text(text, date=date, **meta)


def default_processes() -> int:
    """Every core by default (``FOEDUS_PROCESSES`` overrides)."""
    env = os.environ.get("FOEDUS_PROCESSES")
    if env and env.isdigit():
        return max(1, int(env))
    return max(1, os.cpu_count() or 1)


__all__ = ["Coder", "code_text", "default_coder", "article_id", "HAPPENED", "Location", "Plover"]
