"""A learned target chooser: foedus's first trained component (docs/model.md).

The rules (``arguments``, ``implicit``) give each event a target or none. Here every actor the
sentence names (mentions, resolved pronouns, towns of the gazetteer by their country) and "none"
is a candidate target of the event; a linear model scores each candidate from general syntax only
(the dependency path from the trigger, the preposition on it, position, kind, the event's root,
the rules' own choice), never from the words of particular sentences. Its weights are a data file,
``data/models/target_ranker.json``, written by ``scripts/train_target_model.py`` from the tune part
of the dev set.

The model acts conservatively (:func:`choose_targets`): it fills a target the rules left empty when
its best candidate beats "none" by the ``fill`` margin, and replaces a rule's target only when its
best candidate beats it by the larger ``replace`` margin; both margins were chosen by
cross-validation within the tune part.
"""

from __future__ import annotations

import bisect
import math
import weakref
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from spacy.tokens import Span, Token

from .. import data, lexicon, taxonomy
from ..errors import DataError, Errors
from .actors import Mention, side_tied
from .arguments import APPEAL_ROOTS, COOPERATIVE_ROOTS, in_generic_relative, other_conjunct_argument
from . import modality, model_files, places
from .candidates import Candidate, Named, evidence
from .event_words import cue
from .doctext import doc_text, tokens, word_at

if TYPE_CHECKING:
    from .arguments import ArgumentFinder

MODEL_FILE = "models/target_ranker.json"
MODEL_KIND = "foedus-target-ranker"
MODEL_VERSION = 1
NONE = "NONE"
MAX_PATH = 4  # dependency steps kept of a path
# Options kept per event, the nearest to the trigger: news sentences have far fewer, and a sentence of
# thousands of words with hundreds of names would otherwise cost events x names feature sets.
MAX_OPTIONS = 24
# A margin this large turns its move off (train_target_model.py's grids end with it; docs/model.md): with
# replacing off, an event whose rules gave a target is not scored at all.
OFF = 99.0
# Disapproval (criticise, accuse, blame) is never aimed at its own source (taxonomy class "accusation").
ACCUSING_ROOTS = taxonomy.roots("accusation")

# Training runs collect the candidate groups here instead of applying the model (:func:`recording`).
_recorder: list[dict[str, Any]] | None = None


@dataclass(frozen=True)
class Option:
    """One candidate target of an event: ``named`` (None for "no target") and how the sentence names it."""

    named: Named | None
    kind: str          # "none", "actor", "pronoun", "place", "rule" (a target only the rules found)
    word: int | None   # the token that names it in the sentence

    @property
    def country(self) -> str:
        """The first code segment, as the evaluation compares targets ("" for none)."""
        return (self.named.code or "")[:3] if self.named is not None else ""


@dataclass(frozen=True)
class TargetModel:
    """Feature weights and the two margins of :func:`choose_targets`."""

    weights: dict[str, float]
    fill: float
    replace: float
    meta: dict[str, Any]

    def score(self, feats: list[str]) -> float:
        w = self.weights
        return sum(w.get(f, 0.0) for f in feats)


def _bad(problem: str) -> DataError:
    return DataError(Errors.E220.format(path=MODEL_FILE, problem=problem))


def parse_model(raw: Any) -> TargetModel:
    """A ``TargetModel`` from the decoded JSON of the model file; E220 says what is wrong."""
    weights = model_files.linear_weights(raw, MODEL_KIND, MODEL_VERSION, _bad)
    margins = raw.get("margins")
    if not isinstance(margins, dict):
        raise _bad("\"margins\" must be an object with \"fill\" and \"replace\"")
    for k in ("fill", "replace"):
        v = margins.get(k)
        if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v) or v < 0:
            raise _bad(f"margin {k!r} must be a number of 0 or more, not {v!r}")
    return TargetModel(weights, float(margins["fill"]),
                       float(margins["replace"]), {k: v for k, v in raw.items() if k not in {"weights"}})


def load_model(text: str) -> TargetModel:
    """Parse the model file's text; E220 for broken JSON or a wrong schema."""
    return parse_model(model_files.decode(text, _bad))


@lru_cache(maxsize=1)
def default_model() -> TargetModel:
    """The packaged model (read once)."""
    return load_model(data.path(MODEL_FILE).read_text(encoding="utf-8"))


