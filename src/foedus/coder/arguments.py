"""Who did it to whom: the actors a noun phrase names (``actors_of``), the source of a verb (subject,
by-agent, or the subject inherited from a governing verb) and its target (object, dative,
prepositional object, the addressee inside a reported clause, or the place attacked or acted in),
and the reporter of a reported clause.

Every actor found is a ``candidates.Named``: the mention with the word that named it, which gives the
event's evidence span. ``ArgumentFinder`` keeps the article's actors (mentions, resolved pronouns)
and one piece of memory: the parties of the last agreement ("the deal" names them later).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from .. import lexicon, taxonomy
from . import modality, places
from .actors import ARMED_SECTORS, HOME_ATTACKER_SECTORS, Mention, compose_code
from .candidates import Named, dedupe, same_actor
from .clauses import BACKGROUND_MARKS, SEQUEL_MARKS, background_mark, misparsed_subject, naming_relative
from .doctext import doc_lowers, of_nouns, tokens, word_at
from .event_words import cue
from .triggers import TriggerFinder
from .verbs import VerbDictionary
from .syntax import PATIENTS, SUBJECTS

DISTRIBUTIVE = lexicon.words("actor_cues", "distributive_subjects")
# "the two", "the three countries": how many parties a counted group subject stands for
GROUP_NUMBERS = {word: int(n) for word, n in lexicon.load("actor_cues").group_numbers.items()}  # type: ignore[attr-defined]
# Sectors a group noun gives the parties it stands for ("both governments", "the two armies")
GROUP_SECTORS = frozenset({"GOV", "MIL"})
RECIPROCAL_OBJECTS = lexicon.words("actor_cues", "reciprocal_objects")
TOGETHER_MARKS = lexicon.words("actor_cues", "together_marks")
APART_MARKS = lexicon.words("actor_cues", "apart_marks")

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
# Prepositions that introduce a target of the act ("sanctions against Moscow", "talks with Seoul").
TARGET_PREPS = lexicon.words("event_cues", "target_preps")
# "at" names a target only after verbs of aiming ("fired at", "lashed out at"); elsewhere it is a place.
AT_VERBS = lexicon.words("event_cues", "at_verbs")
# Prepositions of place: their objects are where an event happened, never whom it was done to.
PLACE_PREPS = lexicon.words("event_cues", "place_preps")
# Acts whose target may be a town the actor dictionaries do not know ("shelled Kharkiv" -> UKR).
PLACE_TARGET_ROOTS = taxonomy.roots("place_target")
# Armed sectors that fight the state of their own country: a place there is a target for them.
INSURGENT_SECTORS = taxonomy.sectors("insurgent")
# Organs of a state (government, army, police, intelligence, courts, legislature).
STATE_ORGAN_SECTORS = taxonomy.sectors("state_organ")
APPEAL_ROOTS = taxonomy.roots("appeal")
# The forces a government commands (army, police, intelligence).
STATE_FORCES = taxonomy.sectors("state_force")
# "on the Thai border", "along the coast": where an act happens, not whom it is done to
BORDER_NOUNS = lexicon.words("event_cues", "border_nouns")
AGREEMENT_NOUNS = lexicon.words("event_cues", "agreement_nouns")
# "detonated a device under a police van", "planted a bomb beneath an army truck": the spot aimed at.
PLACED_PREPS = lexicon.words("place_cues", "placed_preps")
# Cooperative acts (03-08): a partner named after "alongside" is their target.
COOPERATIVE_ROOTS = taxonomy.roots("cooperative")
# owners of an agent that is nobody's state: the staff of an international body or of an aid group ("UN staff members")
STAFF_OWNERS = frozenset({"IGO", "NGO"})
# Diplomatic cooperation (05): the town it is done in is the venue ("signed a deal in Addis Ababa").
VENUE_ROOTS = taxonomy.roots("venue")
THREAT_ROOTS = taxonomy.roots("threat_statement")
ANSWERING_ROOTS = taxonomy.roots("answering")
# "a base in Iraq housing US troops", "a hotel used by foreign journalists": who is in a site attacked.
OCCUPANT_WORDS = lexicon.words("place_cues", "occupant_words")
CARRIER_WORDS = lexicon.words("place_cues", "carrier_words")



def reduced_passive(verb: Token) -> bool:
    """A past participle with a by-agent on a noun, a passive relative clause reduced ("prisoners mistreated by U.S.
    soldiers"): the agent is its doer, the noun its patient (clauses.reduced_relative)."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in {"NOUN", "PROPN", "PRON"} and any(
        c.dep_ == "agent" for c in verb.children)


def passive_conjunct(verb: Token) -> bool:
    """A past participle joined to a passive verb, with no subject of its own, shares its voice, subject and
    by-agent: "shops were looted and set on fire by armed men" ("set" is passive, its patient the shops)."""
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.i != verb.i \
        and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children) \
        and any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.head.children)


