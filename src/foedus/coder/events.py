"""Code events from parsed sentences: who did what to whom, in every verb clause.

For each verb (and a few event nouns) the verb-pattern dictionary gives a CAMEO code; the
parse gives the source (subject, or the by-agent of a passive, or the subject inherited from
a governing verb) and the target (object, dative, prepositional object, or the addressee
inside a reported clause). Conjoined actors give one event each, reciprocal verbs (meet,
sign, agree) give both directions, and reported speech keeps the reporter in ``reported_by``.

This module only finds ``Candidate`` events (``SentenceCoder.sentence_events``); ``finish.py``
makes them ``Event``s and ``pipeline.py`` adds dates and places from their own stages.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from functools import cached_property, lru_cache

from spacy.tokens import Doc, Span, Token

from .. import data, lexicon, taxonomy
from . import modality

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
# Prepositions that introduce a target of the act ("sanctions against Moscow", "talks with Seoul").
TARGET_PREPS = lexicon.words("event_cues", "target_preps")
# "at" names a target only after verbs of aiming ("fired at", "lashed out at"); elsewhere it is a place.
AT_VERBS = lexicon.words("event_cues", "at_verbs")
# Prepositions of place: their objects are where an event happened, never whom it was done to.
PLACE_PREPS = lexicon.words("event_cues", "place_preps")
# Words of the verb phrase a pattern may look at: PETRARCH patterns are short.
PATTERN_WINDOW = 8
# Clauses that belong to another event: never search them for this verb's arguments.
OTHER_CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "csubj", "parataxis", "conj", "acl"}
# Acts of violence: without a named perpetrator they are coded to unidentified armed forces.
VIOLENT_ROOTS = taxonomy.roots("violent")
# Acts whose target may be a town the actor dictionaries do not know ("shelled Kharkiv" -> UKR).
PLACE_TARGET_ROOTS = taxonomy.roots("place_target")
# Violence or destruction by civilians (protesters, crowds, students) is a riot (CAMEO 145).
RIOT_ROOTS = taxonomy.roots("riot")
# Sectors that never take a country from the place of the act (peacekeepers, IGO/NGO staff, foreign fighters).
NO_LOCAL_SECTORS = taxonomy.sectors("no_local_country")
# Sectors that bear arms: "killed in Israeli tank shelling" names the attacker in the "in" phrase.
ARMED_SECTORS = taxonomy.sectors("bears_arms")
# Cooperative acts that parties do together in a place ("met in Doha", "signed a deal in Pretoria").
MEETING_ROOTS = taxonomy.roots("meeting")
# Consultations: "A met B" is coded once, from the subject (dev-set convention, data/gold/README.md).
ONE_WAY_MEETING_ROOTS = taxonomy.roots("one_way_meeting")
# Armed sectors that fight the state of their own country: a place there is a target for them.
INSURGENT_SECTORS = taxonomy.sectors("insurgent")
# Conflictual acts whose target may sit deep in the clause ("began a hunger strike in protest
# against the government's decision"): when the verb's own objects name nobody, look deeper.
DEEP_TARGET_ROOTS = taxonomy.roots("deep_target")
# Organs of a state (government, army, police, intelligence, courts, legislature).
STATE_ORGAN_SECTORS = taxonomy.sectors("state_organ")
# The forces a government commands (army, police, intelligence).
STATE_FORCES = taxonomy.sectors("state_force")
# Acts of a state on its own people in a place it names: concessions, threats, repression, violence.
DOMESTIC_ROOTS = taxonomy.roots("domestic")
# A state organ's force on its own protesting civilians is repression (175).
REPRESSION_ROOTS = taxonomy.roots("repression")
# Acts that kill: killing a political leader is an assassination (186).
KILLING_ROOTS = taxonomy.roots("killing")
# Cooperative acts: a nominal one without a recipient takes the recipient of a recent act.
COOPERATIVE_ROOTS = taxonomy.roots("cooperative")
# Statements (of intent) dropped when another event of the same source governs them.
STATEMENT_ROOTS = taxonomy.roots("statement")
# "on the Thai border", "along the coast": where an act happens, not whom it is done to
BORDER_NOUNS = lexicon.words("event_cues", "border_nouns")
# Event nouns that are mutual by nature: "A and B renewed negotiations" is A->B and B->A.
MUTUAL_NOUNS = lexicon.words("event_cues", "mutual_nouns")
# "Make statement, not specified": every "said" would be one. Statements are carried by quotes and reported_by.
SKIP_CODES = {"010"}
AGREEMENT_NOUNS = lexicon.words("event_cues", "agreement_nouns")


def _cue(key: str) -> frozenset[str]:
    """A word list of data/lexicon/event_cues.yaml (loaded once, cached)."""
    return lexicon.words("event_cues", key)


@dataclass
class Candidate:
    """An event found in a sentence, before modality, date and place are added."""

    trigger: Token
    code: str
    pattern: str
    source: object | None  # actors.Mention
    target: object | None
    reported_by: object | None = None
    modality: str = modality.ASSERTED
    governor: Token | None = None
    tokens: set[int] = field(default_factory=set)
    inherited_source: bool = False
    nominal: bool = False
    purpose: bool = False  # "sent inspectors to monitor": intended, never recoded as a statement of intent


@dataclass(frozen=True)
class EventWords:
    reciprocal: frozenset[str]
    joint: frozenset[str]
    violent_means: frozenset[str]
    disaster_nouns: frozenset[str]
    accidental_blasts: frozenset[str]
    accident_words: frozenset[str]
    accident_sites: frozenset[str]
    accident_victims: frozenset[str]
    between_nouns: frozenset[str]
    crowd_nouns: frozenset[str]
    ceasefire_nouns: frozenset[str]
    protester_nouns: frozenset[str]
    ceasefire_start_verbs: frozenset[str]
    stance_passives: frozenset[str]
    light_verbs: frozenset[str]
    agentless_violence: frozenset[str]
    agentless_state: frozenset[str]
    assassination_verbs: frozenset[str]
    leader_sectors: frozenset[str]
    person_nouns: frozenset[str]
    mass_killing_verbs: frozenset[str]
    mass_killing_codes: frozenset[str]
    mass_quantity_words: frozenset[str]
    mass_killing_min: int
    mass_victim_nouns: frozenset[str]
    weapon_means: frozenset[str]
    civilian_sectors: frozenset[str]
    retaliation_verbs: frozenset[str]
    retaliation_particles: tuple[tuple[str, str], ...]
    response_nouns: frozenset[str]
    arresting_agents: tuple[tuple[str, str], ...]
    legal_charge_verbs: frozenset[str]
    legal_sectors: frozenset[str]
    meeting_verbs: frozenset[str]
    warning_verbs: frozenset[str]
    abductor_sectors: frozenset[str]
    blame_adjectives: frozenset[str]
    blame_preps: frozenset[str]
    posture_preps: frozenset[str]
    intent_codes: tuple[tuple[str, str], ...]
    bombing_doers: frozenset[str] = frozenset()
    suicide_marks: frozenset[str] = frozenset()
    bombing_codes: frozenset[str] = frozenset()
    personal_violence_codes: frozenset[str] = frozenset()
    generic_attack_codes: frozenset[str] = frozenset()
    bomb_kinds: tuple[tuple[str, str], ...] = ()
    preventing_verbs: frozenset[str] = frozenset()
    agentless_attack_verbs: frozenset[str] = frozenset()
    ceasefire_end_verbs: frozenset[str] = frozenset()
    reciprocal_pronouns: tuple[str, ...] = ()
    visit_verbs: frozenset[str] = frozenset()
    denial_codes: frozenset[str] = frozenset()
    meeting_between_nouns: frozenset[str] = frozenset()
    called_off_verbs: frozenset[str] = frozenset()
    mediating_verbs: frozenset[str] = frozenset()
    statement_participles: frozenset[str] = frozenset()
    reaction_relatives: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def event_words() -> EventWords:
    raw = data.read_yaml("events/event_words.yaml")
    rows = data.read_tsv("events/intent_codes.tsv")
    pairs = sorted(((r["act_prefix"], r["intent_code"]) for r in rows), key=lambda p: -len(p[0]))
    # Fields named after their key in event_words.yaml are word sets read as they are; the rest are
    # built here (renamed keys, unions, numbers and tables).
    built = {
        "reciprocal": frozenset(raw["reciprocal_verbs"]),
        "joint": frozenset(raw["joint_verbs"]) | frozenset(raw["reciprocal_verbs"]),
        "agentless_violence": frozenset(raw["agentless_violence_codes"]),
        "agentless_state": frozenset(raw["agentless_state_codes"]),
        "mass_killing_min": int(raw["mass_killing_min"]),
        "retaliation_particles": tuple(sorted(raw["retaliation_particles"].items())),
        "arresting_agents": tuple(sorted(raw["arresting_agents"].items())),
        "intent_codes": tuple(pairs),
        "bomb_kinds": tuple(sorted(raw["bomb_kinds"].items())),
        "reciprocal_pronouns": tuple(raw["reciprocal_pronouns"]),
        "denial_codes": frozenset(str(c) for c in raw["denial_codes"]),
    }
    word_sets = {f.name: frozenset(raw[f.name]) for f in fields(EventWords) if f.name not in built}
    return EventWords(**word_sets, **built)


def intent_code(code: str) -> str:
    """The CAMEO code for intending or considering the act ``code`` (072 -> 0332)."""
    for prefix, intent in event_words().intent_codes:
        if code.startswith(prefix):
            return intent
    return code


class SentenceCoder:
    """Codes the events of one article's sentences; keeps the little article memory it needs."""

    def __init__(self, doc: Doc, mentions: list, pronouns: dict[int, list], verbs):
        self.doc = doc
        self.verbs = verbs
        self.mentions = mentions
        self.pronouns = pronouns
        self.mention_at: dict[int, object] = {}
        for m in mentions:
            for i in range(m.start, m.end):
                self.mention_at[i] = m
        self.pact_parties: list = []  # parties of the last agreement signed or named
        # id(mention) -> token that referred to it last: written by actors_of (and where a mention is made)
        self.surface: dict[int, int] = {}
        # (sentence start, source country, target) of recent cooperative acts, for nominal acts without a target
        self.recent_targets: list[tuple[int, str | None, object]] = []
        self.words = event_words()
        self.cues = modality.cues()

    # ---- actors of a token -------------------------------------------------------------
    def actors_of(self, tok: Token, depth: int = 0) -> list:
        """Mentions that a noun phrase headed by ``tok`` stands for (conjuncts included).

        Side effect, on purpose: notes ``tok`` in ``self.surface`` as the last word that named each
        mention found, which ``_surface_tokens`` (the evidence span), ``_victims_where`` and
        ``_direct_partner`` read. Which word is last depends on the order of the calls (issue 12).
        """
        found: list = []
        if tok.i in self.pronouns:
            found.extend(self.pronouns[tok.i])
        elif tok.i in self.mention_at:
            found.append(self.mention_at[tok.i])
            # "Armenian and Azerbaijani forces": the first demonym is a mention of its own
            for c in tok.children:
                if c.dep_ in {"amod", "compound", "nmod"} and c.i in self.mention_at and any(
                        g.dep_ == "conj" and g.i in self.mention_at for g in c.children):
                    other = self.mention_at[c.i]
                    if other is not found[0] and other.sector == found[0].sector:  # same object: not a token
                        found.insert(0, other)
            # "Saudi Arabia, the UAE, Bahrain and Egypt": a country in apposition to a country is a list
            for c in tok.children:
                if c.dep_ == "appos" and c.i in self.mention_at and found[0].kind == "country" \
                        and self.mention_at[c.i].kind == "country" and self.mention_at[c.i].country != found[0].country \
                        and depth < 4:
                    found.extend(self.actors_of(c, depth + 1))
        else:
            found.extend(self._inner_actor(tok))
            if not found and depth < 2:
                # "Anwar Ibrahim, Malaysia's prime minister, condemned": the apposition names the actor
                for c in tok.children:
                    if c.dep_ == "appos" and not found:
                        found.extend(self.actors_of(c, depth + 1))
            if not found and tok.lemma_.lower() in AGREEMENT_NOUNS and self.pact_parties:
                found.extend(self.pact_parties)
            if not found and tok.pos_ == "VERB" and depth < 2:
                # a misparse that makes the subject phrase a clause ("The Red Cross operating in Iraq said")
                for c in tok.children:
                    if c.dep_ == "nsubj":
                        found.extend(self.actors_of(c, depth + 1))
        for m in found:
            self.surface[id(m)] = tok.i
        if depth < 4:
            for c in tok.children:
                if c.dep_ == "conj":
                    found.extend(self.actors_of(c, depth + 1))
        unique = []
        for m in found:
            if all(m is not u for u in unique):  # same object: not a token
                unique.append(m)
        return unique

    def _inner_actor(self, tok: Token) -> list:
        """An actor inside a noun phrase: possessor, modifier or "of" phrase ("the government of Japan")."""
        for c in tok.children:
            if c.dep_ in {"poss", "compound", "amod", "nmod", "det"}:
                if c.i in self.pronouns:
                    return list(self.pronouns[c.i])
                if c.i in self.mention_at:
                    return [self.mention_at[c.i]]
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    if p.dep_ == "pobj" and p.i in self.mention_at:
                        return [self.mention_at[p.i]]
        return []

    # ---- source and target ---------------------------------------------------------------
    def subjects(self, verb: Token) -> tuple[list, bool, bool]:
        """(source mentions, passive?, inherited?) of ``verb``."""
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
        if passive and verb.lemma_.lower() in self.words.stance_passives and not any(
                c.dep_ == "agent" for c in verb.children):
            # "Israel is opposed to French mediation": the subject holds the stance
            for c in verb.children:
                if c.dep_ == "nsubjpass":
                    return self.actors_of(c), False, False
        if passive:
            for c in verb.children:
                if c.dep_ == "agent":
                    for p in c.children:
                        if p.dep_ == "pobj":
                            return self.actors_of(p), True, False
            return [], True, False
        if any(c.dep_ == "expl" for c in verb.children):
            return [], False, False  # "there were clashes": nobody is the subject, not even the reporter
        subj = [c for c in verb.children if c.dep_ in {"nsubj", "csubj"}]
        for n, c in enumerate(subj):
            if c.lower_ in _cue("relative_pronouns") and verb.dep_ == "relcl":
                return self.actors_of(verb.head), False, True
            found = self.actors_of(c)
            if found or n == len(subj) - 1:
                # "Democratic presidential hopeful Barack Obama criticised": the parser may split the
                # subject in two; the one that names an actor acts
                return found, False, False
        # no subject of its own: inherit from the governing verb or noun
        node, hops = verb, 0
        while hops < 5 and node.head.i != node.i:
            dep = node.dep_
            head = node.head
            hops += 1
            if dep in {"relcl", "acl"} and head.pos_ in {"NOUN", "PROPN", "PRON"}:
                found = self.actors_of(head)
                if found or not modality.is_intention_noun(head):
                    return found, False, True
                # "Japan has no plans to supply arms": the holder of the plan acts
            if dep == "xcomp":
                # "urged Seoul to act": the object of the governing verb acts
                obj = [c for c in head.children if c.dep_ in {"dobj", "iobj"}]
                if obj and head.lemma_.lower() in self.cues.requesting:
                    return self.actors_of(obj[0]), False, True
            if head.pos_ in {"VERB", "AUX"}:
                for c in head.children:
                    if c.dep_ in {"nsubj", "nsubjpass"} and c.i != node.i:
                        if c.dep_ == "nsubjpass" and dep == "conj":
                            break
                        return self.actors_of(c), False, True
            if head.pos_ in {"NOUN", "PROPN"}:
                inner = self._inner_actor(head)
                if inner:
                    return inner, False, True
            node = head
        return [], False, False

    def _clause_tokens(self, verb: Token) -> list[Token]:
        """Tokens of the verb's own clause (its subtree without embedded clauses)."""
        out: list[Token] = []
        stack = [verb]
        while stack:
            t = stack.pop()
            out.append(t)
            for c in t.children:
                if c.dep_ in OTHER_CLAUSE_DEPS and (c.pos_ in {"VERB", "AUX"} or c.dep_ in {"ccomp", "advcl", "relcl"}):
                    continue
                stack.append(c)
        out.sort(key=lambda t: t.i)
        return out

    def targets(self, verb: Token, passive: bool, sources: list, code: str = "") -> list:
        if passive and verb.lemma_.lower() in self.words.stance_passives:
            passive = False
        places_ok = code[:2] in PLACE_TARGET_ROOTS
        if passive:
            for c in verb.children:
                if c.dep_ == "nsubjpass":
                    found = self.actors_of(c)
                    if not found and places_ok:  # "Kherson was shelled by Russian troops"
                        found = self._places_of(c, sources)
                    return found
        ordered: list[Token] = []
        for c in verb.children:
            if c.dep_ in {"dobj", "dative", "iobj", "attr", "oprd"}:
                if c.dep_ == "dobj" and any(o.dep_ == "dobj" for o in ordered) and \
                        any(t.text == "," for t in self.doc[ordered[-1].i:c.left_edge.i]):
                    # "held talks with X on Tuesday, the first delegation to ...": a second object after
                    # a comma is an aside about the subject the parser took for an object
                    continue
                ordered.append(c)
        at_ok = verb.lemma_.lower() in AT_VERBS
        near = self.words.posture_preps if code[:2] == "15" else frozenset()
        for c in verb.children:
            if c.dep_ in {"prep", "dative"} and (c.lower_ in TARGET_PREPS or (at_ok and c.lower_ == "at")
                                                 or c.lower_ in near):
                ordered.extend(p for p in c.children if p.dep_ in {"pobj", "pcomp"})
        # prepositions and possessors inside the object phrase: "sanctions against Moscow", "Russia's actions"
        for obj in list(ordered):
            for c in obj.subtree:
                if c.i == obj.i:
                    continue
                if c.dep_ == "pobj" and (c.head.lower_ in TARGET_PREPS or c.head.lower_ in _cue("party_preps")
                                         or c.head.lower_ in near) \
                        and c.head.head.i in {t.i for t in ordered}:
                    ordered.append(c)
                elif c.dep_ == "poss" and c.head.i == obj.i:
                    ordered.append(c)
        fallback: list = []
        own: list = []
        ordered = [t for t in ordered if not (t.lemma_.lower() in BORDER_NOUNS and t.dep_ == "pobj")]
        for tok in ordered:
            if self._owned_by_source(tok, sources):
                # "withdrawing its forces from Afghanistan", "extend Turkey's operation to Manbij": the
                # source's own forces or acts are what it moves; whom it acts on comes later
                own = own or [m for m in self.actors_of(tok) if not _same_actor(m, sources)
                              and not _own_side(m, sources)]
                continue
            found = [m for m in self.actors_of(tok) if not _same_actor(m, sources) and not _own_side(m, sources)]
            if not found and places_ok and not self.actors_of(tok):
                # "shelled Kharkiv", "a missile strike on Idlib": the place attacked names the target;
                # a town of one's own country only as the direct object ("shelled Idlib", not "over
                # Belgorod") or when rebels take it ("seized the airport of Goma")
                found = [m for m in self._places_of(tok, sources) if tok.dep_ in {"dobj", "nsubjpass"}
                         or all(m.country != s.country for s in sources) or _insurgent(sources)]
            elif not found and not self.actors_of(tok) and len(_dedupe(sources)) == 1 and (
                    tok.dep_ == "dobj" and self._visit(verb) or (
                    tok.dep_ == "pobj" and tok.head.lower_ in _cue("destination_preps"))):
                # "sent troops to Ladakh", "expelled from Gdansk", "visited Odesa": a town of another country
                # the act goes to or comes from stands for that country (not a venue two parties go to:
                # "US and Soviet negotiators return to Geneva")
                found = [m for m in self._places_of(tok, sources) if all(m.country != s.country for s in sources)]
            if any(m.country for m in found):
                return [m for m in found if m.country]
            if found and not fallback:
                fallback = found
        if fallback:
            # a sector word without a country ("contributed troops to a force in Liberia") yields to a
            # country where the act takes place, however deep in the object it is named
            return self._locative_target(verb, sources) or self._place_target(verb, sources) or fallback
        # the addressee inside a reported or participle clause ("warned that ... for South Korea")
        for deps in ({"ccomp"}, {"xcomp", "advcl"}):
            for c in verb.children:
                if c.dep_ in deps and not _background_mark(c):
                    found = self._addressee(c, sources)
                    if found:
                        return [found]
        found = self._locative_target(verb, sources)
        if not found and places_ok:
            # "struck a refinery in Ryazan": an attack in a town of another country is aimed at it
            heads = [verb, *(c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"})]
            # "exploded at a market in Quetta": the town may qualify the place phrase
            heads += [o for c in verb.children if c.dep_ == "prep" and c.lower_ in _cue("site_preps")
                      for o in c.children if o.dep_ == "pobj"]
            # "an offensive against army posts in Shan State": the object phrase the act is aimed at
            heads += [t for t in ordered if all(t.i != h.i for h in heads)]
            for p in (p for h in heads for p in h.children):
                if p.dep_ == "prep" and p.lower_ in _cue("located_preps"):
                    for o in p.children:
                        if o.dep_ == "pobj":
                            found = self._attacked_place(o, sources)
                            if found:
                                return found
        return found or own

    def _denied_victim(self, verb: Token, sources: list) -> list:
        """The first actor named in what is denied ("any role in the death of Navalny", "involvement in
        the attack on Saudi oil facilities"), other than the one denying."""
        for c in verb.children:
            if c.dep_ not in {"dobj", "xcomp", "ccomp"}:
                continue
            for t in c.subtree:
                m = self.pronouns[t.i][0] if t.i in self.pronouns else self.mention_at.get(t.i)
                if m is None or _same_actor(m, sources) or _own_side(m, sources) or _own_state(m, sources):
                    continue
                self.surface[id(m)] = t.i
                return [m]
        return []

    def _visit(self, verb: Token) -> bool:
        """A verb of visiting: its object is the place visited ("visited Odesa", "toured Gdansk")."""
        return verb.lemma_.lower() in self.words.visit_verbs

    def _owned_by_source(self, tok: Token, sources: list) -> bool:
        """The noun phrase is the source's own: its possessor is a source or of a source's country ("its
        troops", "Russia's forces" after "Moscow")."""
        if not any(m.country for m in self.actors_of(tok)):
            return False  # "its peacekeeping forces": no country to be one's own
        for c in tok.children:
            if c.dep_ == "poss":
                owners = self.actors_of(c)
                return bool(owners) and all(_same_actor(o, sources) or _own_side(o, sources) for o in owners)
        return False

    def _attacked_place(self, o: Token, sources: list) -> list:
        """The country of the place where a target of violence stands ("bombed a house in Rafah",
        "overran a base in central Somalia"). Unidentified attackers are of the place itself ("a bomb
        exploded in Quetta") and rebels fight in their own country, so for them it may be their own."""
        named = self.actors_of(o)
        if named:
            from . import places

            gaz = places.Gazetteer.default()
            # a dictionary entry that is a place: a country, a capital, or a territory ("Gaza", "Rafah")
            found = [_as_place(m) for m in named if m.country and (m.kind in {"country", "capital"} or any(
                c.country == m.country for c in gaz.candidates(self.doc[m.start:m.end].text)[:1]))]
            for m in found:
                self.surface[id(m)] = o.i
        else:
            found = self._places_of(o, sources)
        return [m for m in found if all(m.country != s.country for s in sources) or _insurgent(sources)]

    def _places_of(self, tok: Token, sources: list) -> list:
        """The country of a town the dictionaries do not name as an actor ("Kharkiv", "the city of
        Idlib"), from the gazetteer; conjoined towns are the same country once. Attacks on a place
        are coded to its country, even one's own ("Syrian forces shelled Idlib")."""
        from . import places
        from .actors import Mention

        out: list = []
        heads = [tok, *tok.conjuncts]
        for h in list(heads):
            if h.lemma_.lower() in places.PLACE_NOUNS:
                heads.extend(o for p in h.children if p.dep_ == "prep" and p.lower_ == "of"
                             for o in p.children if o.dep_ == "pobj")
                # "shelled Kherson city"
                heads.extend(c for c in h.children if c.dep_ == "compound" and c.pos_ == "PROPN")
            elif h.pos_ == "NOUN":
                # "seized the Zaporizhzhia nuclear plant": a town's name on the thing attacked
                heads.extend(c for c in h.children if c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN")
        for n, h in enumerate(list(heads)):
            # "the Golden Temple in Amritsar": a named landmark stands in the place it is in
            # "a strike on the centre of Sumy": a part of a town is in the town
            preps = _cue("landmark_preps") | (_cue("part_preps") if h.pos_ == "NOUN" else frozenset())
            located = [o for p in h.children if p.dep_ == "prep" and p.lower_ in preps
                       for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
            if located and h.pos_ == "PROPN":
                heads[n] = located[0]
            elif located and h.pos_ == "NOUN":
                heads.append(located[0])  # "a mosque in Samarra was bombed"
            if located and located[0].i in self.mention_at:
                # the town is in the actor dictionaries as its country ("Samarra")
                m = self.mention_at[located[0].i]
                if m.country and m.kind in {"country", "capital"} and not _same_actor(m, sources) \
                        and all(m.country != o.country for o in out):
                    m = _as_place(m)
                    self.surface[id(m)] = located[0].i
                    out.append(m)
        for h in heads:
            if h.pos_ != "PROPN" or h.i in self.mention_at or _is_date(h):
                continue
            left = h.i
            while left - 1 >= h.sent.start and self.doc[left - 1].pos_ == "PROPN" and \
                    self.doc[left - 1].head.i == h.i and self.doc[left - 1].dep_ in {"compound", "flat"}:
                left -= 1
            for start in range(left, h.i + 1):
                cands = places.Gazetteer.default().candidates(self.doc[start:h.i + 1].text)
                if cands and cands[0].country:
                    country = cands[0].country
                    if any(m.country == country for m in out):
                        break
                    m = Mention(start=start, end=h.i + 1, text=self.doc[start:h.i + 1].text, code=country,
                                country=country, sector=None, name=cands[0].name, kind="country", head=h.i)
                    if not _same_actor(m, sources):
                        self.surface[id(m)] = h.i
                        out.append(m)
                    break
        return out

    def _means_target(self, verb: Token, sources: list) -> list:
        """The target named on the attack that did the harm: "air strikes on Idlib killed 12"."""
        for n in self._causes(verb):
            if not self._violent_noun(n):
                continue
            for p in n.children:
                if p.dep_ == "prep" and p.lower_ in _cue("impact_preps"):
                    for o in p.children:
                        if o.dep_ != "pobj":
                            continue
                        found = [m for m in self.actors_of(o) if not _same_actor(m, sources)
                                 and not _own_side(m, sources)]
                        found = found or ([] if self.actors_of(o) else self._places_of(o, sources))
                        if found:
                            return found
        return []

    def _victims_where(self, verb: Token, m, sources: list):
        """Victims whose country was only guessed from the article as the attacker's own ("Russian
        troops killed civilians in Bucha": civilians of the article's main country) belong to the
        country where they were attacked; with no place named, their country stays unknown (None)."""
        if m.country_from != "article" or not sources or m.country != sources[0].country:
            return m
        from dataclasses import replace

        from . import places

        loc = places.event_location(verb.sent, verb)
        country = loc.country if loc is not None else None
        if country is None and self.surface.get(id(m)) is not None:
            # "killed civilians queuing for bread in Chernihiv": the place is in the victims' phrase
            tok = self.doc[self.surface[id(m)]]
            for t in tok.subtree:
                if ((t.dep_ == "pobj" and t.head.lower_ in _cue("town_preps"))
                        or (t.dep_ == "compound" and t.pos_ == "PROPN")) and not self.actors_of(t):
                    found = self._places_of(t, [])
                    if found:
                        country = found[0].country
                        break
        if not country or country == m.country:
            # nothing says the attacker's own people were attacked ("villages were shelled by Russian forces")
            return m if country and country == m.country else None
        loc_country = country
        code = loc_country + (m.code[len(m.country):] if m.country and m.code.startswith(m.country) else (m.sector or ""))
        new = replace(m, country=loc_country, code=code, country_from="sentence")
        if id(m) in self.surface:
            self.surface[id(new)] = self.surface[id(m)]
        return new

    def _violent_noun(self, n: Token) -> bool:
        """A noun that names an attack or its weapon: "shelling", "strike", "bomb", "attack"."""
        lemma = n.lemma_.lower()
        if lemma in self.words.violent_means:
            return True
        match = self.verbs.match_noun(lemma, [t.lemma_.lower() for t in n.children])
        return bool(match and match.code and match.code[:2] in VIOLENT_ROOTS)

    def _locative_target(self, verb: Token, sources: list) -> list:
        """An act done in another country is done to it ("arrived in Amman", "lifted a curfew in Montenegro")."""
        heads = [verb, *(c for c in verb.children if c.dep_ in {"dobj", "prep"})]
        heads += [o for h in list(heads) if h.dep_ == "prep" for o in h.children if o.dep_ == "pobj"]
        for h in heads:
            for p in h.children:
                if p.dep_ == "prep" and p.lower_ in _cue("within_preps"):
                    for o in p.children:
                        if o.dep_ != "pobj":
                            continue
                        for m in self.actors_of(o):
                            if m.country and m.kind in {"country", "capital"} and all(
                                    m.country != s.country for s in sources):
                                self.surface[id(m)] = o.i
                                return [m]
        return []

    def _addressee(self, clause: Token, sources: list):
        """Whom a reported or demanded clause is about: its subject when that is an actor
        ("demanded that the US cancel"), else the shallowest actor outside its subject."""
        for c in clause.children:
            if c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() not in AGREEMENT_NOUNS:
                for m in self.actors_of(c):
                    if not _same_actor(m, sources) and not _own_side(m, sources) and m.country and all(
                            m.country != s.country for s in sources):
                        return m
        subject_idx: set[int] = set()
        for c in clause.children:
            if c.dep_ in SUBJECT_DEPS:
                subject_idx.update(t.i for t in c.subtree)
        for t in clause.subtree:
            if t.dep_ == "prep" and t.lower_ in PLACE_PREPS:
                subject_idx.update(x.i for x in t.subtree)
        best = None
        best_depth = 99
        for t in clause.subtree:
            if t.i in subject_idx:
                continue
            cand = self.pronouns.get(t.i, [None])[0] if t.i in self.pronouns else self.mention_at.get(t.i)
            if cand is None or _same_actor(cand, sources) or _own_side(cand, sources) or _own_state(cand, sources):
                continue
            depth = _depth(t, clause)
            if depth < best_depth:
                best, best_depth = cand, depth
                self.surface[id(cand)] = t.i
        return best

    # ---- verbs -----------------------------------------------------------------------------
    def _words_after(self, verb: Token) -> tuple[list[str], list[str]]:
        after, before = [], []
        for t in self._clause_tokens(verb):
            if t.i == verb.i or t.is_punct:
                continue
            if t.i > verb.i:
                if len(after) < PATTERN_WINDOW:
                    after.append(t.lemma_.lower())
            else:
                before.append(t.lemma_.lower())
        return after, before

    def _verb_lemma(self, verb: Token) -> str:
        """The lemma, or for an inflected form the tagger lemmatised wrongly ("staged" -> "stag") the
        dictionary verb it is a form of ("stage")."""
        lemma = verb.lemma_.lower()
        if self.verbs.has_verb(lemma) or verb.tag_ not in {"VBD", "VBN", "VBG", "VBZ"}:
            return lemma
        w = verb.lower_
        for suffix, repl in (("ed", "e"), ("ing", "e"), ("es", "e"), ("ied", "y")):
            if w.endswith(suffix) and self.verbs.has_verb(w[: -len(suffix)] + repl):
                return w[: -len(suffix)] + repl
        return lemma

    def code_verb(self, verb: Token):
        lemma = self._verb_lemma(verb)
        if not self.verbs.has_verb(lemma):
            return None
        after, before = self._words_after(verb)
        match = self.verbs.match(lemma, after, before)
        if match is None or not match.code or match.code.startswith("---"):
            # "allowed aid convoys to enter Tigray": the subject of an infinitive complement is the
            # verb's object for its patterns
            for c in verb.children:
                if c.dep_ in {"ccomp", "xcomp"} and c.i > verb.i and any(a.dep_ == "aux" and a.lower_ == "to"
                                                                          for a in c.children):
                    subj = [t for s in c.children if s.dep_ == "nsubj" for t in s.subtree]
                    if subj:
                        raised = self.verbs.match(lemma, [t.lemma_.lower() for t in subj] + after, before)
                        if raised is not None and raised.code and not raised.code.startswith("---"):
                            match = raised
                    break
        if any(c.dep_ == "nsubjpass" for c in verb.children) and verb.lemma_.lower() not in self.words.stance_passives:
            # a passive reads as its active: "a bus was blown up by rebels" is "rebels blew up a bus"
            # the patient up to its head noun ("a temporary camp", not "... for refugees"), after any particle
            patient = [t for c in verb.children if c.dep_ == "nsubjpass" for t in c.subtree if t.i <= c.i]
            agent = {t.i for c in verb.children if c.dep_ == "agent" for t in c.subtree}
            prt = [c for c in verb.children if c.dep_ == "prt"]
            act_after = [t.lemma_.lower() for t in prt] + [t.lemma_.lower() for t in patient if not t.is_punct] + \
                [w for t, w in zip([t for t in self._clause_tokens(verb) if t.i > verb.i and not t.is_punct], after)
                 if t.i not in agent and t.dep_ != "prt"]
            act_before = [t.lemma_.lower() for t in self._clause_tokens(verb) if t.i in agent and t.dep_ != "agent"]
            active = self.verbs.match(lemma, act_after[:PATTERN_WINDOW], act_before)
            if active is not None and (match is None or active.specificity > match.specificity):
                return active
        return match

    def _protest_relative(self, tok: Token) -> bool:
        """"police beat demonstrators who protested the result", "students who gathered to protest
        against fees were dispersed": a protest told in a relative clause on the people acted on is
        the occasion of the reported act, and an event of its own (issue 10). Other relative clauses
        stay background."""
        node = tok
        while node.dep_ in {"xcomp", "advcl", "conj"} and node.head.i != node.i and node.head.pos_ == "VERB":
            node = node.head
        if node.dep_ != "relcl" or node.head.pos_ not in {"NOUN", "PROPN"}:
            return False
        people = node.head   # the people acted on: object of the reported act, or subject of its passive
        acted_on = people.dep_ in {"dobj", "nsubjpass"} or (
            people.dep_ == "pobj" and people.head.dep_ == "prep" and people.head.head.pos_ == "VERB")
        if not acted_on:
            return False
        match = self.code_verb(tok)
        return match is not None and bool(match.code) and match.code[:2] == "14"

    def code_sentence(self, sent: Span, reporter_of: dict[int, object]) -> list[Candidate]:
        out: list[Candidate] = []
        for tok in sent:
            if tok.pos_ != "VERB" or tok.dep_ in {"amod", "aux", "csubj"}:
                continue  # a gerund subject ("supplying arms would be a mistake") is not an act
            if _reduced_relative(tok) and not _in_background_clause(tok):
                out.extend(self._brokered_by(tok, reporter_of))
            aside = _participle_aside(tok) and tok.lemma_.lower() not in self.words.statement_participles
            reaction = self._reaction_relative(tok) and not _in_background_clause(tok.head)
            kept = reaction or self._protest_relative(tok)
            if (_in_background_clause(tok) and not kept) or aside or _reduced_relative(tok):
                continue
            if tok.tag_ == "VBN" and tok.dep_ in {"advmod", "npadvmod", "compound", "nmod"} and not list(tok.children):
                continue  # "Jailed former prime minister Imran Khan appealed": a bare participle describes a state
            match = self.code_verb(tok)
            found: list[Candidate] = []
            weighed = match is not None and match.code == "014" and self._weighs_an_act(tok)
            if not weighed and modality.is_rule_out(tok) and modality.is_negated(tok):
                # "did not rule out sanctions on Turkey": the sanctions are weighed (considered)
                found = self._nominal_events(tok, reporter_of, objects_only=True)
            if weighed:
                # "is considering sanctions on Iran", "is weighing whether to invade": the act weighed is
                # coded (modality considered), not the considering
                found = self._nominal_events(tok, reporter_of, objects_only=True)
                for cand in found:
                    if cand.modality == modality.ASSERTED:
                        cand.modality = modality.CONSIDERED
            elif found:
                pass
            elif match is not None and match.code and not match.code.startswith("---") and match.code not in SKIP_CODES:
                if match.code[:2] == "13" and self._warns_of_other(tok):
                    found = self._events_for(tok, "012", match.pattern, reporter_of)
                    for cand in found:
                        cand.target = None
                    # one comment per warner
                    found = [c for n, c in enumerate(found)
                             if all(c.source is not d.source for d in found[:n])]  # same object: not a token
                elif not (match.code[:2] == "01" and match.code not in self.words.denial_codes
                          and any(c.dep_ == "ccomp" for c in tok.children)):
                    # a statement with a that-clause is reported speech, carried by the clause's own
                    # event; a denial is an act of its own ("denied that its drones struck the
                    # Kremlin": 016, beside the strike negated)
                    found = self._events_for(tok, match.code, match.pattern, reporter_of)
            if not found and tok.lemma_.lower() in self.words.light_verbs:
                found = self._nominal_events(tok, reporter_of)
            elif not found and match is None and tok.lemma_.lower() not in self.words.preventing_verbs:
                # "foiled a bomb attack": the attack prevented did not happen
                found = self._nominal_events(tok, reporter_of, objects_only=True)
            if not found and tok.lemma_.lower() in self.cues.reporting:
                found = self._stated_obligation(tok, reporter_of) or self._stated_blame(tok)
            if not found and tok.lemma_.lower() in self.words.retaliation_verbs | _cue("response_verbs"):
                found = self._response_threat(tok, reporter_of)
            if not found and (match is None or not match.code or match.code[:2] not in VIOLENT_ROOTS):
                found = self._subject_attack(tok, reporter_of)
            out.extend(found)
        out.extend(self._between_events(sent, reporter_of))
        return out

    def _reaction_relative(self, verb: Token) -> bool:
        """ "..., which Tehran denied", "..., which Moscow blamed on Kyiv": a relative clause on "which"
        of a denying or blaming verb (data: reaction_relatives) is a reaction to what was said, an act
        of its own, not background."""
        return verb.dep_ == "relcl" and verb.lemma_.lower() in self.words.reaction_relatives and any(
            c.dep_ in {"dobj", "nsubjpass"} and c.lower_ == "which" for c in verb.children)

    def _brokered_by(self, verb: Token, reporter_of) -> list[Candidate]:
        """ "Ethiopia and Eritrea swapped prisoners in a deal brokered by Qatar": the agent of a
        mediating participle (data: mediating_verbs) mediated between the parties that made the deal,
        the subjects of the clause the deal belongs to; the mediation is as factual as that clause."""
        if verb.lemma_.lower() not in self.words.mediating_verbs:
            return []
        agents = [m for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"
                  for m in ([self.mention_at[o.i]] if o.i in self.mention_at else [])]
        node = verb.head
        while node.dep_ in {"pobj", "prep", "dobj"} and node.head.i != node.i:
            node = node.head
        clause = node
        if len(agents) != 1 or clause.pos_ not in {"VERB", "AUX"}:
            return []
        parties = _dedupe([m for c in clause.children if c.dep_ == "nsubj" for t in c.subtree
                           for m in ([self.mention_at[t.i]] if t.i in self.mention_at else [])])
        source = agents[0]
        parties = [p for p in parties if not _same_actor(p, [source])]
        if not parties:
            return []
        mod, governor = modality.of(clause)
        reporter = self._reporter(clause, reporter_of)
        out = []
        for p in parties:
            cand = Candidate(trigger=verb, code="045", pattern=f"<{verb.lemma_.lower()} by>", source=source,
                             target=p, reported_by=reporter, modality=mod, governor=governor)
            cand.tokens = self._evidence(verb, source, p)
            out.append(cand)
        return out

    def _between_events(self, sent: Span, reporter_of) -> list[Candidate]:
        """"Clashes between Sudanese troops and rebels killed dozens", "clashes broke out between
        Indian and Chinese troops": a fight named by a noun is each party's act on the other."""
        out: list[Candidate] = []
        for n in sent:
            gerund = n.tag_ == "VBG" and n.dep_ in {"nsubj", "nsubjpass"}  # "Fighting between ... killed"
            meeting = n.pos_ == "NOUN" and n.lemma_.lower() in self.words.meeting_between_nouns
            if not (n.pos_ == "NOUN" or gerund) or not (
                    {n.lemma_.lower(), n.lower_} & self.words.between_nouns or meeting):
                continue
            if meeting and (n.head.pos_ not in {"VERB", "AUX"} or n.head.lemma_.lower() in self.words.called_off_verbs):
                continue  # "the summit between A and B was postponed": no meeting took place
            # only the news itself: the subject of its clause ("clashes ... killed", "there were clashes"),
            # not a cause or a request ("because of fighting between", "an end to the fighting between")
            existential = n.dep_ == "attr" and any(c.dep_ == "expl" for c in n.head.children)
            if not (n.dep_ in {"nsubj", "nsubjpass"} or existential) or _in_background_clause(n.head):
                continue
            ended = n.lemma_.lower() in self.words.ceasefire_nouns and \
                n.head.lemma_.lower() in self.words.ceasefire_end_verbs
            if n.lemma_.lower() in self.words.ceasefire_nouns and not ended and \
                    n.head.lemma_.lower() not in self.words.ceasefire_start_verbs:
                continue  # "the ceasefire between Israel and Hamas was agreed" is reported elsewhere
            # "an exchange of prisoners between Russia and Ukraine": the phrase may hang lower
            preps = [c for c in n.subtree if c.dep_ == "prep" and c.lower_ == "between"][:1]
            if not preps:
                preps = [c for c in n.head.children if c.dep_ == "prep" and c.lower_ == "between"]
            parties: list = []
            for p in preps:
                for o in p.children:
                    if o.dep_ != "pobj":
                        continue
                    # "between Indian and Chinese troops": every actor of the phrase, not its places
                    skip = {t.i for c in o.children if c.dep_ == "prep" for t in c.subtree}
                    for t in o.subtree:
                        if t.i in skip:
                            continue
                        found = self.pronouns.get(t.i) or ([self.mention_at[t.i]] if t.i in self.mention_at else [])
                        for m in found:
                            self.surface.setdefault(id(m), t.i)
                        parties.extend(found)
            parties = _dedupe(parties)
            if len(parties) != 2:
                continue
            match = self.verbs.match_noun(n.lower_ if gerund else n.lemma_.lower(),
                                          [t.lemma_.lower() for t in n.subtree if t.i != n.i])
            if ended:
                # "the ceasefire between Israel and Hamas collapsed": fighting resumed, blamed on neither
                from .verbs import VerbMatch

                match = VerbMatch(code="196", pattern=f"{n.lemma_.lower()} {n.head.lemma_.lower()}", specificity=1)
            if match is None or not match.code:
                continue
            # a meeting's predicate says whether it took place ("talks ... will be held": intended)
            mod, governor = modality.of(n.head if ended or existential or meeting else n)
            if _no_det(n):
                mod = modality.NEGATED  # "there were no clashes between"
            reporter = self._reporter(n, reporter_of)
            a, b = parties
            for s, t in ((a, b), (b, a)):
                cand = Candidate(trigger=n, code=match.code, pattern=match.pattern, source=s, target=t,
                                 reported_by=reporter, modality=mod, governor=governor, nominal=True)
                cand.tokens = self._evidence(n, s, t)
                out.append(cand)
        return out

    def _subject_attack(self, verb: Token, reporter_of) -> list[Candidate]:
        """An attack named as the subject of what it did: "the overnight Russian attack on Kyiv left
        millions without power", "an Israeli air strike on Rafah destroyed a house". The noun's own
        words name the attacker and the preposition "on"/"against" the target."""
        subj = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
        if not subj or self._is_disaster(subj[0]):
            return []
        n = subj[0]
        match = self.verbs.match_noun(n.lemma_.lower(), [t.lemma_.lower() for t in n.subtree if t.i != n.i])
        if match is None or not match.code or match.code[:2] not in VIOLENT_ROOTS:
            return []
        sources = [m for c in n.children if c.dep_ in {"amod", "compound", "poss", "nmod"} for m in self.actors_of(c)]
        targets = []
        for p in _own_preps(n):
            if p.lower_ in _cue("impact_preps"):
                for o in p.children:
                    if o.dep_ == "pobj":
                        targets.extend(m for m in self.actors_of(o) or self._places_of(o, sources)
                                       if not _same_actor(m, sources))
        sources, targets = _dedupe(sources), _dedupe(targets)
        if not sources and not targets:
            return []
        mod, governor = modality.of(verb)
        reporter = self._reporter(verb, reporter_of)
        out = []
        for s in sources or [None]:
            for t in targets or [None]:
                cand = Candidate(trigger=n, code=match.code, pattern=match.pattern, source=s, target=t,
                                 reported_by=reporter, modality=mod, governor=governor, nominal=True)
                cand.tokens = self._evidence(n, s, t)
                out.append(cand)
        return out

    def _warns_of_other(self, verb: Token) -> bool:
        """"warned that AI could affect jobs", "warned that Russia could attack": a warning whose clause is
        not the warner's own act (unlike "warned it would hit Israel")."""
        if verb.lemma_.lower() not in self.words.warning_verbs or any(
                c.dep_ in {"dobj", "dative"} for c in verb.children):
            return False
        clause = [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"}]
        if not clause:
            return False
        subj = [c for c in clause[0].children if c.dep_ in {"nsubj", "nsubjpass", "expl"}]
        if not subj:
            return False
        if subj[0].dep_ == "expl":
            return True  # "warned that there could be ..."
        warner, _, _ = self.subjects(verb)
        theirs = self.actors_of(subj[0])
        if subj[0].pos_ == "PRON" and not theirs:
            return False  # an unresolved pronoun may be the warner
        return not any(_same_actor(m, warner) or (m.country and any(m.country == w.country for w in warner))
                       for m in theirs)

    def _beside_visit(self, verb: Token) -> bool:
        """"will visit Washington and meet Reagan": the visit is coded by its own verb; the meeting is a meeting."""
        others = [c for c in verb.children if c.dep_ == "conj"] + ([verb.head] if verb.dep_ == "conj" else [])
        for o in others:
            m = self.code_verb(o) if o.pos_ == "VERB" else None
            if m is not None and m.code and m.code[:3] in {"042", "043"}:
                return True
        return False

    def _meeting_place(self, verb: Token) -> str | None:
        """The country where a meeting takes place, when the sentence names it."""
        from . import places

        loc = places.event_location(verb.sent, verb)
        return loc.country if loc is not None and loc.country else None

    def _weighs_an_act(self, verb: Token) -> bool:
        """A considering verb with the act it weighs as its object or complement."""
        if verb.lemma_.lower() not in self.cues.considered_verbs:
            return False
        return any(c.dep_ in {"dobj", "xcomp", "ccomp", "pcomp"} or
                   (c.dep_ in {"prep", "advcl"} and any(g.lower_ == "whether" for g in c.subtree))
                   for c in verb.children)

    def _response_threat(self, verb: Token, reporter_of) -> list[Candidate]:
        """A response promised on a condition is a threat: "if Ukraine attacks ..., Russia will respond"
        (the actor of the if-clause is the target); "Iran's attack would be met with a response", said by
        Israel (the speaker threatens the actor of the act). A response to violence, or by force, is a
        threat of military force (138); any other a threat (130)."""
        lemma = verb.lemma_.lower()
        particles = dict(self.words.retaliation_particles)
        if lemma in particles and not any(c.dep_ == "prt" and c.lower_ == particles[lemma] for c in verb.children):
            return []
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
        if lemma == "meet":
            with_ = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                     for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in self.words.response_nouns]
            subj = [c for c in verb.children if c.dep_ == "nsubjpass"]
            if not (passive and with_ and subj) or not any(a.lemma_.lower() in _cue("future_modals")
                                                          for a in verb.children if a.dep_ == "aux"):
                return []
            reporter = self._reporter(verb, reporter_of)
            if reporter is None:
                return []
            sources = [reporter]
            targets = self.actors_of(subj[0])
            violent = subj[0].lemma_.lower() in self.words.violent_means or any(
                w.lemma_.lower() in _cue("force_means") for w in with_[0].subtree)
        else:
            if passive or any(c.dep_ == "dobj" for c in verb.children):
                return []  # "responded to the letter" has an addressee, "hit back" an object: no threat
            conds = [ch for ch in verb.children if ch.dep_ == "advcl" and (any(
                g.dep_ == "mark" and g.lower_ in _cue("threat_condition_marks") for g in ch.children)
                or modality.is_inverted_condition(ch))]   # "Should Russia use ..., NATO would respond"
            if not conds:
                return []
            sources, _, _ = self.subjects(verb)
            cond_subj = [c for c in conds[0].children if c.dep_ in {"nsubj", "nsubjpass"}]
            targets = [m for m in self.actors_of(cond_subj[0]) if not _same_actor(m, sources)] if cond_subj else []
            match = self.code_verb(conds[0])
            violent = (match is not None and bool(match.code) and match.code[:2] in VIOLENT_ROOTS) or any(
                w.lemma_.lower() in _cue("force_words") for w in self._clause_tokens(verb))
            reporter = self._reporter(verb, reporter_of)
        if not sources or not targets:
            return []
        mod, governor = modality.of(verb)
        if mod == modality.NEGATED:
            return []
        out = []
        for s in sources:
            for t in targets:
                if _same_actor(t, [s]):
                    continue
                cand = Candidate(trigger=verb, code="138" if violent else "130", pattern="<respond> if / met with response",
                                 source=s, target=t,
                                 reported_by=reporter if reporter is not s else None,  # same object: not a token
                                 modality=mod, governor=governor)
                cand.tokens = self._evidence(verb, s, t)
                out.append(cand)
        return out

    def _stated_blame(self, verb: Token) -> list[Candidate]:
        """"X said (it was likely that) Y was responsible for / behind Z" is X accusing Y (112)."""
        clauses, frontier = [], [c for c in verb.children if c.dep_ == "ccomp"]
        for _ in range(3):  # "said it was highly likely that Russia was responsible": through the adjective
            nxt = []
            for c in frontier:
                clauses.append(c)
                nxt += [g for a in c.children if a.dep_ in {"acomp", "ccomp"} for g in [a, *a.children]
                        if g.dep_ == "ccomp"]
            frontier = nxt
        for c in clauses:
            if c.lemma_.lower() != "be" or modality.of(c)[0] == modality.NEGATED:
                continue
            if not any((a.dep_ == "acomp" and a.lemma_.lower() in self.words.blame_adjectives) or
                       (a.dep_ == "prep" and a.lower_ in self.words.blame_preps) for a in c.children):
                continue
            subj = [a for a in c.children if a.dep_ == "nsubj"]
            sources, _, _ = self.subjects(verb)
            if not subj or not sources:
                return []
            targets = [m for m in self.actors_of(subj[0]) if not _same_actor(m, sources)]
            mod, governor = modality.of(verb)
            if mod == modality.NEGATED:
                return []
            out = []
            for s in sources:
                for t in targets:
                    cand = Candidate(trigger=verb, code="112", pattern="<say> X was responsible", source=s, target=t,
                                     reported_by=None, modality=mod, governor=governor)
                    cand.tokens = self._evidence(verb, s, t) | {c.i}
                    out.append(cand)
            return out
        return []

    def _stated_obligation(self, verb: Token, reporter_of) -> list[Candidate]:
        """"X said Y must withdraw" is X demanding of Y (CAMEO 100)."""
        for c in verb.children:
            if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"} and modality.is_obligation(c):
                subj = [t for t in c.children if t.dep_ in {"nsubj", "nsubjpass"}]
                sources, _, _ = self.subjects(verb)
                if not subj or not sources:
                    return []
                targets = [m for m in self.actors_of(subj[0]) if not _same_actor(m, sources)]
                out = []
                for s in sources:
                    for t in targets:
                        cand = Candidate(trigger=verb, code="100", pattern="<say> that X must", source=s, target=t,
                                         reported_by=None, modality=modality.ASSERTED)
                        cand.tokens = self._evidence(verb, s, t) | {c.i}
                        out.append(cand)
                return out
        return []

    def _events_for(self, verb: Token, code: str, pattern: str, reporter_of, nominal: bool = False) -> list[Candidate]:
        if not nominal and modality.is_requested(verb):
            return []
        if code[:2] in VIOLENT_ROOTS and self._disaster_cause(verb):
            return []
        sources, passive, inherited = self.subjects(verb)
        if not sources and code[:2] in VIOLENT_ROOTS:
            sources = self._unidentified_attacker(verb, passive)
        crowd = False
        if not sources and (code[:2] == "14" or code[:2] in RIOT_ROOTS):
            # "thousands protested", "angry youths pelted police with stones": a crowd with no name
            sources = self._crowd(verb)
            crowd = bool(sources)
        if not sources and code in self.words.agentless_state:
            sources = self._state_agent(verb, passive)
        if not sources:
            return self._agentless(verb, code, pattern, reporter_of) if passive and not nominal else []
        targets = self.targets(verb, passive, sources, code)
        if code[:2] in PLACE_TARGET_ROOTS and all(not m.country or m.country_from for m in targets):
            # "air strikes on Idlib killed 12", "soldiers were wounded in a drone strike on Sumy": the
            # attack that is the subject or the means names its target better than victims of no country
            targets = self._means_target(verb, sources) or targets
            targets = [v for v in (self._victims_where(verb, m, sources) for m in targets) if v is not None]
        # "federal and Tigrayan forces clashed near Kobo": two parties of a mutual act act on each
        # other; the place is where, not whom
        parties = not passive and len(_dedupe(sources)) > 1 and verb.lemma_.lower() in self.words.reciprocal
        if parties and all(self._host_place(t) for t in targets):
            targets = []
        if not targets and code[:2] in DEEP_TARGET_ROOTS:
            deep = self._addressee(verb, sources)
            targets = [deep] if deep is not None else [] if parties else self._place_target(verb, sources)
        if not targets and code in self.words.denial_codes:
            # "Moscow denied any role in the death of Navalny": the denied act's victim is the target
            targets = self._denied_victim(verb, sources)
        if not targets and code[:2] in COOPERATIVE_ROOTS and not parties:
            targets = self._visited(verb, sources)
        if not targets and code[:2] == "08" and not parties:
            targets = self._left_place(verb, sources)
        if not targets and code[:2] in DOMESTIC_ROOTS and not parties:
            targets = self._domestic_target(verb, sources)
        if not targets and crowd:
            targets = [self._crowd_country(sources[0])]
        if not targets and not parties:
            targets = self._domestic_default(code, sources)
        sources, targets = self._localized(verb, sources), self._localized(verb, targets)
        code = self._assassination(verb, code, targets)
        code = self._means_code(verb, code, passive)
        code = self._bombing(verb, code, passive)
        code, targets = self._mass_killing(verb, code, passive, sources, targets)
        if code == "201" and targets and all(t.sector in ARMED_SECTORS for t in targets):
            code = "190"  # "drove the fighters out of the town": armed men driven out are fought, not expelled
        if code == "192" and targets and all(t.kind == "person" for t in targets):
            code = "173"  # "captured Saddam Hussein": a person is taken prisoner, not territory occupied
        lemma = verb.lemma_.lower()
        reciprocal = lemma in self.words.reciprocal and not passive
        joint = not passive and (lemma in self.words.joint or self._governed_by_joint(verb))
        if not passive and code[:2] in MEETING_ROOTS and any(
                c.dep_ == "dobj" and c.lemma_.lower() in MUTUAL_NOUNS for c in verb.children):
            joint = True  # "Reagan and Gorbachev opened their summit": a mutual act of both
        if not passive and len(_dedupe(sources)) > 1 and self._each_other(verb):
            # "India and Pakistan blamed each other": each side does it to the other
            joint, targets = True, []
        if joint and (code[:2] in MEETING_ROOTS or reciprocal) and len(_dedupe(sources)) > 1 and targets \
                and all(self._host_place(t) for t in targets):
            # "Chinese and Indian delegations held talks in Moscow", "federal and rebel forces clashed
            # near X": the parties act on each other; the town they met in is where, not whom
            targets = []
        mod, governor = modality.of(verb)
        # "drove tractors into Berlin to protest cuts": the protest is done by the act it is the purpose of
        protest_purpose = code[:2] == "14" and modality.is_purpose(verb) and \
            verb.head.lemma_.lower() not in self.cues.requesting and not self._protest_verb(verb.head)
        purpose = mod == modality.ASSERTED and modality.in_purpose(verb) and not protest_purpose
        if purpose:
            mod = modality.INTENDED
        act_code = code
        if code[:2] in RIOT_ROOTS and code != "145" and sources and all(s.sector == "CVL" for s in sources):
            code = "145"  # violence by protesters, crowds or civilians is rioting ("protesters stormed parliament")
        reporter = self._reporter(verb, reporter_of)
        pairs: list[tuple[object, object | None]] = []
        if targets:
            pairs = [(s, t) for s in sources for t in targets if not _same_actor(t, [s])]
            # "X met Y" is also Y meeting X; "X offered to negotiate with Y" is not yet Y's act
            if reciprocal and mod == modality.ASSERTED and self._direct_partner(verb, targets[0]) \
                    and not (lemma in self.words.meeting_verbs and self._meeting_place(verb)):
                pairs += [(t, s) for s, t in list(pairs) if len(sources) == 1 and len(targets) == 1]
        elif joint and len(sources) > 1:
            pairs = [(a, b) for a in sources for b in sources if a is not b]  # same object: not a token
            host = self._meeting_place(verb) if lemma in self.words.meeting_verbs else None
            if host and any(a.country == host for a, b in pairs if b.country != host):
                pairs = [(a, b) for a, b in pairs if a.country == host and b.country != host]
            elif code[:2] in ONE_WAY_MEETING_ROOTS and len(_dedupe(sources)) == 2:
                # "Reagan and Gorbachev opened their summit": a meeting of two is coded once, from the first
                pairs = pairs[:1]
        else:
            pairs = [(s, None) for s in sources]
        place = self._meeting_place(verb) if lemma in self.words.meeting_verbs and code == "040" \
            and not self._beside_visit(verb) else None
        if reciprocal and code[:3] in {"057"} and len({id(s) for s in sources}) + len(targets) >= 2:
            self.pact_parties = _dedupe([*sources, *targets])
        out = []
        for s, t in pairs:
            pair_code = code
            if place and t is not None and s.country != t.country:
                # "Blinken met Xi in Beijing": a visit; "Trump and Putin met in Alaska": Trump hosted
                pair_code = "042" if t.country == place else "043" if s.country == place else code
            if code[:2] in REPRESSION_ROOTS and s.sector in STATE_ORGAN_SECTORS and t is not None \
                    and t.sector is not None and t.sector not in STATE_ORGAN_SECTORS | ARMED_SECTORS \
                    and t.country == s.country and self._protesters(t) and (
                        t.country_from != "article" or s.sector == "COP" or self._happens_in(verb, s.country)):
                # "security forces opened fire on protesters", "riot police beat demonstrators": a state's
                # force on its own civilians is violent repression
                pair_code = "175"
            if code[:3] == "112" and lemma in self.words.legal_charge_verbs and s.sector in self.words.legal_sectors \
                    and not s.code.startswith("IGO"):
                # "prosecutors charged a spy ring with sabotage": a state's legal action; an international
                # court's indictment, with no police of its own, stays an accusation
                pair_code = "173"
            if pair_code == "173" and s.sector in self.words.abductor_sectors:
                pair_code = "181"  # "Hezbollah fighters captured two Israeli soldiers": hostage-taking
            if code == "145" and s.sector == "CVL" and (act_code in self.words.personal_violence_codes or (
                    act_code[:2] in RIOT_ROOTS and t is not None and (t.sector in self.words.civilian_sectors or (
                        t.country and s.country and t.country != s.country)) and not reciprocal and lemma not in self.words.between_nouns)):
                # "a mob lynched a man", "settlers attacked Palestinian farmers", "settlers torched
                # Palestinian cars": violence of civilians on other civilians or on a foreign country, not on
                # their own state, is an assault or destruction, not a riot
                pair_code = "180" if act_code[:2] == "19" else act_code
            if code == "145" and act_code != "145" and s.sector != "CVL":
                # "students clashed with police": the police's side is force against civilians, not a riot
                pair_code = "175" if s.sector in STATE_ORGAN_SECTORS and t is not None and t.sector == "CVL" else act_code
            if t is not None and not reciprocal and self._unnamed_attacker(s, pair_code):
                s = None  # "gunmen killed 12 villagers": violence by nobody named has no source
            cand = Candidate(trigger=verb, code=pair_code, pattern=pattern, source=s, target=t, reported_by=reporter,
                             modality=mod, governor=governor, inherited_source=inherited, nominal=nominal,
                             purpose=purpose)
            cand.tokens = self._evidence(verb, s, t)
            out.append(cand)
            out.extend(_refusal(cand, verb if not nominal else verb.head if verb.dep_ == "dobj" else None))
        return out

    def _unnamed_attacker(self, m, code: str) -> bool:
        """Violence whose doers are named only by what they did or carried ("gunmen", "a suicide
        bomber", "armed men"): attackers of no group, whose country is only where they struck, are no
        source (the dev set's convention); "Palestinian gunmen", "Islamic State suicide attacker" name
        theirs. A weapon with no doer ("a roadside bomb") stays unidentified armed forces (UAF) of the
        country, as CAMEO wire coding has it."""
        if m is None or code[:2] not in VIOLENT_ROOTS:
            return False
        if m.kind != "agent" or m.name is not None or (m.country and not m.country_from):
            return False
        words = m.text.lower().split()
        unnamed = lexicon.words("actor_cues", "unnamed_attackers")
        return any(" ".join(words[-n:]) in unnamed for n in (1, 2) if len(words) >= n)

    def _each_other(self, verb: Token) -> bool:
        """The verb's object is a reciprocal pronoun ("blamed each other", "accused one another of")."""
        for c in verb.children:
            if c.dep_ in {"dobj", "dative", "prep"}:
                words = " ".join(t.lower_ for t in c.subtree)
                if any(p in words for p in self.words.reciprocal_pronouns):
                    return True
        return False

    def _host_place(self, m) -> bool:
        """A country or capital named as where the act took place ("met in Doha", "talks in Riyadh")."""
        i = self.surface.get(id(m))
        if i is None or m.kind not in {"country", "capital"}:
            return False
        tok = self.doc[i]
        return tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPS

    def _assassination(self, verb: Token, code: str, targets: list) -> str:
        """Killing a political leader ("gunmen killed President Moise", "Abe was shot dead") is an
        assassination (186); shooting counts when it kills ("shot dead", "gunned down")."""
        if code[:2] not in KILLING_ROOTS or not targets or code in {"185", "186"}:
            return code
        lemma = verb.lemma_.lower()
        if lemma not in self.words.assassination_verbs:
            return code
        if lemma in _cue("shooting_verbs") and not any(c.lower_ in _cue("killing_particles") for c in verb.children) and \
                verb.nbor(1).lower_ not in _cue("killing_particles"):  # "shot dead the prime minister": "dead" may parse as amod
            return code
        if all(t.sector in self.words.leader_sectors and self._one_person(t) for t in targets):
            return "186"
        return code

    def _means_code(self, verb: Token, code: str, passive: bool) -> str:
        """An attack named as the doer gives the act its kind: "a Russian missile strike on Dnipro killed
        eight" (195), "soldiers were killed in Israeli tank shelling" (194), not the killing's 190."""
        if code not in self.words.generic_attack_codes:
            return code
        if passive:
            doers = [p for c in verb.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in _cue("means_preps"))
                     for p in c.children if p.dep_ == "pobj"]
        else:
            doers = [c for c in verb.children if c.dep_ == "nsubj"]
        for d in doers[:1]:
            m = self.verbs.match_noun(d.lemma_.lower(), [t.lemma_.lower() for t in d.subtree if t.i != d.i])
            if m is not None and m.code and m.code[:2] in VIOLENT_ROOTS and m.code not in self.words.generic_attack_codes:
                return m.code
        return code

    def _bombing(self, verb: Token, code: str, passive: bool) -> str:
        """A bomb or bomber as the doer makes an attack a bombing: "a car bomb hit a convoy" (183),
        "a suicide bomber blew himself up" (1831); a bomb dropped from the air (195) stays an air strike."""
        if code not in self.words.bombing_codes and code[:2] not in VIOLENT_ROOTS:
            return code
        if passive:
            doers = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        else:
            doers = [c for c in verb.children if c.dep_ == "nsubj"]
        if not doers:
            return code
        words = {t.lower_ for t in doers[0].subtree if t.i <= doers[0].i}
        if words & self.words.suicide_marks and (code in self.words.bombing_codes or code[:3] == "183"):
            return "1831"
        if doers[0].lemma_.lower() in self.words.bombing_doers:
            for mark, marked in self.words.bomb_kinds:
                if mark in words:
                    return marked  # "hit by a car bomb" is a car bombing, even under "hit" (195)
            if code in self.words.bombing_codes:
                return code if code[:3] == "183" else "183"
        return code

    def _mass_killing(self, verb: Token, code: str, passive: bool, sources: list, targets: list) -> tuple[str, list]:
        """Killing non-combatants in large numbers is a mass killing (202): "killed hundreds of
        civilians", "killed 148 people", "at least 140 concertgoers were shot dead by gunmen". Soldiers
        and fighters killed, and killings by a bomb, missile or shell, keep their codes."""
        w = self.words
        lemma = verb.lemma_.lower()
        if code not in w.mass_killing_codes or lemma not in w.mass_killing_verbs:
            return code, targets
        if lemma in _cue("shooting_verbs") and not any(c.lower_ in _cue("killing_particles") for c in verb.children):
            return code, targets
        killer = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"] if passive \
            else [c for c in verb.children if c.dep_ == "nsubj"]
        if any(k.lemma_.lower() in w.weapon_means for k in killer):
            return code, targets
        if killer and not any(k.i in self.mention_at or k.i in self.pronouns for k in killer):
            return code, targets  # "Iran's crackdown killed hundreds": the act named is not a massacre
        victims = [c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
        if not victims:
            return code, targets
        v = victims[0]
        large = False
        if v.lower_ in w.mass_quantity_words:
            large = True
            inner = [p for c in v.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
            if inner:
                v = inner[0]
        else:
            for c in v.children:
                if c.dep_ == "nummod":
                    try:
                        large = int(c.text.replace(",", "")) >= w.mass_killing_min
                    except ValueError:
                        large = c.lower_ in w.mass_quantity_words
        if not large or v.lemma_.lower() not in w.mass_victim_nouns:
            return code, targets
        if any(t.sector is not None and t.sector not in w.civilian_sectors for t in targets):
            return code, targets
        if not targets:
            from . import places
            from .actors import Mention

            loc = places.event_location(verb.sent, verb)
            country = loc.country if loc is not None else None
            if country:
                targets = [Mention(start=v.i, end=v.i + 1, text=v.text, code=country + "CVL", country=country,
                                   sector="CVL", name=None, kind="agent", head=v.i, country_from="sentence")]
        return "202", targets

    def _state_country(self, verb: Token, patient: Token | None) -> str | None:
        """The state where an arrest happens: the place of the event, else the patient's own country
        (not for soldiers, spies or fighters, who are mostly held abroad)."""
        from . import places

        loc = places.event_location(verb.sent, verb)
        if loc is not None and loc.country:
            return loc.country
        found = self.actors_of(patient) if patient is not None else []
        if found and all(m.sector not in {"MIL", "SPY", "REB"} for m in found):
            return found[0].country
        return None

    def _state_agent(self, verb: Token, passive: bool) -> list:
        """"Investigators arrested a former minister", "was detained by paramilitary rangers": an arresting
        noun the actor dictionaries do not know acts for the state where the arrest happens."""
        if passive:
            agent = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
            patient = [c for c in verb.children if c.dep_ == "nsubjpass"]
        else:
            agent = [c for c in verb.children if c.dep_ == "nsubj"]
            patient = [c for c in verb.children if c.dep_ == "dobj"]
        if not agent or self.actors_of(agent[0]):
            return []
        agents = dict(self.words.arresting_agents)
        a = agent[0]
        sector = agents.get(a.lemma_.lower()) or (agents.get(a.lower_[:-1]) if a.lower_.endswith("s") else None)
        if sector is None:
            return []
        country = self._state_country(verb, patient[0] if patient else None)
        if not country:
            return []
        from .actors import Mention

        m = Mention(start=a.i, end=a.i + 1, text=a.text, code=country + sector, country=country, sector=sector,
                    name=None, kind="agent", head=a.i, country_from="sentence")
        self.surface[id(m)] = a.i
        return [m]

    def _one_person(self, m) -> bool:
        """A mention of one person: a named person, or "the justice minister" (a singular person noun)."""
        if m.kind == "person":
            return True
        head = self.doc[m.head] if isinstance(m.head, int) and 0 <= m.head < len(self.doc) else None
        return head is not None and head.tag_ == "NN" and head.lemma_.lower() in self.words.person_nouns

    def _agentless(self, verb: Token, code: str, pattern: str, reporter_of) -> list[Candidate]:
        """A passive with no agent ("Abe was shot dead", "three journalists were arrested") still
        codes the act on its patient: violence by nobody named has no source; an arrest or
        expulsion is the act of the state where it happens."""
        if any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in verb.children):
            return []
        subj = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if not subj:
            return []
        targets = [m for m in self.actors_of(subj[0]) if m.sector or m.kind == "person"]
        if not targets:
            return []
        targets = self._localized(verb, targets)
        code = self._assassination(verb, code, targets)
        sources: list = [None]
        if code in self.words.agentless_state:
            from .actors import Mention

            country = self._state_country(verb, subj[0])
            if not country:
                return []
            s = subj[0]
            sources = [Mention(start=s.i, end=s.i + 1, text=s.text, code=country + "GOV", country=country,
                               sector="GOV", name=None, kind="agent", head=s.i, country_from="sentence")]
        elif code not in self.words.agentless_violence and verb.lemma_.lower() not in self.words.agentless_attack_verbs:
            return []
        elif any(c.dep_ in {"advcl", "prep"} and c.lower_ not in _cue("site_preps") | _cue("direction_preps")
                 and any(p.pos_ == "NOUN" and not self.actors_of(p) for p in c.children)
                 for c in verb.children if c.dep_ != "advcl") or any(c.dep_ == "advcl" for c in verb.children
                                                                      if c.pos_ == "VERB" and c.tag_ != "VBG"):
            return []  # "was killed in a crash", "died when his helicopter crashed": the cause is named
        mod, governor = modality.of(verb)
        reporter = self._reporter(verb, reporter_of)
        out = []
        for s in sources:
            for t in targets:
                cand = Candidate(trigger=verb, code=code, pattern=pattern, source=s, target=t, reported_by=reporter,
                                 modality=mod, governor=governor)
                cand.tokens = self._evidence(verb, s, t)
                out.append(cand)
        return out

    def _evidence(self, trigger: Token, source, target) -> set[int]:
        """The evidence tokens of an event: its trigger and the words naming its source and target."""
        return {trigger.i} | self._surface_tokens(source, trigger) | self._surface_tokens(target, trigger)

    def _surface_tokens(self, m, trigger: Token) -> set[int]:
        """The words that name actor ``m`` in the trigger's sentence (a pronoun, a noun, or the mention)."""
        if m is None:
            return set()
        sent = trigger.sent
        i = self.surface.get(id(m))
        if i is not None and m.start <= i < m.end and sent.start <= m.start < sent.end:
            return set(range(m.start, m.end))
        if i is not None and sent.start <= i < sent.end:
            return {i}
        return set()

    def fill_from_context(self, sent: Span, cands: list[Candidate]) -> None:
        """A cooperative act named by a noun without a recipient ("limited its support to humanitarian
        aid") takes the recipient of the same source's cooperative act in the previous two sentences."""
        for c in cands:
            if c.target is None and c.nominal and c.code[:2] in COOPERATIVE_ROOTS:
                for start, country, target in reversed(self.recent_targets):
                    if country == c.source.country and self._sentences_between(start, sent.start) <= 2:
                        c.target = target
                        break
        for c in cands:
            if c.target is not None and c.source is not None and c.code[:2] in COOPERATIVE_ROOTS:
                self.recent_targets.append((sent.start, c.source.country, c.target))

    def _sentences_between(self, a: int, b: int) -> int:
        return sum(1 for s in self.doc[a:b].sents) if b > a else 0

    # ---- the entry the pipeline calls ----------------------------------------------------
    def sentence_events(self, sent: Span) -> list[Candidate]:
        """The candidate events of ``sent``, duplicates resolved, context filled in.

        Call it for the article's sentences in order: a sentence takes what the earlier ones left
        (pronouns resolved, the parties of a pact, the recipient of a recent cooperative act). A
        sentence that can hold no event (:meth:`may_hold_events`) gives none, without the work.
        """
        if not self.may_hold_events(sent):
            return []
        cands = resolve_duplicates(self.code_sentence(sent, reporters(sent, self)))
        self.fill_from_context(sent, cands)
        return cands

    def may_hold_events(self, sent: Span) -> bool:
        """``sent`` names an actor (a mention or a resolved pronoun) or a violent means: no actor, no event,
        but an unattributed bombing ("A bomb exploded at a market in Quetta") is coded to unidentified
        armed forces."""
        return sent.start in self._event_sentences

    @cached_property
    def _event_sentences(self) -> frozenset[int]:
        doc = self.doc
        starts = {doc[m.start].sent.start for m in self.mentions} | {doc[i].sent.start for i in self.pronouns}
        means = self.words.violent_means
        starts |= {t.sent.start for t in doc if t.pos_ == "NOUN" and t.lemma_.lower() in means}
        return frozenset(starts)

    def _causes(self, verb: Token) -> list[Token]:
        """Nouns that name what did the harm: the subject of "a blast killed", the by-agent or the
        "in"/"during" phrase of "were killed in an earthquake"."""
        out = [c for c in verb.children if c.dep_ in {"nsubj", "csubj"} and c.pos_ in {"NOUN", "PROPN"}]
        for c in verb.children:
            if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in _cue("cause_preps")):
                out.extend(p for p in c.children if p.dep_ == "pobj" and p.pos_ in {"NOUN", "PROPN"})
        if not out and verb.tag_ == "VBG" and verb.dep_ in {"advcl", "xcomp", "conj"} and verb.head.i != verb.i:
            # "a blast ripped through a plant, killing 78 workers": the participle's harm is its head's
            out = [c for c in verb.head.children if c.dep_ in {"nsubj", "csubj"} and c.pos_ in {"NOUN", "PROPN"}]
        return out

    def _is_disaster(self, noun: Token) -> bool:
        """A natural or industrial disaster: "earthquake", "floods", "a gas explosion", "a blast at a factory"."""
        w = self.words
        lemma = noun.lemma_.lower()
        mods = [c for c in noun.children if c.dep_ in {"compound", "amod", "nmod"}]
        if lemma in w.disaster_nouns or " ".join([*(m.lemma_.lower() for m in mods[-1:]), lemma]) in w.disaster_nouns:
            return not self.actors_of(noun)  # "a Russian drone crash" is still Russia's
        if lemma not in w.accidental_blasts:
            return False
        if any(t.lemma_.lower() in w.accident_words for m in mods for t in m.subtree):  # "coal mine explosion"
            return True
        # the site may hang on the blast's verb: "a blast ripped through a chemical plant"
        site_preps = [*noun.children, *(noun.head.children if noun.dep_ == "nsubj" else [])]
        for p in site_preps:
            if p.dep_ == "prep" and p.lower_ == "of" and p.head.i == noun.i and any(  # "an explosion of ammonium nitrate"
                    t.lemma_.lower() in w.accident_words for o in p.children for t in o.subtree):
                return True
            if p.dep_ == "prep" and p.lower_ in _cue("accident_site_preps"):
                for o in p.children:
                    if o.dep_ == "pobj" and (o.lemma_.lower() in w.accident_sites or any(
                            m.dep_ in {"compound", "amod"} and m.lemma_.lower() in w.accident_words for m in o.children)):
                        return True
        return False

    def _disaster_cause(self, verb: Token) -> bool:
        """Harm done by a disaster and by no actor: "killed in an earthquake" is no attack."""
        causes = self._causes(verb)
        victims = {c.lemma_.lower() for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}}
        accidental = victims & self.words.accident_victims and any(
            n.lemma_.lower() in self.words.accidental_blasts for n in causes)
        if not causes or not (accidental or any(self._is_disaster(n) for n in causes)):
            return False
        # an actor that is the subject or by-agent still acts ("troops fired on crowds fleeing the flood")
        for c in verb.children:
            if c.dep_ in {"nsubj", "agent"}:
                heads = [c] if c.dep_ == "nsubj" else [p for p in c.children if p.dep_ == "pobj"]
                if any(self.actors_of(h) for h in heads if not self._is_disaster(h)):
                    return False
        return True

    def _crowd(self, verb: Token) -> list:
        """Protesters named by their number ("thousands protested in Belgrade", "hundreds of people
        joined protests in Tbilisi") are civilians (CVL) of the country where they protest."""
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subj and verb.dep_ == "acl":
            subj = [verb.head]  # the parser's "Thousands [who] protested"
        if not subj:
            return []
        head = subj[0]
        words = {head.lower_, head.lemma_.lower()}
        if not (words & self.words.crowd_nouns or head.pos_ == "NUM"):
            return []
        from . import places
        from .actors import Mention

        loc = places.event_location(verb.sent, verb)
        if loc is None and verb.dep_ == "acl":
            loc = places.event_location(verb.sent, verb.head)
        if loc is None or not loc.country:
            return []
        m = Mention(start=head.i, end=head.i + 1, text=head.text, code=f"{loc.country}CVL", country=loc.country,
                    sector="CVL", name=None, kind="agent", head=head.i, country_from="sentence")
        self.surface[id(m)] = head.i
        return [m]

    def _localized(self, verb: Token, ms: list) -> list:
        """Sector-only actors with no country ("security forces", "protesters", "gunmen") belong to
        the country where the act takes place ("opened fire on protesters ... in Lagos" -> NGA)."""
        if not any(m is not None and m.country is None and m.sector and m.code == m.sector
                   and m.sector not in NO_LOCAL_SECTORS for m in ms):
            return ms
        from dataclasses import replace

        from . import places

        loc = places.event_location(verb.sent, verb)
        country = loc.country if loc is not None else None
        if country is None:
            # a town deeper in the clause: "at the Lekki toll gate in Lagos", "12 villagers in Zamfara"
            for t in self._clause_tokens(verb):
                if t.dep_ == "pobj" and t.head.lower_ in _cue("town_preps") and not self.actors_of(t):
                    found = self._places_of(t, [])
                    if found:
                        country = found[0].country
                        break
        if not country:
            return ms
        out = []
        for m in ms:
            if m is not None and m.country is None and m.sector and m.code == m.sector and m.sector not in NO_LOCAL_SECTORS:
                new = replace(m, country=country, code=country + m.code, country_from="sentence")
                if id(m) in self.surface:
                    self.surface[id(new)] = self.surface[id(m)]
                m = new
            out.append(m)
        return out

    def _happens_in(self, verb: Token, country: str | None) -> bool:
        """The act takes place in ``country`` (police act at home; "fired on protesters in Andijan")."""
        from . import places

        loc = places.event_location(verb.sent, verb)
        return bool(country) and loc is not None and loc.country == country

    def _protesters(self, m) -> bool:
        """The mention names protesters, students or a crowd, not civilians at large."""
        from .verbs import normal

        return any(normal(w) in self.words.protester_nouns for w in m.text.lower().replace("-", " ").split())

    def _protest_verb(self, verb: Token) -> bool:
        """The main act is itself a protest ("shunned work to protest"): one event, not two."""
        match = self.code_verb(verb) if verb.pos_ == "VERB" else None
        return bool(match and match.code and match.code[:2] == "14")

    def _domestic_default(self, code: str, sources: list) -> list:
        """Acts aimed at one's own country when the sentence names no target: a protest by its
        people is aimed at their government ("80,000 Israelis rallied in Tel Aviv" -> ISRGOV);
        arrests, curfews and repression by its state at its people ("police arrested 25 people")."""
        if len(sources) != 1 or not sources[0].country:
            return []
        s = sources[0]
        from .actors import Mention

        if code[:2] == "14" and s.sector not in STATE_ORGAN_SECTORS:
            sector = "GOV"
        elif code[:2] == "17" and s.sector in STATE_ORGAN_SECTORS:
            sector = "CVL"
        else:
            return []
        return [Mention(start=s.start, end=s.end, text=s.text, code=s.country + sector, country=s.country,
                        sector=sector, name=None, kind="agent", head=s.head, country_from="sentence")]

    def _crowd_country(self, crowd):
        """A crowd's protest with no target named is aimed at its country, as "demonstrated in Serbia" is."""
        from .actors import Mention

        return Mention(start=crowd.start, end=crowd.end, text=crowd.text, code=crowd.country, country=crowd.country,
                       sector=None, name=None, kind="country", head=crowd.head)

    def _unidentified_attacker(self, verb: Token, passive: bool) -> list:
        """Violence with no named perpetrator ("a roadside bomb killed two soldiers", "were killed by
        an explosive device") is coded, as CAMEO does, to unidentified armed forces (UAF) of the
        country where it happened."""
        if passive:
            agent = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
            # "were killed in a car bombing": the means stands in a prepositional phrase
            agent += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in _cue("means_preps")
                      for p in c.children if p.dep_ == "pobj"]
            if not agent:
                # "a grenade was hurled at a police post": the weapon thrown stands for its unknown thrower
                thrown = [c for c in verb.children if c.dep_ == "nsubjpass"
                          and c.lemma_.lower() in self.words.bombing_doers]
                if not thrown:
                    return []
                agent = thrown
            named = self.actors_of(agent[0])
            if not named and agent[0].lemma_.lower() in self.words.between_nouns:
                # "soldiers were killed in a clash with Chinese troops": the other side of the clash
                named = [m for p in agent[0].children if p.dep_ == "prep" and p.lower_ == "with"
                         for o in p.children if o.dep_ == "pobj" for m in self.actors_of(o)]
                return named
            if named:
                # "were killed in Israeli tank shelling", "in a Russian drone strike": the attack's
                # own modifier names who attacked
                armed = [m for m in named if m.sector in ARMED_SECTORS]  # "in Israeli tank fire"
                return named if self._violent_noun(agent[0]) else armed
            subject = agent[0]
        else:
            subj = [c for c in verb.children if c.dep_ == "nsubj"]
            if not subj or subj[0].pos_ not in {"NOUN", "PROPN"} or self.actors_of(subj[0]):
                return []
            subject = subj[0]
        if subject.lemma_.lower() not in self.words.violent_means:
            return []
        launcher = self._launcher(subject)
        if launcher:
            return launcher
        from . import places
        from .actors import Mention

        loc = places.event_location(verb.sent, verb)
        country = loc.country if loc else None
        if country is None:  # else the country of a place named in the sentence
            places_named = [m for m in self.mentions if verb.sent.start <= m.start < verb.sent.end
                            and m.kind in {"country", "capital"} and m.country]
            country = places_named[0].country if places_named else None
        m = Mention(start=subject.i, end=subject.i + 1, text=subject.text, code=f"{country or ''}UAF",
                    country=country, sector="UAF", name="unidentified armed forces", kind="agent", head=subject.i)
        self.surface[id(m)] = subject.i
        return [m]

    def _visited(self, verb: Token, sources: list) -> list:
        """The country a visitor acts in ("announced aid during a visit to Kyiv", "made a surprise visit
        to Kyiv and pledged aid", "on a trip to Beijing, agreed to ..."): the visit is in a phrase of the
        act, or the object of the verb it is conjoined with; a place of the visitor's own country is no
        target."""
        if len(_dedupe(sources)) != 1 or not sources[0].country:
            return []
        nouns = _cue("visit_nouns")
        heads = [verb] + ([verb.head] if verb.dep_ == "conj" else []) + [c for c in verb.children if c.dep_ == "conj"]
        visits = [o for h in heads for c in h.children if c.dep_ == "prep" for o in c.children
                  if o.dep_ == "pobj" and o.lemma_.lower() in nouns]
        visits += [c for h in heads for c in h.children if c.dep_ == "dobj" and c.lemma_.lower() in nouns]
        for v in visits:
            for p in v.children:
                if p.dep_ != "prep" or p.lower_ not in {"to", "in"}:
                    continue
                for o in p.children:
                    if o.dep_ != "pobj":
                        continue
                    found = [m for m in self.actors_of(o) if m.country and m.kind in {"country", "capital"}]
                    found = found or ([] if self.actors_of(o) else self._places_of(o, sources))
                    found = [m for m in found if m.country and m.country != sources[0].country]
                    if found:
                        return found[:1]
        return []

    def _left_place(self, verb: Token, sources: list) -> list:
        """The country of the place a withdrawal leaves ("withdrew from the west bank of the Dnipro near
        Kherson", "pulled its forces out of the north of Ukraine", "left the district of Lachin"), when
        it is not the source's own."""
        if not sources or not all(s.country for s in sources):
            return []
        # "ordered its troops to withdraw from ...", "pulled out of ...", "pulled its forces back from ..."
        verbs = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
        heads = verbs + [c for v in verbs for c in v.children
                         if c.dep_ in {"prt", "advmod"} or (c.dep_ == "prep" and c.lower_ == "out")]
        objs = [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in _cue("left_place_preps")
                for o in p.children if o.dep_ == "pobj"]
        if verb.lemma_.lower() in _cue("left_place_verbs"):
            objs += [c for c in verb.children if c.dep_ == "dobj"]
        for o in objs:
            if self._owned_by_source(o, sources):
                continue
            named = [m for m in self.actors_of(o) if m.country and m.kind in {"country", "capital"}]
            found = named or ([] if self.actors_of(o) else
                              [m for m in self._places_of(o, sources) if m.text[:1].isupper()])
            if not found:  # "the west bank of the Dnipro near Kherson": the town that places it
                inner = [t for t in o.subtree if t.dep_ == "pobj" and t.i != o.i and t.pos_ == "PROPN"]
                for t in inner:
                    found = [m for m in self.actors_of(t) if m.country and m.kind in {"country", "capital"}] \
                        or ([] if self.actors_of(t) else
                            [m for m in self._places_of(t, sources) if m.text[:1].isupper()])
                    if found:
                        break
            # a place is a proper name: "the west bank of the Dnipro" is not the West Bank
            found = [m for m in found if m.country and m.text[:1].isupper()
                     and all(m.country != s.country for s in sources)]
            if found:
                return found[:1]
        return []

    def _launcher(self, weapon: Token) -> list:
        """Who launched the weapon that struck: "a drone launched by Houthi rebels", "a car bomb
        planted by ELN guerrillas", "a missile fired from an Argentine aircraft"."""
        for acl in weapon.children:
            if acl.dep_ != "acl" or acl.tag_ != "VBN":
                continue
            for c in acl.children:
                if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "from"):
                    for o in c.children:
                        if o.dep_ == "pobj":
                            found = [m for m in self.actors_of(o) if m.country or m.sector in ARMED_SECTORS]
                            if found:
                                for m in found:
                                    self.surface.setdefault(id(m), o.i)
                                return found
        return []

    def _place_target(self, verb: Token, sources: list) -> list:
        """Protests and clashes in a country are aimed at it ("demonstrated in Serbia")."""
        for t in verb.subtree:
            if t.dep_ == "pobj" and t.head.lower_ in _cue("protest_place_preps"):
                for m in self.actors_of(t):
                    if m.country and m.kind in {"country", "capital"} and not _own_side(m, sources):
                        self.surface[id(m)] = t.i
                        return [m]
        return []

    def _domestic_target(self, verb: Token, sources: list) -> list:
        """A state's curfew, crackdown or concession in a place of its own country is aimed at that
        country's people ("imposed a curfew in Cizre", "lifted the state of emergency in Darfur")."""
        state = [s for s in sources if s.country and s.sector in STATE_ORGAN_SECTORS]
        if not state:
            return []
        from . import places
        from .actors import Mention

        loc = places.event_location(verb.sent, verb)
        if loc is None or loc.country != state[0].country:
            return []
        m = Mention(start=verb.i, end=verb.i + 1, text=loc.name, code=loc.country, country=loc.country,
                    sector=None, name=loc.name, kind="country", head=verb.i)
        return [m]

    def _direct_partner(self, verb: Token, target) -> bool:
        """The target is the verb's own object or its "with" partner ("met Kozyrev", "talks with Seoul")."""
        i = self.surface.get(id(target))
        if i is None:
            return False
        tok = self.doc[i]
        for _ in range(3):
            if tok.head.i == verb.i and tok.dep_ in {"dobj", "dative"}:
                return True
            if tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.head.i == verb.i:
                return True
            if tok.head.i == tok.i:
                break
            tok = tok.head
        return False

    def _governed_by_joint(self, verb: Token) -> bool:
        """"A and B agreed to hold exercises": the joint verb above makes the act mutual; so does
        one below ("A and B failed to reach agreement")."""
        if any(c.dep_ == "xcomp" and c.lemma_.lower() in self.words.joint for c in verb.children):
            return True
        node = verb
        for _ in range(3):
            if node.dep_ not in {"xcomp", "acl", "pcomp", "pobj", "prep"} or node.head.i == node.i:
                return False
            node = node.head
            if node.lemma_.lower() in self.words.joint:
                return True
        return False

    def _nominal_events(self, verb: Token, reporter_of, objects_only: bool = False) -> list[Candidate]:
        """Event nouns governed by a light verb: "limited its support to humanitarian aid and sanctions".
        Under other verbs only a direct object counts ("resumed talks"), not "fled the war"."""
        out = []
        nouns: list[Token] = []
        for c in verb.children:
            if c.dep_ in {"dobj", "attr"}:
                nouns.append(c)
            if c.dep_ == "prep" and not objects_only:
                nouns.extend(p for p in c.children if p.dep_ == "pobj")
        for n in list(nouns):
            nouns.extend(c for c in n.conjuncts if c not in nouns)
        for n in nouns:
            if n.pos_ not in {"NOUN", "PROPN"}:
                continue
            words = [t.lemma_.lower() for t in n.subtree if t.i != n.i]
            match = self.verbs.match_noun(n.lemma_.lower(), words)
            if match is None or not match.code:
                continue
            sources, _, inherited = self.subjects(verb)
            crowd = False
            if not sources and match.code[:2] == "14":
                sources = self._crowd(verb)  # "thousands joined protests in Tbilisi"
                crowd = bool(sources)
            if not sources:
                continue
            targets = []
            for p in _own_preps(n):
                for o in p.children:
                    if o.dep_ == "pobj":
                        targets.extend(m for m in self.actors_of(o) if not _same_actor(m, sources))
            if not targets:
                # "gave a warm welcome to de Klerk", "sent aid to Haiti": the verb's recipient
                for p in verb.children:
                    if p.dep_ in {"dative", "prep"} and p.lower_ in _cue("recipient_preps") and n not in p.subtree:
                        for o in p.children:
                            if o.dep_ == "pobj":
                                targets.extend(m for m in self.actors_of(o)
                                               if not _same_actor(m, sources) and not _own_side(m, sources))
            if not targets and match.code[:2] in DEEP_TARGET_ROOTS:
                deep = self._addressee(verb, sources)
                targets = [deep] if deep is not None else self._place_target(verb, sources)
            if not targets and crowd:
                targets = [self._crowd_country(sources[0])]
            if not targets:
                targets = self._domestic_default(match.code, sources)
            mod, governor = modality.of_object(n, verb, match.code)
            if _no_det(n):
                mod = modality.NEGATED  # "there were no clashes", "imposed no sanctions"
            reporter = self._reporter(verb, reporter_of)
            mutual = n.lemma_.lower() in MUTUAL_NOUNS or verb.lemma_.lower() in self.words.joint
            pairs = [(s, t) for s in sources for t in (targets or [None])]
            if not targets and mutual and len(sources) > 1:
                pairs = [(a, b) for a in sources for b in sources if a is not b]  # same object: not a token
            for s, t in pairs:
                if True:
                    cand = Candidate(trigger=n, code=match.code, pattern=match.pattern, source=s, target=t,
                                     reported_by=reporter, modality=mod, governor=governor,
                                     inherited_source=True, nominal=True)
                    cand.tokens = self._evidence(n, s, t)
                    out.append(cand)
                    out.extend(_refusal(cand, verb))
        return out

    def _reporter(self, verb: Token, reporter_of: dict[int, object]):
        node = verb
        for _ in range(6):
            if node.i in reporter_of:
                return reporter_of[node.i]
            if node.head.i == node.i:
                break
            node = node.head
        return None