@contextmanager
def recording() -> Iterator[list[dict[str, Any]]]:
    """Collect the candidate groups of every event coded inside the block, rules left as they are."""
    global _recorder
    saved, _recorder = _recorder, []
    try:
        yield _recorder
    finally:
        _recorder = saved


# ---------------------------------------------------------------------------- candidates
def _place_country(tok: Token) -> str | None:
    if tok.pos_ != "PROPN" or tok.dep_ == "compound":
        return None
    words = [t for t in tok.subtree if t.dep_ == "compound" and t.pos_ == "PROPN" and t.i < tok.i] + [tok]
    if not all(t.text[:1].isupper() for t in words):
        return None   # a place's name is capitalised ("the west bank of the river" names none)
    # read as the rules read a place: "Palma (Cabo Delgado)" is the Palma of the region the sentence names
    loc = places.place_of_noun([tok], places.Gazetteer.default(), set())
    return loc.country if loc is not None and loc.country else None


def _eligible(m: Mention, src: Mention | None) -> bool:
    """An actor the model may choose: not the source's own mention, and of a country the text states
    (a sector with no country, "police", or one guessed from the article is no target to add)."""
    if m is src:  # same object: not a token
        return False
    return (bool(m.country) and m.country_from != "article") or m.code.startswith("IGO")