def _agents(verb: Token) -> list[Token]:
    """The by-agents' nouns of a passive verb: its own, else those of the passive conjunct it is joined to or
    that is joined to it ("were looted and set on fire by armed men": the men for both)."""
    own = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    if own:
        return own
    # (threat43) a by-agent the parser hung on the passive's with-object or retained object: "was threatened with a
    # naval blockade by the United States", "was given a deadline by Washington"
    held = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
            for o in c.children if o.dep_ == "pobj"] + [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
    hung = [p for o in held for c in o.children if c.dep_ in {"prep", "agent"} and c.lower_ == "by"
            for p in c.children if p.dep_ == "pobj"]
    if hung:
        return hung
    if passive_conjunct(verb):
        return _agents(verb.head)
    return [p for v in verb.children if v.dep_ == "conj" and passive_conjunct(v)
            for c in v.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]


class ArgumentFinder(TriggerFinder):
    """The source, target and reporter of an act, from the article's actor mentions and pronouns."""

    def __init__(self, doc: Doc, mentions: list[Mention], pronouns: dict[int, list[Mention]],
                 verbs: VerbDictionary) -> None:
        super().__init__(verbs)
        self.doc = doc
        self.mentions = mentions
        self.pronouns = pronouns
        self.mention_at: dict[int, Mention] = {}
        for m in mentions:
            for i in range(m.start, m.end):
                self.mention_at[i] = m
        self.pact_parties: list[Named] = []  # parties of the last agreement signed or named
        # verb index -> the code its targets were last sought for (:meth:`targets`), read by ``_addressee``
        self.code_at: dict[int, str] = {}
        # verb index -> the freed people of a release told from their side (:meth:`_jailer`)
        self.freed_at: dict[int, list[Named]] = {}

    def mentions_at(self, i: int) -> list[Mention]:
        """The actors the word at ``i`` names by itself: a pronoun's referents, else its own mention (no
        conjuncts or lists, unlike ``actors_of``)."""
        return self.pronouns.get(i) or ([self.mention_at[i]] if i in self.mention_at else [])

    def actors_of(self, tok: Token, depth: int = 0) -> list[Named]:
        """The actors that a noun phrase headed by ``tok`` stands for (conjuncts included), each named
        by ``tok`` (a conjunct's by its own word). A mention found twice keeps its first place and the
        word found last."""
        found: list[Mention] = []
        if tok.i in self.pronouns:
            found.extend(self.pronouns[tok.i])
        elif tok.i in self.mention_at:
            found.append(self.mention_at[tok.i])
            found.extend(self._of_list(tok, found[0]))
            # "Armenian and Azerbaijani forces": the first demonym is a mention of its own
            for c in tok.children:
                if c.dep_ in {"amod", "compound", "nmod"} and c.i in self.mention_at and any(
                        g.dep_ == "conj" and g.i in self.mention_at for g in c.children):
                    other = self.mention_at[c.i]
                    # "Syrian government and rebel delegations": one country's two sides (the
                    # country shared, actors.ActorMatcher._shared_adjective)
                    # "Saudi and Houthi delegations": a bare demonym of another country is that country's
                    if other is not found[0] and (other.sector == found[0].sector or (  # same object: not a token
                            other.country and other.country == found[0].country and found[0].country_from == "")
                            or (other.kind == "country" and other.country and other.country != found[0].country)):
                        found.insert(0, other)
            # "Saudi Arabia, the UAE, Bahrain and Egypt": a country in apposition to a country is a list;
            # so is a body in apposition to a body that goes on with "and" ("the UN, the EU and the AU")
            for c in tok.children:
                member = self.mention_at.get(c.i) if c.dep_ == "appos" else None
                listed = member is not None and member.code != found[0].code and (
                    (found[0].kind == "country" and member.kind == "country" and member.country != found[0].country)
                    or (found[0].kind == member.kind in {"organization", "block"}
                        and any(g.dep_ == "cc" for g in c.children) and any(g.dep_ == "conj" for g in c.children)))
                if listed and depth < 4:
                    found.extend(n.mention for n in self.actors_of(c, depth + 1))
        else:
            found.extend(n.mention for n in self._inner_actor(tok))
            if not found and depth < 2:
                # "Anwar Ibrahim, Malaysia's prime minister, condemned": the apposition names the actor
                for c in tok.children:
                    if c.dep_ == "appos" and not found:
                        found.extend(n.mention for n in self.actors_of(c, depth + 1))
            if not found and depth < 2:
                # "more than 20 countries including the United States and Germany expelled ...", "Gulf states
                # such as Qatar": a group no actor names stands for the members it lists
                for c in tok.children:
                    if c.dep_ == "prep" and (c.lower_ == "including" or (c.lower_ == "as" and c.i > 0
                                                                          and c.nbor(-1).lower_ == "such")):
                        found.extend(n.mention for o in c.children if o.dep_ == "pobj"
                                     for n in self.actors_of(o, depth + 1))
            if not found and tok.lemma_.lower() in AGREEMENT_NOUNS and self.pact_parties:
                found.extend(n.mention for n in self.pact_parties)
            if not found and tok.pos_ == "VERB" and depth < 2:
                # a misparse that makes the subject phrase a clause ("The Red Cross operating in Iraq said")
                for c in tok.children:
                    if c.dep_ == "nsubj":
                        found.extend(n.mention for n in self.actors_of(c, depth + 1))
        named = [Named(m, tok.i) for m in found]
        if depth < 4:
            for c in tok.children:
                if c.dep_ == "conj":
                    named.extend(self.actors_of(c, depth + 1))
            own = self.mention_at.get(tok.i)
            if own is not None and own.head == tok.i:
                # "US envoy Zalmay Khalilzad and Taliban negotiator Mullah Baradar": the parser may hang
                # the second party on a word inside the first mention (its name in apposition)
                for t in tokens(self.doc)[own.start:own.end]:
                    if t.i != tok.i:
                        # (a country listed inside the mention is the mention's own list: ``_of_list``)
                        named.extend(n for c in t.children if c.dep_ == "conj" and not own.start <= c.i < own.end
                                     for n in self.actors_of(c, depth + 1)
                                     if all(n.country != x.country for x in named))
                named.extend(n for n in self._titled_first_party(tok, own) if all(not n.same(x) for x in named))
        unique: list[Named] = []
        for n in named:
            seen = [k for k, u in enumerate(unique) if u.same(n)]
            if seen:
                unique[seen[0]] = n  # found again: named by the later word
            else:
                unique.append(n)
        return unique

    def _titled_first_party(self, tok: Token, own: Mention) -> list[Named]:
        """(verbal25) "Prime Minister Ranil Wickremesinghe and Tamil Tiger leader Velupillai Prabhakaran signed",
        "The Sandinista government and Contra rebel leaders signed": the parser may hang a first party, told with
        its title, as a modifier inside the second ("Wickremesinghe/nmod<-leader"), so that only the second is the
        subject. A whole mention in the phrase before the second party, followed by "and" and then only the
        second party's own modifiers (no mention, preposition, verb or punctuation between), is a party of its own."""
        inside = {t.i for t in tok.subtree}
        if own.start - 2 < tok.sent.start:
            return []
        k = own.start - 1
        while k > tok.sent.start and k in inside and word_at(self.doc, k).lower_ != "and" and k not in self.mention_at \
                and word_at(self.doc, k).pos_ in {"ADJ", "PROPN", "NOUN", "DET"}:
            k -= 1   # "and [Contra] rebel leaders", "and [southern] rebel leader John Garang"
        conj = word_at(self.doc, k)
        if conj.lower_ != "and" or conj.i not in inside or conj.i - 1 not in self.mention_at:
            return []
        first = self.mention_at[conj.i - 1]
        if word_at(self.doc, first.head).dep_ == "amod" or word_at(self.doc, first.head).pos_ == "ADJ":
            return []   # "Israeli, American, British and Jordanian aircraft": a list of demonyms (read elsewhere)
        if first.end != conj.i or first.head not in inside or first.head == tok.i or not first.code \
                or not all(t.i in inside and t.pos_ not in {"ADP", "VERB", "AUX", "PUNCT"}
                           for t in self.doc[first.start:first.end]):
            return []
        return [Named(first, first.head)]

    def _inner_actor(self, tok: Token) -> list[Named]:
        """An actor inside a noun phrase: possessor, modifier or "of" phrase ("the government of Japan")."""
        for c in tok.children:
            if c.dep_ in {"poss", "compound", "amod", "nmod", "det"}:
                if c.i in self.pronouns:
                    return [Named(m, c.i) for m in self.pronouns[c.i]]
                if c.i in self.mention_at and not self.names_pact(c):
                    return self._listed(c)
            if c.dep_ == "amod" and c.lower_ in lexicon.words("actor_cues", "flag_participles"):
                # (dyad27) "the Barbados-flagged True Confidence", "the Panama-flagged Niovi": a ship named by its
                # own name is of the country its flag or owner names
                owner = [g for g in c.children if g.dep_ in {"npadvmod", "compound", "amod", "nmod"} and g.i in self.mention_at
                         and self.mention_at[g.i].kind == "country"]
                if owner:
                    return self._listed(owner[0])
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    if p.dep_ == "pobj" and p.i in self.mention_at:
                        out = self._listed(p)
                        # (dyad24) "killed dozens of Wagner mercenaries and Malian soldiers": each listed actor
                        for g in p.conjuncts:
                            m = self.mention_at.get(g.i)
                            if m is not None and m.kind == "agent" and all(m is not o.mention for o in out):  # same object: not a token
                                out.append(Named(m, g.i))
                        return out
        if tok.lemma_.lower() in lexicon.words("actor_cues", "body_envoy_nouns"):
            # (material49) "inspectors from the OPCW", "investigators from the UN human rights office": people a body
            # sends act for it; "a team of UN experts": the team is of the body its members are of
            for c in tok.children:
                if c.dep_ != "prep" or c.lower_ not in {"from", "of"}:
                    continue
                for p in c.children:
                    if p.dep_ != "pobj":
                        continue
                    if c.lower_ == "from" and p.i in self.mention_at and not self.names_pact(p):
                        return self._listed(p)
                    if c.lower_ == "of" and p.i not in self.mention_at \
                            and p.lemma_.lower() in lexicon.words("actor_cues", "body_envoy_nouns"):
                        return self._inner_actor(p)
        return []

    def names_pact(self, tok: Token) -> bool:
        """A town that names a pact, process or talks ("scrapped the Algiers accord with Tuareg groups",
        "suspended the Doha talks with Hamas"): no party to it (a country is: "the Iran nuclear deal")."""
        m = self.mention_at.get(tok.i)
        return (m is None or m.kind == "capital") and places.names_a_pact(tok)

    def _spread_over_places(self, verb: Token, tok: Token, found: list[Named], sources: list) -> list[Named]:
        """A group placed by a list of countries is in each of them: "struck Kurdish militants in Iraq
        and Syria" (IRQREB, SYRREB). Only a lone agent whose country came from the place phrase, which
        names its country first and goes on with other countries."""
        if len(found) != 1 or found[0].kind != "agent" or found[0].country_from != "sentence":
            return found
        m = found[0]
        for h in (tok, verb):
            for p in h.children:
                if p.dep_ != "prep" or p.lower_ not in cue("located_preps"):
                    continue
                for o in p.children:
                    first = self.mention_at.get(o.i)
                    if o.dep_ != "pobj" or first is None or first.country != m.country:
                        continue
                    out = [m]
                    for c in o.conjuncts:
                        other = self.mention_at.get(c.i)
                        if other is None or other.kind not in {"country", "capital"} or not other.country \
                                or any(other.country == x.country for x in out) \
                                or any(other.country == s.country for s in sources):
                            continue
                        out.append(m.changed(country=other.country,
                                             code=other.country + m.code[len(m.country or ""):]))
                    return out
        return found

    def _of_list(self, tok: Token, head: Mention) -> list[Mention]:
        """The same body of each further country of an "of" list inside a mention: "the leaders of
        Japan and the Philippines" (JPNGOV, PHLGOV), "the embassies of Britain and Denmark"."""
        if not head.country or not head.code.startswith(head.country) or head.kind == "country":
            return []
        out: list[Mention] = []
        for p in tok.children:
            if p.dep_ != "prep" or p.lower_ not in {"of", "from"}:
                continue
            for o in p.children:
                # "envoys from Armenia and Azerbaijan": a sector word that took its country from the
                # phrase right after it is each listed country's
                inside = head.start <= o.i < head.end or (
                    head.country_from == "sentence" and o.i in self.mention_at
                    and self.mention_at[o.i].kind == "country")
                if o.dep_ != "pobj" or not inside or (p.lower_ == "from" and head.kind != "agent") \
                        or self.mention_at.get(o.i, head).country != head.country:
                    continue
                for c in o.conjuncts:
                    m = self.mention_at.get(c.i)
                    if m is None or m.kind != "country" or not m.country or m.country == head.country \
                            or any(m.country == x.country for x in out):
                        continue
                    out.append(replace(head, start=m.start, end=m.end, text=m.text, country=m.country,
                                       code=m.country + head.code[len(head.country):], name=m.name, head=m.head))
        return out

    def _listed(self, tok: Token) -> list[Named]:
        """The mention at ``tok`` and the countries conjoined with a country there: "the leaders of Japan
        and the Philippines", "the embassies of Rwanda, France and the United States" name each country."""
        first = Named(self.mention_at[tok.i], tok.i)
        out = [first]
        if first.mention.kind != "country" or not first.mention.country:
            return out
        for c in tok.conjuncts:
            m = self.mention_at.get(c.i)
            if m is not None and m.kind == "country" and m.country \
                    and all(m.country != o.mention.country for o in out):
                out.append(Named(m, c.i))
        return out

    def subjects(self, verb: Token) -> tuple[list[Named], bool, bool]:
        """(source mentions, passive?, inherited?) of ``verb``. A verb of receiving has the giver as its
        source ("Uganda received arms from Russia": Russia acts on Uganda, :meth:`_givers`)."""
        found = self._subjects_of(verb)
        jailer = self._jailer(verb, found[0]) if not found[1] else []
        if jailer:
            return jailer, False, found[2]
        givers = self._givers(verb) if not found[1] else []
        if givers and not any(same_actor(g, found[0]) for g in givers):
            return givers, False, False
        if not found[1] and self._refuge(verb) is not None:
            return [], False, False   # "civilians took shelter in the metro": no one granted it, no event
        return found

    def _jailer(self, verb: Token, subjects: list[Named]) -> list[Named]:
        """A release told from the freed side ("the blogger walked free from prison", "the dissident emerged
        from house arrest"): an active release (0841) with no object whose subject is no state organ or armed
        group is the release of the subject by the government of its country, the jailer; the freed people
        are kept as the targets (:meth:`targets`)."""
        if not subjects or any(c.dep_ in {"dobj", "dative"} for c in verb.children):
            return []
        if any(s.sector in STATE_ORGAN_SECTORS | INSURGENT_SECTORS | ARMED_SECTORS for s in subjects):
            return []
        countries = {s.country for s in subjects if s.country}
        if len(countries) != 1:
            return []
        match = self.code_verb(verb)
        if match is None or match.code != "0841":
            return []
        country = countries.pop()
        sent = verb.sent
        if any(m.country and m.country != country for m in self.mentions if sent.start <= m.head < sent.end):
            return []   # "an American journalist walked free from prison in Tehran": the jailer is not his own state
        self.freed_at[verb.i] = subjects
        return [Named.agent_at(verb, country, "GOV")]

    def _refuge(self, verb: Token) -> Token | None:
        """The refuge noun of "took refuge / found sanctuary / sought refuge" (a verb of refuge-taking with such an
        object), or of "flew into exile / left for asylum" where the verb's pattern codes the grant (075), else None:
        the one who shelters is the giver, the one who takes refuge its target."""
        lemma = verb.lemma_.lower()
        if lemma in cue("refuge_verbs"):
            nouns = cue("refuge_nouns")
        elif lemma in cue("refuge_seeking_verbs"):
            nouns = cue("refuge_sought_nouns")
        else:
            nouns = frozenset()
        noun = next((c for c in verb.children if c.dep_ in {"dobj", "oprd"} and c.lemma_.lower() in nouns), None)
        if noun is not None and lemma in cue("refuge_seeking_verbs") and (
                (match := self.code_verb(verb)) is None or match.code != "075"):
            return None   # "800,000 Kurds sought refuge in Germany": asked for asylum there (the verb's pattern)
        if noun is not None or lemma not in cue("exile_going_verbs"):
            return noun
        noun = next((o for p in verb.children if p.dep_ == "prep" and p.lower_ in cue("exile_going_preps")
                     for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in cue("exile_going_nouns")), None)
        if noun is None or (match := self.code_verb(verb)) is None or match.code != "075":
            return None
        return noun

    def _givers(self, verb: Token) -> list[Named]:
        """Who gave what an active verb of receiving received: the actor after a giver preposition
        on the verb or on its object ("received a phone call from the Kenyan president"). Refuge taken in a
        state's embassy or land is granted by that state ("took refuge in the French embassy": France
        shelters him, 075); refuge taken from something ("from the rain") or in a place of no one is none."""
        if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
            return []
        refuge = self._refuge(verb)
        if refuge is not None:
            if refuge.head.i != verb.i and modality.of(verb)[0] not in {modality.ASSERTED, modality.NEGATED}:
                return []   # "said he would fly into exile in Morocco": the host told no grant of its own
            preps = cue("refuge_preps") if refuge.head.i == verb.i else cue("exile_host_preps")
            return dedupe([m for h in (verb, refuge) for p in h.children
                           if p.dep_ == "prep" and p.lower_ in preps and not (h.i == verb.i and p.i == refuge.head.i)
                           for o in p.children if o.dep_ == "pobj" for m in self.actors_of(o)])
        if verb.lemma_.lower() not in cue("receipt_verbs"):
            return []
        holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        return dedupe([m for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in cue("giver_preps")
                       for o in p.children if o.dep_ == "pobj" for m in self.actors_of(o)])

    def _receivers(self, verb: Token, sources: list[Named]) -> list[Named]:
        """The subject of a verb of receiving whose giver is ``sources``: the target of the giver's act."""
        givers = self._givers(verb)
        if not givers or not all(any(g.same(s) for g in givers) for s in sources):
            return []
        return [m for m in self._subjects_of(verb)[0] if not same_actor(m, sources)]

    def _launcher(self, thing: Token) -> list[Named]:
        """ "hit by a missile fired from an Argentine aircraft", "killed by a bomb planted by rebels": a by-phrase
        that names no actor but a thing a participle says someone fired, planted or sent: that someone."""
        for part in thing.children:
            if part.dep_ != "acl" or part.tag_ not in {"VBN", "VBD"} or part.i < thing.i:
                continue   # (dyad29) a participle after its noun, whatever tag the parser gave it
            for p in part.children:
                if p.dep_ in {"prep", "agent"} and p.lower_ in {"from", "by"}:
                    for o in p.children:
                        found = self.actors_of(o) if o.dep_ == "pobj" else []
                        # "fired from Lebanon" is where from, not who: only a body or its agents fire
                        if found and (p.lower_ == "by" or all(m.kind != "country" and m.kind != "capital" for m in found)):
                            return found
        return []

    def _subjects_of(self, verb: Token) -> tuple[list[Named], bool, bool]:
        """(source mentions, passive?, inherited?) of ``verb`` from its subject or its governor."""
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children) or reduced_passive(verb) \
            or passive_conjunct(verb)
        lemma = verb.lemma_.lower()
        if passive and (lemma in self.words.stance_passives and not any(c.dep_ == "agent" for c in verb.children)
                        or lemma in cue("abiding_verbs")):
            # "Israel is opposed to French mediation": the subject holds the stance; (refuse29b) "Israel would not
            # be bound by the deal": the one bound (or not) abides, the by-phrase is what binds it
            for c in verb.children:
                if c.dep_ == "nsubjpass":
                    return self.actors_of(c), False, False
        if passive and verb.lemma_.lower() in self.words.emotion_passives and any(
                c.dep_ == "agent" for c in verb.children):
            # "Britain was appalled by the killings": the one who feels it disapproves (the by-phrase is the target)
            for c in verb.children:
                if c.dep_ == "nsubjpass":
                    return self.actors_of(c), False, False
        if passive:
            for p in _agents(verb):
                return self.actors_of(p) or self._launcher(p), True, False
            return [], True, False
        if any(c.dep_ == "expl" for c in verb.children):
            return [], False, False  # "there were clashes": nobody is the subject, not even the reporter
        subj = [c for c in verb.children if c.dep_ in {"nsubj", "csubj"}]
        if subj and all(self._distributive(c) for c in subj):
            # "..., but each accused the other": the parties named before act, those of the clause it is
            # joined to, else those the sentence named before the group ("Xi arrived in Hanoi, and the two
            # communist parties signed ...", "spoke by phone with Putin and said the two had agreed ...")
            inherited = self._inherited_subjects(verb)
            if len(dedupe(inherited[0])) >= 2:
                return inherited
            group = self._group_parties(subj[0])
            if group:
                return group, False, True
            # "The two governments signed a declaration in Nairobi": no parties before it, its own words
            return inherited if inherited[0] else (self.actors_of(subj[0]), False, False)
        split = self._split_coordinated_subjects(subj)
        if split:
            return split, False, False
        for n, c in enumerate(subj):
            if c.lower_ in cue("relative_pronouns") and verb.dep_ == "relcl":
                return self.actors_of(self._reciprocal_antecedent(verb)), False, True
            found = self.actors_of(c)
            if c.pos_ == "NOUN" and c.i not in self.mention_at and c.i not in self.pronouns \
                    and lemma in self.words.harm_verbs:
                # (parse40) "the shelling of Sarajevo by Serb gunners killed eight": an act's noun as the subject
                # is done by its "by" phrase, not by what its "of" phrase names
                doers = doer_phrases(c)
                if doers:
                    found = [m for o in doers for m in self.actors_of(o) or self._launcher(o)]
            if found or n == len(subj) - 1:
                # "Democratic presidential hopeful Barack Obama criticised": the parser may split the
                # subject in two; the one that names an actor acts
                return (found or self._swallowed_subject(verb, c)), False, False
        swallowed = self._swallowed_subject(verb, None)
        if swallowed:
            return swallowed, False, False
        return self._inherited_subjects(verb)

    def _swallowed_subject(self, verb: Token, subj: Token | None) -> list[Named]:
        """(verbal46) The actors of :func:`swallowed_subject`, the subject the parser joined to the clause before;
        (target53) with no subject at all, of :func:`fronted_subject`, the one it joined to an opening phrase."""
        noun = swallowed_subject(verb, subj)
        if noun is None and subj is None:
            noun = fronted_subject(verb)
        return self.actors_of(noun) if noun is not None else []

    def _split_coordinated_subjects(self, subj: list[Token]) -> list[Named]:
        """(verbal30) "Afghan National Security Adviser Hanif Atmar and U.S. Ambassador James Cunningham signed a
        security agreement": the parser may give a verb two subjects where a long titled name is coordinated with
        another; when each names an actor and only "and" stands between them, both act (not only the first)."""
        if len(subj) < 2 or any(c.dep_ != "nsubj" for c in subj):
            return []
        doc = subj[0].doc
        ordered = sorted(subj, key=lambda c: c.i)
        for a, b in zip(ordered, ordered[1:]):
            inside = {t.i for t in a.subtree}
            between = [word_at(doc, k) for k in range(a.i + 1, b.left_edge.i)]
            if sum(t.lower_ == "and" for t in between) != 1 or any(
                    t.i not in inside and t.lower_ != "and" and t.text != "," for t in between) or any(
                    t.pos_ in {"VERB", "AUX"} for t in between):
                return []
        found = [self.actors_of(c) for c in ordered]
        if not all(found):
            return []
        return dedupe([m for ms in found for m in ms])

    def _inherited_subjects(self, verb: Token) -> tuple[list[Named], bool, bool]:
        """(source mentions, passive?, inherited?) of a ``verb`` with no subject of its own: those of the
        governing verb or noun."""
        denier = self._denier_going_on(verb) or self._reporter_going_on(verb)
        if denier:
            return denier, False, True
        node, hops = verb, 0
        while hops < 5 and node.head.i != node.i:
            dep = node.dep_
            head = node.head
            hops += 1
            if dep == "advcl" and self._speech_after_event(node, head):
                node = head
                continue
            if dep in {"relcl", "acl"} and modality.appositive_record(node) and modality.record_infinitive(node):
                # (coop32) "Sadat, the first Arab leader to visit Israel, ...": the person the title is in apposition to
                found = self.actors_of(head.head)
                if found:
                    return found, False, True
            if dep in {"relcl", "acl"} and head.dep_ == "attr" and modality.record_infinitive(node):
                # (miss0304) "Lammy became the first foreign secretary to visit Damascus": the copula's subject
                node = head
                continue
            if dep in {"relcl", "acl"} and head.pos_ in {"NOUN", "PROPN", "PRON"}:
                if dep == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in node.children):
                    # "crushed an attempt by Tamil mercenaries to overthrow the president": the noun's
                    # by-phrase names who would do what its infinitive says, not the clause above
                    doers = [m for o in doer_phrases(head) if o.i < node.i for m in self.actors_of(o)]
                    if doers:
                        return doers, False, True
                found = self.actors_of(head)
                if not found and dep == "acl" and head.dep_ == "conj" and misparsed_subject(head):
                    # "The United States and more than 20 allies expelled ...": the misparsed subject is the
                    # root noun and its conjuncts (a conjunct that names actors of its own, as a clause after a
                    # semicolon the parser joined to the root, "...; gendarmes arrested ...", acts alone)
                    found = self.actors_of(head.head)
                if found or not modality.is_intention_noun(head):
                    return found, False, True
                # "Japan has no plans to supply arms": the holder of the plan acts
            if dep == "xcomp":
                # "urged Seoul to act": the object of the governing verb acts
                obj = [c for c in head.children if c.dep_ in {"dobj", "iobj"}]
                if obj and head.lemma_.lower() in self.cues.requesting:
                    return self.actors_of(obj[0]), False, True
            if head.pos_ in {"VERB", "AUX"} and dep in SUBJECTS and node.i != verb.i:
                # (disaster32) the verb hangs inside the subject of ``head`` ("an earthquake ..., flattening
                # buildings" misparsed as the quake's apposition): its doer is in that subject or nowhere, never
                # the subject of a verb above (the reporter of "..., officials said")
                return [], False, False
            if head.pos_ in {"VERB", "AUX"}:
                for c in head.children:
                    if c.dep_ in SUBJECTS and c.i != node.i:
                        if c.dep_ == "nsubjpass" and dep == "conj":
                            break
                        if c.dep_ == "nsubj" and self._distributive(c):
                            # "neither side agreed to withdraw": the parties the group stands for
                            return self._subjects_of(head)[0], False, True
                        if c.lower_ in cue("relative_pronouns") and head.dep_ == "relcl":
                            # "Russian forces, who denied having blown it up": the relative pronoun's
                            # antecedent is the subject of the governed verb as well
                            return self._subjects_of(head)[0], False, True
                        return self.actors_of(c), False, True
            if head.pos_ in {"NOUN", "PROPN"}:
                inner = self._inner_actor(head)
                if inner:
                    return inner, False, True
            node = head
        return [], False, False

    def _denier_going_on(self, verb: Token) -> list[Named]:
        """(dyad30b) "Moscow denied that Syrian forces had used chlorine and accused Washington of a provocation",
        "Rwanda denied backing the M23 rebels who seized Goma and accused Kinshasa of ...": the parser joins the
        speech act to the last verb of what is denied, but what is denied is another's act and the one who denies it
        goes on speaking; a subjectless verb of speech (event_cues speech_roots) so joined is the denier's."""
        if verb.dep_ != "conj" or verb.head.i == verb.i or verb.head.pos_ not in {"VERB", "AUX"}:
            return []
        match = self.code_verb(verb)
        if match is None or match.code[:2] not in cue("speech_roots"):
            return []
        node, hops = verb.head, 0
        while hops < 4 and node.dep_ in {"ccomp", "relcl", "dobj", "xcomp", "pcomp", "pobj", "prep"} \
                and node.head.i != node.i:
            node = node.head
            hops += 1
            if node.pos_ not in {"VERB", "AUX"}:
                continue
            said = self.code_verb(node)
            if said is None or said.code not in cue("denied_charge_code"):
                continue
            subj = [c for c in node.children if c.dep_ == "nsubj"]
            return self.actors_of(subj[0]) if subj else []
        return []

    def _reporter_going_on(self, verb: Token) -> list[Named]:
        """(wire38) "Washington said a Soviet fighter had shot down the airliner and demanded an explanation from
        Moscow", "Kuwait said Iraqi troops had occupied the capital and called on the Security Council to act": the
        parser joins the reporter's next act to the reported one, but the tenses tell them apart: the reported act
        lies before the report (a past perfect, "had shot down"), the joined one is a simple past with no auxiliary of
        its own that does not share the "had" ("demanded", not "had demanded"), told at the reporter's time. A verbal
        act (event_cues speech_roots) or a diplomatic sanction (16) so joined is the reporter's; acts of force stay
        with the reported actor."""
        if verb.dep_ != "conj" or verb.tag_ != "VBD" or verb.head.i == verb.i or verb.head.tag_ != "VBN" \
                or any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
            return []
        head = verb.head
        if not any(c.dep_ == "aux" and c.lower_ in {"had", "'d"} for c in head.children) or head.dep_ != "ccomp" \
                or head.head.pos_ != "VERB" or head.head.lemma_.lower() not in self.cues.reporting \
                or head.head.tag_ != "VBD":
            return []
        match = self.code_verb(verb)
        if match is None or not match.code or (match.code[:2] not in {*cue("speech_roots"), "16"}
                                               and match.code != "174"):
            return []   # (violence56) envoys expelled (174, was 166) are a diplomatic sanction too
        subj = [c for c in head.head.children if c.dep_ == "nsubj"]
        return self.actors_of(subj[0]) if subj else []

    def _speech_after_event(self, part: Token, head: Token) -> bool:
        """A participle of speech set off by a comma after a time clause ("Hamas announced a truce hours
        after Israel halted its offensive, demanding that ...", "Iran recalled its envoy after Britain
        expelled two diplomats, accusing London of spying"): the parser hangs it on the time clause, but
        who speaks is the subject of the main clause. Acts of force stay with the nearer clause
        ("after militants stormed the base, killing 12")."""
        if part.tag_ != "VBG" or part.left_edge.i == 0 or word_at(part.doc, part.left_edge.i - 1).text != ",":
            return False
        # (skipped19) or on the clause a speaker reports ("Washington said Gonzalez had won, rejecting the official
        # count", "no shot was fired first, the army said, denying ..."): the speaker goes on speaking
        reported = head.dep_ == "ccomp" and head.head.pos_ == "VERB" and head.head.lemma_.lower() in self.cues.reporting
        if not reported and (head.dep_ != "advcl" or head.head.pos_ not in {"VERB", "AUX"} or not any(
                c.dep_ in {"mark", "advmod"} and c.lower_ in cue("time_subordinators") and c.i < head.i
                for c in head.children)):
            return False
        if not any(c.dep_ in SUBJECTS for c in head.head.children):
            return False
        match = self.code_verb(part)
        return part.lemma_.lower() in cue("speech_participles") or (
            match is not None and match.code[:2] in cue("speech_roots"))

    @staticmethod
    def _reciprocal_antecedent(clause: Token) -> Token:
        """The noun a relative clause is about. When the clause acts on "one another" or "each other"
        ("hosted Kishida and Yoon, who pledged to consult one another"), the parser hangs it on the last
        conjunct but it is about the whole list: the first conjunct (whose actors include the rest)."""
        head = clause.head
        if head.dep_ != "conj" or not any(
                t.lower_ in {"another", "other"} and t.i > clause.i and t.nbor(-1).lower_ in {"one", "each"}
                for t in clause.subtree):
            return head
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        return head

    def _distributive(self, tok: Token) -> bool:
        """A subject that names no actor of its own but spreads the act over parties named before:
        "each", "both", "neither", "each side", "both countries", "the two", "the two leaders"."""
        found = self.actors_of(tok)
        if tok.lower_ in DISTRIBUTIVE or _counted_group(tok) == 1:
            return not found
        # "each government", "both sides", "the two neighbours": a bare agent noun under a distributive word
        # or counted by "the two"
        return tok.pos_ == "NOUN" and all(m.kind == "agent" for m in found) and (any(
            c.dep_ in {"det", "predet", "amod", "nummod"} and c.lower_ in DISTRIBUTIVE for c in tok.children)
            or _counted_group(tok) == 2)

    def _group_parties(self, tok: Token) -> list[Named]:
        """The parties a group subject ``tok`` stands for (:meth:`_distributive`), named before it in its
        sentence: the noun counted by the same number ("expelled two Estonian diplomats, and the two left"),
        else the nearest phrase that names as many parties ("after Argentine and Chilean diplomats were
        expelled, both governments ..."), else the parties the sentence named before it, when they are as
        many ("Xi Jinping arrived in Hanoi, and the two communist parties signed": China and Vietnam). A town
        is a party only where fewer than two others are named. "both governments", "the two armies": a
        country named bare is that sector of it."""
        number = next((c for c in ([tok] if _counted_group(tok) == 1 else tok.children)
                       if c.lower_ in GROUP_NUMBERS), None)
        want = GROUP_NUMBERS[number.lower_] if number is not None else None if (
            tok.lower_ == "each" or any(c.lower_ == "each" for c in tok.children)) else 2
        start = tok.left_edge.i
        before = [t for t in tokens(tok.sent) if t.i < start]
        if number is not None:
            # "the two" after "two Estonian diplomats": the noun counted (not a "two-day visit")
            for t in reversed(before):
                if t.pos_ in {"NOUN", "PROPN"} and any(c.dep_ == "nummod" and c.lower_ == number.lower_
                                                       and c.i < t.i and c.nbor().text != "-" for c in t.children):
                    counted = self.actors_of(t)
                    if counted:
                        return counted
        parties: list[Named] = []
        for t in reversed(before):
            if t.pos_ in {"NOUN", "PROPN"} and t.dep_ != "conj" and (t.i in self.mention_at or any(
                    c.dep_ == "conj" for c in t.children) or any(c.dep_ == "conj" for a in t.children for c in a.children)):
                found = _parties([m for m in self.actors_of(t) if m.start < start])
                if len(found) >= 2 and (want is None or len(found) == want):
                    parties = found
                    break
        if not parties:
            named = {id(m): m for m in self.mentions if tok.sent.start <= m.start and m.end <= start}
            parties = _parties([Named(m, m.head) for m in named.values()])
            if len(parties) < 2 or (want is not None and len(parties) != want):
                return []
        sector = next((m.sector for m in self.actors_of(tok) if m.kind == "agent"), None)
        if sector in GROUP_SECTORS:
            parties = [p.changed(code=compose_code(p.country, sector), sector=sector, kind="agent")
                       if p.country and not p.sector else p for p in parties]
        return parties

    def _the_other(self, verb: Token, sources: list[Named]) -> list[Named]:
        """"each accused the other", "each side blamed the other for the collapse": the distributed
        parties act on each other (the event is paired both ways, a party never with itself)."""
        if len(dedupe(sources)) < 2 or not any(
                c.dep_ in {"nsubj", "nsubjpass"} and self._distributive(c) for c in verb.children):
            return []
        if any(c.dep_ in {"dobj", "dative"} and c.lower_ in RECIPROCAL_OBJECTS for c in verb.children):
            return list(sources)
        if any(t.i > verb.i and t.lower_ in RECIPROCAL_OBJECTS and t.nbor(-1).lower_ == "the" for t in verb.subtree):
            # "each side warned it would strike back if the other broke the truce": the other party named
            # inside what each says or does is the one it is aimed at
            return list(sources)
        return []

    def targets(self, verb: Token, passive: bool, sources: list[Named], code: str = "") -> list[Named]:
        self.code_at[verb.i] = code
        if code == "0841" and verb.i in self.freed_at:
            return self.freed_at[verb.i]   # "the blogger walked free": the freed (:meth:`_jailer`)
        other = self._the_other(verb, sources)
        if other:
            return other
        found = self._targets(verb, passive, sources, code)
        if found and not passive and code == "0841":
            found = self._freed_not_receiver(verb, sources, found)
        if not found and not passive:
            found = self._pact_counterpart(verb, sources)
        if not found and not passive and code.startswith("084"):
            found = self._own_prisoners(verb, sources)
        if not found and not passive and code[:2] in COOPERATIVE_ROOTS and self.together(verb, sources):
            return list(sources)   # "Indonesian and Australian police worked together": each with the other
        if not found and not passive and code in cue("mutual_codes") and self._mutual_parties(sources) \
                and not self._apart(verb):
            return list(sources)   # (target33) "von der Leyen and Trump struck a trade framework": each with the other
        if found and not passive and code[:2] in COOPERATIVE_ROOTS and self._distributed_subject(verb, sources):
            # "the two neighbours agreed to set aside their dispute", "the two had agreed to begin negotiations on
            # Ukraine": parties a group subject spreads the act over cooperate with each other, not with a topic or
            # the town of the clause ("Ankara, where ..."); only a party the verb names beside them is a target
            return [m for m in found if self._beside_parties(verb, m, sources)] or list(sources)
        if not passive and verb.lemma_.lower() in self.words.reciprocal and len(dedupe(sources)) > 1 and self._apart(verb):
            # "Russia and Ukraine signed separate deals in Istanbul": the parties did not act with each other;
            # each acted with the partner named beside them, else with the host of the town they did it in
            return [m for m in found if self._beside_parties(verb, m, sources)] or self._host_of_venue(verb, sources)
        if found and not passive and verb.lemma_.lower() in self.words.reciprocal and len(dedupe(sources)) > 1:
            # "Moscow and Kyiv swapped 195 captured soldiers in a UAE-mediated handover at the Belarus
            # border", "Indonesia and Aceh rebels signed a deal, brokered by Finland's ex-president":
            # the parties of a mutual act act on each other (``sentence`` pairs them); only a party the
            # verb itself names beside them is a target ("met in Ohrid with EU envoys")
            found = [m for m in found if self._beside_parties(verb, m, sources)]
        return found

    def _freed_not_receiver(self, verb: Token, sources: list[Named], found: list[Named]) -> list[Named]:
        """(yield35) People released "to" someone ("freed two hostages to the Red Cross", "released 46 soldiers to
        Togolese mediators", event_cues release_receiver_preps): a release of persons is aimed at the freed (gold
        README: a hostage release targets the freed people's country), never at the receiver, a go-between or
        their own state. When the object names the freed without a country ("four hostages"), they are people of
        the releaser's own country, the captives of its war (civilians, CVL, of the single source country)."""
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        heads = objects + [o for obj in objects for o in of_nouns(obj)]   # "dozens of hostages"
        freed_nouns = cue("swap_people_nouns") | cue("held_prisoner_nouns") | self.words.held_people_nouns
        if not any(h.lemma_.lower() in freed_nouns or self.actors_of(h) for h in heads):
            return found
        receivers = {t.i for h in (verb, *objects) for p in h.children
                     if p.dep_ in {"prep", "dative"} and p.lower_ in cue("release_receiver_preps") for t in p.subtree}
        kept = [m for m in found if m.word is None or m.word not in receivers]
        if len(kept) == len(found) or kept:
            return kept
        freed = [m for h in heads for m in self.actors_of(h) if m.country and not same_actor(m, sources)]
        if freed:
            return freed   # "would not hand over the Belarusian activist to Minsk": the activist's country
        homes = {s.country for s in sources}
        if len(homes) != 1 or None in homes or not objects:
            return []
        country = next(iter(homes))
        head = objects[0]
        return [Named.agent_at(head, country, "CVL", named=True)]

    def _own_prisoners(self, verb: Token, sources: list[Named]) -> list[Named]:
        """(dyad26) People a state releases told only by a noun of confinement (event_cues held_prisoner_nouns:
        "Kuwait's emir pardoned dozens of prisoners", "Bahrain released more than 1,500 prisoners in a royal
        pardon") are held in its own prisons: civilians (CVL) of its own country, when the noun names no actor
        of its own ("Israel freed 90 Palestinian prisoners" names theirs) and every source is a state or one of
        its organs (event_cues jailing_sectors; not rebels freeing captives)."""
        homes = {s.country for s in sources}
        if len(homes) != 1 or None in homes or not all(s.sector is None or s.sector in cue("jailing_sectors")
                                                       for s in sources):
            return []
        held = cue("held_prisoner_nouns")
        if verb.lemma_.lower() in cue("pardon_verbs"):
            # (coerce44) "pardoned 24 people convicted of plotting": only the pardoner's own prisoners are pardoned
            held = held | cue("pardoned_people_nouns")
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            head = obj
            if head.lemma_.lower() not in held:
                # "dozens of prisoners", "thousands of inmates"
                inner = of_nouns(head)
                if not inner or head.pos_ not in {"NOUN", "NUM"}:
                    continue
                head = inner[0]
            # (a clause on the noun tells why they were held: "prisoners held for storming parliament")
            own = [t for c in head.children if c.dep_ not in {"acl", "relcl"} for t in c.subtree]
            if head.lemma_.lower() not in held or self.actors_of(head) or any(
                    self.actors_of(t) for t in own):
                continue
            country = next(iter(homes))
            m = Mention(start=head.i, end=head.i + 1, text=head.text, code=compose_code(country, "CVL"),
                        country=country, sector="CVL", name=None, kind="agent", head=head.i, country_from="sentence")
            return [Named(m, head.i)]
        return []

    def _distributed_subject(self, verb: Token, sources: list[Named]) -> bool:
        """Whether the verb's subject, or that of the verb it is the complement of ("the two agreed to begin"),
        is a group word (:meth:`_distributive`) standing for parties of two or more countries."""
        if len({s.country for s in dedupe(sources) if s.country}) < 2:
            return False
        node = verb
        for _ in range(3):
            if any(c.dep_ == "nsubj" and self._distributive(c) for c in node.children):
                return True
            if node.dep_ != "xcomp" or node.head.i == node.i:
                return False
            node = node.head
        return False

    def _pact_counterpart(self, verb: Token, sources: list[Named]) -> list[Named]:
        """The other side of a named pact of two sides (event_cues pact_sides, real-world facts) the act of one
        side is done on, when the act names no target: "Russia pulled out of the Black Sea grain deal" (at
        Ukraine), "suspended its participation in New START" (at the United States), "refused to extend the
        grain deal". The pact is the verb's object, what its preposition governs, or what those govern."""
        homes = {s.country for s in sources if s.country}
        pacts = lexicon.load("event_cues").pact_sides  # type: ignore[attr-defined]
        if not homes or not pacts:
            return []
        verbs = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
        verbs += [c for v in verbs for c in v.children if c.dep_ in {"prt", "advmod"}]   # "pulled out of"
        heads = [c for v in verbs for c in v.children if c.dep_ in {"dobj", "nsubjpass"}]
        for _ in range(2):
            # ("out of": the parser may hang "of" on "out")
            preps = [p for h in [*verbs, *heads] for p in h.children if p.dep_ == "prep"]
            preps += [q for p in preps for q in p.children if q.dep_ == "prep"]
            heads += [o for p in preps for o in p.children if o.dep_ == "pobj" and all(o.i != x.i for x in heads)]
        for h in heads:
            words = " " + " ".join(t.lower_ for t in h.subtree if t.i <= h.i) + " "
            for name, sides in pacts.items():
                if f" {name} " not in words:
                    continue
                one, other = ([c for c in side.split()] for side in sides.split(" | "))
                across = other if homes & set(one) else one if homes & set(other) else []
                if across:
                    m = Mention(start=h.i, end=h.i + 1, text=h.text, code=across[0], country=across[0],
                                sector=None, name=None, kind="country", head=h.i)
                    return [Named(m, h.i)]
        return []

    def _apart(self, verb: Token) -> bool:
        """The verb's object is done by each party on its own ("signed separate deals", "parallel accords")."""
        return any(c.dep_ == "dobj" and any(a.dep_ == "amod" and a.lower_ in APART_MARKS for a in c.children)
                   for c in verb.children)

    def _host_of_venue(self, verb: Token, sources: list[Named]) -> list[Named]:
        """The country of the town a mutual act is done in ("in Istanbul"), other than the parties' own,
        named as a place (not the venue a meeting's parties met in: they act on each other there)."""
        # (the parser may hang "in Washington" on the object: "signed parallel agreements in Washington")
        heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        for p in (p for h in heads for p in h.children):
            if p.dep_ != "prep" or p.lower_ not in cue("within_preps"):
                continue
            for o in p.children:
                if o.dep_ != "pobj":
                    continue
                found = [m for m in self.actors_of(o) if m.country and m.kind in {"country", "capital"}] \
                    or self._places_of(o, sources)
                found = [m for m in found if m.country and all(m.country != s.country for s in sources)]
                if found:
                    m = found[0]
                    return [m.changed(code=m.country, sector=None, kind="place")]
        return []

    @staticmethod
    def _mutual_parties(sources: list[Named]) -> bool:
        """(target33) Two or more parties of different countries or bodies, or of one country's different sectors
        (a government and its rebels), that can act with each other; each of a country or body its own words name
        ("rebel groups" placed by a town of the sentence is no party paired here)."""
        parties = dedupe(sources)
        return len(parties) > 1 and all((s.country or (s.code and s.code != s.sector)) and not s.mention.country_from
                                        for s in parties) \
            and len({(s.country or s.code, s.sector) for s in parties}) == len(parties)

    def together(self, verb: Token, sources: list[Named]) -> bool:
        """Parties of several countries doing the act together ("worked together", "cooperated jointly",
        "began joint patrols", "held combined exercises"): the verb's own adverb, or an adjective on its
        object or on the noun that object counts ("two days of joint patrols")."""
        if len({s.country for s in dedupe(sources) if s.country}) < 2:
            return False
        if any(c.dep_ == "advmod" and c.lower_ in TOGETHER_MARKS for c in verb.children):
            return True
        # (an event noun: "began joint patrols" is coded on "patrols")
        objects = [verb] if verb.pos_ in {"NOUN", "PROPN"} else []
        objects += [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
        objects += [o for c in objects for o in of_nouns(c)]
        return any(a.dep_ in {"amod", "compound"} and a.lower_ in TOGETHER_MARKS for o in objects for a in o.children)

    def _beside_parties(self, verb: Token, m: Named, sources: list[Named]) -> bool:
        """Whether ``m`` is a further party of the mutual act ``verb`` of ``sources``: the verb's object
        or its participant phrase ("with", "between", "against") (not "with Moscow and Washington as guarantors"), of a
        country its own words state, other than the parties' (the people they swap are their own)."""
        if m.word is None or m.mention.country_from or any(m.country == s.country for s in sources):
            return False
        tok = word_at(self.doc, m.word)
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        if tok.head.i == verb.i:
            return tok.dep_ in {"dobj", "dative", "iobj"}
        if places.onlooker(tok):
            return False   # "with UN chief Annan looking on", "with Trump in attendance": an onlooker, no party
        if tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.i != verb.i and places.absolute_clause(tok.head):
            return False   # (target34) "opened talks in Doha, with Pompeo flying in": a circumstance's doer, no party
        prep = tok.head
        if tok.dep_ != "pobj" or prep.lower_ not in places.PARTICIPANT_PREPS:
            return False
        after = prep.right_edge.i + 1
        if any(c.dep_ == "prep" and c.lower_ == "as" for t in (tok, *tok.conjuncts) for c in t.children) or (
                after < len(self.doc) and word_at(self.doc, after).lower_ == "as"):
            return False   # "with the US and Brazil as guarantors": a role, no partner
        return prep.head.i == verb.i or (prep.head.head.i == verb.i and prep.head.dep_ == "dobj") \
            or _purpose_partner(verb, prep)

    def _targets(self, verb: Token, passive: bool, sources: list[Named], code: str = "") -> list[Named]:
        if passive and verb.lemma_.lower() in self.words.stance_passives:
            passive = False
        if verb.lemma_.lower() in self.words.emotion_passives and any(c.dep_ == "nsubjpass" for c in verb.children):
            stimulus = self._stimulus(verb, sources)
            if stimulus is not None:
                return stimulus
        places_ok = code[:2] in PLACE_TARGET_ROOTS
        receivers = [] if passive else self._receivers(verb, sources)
        if receivers:
            return receivers   # "Uganda received arms from Russia": the one who received
        if passive and reduced_passive(verb):
            # "Iraqi prisoners mistreated by U.S. soldiers": the noun the participle hangs on is its patient
            found = self.actors_of(verb.head)
            return found if found or not places_ok else self._places_of(verb.head, sources)
        if passive:
            # a passive conjunct's patient is its head's: "were looted and set on fire"
            for c in (verb.head if passive_conjunct(verb) else verb).children:
                if c.dep_ == "nsubjpass":
                    found = self.actors_of(c)
                    if not found and places_ok:  # "Kherson was shelled by Russian troops"
                        found = self._places_of(c, sources)
                    if not found:
                        # "sanctions against Pyongyang were tightened by the UN": whom the thing acted on aims at
                        found = [m for p in own_preps(c) for o in p.children if o.dep_ == "pobj"
                                 for m in self.actors_of(o) if not same_actor(m, sources) and not own_side(m, sources)]
                    if found or c.lemma_.lower() not in self.words.violent_means:
                        return found
                    # "a grenade was hurled at a police post in Srinagar": the weapon thrown is no
                    # target; what it was thrown at is
                    passive = False
        if not passive and code[:2] in cue("doer_aimed_roots"):
            found = self._object_act_doers(verb, sources)
            if found:
                return found   # "condemned the downing of a Turkish warplane by Syrian air defences": at Syria
        if not passive and code[:2] == "09":
            doers = self.inquired_force_doers(verb, sources)
            if doers is not None:
                return doers
        if not passive and code[:2] in THREAT_ROOTS:
            # "threatened to behead two Canadian hostages unless Manila paid a ransom": a threat is aimed at the
            # one whose act alone can avert it (modality_cues ultimatum_marks), not at the hostages or the means
            found = self._ultimatum_addressee(verb, sources)
            if found:
                return found
        if not passive and code[:2] in cue("war_partner_roots"):
            found = self._war_partner(verb, sources)
            if found:
                return found
        if not passive and verb.lemma_.lower() in cue("extradition_verbs"):
            # "extradited X to the United States", "handed over a suspect in the attacks to Belgian prosecutors"
            # (the parser may hang "to" on the object's phrase): the state that receives the person, or the
            # international court ("handed Milosevic to the UN war crimes tribunal"), not the person handed
            for t in verb.subtree:
                if t.dep_ in {"prep", "dative"} and t.lower_ == "to" and not any(
                        a.dep_ in {"relcl", "acl", "advcl", "xcomp", "ccomp"} for a in t.ancestors if a.i != verb.i
                        and verb.i in {x.i for x in a.ancestors}):
                    found = [m for o in t.children if o.dep_ == "pobj" for m in self.actors_of(o)
                             if (m.country or m.code[:3] == "IGO") and not same_actor(m, sources)
                             and not own_side(m, sources)]
                    if found:
                        return found
        if not passive and verb.dep_ == "relcl" and verb.lemma_.lower() in cue("relative_accusation_verbs") and all(
                c.dep_ != "dobj" or c.lower_ in cue("relative_object_pronouns") for c in verb.children) and not any(
                c.dep_ == "prep" and c.lower_ == "on" for c in verb.children):
            # (verbal43) "Sudan, which it accused of arming the rebels", "the officers it blamed for the leak": the
            # accused is the antecedent, not an actor named in what it is accused of ("a raid which Moscow blamed on
            # Kyiv" accuses whom the act is laid on)
            found = [m for m in self.actors_of(verb.head) if not same_actor(m, sources)]
            if found:
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
        # "struck what New Delhi called a militant camp", "fired at what Pretoria called guerrilla bases in
        # Zimbabwe": the thing named is the object; who names it is a speaker, never the target
        ordered += [c for c in verb.children if c.dep_ in {"ccomp", "xcomp"} and naming_relative(c)
                    and all(c.i != o.i for o in ordered)]
        at_ok = verb.lemma_.lower() in AT_VERBS
        near = self.words.posture_preps if code[:2] == "15" else frozenset()
        if code[:2] in COOPERATIVE_ROOTS:
            near = near | self.words.partner_preps  # "fighting alongside Russian forces": the partner
        # "detonated an explosive device under a police van": the spot a weapon is set off at is aimed at
        planted = any(c.dep_ == "dobj" and c.lemma_.lower() in self.words.violent_means for c in verb.children)
        for c in verb.children:
            if c.dep_ in {"prep", "dative"} and (c.lower_ in TARGET_PREPS or (at_ok and c.lower_ == "at")
                                                 or c.lower_ in near or (planted and c.lower_ in PLACED_PREPS)):
                # (target34) not the doer of an absolute clause: "opened talks in Doha, with Pompeo flying in"
                # nor an onlooker, host or mediator: "held talks in Washington, with Kerry as host"
                ordered.extend(p for p in c.children if (p.dep_ == "pobj" or p.dep_ == "pcomp" and not places.absolute_clause(p))
                               and not (p.dep_ == "pobj" and places.onlooker(p)))
            elif c.dep_ == "prep" and c.lower_ in cue("party_preps") and code[:2] in COOPERATIVE_ROOTS:
                # "Qatar mediated between Israel and Hamas": a helper's act goes to each of the listed parties
                ordered.extend(p for p in c.children if p.dep_ == "pobj" and any(p.conjuncts))
        ordered = [n for t in ordered for n in (_named_by(t) if naming_relative(t) else [t])]
        # prepositions and possessors inside the object phrase: "sanctions against Moscow", "Russia's actions";
        # each right after its own object, before a later phrase of the verb ("approved sanctions against
        # Iran over the objections of the president": Iran, not the president)
        nested: list[Token] = []
        for obj in ordered:
            nested.append(obj)
            for c in obj.subtree:
                if c.i == obj.i:
                    continue
                # "fired missiles at British warships": the aim of a weapon a verb of aiming sends
                if c.dep_ == "pobj" and (c.head.lower_ in TARGET_PREPS or c.head.lower_ in cue("party_preps")
                                         or c.head.lower_ in near or _amount_of(c)
                                         or (at_ok and c.head.lower_ == "at" and obj.dep_ == "dobj"
                                             and obj.lemma_.lower() in self.words.violent_means)) \
                        and (c.head.head.i in {t.i for t in nested} or c.head.head.dep_ == "conj"
                             and c.head.head.head.i in {t.i for t in nested}):
                    # (fight38) or on the object's conjunct: "used stun grenades and water cannon against protesters"
                    nested.append(c)
                elif c.dep_ == "poss" and c.head.i == obj.i:
                    nested.append(c)
                elif c.dep_ == "pobj" and c.head.lower_ == "between" and c.head.head.lemma_.lower() in cue("conflict_nouns"):
                    # "a ceasefire in the war between Iran and Iraq": the parties of the conflict
                    nested.append(c)
        if any(code.startswith(p) for p in self.words.recipient_first_codes):
            # "passed information on Russian troop movements to Ukraine": what is given goes to its recipient
            # (the parser may hang "to" on the object's phrase); an actor inside the gift is not the target
            to = [t for t in nested if t.dep_ == "pobj" and t.head.lower_ in cue("gift_preps") or t.dep_ == "dative"]
            nested = to + [t for t in nested if all(t.i != r.i for r in to)]
        ordered = nested
        # "detonated an IED targeting a police convoy", "fired rockets aimed at a base": the aim named
        holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        # "handed in their applications to join NATO": the body the application asks to join
        aims = [c for h in holders for c in h.children
                if c.dep_ in {"advcl", "acl", "xcomp"} and (c.lemma_.lower() in cue("aim_participles") or (
                    h.i != verb.i and h.lemma_.lower() in cue("membership_request_nouns")
                    and c.lemma_.lower() in cue("joining_verbs")))]
        for c in aims:
            ordered.extend(o for o in c.children if o.dep_ == "dobj")
            ordered.extend(o for p in c.children if p.dep_ == "prep" and p.lower_ in cue("impact_preps")
                           for o in p.children if o.dep_ == "pobj")
        # "pulled out of the treaty with Russia", "withdrew from the nuclear deal with Iran": the other party
        preps = [c for c in verb.children if c.dep_ == "prep"]
        preps += [g for c in preps for g in c.children if g.dep_ == "prep"]  # "out" -> "of"
        for c in preps:
            if c.lower_ not in TARGET_PREPS or c.lower_ in {"from", "of"}:
                for o in c.children:
                    if o.dep_ == "pobj" and o.lemma_.lower() in AGREEMENT_NOUNS:
                        ordered.extend(w for p in o.children if p.dep_ == "prep" and p.lower_ == "with"
                                       for w in p.children if w.dep_ == "pobj")
        fallback: list = []
        own: list = []
        court: list = []
        # "on the Thai border" is a place; "on Russian banks" names an actor the noun heads
        ordered = [t for t in ordered if not (t.lemma_.lower() in BORDER_NOUNS and t.dep_ == "pobj")
                   or (t.i in self.mention_at and self.mention_at[t.i].kind == "agent")]
        if code[:2] in PLACE_TARGET_ROOTS:
            for tok in ordered:
                occupants = self._occupants(tok, sources)
                if occupants:
                    return occupants
        for tok in ordered:
            if self.weapon_object(verb, tok):
                continue   # "launched Iranian drones at Kyiv": the weapon's maker is not whom it is aimed at
            if code[:2] == "11" and self._court_venue(tok):
                # "filed a complaint with the World Court saying Honduras ...": the court is where the
                # complaint is made; the accused, named later, is whom it is aimed at (the court if none is)
                court = court or self.actors_of(tok)
                continue
            if self._owned_by_source(tok, sources) or self._own_moved(verb, tok, sources):
                # "withdrawing its forces from Afghanistan", "extend Turkey's operation to Manbij": the
                # source's own forces or acts are what it moves; whom it acts on comes later
                own = own or [m for m in self.actors_of(tok) if not same_actor(m, sources)
                              and not own_side(m, sources)]
                continue
            # "broke a Russian-brokered truce", "violated a ceasefire mediated by Qatar": the broker of
            # the pact acted on is no target (``places.names_broker``)
            named_here = [m for m in self.actors_of(tok) if not places.names_broker(word_at(self.doc, m.mention.head))
                          and not self.truce_proposer(verb, code, m)]
            if code[:2] in PLACE_TARGET_ROOTS and self._guarded_place(tok, named_here):
                # (fight27) "overran the U.N. safe area of Srebrenica", "the UN-protected enclave of Zepa": the body
                # named on an area that guards it is not the area taken; the town the area is of names the target
                named_here = []
            found = [m for m in named_here if not same_actor(m, sources) and not own_side(m, sources)]
            # "took control of Bukavu, DR Congo": a town followed by its own country is still a town
            if not found and places_ok and all(m.kind in {"country", "capital"} for m in named_here):
                # "shelled Kharkiv", "a missile strike on Idlib": the place attacked names the target;
                # a town of one's own country only as the direct object ("shelled Idlib", not "over
                # Belgorod") or when rebels take it ("seized the airport of Goma")
                # "dropped barrel bombs on the town of Douma": a town the attack lands on, even one's own
                found = [m for m in self._places_of(tok, sources) if tok.dep_ in PATIENTS
                         or (tok.dep_ == "pobj" and tok.head.lower_ in cue("impact_preps"))
                         or all(m.country != s.country for s in sources) or _insurgent(sources)]
            elif not found and not self.actors_of(tok) and len(dedupe(sources)) == 1 and (
                    tok.dep_ == "dobj" and self._visit(verb) or (
                    tok.dep_ == "pobj" and tok.head.lower_ in cue("destination_preps"))):
                # "sent troops to Ladakh", "expelled from Gdansk", "visited Odesa": a town of another country
                # the act goes to or comes from stands for that country (not a venue two parties go to:
                # "US and Soviet negotiators return to Geneva")
                found = [m for m in self._places_of(tok, sources) if all(m.country != s.country for s in sources)]
            if any(m.country for m in found):
                return self._spread_over_places(verb, tok, [m for m in found if m.country], sources)
            # (target34) "fired on UN peacekeepers at the Monrovia port", "attacked UN peacekeepers in Monrovia": so is
            # the body named after a target preposition of the verb of an attack
            if found and (tok.dep_ in {"dobj", "dative"} and tok.head.i == verb.i or (
                    places_ok and tok.dep_ == "pobj" and tok.head.head.i == verb.i and tok.head.lower_ in TARGET_PREPS)) \
                    and all((m.kind == "organization" or (places_ok and m.code.startswith("IGO")))
                            and self._in_plain_phrase(tok, m) for m in found):
                # "accused the International Criminal Court of baseless actions against Israel", "accusing the WHO of
                # failing to hold China to account": a body named as the verb's own object is whom the act is aimed
                # at, not a country named later inside what it is charged with (a bare sector word without a country,
                # "contributed troops to a force in Liberia", still yields to the place below)
                return found
            # (a cooperative act's "troops to a UN force in Liberia" goes where the force is: below)
            owners = [m for m in found if self._body_owner(tok, m)] if code[:2] not in COOPERATIVE_ROOTS else []
            if owners:
                return owners   # "vetoed a UN Security Council resolution", "the EU's aid package"
            if found and tok.dep_ == "dobj" and tok.head.i == verb.i and code[:2] not in COOPERATIVE_ROOTS and all(
                    m.country is None and m.code[:3] in STAFF_OWNERS and m.sector != "PKO" for m in found):
                # (actors44) "Houthi authorities detained 13 UN staff members in Sanaa": the staff of an international
                # body or of aid groups as the verb's own object are whom the act falls on, not the town where it does
                # (a cooperative act's "troops to a UN force in Liberia" still goes where the force is, below, and
                # "ended the UN peacekeeping mission in Mali" is aimed at the state the mission is in)
                return found
            if found and not fallback:
                fallback = found
        if fallback:
            # a sector word without a country ("contributed troops to a force in Liberia") yields to a
            # country where the act takes place, however deep in the object it is named
            return self._locative_target(verb, sources, self.venue_act(verb, code)) \
                or self._place_target(verb, sources) or fallback
        # the addressee inside a reported or participle clause ("warned that ... for South Korea"); not
        # in what a denial denies ("denied that Syrian forces used chlorine": those said to have done
        # it are not whom the denial is aimed at; ``_denied_victim`` finds the victim)
        denial = code in self.words.responsibility_codes
        unnamed = code[:2] in APPEAL_ROOTS and self.unnamed_addressee(verb)
        if unnamed:
            # "called on the warring parties in Sudan to", "urged all sides in Libya": people the appeal
            # names by no actor but places in a country are that country's
            placed = self._addressee_country(verb, sources)
            if placed:
                return placed
        if places_ok and not (denial or unnamed) and any(
                c.dep_ == "advcl" and any(g.dep_ in SUBJECT_DEPS for g in c.children) for c in verb.children):
            # "Israel struck targets in Syria hours after a drone wounded residents near Haifa": the place an
            # attack is done in names whom it strikes before a clause with a doer of its own (its cause)
            found = self._locative_target(verb, sources, self.venue_act(verb, code))
            if found:
                return found
        for deps in ({"ccomp"}, {"xcomp", "advcl"}):
            if denial or unnamed:
                break
            for c in verb.children:
                if c.dep_ in deps and not background_mark(c) and not naming_relative(c) \
                        and not self.timed_other_act(verb, c, code):
                    addressee = self._addressee(c, sources)
                    if addressee:
                        return [addressee, *self._addressed_beside(c, addressee, sources)]
        # (not the venue of a diplomatic act: "signed a power-sharing deal in Addis Ababa")
        found = self._locative_target(verb, sources, self.venue_act(verb, code))
        if not found and places_ok:
            # "struck a refinery in Ryazan": an attack in a town of another country is aimed at it
            heads = [verb, *(c for c in verb.children if c.dep_ in PATIENTS)]
            # "exploded at a market in Quetta": the town may qualify the place phrase
            heads += [o for c in verb.children if c.dep_ == "prep" and c.lower_ in cue("site_preps")
                      for o in c.children if o.dep_ == "pobj"]
            # "an offensive against army posts in Shan State": the object phrase the act is aimed at
            heads += [t for t in ordered if all(t.i != h.i for h in heads)]
            heads += aims  # "an IED targeting a convoy in Chhattisgarh"
            # "took 250 hostages into Gaza", "kidnapped two doctors and took them to Somalia": where the
            # people an act on persons (event_words personal_violence_codes) are taken is no place of the act
            moved = code in self.words.personal_violence_codes
            for p in (p for h in heads for p in h.children):
                if p.dep_ == "prep" and p.lower_ in cue("located_preps") \
                        and not (moved and p.lower_ in cue("destination_preps")):
                    for o in p.children:
                        if o.dep_ == "pobj":
                            found = self._attacked_place(o, sources)
                            if found:
                                return found
        return found or own or court or self._told(verb, sources)

    def inquired_force_doers(self, verb: Token, sources: list[Named]) -> list[Named] | None:
        """(material50) An inquiry object (event_cues inquiry_nouns) "into" an act of force looks into that act's doer,
        not its victims or its place: the doer its own words name ("opened an inquiry into a U.S. air strike that killed
        30 Afghan civilians": USA; "into an army raid in Putumayo": the army), else, when the inquirer belongs to a
        country, the inquirer's own side, whose act it is ("Israel's military opened an investigation into the drone
        strikes that killed seven aid workers in Gaza": no one else; finish.own_country_target gives its own country).
        None when the rule does not apply (no such object, an inquiry into something else, an inquirer of no country)."""
        for inquiry in verb.children:
            if inquiry.dep_ != "dobj" or inquiry.lemma_.lower() not in cue("inquiry_nouns"):
                continue
            # (the parser may hang "into" on the verb: "opened an investigation into an air strike")
            acts = [o for h in (inquiry, verb) for p in h.children if p.dep_ == "prep" and p.lower_ == "into"
                    for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN" and self._violent_noun(o)]
            if not acts:
                return None
            doers = [m for a in acts for c in a.children if c.dep_ in {"poss", "amod", "compound", "nmod"}
                     for m in self.actors_of(c)]
            if doers:
                return dedupe(doers)
            return [] if sources and all(s.country for s in sources) else None
        return None

    def _object_act_doers(self, verb: Token, sources: list) -> list:
        """(reject35) The by-agent of an act noun that is the verb's object, or of the noun of its "of" phrase (the
        parser may hang the agent there): "condemned the downing of a Turkish warplane by Syrian air defences",
        "rejected the offer of talks by the junta". A reaction to an act is aimed at its doer, not at its victim."""
        heads = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
        if any(self.actors_of(c) for h in heads for c in h.children if c.dep_ in {"poss", "amod", "compound", "nmod"}):
            return []   # "deplored Israel's handling of the rioting by Palestinians": the act's own doer is named
        heads += [o for h in list(heads) for o in of_nouns(h)]
        for h in heads:
            for p in h.children:
                if p.dep_ != "prep" or p.lower_ != "by":
                    continue
                found = [m for o in p.children if o.dep_ == "pobj" for m in self.actors_of(o)
                         if not same_actor(m, sources) and not own_side(m, sources)]
                if found:
                    return found
        return []

    def rejected_demand_owners(self, verb: Token, code: str, sources: list) -> list | None:
        """(demand42) A rejection (event_cues rejected_demand_roots) whose object is a demand made of the rejecter
        (rejected_demand_nouns: "rejected calls to free the journalists", "ignored international demands to reopen
        girls' schools"; a passive's subject: "Russia's demand was rejected by Washington") is aimed at whoever made
        the demand: the noun's owner ("ASEAN calls", "Washington's demand", "calls from Chad",
        rejected_demand_owner_preps), else at no one, never at an actor named inside what was demanded (gold README: a
        rejected demand's target is the demander). None when the rule does not apply: another object, or a call for
        talks or mediation (rejected_demand_kept_codes), whose other party stays the target. Read by the rules and by
        the target model's options alike."""
        if code[:2] not in cue("rejected_demand_roots") or any(code.startswith(k) for k in cue("rejected_demand_kept_codes")):
            return None
        nouns = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and c.pos_ == "NOUN"
                 and c.lemma_.lower() in cue("rejected_demand_nouns")]
        # "rejected ASEAN calls for dialogue": the parser may read the plural noun as a verb with the owner as its
        # subject (a present-tense clause with no mark of its own)
        misread = [c for c in verb.children if c.dep_ == "ccomp" and c.tag_ == "VBZ" and c.lemma_.lower()
                   in cue("rejected_demand_nouns") and not any(g.dep_ in {"mark", "aux", "neg"} for g in c.children)
                   and any(g.dep_ == "nsubj" and g.pos_ == "PROPN" for g in c.children)]
        if not nouns and not misread:
            return None
        owners: list = [m for c in misread for g in c.children if g.dep_ == "nsubj" for m in self.actors_of(g)]
        for n in nouns:
            for c in n.children:
                if c.dep_ in {"poss", "amod", "compound", "nmod"}:
                    owners.extend(self.actors_of(c))
                elif c.dep_ == "prep" and c.lower_ in cue("rejected_demand_owner_preps"):
                    # "calls from visiting British and French ministers": the gerund's object names them
                    owners.extend(m for o in c.children if o.dep_ in {"pobj", "pcomp"}
                                  for x in ([o] if o.dep_ == "pobj" else [g for g in o.children if g.dep_ == "dobj"])
                                  for m in self.actors_of(x))
        owners = [m for m in dedupe(owners) if not same_actor(m, sources) and not own_side(m, sources)]
        if owners:
            return owners
        if any(c.dep_ == "det" and c.lower_ in cue("anaphoric_determiners") for n in nouns for c in n.children):
            return None   # "Ban rejected the demand": a demand told before, whose maker the rules find
        # (what was demanded: the noun's phrase, or the clause the parser may hang it on beside the noun)
        subject = {t.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree}
        # (a force whose possessive is the rejecter's own pronoun: "its peacekeeping forces")
        owned = {t.head.i for t in verb.subtree if t.dep_ == "poss" and t.i in self.pronouns
                 and any(p.code == s.code for p in self.pronouns[t.i] for s in sources)}
        inside = [(t.i, self.mention_at[t.i]) for t in verb.subtree if t.i in self.mention_at and t.i not in subject]
        if any(m.sector in STATE_FORCES | {"PKO"} and (i in owned or m.country and m.country == s.country
                                                       or m.code != s.code and m.code.startswith(s.code))
               for i, m in inside for s in sources if s.code):
            # "rejected calls to withdraw its forces from Moldova", "a call for its peacekeepers to be deployed in East
            # Timor": a demand that the rejecter move its own forces is refused as that move is, at the place
            return None
        return []

    def _war_partner(self, verb: Token, sources: list) -> list:
        """(target45) The other party of the war whose end an act of intent accepts, named in its object ("accepted UN
        resolution 598 calling for a ceasefire in its war with Iraq", "accepted an Arab League ceasefire in the war
        between his Christian troops and the Syrian army"): not the body that proposed it (event_cues
        war_partner_nouns, war_partner_preps). Empty when the object names no war with another side."""
        found: list = []
        for c in verb.children:
            if c.dep_ not in {"dobj", "prep", "xcomp"}:
                continue
            for t in c.subtree:
                if t.lemma_.lower() not in cue("war_partner_nouns") or t.pos_ != "NOUN":
                    continue
                for p in t.children:
                    if p.dep_ == "prep" and p.lower_ in cue("war_partner_preps"):
                        for o in p.children:
                            if o.dep_ != "pobj":
                                continue
                            for x in (o, *o.conjuncts):
                                if any(g.dep_ == "poss" and g.pos_ == "PRON" for g in x.children):
                                    continue   # "between his Christian troops and the Syrian army": his own side
                                found.extend(m for m in self.actors_of(x)
                                             if not same_actor(m, sources) and not own_side(m, sources))
                if found:
                    return dedupe(found)
        return found

    def _ultimatum_addressee(self, verb: Token, sources: list) -> list:
        """The subject of an ultimatum clause ("unless Manila paid", "if Zagreb does not apologise") on the
        threat verb or on the act it threatens ("threatened to kill them unless ..."), when it names an actor
        other than the threatener's own side."""
        if any(c.dep_ in {"dobj", "dative"} and self.actors_of(c) for c in verb.children):
            return []   # "warned Niger's junta that it could use force if ...": the one told is the addressee
        heads = [verb, *(c for c in verb.children if c.dep_ in {"xcomp", "ccomp"})]
        for h in heads:
            for clause in h.children:
                if not modality.is_ultimatum_clause(clause):
                    continue
                # (the one who must act: not a passive subject, "if Bazoum is not reinstated")
                # (rebels threaten their own state: "Kashmiri militants threatened to kill them unless India ...")
                found = [m for c in clause.children if c.dep_ == "nsubj" for m in self.actors_of(c)
                         if m.country and not same_actor(m, sources) and (not own_side(m, sources) or _insurgent(sources))]
                if found:
                    return found
        return []

    def _told(self, verb: Token, sources: list) -> list:
        """Whom the source tells of its own act ("Tokyo informed Seoul that it would release the water",
        "assured Washington that it would ..."): the addressee of the reporting verb, when the act it
        reports names no target and is the speaker's own."""
        head = verb.head
        if verb.dep_ != "ccomp" or head.i == verb.i or head.lemma_.lower() not in self.cues.reporting:
            return []
        speakers = self._subjects_of(head)[0]
        home = {s.country for s in speakers if s.country}
        if not home or not all(s.country in home for s in sources):
            return []
        # another state's: not reporters or one's own people told ("told reporters that Beijing would")
        return [m for c in head.children if c.dep_ in {"dobj", "dative", "iobj"} for m in self.actors_of(c)
                if m.country and m.country not in home and m.country_from in {"", "place"}]

    def _denied_victim(self, verb: Token, sources: list) -> list:
        """The first actor named in what is denied ("any role in the death of Navalny", "involvement in
        the attack on Saudi oil facilities"), other than the one denying."""
        for c in verb.children:
            if c.dep_ not in {"dobj", "xcomp"}:
                continue
            # (not in a that-clause: "denied that its troops had crossed into Ukraine" tells the act denied with
            # its doer, and a denial has no target but the accuser; gold README)
            # "denied that Syrian forces had used chlorine": who is said to have done it is no victim
            doers = {t.i for d in c.children if c.dep_ == "ccomp" and d.dep_ in SUBJECTS for t in d.subtree}
            for t in c.subtree:
                if t.i in doers:
                    continue
                bare = self.pronouns[t.i][0] if t.i in self.pronouns else self.mention_at.get(t.i)
                if bare is None:
                    continue
                m = Named(bare, t.i)
                if same_actor(m, sources) or own_side(m, sources) or own_state(m, sources):
                    continue
                return [m]
        return []

    @staticmethod
    def venue_act(verb: Token, code: str) -> bool:
        """A statement of intent, consultation or cooperation whose town is only where it is done ("agreed in
        Minsk", "held talks in Doha"); not one done on arriving there ("arrived in Hanoi for talks": the host)."""
        return code[:2] in VENUE_ROOTS and verb.lemma_.lower() not in places.ARRIVAL_VERBS

    def _visit(self, verb: Token) -> bool:
        """A verb of visiting: its object is the place visited ("visited Odesa", "toured Gdansk")."""
        return verb.lemma_.lower() in self.words.visit_verbs

    def _body_owner(self, tok: Token, m: Named) -> bool:
        """An international body named as the owner of a thing that is no actor itself ("a UN Security
        Council resolution", "the EU's aid package", "ASEAN calls for dialogue"): the body whose act or
        decision the thing is, a target as good as a country (unlike "a UN force", an actor of its own)."""
        if not m.code.startswith("IGO") or tok.i in self.mention_at or tok.i in self.pronouns:
            return False
        return not m.start <= tok.i < m.end and any(
            w.head.i == tok.i and w.dep_ in {"poss", "compound", "nmod", "amod"} for w in self.doc[m.start:m.end])

    def unnamed_addressee(self, verb: Token) -> bool:
        """An appeal made to people the sentence names by no actor ("called on all parties to settle
        the Ukraine crisis", "urged world leaders to end the wars"): aimed at them, not at an actor
        inside what is asked; "both sides" stands for parties the context names."""
        heads = [c for c in verb.children if c.dep_ == "dobj"]
        heads += [o for c in verb.children if c.dep_ == "prep" and c.lower_ in cue("addressee_preps")
                  for o in c.children if o.dep_ == "pobj"]
        return any(h.pos_ in {"NOUN", "PRON"} and not self.actors_of(h) and h.i not in self.pronouns
                   and not any(d.lower_ in cue("known_parties_marks") for d in h.children) for h in heads[:1])

    def _addressee_country(self, verb: Token, sources: list) -> list:
        """The country an unnamed addressee of an appeal (:meth:`unnamed_addressee`) is placed in or of
        ("the warring parties in Sudan", "all sides in Libya", "the people of Gaza"), other than the
        appealer's own."""
        heads = [c for c in verb.children if c.dep_ == "dobj"]
        heads += [o for c in verb.children if c.dep_ == "prep" and c.lower_ in cue("addressee_preps")
                  for o in c.children if o.dep_ == "pobj"]
        for h in heads[:1]:
            for p in h.children:
                if p.dep_ == "prep" and (p.lower_ in cue("within_preps") or p.lower_ in cue("part_preps")):
                    for o in p.children:
                        if o.dep_ != "pobj":
                            continue
                        named = self.actors_of(o)
                        found = [m for m in named if m.country and m.kind in {"country", "capital"}
                                 and all(m.country != s.country for s in sources)]
                        if not named:
                            found = [m for m in self._places_of(o, sources)
                                     if all(m.country != s.country for s in sources)]
                        if found:
                            return [m.by(o.i) if m.word is None or m.word == o.i else m for m in found]
        return []

    def _in_plain_phrase(self, tok: Token, m: Named) -> bool:
        """``m`` is named by ``tok`` itself or inside its phrase through nouns and prepositions only ("a warehouse of
        the World Food Programme"), not inside a clause or apposition on it ("a treaty creating a confederation, the
        Alliance of Sahel States")."""
        if tok.pos_ == "PRON":
            return True   # "accusing it of ...": the pronoun stands for the body it resolves to
        node = word_at(self.doc, m.mention.head)
        for _ in range(12):
            if node.i == tok.i:
                return True
            if node.pos_ in {"VERB", "AUX"} or node.dep_ in {"acl", "relcl", "appos", "advcl", "ccomp", "xcomp"} \
                    or node.head.i == node.i:
                return False
            node = node.head
        return False

    def _court_venue(self, tok: Token) -> bool:
        """A court named after a preposition of where a complaint is made ("with the World Court", "to the
        ICJ", "before the Supreme Court": event_cues court_venue_preps)."""
        if tok.dep_ != "pobj" or tok.head.lower_ not in cue("court_venue_preps"):
            return False
        named = self.actors_of(tok)
        return bool(named) and all(any(m.code[k:k + 3] == "JUD" for k in range(0, len(m.code), 3)) for m in named)

    def truce_proposer(self, verb: Token, code: str, m: Named) -> bool:
        """(intend41) ``m`` is the state that put forward the truce a verb of accepting takes up (event_cues
        truce_accepting_verbs; an adjective, compound or possessive on a proposal noun, or the object of "from" on one:
        "accepted a US proposal for a 30-day ceasefire", "an Egyptian-Qatari ceasefire proposal"): no target of the
        intent to de-escalate (0356), which is aimed at the other warring party. A body (IGO) keeps it, as the gold does
        ("accepted the African Union's road map")."""
        if not code.startswith("0356") or verb.lemma_.lower() not in cue("truce_accepting_verbs") \
                or m.code.startswith("IGO") or m.mention.head is None:
            return False
        node = word_at(self.doc, m.mention.head)
        proposals = cue("proposal_nouns")
        for _ in range(4):
            if node.dep_ == "pobj" and node.head.lower_ == "from" and node.head.head.lemma_.lower() in proposals:
                return True
            if node.dep_ not in {"amod", "compound", "poss", "nmod", "conj"} or node.head.i == node.i:
                return False
            node = node.head
            if node.lemma_.lower() in proposals:
                return True
        return False

    def weapon_object(self, verb: Token, tok: Token) -> bool:
        """The object of a verb of using a weapon is that weapon ("fired Soviet-made Scud missiles at
        Tehran", "use the Russian nuclear weapons"): the means, whoever made it, not the target; so is the object
        of a verb of giving or pledging weapons ("Washington pledged 31 Abrams tanks": the gift, not its recipient).
        Read by the rules and by the target model's options alike."""
        # a count of weapons is the weapons, and so is what it counts: "fired dozens of cruise missiles at Kyiv"
        obj = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok
        if not (obj.dep_ == "dobj" and obj.head.i == verb.i and verb.lemma_.lower() in
                cue("instrument_verbs") | cue("weapon_gift_verbs")):
            return False
        weapons = lexicon.words("un_rule_cues", "weapon_words")
        return any(t.lemma_.lower() in self.words.weapon_nouns or t.lemma_.lower() in weapons for t in (obj, *of_nouns(obj)))

    def _owned_by_source(self, tok: Token, sources: list) -> bool:
        """The noun phrase is the source's own: its possessor is a source or of a source's country ("its
        troops", "Russia's forces" after "Moscow")."""
        if not any(m.country for m in self.actors_of(tok)):
            return False  # "its peacekeeping forces": no country to be one's own
        for c in tok.children:
            if c.dep_ == "poss":
                owners = self.actors_of(c)
                return bool(owners) and all(same_actor(o, sources) or own_side(o, sources) for o in owners)
        return False

    def _own_moved(self, verb: Token, tok: Token, sources: list) -> bool:
        """The verb's object names only the source's own country ("sent French troops to Mali", "ordered
        3,000 more troops to Poland", "suspended all U.S. military aid to Ukraine", "withdrew American
        forces from Syria") and a destination phrase follows it: what the source moves or withholds is
        its own; where it goes (or comes from) is whom the act is aimed at."""
        if tok.dep_ != "dobj" or tok.head.i != verb.i:
            return False
        named = self.actors_of(tok)
        # (the state's own organs or goods: people moved against their will, "expelled 222 prisoners to the
        # United States", "took pupils from a school", are whom the act is done to)
        if not named or not all(m.country and any(m.country == s.country for s in sources)
                                and (m.sector is None or m.sector in STATE_ORGAN_SECTORS) for m in named):
            return False
        if any(m.kind in {"country", "capital"} and m.mention.head == tok.i for m in named):
            return False   # "would blockade Paris from Monday": a place the act is done on
        # the place or actor the thing goes to or comes from (not a time: "from Monday night")
        return any(p.dep_ in {"prep", "dative"} and p.i > tok.i and p.lower_ in cue("destination_preps")
                   and any(o.dep_ == "pobj" and (self.actors_of(o) or self._places_of(o, sources)) for o in p.children)
                   for h in (verb, tok) for p in h.children)

    def _occupants(self, site: Token, sources: list) -> list:
        """Who is in the site an act is aimed at, named right after it ("fired rockets at a base in Syria
        housing US troops", "struck a hotel used by foreign journalists"): whom the act is aimed at,
        rather than the country the site stands in. Read on the words (the parser often takes
        "housing" for a noun); a punctuation mark or a clause of its own ends the search."""
        doc = self.doc
        lowers = doc_lowers(doc)   # (each word's lower_, read once per doc: no span and Tokens per phrase)
        end = min(site.sent.end, site.i + 9)
        k = site.i + 1
        while k < end:
            for n in (1, 2):
                phrase = " ".join(lowers[k:k + n])
                if k + n <= end and phrase in OCCUPANT_WORDS:
                    for j in range(k + n, min(k + n + 4, site.sent.end)):
                        if word_at(doc, j).is_punct:
                            break
                        m = self.mention_at.get(j)
                        if phrase in CARRIER_WORDS and (
                                m is None and word_at(doc, j).pos_ in {"NOUN", "PROPN"}
                                or m is not None and m.kind == "agent" and word_at(doc, m.start).pos_ == "NOUN"):
                            # a cargo, or people no word of their own gives a country ("workers of a Canadian
                            # company"), are what it carries: no one aboard
                            return []
                        if m is not None and (m.country or m.code.startswith("IGO")):
                            named = Named(m, m.head)
                            if same_actor(named, sources) or own_side(named, sources):
                                return []
                            return [named]
                    return []
            t = word_at(doc, k)
            if t.is_punct or t.dep_ in {"relcl", "ccomp", "advcl", "cc"}:
                return []
            k += 1
        return []

    def _guarded_place(self, tok: Token, named: list[Named]) -> bool:
        """(fight27) ``tok`` is a place noun ("area", "enclave") whose only actors are organisations named on its own
        modifiers ("the U.N. safe area", "the UN-protected enclave") and whose "of" phrase names a town of the
        gazetteer: the place is that town, not the body that guards it."""
        if not named or tok.lemma_.lower() not in places.PLACE_NOUNS or any(m.kind != "organization" for m in named):
            return False
        mods = {c.i for c in tok.children if c.dep_ in {"nmod", "compound", "amod", "npadvmod"} for c in c.subtree}
        if any(m.mention.head not in mods for m in named):
            return False
        towns = of_nouns(tok)
        return any(m.country for o in towns for m in self._places_of(o, []))

    def _attacked_place(self, o: Token, sources: list) -> list:
        """The country of the place where a target of violence stands ("bombed a house in Rafah",
        "overran a base in central Somalia"). Unidentified attackers are of the place itself ("a bomb
        exploded in Quetta") and rebels fight in their own country, so for them it may be their own.
        A border names the country across it, not where the act was ("positions along the Turkish border")."""
        if o.lemma_.lower() in places.FRONTIER_NOUNS:
            return []
        named = self.actors_of(o)
        if named:
            gaz = places.Gazetteer.default()
            # a dictionary entry that is a place: a country, a capital, or a territory ("Gaza", "Rafah")
            found = [_as_place(m).by(o.i) for m in named if m.country and (m.kind in {"country", "capital"} or any(
                c.country == m.country for c in gaz.candidates(self.doc[m.start:m.end].text)[:1]))]
        else:
            found = self._places_of(o, sources)
        return [m for m in found if all(m.country != s.country for s in sources) or _insurgent(sources)]

    def _stimulus(self, verb: Token, sources: list[Named]) -> list[Named] | None:
        """What a passive of feeling is felt about, from its by-phrase: "appalled by Russia's strikes" (Russia),
        "by the killings in Peking" (the place's country); None without a by-phrase."""
        objs = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        if not objs:
            return None
        def other(m: Named) -> bool:
            return not same_actor(m, sources) and not own_side(m, sources)

        for o in objs:
            found = [m for m in self.actors_of(o) if other(m)]
            # "the arrest of its citizens in China": an actor or place further inside the phrase
            inner = [q for q in o.subtree if q.dep_ == "pobj" and q.i != o.i]
            for q in inner:
                if found:
                    break
                found = [m for m in self.actors_of(q) or self._places_of(q, sources) if other(m)]
            if found:
                return dedupe(found)
        return []

    def _actor_countries(self, sent: Span) -> frozenset[str]:
        """(target52) The countries of the actors a sentence names ("Pakistani troops", "Karachi police"): like the
        countries it names, they pick among same-named towns, with a weaker vote ("Pakistani troops were deployed
        to Hyderabad": Pakistan's Hyderabad, not India's larger one; ``places.Gazetteer.place``)."""
        from . import places

        return frozenset(m.country for m in self.mentions if m.country and sent.start <= m.start < sent.end
                         and not places._named_as_place(self.doc, m))

    def _places_of(self, tok: Token, sources: list) -> list:
        """The country of a town the dictionaries do not name as an actor ("Kharkiv", "the city of
        Idlib"), from the gazetteer; conjoined towns are the same country once. Attacks on a place
        are coded to its country, even one's own ("Syrian forces shelled Idlib")."""
        from . import places

        out: list = []
        heads = [tok, *tok.conjuncts]
        # "the edge of the Nuseirat refugee camp", "the outskirts of the town of Bucha": a part of a place
        # "a gate of Kabul airport": a part of a site named by its town
        heads += [o for h in list(heads) if h.pos_ == "NOUN" and h.lemma_.lower() not in places.PLACE_NOUNS
                  for p in h.children if p.dep_ == "prep" and p.lower_ in cue("part_preps")
                  for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"
                  and (o.lemma_.lower() in places.PLACE_NOUNS
                       or any(c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN" for c in o.children))]
        for h in list(heads):
            if h.lemma_.lower() in places.PLACE_NOUNS:
                heads.extend(of_nouns(h))
                # "shelled Kherson city", "the Nuseirat refugee camp", "in Zurmi local government area" (nmod)
                heads.extend(c for c in h.subtree if c.i < h.i and c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN"
                             and (c.head.i == h.i or c.head.dep_ == "compound"))
            elif h.pos_ == "NOUN":
                # "seized the Zaporizhzhia nuclear plant": a town's name on the thing attacked
                # (not a town that names a pact: "pulled out of the Minsk process")
                named = [c for c in h.children if c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN"
                         and not self.names_pact(c)]
                # (target33) "shelled Belgorod city centre": the town named on a place noun that names the thing
                named += [g for c in h.children if c.dep_ == "compound" and c.pos_ == "NOUN"
                          and c.lemma_.lower() in places.PLACE_NOUNS
                          for g in c.children if g.dep_ in {"compound", "nmod"} and g.pos_ == "PROPN"
                          and not self.names_pact(g)]
                heads.extend(named)
                # "near a gate of Kabul airport": a capital the dictionaries know names the site's country
                out.extend(_as_place(Named(self.mention_at[c.i], c.i)) for c in named[:1] if c.i in self.mention_at
                           and self.mention_at[c.i].kind == "capital" and self.mention_at[c.i].country
                           and all(self.mention_at[c.i].country != o.country for o in out))
        # (fight35) "a mosque in the police compound in Peshawar": a site inside another site (no town or area noun,
        # whose victims or owners the rules read first) is in the town that one is in
        heads += [o for h in list(heads) if h.pos_ == "NOUN"
                  for p in h.children if p.dep_ == "prep" and p.lower_ in cue("landmark_preps")
                  for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"
                  and o.lemma_.lower() not in places.PLACE_NOUNS and all(o.i != x.i for x in heads)
                  and any(t.pos_ == "PROPN" for q in o.children if q.dep_ == "prep" and q.lower_ in cue("landmark_preps")
                          for t in q.children if t.dep_ == "pobj")]
        for n, h in enumerate(list(heads)):
            # "the Golden Temple in Amritsar": a named landmark stands in the place it is in
            # "a strike on the centre of Sumy": a part of a town is in the town
            preps = cue("landmark_preps") | (cue("part_preps") if h.pos_ == "NOUN" else frozenset())
            located = [o for p in h.children if p.dep_ == "prep" and p.lower_ in preps
                       for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
            if located and h.pos_ == "PROPN":
                heads[n] = located[0]
            elif located and h.pos_ == "NOUN":
                heads.append(located[0])  # "a mosque in Samarra was bombed"
            # the town is in the actor dictionaries as its country ("Samarra"); "depots in Syria and
            # Lebanon": each country of a list
            for loc in ([located[0], *located[0].conjuncts] if located else []):
                if loc.i not in self.mention_at:
                    continue
                m = Named(self.mention_at[loc.i], loc.i)
                if m.country and m.kind in {"country", "capital"} and not same_actor(m, sources) \
                        and all(m.country != o.country for o in out):
                    out.append(_as_place(m))
        # "in Honiara's Chinatown", "Aden's Crater district": the town that owns the quarter is read first
        # (a quarter's own name may be a same-named place abroad)
        heads = [x for h in heads for x in (*(c for c in h.children if c.dep_ == "poss" and c.pos_ == "PROPN"
                                              and c.i not in self.mention_at), h)]
        owners: set[int] = set()   # possessor towns that gave a country
        for h in heads:
            while h.dep_ in {"compound", "flat"} and h.head.pos_ == "PROPN" and h.head.i > h.i:
                h = h.head   # "Cabo" of "Cabo Delgado": the whole name, not its first word
            if any(c.dep_ == "poss" and c.i in owners for c in h.children):
                continue   # "Honiara's Chinatown" is in Honiara, not the Chinatown abroad
            owner = [Named(self.mention_at[c.i], c.i) for c in h.children if c.dep_ == "poss" and c.i in self.mention_at
                     and self.mention_at[c.i].kind in {"country", "capital"} and self.mention_at[c.i].country]
            if owner and h.pos_ == "PROPN":
                # "in Kabul's Shahr-e-Naw district": a quarter of a capital the dictionaries know
                if not same_actor(owner[0], sources) and all(owner[0].country != o.country for o in out):
                    out.append(_as_place(owner[0]))
                continue
            if h.pos_ != "PROPN" or h.i in self.mention_at or _is_date(h) or not h.text[:1].isupper():
                continue   # "the west bank of the Dnipro": a lower-case word the tagger calls a name is none
            if places.names_a_way(h):
                continue   # (mine43) "on Gaza City's Rashid road": the road's name, no town abroad
            left = h.i
            while left - 1 >= h.sent.start and word_at(self.doc, left - 1).pos_ == "PROPN" and \
                    word_at(self.doc, left - 1).head.i == h.i and (word_at(self.doc, left - 1).dep_ in {"compound", "flat"}
                                                                   or places.joins_a_name(word_at(self.doc, left - 1))):
                left -= 1   # (own51) "Maarat al-Numan": the hyphen inside the name too, not the Numan of Nigeria
            gaz = places.Gazetteer.default()
            within = places.appositive_area(h, gaz)   # (doubts37) "a refinery in St. Petersburg, Florida": the US town
            known = False   # whether the gazetteer has any place named by the words of this name
            for start in range(left, h.i + 1):
                # the countries the sentence names pick among same-named places (places.Gazetteer.place)
                if not word_at(self.doc, start).text[:1].isupper():
                    continue
                place = gaz.place(self.doc[start:h.i + 1].text, gaz.countries_in(h.sent),
                                  self._actor_countries(h.sent), within=within)
                if place is not None and within is None and places.small_town_abroad(place, h, gaz):
                    place = None   # (own51) "in Inata, Djibo": not the Inata of Japan
                if place is not None and places.town_abroad_in_feature(self.doc, start, h.i + 1, place):
                    break   # (target60) "along the San Miguel river", "in Victoria Park": a feature's or site's name
                known = known or place is not None
                if place is not None and not place.country:
                    break  # "Lake Chad" is a lake of several countries, not Chad
                if start > left and places.is_feature_word(word_at(self.doc, start - 1)):
                    break  # "Lake Victoria" (not in the gazetteer) is no town called Victoria
                if place is not None and place.country:
                    country = place.country
                    areas = places.located_areas(h.sent, gaz, h)
                    if not places.fits_areas(place, areas):
                        # "the town of Palma in Cabo Delgado": the town is in the one area the sentence names
                        if len(areas) != 1:
                            break
                        country = next(iter(areas))
                    if any(m.country == country for m in out):
                        break
                    m = Named(Mention(start=start, end=h.i + 1, text=self.doc[start:h.i + 1].text, code=country,
                                      country=country, sector=None, name=place.name, kind="country", head=h.i), h.i)
                    if not same_actor(m, sources):
                        out.append(m)
                    if h.dep_ == "poss":
                        owners.add(h.i)
                    break
            area = None if known else places.comma_place(h, gaz)
            if area is not None and area.country and all(m.country != area.country for m in out):
                # (own51) "an army post in Fambita, Tillaberi": a village the gazetteer lacks is in the place after it
                m = Named(Mention(start=left, end=h.i + 1, text=self.doc[left:h.i + 1].text, code=area.country,
                                  country=area.country, sector=None, name=area.name, kind="country", head=h.i), h.i)
                if not same_actor(m, sources):
                    out.append(m)
        return out

    def _means_target(self, verb: Token, sources: list) -> list:
        """The target named on the attack that did the harm: "air strikes on Idlib killed 12"."""
        for n in self._causes(verb):
            if not self._violent_noun(n):
                continue
            for p in n.children:
                if p.dep_ == "prep" and p.lower_ in cue("impact_preps"):
                    for o in p.children:
                        if o.dep_ != "pobj":
                            continue
                        found = [m for m in self.actors_of(o) if not same_actor(m, sources)
                                 and not own_side(m, sources)]
                        found = found or ([] if self.actors_of(o) else self._places_of(o, sources))
                        if found:
                            return found
        return []

    def _locative_target(self, verb: Token, sources: list, venue: bool = False) -> list:
        """An act done in another country is done to it ("arrived in Amman", "lifted a curfew in Montenegro");
        with ``venue`` (a diplomatic act) a town the act or its pact is done in is its venue ("signed a deal in
        Addis Ababa"), and only a country counts ("recognised two regions in eastern Ukraine"); a town where
        its object stands still does ("reopened its embassy in Damascus")."""
        heads = [verb, *(c for c in verb.children if c.dep_ in {"dobj", "prep"})]
        # "withdrew from their base in Tessalit, Mali"; but "appealed for a ceasefire in Gaza": the place of what is
        # asked for is no place of the act
        heads += [o for h in list(heads) if h.dep_ == "prep" and h.lower_ in cue("within_preps") | cue("destination_preps")
                  for o in h.children if o.dep_ == "pobj"]
        for h in heads:
            # "refused to attend peace talks in Nairobi", "boycotted a conference in Doha": a town the meeting
            # acted on is held in is its venue, whatever the act (``places.meeting_venue``)
            kinds = {"country"} if (venue and h.dep_ != "dobj") or (
                h.dep_ in {"dobj", "pobj"} and h.lemma_.lower() in places.PACT_NOUNS) else {"country", "capital"}
            for p in h.children:
                if p.dep_ == "prep" and p.lower_ in cue("within_preps"):
                    for o in p.children:
                        if o.dep_ != "pobj" or (venue and o.lemma_.lower() in places.PLACE_NOUNS):
                            # "signed the plan in the Saudi capital": a town named by its country is a venue too
                            continue
                        # "struck targets in Iraq and Syria": each country of a list is a target
                        found = [m for m in self.actors_of(o) if m.country and m.kind in kinds
                                 and all(m.country != s.country for s in sources)]
                        if found:
                            return [m.by(o.i) if m.word is None or m.word == o.i else m for m in found]
        return []

    def _addressed_beside(self, clause: Token, addressee: Named, sources: list) -> list[Named]:
        """(dyad24) The other actors of the subject list the addressee heads: "demanded that Belgrade and Pristina
        take steps" is a demand on each (as "demanded Belgrade and Pristina take steps" names both as objects)."""
        out: list[Named] = []
        for c in clause.children:
            if c.dep_ not in SUBJECTS or c.lemma_.lower() in AGREEMENT_NOUNS:
                continue
            found = self.actors_of(c)
            if not any(m.same(addressee) for m in found):
                continue
            for m in found:
                if m.same(addressee) or not m.country or same_actor(m, sources) or own_side(m, sources) \
                        or any(m.country == s.country for s in sources) \
                        or any(m.country == o.country for o in [addressee, *out]):
                    continue
                out.append(m)
        return out

    def _addressee(self, clause: Token, sources: list) -> Named | None:
        """Whom a reported or demanded clause is about: its subject when that is an actor
        ("demanded that the US cancel"), else the shallowest actor outside its subject."""
        for c in clause.children:
            if c.dep_ in SUBJECTS and c.lemma_.lower() not in AGREEMENT_NOUNS:
                for m in self.actors_of(c):
                    if not same_actor(m, sources) and not own_side(m, sources) and m.country and all(
                            m.country != s.country for s in sources):
                        return m
                    if _own_state_criticised(m, sources):
                        return m
        subject_idx: set[int] = set()
        for c in clause.children:
            if c.dep_ in SUBJECT_DEPS:
                subject_idx.update(t.i for t in c.subtree)
            elif c.dep_ == "parataxis" and c.lemma_.lower() in self.cues.reporting:
                # "launched a nationwide strike, the union's secretary-general said": who reports the act
                # in an aside is its speaker, not whom it is about
                subject_idx.update(t.i for t in c.subtree)
            elif self.timed_other_act(clause, c):
                # (dyad27) "signed a declaration ending the boycott of Qatar, hours after Riyadh reopened its airspace",
                # "condemned the move as a land grab while Washington widened its sanctions": a clause of time with a
                # doer of its own tells another act beside one that names its own object; its doer is not whom
                # this act is aimed at
                subject_idx.update(t.i for t in c.subtree)
            elif self._other_clause(c):
                # "stormed a protest camp, and the African Union suspended Sudan", "tested a missile, and the UN
                # condemned it": a conjoined clause with a subject of its own tells another act of others, and
                # neither its speaker nor whom that act names is whom this one is about; only fighters who
                # answer it there are the other side ("columns pushed into Grozny, and rebel fighters destroyed
                # dozens of tanks")
                armed = [g for g in c.children if g.dep_ in SUBJECT_DEPS
                         and any(m.sector in ARMED_SECTORS for m in self.actors_of(g))]
                kept = {t.i for g in armed for t in g.subtree}
                subject_idx.update(t.i for t in c.subtree if t.i not in kept)
        for t in clause.subtree:
            if t.dep_ == "prep" and t.lower_ in PLACE_PREPS:
                subject_idx.update(x.i for x in t.subtree)
            if t.dep_ == "relcl" and generic_relative(t):
                # (unreal59) "would break relations with any country that recognised Taiwan": an actor named in what
                # marks out anyone at all is not whom the act is about
                subject_idx.update(x.i for x in t.subtree)
            if t.dep_ in SUBJECTS and t.head.i != clause.i and (naming_relative(t.head) or (
                    t.head.dep_ == "relcl" and t.head.lemma_.lower() in self.cues.reporting)):
                # "struck what New Delhi called a militant camp", "struck a boat that Trump said was carrying
                # drugs": who labels the thing acted on is a speaker, not whom the act is about
                subject_idx.update(x.i for x in t.subtree)
            if t.dep_ == "agent" or (t.dep_ == "prep" and t.lower_ == "by"):
                # "signed a deal, brokered by Finland's former president", "during a visit by Vietnam's
                # party chief": the doer of another act is not whom this one is about
                subject_idx.update(x.i for x in t.subtree)
            if self.weapon_object(t.head, t):   # "to use the Russian nuclear weapons": the weapon's maker
                subject_idx.update(x.i for x in t.subtree)
            if t.dep_ == "pobj" and (t.lemma_.lower() in places.BROKER_NOUNS or t.lower_ in places.BROKER_NOUNS):
                # "meeting in Putrajaya under Malaysian mediation": the broker is no addressee
                subject_idx.update(x.i for x in t.subtree)
        best = None
        best_depth = 99
        for t in clause.subtree:
            if t.i in subject_idx:
                continue
            bare = self.pronouns[t.i][0] if t.i in self.pronouns else self.mention_at.get(t.i)
            if bare is None:
                continue
            if places.names_frontier(t) and t.head.head.lower_ not in cue("destination_preps"):
                # "took up positions along the Syrian border": the neighbour across it is no addressee
                # (troops sent "to the U.S. border" still go towards it)
                continue
            if places.names_broker(t):
                continue   # "after breaking a Russian-brokered truce": the broker is no addressee
            if "01" <= self.code_at.get(clause.i, "99")[:2] < "17" and other_conjunct_argument(t, clause):
                # "rejected the reform and asked Germany for help": the other verb's addressee (not for force:
                # "razed the town and killed hundreds of residents" harms the same people twice)
                continue
            cand = Named(bare, t.i)
            if same_actor(cand, sources) or own_side(cand, sources) or own_state(cand, sources):
                continue
            depth = _depth(t, clause)
            if depth < best_depth:
                best, best_depth = cand, depth
        return best

    def timed_other_act(self, clause: Token, c: Token, code: str | None = None) -> bool:
        """(dyad27) ``c`` is a clause of time ("while", "as", "when") or sequence ("after") with a subject of its own,
        hung on a clause that names its own object (the act's patient, actor or not; not a reflexive: "blew himself
        up"); an act that answers another (taxonomy class answering) answers the doer of its "after" clause."""
        code = self.code_at.get(clause.i, "") if code is None else code
        marks = [m.lower_ for m in c.children if m.dep_ == "mark"]
        timed = any(m in BACKGROUND_MARKS for m in marks) or (
            any(m in SEQUEL_MARKS for m in marks) and code[:2] not in ANSWERING_ROOTS)
        return c.dep_ == "advcl" and timed and any(g.dep_ in SUBJECT_DEPS for g in c.children) \
            and (any(d.dep_ == "dobj" and not d.lower_.endswith(("self", "selves")) for d in clause.children)
                 or self._prepositional_object(clause))

    @staticmethod
    def _prepositional_object(clause: Token) -> bool:
        """(target45) The clause names its own object in a phrase of a preposition, a common noun with a phrase of its
        own ("agreed to a 48-hour pause in air raids on southern Lebanon", "agreed to a halt of the shelling")."""
        return any(p.dep_ == "prep" and p.i > clause.i for p in clause.children
                   for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"
                   and any(g.dep_ == "prep" for g in o.children))

    @staticmethod
    def _other_clause(c: Token) -> bool:
        """Whether ``c`` is a verb conjoined with a clause head that has a subject of its own (", and the
        UN condemned it"), not one more act of the same subject ("razed the town and killed hundreds")."""
        return c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} and any(g.dep_ in SUBJECT_DEPS for g in c.children)

    def _place_target(self, verb: Token, sources: list) -> list:
        """Protests and clashes in a country are aimed at it ("demonstrated in Serbia")."""
        for t in verb.subtree:
            # (not the venue of a meeting it is about: "refused to attend talks in Nairobi")
            if t.dep_ == "pobj" and t.head.lower_ in cue("protest_place_preps") and not places.meeting_venue(t):
                for m in self.actors_of(t):
                    if m.country and m.kind in {"country", "capital"} and not own_side(m, sources):
                        return [m.by(t.i)]
        return []

    def _visited(self, verb: Token, sources: list) -> list:
        """The country a visitor acts in ("announced aid during a visit to Kyiv", "made a surprise visit
        to Kyiv and pledged aid", "on a trip to Beijing, agreed to ..."): the visit is in a phrase of the
        act, or the object of the verb it is conjoined with; a place of the visitor's own country is no
        target."""
        if len(dedupe(sources)) != 1 or not sources[0].country:
            return []
        nouns = cue("visit_nouns")
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

    def _visit_place(self, verb: Token, sources: list, nouns: tuple[Token, ...] = ()) -> list:
        """The country a visit goes to, named as a place ("landed in Havana", "arrived in Algiers for a
        session of the council", "a visit to the G7 summit in Biarritz"): in an "in"/"to" phrase of the
        verb or of the visit noun (its object, or ``nouns``); a body or meeting visited there is the
        occasion, its place the country visited. Not a place of a source's own country."""
        own = {s.country for s in sources if s.country}
        heads = [verb, *nouns, *(c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in cue("visit_nouns"))]
        objs = [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in cue("visit_place_preps")
                for o in p.children if o.dep_ == "pobj"]
        for o in objs:
            # the place visited, else the place of what is visited there ("the summit in Biarritz")
            for t in (o, *(x for p in o.children if p.dep_ == "prep" and p.lower_ in cue("visit_place_preps")
                           for x in p.children if x.dep_ == "pobj")):
                named = self.actors_of(t)
                found = [_as_place(m).by(t.i) for m in named if m.country and m.kind in {"country", "capital"}]
                if not named and t.pos_ == "PROPN":
                    found = self._places_of(t, [])
                found = [m for m in found if m.country and m.country not in own]
                if found:
                    return found[:1]
        return []

    def _named_country_place(self, verb: Token, sources: list) -> list:
        """A country named as a place in a prepositional phrase of an act on territory, the actor's own
        included: "set up a new base in Anefis, Kidal region, Mali", "seized several villages west of
        Aleppo, Syria" (the way conflict monitors write a place). Only a country's name heading its
        phrase ("Mali"), not an adjective ("near the Kenyan border") or the subject's words."""
        if not sources:
            return []
        skip = {t.i for c in verb.children if c.dep_ in SUBJECTS for t in c.subtree}
        # "in", "near", "on" an island, "west of" a town
        preps = PLACE_PREPS | cue("located_preps") | cue("site_preps") | cue("part_preps")
        for t in self._clause_tokens(verb):
            m = self.mention_at.get(t.i)
            if t.i in skip or m is None or m.kind != "country" or m.sector is not None or not m.country \
                    or t.dep_ not in {"pobj", "appos", "conj", "npadvmod"} or t.i != m.end - 1:
                continue
            path, node = [], t
            while node.i != verb.i and node.head.i != node.i:
                node = node.head
                path.append(node)
            if node.i == verb.i and any(p.dep_ == "prep" and p.lower_ in preps for p in path):
                return [_as_place(Named(m, t.i))]
        # "established a forward base at Djibo", "set up a camp in the Sambisa forest": a town or area of
        # the gazetteer where the act on territory happens names the country, the actor's own included
        for t in self._clause_tokens(verb):
            if t.i in skip or t.dep_ != "pobj" or t.head.dep_ != "prep" or t.head.lower_ not in preps \
                    or (t.i in self.mention_at and self.mention_at[t.i].kind not in {"capital"}):
                continue
            node = t.head
            while node.i != verb.i and node.dep_ in {"prep", "pobj", "dobj", "conj", "appos"}:
                node = node.head
            if node.i != verb.i:
                continue
            m = self.mention_at.get(t.i)
            found = [_as_place(Named(m, t.i))] if m is not None and m.country else self._places_of(t, [])
            found = [f for f in found if f.country]
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
        objs = [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in cue("left_place_preps")
                for o in p.children if o.dep_ == "pobj"]
        if verb.lemma_.lower() in cue("left_place_verbs"):
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

    def _reporting_victim(self, verb: Token, sources: list, reporter_of: dict[int, Named]) -> list:
        """ "Russia launched its largest air attack, Ukraine's air force said": violence aimed at no one
        named, reported by another state's organs, was done to that state."""
        reporter = self._reporter(verb, reporter_of)
        if reporter is None or not reporter.country or not sources or not all(s.country for s in sources):
            return []
        if reporter.sector is not None and reporter.sector not in STATE_ORGAN_SECTORS:
            return []
        if any(s.country == reporter.country for s in sources):
            return []
        return [_as_place(reporter)]

    def _reporter(self, verb: Token, reporter_of: dict[int, Named]) -> Named | None:
        node = verb
        for _ in range(6):
            if node.i in reporter_of:
                return reporter_of[node.i]
            if node.head.i == node.i:
                break
            node = node.head
        return None

    def in_sequel(self, m: Named, verb: Token) -> bool:
        """The actor is named in an "after" clause or phrase of the verb: what the act followed, its cause
        ("called up reservists after the Hamas attack"), not whom the act is aimed at."""
        if m.word is None:
            return False
        node = word_at(self.doc, m.word)
        while node.i != verb.i and node.head.i != node.i:
            if node.head.i == verb.i or node.dep_ in {"advcl", "prep"}:
                if any(c.dep_ == "mark" and c.lower_ in cue("sequel_marks") for c in node.children) or (
                        node.dep_ == "prep" and node.lower_ in cue("sequel_marks")):
                    return True
            node = node.head
        return False


_NOMINAL_LINKS = frozenset({"pobj", "prep", "compound", "amod", "poss", "nmod", "appos", "conj", "cc", "det"})


def _purpose_partner(verb: Token, prep: Token) -> bool:
    """Whether ``prep`` ("with", "between") is on the act a mutual act is done for: "signed accords to
    normalise ties with Israel", "signed a deal on establishing relations with Israel" (the partner of the
    ties is the partner of the signing), not a further clause of its own."""
    tok, steps, purpose = prep.head, 0, False
    while tok.i != verb.i and steps < 4:
        if tok.dep_ in {"xcomp", "acl", "pcomp"} and tok.pos_ == "VERB" and tok.tag_ not in {"VBN", "VBD"} \
                or tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            purpose = True
        elif tok.dep_ not in {"dobj", "prep", "pobj"}:
            return False
        tok, steps = tok.head, steps + 1
    return purpose and tok.i == verb.i


def generic_relative(clause: Token) -> bool:
    """(unreal59) ``clause`` is a relative clause on a noun any one of a kind fits (modality_cues
    free_choice_determiners: "any country that recognised Taiwan", "any foreign pilot who landed in Nduga")."""
    return clause.dep_ == "relcl" and clause.head.pos_ == "NOUN" and any(
        d.dep_ == "det" and d.lower_ in lexicon.words("modality_cues", "free_choice_determiners")
        for d in clause.head.children)


def in_generic_relative(tok: Token, trigger: Token) -> bool:
    """(unreal59) ``tok`` is named inside a relative clause that marks out anyone of a kind (:func:`generic_relative`)
    on the way down from ``trigger``: "threatened to withdraw its recognition of any state that recognised Bangladesh"
    (Bangladesh is no target of the threat; the threat is aimed at no one named)."""
    for a in tok.ancestors:
        if a.i == trigger.i:
            return False
        if generic_relative(a):
            return trigger.i in {x.i for x in a.head.ancestors}
    return False


def other_conjunct_argument(tok: Token, trigger: Token) -> bool:
    """Whether ``tok`` is an argument of another verb conjoined with ``trigger`` ("resigned and fled to
    India", "rejected the reform and asked the US for help", "X asked Germany for help and rejected the
    plan"): what that verb is done to. A direct object of the later verb when the trigger has none is
    shared ("arrested and charged three activists"): no other act's argument."""
    node = tok
    while node.dep_ in _NOMINAL_LINKS and node.head.i != node.i and node.head.pos_ not in {"VERB", "AUX"}:
        node = node.head
    if node.dep_ in _NOMINAL_LINKS and node.dep_ != "prep" and node.head.pos_ in {"VERB", "AUX"}:
        return False   # "fled to India" reaches its verb by "to" (a prep); a conjoined noun stops here
    verb = node.head
    if not (node.i == tok.i or node.dep_ == "prep" and tok.head.i == node.i or tok.head.i == node.i
            and tok.dep_ in {"compound", "amod"}):
        return False   # named inside the other verb's object ("suspended contacts with China"): shared
    if node.i == verb.i or verb.i == trigger.i or verb.pos_ not in {"VERB", "AUX"}:
        return False
    conjoined = (verb.dep_ == "conj" and verb.head.i == trigger.i) or (
        trigger.dep_ == "conj" and trigger.head.i == verb.i) or (
        verb.dep_ == "conj" and trigger.dep_ == "conj" and verb.head.i == trigger.head.i)
    if not conjoined or verb.dep_ == "conj" and any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return False   # "..., and Australia sent police": a clause with its own subject is read as it stands
    if any(c.dep_ in {"dobj", "dative"} and c.pos_ == "PRON" for c in trigger.children):
        return False   # "convicted the journalist and sentenced him": the pronoun takes up the other's object
    own_object = any(c.dep_ in {"dobj", "xcomp", "ccomp", "attr"} for c in trigger.children)
    if node.dep_ in {"dobj", "dative"} and not own_object and verb.i > trigger.i:
        return False   # right-node raising: "arrested and charged three activists"
    return node.dep_ in {"dobj", "dative", "prep", "npadvmod", "obj"}


def reporters(sent: Span, coder: ArgumentFinder) -> dict[int, Named]:
    """Map the head of each reported clause to the actor who reports it ("X said Y did Z")."""
    out: dict[int, Named] = {}
    reporting = coder.cues.reporting
    for tok in tokens(sent):
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


def _counted_group(tok: Token) -> int:
    """1: ``tok`` is "the two" standing alone; 2: a noun counted by "the two" ("the two leaders"); 0: neither."""
    if tok.lower_ in GROUP_NUMBERS and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return 1
    if tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and any(
            c.dep_ == "nummod" and c.lower_ in GROUP_NUMBERS for c in tok.children):
        return 2
    return 0


def _parties(found: list[Named]) -> list[Named]:
    """The distinct parties among ``found``: one per code; a country or town dropped where an actor of its
    country is named; towns dropped where two others are named (the place of the act, not a party)."""
    out: list[Named] = []
    for m in found:
        if all(m.code != o.code for o in out):
            out.append(m)
    out = [m for m in out if m.kind not in {"country", "capital"} or not any(
        o.country == m.country and o.kind not in {"country", "capital"} for o in out)]
    if len([m for m in out if m.kind != "capital"]) >= 2:
        out = [m for m in out if m.kind != "capital"]
    # a town left is a party as its country ("arrived in Hanoi, and the two ...": Vietnam)
    return [m.changed(code=m.country, sector=None, kind="country") if m.kind == "capital" and m.country else m
            for m in out]


def own_preps(noun: Token) -> list[Token]:
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


def doer_phrases(noun: Token) -> list[Token]:
    """The objects of "by" that name who did what an event noun names: on the noun itself ("an attack
    by rebels"), and where the parser hangs the phrase on the noun's own object ("an attack on a village
    by Nigerian soldiers", "the assault on the airfield by Russian troops")."""
    holders = [noun]
    holders += [o for p in noun.children if p.dep_ == "prep" and p.lower_ in TARGET_PREPS
                for o in p.children if o.dep_ == "pobj"]
    # "the assault on Hostomel airfield by ...": a noun the parser took for a clause of the event noun
    holders += [c for c in noun.children if c.dep_ == "acl" and c.pos_ in {"NOUN", "PROPN"}]
    # (fight38) "an air strike carried out by the coalition": the participle of doing it names the doer
    holders += [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > noun.i
                and _doing_participle(c)]
    return [o for h in holders for p in h.children if p.dep_ in {"prep", "agent"} and p.lower_ == "by"
            for o in p.children if o.dep_ == "pobj"]


def _doing_participle(verb: Token) -> bool:
    """A participle of doing an act (data: event_cues act_doing_participles, a lemma or a lemma and its particle:
    "carried out", not "carried")."""
    lemma = verb.lemma_.lower()
    doing = cue("act_doing_participles")
    return lemma in doing or any(f"{lemma} {c.lower_}" in doing for c in verb.children if c.dep_ == "prt")


def origin_phrases(noun: Token) -> list[Token]:
    """(fight38) The objects of "from" on a noun of fire or attack: "gunfire from Israeli troops", "shelling from
    government positions"; an armed force named there fired (a place named there is where the fire came from)."""
    return [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "from" for o in p.children if o.dep_ == "pobj"]


def _named_by(clause: Token) -> list[Token]:
    """The noun a free relative of naming names ("what Pretoria called guerrilla bases", "what it described
    as a terrorist camp"): the thing the act is done to, not the speaker who names it."""
    out = [c for c in clause.children if c.dep_ in {"oprd", "attr", "dobj", "xcomp"} and c.pos_ in {"NOUN", "PROPN"}]
    out += [p for c in clause.children if c.dep_ == "prep" and c.lower_ == "as"
            for p in c.children if p.dep_ == "pobj" and p.pos_ in {"NOUN", "PROPN"}]
    return out


def _amount_of(pobj: Token) -> bool:
    """What an amount is of: "six million pounds in emergency aid (for Malawi)", "$500 million in loans"
    (the aid's own phrase then names its receiver)."""
    amount = pobj.head.head
    # a sum, not a count of things ("two regions in eastern Ukraine" are where they are)
    return pobj.head.lower_ in cue("amount_preps") and pobj.head.dep_ == "prep" and (
        amount.tag_ == "$" or any(t.lower_ in cue("amount_words") for t in amount.subtree if t.i < amount.i))


def own_side(m: Named, sources: list) -> bool:
    """The source's own people are not the target of its act ("withdrew its troops from Lebanon"). Unidentified
    attackers (UAF, their country only that of the place) have no side: "drones hit the Saudi oil facilities"."""
    for s in sources:
        if s.sector == "UAF":
            continue
        if m.sector == s.sector == "REB" and (m.name or s.name) and m.name != s.name:
            continue   # (fight38) two armed groups of one country: "ELN fighters attacked FARC dissidents"
        if m.country and m.country == s.country and (m.sector == s.sector or m.sector is None):
            return True
        # a state as a whole (no sector) acts through its own government, forces and police
        if m.country and m.country == s.country and s.sector is None and m.sector in STATE_ORGAN_SECTORS:
            return True
        if m.country is None and s.country is None and m.sector == s.sector:
            return True
    return False


def own_state(m: Named, sources: list) -> bool:
    """A government's own forces in the clause of its act ("Erdogan threatened to extend Turkey's
    military operation"): not whom the act is aimed at (the army's act on the government, a coup, is)."""
    return bool(m.country) and m.sector in STATE_FORCES and any(
        s.country == m.country and s.sector == "GOV" for s in sources)


def _own_state_criticised(m: Named, sources: list) -> bool:
    """People of a country who are no organ of its state (opposition, civilians, the press) speaking
    of their own state or its organs ("Germany has not delivered the weapons it
    promised, opposition lawmakers complained"): the state is whom their words are aimed at."""
    return bool(m.country) and (m.sector is None or m.sector in STATE_ORGAN_SECTORS) and bool(sources) and all(
        s.country == m.country and s.sector is not None and s.sector not in STATE_ORGAN_SECTORS for s in sources)


def _as_place(m: Named) -> Named:
    """A dictionary mention used as the place attacked: its country alone ("a house in Kabul" is
    AFG, not the government the capital stands for elsewhere)."""
    if m.code == m.country and m.sector is None:
        return m
    return m.changed(code=m.country, sector=None, kind="country")


def _is_date(tok: Token) -> bool:
    """A month name with a day or year beside it ("On 3 March 2025", "March 5") is a date, not the
    town of that name."""
    from .dates import MONTHS

    if tok.lower_ not in MONTHS:
        return False
    doc = tok.doc
    return any(0 <= j < len(doc) and word_at(doc, j).like_num for j in (tok.i - 1, tok.i + 1)) or any(
        c.like_num for c in tok.children)


def _insurgent(sources: list) -> bool:
    """Unidentified attackers, rebels, insurgents and (fight35) gangs: their violence in their own country is aimed
    at it ("gang members hurled a grenade at a bus terminal in Mazatlan": MEX)."""
    return bool(sources) and all(s.sector in HOME_ATTACKER_SECTORS for s in sources)


def _depth(tok: Token, root: Token) -> int:
    d = 0
    while tok.i != root.i and tok.head.i != tok.i and d < 50:
        tok = tok.head
        d += 1
    return d


def fronted_subject(verb: Token) -> Token | None:
    """(target53) "In a statement from Jeddah, Saudi Arabia and the United States called on the army ...": after an
    opening prepositional phrase and its comma the parser may take the clause's subject for a conjunct of the phrase's
    last noun and hang the finite verb on that phrase, leaving the verb with no subject. The one noun phrase between
    that comma and the verb, hung on a word of the opening phrase, is the subject; None when the sentence has no such
    shape (a verb with a subject of its own, an opening that is no prepositional phrase, words between that are no
    noun phrase)."""
    if verb.tag_ not in {"VBD", "VBZ", "VBP"}:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"} for c in verb.children):
        return None
    doc, sent = verb.doc, verb.sent
    if word_at(doc, sent.start).pos_ != "ADP":
        return None
    comma = next((k for k in range(sent.start + 2, verb.i) if word_at(doc, k).text == ","), None)
    if comma is None or comma + 1 >= verb.i:
        return None
    span = [word_at(doc, k) for k in range(comma + 1, verb.i)]
    if any(t.pos_ in {"VERB", "AUX", "ADP", "SCONJ", "PRON"} or t.is_punct for t in span):
        return None
    heads = [t for t in span if not comma < t.head.i < verb.i]
    if len(heads) != 1:
        return None
    head = heads[0]
    if head.pos_ not in {"NOUN", "PROPN"} or not sent.start <= head.head.i < comma:
        return None
    # the verb hangs on the opening phrase as well (or is the root): no other clause claims it
    if verb.dep_ != "ROOT" and not sent.start <= verb.head.i < comma:
        return None
    return head


def swallowed_subject(verb: Token, subj: Token | None) -> Token | None:
    """(verbal46) "..., and U.S. envoy William Walker accused Serb police of a massacre", "..., killing hundreds of people,
    and opposition activists accused the army": after a comma and "and" the parser may join a new clause's subject to a
    noun of the clause before (as its conjunct) and leave the clause's finite verb with no subject, or with a far word
    before the comma (``subj``) that names no actor. The head of the noun phrase right before the verb, opened by ", and"
    (or "; and"), is its subject; None when the sentence has no such shape."""
    if verb.tag_ not in {"VBD", "VBZ", "VBP"} or verb.i < 3 or (subj is not None and subj.i > verb.i):
        return None
    doc = verb.doc
    k = verb.i - 1
    while k > 0 and word_at(doc, k).dep_ in {"advmod", "neg"} and word_at(doc, k).head.i == verb.i:
        k -= 1   # "..., and an international inquiry later blamed"
    noun = word_at(doc, k)
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.dep_ not in {"conj", "appos"} or noun.head.i == verb.i \
            or (subj is not None and subj.i > noun.left_edge.i):
        return None
    start = noun.left_edge.i
    if start < 2 or word_at(doc, start - 1).text.lower() != "and" or word_at(doc, start - 2).text not in {",", ";"}:
        return None
    return noun
