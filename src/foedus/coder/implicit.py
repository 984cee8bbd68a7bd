"""Actors the text does not name as such: a crowd counted by its number ("thousands protested in
Tbilisi"), an arresting agency of the state where the arrest happens, unidentified attackers of the
place of a bombing, a state's own people as the target of its curfew, and the country of sector-only
actors or victims taken from the place of the act.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable

from spacy.tokens import Token

from .. import lexicon, taxonomy
from . import modality
from ..errors import DataError
from .actors import DESTINATION_PREPOSITIONS, LOCATING_PREPOSITIONS, Mention, compose_code
from .arguments import INSURGENT_SECTORS, STATE_FORCES, STATE_ORGAN_SECTORS, ArgumentFinder, _as_place, doer_phrases, origin_phrases, own_side
from .candidates import Candidate, Named, dedupe, evidence, same_actor
from .event_words import cue, plain_vehicle
from .doctext import doc_text, of_nouns, tokens, word_at
from .triggers import PROTEST_ROOTS, VIOLENT_ROOTS

# (an accusation: taxonomy class "accusation"; a denial of responsibility answers it)
ACCUSING_ROOTS = taxonomy.roots("accusation")
DENIAL_CODE = "016"
AID_APPEAL_CODE = "023"   # an appeal for aid and its kinds (0231-0234)
BLOCKADE_CODE = "191"
# (target51) the prepositions naming where an act is done or where forces go ("in northern Iraq", "into Iraq")
PLACE_PREPS_OF_ACTS = (LOCATING_PREPOSITIONS | DESTINATION_PREPOSITIONS | {"between", "along", "off"}) - {"of", "to"}


def _background_of(tok: Token, verb: Token) -> bool:
    """Whether ``tok`` is inside a clause of time or cause of ``verb`` ("crossed into Gambia after Jammeh refused
    to hand over power"): an act told as what came before, not a reply to ``verb``'s act."""
    for a in [tok, *tok.ancestors]:
        if a.i == verb.i:
            return False
        if a.dep_ == "advcl" and a.head.i == verb.i:
            return True
    return False


def _quad(code: str) -> int:
    try:
        return taxonomy.cameo(code).quad_class
    except DataError:   # an unknown code is reported by the pipeline (W121), not here
        return 0

# Demands, disapproval, rejections and threats (10-13) of a country's people who are no organ of its state
# (civilians, unions, students, the opposition) that name no one are aimed at their own government.
GRIEVANCE_ROOTS = taxonomy.roots("grievance")
AGGRIEVED_SECTORS = taxonomy.sectors("aggrieved")
# Sectors that never take a country from the place of the act (peacekeepers, IGO/NGO staff, foreign fighters).
NO_LOCAL_SECTORS = taxonomy.sectors("no_local_country")
DOMESTIC_RIVAL_SECTORS = taxonomy.sectors("domestic_rival")
MEETING_ROOTS = taxonomy.roots("meeting")
MEDIATION_CODE = "045"
# Sectors that bear arms: "killed in Israeli tank shelling" names the attacker in the "in" phrase.
ARMED_SECTORS = taxonomy.sectors("bears_arms")
# The name of the armed men an act implies when the text names no doer (the country is where it happened).
UNNAMED_FORCES = "unidentified armed forces"
# Destruction and violence (17-20): aimed at no one named, on homes, shops or vehicles, they are aimed at the
# civilians of the place (``ImplicitActors._property_owners``).
PROPERTY_ROOTS = frozenset({"17", "18", "19", "20"})
# (assault41) Assaults whose target, named only by a place, is the people they killed or wounded.
CASUALTY_TARGET_ROOTS = taxonomy.roots("casualty_target")
# Mentions that name a place (a victim named only by where it was hit).
PLACE_KINDS = frozenset({"country", "capital", "city", "region", "place"})
CIVILIAN_SITES = lexicon.words("sense_cues", "civilian_sites")
CIVILIAN_VEHICLES = lexicon.words("place_cues", "civilian_vehicles")
RELATIVE_PRONOUNS = lexicon.words("event_cues", "relative_pronouns")
# A violent protest, a riot (CAMEO 145): its doers are named as any violence's are.
RIOT_CODE = "145"


def _front_modifiers(noun: Token) -> list[Token]:
    """The compound and adjective modifiers before ``noun``, with theirs ("a Russian missile strike": Russian,
    missile)."""
    mods = {"compound", "amod", "nmod"}
    return [c for w in noun.children if w.dep_ in mods and w.i < noun.i
            for c in (w, *w.children) if c.dep_ in mods and c.i < noun.i]


def intercepted_objects(verb: Token) -> list[Token]:
    """What an interception verb's object names: the object, and the nouns of its "of" phrase ("shot down 30 of
    the 40 drones"). (source35) The parser may misread "shot down eight of 40 drones" with the count as an adverbial
    noun of the verb ("27 of 36 drones") or the weapon as the object of the particle ("down ... drones"): both are
    the object too."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    objs += [c for c in verb.children if c.dep_ == "npadvmod" and c.like_num]
    objs += [o for c in verb.children if c.dep_ in {"advmod", "prt"} and c.i > verb.i
             for o in c.children if o.dep_ == "pobj"]
    return objs + [o for c in objs for o in of_nouns(c)]


def downed_patients(verb: Token) -> list[Token]:
    """(fight36) What a passive interception verb tells was shot down: its passive subject and the nouns of that
    subject's "of" phrase ("most of the missiles were intercepted", "all of which were shot down"), or the noun a
    reduced relative hangs on ("fragments of a missile shot down by Ukraine")."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        pats = [verb.head]
    else:
        pats = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return pats + [o for c in pats for o in of_nouns(c)]


class ImplicitActors(ArgumentFinder):
    """Actors and countries taken from the place or the context of the act, when the words name none."""

    def _victims_where(self, verb: Token, m: Named, sources: list) -> Named | None:
        """Victims whose country was only guessed from the article as the attacker's own ("Russian
        troops killed civilians in Bucha": civilians of the article's main country) belong to the
        country where they were attacked; with no place named, their country stays unknown (None)."""
        if m.country_from != "article" or not sources or m.country != sources[0].country:
            return m
        from . import places

        loc = places.event_location(verb.sent, verb)
        country = loc.country if loc is not None else None
        if country is None and m.word is not None:
            # "killed civilians queuing for bread in Chernihiv": the place is in the victims' phrase
            tok = word_at(self.doc, m.word)
            for t in tok.subtree:
                if ((t.dep_ == "pobj" and t.head.lower_ in cue("town_preps"))
                        or (t.dep_ == "compound" and t.pos_ == "PROPN")) and not self.actors_of(t):
                    found = self._places_of(t, [])
                    if found:
                        country = found[0].country
                        break
        if country is None:
            # "bombed a camp for displaced people in Rafah": a place the dictionaries name, in the act's clause
            for t in self._clause_tokens(verb):
                if t.dep_ == "pobj" and t.head.lower_ in cue("town_preps") and self.actors_of(t):
                    found = self._attacked_place(t, sources)
                    if found:
                        country = found[0].country
                        break
        if not country or country == m.country:
            # nothing says the attacker's own people were attacked ("villages were shelled by Russian forces")
            return m if country and country == m.country else None
        loc_country = country
        code = loc_country + (m.code[len(m.country):] if m.country and m.code.startswith(m.country) else (m.sector or ""))
        return m.changed(country=loc_country, code=code, country_from="sentence")

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
        m = Mention(start=a.i, end=a.i + 1, text=a.text, code=compose_code(country, sector), country=country, sector=sector,
                    name=None, kind="agent", head=a.i, country_from="sentence")
        return [Named(m, a.i)]

    def _crowd(self, verb: Token, code: str = "") -> list:
        """Protesters named by their number ("thousands protested in Belgrade", "hundreds of people
        joined protests in Tbilisi") are civilians (CVL) of the country where they protest."""
        from . import places

        # "LEIPZIG, Oct 9 - Some 70,000 people marched": a dateline the parser made a second subject is none
        # (the dateline is in the text's first 200 characters, inside its first 200 words: the whole text, built
        # for each crowd act, took an article's length times its acts)
        doc = verb.doc
        filed = places.dateline_end(doc_text(doc))   # (joined once per doc: nlp.doc_text)
        subj = [c for c in verb.children if c.dep_ == "nsubj" and c.idx >= filed]
        if not subj and verb.dep_ == "acl":
            subj = [verb.head]  # the parser's "Thousands [who] protested"
        # (miss0314) a peaceful protest (not a riot, 145: "youths who were throwing stones", "gang members who
        # stormed the town" keep their own doers) told in a relative clause on the crowd: "arrested dozens of people
        # who were protesting", "detained 14 people who had joined a rally", "people who had gathered to protest"
        demonstration = code[:2] in PROTEST_ROOTS and not code.startswith(RIOT_CODE)
        if not subj and demonstration and verb.dep_ in {"xcomp", "advcl"} and verb.head.dep_ == "relcl" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            verb = verb.head   # the gathering's or trying's subject protests
            subj = [c for c in verb.children if c.dep_ == "nsubj" and c.idx >= filed]
        if subj and demonstration and verb.dep_ == "relcl" and subj[0].lower_ in RELATIVE_PRONOUNS:
            subj = [verb.head]  # the antecedent
        node = verb
        while not subj and node.dep_ == "conj" and node.head.pos_ == "VERB" and not any(
                c.dep_ in {"nsubjpass", "expl"} for c in node.children):
            # "youths burned cars and threw fireworks at police": a conjoined verb shares its crowd subject
            node = node.head
            subj = [c for c in node.children if c.dep_ == "nsubj" and c.idx >= filed]
        if not subj:
            return []
        head = subj[0]
        words = {head.lower_, head.lemma_.lower()}
        if not (words & self.words.crowd_nouns or head.pos_ == "NUM"):
            return []
        if head.lower_ in self.words.named_crowd_nouns and self.actors_of(head):
            return []   # (protest44) "opposition supporters", "Sonko's supporters": their own words name them

        loc = places.event_location(verb.sent, verb)
        if loc is None and verb.dep_ == "acl":
            loc = places.event_location(verb.sent, verb.head)
        country = loc.country if loc is not None else None
        if not country:
            # "took to the streets of Belgrade", "marched through Leipzig", "rioted in Bamako's Kalaban Coura
            # district": the town of a place phrase of the verb's clause, or of its possessor
            for t in self._clause_tokens(verb):
                if t.dep_ != "pobj" or not (t.head.lower_ in self.words.crowd_place_preps or (
                        t.head.lower_ == "of" and t.head.head.lemma_.lower() in self.words.public_space_nouns)):
                    continue
                for w in [t, *(c for c in t.children if c.dep_ == "poss")]:
                    found = [m for m in self.actors_of(w) if m.kind in {"country", "capital", "city", "region", "place"}]
                    found = found or self._places_of(w, [])
                    if found and found[0].country:
                        country = found[0].country
                        break
                if country:
                    break
        if not country and demonstration:
            # (coerce51) a crowd that rallies where no place is told is of the one country the sentence's actors name
            # by their own words: "Belgrade saw one of the largest protests in Serbia's history as hundreds of
            # thousands rallied", "the Romanian prime minister ruled out ... as hundreds of thousands protested"
            named = {m.country for m in self.mentions if verb.sent.start <= m.start < verb.sent.end and m.country
                     and m.country_from not in {"sentence", "article"}}
            country = next(iter(named)) if len(named) == 1 else None
        if not country:
            return []
        m = Mention(start=head.i, end=head.i + 1, text=head.text, code=f"{country}CVL", country=country,
                    sector="CVL", name=None, kind="agent", head=head.i, country_from="sentence")
        return [Named(m, head.i)]

    def _localized(self, verb: Token, ms: list) -> list:
        """Sector-only actors with no country ("security forces", "protesters", "gunmen") belong to
        the country where the act takes place ("opened fire on protesters ... in Lagos" -> NGA)."""
        if not any(m is not None and m.country is None and m.sector and m.code == m.sector
                   and m.sector not in NO_LOCAL_SECTORS for m in ms):
            return ms
        from . import places

        if any(places.venue_of_meeting(o) for p in verb.children if p.dep_ == "prep" for o in p.children):
            return ms   # (dyad30) "the two presidents met in Geneva": the venue is no home of those who met there
        loc = places.event_location(verb.sent, verb)
        country = loc.country if loc is not None else None
        if country is None:
            # a town deeper in the clause: "at the Lekki toll gate in Lagos", "12 villagers in Zamfara"
            for t in self._clause_tokens(verb):
                if t.dep_ == "pobj" and t.head.lower_ in cue("town_preps") and not self.actors_of(t):
                    found = self._places_of(t, [])
                    if found:
                        country = found[0].country
                        break
        if country is None:
            country = self._bracketed_country(verb)
        if not country:
            return ms
        out = []
        for m in ms:
            if m is not None and m.country is None and m.sector and m.code == m.sector and m.sector not in NO_LOCAL_SECTORS:
                m = m.changed(country=country, code=country + m.code, country_from="sentence")
            out.append(m)
        return out

    def _rival_of_the_state(self, verb: Token, code: str, sources: list, targets: list) -> tuple[list, list]:
        """Talks, deals and mediation between a state and its challengers ("the Colombian government held talks
        with the rebels in Havana", "Norway hosted talks between the Venezuelan government and the opposition"):
        rebels or an opposition that no word of theirs places are that state's own, not the country of the
        venue, of the host or of the article. A mediator (045) is no party: only its targets are."""
        if code[:2] not in MEETING_ROOTS:
            return sources, targets
        parties = list(targets) if code[:3] == MEDIATION_CODE else list(sources) + list(targets)
        # (an organ named as such: "Israel and the militants" are most often of two countries)
        states = {m.country for m in parties if m is not None and m.country and not m.country_from
                  and m.sector in STATE_ORGAN_SECTORS}
        if len(states) != 1:
            return sources, targets
        country = next(iter(states))
        doc = verb.doc

        def placed(m: Named) -> bool:
            # "the rebels in Gaza", "opposition leaders from Aleppo": a place of their own phrase
            head = word_at(doc, m.head)
            return any(t.pos_ == "PROPN" and not m.start <= t.i < m.end for t in head.subtree)

        def own(ms: list, guessed: frozenset[str]) -> list:
            out = []
            for m in ms:
                if (m is not None and m.sector in DOMESTIC_RIVAL_SECTORS and m.country != country
                        and (m.country is None or m.country_from in guessed)
                        and m.code in {m.sector, f"{m.country}{m.sector}"} and not placed(m)):
                    m = m.changed(country=country, code=country + m.sector, country_from="sentence")
                out.append(m)
            return out

        placed_or_guessed = frozenset({"article", "place", "sentence"})
        if code[:3] == MEDIATION_CODE:
            return sources, own(targets, placed_or_guessed)
        # the counterpart of a state's act keeps the country of a place the sentence names: "Norwegian envoys
        # met rebel leaders in Kilinochchi" (Sri Lanka's); a co-party of the state does not ("Venezuela's
        # government and the opposition signed a roadmap in Barbados")
        return own(sources, placed_or_guessed), own(targets, frozenset({"article"}))

    def _state_counterpart(self, ms: list) -> list:
        """Parties of one act with a state ("the Colombian government and the rebels signed a ceasefire
        in Havana", "Sudan's government and rebel groups held talks in Juba"): rebels whose country no
        word of theirs names are that state's own, not the host country's of the venue."""
        states = {m.country for m in ms if m is not None and m.country and not m.country_from
                  and (m.sector is None or m.sector in STATE_ORGAN_SECTORS)}
        if len(states) != 1 or len(dedupe([m for m in ms if m is not None])) < 2:
            return ms
        country = next(iter(states))
        out = []
        for m in ms:
            if m is not None and m.sector in INSURGENT_SECTORS and m.country != country and (
                    m.country is None or m.country_from) and m.code in {m.sector, f"{m.country}{m.sector}"}:
                m = m.changed(country=country, code=country + m.sector, country_from="sentence")
            out.append(m)
        return out

    def _bracketed_country(self, verb: Token) -> str | None:
        """The country closing a place's bracketed region in the verb's clause: "dropped barrel bombs on
        Kafr Nabl (Idlib, Syria)", "abducted 30 villagers from Kuchi (Niger state, Nigeria)"; the last
        country named inside the brackets, when the brackets name one country."""
        clause = {t.i for t in self._clause_tokens(verb)}
        sent = verb.sent
        opened: int | None = None
        for t in tokens(sent):
            if t.text == "(":
                opened = t.i
            elif t.text == ")" and opened is not None:
                inside = [self.mention_at[i] for i in range(opened + 1, t.i) if i in self.mention_at
                          and (i in clause or word_at(self.doc, i).head.i in clause)]
                countries = {m.country for m in inside if m.kind == "country" and m.country}
                if len(countries) == 1:
                    return countries.pop()
                opened = None
        return None

    def _domestic_default(self, code: str, sources: list, verb: Token | None = None) -> list:
        """Acts aimed at one's own country when the sentence names no target: a protest by its
        people is aimed at their government ("80,000 Israelis rallied in Tel Aviv" -> ISRGOV);
        arrests, curfews and repression by its state at its people ("police arrested 25 people").
        (dyad30) Given the act's ``verb``, coercion done abroad is aimed at the people of the place where it is
        done ("Israeli forces bulldozed roads in Jenin refugee camp": PSECVL), and a ship seized with no flag
        or owner named is aimed at no one the sentence tells, not at the seizer's own people."""
        if len(sources) != 1 or not sources[0].country:
            return []
        s = sources[0]
        country = s.country
        if code[:2] in PROTEST_ROOTS and s.sector not in STATE_ORGAN_SECTORS:
            sector = "GOV"
        elif code in cue("eased_dissent_codes") and (
                s.sector in self.words.civilian_sectors or s.sector in cue("eased_dissent_sectors")):
            sector = "GOV"   # (short59) "the unions called off their strike": eased at their own government
        elif code[:2] == "17" and s.sector in STATE_ORGAN_SECTORS:
            sector = "CVL"
            if verb is not None:
                if self._vessel_object(verb):
                    return []
                abroad = self._act_country(verb)
                if abroad and abroad != country:
                    country = abroad
            if country == s.country and code in cue("whole_country_codes"):
                # (coerce36) martial law or a curfew at home is imposed on the country, not on its civilians
                return self._own_country_default(code, sources)
        else:
            return []
        return [Named(Mention(start=s.start, end=s.end, text=s.text, code=compose_code(country, sector), country=country,
                              sector=sector, name=None, kind="agent", head=s.head, country_from="sentence"))]

    @staticmethod
    def _own_country_default(code: str, sources: list) -> list:
        """(target33) An act that a state can only do in its own land (event_cues own_country_codes: martial law or
        a state of emergency declared or lifted, a curfew, a reform of its own institutions), with no target told,
        is aimed at its own country: "the Polish authorities lifted martial law" (POLGOV -> POL). Only for one
        source of a state's organs or a bare country; the country, with no sector, as the gold codes it."""
        if code not in cue("own_country_codes") or len(dedupe(sources)) != 1:
            return []
        s = sources[0]
        if not s.country or (s.sector is not None and s.sector not in STATE_ORGAN_SECTORS):
            return []
        return [Named(Mention(start=s.start, end=s.end, text=s.text, code=s.country, country=s.country,
                              sector=None, name=None, kind="country", head=s.head, country_from="sentence"))]

    @staticmethod
    def _vessel_object(verb: Token) -> bool:
        """The verb's object (a passive's subject, the noun a participle modifies) is a ship (data: sense_cues
        seized_vessel_nouns): "seized a tanker", "the tanker Stena Impero, seized by ...". """
        objs = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
        if not objs and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.i != verb.i:
            objs = [verb.head]
        nouns = lexicon.words("sense_cues", "seized_vessel_nouns")
        return any(h.lemma_.lower() in nouns or h.lower_ in nouns
                   for o in objs for h in (o, *(c for c in o.children if c.dep_ in {"compound", "appos"})))

    def _act_country(self, verb: Token) -> str | None:
        """The country of the place where the act was done, from the place the event is located at, else a town
        named in the verb's clause after a town preposition; None when no place is told."""
        from . import places

        clause = list(self._clause_tokens(verb))
        if any(places.names_frontier(t) for t in clause):
            return None   # "detained near the Indian border": the country named is across the line
        loc = places.event_location(verb.sent, verb)
        if loc is not None and loc.country:
            return loc.country
        return self._town_country(clause)

    def _grievance_default(self, verb: Token, code: str, sources: list) -> list:
        """A demand, rejection, criticism or threat of a country's own people who are no organ of its state
        (unions, students, civilians, the opposition) that names no one is aimed at their own government, as their
        protest is ("the labour congress demanded a reversal of the subsidy cut", "the opposition rejected the
        results"); not one aimed at a person its object names ("after accusing him of blasphemy")."""
        if code[:2] not in GRIEVANCE_ROOTS or len(sources) != 1 or not sources[0].country \
                or sources[0].sector not in AGGRIEVED_SECTORS:
            return []
        if any(c.dep_ in {"dobj", "dative", "iobj"} and (c.pos_ == "PRON" or c.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"})
               for c in verb.children):
            return []
        s = sources[0]
        return [Named(Mention(start=s.start, end=s.end, text=s.text, code=compose_code(s.country, "GOV"), country=s.country,
                              sector="GOV", name=None, kind="agent", head=s.head, country_from="sentence"))]

    def _property_owners(self, verb: Token, sources: list) -> list:
        """Destruction, looting or violence aimed at no one named, done to homes, shops, places of worship,
        vehicles or people travelling ("a mob torched houses in Khargone", "bulldozers demolished homes in
        the Jenin camp", "a roadside bomb hit a truck carrying miners in Tamanrasset province", "took 15
        passengers hostage near Bunia"): aimed at the country where those things are (its civilians),
        whoever did it (one's own village or a foreign one)."""
        if self.code_at.get(verb.i, "")[:2] not in PROPERTY_ROOTS:
            return []
        objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() != "fire"]
        # "set fire to homes", "opened fire on a bus": the thing the act lands on
        objects += [o for c in verb.children if c.dep_ == "prep" and c.i > verb.i and c.lower_ in cue("impact_preps") | {"to"}
                    for o in c.children if o.dep_ == "pobj"]
        # "took 15 passengers hostage": the people taken
        objects = [next((c for c in o.children if c.dep_ == "compound" and self._civilian_thing(c)), o) for o in objects]
        objects = [x for o in objects for x in (o, *(c for c in o.conjuncts if c.i > o.i))]
        if not objects or not all(self._civilian_thing(o) for o in objects):
            return []
        from . import places

        # the place named inside the object's phrase first ("houses belonging to Muslim families in
        # Khargone", "homes in the Tulkarem camp"), then where the act happened
        country = self._town_country(t for o in objects for t in o.subtree)
        if country is None:
            loc = places.event_location(verb.sent, verb)
            country = loc.country if loc is not None else None
        if country is None:
            country = self._town_country(self._clause_tokens(verb))
        if not country:
            return []
        head = objects[0]
        # the country itself, as for a town attacked ("shelled Kharkiv"): a riot stays a riot (145) when
        # rioters burn a market of their own town, aimed at their state
        m = Mention(start=head.i, end=head.i + 1, text=head.text, code=country, country=country,
                    sector=None, name=None, kind="place", head=head.i, country_from="sentence")
        return [Named(m, head.i)]


    def _town_country(self, words: Iterable[Token]) -> str | None:
        """The country of the first place named after a town preposition ("in", "near") among ``words``."""
        for t in words:
            if t.dep_ == "pobj" and t.head.lower_ in cue("town_preps") \
                    and t.lemma_.lower() not in cue("shared_border_nouns"):
                # (dyad46) "struck a wedding party near the Syrian border": a border is of both its sides
                found = [m for m in self.actors_of(t) if m.country and m.kind in {"country", "capital"}] \
                    or self._places_of(t, [])
                if found:
                    return found[0].country
        return None
    def _civilian_thing(self, tok: Token) -> bool:
        """A home, shop, place of worship, vehicle or people of no named actor (the things of civilian life
        violence or destruction lands on); an actor named on it is the target instead."""
        if self.actors_of(tok):
            return False
        lemma = tok.lemma_.lower()
        return lemma in self.words.community_property or lemma in CIVILIAN_SITES or lemma in CIVILIAN_VEHICLES \
            or lemma in self.words.mass_victim_nouns

    def _goods_maker(self, m: Named) -> bool:
        """A country named only as the maker of goods ("U.S. beef imports", "the import of Ukrainian grain"):
        the word naming it modifies, directly or through a compound, a goods noun."""
        if m.kind not in {"country", "capital"} or m.head is None:
            return False
        tok = word_at(self.doc, m.head)
        while tok.dep_ in {"amod", "compound", "nmod", "poss"} and tok.head.i != tok.i:
            tok = tok.head
            if tok.lemma_.lower() in cue("goods_nouns"):
                return True
        return False

    def _crowd_country(self, crowd: Named) -> Named:
        """A crowd's protest with no target named is aimed at its country, as "demonstrated in Serbia" is."""
        assert crowd.country is not None, "a crowd is of the country where it protests (_crowd)"
        return Named(Mention(start=crowd.start, end=crowd.end, text=crowd.text, code=crowd.country, country=crowd.country,
                             sector=None, name=None, kind="country", head=crowd.head))

    def _home_targets(self, cands: list) -> None:
        """An act done only at home (event_words ``home_codes``: a curfew, martial law, a state of emergency, a
        leader resigning, fleeing or removed) is aimed at the actor's own country: a target of another country,
        or none, becomes that country ("declared martial law and accused Azerbaijan of shelling", "resigned
        and fled to India", "announced his resignation from Riyadh"). A target of its own country stays (its
        people, parliament or army: "resigned after weeks of protests")."""
        for c in cands:
            src = c.source
            if src is None or not src.country or src.sector in NO_LOCAL_SECTORS \
                    or c.code not in self.words.home_codes:
                continue
            if c.target is not None and c.target.country == src.country:
                continue
            home = src.country
            if c.code[:3] == "172" and src.sector in STATE_FORCES:
                # (dyad30) a curfew or martial law a state's forces impose where they hold another country's land
                # ("the army imposed a curfew on Nablus"): aimed at that country, the place of the act
                abroad = self._act_country(c.trigger)
                if abroad and (c.target is None or c.target.country == abroad):
                    home = abroad
            c.target = Named(Mention(start=src.start, end=src.end, text=src.text, code=home, country=home,
                                     sector=None, name=None, kind="country", head=src.head))
            c.tokens = evidence(c.trigger, c.source, c.target)

    def _rallied_against(self, cands: list) -> None:
        """(verbal52) A call that rallies opposition (113: "called on the armed forces to rise up against Maduro",
        "urged voters to boycott the polls", "called a general strike") is aimed at the authority risen against, not at
        the people called on: with no one named, or only the caller's own people (its army, voters, supporters), it is
        the caller's own government; one named after "against", or of another country ("called on Turks to boycott
        American goods"), stays."""
        for c in cands:
            src, t = c.source, c.target
            # (strike58) and so is the strike called beside the call (sentence._strike_call_events: its pattern)
            if (c.code != "113" and not c.pattern.endswith("<strike>")) or src is None or not src.country \
                    or src.sector in NO_LOCAL_SECTORS:
                continue
            if t is not None and (t.country != src.country or t.sector == "GOV"):
                continue
            if t is not None and t.word is not None:
                tok = word_at(c.trigger.doc, t.word)
                if tok.dep_ == "pobj" and tok.head.lower_ == "against":
                    continue
            c.target = Named(Mention(start=src.start, end=src.end, text=src.text, code=compose_code(src.country, "GOV"),
                                     country=src.country, sector="GOV", name=None, kind="agent", head=src.head,
                                     country_from="sentence"))
            c.tokens = evidence(c.trigger, c.source, c.target)

    def _domestic_refusals(self, cands: list) -> None:
        """(reject44) A rejection (12x) aimed at no one told, by one actor of a country, that turns down a vote of its
        own country (event_cues domestic_refusal_nouns in what is refused: "refused to recognise the election results",
        "rejected calls for a new election", "annulled the first round of the presidential election") or a change of
        its own leadership (domestic_refusal_codes: "said he would not resign") is aimed at that country, as its
        people's own vote is theirs; not when what is refused names an actor of another country ("would not recognise
        the result of Russia's vote in Crimea": that is the rules' to aim)."""
        nouns, codes = cue("domestic_refusal_nouns"), cue("domestic_refusal_codes")
        for c in cands:
            src = c.source
            if src is None or not src.country or src.sector in NO_LOCAL_SECTORS \
                    or c.code[:2] != "12" or c.modality != modality.ASSERTED or c.nominal:
                continue
            refused = [t for k in c.trigger.children if k.dep_ in {"dobj", "xcomp", "nsubjpass"} for t in k.subtree]
            if c.target is None and src.sector in DOMESTIC_RIVAL_SECTORS:
                # a rival of the state refuses the state whatever it turns down ("the rebels said they would not lay
                # down their arms", "the opposition said it would not attend the conference"): its own government,
                # as a grievance of its people is (_grievance_default)
                c.target = Named(Mention(start=src.start, end=src.end, text=src.text, code=compose_code(src.country, "GOV"),
                                         country=src.country, sector="GOV", name=None, kind="agent", head=src.head,
                                         country_from="sentence"))
                c.tokens = evidence(c.trigger, c.source, c.target)
                continue
            if c.code not in codes and not any(t.lemma_.lower() in nouns for t in refused):
                continue
            if c.target is not None and not self._told_elsewhere(c.trigger, c.target, src, refused):
                continue
            if any(m.country and m.country != src.country for t in refused for m in self.actors_of(t)):
                continue
            c.target = Named(Mention(start=src.start, end=src.end, text=src.text, code=src.country, country=src.country,
                                     sector=None, name=None, kind="country", head=src.head))
            c.tokens = evidence(c.trigger, c.source, c.target)

    def _home_refusals(self, cands: list) -> None:
        """(ask58) A rejection (12x) still aimed at no one, by an actor of a country, in a sentence that names no actor
        of another country and no word of a request from outside it (event_cues outside_request_words: "international
        demands", "third-party mediation", "foreign troops") answers its own country: the opposition's demands, a
        court's order, a union's wage claim, a policy of its own kept ("Zambia's election commission turned down
        opposition requests to extend voting hours", "the government said it would not back down on ending the diesel
        subsidy", "the president refused to approve an ordinance"), as the gold set aims them (at the country)."""
        outside = cue("outside_request_words")
        for c in cands:
            src = c.source
            if c.target is not None or src is None or not src.country or src.sector in NO_LOCAL_SECTORS \
                    or c.code[:2] != "12" or c.modality != modality.ASSERTED:
                continue
            sent = c.trigger.sent
            if any(t.lower_ in outside or t.lemma_.lower() in outside for t in sent):
                continue
            if any((m.country and m.country != src.country) or m.code[:3] in cue("outside_actor_codes")
                   for m in self.mentions if sent.start <= m.start < sent.end):
                continue   # another state, or a body above states ("even though the WTO had ruled against it")
            if any(m.country and m.country != src.country for i, ms in self.pronouns.items()
                   if sent.start <= i < sent.end for m in ms):
                continue
            if self._refused_unowned(c.trigger, sent.start > 0):
                continue
            if any(k.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in cue("bare_refusal_time_marks")
                                             for g in k.children) for k in c.trigger.children):
                continue   # "would not take part in talks while the RSF kept its fighters in homes": held on a condition
            c.target = Named(Mention(start=src.start, end=src.end, text=src.text, code=src.country, country=src.country,
                                     sector=None, name=None, kind="country", head=src.head))
            c.tokens = evidence(c.trigger, c.source, c.target)

    def _refused_unowned(self, trigger: Token, later: bool) -> bool:
        """(ask58) What a refusal turns down names no one it could come from at home: a demand or a call with no owner
        of its own ("ignored repeated demands to reopen the universities": event_cues rejected_demand_nouns with no
        possessive, compound or "from"/"by" phrase), whose maker is not told; or, after the first sentence, a definite
        act noun that points back to another's act told before ("South Africa rejected the offer": coref act_nouns,
        which the article's act referents aim)."""
        from .coref import words as coref_words

        objs = [o for k in (trigger, *[x for x in trigger.children if x.dep_ == "xcomp"]) for o in k.children
                if o.dep_ in {"dobj", "nsubjpass"}]
        for o in objs:
            lemma = o.lemma_.lower()
            if lemma in cue("rejected_demand_nouns") and not any(
                    k.dep_ in {"poss", "compound", "nmod"} or (k.dep_ == "prep" and k.lower_ in {"from", "by"})
                    or (k.dep_ == "amod" and k.i in self.mention_at) for k in o.children):
                return True
            if later and (lemma in coref_words()["act_nouns"] or o.lower_ in coref_words()["act_nouns"]) and any(
                    k.dep_ == "det" and k.lower_ in {"the", "this", "that", "these", "those"} for k in o.children):
                return True
        return False

    def _told_elsewhere(self, trigger: Token, target: Named, src: Named, refused: list[Token]) -> bool:
        """(reject44) ``target`` of a refused vote is another country's actor named only in another clause than the
        refusal's own words ("annulled the first round of the election after files showed a Russian-backed campaign",
        "ruled out a new election, and Putin said ..."): the cause or the next act, not whom the refusal answers."""
        if not target.country or target.country == src.country:
            return False
        at = target.word if target.word is not None else target.head
        if at is None:
            return False
        tok = word_at(self.doc, at)
        if any(t.i == tok.i for t in refused):
            return False
        # the clause that names it tells a vote itself ("thousands marched against Maduro's disputed re-election, and
        # Canada said it would not recognise the result"): the vote refused may be that one, of the other country
        clause = tok
        while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
            clause = clause.head
        inside = {t.i for t in trigger.subtree}
        if any(t.i not in inside and t.lemma_.lower() in cue("domestic_refusal_nouns") for t in clause.subtree):
            return False
        if tok.sent.start != trigger.sent.start:
            return True
        # (a participle aside restates the refusal: "would not step down, rejecting calls from Chad to resign"; a clause
        # with a conjunction tells its cause or its time: "after files showed a Russian-backed campaign")
        own = {t.i for k in trigger.children if k.dep_ not in {"conj", "parataxis", "ccomp", "npadvmod"} and not (
               k.dep_ == "advcl" and any(m.dep_ == "mark" for m in k.children)) for t in k.subtree}
        return tok.i not in own and tok.i != trigger.i

    def _alert_forces(self, cands: list) -> None:
        """(threat43) A raised alert (event_words ``alert_codes``) is the posture of the force put on alert: a police
        or armed force (taxonomy state_force) of the source's own country, the object or passive subject of the
        alerting verb ("Serbia put its army on high alert", "the Thai army was put on full alert"), becomes the
        source; the one feared, a state or one of its organs, is aimed at as its country ("after North Korean
        artillery shelled the island": PRK); the force itself is no target."""
        for c in cands:
            src = c.source
            if src is None or not src.country or c.code not in self.words.alert_codes:
                continue
            forces = [m for k in c.trigger.children if k.dep_ in {"dobj", "nsubjpass"}
                      for m in self.actors_of(k) if m.country == src.country and m.sector in STATE_FORCES]
            if forces and not same_actor(forces[0], [src]):
                c.source = forces[0]
            t = c.target
            if t is not None and t.country == src.country:
                c.target = None
            elif t is not None and t.country and t.sector is not None and t.code != t.country \
                    and (t.sector in STATE_FORCES or t.sector in STATE_ORGAN_SECTORS):
                c.target = t.changed(code=t.country, sector=None, kind="country")
            c.tokens = evidence(c.trigger, c.source, c.target)

    def _casualty_targets(self, cands: list) -> None:
        """(assault41) An assault aimed only at a place ("a bomb exploded at a bar in Gitega", "a suicide bomber blew
        himself up in a market in Kano") whose clause names the people it killed or wounded ("..., killing nine
        customers", "killed 30 worshippers", "six people were killed when ...") is aimed at them: their own sector
        when the dictionaries give one ("two officers": COP), else the place's civilians (CVL) for people of no
        sector ("nine people", "dozens", "20"; event_cues casualty_civilian_nouns), as the gold README codes people
        killed or hurt who are civilians."""
        for c in cands:
            t = c.target
            if t is None and c.code[:2] in VIOLENT_ROOTS:
                self._unaimed_casualties(c)
                continue
            if t is None or c.code[:2] not in CASUALTY_TARGET_ROOTS or t.sector is not None or not t.country \
                    or t.kind not in PLACE_KINDS:
                continue
            sectors = [self._casualty_sector(v, t.country) for v in self._casualties_named(c.trigger)]
            sectors += [self._site_sector(c.trigger, t.country)]
            sector = next((x for x in sectors if x), None)
            if sector:
                c.target = t.changed(code=compose_code(t.country, sector), sector=sector, kind="agent")
                c.tokens = evidence(c.trigger, c.source, c.target)
                for claim in cands:
                    # a claim of the act takes its target ("..., and al-Shabaab claimed responsibility for the blast")
                    if claim.code in self.words.claim_codes and claim.target is not None and claim.target.code == t.code:
                        claim.target = c.target
                        claim.tokens = evidence(claim.trigger, claim.source, claim.target)

    def _home_rebels_abroad(self, cands: list, sent_start: int, sent_end: int) -> None:
        """(target51) "Turkish warplanes bombed Kurdish rebel camps in northern Iraq" beside the PKK, "Turkish troops
        crossed into northern Iraq in pursuit of Kurdish rebels after warplanes pounded PKK positions": an act of
        force by a state whose sentence names an armed group of that state's own rebels (the dictionaries' group coded
        its country's REB: the PKK, TURREB) falls on those rebels, not on the neighbour where it is done, when its
        target is only that neighbour (a country named as the place) or rebels of no group whom the place gave the
        neighbour's country (gold README: strikes on anti-government militants in a neighbour target the militants'
        own REB code, not the neighbour). A target of its own words (the neighbour's army, Hezbollah) stays."""
        from .actors import ActorDictionary

        groups: dict[str, Mention] = {}
        for m in self.mentions:
            if not sent_start <= m.start < sent_end or not m.country or m.code != compose_code(m.country, "REB"):
                continue
            entry = ActorDictionary.default().lookup(m.name) if m.name else None
            if entry is not None and entry.kind == "organization":
                groups.setdefault(m.country, m)
        if not groups:
            return
        for c in cands:
            src, t = c.source, c.target
            if c.code[:2] not in VIOLENT_ROOTS or c.code.startswith(BLOCKADE_CODE) or src is None or t is None \
                    or not src.country or src.country not in groups or not t.country or t.country == src.country:
                continue   # (a border closed is no strike on the rebels)
            if src.sector is not None and src.sector not in STATE_FORCES and src.sector not in STATE_ORGAN_SECTORS:
                continue   # the state's own forces or government, not its rebels or people
            if c.trigger.lemma_.lower() in cue("border_crossing_verbs"):
                continue   # "crossed into Honduras chasing Contra rebels": the crossing is at the neighbour (gold README)
            if any(d is not c and d.trigger.i == c.trigger.i and d.target is not None  # same object: not a token
                   and d.target.country != t.country for d in cands):
                continue   # "raided ANC targets in Zimbabwe, Zambia and Botswana": the lands listed are the targets
            word = t.word if t.word is not None else t.mention.head
            where = c.trigger.doc[word]
            # the neighbour named as where the act is done ("into northern Iraq", "near Sulaymaniyah"), not as what it
            # strikes ("shot down a cargo plane" of the United States, "a South African assault")
            bare_land = t.sector is None and t.kind in PLACE_KINDS and (
                t.kind in {"city", "region", "place"}
                or (where.dep_ == "pobj" and where.head.lower_ in PLACE_PREPS_OF_ACTS))
            placed_rebels = t.sector == "REB" and t.code == compose_code(t.country, "REB") \
                and t.mention.country_from not in {"", None}
            if bare_land or placed_rebels:
                group = groups[src.country]
                c.target = Named(group, group.head)
                c.tokens = evidence(c.trigger, c.source, c.target)

    def _unaimed_casualties(self, c: Candidate) -> None:
        """(target51) "A Malian drone strike hit a wedding in Hombori, killing at least 20 people", "government helicopters
        dropped barrels of toxic gas on residential buildings in Douma, killing dozens": an assault aimed at no one (a town of the doer's own
        country is no target of its act) whose clause names the people it killed or wounded is aimed at them, of the
        country of the place where it was done (gold README: people killed or hurt who are civilians are CVL of their
        country), as _casualty_targets aims one told at a place."""
        from . import places   # the gazetteer is built once per process, on first need

        victims = self._casualties_named(c.trigger)
        if not victims:
            return
        loc = places.event_location(c.trigger.sent, c.trigger, object_is_place=True)
        if loc is None:
            # "dropped barrels on residential buildings in Douma": a place phrase on the act's own words, nearest first,
            # not in a clause of its own below it
            clause = places._clause_of(c.trigger)
            gazetteer = places.Gazetteer.default()
            preps = sorted((p for p in c.trigger.subtree if p.dep_ == "prep" and p.lower_ in places.LOCATIVE_PREPS
                            and p.lower_ != "from" and places._clause_of(p).i == clause.i),
                           key=lambda p: abs(p.i - c.trigger.i))
            for p in preps[:4]:
                loc = places._place_of(p, gazetteer, gazetteer.countries_in(c.trigger.sent))
                if loc is not None:
                    break
        if loc is None or not loc.country or len(loc.country) != 3:
            return
        sector = next((s for s in (self._casualty_sector(v, loc.country) for v in victims) if s), None)
        if sector is None:
            return
        target = Named.agent_at(victims[0], loc.country, sector)
        if c.source is not None and own_side(target, [c.source]):
            return   # "jihadists clashed with troops, who said they had killed 20 of them": no act on one's own
        c.target = target
        c.tokens = evidence(c.trigger, c.source, c.target)

    @staticmethod
    def _beneficiary_targets(cands: list) -> None:
        """(target51) "The UN appealed for $12 million in emergency aid for Cambodians hit by floods", "UNICEF appealed
        for $40 million to feed children displaced by the war in Mozambique": an appeal for aid (023) is aimed at
        whom it asks (its object, "appealed to donors", "asked Russia to help"), not at the people or the land the aid
        would help, named in a "for" phrase of the aid or in the purpose clause of the appeal (gold README: an appeal
        to the world for aid is 023 with no target, the recipient named or not). A target named there is dropped."""
        for c in cands:
            if not c.code.startswith(AID_APPEAL_CODE) or c.target is None:
                continue
            word = c.target.word if c.target.word is not None else c.target.mention.head
            tok = c.trigger.doc[word]
            if tok.i == c.trigger.i or c.trigger.i not in {a.i for a in tok.ancestors}:
                continue   # named outside the appeal: the other rules' choice
            node, beneficiary = tok, False
            while node.i != c.trigger.i:
                head = node.head
                if node.dep_ in {"xcomp", "advcl", "acl", "relcl"} and node.pos_ in {"VERB", "AUX"} \
                        and any(a.dep_ == "aux" and a.lower_ == "to" for a in node.children) \
                        and not any(s.dep_ in {"nsubj", "nsubjpass"} for s in node.children):
                    beneficiary = True   # "to feed children displaced ...": whom the aid is for ("asked Russia to help" is
                    break                # the appeal's object, above this clause)
                if node.dep_ == "prep" and node.lower_ == "for" and head.pos_ == "NOUN" and head.i != c.trigger.i:
                    beneficiary = True   # "emergency aid for Cambodians"
                    break
                node = head
            if beneficiary:
                c.target = None
                c.tokens = evidence(c.trigger, c.source, None)

    def _site_sector(self, trigger: Token, country: str) -> str | None:
        """The sector of an actor the site of an act names ("exploded at a police station", "outside an army base"):
        the people of the site are whom the act is aimed at."""
        for p in trigger.children:
            if p.dep_ == "prep" and p.lower_ in cue("site_preps"):
                for o in p.children:
                    named = [m for m in self.actors_of(o) if m.sector and m.kind == "agent"
                             and m.country in {None, country}] if o.dep_ == "pobj" else []
                    if named:
                        return named[0].sector
        return None

    def _casualties_named(self, trigger: Token) -> list[Token]:
        """The words naming the people an act killed or wounded, in its own clause: the object of a casualty
        participle ("..., killing nine customers"), of the act's own killing verb ("killed nine people"), of the
        verb the act is the subject of ("a suicide attack on a mosque killed 30 worshippers"), or the subject of
        the harm told in the clause the act is a when/as clause of ("six people were killed when a bomb went off")."""
        w = self.words
        out: list[Token] = []
        for c in trigger.children:
            if c.dep_ in {"advcl", "conj", "xcomp"} and c.tag_ == "VBG" and c.lemma_.lower() in w.casualty_verbs:
                out.extend(o for o in c.children if o.dep_ == "dobj")
        if trigger.pos_ == "VERB" and trigger.lemma_.lower() in w.casualty_verbs:
            out.extend(o for o in trigger.children if o.dep_ in {"dobj", "nsubjpass"})
        head = trigger.head
        if trigger.dep_ == "nsubj" and head.pos_ == "VERB" and head.lemma_.lower() in w.casualty_verbs:
            out.extend(o for o in head.children if o.dep_ == "dobj")
        if trigger.dep_ == "advcl" and head.pos_ == "VERB" and head.lemma_.lower() in w.harm_verbs:
            out.extend(o for o in head.children if o.dep_ in {"nsubjpass", "nsubj"})
        return out

    def _casualty_sector(self, v: Token, country: str) -> str | None:
        """The sector of the people ``v`` names as killed or wounded in ``country``: a sector the dictionaries give
        them, else CVL for a noun of people of no sector or a bare count ("killing 24", "wounding dozens")."""
        if v.lower_ in self.words.mass_quantity_words or v.pos_ == "NUM":
            # "dozens of worshippers", "24 of them": the people counted, else the count alone
            inner = [o for p in v.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
            if not inner:
                return "CVL" if not any(c.dep_ in {"acl", "relcl", "appos"} for c in v.children) else None
            v = inner[0]
        named = [m for m in self.actors_of(v) if m.sector]
        if named:
            m = named[0]
            return m.sector if (m.country is None or m.country == country) and m.kind == "agent" else None
        lemma = v.lemma_.lower()
        if lemma in cue("casualty_police_nouns"):
            return "COP"
        return "CVL" if lemma in cue("casualty_civilian_nouns") else None

    def _unidentified_attacker(self, verb: Token, passive: bool) -> list:
        """Violence with no named perpetrator ("a roadside bomb killed two soldiers", "were killed by
        an explosive device") is coded, as CAMEO does, to unidentified armed forces (UAF) of the
        country where it happened."""
        if passive:
            agent = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
            # "were killed in a car bombing": the means stands in a prepositional phrase
            agent += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in cue("means_preps")
                      for p in c.children if p.dep_ == "pobj"]
            if not agent:
                # "a grenade was hurled at a police post": the weapon thrown stands for its unknown thrower
                thrown = [c for c in verb.children if c.dep_ == "nsubjpass"
                          and c.lemma_.lower() in self.words.bombing_doers]
                if not thrown:
                    # (sides39) "Iranian missiles were fired at a US base": a weapon used with no launcher named is
                    # its owner's, when its own modifier names a state or armed men
                    return self._used_weapon_owners(verb)
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
            counted = [o for o in of_nouns(subject) if o.pos_ == "NOUN"]
            if counted and subject.lemma_.lower() in lexicon.words("actor_cues", "people_counts") \
                    and counted[0].lemma_.lower() in self.words.violent_means:
                # (miss18) "thousands of pagers exploded", "dozens of rockets hit": the things counted are the
                # means, not a crowd of people
                subject = counted[0]
        if subject.lemma_.lower() not in self.words.violent_means or plain_vehicle(subject):
            return []
        launcher = self._launcher(subject)
        if launcher:
            return launcher
        if not passive and verb.tag_ == "VBN":
            # (fight35) "Rockets fired by Hezbollah struck a depot": the parser may make the participle that hangs
            # on the weapon the main verb, with the weapon its subject; the actor named after "by" fired it
            launcher = [m for c in verb.children if c.dep_ in {"prep", "agent"} and c.lower_ == "by" and c.i > subject.i
                        for o in c.children if o.dep_ == "pobj" for m in self.actors_of(o)]
            if launcher:
                return launcher
        # "a raid on a village by Nigerian soldiers killed eleven", "were killed in an attack by rebels":
        # the doer named after "by" is no unidentified attacker
        doers = [m for o in doer_phrases(subject) for m in self.actors_of(o)]
        doers = doers or [m for o in origin_phrases(subject) for m in self.actors_of(o) if m.sector in ARMED_SECTORS]
        if doers:
            return doers   # (fight38) or the armed force the fire came from: "gunfire from Israeli troops wounded two"
        if not passive:
            # (sources20) "a Russian missile strike on a market killed twelve": the attack's own modifier, on the
            # means before it ("Russian missile"), names the state or armed men who attacked
            owners = self._modifier_owners(_front_modifiers(subject))
            if owners:
                return owners
        from . import places

        loc = places.event_location(verb.sent, verb)
        country = loc.country if loc else None
        if country is None:  # else the country of a place named in the sentence
            places_named = [m for m in self.mentions if verb.sent.start <= m.start < verb.sent.end
                            and m.kind in {"country", "capital"} and m.country]
            country = places_named[0].country if places_named else None
        m = Mention(start=subject.i, end=subject.i + 1, text=subject.text, code=f"{country or ''}UAF",
                    country=country, sector="UAF", name=UNNAMED_FORCES, kind="agent", head=subject.i)
        return [Named(m, subject.i)]

    def _used_weapon_owners(self, verb: Token) -> list:
        """The state or armed men a weapon's modifier names ("Iranian missiles", "Hezbollah rockets"), when the
        weapon is the subject of a passive verb of using it (event_cues instrument_verbs: "were fired at", "were
        dropped on"); not the maker of the weapon ("Russian-made", "Iranian-built" name no one who fired it)."""
        if verb.lemma_.lower() not in cue("instrument_verbs"):
            return []
        for weapon in (c for c in verb.children if c.dep_ == "nsubjpass"):
            if weapon.lemma_.lower() not in self.words.violent_means or plain_vehicle(weapon):
                continue
            mods = _front_modifiers(weapon)
            if any(t.lower_ in {"made", "built", "designed", "supplied", "produced"} or t.text == "-" for m in mods
                   for t in (m, *m.children)):
                continue
            return self._modifier_owners(mods)
        return []

    def _modifier_owners(self, mods: list[Token]) -> list:
        """The states and armed men that modifiers of a weapon or an attack name ("Russian missile", "Hezbollah")."""
        return [m for c in mods for m in self.actors_of(c) if m.kind == "country" or m.sector in ARMED_SECTORS]

    def _intercepted_launch(self, verb: Token, sources: list) -> tuple[list, list] | None:
        """ "Ukrainian air defences shot down 30 of the 40 drones launched by Russia": shooting down
        weapons is no act of the defender; their launcher attacked the defender's country. (sources,
        targets) of that attack, or None."""
        if verb.lemma_.lower() not in cue("interception_verbs") or not sources or not all(s.country for s in sources):
            return None
        for o in intercepted_objects(verb):
            if not self._downed_weapon(o) or self.intercepted_craft(o, sources):
                continue
            launchers = [m for m in self._launcher(o) if m.country and all(m.country != s.country for s in sources)]
            if not launchers:
                # "27 of 36 Russian drones": the weapon's own modifier
                launchers = self._owners_named(o, lambda m: bool(m.country) and all(m.country != s.country for s in sources))
            if launchers:
                # "missiles fired by the Houthis toward commercial vessels": the launch has its own aim
                aims = [o2 for acl in o.children if acl.dep_ == "acl" for p in acl.children
                        if p.dep_ == "prep" and p.lower_ in cue("impact_preps") | {"toward", "towards"}
                        for o2 in p.children if o2.dep_ == "pobj"]
                if aims:
                    # a vessel or town named by its own country; a country guessed from the sentence is none
                    aimed = [m for a in aims for m in self.actors_of(a) if m.country and m.country_from in {"", "place"}]
                    aimed = aimed or [m for a in aims for m in self._places_of(a, launchers)]
                    return launchers, aimed[:1]
                return launchers, [_as_place(sources[0])]
        return None

    def _downed_weapon(self, o: Token) -> bool:
        """A weapon, or a series of weapons named by its compound (review44: "shot down a Russian drone swarm launched at
        Kyiv", event_cues series_nouns): its launcher, not the one who downs it, made the attack."""
        if o.lemma_.lower() in self.words.violent_means:
            return True
        return o.lemma_.lower() in lexicon.words("event_cues", "series_nouns") and any(
            c.dep_ == "compound" and c.lemma_.lower() in self.words.violent_means for c in o.children)

    def _downed_launch(self, verb: Token, sources: list) -> tuple[list, list, Token] | None:
        """(fight36) Weapons shot down or intercepted, told in the passive with the defender as the by-agent ("nearly
        all of which were shot down by Jordanian air defences", "a missile shot down by Ukraine", "it was intercepted
        by a US destroyer"): as in the active (``_intercepted_launch``), the interception is no act of the defender.
        The launcher the weapon's own words name attacked the defender's country: (sources, targets, weapon) of that
        attack; no launcher named (or a weapon told by a pronoun, whose launch its own clause tells): ([], [],
        weapon), no act. None when no weapon is downed; ONE craft of another state shot down (``intercepted_craft``:
        "an American drone was shot down by Iran") stays the defender's force."""
        lemma = verb.lemma_.lower()
        if lemma not in cue("interception_verbs") or not sources or not all(s.country for s in sources):
            return None
        if lemma == "shoot" and not any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children):
            return None   # "was shot by a sniper": a shooting, not an interception
        weapons = self.words.weapon_nouns | cue("intercepted_craft")
        for p in downed_patients(verb):
            told = None
            if p.pos_ == "PRON" or p.lower_ in RELATIVE_PRONOUNS:
                # "it", "they", "which": the nearest weapon told before it in the sentence
                told = next((t for t in reversed(list(verb.sent)) if t.i < p.i and t.pos_ == "NOUN"
                             and t.lemma_.lower() in weapons), None)
                if told is None:
                    continue
            weapon = told if told is not None else p
            if weapon.lemma_.lower() not in weapons:
                continue
            if self.intercepted_craft(weapon, sources):
                return None
            if told is not None:
                return [], [], weapon

            def foreign(m: Named) -> bool:
                return bool(m.country) and all(m.country != s.country for s in sources)

            launchers = [m for m in self._launcher(weapon) if foreign(m)] or self._owners_named(weapon, foreign)
            return (launchers, [_as_place(sources[0])], weapon) if launchers else ([], [], weapon)
        return None

    def intercepted_craft(self, craft: Token, sources: list) -> list:
        """ "Russian jets intercepted a US drone", "Iran shot down an American drone": ONE craft
        (data: intercepted_craft) of another state, with no launcher named, flew on its own errand; its
        interception is the interceptor's force against the owner (returned), not the owner's attack.
        Counted craft ("8 Russian drones", "30 of the 40 drones") or ones "launched by" someone: []."""
        if craft.lemma_.lower() not in cue("intercepted_craft") or craft.tag_ != "NN" or self._launcher(craft):
            return []
        if any(c.dep_ == "nummod" for c in craft.children) or (craft.dep_ == "pobj" and craft.head.lower_ == "of"):
            return []
        if not sources or not all(s.country for s in sources):
            return []
        # a state's craft: an armed group's drone is its weapon ("a Houthi drone")
        return self._owners_named(craft, lambda m: bool(m.country) and m.sector not in INSURGENT_SECTORS
                                  and all(m.country != s.country for s in sources))

    def _owners_named(self, thing: Token, keep: Callable[[Named], bool]) -> list:
        """The actors ``keep`` accepts that a weapon's or craft's own words name, else those that modify its
        model's name ("15 Russian Shahed drones", "an American Global Hawk drone")."""
        return [m for m in self.actors_of(thing) if keep(m)] or [
            m for c in thing.children if c.dep_ == "compound" for m in self.actors_of(c) if keep(m)]

    def _launcher(self, weapon: Token) -> list:
        """Who launched the weapon that struck: "a drone launched by Houthi rebels", "a car bomb
        planted by ELN guerrillas", "a missile fired from an Argentine aircraft"."""
        # (dyad29) "dozens of shells fired from North Korean batteries": the participle may hang on the count the
        # weapon is "of"; and a participle after its noun is one whatever tag the parser gave it ("a missile fired
        # from an Argentine aircraft" tagged as a past tense)
        count = weapon.head.head if weapon.dep_ == "pobj" and weapon.head.lower_ == "of" else None
        for acl in [*weapon.children, *(count.children if count is not None else [])]:
            if acl.dep_ != "acl" or acl.tag_ not in {"VBN", "VBD"} or acl.i < weapon.i \
                    or acl.lemma_.lower() in cue("holder_participles"):
                continue
            for c in acl.children:
                if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "from"):
                    for o in c.children:
                        if o.dep_ == "pobj":
                            found = [m for m in self.actors_of(o) if m.country or m.sector in ARMED_SECTORS]
                            if found:
                                return found
        return []

    def _domestic_target(self, verb: Token, sources: list) -> list:
        """A state's curfew, crackdown or concession in a place of its own country is aimed at that
        country's people ("imposed a curfew in Cizre", "lifted the state of emergency in Darfur")."""
        state = [s for s in sources if s.country and s.sector in STATE_ORGAN_SECTORS]
        if not state:
            return self._property_owners(verb, sources)
        from . import places

        loc = places.event_location(verb.sent, verb)
        if loc is None or loc.country is None or loc.country != state[0].country:
            return self._property_owners(verb, sources)
        m = Mention(start=verb.i, end=verb.i + 1, text=loc.name, code=loc.country, country=loc.country,
                    sector=None, name=loc.name, kind="country", head=verb.i)
        return [Named(m)]

    def _protest_answered(self, verb: Token, sources: list) -> list:
        """A state's or leader's concession or refusal in a sentence that names the protests it answers
        ("resigned and fled after weeks of student protests", "refused to step down despite protests",
        "withdrew the bill that sparked months of protests") is aimed at the protesters: civilians of the
        source's country. The protest may hang on a conjoined or governing verb of the same act."""
        if len(dedupe(sources)) != 1 or not sources[0].country or sources[0].sector in self.words.civilian_sectors \
                or sources[0].sector in INSURGENT_SECTORS:
            return []
        top = verb
        while top.dep_ in {"conj", "xcomp"} and top.head.i != top.i:
            top = top.head
        for t in top.subtree:
            if t.pos_ != "NOUN" or any(a.dep_ in {"ccomp", "parataxis"} for a in t.ancestors if a.i != top.i
                                       and top.i in {x.i for x in a.ancestors}):
                continue  # "said protests would not change the decision": a reported clause is not the act's cause
            match = self.verbs.match_noun(t.lemma_.lower(), [])
            if match is not None and match.code and match.code[:2] in PROTEST_ROOTS:  # protests, unrest, riots
                s = sources[0]
                m = Mention(start=t.i, end=t.i + 1, text=t.text, code=compose_code(s.country, "CVL"), country=s.country,
                            sector="CVL", name=None, kind="agent", head=t.i, country_from="sentence")
                return [Named(m, t.i)]
        return []

    def _responsibility_targets(self, cands: list) -> None:
        """A claim of responsibility is aimed at the target of the act it is about, when that act is coded in
        its clause as the claimant's own ("claimed the bombing that killed Kenyan soldiers": at Kenya). A
        denial (016) is aimed at its accuser (``_accusers``) and at no one when none is named: "denied using
        chemical weapons in Khan Sheikhoun" is not aimed at Syria (gold README; measured: tune type+dyad
        0.688 -> 0.690, b716 tune 0.642 -> 0.644)."""
        for c in cands:
            if c.code not in self.words.responsibility_codes or c.source is None:
                continue
            if c.code == DENIAL_CODE:
                # "Kenya accused Uganda of shelling a village, but Uganda denied it": a denial answers its
                # accuser, not the victim of what it denies; with no accuser named it is aimed at no one
                # ("Armenia denied that its soldiers had crossed into Georgia"; gold README)
                accusers = self._accusers(c, cands)
                if not (c.target is not None and any(c.target.country == a.country for a in accusers)):
                    c.target = accusers[0] if accusers else None   # (one of several accusers stays)
                    c.tokens = evidence(c.trigger, c.source, c.target)
                continue
            inside = {t.i for t in c.trigger.subtree} - {c.trigger.i}
            acts = sorted((d for d in cands if d.trigger.i in inside and d.target is not None
                           and d.code not in self.words.responsibility_codes and d.source is not None
                           and (same_actor(d.source, [c.source]) or d.source.country == c.source.country)
                           and not same_actor(d.target, [c.source])), key=lambda d: d.trigger.i)
            if not acts and c.code in self.words.claim_codes and (c.target is None or c.target.code[3:6] == "MED"):
                acts = self._claimed_earlier(c, cands)
            if acts and (c.target is None or c.target.country != acts[0].target.country):
                c.target = acts[0].target
                c.tokens = evidence(c.trigger, c.source, c.target)

    def _claimed_earlier(self, claim: Candidate, cands: list) -> list:
        """(target50) "Mortar rounds hit the base, and al-Shabaab claimed the attack", "A car bomb destroyed the embassy;
        Islamic Jihad claimed responsibility": a claim whose own clause names no act claims the act of force told before
        it in its sentence, with no doer or the claimant's (gold README: a claim takes the target of the claimed act).
        The nearest such act with a target, else none; only for a claim aimed at no one or at the press it was made to
        ("in a call to reporters")."""
        sent, claimant = claim.trigger.sent, claim.source
        if claimant is None or claim.trigger.dep_ == "acl" or any(k.dep_ in {"ccomp", "xcomp"} for k in claim.trigger.children):
            return []   # "conceded that the rebels might have escaped", "an attack claimed by X": the claim's own act
        acts = [d for d in cands if d.code[:2] in VIOLENT_ROOTS and d.target is not None
                and sent.start <= d.trigger.i < claim.trigger.i and d.modality == modality.ASSERTED
                and (d.source is None or same_actor(d.source, [claimant]) or d.source.country == claimant.country)
                and not same_actor(d.target, [claimant])
                and not (claimant.country and d.target.country == claimant.country
                         and d.target.code[3:6] == claimant.code[3:6])]
        return sorted(acts, key=lambda d: -d.trigger.i)[:1]

    def _rejection_targets(self, cands: list) -> None:
        """(targets20) A rejection (12x) answers whoever made what it rejects. What is rejected is the object of the
        refusing verb (or of the verb it governs: "refused to accept the ruling"), an unresolved "it", or the noun a
        comma relative hangs on (", a ruling Beijing said it would not accept", ", a result the opposition
        rejected"): a noun naming another's act, plan or decision (event_cues rejected_act_nouns). Its holder
        ("a U.S.-drafted resolution", "the prosecutor's request", "a demand by Kyiv") is the target; with none, a
        definite noun, "it" or a relative's antecedent is the act the sentence told before: the rejection is aimed at
        that clause's subject ("the ICJ said the occupation was unlawful; Israel rejected the opinion"). The
        rejecter's own side is never its target; a state's rejection of its own opposition, or the reverse, is."""
        for c in cands:
            if c.code[:2] not in self.cues.rejection_roots or c.source is None or not c.source.country:
                continue
            other = functools.partial(self._other_party, c.source)
            found = self._rejected_thing(c.trigger)
            if found is None:
                continue
            thing, anaphoric = found
            holders = self._holders(thing, other)
            if not holders and anaphoric:
                holders = self._earlier_doers(c.trigger, thing, other)
            if holders and not (c.target is not None and any(c.target.country == h.country and c.target.code[:3] == h.code[:3]
                                                              for h in holders)):
                c.target = holders[0]
                c.tokens = evidence(c.trigger, c.source, c.target)

    def _release_demand_targets(self, cands: list) -> None:
        """(aid34) A demand for a release (1053) is made of whoever holds the captives, not of the captives the
        parser gives it as its target ("demanded the release of jailed opposition leader Leopoldo Lopez", "demanded
        his release"): the doer of a detention the sentence tells of them (173, 181); else, for captives of the
        demander's own country (a domestic demand: "Venezuelans marched to demand the release of ..."), their
        government (a crowd's, a party's, a group's demand: a state asking for its own citizens asks a foreign holder). A
        target not named in the release's own phrase is left as it is."""
        for c in cands:
            t = c.target
            if c.code != "1053" or c.source is None or t is None or t.word is None:
                continue
            tok = word_at(c.trigger.doc, t.word)
            # the captive named by the release noun itself (its "of" phrase, its possessive) or by a word inside them
            head = tok if tok.lemma_.lower() in cue("release_demand_nouns") else tok.head.head \
                if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok.head if tok.dep_ == "poss" else None
            if head is None or head.lemma_.lower() not in cue("release_demand_nouns"):
                continue
            holders = [x.source for x in cands if x.code in {"173", "181"} and x.source is not None
                       and x.target is not None and x.target.code == t.code and not same_actor(x.source, [t])]
            holders = holders or self._captives_holder(tok, c.source)
            if holders:
                c.target = holders[0]
            elif t.country and t.country == c.source.country and t.sector not in STATE_ORGAN_SECTORS | {"GOV"} \
                    and c.source.sector and c.source.sector not in STATE_ORGAN_SECTORS | {"GOV"}:
                c.target = t.changed(code=compose_code(t.country, "GOV"), sector="GOV")
            else:
                continue
            c.tokens = evidence(c.trigger, c.source, c.target)

    def _captives_holder(self, captive: Token, demander: Named) -> list:
        """(demand42) Who holds the captives a release is demanded for, told by a participle of holding on their noun
        (event_cues captive_holding_verbs): its by-agent ("the journalists held by Iran") or the country of the place it
        names ("two Canadians detained in China"), other than the demander's own side."""
        return [m for m in self._captors(captive) if m.country and not own_side(m, [demander])
                and not same_actor(m, [demander])]

    def _captors(self, captive: Token) -> list:
        """Who holds ``captive``, told by a participle of holding on its noun (event_cues captive_holding_verbs): its
        by-agent ("the journalists held by Iran") or the country of the place it names ("two Canadians detained in
        China"); for a release noun, those of the people its "of" phrase names."""
        out: list = []
        # the release noun itself names them by its "of" phrase ("the release of the journalists held by Iran")
        captives = [o for p in captive.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                    if o.dep_ == "pobj"] if captive.lemma_.lower() in cue("release_demand_nouns") else [captive]
        for part in (x for n in captives for x in n.children):
            if part.dep_ != "acl" or part.tag_ != "VBN" or part.lemma_.lower() not in cue("captive_holding_verbs"):
                continue
            for p in part.children:
                if p.dep_ == "agent" or (p.dep_ == "prep" and p.lower_ == "by"):
                    out += [m for o in p.children if o.dep_ == "pobj" for m in self.actors_of(o)]
                elif p.dep_ == "prep" and p.lower_ in cue("within_preps"):
                    out += [m for o in p.children if o.dep_ == "pobj" for m in self.actors_of(o)
                            if m.kind in {"country", "capital"}]
        return dedupe(out)

    def _veto_targets(self, cands: list) -> None:
        """(verbal27) A veto (129) of a text or a measure (event_cues vetoed_text_nouns) answers whoever drafted or
        owns it (gold README: the drafter; ``_holders``, left to ``_rejection_targets``), not an actor named inside
        what the text says ("an aid package for Kyiv", "any plan that
        included Ukraine", "a draft deploring its invasion of Ukraine") nor one told in a clause of its own beside
        the veto ("while China abstained"). With no holder named, it answers the body the sentence names as deciding
        on it ("EU leaders agreed ..., but Orban vetoed an aid package for Kyiv": at the EU), and a resolution or a
        draft of no body named is the UN Security Council's (event_cues vetoed_text_bodies: the body whose members
        hold a veto over such a text)."""
        texts = cue("vetoed_text_nouns")
        for c in cands:
            if c.code != "129" or c.source is None:
                continue
            thing = next((o for o in c.trigger.children if o.dep_ in {"dobj", "nsubjpass"}
                          and (o.lemma_.lower() in texts or o.lower_ in texts)), None)
            if thing is None:
                continue
            if self._holders(thing, functools.partial(self._other_party, c.source)):
                continue   # its drafter or owner named (_rejection_targets reads it for the texts it knows)
            lawmakers = self._vetoed_lawmakers(thing, c.source)
            if lawmakers is not None:
                if c.target is None or c.target.code != lawmakers.code:
                    c.target = lawmakers
                    c.tokens = evidence(c.trigger, c.source, c.target)
                continue
            inside = {t.i for t in thing.subtree}
            sent = c.trigger.sent
            bodies = [m for m in self.mentions if sent.start <= m.start < sent.end and m.code.startswith("IGO")
                      and m.head not in inside and not same_actor(Named(m, m.head), [c.source])]
            if bodies:
                body = min(bodies, key=lambda m: abs(m.head - c.trigger.i))
                found = Named(body, body.head)
            else:
                default = lexicon.load("event_cues").vetoed_text_bodies.get(thing.lemma_.lower())  # type: ignore[attr-defined]
                if default is None:
                    continue
                # the UN named by no word of the sentence: the veto's own word stands for it
                m = Mention(start=thing.i, end=thing.i + 1, text=thing.text, code=default, country=None,
                            sector=None, name=None, kind="organization", head=thing.i)
                found = Named(m, thing.i)
            if c.target is None or c.target.code != found.code:
                c.target = found
                c.tokens = evidence(c.trigger, c.source, c.target)

    @staticmethod
    def _vetoed_lawmakers(thing: Token, vetoer: Named) -> Named | None:
        """(verbal36) A bill or a law (event_cues vetoed_law_nouns) that a state's leader vetoes with no drafter named
        was passed by that state's legislature, at which the veto is aimed (gold: "Reagan vetoed a bill imposing
        sanctions on South Africa" 129 USAGOV -> USALEG), not at an actor the bill speaks of."""
        if thing.lemma_.lower() not in cue("vetoed_law_nouns") or not vetoer.country or vetoer.code.startswith("IGO"):
            return None
        m = Mention(start=thing.i, end=thing.i + 1, text=thing.text, code=f"{vetoer.country}LEG", country=vetoer.country,
                    sector="LEG", name=None, kind="organization", head=thing.i)
        return Named(m, thing.i)

    @staticmethod
    def _answered_targets(cands: list) -> None:
        """(targets20) A reply that names no one it is aimed at (a denial, a rejection, a threat: event_cues
        answering_codes) answers the doer of a conflictual act (quad class 3 or 4) the same sentence tells of another
        country on the replier's country ("Britain expelled 23 Russian diplomats, and Moscow denied any involvement":
        at Britain). Not an act told inside the reply (what it denies or threatens). (coerce26) Forces readied in
        reply (event_cues answering_force_codes: an alert, a mobilisation, a deployment) aimed at no one or only at
        the state's own country ("Taipei put its forces on alert" after China's drills around Taiwan: at China, not
        at its own forces) answer such an act told before them too."""
        codes = cue("answering_codes")
        force_codes = cue("answering_force_codes")
        for c in cands:
            if c.source is None or not c.source.country:
                continue
            readied = any(c.code.startswith(k) for k in force_codes) and (
                c.target is None or c.target.country == c.source.country)
            # (reply37) a reply aimed at its own bare country ("The United States struck three nuclear sites in Iran,
            # and Tehran vowed to respond": IRNGOV -> IRN from the place of the strike) names no one it is aimed at
            unaimed = c.target is None or c.target.code == c.source.country
            if not readied and (not unaimed or not any(c.code.startswith(k) for k in codes)):
                continue
            # what the reply says (its object, its reported clause) is inside it; a clause of time or cause is not
            # ("denied it made weapons after U.S. missiles struck the plant")
            inside = {c.trigger.i} | {t.i for ch in c.trigger.children if ch.dep_ != "advcl" for t in ch.subtree}
            home = c.source.country
            acts = [d for d in cands if d.trigger.i not in inside and d.source is not None and d.target is not None
                    and d.source.country and d.source.country != home and d.target.country == home
                    and not _background_of(c.trigger, d.trigger) and _quad(d.code) in {3, 4}]
            if readied:
                # forces readied answer an act told before them or in their own clause of time or cause ("declared a
                # mobilisation after Azerbaijani forces attacked"), not a reaction told after them to their test or drill
                clause = next((a for a in (c.trigger, *c.trigger.ancestors) if a.pos_ in {"VERB", "AUX"}), c.trigger)
                acts = [d for d in acts if d.trigger.i < c.trigger.i or _background_of(d.trigger, clause)]
            if acts and len({d.source.country for d in acts}) == 1:
                c.target = min(acts, key=lambda d: abs(d.trigger.i - c.trigger.i)).source
                c.tokens = evidence(c.trigger, c.source, c.target)

    @staticmethod
    def _other_party(src: Named, m: Named) -> bool:
        """Whether ``m`` may have made what ``src`` rejects: not ``src``'s own side; of another country, or of its
        own country across the line between the state and those outside it (a body of no country: an IGO or NGO)."""
        if own_side(m, [src]) or (not m.country and m.code[:3] not in {"IGO", "NGO"}):
            return False
        return m.country != src.country or (m.sector in STATE_ORGAN_SECTORS) != (src.sector in STATE_ORGAN_SECTORS)

    def _rejected_thing(self, verb: Token) -> tuple[Token, bool] | None:
        """(the rejected noun or pronoun, whether it points back to an act told before) of a refusing verb."""
        nouns = cue("rejected_act_nouns")
        verbs = [verb, *(x for x in verb.children if x.dep_ == "xcomp")]
        for v in verbs:
            for o in v.children:
                if o.dep_ not in {"dobj", "nsubjpass"} or (o.dep_ == "nsubjpass" and v.i != verb.i):
                    continue
                if o.lower_ in {"it", "this", "that"} and o.i not in self.pronouns and o.i not in self.mention_at:
                    return o, True
                if o.lemma_.lower() in nouns or o.lower_ in nouns:
                    dets = {d.lower_ for d in o.children if d.dep_ == "det"}
                    return o, bool(dets & {"the", "this", "that", "these", "those", "such"})
        # ", a ruling Beijing said it would not accept": the noun after the comma that opens the relative
        k = verb.i - 1
        sent = verb.sent
        while k > sent.start and word_at(verb.doc, k).text not in {",", ";", "-", "--", "—"}:
            k -= 1
        if k <= sent.start or word_at(verb.doc, k).text != ",":
            return None
        k += 1
        while k < verb.i and word_at(verb.doc, k).pos_ in {"DET", "ADJ"}:
            k += 1
        n = word_at(verb.doc, k)
        if k >= verb.i or n.dep_ in {"ROOT", "ccomp", "conj", "advcl", "xcomp", "relcl", "acl"} \
                or not (n.lemma_.lower() in nouns or n.lower_ in nouns):   # (", a ruling Beijing ...": "ruling" may parse as a verb)
            return None
        start = self._subject_start(verb) or verb.i
        if any(t.pos_ in {"VERB", "AUX"} for t in verb.doc[n.i + 1:max(start, n.i + 1)]):
            return None   # ", the plan collapsed when ...": the noun is a clause's subject, not a relative's antecedent
        return n, True

    @staticmethod
    def _subject_start(verb: Token) -> int | None:
        top = verb
        while top.dep_ in {"conj", "xcomp", "ccomp"} and top.head.i != top.i and top.head.i < top.i:
            top = top.head
        subj = [c for c in top.children if c.dep_ in {"nsubj", "nsubjpass"}]
        return subj[0].left_edge.i if subj else None

    def _holders(self, thing: Token, other: Callable[[Named], bool]) -> list[Named]:
        """Who made a proposal or a decision, by the noun's own words: its possessor, a name or demonym before it
        ("U.S.-drafted", "Russian demands"), or a by- or from-phrase."""
        if thing.pos_ == "PRON":
            return []
        drafters = self._drafters(thing, other)
        if drafters:
            return drafters
        for ch in thing.children:
            heads = [ch] if ch.dep_ in {"poss", "amod", "compound", "nmod"} else \
                [o for o in ch.children if o.dep_ == "pobj"] if ch.dep_ in {"prep", "agent"} and ch.lower_ in {"by", "from"} else []
            for h in heads:
                if self.names_pact(h):
                    continue   # "the Algiers peace agreement": the town that names a pact made none of it
                found = [m for m in self.actors_of(h) if other(m)]
                if found:
                    return found
        return []

    def _drafters(self, thing: Token, other: Callable[[Named], bool]) -> list[Named]:
        """(dyad26) Who drafted or put forward the text rejected, by a participle of drafting inside its phrase (event_cues
        drafting_verbs): "an Algerian-drafted Security Council resolution", "a resolution sponsored by France", "a
        resolution demanding a ceasefire that had been put forward by the UAE". The drafter, not the body the text is
        put to (the Security Council), is whom a veto or rejection answers (gold README: a veto is aimed at the
        state that drafted the resolution)."""
        words = list(thing.subtree)
        if thing.dep_ == "dobj":
            # (target35) "vetoed a Security Council draft, put forward by Brazil, that ...": the parser may hang a
            # passive participle with its agent, set off after the object, on the verb as an adverbial clause
            words += [a for a in thing.head.children if a.dep_ == "advcl" and a.tag_ == "VBN" and a.i > thing.i
                      and any(c.dep_ == "agent" for c in a.children)]
        for v in words:
            if v.i == thing.i or v.lemma_.lower() not in cue("drafting_verbs") or (
                    v.lemma_.lower() == "put" and not any(c.dep_ in {"prt", "advmod"} and c.lower_ == "forward"
                                                          for c in v.children)):
                continue
            heads = [c for c in v.children if c.dep_ in {"npadvmod", "compound", "nmod", "poss"}]
            heads += [o for a in v.children if a.dep_ == "agent" or (a.dep_ == "prep" and a.lower_ == "by")
                      for o in a.children if o.dep_ == "pobj"]
            found = [m for h in heads for t in (h, *h.conjuncts) for m in self.actors_of(t) if other(m)]
            if found:
                return found
        return []

    def _earlier_doers(self, verb: Token, thing: Token, other: Callable[[Named], bool]) -> list[Named]:
        """The subject of the nearest clause told before the rejection (not inside it, and not the one who reports
        it): the doer of the act it answers."""
        inside = {t.i for t in verb.subtree}
        limit = min(verb.i, thing.i)
        for v in reversed([t for t in tokens(verb.sent) if t.i < limit and t.pos_ in {"VERB", "AUX"} and t.i not in inside]):
            if v.lemma_.lower() in self.cues.reporting and verb.i in {t.i for t in v.subtree} \
                    and any(a.dep_ == "ccomp" and a.head.i == v.i for a in [verb, *verb.ancestors]) \
                    and not any(t.text == ";" for t in verb.doc[v.i:verb.i]):
                continue   # "Tokayev said Astana would not recognise ...": the speaker of the refusal itself (a clause
                # after a semicolon is the writer's own, whatever the parse)
            found = [m for m in self._subjects_of(v)[0] if other(m)]
            if found:
                return found
        return []

    @staticmethod
    def _relative_reaction_targets(cands: list) -> None:
        """A reaction told in a comma relative on an act's object ("Iran released two French citizens, which
        Paris hailed"; "imposed curbs, which Seoul rebuked") is about the act, not the object: with no target of
        its own it is aimed at the act's doer. Only "which" relatives (a person's "who" is the person)."""
        for c in cands:
            verb = c.trigger
            if c.target is not None or c.source is None or verb.dep_ != "relcl" \
                    or not any(w.lower_ == "which" and w.dep_ in {"dobj", "nsubj", "nsubjpass"} for w in verb.children):
                continue
            head = verb.head   # the relative's antecedent, an object of the act's verb (or the act's noun)
            acts = [d for d in cands if d.trigger.i != c.trigger.i and d.source is not None and not same_actor(d.source, [c.source])
                    and d.source.country != c.source.country
                    and (d.trigger.i == head.i or d.trigger.i == head.head.i)]
            if acts:
                c.target = acts[0].source
                c.tokens = evidence(c.trigger, c.source, c.target)

    def _accusers(self, denial: Candidate, cands: list) -> list[Named]:
        """Who made the charge a denial answers, when the sentence names one other than the denier's own
        state (another country, or a party at home that is not a state organ when the denier is one): the source of an accusation aimed at the denier ("Washington blamed Tehran for the strikes,
        which Iran denied launching"), the reporter of an act of the denier's country ("Kyiv said Russian
        missiles hit the capital, and Moscow denied targeting civilians"), or the owner or by-agent of the
        statement denied ("rejected Ottawa's allegations", "denied a claim by Yerevan that ...", "denied Eritrean
        claims"), or the speaker of the statement reported before a denied "charge" or "report" that names no holder
        ("Amnesty said soldiers fired on protesters, a charge the army denied")."""
        src = denial.source
        assert src is not None
        home = src.country

        def other(m: Named | None) -> bool:
            # a charge from the denier's own country counts when it is not the state answering itself: the
            # opposition accusing the government, the army accusing rebels ("a claim Damascus denied")
            if m is None or own_side(m, [src]):
                return False
            if not m.country:   # a body of no country ("Amnesty International said ...") charges too
                return m.code[:3] in {"IGO", "NGO"}
            return m.country != home or not (m.sector in STATE_ORGAN_SECTORS and src.sector in STATE_ORGAN_SECTORS)

        found: list[Named] = []
        for d in cands:
            if d.code[:2] in ACCUSING_ROOTS and d.target is not None and d.target.country == home and other(d.source):
                found.append(d.source)
        if found:
            return found
        for d in cands:
            if d.source is None or d.source.country != home or d.code in self.words.responsibility_codes:
                continue
            tok = d.trigger
            while tok.head.i != tok.i and tok.i != denial.trigger.i:
                head = tok.head
                if tok.dep_ in {"ccomp", "parataxis"} and head.lemma_.lower() in self.cues.reporting \
                        and head.i != denial.trigger.i:
                    said = [m for m in self._subjects_of(head)[0] if other(m)]
                    if said:
                        return said
                tok = head
        statements = [t for t in denial.trigger.subtree if t.lemma_.lower() in cue("denied_statement_nouns")]
        head = denial.trigger.head
        if denial.trigger.dep_ == "relcl" and head.lemma_.lower() in cue("denied_statement_nouns"):
            statements.append(head)   # "..., a charge the army denied", "an account London rejected"
        for t in statements:
            for c in t.children:
                # "rejected Ottawa's allegations", "a claim by Yerevan", "denied Palestinian claims"
                holders = [c] if c.dep_ in {"poss", "amod", "compound"} else [o for o in c.children if o.dep_ == "pobj"] \
                    if c.dep_ == "prep" and c.lower_ in {"by", "from"} else []
                for h in holders:
                    found = [m for m in self.actors_of(h) if other(m)]
                    if found:
                        return found
        for t in statements:
            # a statement named with no holder is the one the sentence reported before it ("Amnesty said
            # soldiers opened fire, a charge the army denied", "Microsoft said ..., and Beijing dismissed
            # the report"): its speaker made the charge
            sayings = [v for v in tokens(t.sent) if v.i < t.i and v.pos_ in {"VERB", "AUX"}
                       and v.lemma_.lower() in self.cues.reporting and v.i != denial.trigger.i
                       and denial.trigger.i not in {a.i for a in v.ancestors}]
            for v in reversed(sayings):
                found = [m for m in self._subjects_of(v)[0] if other(m)]   # (the speakers)
                if found:
                    return found
        # (dyad29) "NATO said 1,000 Russian troops were operating inside Ukraine, and the Kremlin, which denied
        # sending any soldiers, ...": the speaker of a report the sentence gives beside the denial, whose reported
        # clause names the denier's country at work, made the charge, though that clause holds no coded act
        sent = denial.trigger.sent
        for v in tokens(sent):
            if v.i == denial.trigger.i or v.pos_ not in {"VERB", "AUX"} or v.lemma_.lower() not in self.cues.reporting:
                continue
            inside = {t.i for c in v.children if c.dep_ == "ccomp" for t in c.subtree}
            if denial.trigger.i in inside or any(denial.trigger.i in {t.i for t in c.subtree}
                                                 for c in v.children if c.dep_ in {"nsubj", "nsubjpass"}):
                continue   # the report that tells the denial, or the denier's own
            if not any(m.country == home and m.head in inside for m in self.mentions if sent.start <= m.start < sent.end):
                continue
            found = [m for m in self._subjects_of(v)[0] if other(m)]
            if found:
                return found
        return self._charge_beside(denial, other)

    def _charge_beside(self, denial: Candidate, other: Callable[[Named | None], bool]) -> list[Named]:
        """(target56) The accuser a denial answers when the sentence tells the charge beside it in a clause of its own:
        the subject of a time clause on the denial whose verb charges, reports or demands ("Moscow denied it, after
        Washington presented fragments", "as the U.S. envoy demanded an inquiry", "after the UN reported mass
        arrests"), or of a clause joined to the denial's whose verb charges ("Armenian officials charged, and the
        Azerbaijani government denied abuses"). Only another state's or an international body's people: a paper's
        report or a crowd's act beside a denial is no charge it answers. Gold README: a denial targets the accuser
        when one is named."""
        verb = denial.trigger
        top = verb
        while top.dep_ in {"xcomp", "ccomp"} and top.head.i != top.i and top.head.pos_ in {"VERB", "AUX"}:
            if top.dep_ == "ccomp" and top.head.lemma_.lower() not in self.cues.reporting:
                break
            top = top.head
        home = denial.source.country if denial.source is not None else None

        def accusers(v: Token, verbs: frozenset[str]) -> list[Named]:
            if v.lemma_.lower() not in verbs:
                return []
            return [m for m in self._subjects_of(v)[0] if other(m) and m.sector != "MED"
                    and (m.country != home if m.country else m.code[:3] in {"IGO", "NGO"})]

        def timed(v: Token) -> bool:
            return any(m.dep_ == "mark" and m.lower_ in cue("denial_charge_marks") for m in v.children)

        charging = cue("denial_charge_verbs")
        # the time clause hangs on the denial or, as the parser often has it, on the denied clause's verb
        denied = [verb, top, *(c for c in verb.children if c.dep_ == "ccomp")]
        for c in (t for d in denied for t in d.children):
            if c.dep_ == "advcl" and c.pos_ in {"VERB", "AUX"} and timed(c):
                found = accusers(c, charging | cue("denial_time_clause_verbs"))
                if found:
                    return found
        # a clause joined to the denial's own (its conjunct, or the clause the denial is a conjunct or a time clause
        # of) whose verb charges
        sides = [t for t in (*top.children, top.head) if t.i != top.i and t.pos_ in {"VERB", "AUX"}
                 and (t.dep_ == "conj" or (top.dep_ in {"conj", "parataxis"} and t.i == top.head.i)
                      or (top.dep_ == "advcl" and t.i == top.head.i and timed(top)))]
        for v in sides:
            found = accusers(v, charging)
            if found:
                return found
        return []

    def _defied(self, verb: Token, sources: list) -> list:
        """The actor whose pressure a refusal defies ("said it would not withdraw its troops despite Chinese
        pressure", "refused to extradite him notwithstanding US objections"): the owner of the noun in a
        "despite" phrase of the act's verb group, other than the refusing side."""
        top = verb
        while top.dep_ in {"conj", "xcomp"} and top.head.i != top.i:
            top = top.head
        preps = [t for t in top.subtree if t.dep_ == "prep" and t.lower_ in cue("defiance_preps")]
        for p in preps:
            for o in p.children:
                if o.dep_ != "pobj":
                    continue
                found = [m for m in self.actors_of(o) if m.country and not own_side(m, sources)
                         and all(m.country != s.country for s in sources)]
                if found:
                    return found
        return []