def options(finder: ArgumentFinder, sent: Span, cand: Candidate, co_agents: Sequence[Mention] = ()) -> list[Option]:
    """The candidate targets of ``cand``: "none", each actor the sentence names (:func:`_eligible`),
    each town of a known country not already an actor (not of the source's own country: a town at
    home is where an act happens), and the rules' target. ``co_agents``, the other sources of the same
    act ("condemned by the UN and the EU"), do it along with the source, never to it: no option (a
    mutual act's partner the rules paired stays as the rules' target)."""
    out = [Option(None, "none", None)]
    src = cand.source.mention if cand.source is not None else None
    if cand.code[:2] in APPEAL_ROOTS and finder.unnamed_addressee(cand.trigger):
        # "urged donors to fund the rebuilding of Mosul": aimed at people named by no actor, so no actor
        # or town inside what is asked is an option (``arguments.unnamed_addressee``)
        return out + ([Option(cand.target, "rule", cand.target.word)] if cand.target is not None else [])
    if finder.rejected_demand_owners(cand.trigger, cand.code, [cand.source] if cand.source is not None else []) is not None:
        # (demand42) "rejected international calls to free X": aimed at the demander or at no one, never at an actor
        # inside what was demanded (``arguments.rejected_demand_owners``)
        return out + ([Option(cand.target, "rule", cand.target.word)] if cand.target is not None else [])
    if cand.code[:2] == "09" and finder.inquired_force_doers(cand.trigger, [cand.source] if cand.source is not None
                                                             else []) is not None:
        # (material50) "opened an investigation into an air strike in Gaza City": aimed at the strike's doer or at no
        # one (its own side's act), never at the place or the victims of what is looked into
        return out + ([Option(cand.target, "rule", cand.target.word)] if cand.target is not None else [])
    # the one who reports the act is not its target ("..., the UN said"); the rules keep the exception
    # of a state reporting an attack on itself (``implicit._reporting_victim``)
    reporter = cand.reported_by.mention if cand.reported_by is not None else None
    co = {id(a) for a in co_agents}
    # a co-agent drawn from a list ("the navies of the Philippines and the United States") keeps the span
    # of the country that names it: that country's mention is the co-agent too
    co_spans = {(a.start, a.end) for a in [*co_agents, *([src] if src is not None else [])]}
    # what emergency rule followed is its cause, never its target ("declared martial law after Azerbaijan
    # launched an offensive"): the rules drop it, and so does the model (event_words cause_not_target_codes)
    cause = any(cand.code.startswith(p) for p in finder.words.cause_not_target_codes)
    # what stands before the source inside its own phrase describes the source ("Rwanda-backed M23
    # rebels", "Moscow's Wagner fighters"): its sponsor or owner, never whom the source acts on
    parts = _sentence_parts(finder, sent)
    front: set[int] = set()
    if src is not None and cand.source is not None and cand.source.word is not None \
            and sent.start <= cand.source.word < sent.end:
        front = {t.i for t in word_at(sent.doc, cand.source.word).subtree if t.i < src.start}
        # (review44) and so does where it is or comes from, after it: "central banks in Europe and the United States
        # pumped billions into markets" (the banks' own lands, no recipients)
        own = word_at(sent.doc, cand.source.word)
        where = {t.i for p in own.children if p.dep_ == "prep" and p.i >= src.end
                 and p.lower_ in lexicon.words("event_cues", "source_place_preps") for t in p.subtree}
        if own.pos_ in {"NOUN", "PROPN"} and cand.trigger.i not in where:
            # a land of the source's own country stays an option: "gangs in Haiti freed inmates" (Haitians)
            front |= {m.head for m in parts.mentions if m.head in where and m.country != src.country}
        # and so does whom it is tied to by a side word after it ("troops loyal to President Assad shelled the
        # town": Assad is whose troops they are, not the town's)
        front |= {m.head for m in parts.mentions
                  if m.head is not None and src.end <= m.start <= src.end + 6 and side_tied(sent.doc, src.end, m.start)}
    # a cooperative act's broker ("signed a deal brokered by Qatar", "freed hostages in a swap arranged
    # by Oman") does another act (045, coded on its own): no target of this one
    brokered = cand.code[:2] in COOPERATIVE_ROOTS
    # a diplomatic act's venue ("signed a ceasefire agreement in Geneva") is no partner (``arguments``)
    venue = finder.venue_act(cand.trigger, cand.code)
    # "took 250 hostages into Gaza": where the people an act on persons takes are taken is no target
    taken_to = _destinations(cand.trigger) if cand.code in finder.words.personal_violence_codes else set()
    # an actor or town named by a verb conjoined with a non-violent act is that verb's ("resigned and fled
    # to India", "rejected the reform and asked Germany for help"); a violent or coercive act keeps it: the
    # victims of "razed the town and killed hundreds of residents" are those of both verbs
    peaceful = cand.code[:2] < "17"
    # the actors nearest the trigger first, and no more than MAX_OPTIONS of them: those farther would be cut
    # below anyway (same nearness, same ties), and each costs walks up the parse (bench/stress_inputs.py)
    trigger = cand.trigger.i
    nearest = sorted(range(len(parts.mentions)), key=lambda k: (abs((parts.mentions[k].head or trigger) - trigger), k))
    chosen: list[int] = []
    for k in nearest:
        if len(chosen) == MAX_OPTIONS:
            break
        m = parts.mentions[k]
        if brokered and _agent_of_other_act(word_at(sent.doc, m.head), cand.trigger):
            continue
        if m.head in taken_to:
            continue
        if brokered and src is not None and m.country_from == "coref" and m.country == src.country:
            continue   # "Saudi Arabia reopened its embassy in Damascus": the doer's own office is no partner
        if places.names_broker(word_at(sent.doc, m.head)) and word_at(sent.doc, m.head).head.i != cand.trigger.i:
            continue   # "a truce brokered by Egypt": the broker is no target of an act on it
        if places.onlooker(word_at(sent.doc, m.head)):
            continue   # "signed the accord, with UN chief Annan looking on": an onlooker is no target
        if brokered and finder.truce_proposer(cand.trigger, cand.code, Named(m, m.head)):
            continue   # (intend41) "Kyiv accepted a US proposal for a ceasefire": the proposer is no target of it
        if brokered and finder.weapon_object(cand.trigger, word_at(sent.doc, m.head)):
            continue   # (intend41) "Washington pledged 31 Abrams tanks": the weapons given are the gift, no target
        if (m.kind == "capital" or _names_town(word_at(sent.doc, m.head))) and (
                venue and _venue(word_at(sent.doc, m.head)) or places.meeting_venue(word_at(sent.doc, m.head))
                or _governor_venue(word_at(sent.doc, m.head), cand.trigger)):
            continue   # "talks in Nairobi", "pledged in the Kenyan capital": the meeting's venue, for any act on it
        if venue and m.kind == "country" and _country_venue(word_at(sent.doc, m.head), cand.trigger):
            continue   # (target33) "struck a trade framework at his golf resort in Scotland": a land it is done in
        # a town that names a pact ("the Juba peace agreement") is no party to it (``names_pact``)
        # the country that names a border ("near the Chinese border") is across it: no option (the
        # rules' own target stays one: "massed troops on the Ukrainian border")
        skip = cause and finder.in_sequel(Named(m, m.head), cand.trigger) or (m.start, m.end) in co_spans \
            or m.head in front or finder.names_pact(word_at(sent.doc, m.head)) or places.names_frontier(word_at(sent.doc, m.head)) \
            or _speaker_aside(finder, word_at(sent.doc, m.head), cand.trigger) \
            or peaceful and other_conjunct_argument(word_at(sent.doc, m.head), cand.trigger) \
            or _in_timed_other_act(finder, word_at(sent.doc, m.head), cand.trigger, cand.code) \
            or in_generic_relative(word_at(sent.doc, m.head), cand.trigger)
        if _eligible(m, src) and m is not reporter and id(m) not in co and not skip:  # same object: not a token
            chosen.append(k)
    out.extend(Option(Named(m, m.head), "actor", m.head) for m in (parts.mentions[k] for k in sorted(chosen)))
    for i, ms in parts.pronouns:
        out.extend(Option(Named(m, i), "pronoun", i) for m in ms
                   if _eligible(m, src) and m is not reporter and id(m) not in co)  # same object: not a token
    home = src.country if src is not None else None
    # "GENEVA, Nov 24 - Iran and six powers reached a deal": the dateline names where the story was filed,
    # for a diplomatic act no more than its venue (the actor finder skips it; arrivals keep it: the host)
    filed = places.dateline_end(doc_text(sent.doc)) if venue and sent.start == 0 else 0
    for i, text, country, at_venue, at_meeting in parts.places:
        if i == cand.trigger.i or (venue and at_venue) or at_meeting or word_at(sent.doc, i).idx < filed or i in taken_to \
                or _governor_venue(word_at(sent.doc, i), cand.trigger) \
                or peaceful and other_conjunct_argument(word_at(sent.doc, i), cand.trigger):
            continue
        if country != home:
            m = Mention(start=i, end=i + 1, text=text, code=country, country=country, sector=None,
                        name=None, kind="place", head=i)
            out.append(Option(Named(m, i), "place", i))
    if len(out) - 1 > MAX_OPTIONS:
        near = sorted(range(1, len(out)), key=lambda n: (abs((out[n].word or trigger) - trigger), n))[:MAX_OPTIONS]
        out = [out[0]] + [out[n] for n in sorted(near)]
    rule = cand.target
    if rule is not None and not any(o.named is not None and o.named.same(rule) and o.word == rule.word for o in out):
        out.append(Option(rule, "rule", rule.word))
    return out