def reporters(sent: Span, coder: SentenceCoder) -> dict[int, object]:
    """Map the head of each reported clause to the actor who reports it ("X said Y did Z")."""
    out: dict[int, object] = {}
    reporting = coder.cues.reporting
    for tok in sent:
        lemma = tok.lemma_.lower()
        if lemma in reporting:
            comps = [c for c in tok.children if c.dep_ in {"ccomp", "parataxis"}]
            if not comps:
                continue
            sources, _, _ = coder.subjects(tok)
            if sources:
                for c in comps:
                    out[c.i] = sources[0]
        elif lemma == "accord" and any(c.lower_ == "to" for c in tok.children):
            for c in tok.children:
                if c.lower_ == "to":
                    for p in c.children:
                        if p.dep_ == "pobj":
                            actors = coder.actors_of(p)
                            if actors:
                                out[tok.head.i] = actors[0]
    return out


def _no_det(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def _reduced_relative(verb: Token) -> bool:
    """A past participle with a by-agent modifying a noun is a relative clause in the passive:
    "troops, backed by tanks,", "rebels backed by Rwanda", "crimes committed by Croat forces". The
    noun is its patient, never its agent; like other relative clauses it is background."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in {"NOUN", "PROPN", "PRON"} and any(
        c.dep_ == "agent" for c in verb.children)


def _own_preps(noun: Token) -> list[Token]:
    """Prepositions that modify ``noun``; in "aid and sanctions against Moscow" the trailing
    phrase belongs to the last conjunct, though the parser may hang it on the first."""
    group = [noun, *noun.conjuncts]
    last = max(group, key=lambda t: t.i)
    preps = []
    for member in group:
        for p in member.children:
            if p.dep_ != "prep" or p.lower_ not in TARGET_PREPS:
                continue
            owner = last if p.i > last.i else member
            if owner.i == noun.i:
                preps.append(p)
    return preps


BACKGROUND_MARKS = lexicon.words("event_cues", "background_marks")


def _background_mark(clause: Token) -> bool:
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in clause.children)


def _in_background_clause(tok: Token) -> bool:
    """Relative clauses, temporal or causal subordinate clauses and participle asides describe
    the background of the reported event ("..., who has vowed ...", "after two vehicles were
    hit", "..., saying he would only welcome him in Jerusalem"). News coding keeps the reported
    event; the background is usually reported elsewhere as news."""
    node = tok
    for _ in range(8):
        if node.dep_ == "relcl" and node.pos_ in {"VERB", "AUX"}:
            return True
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in node.children):
            return True
        if node.i != tok.i and _participle_aside(node):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _participle_aside(tok: Token) -> bool:
    """"..., killing 20 people" or "..., setting fire to mattresses": a participle clause adds
    detail to the reported act; coding it as a second act mostly duplicates or misreads it."""
    return (tok.dep_ == "advcl" and tok.tag_ in {"VBG", "VBN"}
            and not any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in tok.children))


def _own_side(m, sources: list) -> bool:
    """The source's own people are not the target of its act ("withdrew its troops from Lebanon")."""
    for s in sources:
        if m.country and m.country == s.country and (m.sector == s.sector or m.sector is None):
            return True
        # a state as a whole (no sector) acts through its own government, forces and police
        if m.country and m.country == s.country and s.sector is None and m.sector in STATE_ORGAN_SECTORS:
            return True
        if m.country is None and s.country is None and m.sector == s.sector:
            return True
    return False


def _own_state(m, sources: list) -> bool:
    """A government's own forces in the clause of its act ("Erdogan threatened to extend Turkey's
    military operation"): not whom the act is aimed at (the army's act on the government, a coup, is)."""
    return bool(m.country) and m.sector in STATE_FORCES and any(
        s.country == m.country and s.sector == "GOV" for s in sources)


def _as_place(m):
    """A dictionary mention used as the place attacked: its country alone ("a house in Kabul" is
    AFG, not the government the capital stands for elsewhere)."""
    if m.code == m.country and m.sector is None:
        return m
    from dataclasses import replace

    return replace(m, code=m.country, sector=None, kind="country")


def _is_date(tok: Token) -> bool:
    """A month name with a day or year beside it ("On 3 March 2025", "March 5") is a date, not the
    town of that name."""
    from .dates import MONTHS

    if tok.lower_ not in MONTHS:
        return False
    doc = tok.doc
    return any(0 <= j < len(doc) and doc[j].like_num for j in (tok.i - 1, tok.i + 1)) or any(
        c.like_num for c in tok.children)


def _insurgent(sources: list) -> bool:
    """Unidentified attackers, rebels and insurgents: their violence in their own country is aimed at it."""
    return bool(sources) and all(s.sector in INSURGENT_SECTORS for s in sources)


def _same_actor(m, others: list) -> bool:
    return any(m is o or (m.code == o.code and m.name == o.name) for o in others)  # same object: not a token


def _dedupe(ms: list) -> list:
    out = []
    for m in ms:
        if not _same_actor(m, out):
            out.append(m)
    return out


def _depth(tok: Token, root: Token) -> int:
    d = 0
    while tok.i != root.i and tok.head.i != tok.i and d < 50:
        tok = tok.head
        d += 1
    return d


def _refusal(cand: Candidate, refuser: Token | None) -> list[Candidate]:
    """ "Niger's junta said it would not release Bazoum", "Panama would not renew its agreement": an
    actor's stated refusal of its own act is the CAMEO 12x rejection, asserted, beside the act negated
    (modality.is_stated_refusal, the table in data/lexicon/modality_cues.yaml)."""
    if cand.modality != modality.NEGATED or refuser is None or cand.source is None:
        return []
    code = modality.refusal_code(cand.code)
    reporter = cand.reported_by
    if code is None or not modality.is_stated_refusal(refuser) or (
            reporter is not None and reporter.country and reporter.country != cand.source.country):
        return []
    ref = Candidate(trigger=cand.trigger, code=code, pattern=f"<will not> {cand.pattern}", source=cand.source,
                    target=cand.target, reported_by=reporter, modality=modality.ASSERTED,
                    inherited_source=cand.inherited_source, nominal=cand.nominal)
    ref.tokens = set(cand.tokens)
    return [ref]


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
    for c in cands:
        key = (c.source.code if c.source else None, c.target.code if c.target else None, c.code, c.trigger.sent.start)
        if key in seen:
            continue
        if c.source is not None and (c.source.code, c.trigger.i) in governed and c.code[:2] in STATEMENT_ROOTS:
            continue
        seen.add(key)
        out.append(c)
    return out
