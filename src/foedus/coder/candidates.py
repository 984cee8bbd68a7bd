"""What an event found in a sentence holds, before modality, date and place are added.

``Named``: an actor as the sentence names it, the mention and the word that named it here (a
pronoun, a noun of the mention, the head of "the government of Japan"); the word gives the
event's evidence span. ``Candidate``: the event. ``resolve_duplicates``: one event per act.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from spacy.tokens import Token

from .. import schema, taxonomy
from . import modality
from .actors import Mention, compose_code

# Statements (of intent) dropped when another event of the same source governs them.
STATEMENT_ROOTS = taxonomy.roots("statement")
# A crowd's riot at home is one act however many verbs or objects tell it (CAMEO 145: protest violently, riot).
RIOT_CODES = frozenset({"145"})


@dataclass(frozen=True, eq=False)
class Named:
    """An actor mention as a sentence names it: ``word`` is the index of the word that named it here
    (None for an actor the text does not name: a state's people, a crowd's country). Two ``Named``
    of one mention are the same actor (``same``); the mention's fields read through."""

    mention: Mention
    word: int | None = None

    def by(self, word: int | None) -> Named:
        """The same mention, named by ``word``."""
        return Named(self.mention, word)

    @classmethod
    def agent_at(cls, tok: Token, country: str | None, sector: str, name: str | None = None,
                 named: bool = False) -> Named:
        """An actor the sentence implies at the one word ``tok``: the ``sector`` of a ``country`` the sentence gives
        ("protests" as the country's civilians, CVL; a state's act told with no doer as its government, GOV);
        ``named``: ``tok`` is also the word that names it here."""
        return cls(Mention(start=tok.i, end=tok.i + 1, text=tok.text, code=compose_code(country, sector), country=country,
                           sector=sector, name=name, kind="agent", head=tok.i, country_from="sentence"),
                   tok.i if named else None)

    @classmethod
    def country_at(cls, tok: Token, country: str) -> Named:
        """The country where an act happened, named at ``tok`` (a target the place gives)."""
        return cls(Mention(start=tok.i, end=tok.i + 1, text=tok.text, code=country, country=country,
                           sector=None, name=None, kind="country", head=tok.i))

    def changed(self, **changes: Any) -> Named:
        """A new mention with ``changes`` (another code, country or kind), named by the same word."""
        return Named(replace(self.mention, **changes), self.word)

    def same(self, other: Named | None) -> bool:
        """The same mention (not merely an equal one)."""
        return other is not None and self.mention is other.mention  # same object: not a token

    def to_actor(self) -> schema.Actor:
        return self.mention.to_actor()

    @property
    def start(self) -> int:
        return self.mention.start

    @property
    def end(self) -> int:
        return self.mention.end

    @property
    def text(self) -> str:
        return self.mention.text

    @property
    def code(self) -> str:
        return self.mention.code

    @property
    def country(self) -> str | None:
        return self.mention.country

    @property
    def sector(self) -> str | None:
        return self.mention.sector

    @property
    def name(self) -> str | None:
        return self.mention.name

    @property
    def kind(self) -> str:
        return self.mention.kind

    @property
    def head(self) -> int:
        return self.mention.head

    @property
    def country_from(self) -> str:
        return self.mention.country_from


@dataclass
class Candidate:
    """An event found in a sentence, before modality, date and place are added."""

    trigger: Token
    code: str
    pattern: str
    source: Named | None
    target: Named | None
    reported_by: Named | None = None
    modality: str = modality.ASSERTED
    governor: Token | None = None
    tokens: set[int] = field(default_factory=set)
    inherited_source: bool = False
    nominal: bool = False
    purpose: bool = False  # "sent inspectors to monitor": intended, never recoded as a statement of intent


def same_actor(m: Named, others: list[Named]) -> bool:
    return any(m is o or (m.code == o.code and m.name == o.name) for o in others)  # same object: not a token


def dedupe(ms: list[Named]) -> list[Named]:
    out: list[Named] = []
    for m in ms:
        if not same_actor(m, out):
            out.append(m)
    return out


def evidence(trigger: Token, source: Named | None, target: Named | None) -> set[int]:
    """The evidence tokens of an event: its trigger and the words naming its source and target."""
    return {trigger.i} | _naming_words(source, trigger) | _naming_words(target, trigger)


def _naming_words(m: Named | None, trigger: Token) -> set[int]:
    """The words that name actor ``m`` in the trigger's sentence (a pronoun, a noun, or the mention)."""
    if m is None:
        return set()
    sent = trigger.sent
    i = m.word
    if i is not None and m.start <= i < m.end and sent.start <= m.start < sent.end:
        return set(range(m.start, m.end))
    if i is not None and sent.start <= i < sent.end:
        return {i}
    return set()


def resolve_duplicates(cands: list[Candidate]) -> list[Candidate]:
    """One event per (source, target, code, trigger); a governing intent verb yields to the
    more specific act below it ("agreed to provide aid" is one 033x event, not 030 + 033x)."""
    seen: set = set()
    out: list[Candidate] = []
    # only a cue of intention or consideration yields ("is considering supplying"); a denial or a
    # refusal stays an event of its own ("denied supplying shells": 016, and the supplying negated)
    governed = {(c.source.code, c.governor.i) for c in cands
                if c.governor is not None and c.source is not None
                and (c.modality in {modality.INTENDED, modality.CONSIDERED}
                     # "had planned to march, but ...": a plan not carried out yields too
                     or (c.modality == modality.NEGATED and c.governor.lemma_.lower() in modality.cues().intended_verbs))}
    # (modality42) and so does a governing verb whose own pattern read the governed act's words as its own, with
    # the same code: "agreed to slap sanctions" ("agree * (to sanctions)" on "agreed") is the sanctions intended
    same_act = {(c.source.code, c.governor.i, c.code) for c in cands
                if c.governor is not None and c.source is not None and c.modality in {modality.INTENDED,
                                                                                      modality.CONSIDERED}}
    rioted: set = set()
    for c in cands:
        key = (c.source.code if c.source else None, c.target.code if c.target else None, c.code, c.trigger.sent.start)
        if key in seen:
            continue
        if c.source is not None and (c.source.code, c.trigger.i) in governed and c.code[:2] in STATEMENT_ROOTS:
            continue
        if c.source is not None and (c.source.code, c.trigger.i, c.code) in same_act \
                and c.modality == modality.ASSERTED:
            continue
        if _home_riot(c):
            # (outranked14) "students clashed with police and pro-government activists", "rioters set tyres
            # ablaze and hurled stones at police", "ransacked Congress, the presidential palace and the Supreme
            # Court": one riot of one crowd at home, coded once (its first target); a riot at foreign targets
            # ("attacked the embassies of Rwanda, France and the United States") is one event per country
            riot = (c.source.code if c.source else None, c.trigger.sent.start, c.modality)
            if riot in rioted:
                continue
            rioted.add(riot)
        seen.add(key)
        out.append(c)
    return out


def _home_riot(c: Candidate) -> bool:
    """A riot (145) whose target, if any, is of its crowd's own country."""
    return c.code in RIOT_CODES and c.source is not None and (
        c.target is None or not c.target.country or c.target.country == c.source.country)