@dataclass(frozen=True)
class _SentenceParts:
    """What :func:`options` reads of a sentence whatever the candidate: its mentions, its pronouns, the
    words they cover, and the towns of a known country among the other words (index, text, country,
    whether in a locative phrase, whether the venue of a meeting)."""

    mentions: list[Mention]
    pronouns: list[tuple[int, list[Mention]]]
    taken: frozenset[int]
    places: list[tuple[int, str, str, bool, bool]]


class _ArticleParts:
    """The parts of each sentence of one parsed text, and the mentions and pronouns of the text sorted by
    their head's index (kept in the text's own order inside a sentence)."""

    def __init__(self, finder: ArgumentFinder) -> None:
        self.mention_heads = sorted((m.head, k) for k, m in enumerate(finder.mentions))
        self.pronoun_keys = list(finder.pronouns)
        self.pronoun_heads = sorted((i, k) for k, i in enumerate(self.pronoun_keys))
        self.sentences: dict[tuple[int, int], _SentenceParts] = {}


# finder (one per parsed text) -> its parts: a sentence's parts are worked out once, not once per candidate over
# the whole text's mentions and each word of the sentence (n events of a sentence of n words took n squared steps,
# and a text's events times its mentions, bench/stress_inputs.py)
_PARTS: weakref.WeakKeyDictionary[ArgumentFinder, _ArticleParts] = weakref.WeakKeyDictionary()


def _within(heads: list[tuple[int, int]], start: int, end: int) -> list[int]:
    """The positions (in the text's order) of the items of ``heads`` whose head is in ``start:end``."""
    return sorted(k for _, k in heads[bisect.bisect_left(heads, (start, -1)):bisect.bisect_left(heads, (end, -1))])


def _sentence_parts(finder: ArgumentFinder, sent: Span) -> _SentenceParts:
    article = _PARTS.get(finder)
    if article is None:
        article = _PARTS[finder] = _ArticleParts(finder)
    key = (sent.start, sent.end)
    if key not in article.sentences:
        mentions = [finder.mentions[k] for k in _within(article.mention_heads, sent.start, sent.end)]
        taken = {i for m in mentions for i in range(m.start, m.end)}
        keys = article.pronoun_keys
        pronouns = [(keys[k], finder.pronouns[keys[k]]) for k in _within(article.pronoun_heads, sent.start, sent.end)]
        taken.update(i for i, _ in pronouns)
        found = []
        for tok in tokens(sent):
            if tok.i in taken or finder.names_pact(tok):
                continue
            country = _place_country(tok)
            if country:
                found.append((tok.i, tok.text, country, _venue(tok), places.meeting_venue(tok)))
        article.sentences[key] = _SentenceParts(mentions, pronouns, frozenset(taken), found)
    return article.sentences[key]


def _destinations(trigger: Token) -> set[int]:
    """The words naming where an act takes people to ("took them to Mali", "took hostages into Gaza")."""
    preps = cue("destination_preps") - {"from"}
    return {o.i for p in trigger.children if p.dep_ == "prep" and p.lower_ in preps
            for o in p.children if o.dep_ == "pobj"}


def _speaker_aside(finder: ArgumentFinder, tok: Token, trigger: Token) -> bool:
    """The subject of a naming or reporting aside inside the act's own phrase ("struck what New Delhi
    called a militant camp", "struck a boat that Trump said was carrying drugs"): who labels the thing
    acted on is a speaker, not whom the act is done to."""
    from .clauses import naming_relative

    verb = tok.head
    if tok.dep_ != "nsubj" or verb.i == trigger.i:
        return False
    if naming_relative(verb):
        return True
    return verb.dep_ == "relcl" and verb.lemma_.lower() in finder.cues.reporting


def _names_town(tok: Token) -> bool:
    """The country that names a town ("the Kenyan capital", "the Qatari city of Doha"): a place, no actor."""
    return tok.dep_ in {"amod", "compound", "nmod", "poss"} and tok.head.lemma_.lower() in places.PLACE_NOUNS


def _venue(tok: Token) -> bool:
    """A name in a locative phrase ("in Geneva", "at Camp David"), or the country that names the town
    there ("in the Saudi capital", "in the Qatari city of Doha"), or the town named after its place noun ("in the
    Saudi city of Jeddah": session 34)."""
    if _names_town(tok):
        tok = tok.head
    elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in places.PLACE_NOUNS:
        tok = tok.head.head
    return tok.dep_ == "pobj" and tok.head.lower_ in places.LOCATIVE_PREPS and tok.head.lower_ != "from"


def _country_venue(tok: Token, trigger: Token) -> bool:
    """(target33) A country named only as where a statement, meeting or deal was made ("signed the accord in
    Scotland", "struck a framework at his golf resort in Scotland", "held talks in the Netherlands"): the object of
    "in" or "at" (place_cues venue_country_preps) on the act's own verb, or on the place its own "in" or "at" names;
    like a town there, the venue, not a party. Not a country inside the act's object ("recognised two regions in
    eastern Ukraine"), nor one its verb aims at ("invest in Kenya": place_cues venue_country_heads)."""
    preps = lexicon.words("place_cues", "venue_country_preps")
    if not _venue(tok) or tok.head.lower_ not in preps or trigger.lemma_.lower() in lexicon.words(
            "place_cues", "venue_country_heads"):
        return False
    head = tok.head.head
    if head.i == trigger.i:
        return True
    return head.dep_ == "pobj" and head.head.lower_ in preps and head.head.head.i == trigger.i


def _governor_venue(tok: Token, trigger: Token) -> bool:
    """A town in a locative phrase of the verb that governs the act as its complement ("Iran agreed in Geneva
    to curb its programme", "pledged in the Qatari capital to free the hostages"): where the promise or
    order was made, not where the act promised is done nor whom it is aimed at. Not a verb of arriving
    ("arrived in Hanoi to meet Kim": the host, as for the act itself)."""
    gov = trigger.head
    if trigger.dep_ != "xcomp" or gov.i == trigger.i or gov.pos_ not in {"VERB", "AUX"} \
            or gov.lemma_.lower() in places.ARRIVAL_VERBS:
        return False
    if _names_town(tok):
        tok = tok.head
    return _venue(tok) and tok.head.head.i == gov.i


def _in_timed_other_act(finder: ArgumentFinder, tok: Token, trigger: Token, code: str) -> bool:
    """(dyad27) Whether ``tok`` is inside a clause of contrast ("while", "whereas": modality_cues contrast_marks)
    with a doer of its own hung on ``trigger``, an act that names its own object ("condemned the move while
    Washington widened its sanctions", the rules' ``ArgumentFinder.timed_other_act``): the other act's actors are
    no target of this one. (Not "after", "as": the model's choice of the doer of the act before or around this
    one, "retook the town after government forces withdrew", stays an option.)"""
    for a in [tok, *tok.ancestors]:
        if a.i == trigger.i:
            return False
        if a.head.i == trigger.i:
            return any(m.dep_ == "mark" and m.lower_ in lexicon.words("modality_cues", "contrast_marks")
                       for m in a.children) and finder.timed_other_act(trigger, a, code)
    return False


def _agent_of_other_act(tok: Token, trigger: Token) -> bool:
    """Whether ``tok`` is inside the by-agent of a participle other than ``trigger`` ("a deal brokered
    by Saudi Arabia", "a truce, mediated by the AU's envoy")."""
    for a in [tok, *tok.ancestors]:
        if a.i == trigger.i:
            return False
        if a.dep_ == "agent" and a.head.i != trigger.i:
            return True
    return False


def _rule_index(cand: Candidate, opts: list[Option]) -> int:
    rule = cand.target
    if rule is None:
        return 0
    for n, o in enumerate(opts):
        if o.named is not None and o.named.same(rule) and o.word == rule.word:
            return n
    for n, o in enumerate(opts):
        if o.named is not None and o.named.same(rule):
            return n
    return len(opts) - 1


# ---------------------------------------------------------------------------- features
def _path(trigger: Token, word: Token) -> tuple[list[str], list[Token]]:
    """Dependency steps from the trigger up to the common ancestor ("^label") and down to ``word``
    ("vlabel"), and the tokens passed going down."""
    ups: dict[int, int] = {}
    t, n = trigger, 0
    while True:
        ups[t.i] = n
        if t.head.i == t.i or n > 30:
            break
        t, n = t.head, n + 1
    down: list[Token] = []
    w = word
    while w.i not in ups and w.head.i != w.i and len(down) < 30:
        down.append(w)
        w = w.head
    if w.i not in ups:
        return ["far"], []
    steps = []
    t = trigger
    while t.i != w.i:
        steps.append("^" + t.dep_)
        t = t.head
    steps.extend("v" + d.dep_ for d in reversed(down))
    return steps, list(reversed(down))


def _buckets(n: int) -> str:
    return str(n) if n <= 3 else "4-6" if n <= 6 else "7-12" if n <= 12 else "13+"


def event_features(cand: Candidate) -> list[str]:
    """What the event itself says: its root and quad class, direct object, passive, nominal."""
    trig = cand.trigger
    root = cand.code[:2]
    try:
        quad = taxonomy.cameo(cand.code).quad_class
    except DataError:   # an unknown code is reported by the pipeline (W121), not here
        quad = 0
    deps = {c.dep_ for c in trig.children}
    out = [f"root={root}", f"quad={quad}"]
    if "dobj" in deps:
        out.append("dobj")
    if "nsubjpass" in deps or "auxpass" in deps:
        out.append("passive")
    if cand.nominal:
        out.append("nominal")
    if cand.source is None:
        out.append("nosource")
    if cand.target is None:
        out.append("rule_none")
    return out


def option_features(cand: Candidate, opt: Option, ev: list[str]) -> list[str]:
    """The features of one candidate target: general syntax and the rules' choice, never words."""
    root, quad = ev[0], ev[1]
    if opt.named is None:
        return [NONE] + [f"{NONE}|{e}" for e in ev]
    trig = cand.trigger
    doc = trig.doc
    feats = [f"kind={opt.kind}", f"{root}|kind={opt.kind}"]
    is_rule = cand.target is not None and opt.named.same(cand.target)
    if is_rule:
        feats += ["rule", f"{root}|rule", f"{quad}|rule"]
    src = cand.source
    if src is not None and src.country and opt.named.country == src.country:
        feats += ["same_country", f"{quad}|same_country"]
    mk = opt.named.kind
    feats.append(f"mkind={mk}")
    if opt.named.sector:
        feats.append(f"{quad}|sector={opt.named.sector}")
    if opt.named.country_from:
        feats.append(f"from={opt.named.country_from}")
    if opt.word is None or not (trig.sent.start <= opt.word < trig.sent.end):
        feats.append("outside")
        return feats
    word = word_at(doc, opt.word)
    if src is not None and src.start <= opt.word < src.end:
        feats.append("in_source_phrase")
    dist = opt.word - trig.i
    side = "after" if dist > 0 else "before"
    feats += [side, f"dist={side}{_buckets(abs(dist))}"]
    steps, down = _path(trig, word)
    short = steps[:MAX_PATH]
    path = " ".join(short) + (" +" if len(steps) > MAX_PATH else "")
    feats += [f"path={path}", f"{quad}|path={path}", f"len={_buckets(len(steps))}",
              f"first={steps[0] if steps else '-'}"]
    ups = sum(1 for s in steps if s.startswith("^"))
    feats.append(f"ups={min(ups, 3)}")
    preps = [d.lemma_.lower() for d in down if d.dep_ in {"prep", "agent", "dative"}]
    if preps:
        feats += [f"prep={preps[0]}", f"{root}|prep={preps[0]}"]
        if ups == 0:
            feats.append(f"own_prep={preps[0]}")
        if preps[-1] != preps[0]:
            feats += [f"last_prep={preps[-1]}", f"{root}|last_prep={preps[-1]}"]
    else:
        feats.append("noprep")
    if word.dep_ in {"poss", "compound", "amod", "nmod"}:
        feats.append(f"modifier={word.dep_}")
    if any(d.dep_ in {"ccomp", "advcl", "relcl", "acl", "xcomp", "conj"} for d in down):
        feats.append("other_clause")
    return feats


def featurize(cand: Candidate, opts: list[Option]) -> list[list[str]]:
    ev = event_features(cand)
    return [option_features(cand, o, ev) for o in opts]


# ---------------------------------------------------------------------------- use
def _groups(cands: list[Candidate]) -> dict[tuple[int, int | None], list[Candidate]]:
    """The events of each trigger and source. (false27) A refusal's act negated beside it ("Kazakhstan will not
    recognise the republics": 120, and 054 negated; rules.refusal) is no second target of the refusal: it is left
    out of the refusal's group, so the rejection alone is offered to the model as any act alone would be."""
    refusing = {(c.trigger.i, c.source.start) for c in cands
                if c.source is not None and c.code[:2] == "12" and c.modality == modality.ASSERTED}
    by: dict[tuple[int, int | None], list[Candidate]] = {}
    for c in cands:
        key = _key(c)
        if c.modality == modality.NEGATED and key in refusing:
            continue
        by.setdefault(key, []).append(c)
    return by


def choose_targets(finder: ArgumentFinder, sent: Span, cands: list[Candidate],
                   model: TargetModel | None = None) -> dict[int, Candidate]:
    """Fill or replace the targets of ``cands`` (in place) where the model is sure enough.

    Only an event that is alone with its trigger and source is touched (several targets of one act,
    or both directions of a reciprocal one, stay as the rules made them). Returns, by ``id``, each event
    whose target the model set or that it added for a listed target (:func:`_listed_with`) with the event
    as the rules left it (session 34): the event vetter judges an event on what the rules found, not on
    the model's choice (``vetter.vet``)."""
    groups = _groups(cands)
    agents: dict[int, list[Mention]] = {}
    for c in cands:
        if c.source is not None:
            agents.setdefault(c.trigger.i, []).append(c.source.mention)

    def co_agents(c: Candidate) -> list[Mention]:
        src = c.source.mention if c.source is not None else None
        return [m for m in agents.get(c.trigger.i, []) if m is not src]  # same object: not a token

    if _recorder is not None:
        for c in cands:
            opts = options(finder, sent, c, co_agents(c))
            _recorder.append({"cand": c, "options": opts, "features": featurize(c, opts),
                              "rule": _rule_index(c, opts), "alone": len(groups.get(_key(c), ())) == 1})
        return {}
    model = model or default_model()
    added: list[Candidate] = []
    before: dict[int, Candidate] = {}
    for c in cands:
        if len(groups.get(_key(c), ())) != 1 or (c.target is not None and model.replace >= OFF):
            continue
        opts = options(finder, sent, c, co_agents(c))
        if len(opts) < 2:
            continue
        scores = [model.score(f) for f in featurize(c, opts)]
        pick = decide(scores, _rule_index(c, opts), model.fill, model.replace)
        if pick is not None and c.target is None and _own_land(c, opts[pick]):
            # (target32) an outward act of a state's body is not aimed at its own country: the next best option
            scores = [float("-inf") if n and _own_land(c, o) else s for n, (o, s) in enumerate(zip(opts, scores))]
            pick = decide(scores, 0, model.fill, model.replace)
        chosen = opts[pick].named if pick is not None else None
        if chosen is not None and c.code[:2] in ACCUSING_ROOTS and c.source is not None \
                and chosen.mention.code == c.source.mention.code:
            chosen = None   # "the government blamed ..." beside "the ministry": no one accuses itself
        if chosen is not None:
            ruled = replace(c)   # the event as the rules left it
            c.target = chosen
            c.tokens = evidence(c.trigger, c.source, c.target)
            before[id(c)] = ruled
            if pick is not None and opts[pick].kind == "actor":
                listed = _listed_with(finder, c, opts)
                added.extend(listed)
                before.update((id(n), ruled) for n in listed)
    cands.extend(added)
    return before


def _own_land(c: Candidate, opt: Option) -> bool:
    """(target32) ``opt`` is the bare country (no sector: a country's name, a town of it) of the body that is the
    source of ``c`` ("Mogadishu" SOMGOV), and ``c`` is an act aimed outward (event_cues outward_roots)."""
    src = c.source
    named = opt.named
    if src is None or named is None or not src.sector or not src.country:
        return False
    return (c.code[:2] in lexicon.words("event_cues", "outward_roots") and not named.sector
            and named.code == src.country)


def _listed_with(finder: ArgumentFinder, c: Candidate, opts: list[Option]) -> list[Candidate]:
    """(dyad24) The other actors of the list the chosen target heads: "fired shells at Iraqi and U.S. troops",
    "killed dozens of Wagner mercenaries and Malian soldiers": the act is done to each (one event per target, as
    the rules code "struck Kyiv and Kharkiv"). Only actors the model could have chosen (an option), each of a
    country of its own, not the source's."""
    if c.target is None or c.target.word is None:
        return []
    word = c.target.word
    sent_doc = c.trigger.doc
    if _doer_of_other_act(c.trigger, word_at(sent_doc, word)):
        return []
    offered = {(o.named.start, o.named.code) for o in opts if o.named is not None and o.kind == "actor"}
    src = c.source.code if c.source is not None else None
    seen = {c.target.country}
    out: list[Candidate] = []
    for n in finder.actors_of(word_at(sent_doc, word)):
        if (n.start, n.code) not in offered or not n.country or n.country in seen or n.code == src:
            continue
        seen.add(n.country)
        out.append(replace(c, target=n, tokens=evidence(c.trigger, c.source, n)))
    return out


def _doer_of_other_act(trigger: Token, word: Token) -> bool:
    """(session 34) The chosen target's word is the subject of a verb other than the act's own: the list it heads
    does that other act ("Presidents Bush and Yeltsin signed the treaty, though nationalists threatened to block
    ratification", "pulled out of Kismayo as Kenyan troops and Somali forces closed in"), and is no list of whom this
    act is done to. Not a relative clause inside the act's own phrase ("brokered a deal under which Ethiopia and
    Somalia agreed": the parties of the deal)."""
    for _ in range(8):   # up to the head of the noun phrase: "Ugandan and Tanzanian soldiers", "troops and forces"
        if word.dep_ not in {"conj", "appos", "amod", "nmod", "compound", "poss"} or word.head.i == word.i \
                or word.head.pos_ not in {"NOUN", "PROPN"}:
            break
        word = word.head
    verb = word.head
    if word.dep_ not in {"nsubj", "nsubjpass"} or verb.i == trigger.i:
        return False
    t = verb
    for _ in range(40):
        if t.i == trigger.i:
            return True
        if t.dep_ in {"relcl", "acl"}:
            return not any(a.i == trigger.i for a in t.ancestors)
        if t.head.i == t.i:
            return True
        t = t.head
    return True


def _key(c: Candidate) -> tuple[int, int | None]:
    return (c.trigger.i, c.source.start if c.source is not None else None)


def decide(scores: list[float], rule: int, fill: float, replace: float) -> int | None:
    """The option to take instead of the rules' ``rule`` (index 0 is "none"), or None to keep it: the
    best actor must beat "none" by ``fill`` when the rules gave no target, and beat the rules' target
    by ``replace`` otherwise."""
    best = max(range(1, len(scores)), key=lambda n: (scores[n], -n), default=None)
    if best is None or best == rule:
        return None
    margin = scores[best] - scores[rule]
    if rule == 0:
        return best if margin > fill and fill < OFF else None
    return best if margin > replace and replace < OFF else None
