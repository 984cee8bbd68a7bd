"""Trigger words and their codes: the CAMEO code of a verb from the verb-pattern dictionary (its
lemma and up to eight words of its own clause; a passive read as its active), and the nouns that
name an attack or what did the harm.

``TriggerFinder`` is the lowest layer of the sentence coder (``sentence.SentenceCoder``): it knows
the dictionaries and word lists, nothing of actors.
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from .. import lexicon, taxonomy
from . import modality
from .event_words import cue, event_words
from .verbs import VerbDictionary, VerbMatch, normal
from .syntax import FINITE_CLAUSES

def _in_proper_name(t: Token) -> bool:
    """A capitalised proper noun joined to another proper noun by the parser ("Sierra Leone")."""
    return t.pos_ == "PROPN" and t.text[:1].isupper() and (
        any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in t.children)
        or (t.dep_ == "compound" and t.head.pos_ == "PROPN"))


@functools.lru_cache(maxsize=1)
def _currencies() -> frozenset[str]:
    """The one-word members of the verbs' &currency synset (money a pattern may name)."""
    return frozenset(m[0] for m in VerbDictionary.default().synsets.get("currency", ()) if len(m) == 1)

# Words of the verb phrase a pattern may look at: PETRARCH patterns are short.
PATTERN_WINDOW = 8
# Numbers that say a mass ("five hundred people", "thousands"): words some patterns name (202 mass killings).
# The adverb particles of phrasal verbs ("vote out", "call off", "hand over"): a word of the verb's own or none.
ADVERB_PARTICLES = frozenset({"out", "off", "up", "down", "back", "away", "over"})
# Prepositions of place: the proper name they govern is a place, no word a pattern names.
PLACE_PREPOSITIONS = frozenset({"in", "near", "outside", "inside", "at"})
MASS_NUMBERS = frozenset({"hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "dozen", "dozens", "scores"})
# Clauses that belong to another event: never search them for this verb's arguments.
OTHER_CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "csubj", "parataxis", "conj", "acl"}
# Acts of violence: without a named perpetrator they are coded to unidentified armed forces.
VIOLENT_ROOTS = taxonomy.roots("violent")
# Protests: the crowd and its target follow their own rules.
PROTEST_ROOTS = taxonomy.roots("protest")



def _off_a_place(tok: Token) -> bool:
    """"off" heading a place ("off Dubai", "off the coast of Yemen", "off the island"): a locative preposition, not
    the particle of a phrasal verb, so PETRARCH's particle patterns ("kick * off": 046, shared by every verb of its
    synonym set: "attack", "hit", "fight") must not read it."""
    if tok.lower_ != "off" or tok.dep_ != "prep":
        return False
    nouns = cue("border_nouns") | lexicon.words("place_cues", "place_nouns") | lexicon.words("place_cues", "feature_words")
    return any(c.dep_ == "pobj" and (c.pos_ == "PROPN" or c.lemma_.lower() in nouns or c.lemma_.lower() == "water")
               for c in tok.children)


def _date_phrases(tokens: list[Token], verb: Token) -> set[int]:
    """(round 20) The words of a time phrase after the verb ("on Monday", "in March", "at dawn on Friday", and a
    span it lasts: "for ten days"): a date tells when, never what the act is, so its preposition may not complete a verb's pattern ("struck at what
    Pretoria called guerrilla bases ... on Monday" is no "call on", an appeal)."""
    out: set[int] = set()
    for t in tokens:
        if t.dep_ == "prep" and t.i > verb.i and t.head.i != t.i:
            objs = [c for c in t.children if c.dep_ == "pobj"]
            if objs and (all(_names_a_date(o) for o in objs) or (t.lower_ == "for" and all(
                    o.lemma_.lower() in cue("duration_nouns") for o in objs))):
                out.add(t.i)
                out.update(w.i for o in objs for w in o.subtree)
    return out


def _own_object(noun: Token, verb: Token) -> bool:
    """Whether ``noun`` is ``verb``'s direct object or a conjunct of it ("fired missiles and drones")."""
    if noun.dep_ == "conj" and noun.head.dep_ == "dobj":
        noun = noun.head
    return noun.dep_ == "dobj" and noun.head.i == verb.i


def term_kind(verb: Token) -> list[str]:
    """(coerce44) A term the verb's own "for" phrase gives in years, months or for life ("jailed him for seven years",
    "imprisoned for life": event_cues prison_term_nouns), as the word "<term>" a pattern may name after all the others
    (the duration itself is skipped as a time phrase, ``_date_phrases``): a court that jails for a term sentences."""
    for p in verb.children:
        if p.dep_ == "prep" and p.lower_ == "for":
            if any(o.dep_ == "pobj" and o.lemma_.lower() in cue("prison_term_nouns") for o in p.children):
                return ["<term>"]
        if p.dep_ == "prep" and p.lower_ == "pending":
            return ["<pending>"]   # (round46) "jailed the mayor pending trial": held until a trial, no term
    return []


def _named_place_of_phrase(tok: Token) -> bool:
    """Whether ``tok`` is a word of a proper name that a preposition of place governs ("in El Salvador", "near
    Kharkiv", "at Camp David"), directly or as a compound of its object: a place (the pipeline runs no entity
    recogniser; dates are read apart, ``_date_phrases``)."""
    if tok.pos_ != "PROPN":
        return False
    while tok.dep_ in {"compound", "flat"} and tok.head.i != tok.i and tok.head.pos_ == "PROPN":
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in PLACE_PREPOSITIONS \
        and not any(c.dep_ in {"prep", "acl", "relcl"} for c in tok.children)


def _names_a_date(word: Token) -> bool:
    """A weekday, a month (data: date_cues) or a year ("on Monday", "in March", "in 2019")."""
    cues = lexicon.load("date_cues")
    assert isinstance(cues, lexicon.DateCues), "date_cues"
    w = word.lower_
    if w in cues.weekdays or w in cues.months or w.rstrip(".") in cues.month_abbreviations:
        return True
    return w.isdigit() and len(w) == 4 and 1800 <= int(w) <= 2100


def _listed_names(verb: Token) -> set[int]:
    """(false24) The names after the first of a list of proper names that is the verb's object: "invited Saudi
    Arabia, Iran, Egypt, Ethiopia, Argentina and the United Arab Emirates to join the bloc". They share the first
    name's role and name no act, but would push the words after them ("to join") out of the pattern window. Only
    conjuncts made of names alone (with articles, commas and "and"): "expelled the ambassador and two diplomats"
    keeps its words."""
    out: set[int] = set()
    for obj in (c for c in verb.children if c.dep_ in {"dobj", "dative"} and c.i > verb.i):
        for c in obj.children:
            if c.dep_ != "conj" or c.i < obj.i:
                continue
            sub = list(c.subtree)
            if all(t.pos_ in {"PROPN", "DET", "CCONJ", "PUNCT"} for t in sub):
                out.update(t.i for t in sub)
        out.update(c.i for c in obj.children if c.dep_ == "cc" and out and c.i < max(out))
    return out

class TriggerFinder:
    """The codes of verbs and event nouns (``code_verb``), with the dictionaries and word lists."""

    def __init__(self, verbs: VerbDictionary) -> None:
        self.verbs = verbs
        self.words = event_words()
        self.cues = modality.cues()

    def _clause_tokens(self, verb: Token) -> list[Token]:
        """Tokens of the verb's own clause (its subtree without embedded clauses)."""
        out: list[Token] = []
        stack = [verb]
        while stack:
            t = stack.pop()
            out.append(t)
            for c in t.children:
                if c.dep_ in OTHER_CLAUSE_DEPS and (c.pos_ in {"VERB", "AUX"} or c.dep_ in FINITE_CLAUSES) and not (
                        c.dep_ == "acl" and c.lemma_.lower() in self.words.content_participles) and not (
                        c.dep_ == "advcl" and c.pos_ == "ADJ" and c.i == t.i + 1
                        and not any(s.dep_ in {"nsubj", "mark"} for s in c.children)) and not (
                        c.dep_ == "ccomp" and c.pos_ in {"ADJ", "NOUN"} and t.i == verb.i
                        and not any(s.dep_ in {"mark", "aux", "auxpass", "cop"} for s in c.children)) and not (
                        c.dep_ in {"ccomp", "xcomp"} and t.i == verb.i and c.lower_ in cue("captive_predicates")
                        and not any(s.dep_ in {"mark", "aux", "auxpass"} for s in c.children)):
                    # but "a barrel bomb filled with chlorine": what the weapon holds is its own; an adjective
                    # right after the verb, with no subject or conjunction of its own, says what its subject came
                    # out as ("walked free from house arrest"); and a verbless small clause says what the verb
                    # found its object to be ("found the journalist guilty of espionage", "declared the ambassador
                    # persona non grata"); nor "hostage" read as a verb of its own ("took hundreds of diplomats
                    # hostage": event_cues captive_predicates): words of its clause
                    continue
                if c.dep_ == "pcomp" and c.pos_ == "VERB" and any(s.dep_ == "nsubj" for s in c.children):
                    continue   # (sides39) ", with Qatar acting as mediator": a clause with a subject of its own
                stack.append(c)
        out.sort(key=lambda t: t.i)
        return out

    def _words_after(self, verb: Token) -> tuple[list[str], list[str]]:
        after: list[str] = []
        before: list[str] = []
        clause_tokens = self._clause_tokens(verb)
        dated = _date_phrases(clause_tokens, verb) | _listed_names(verb)
        # a count of the verb's own object and its modifiers say how many, not what: "fired more than 70 missiles and
        # about 100 drones at Ukraine" is "fire missile drone at", within the pattern window (and "at least 30" is no
        # "(at)"); a count further down ("agreed to free 500 prisoners under a deal") keeps the window as it was
        # (a number after its noun is a label, "Article 4"; a sum of money and a mass are what, "25 million
        # dollars", "hundreds of people")
        dated |= {t.i for n in clause_tokens if n.dep_ == "nummod" and verb.i < n.i < n.head.i and _own_object(n.head, verb)
                  and n.head.lemma_.lower() not in _currencies() for t in n.subtree
                  if t.lower_ not in MASS_NUMBERS and (t.i > verb.i + 1 or t.like_num)}   # ("handed over five": a particle)
        # and so does the name of a place in a phrase of the verb's ("agreed at a summit in El Salvador on a plan"):
        # its preposition stays, and a word of the name a pattern of the verb names
        lemma = self._verb_lemma(verb)
        dated |= {t.i for t in clause_tokens if t.i > verb.i and _named_place_of_phrase(t)
                  and not self.verbs.names_word(lemma, t.lemma_.lower())}   # (but "gathered in Tahrir Square")
        # (coerce51) "according to X" names who tells the act, no word of it: "stormed the town of Tamboul, according
        # to local activists" is no "storm * &treaty" (an accord, 030)
        dated |= {s.i for t in clause_tokens if t.lower_ == "according" and t.i + 1 < len(t.doc)
                  and t.nbor(1).lower_ == "to" for s in t.subtree}
        for t in clause_tokens:
            if t.i == verb.i or t.is_punct or t.i in dated:
                continue
            if t.dep_ == "prep" and t.i > verb.i and not list(t.children):
                # a preposition the parser left without an object opens another clause ("took over the
                # base as the French contingent lowered its flag"): it is not the verb's "take over as"
                continue
            if t.i > verb.i + 1 and _off_a_place(t):
                # "attacked a tanker off Dubai": "off" of a place past the verb's object is no particle ("kick off"
                # talks); right after the verb it is one, whatever the parser says ("sealed off the area")
                continue
            # a participle that modifies a noun is read as written: "sent suspected weapons parts" names no suspect
            # (the lemma "suspect" would fit "send * suspect", 063), "armed police" are no arms
            word = t.lower_ if t.dep_ == "amod" and t.tag_ in {"VBN", "VBD"} else t.lemma_.lower()
            if word in _currencies() and _in_proper_name(t):
                # a word of a many-word proper name is no money: "sent troops to Sierra Leone" sends no leones (071)
                word = "<name>"
            if t.i > verb.i:
                if len(after) < PATTERN_WINDOW:
                    after.append(word)
            else:
                before.append(word)
        # an object predicate names what the verb says of its object: "called the strike an act of terrorism",
        # "called it a stab in the back": its words are read first, within the pattern window
        for c in verb.children:
            if c.dep_ == "oprd" and c.i > verb.i:
                named = [t.lemma_.lower() for t in c.subtree if not t.is_punct]
                after = named + [w for w in after if w not in named][: max(0, PATTERN_WINDOW - len(named))]
                break
        # (recall12b) a role given to the object with "as" names what the act makes of it, even past the
        # window: "chained captured soldiers to ammunition depots and a radar site as human shields"; read
        # only when one of the verb's own "(as) ..." patterns names it ("as part of", "as protests spread"
        # are no role)
        for c in clause_tokens:   # (in order: the first "as" of the clause after the verb, in its sentence)
            if c.i > verb.i and c.lower_ == "as" and c.dep_ == "prep" and any(p.dep_ == "pobj" for p in c.children):
                if c.i >= verb.sent.end:
                    break
                role = [t.lemma_.lower() for t in c.subtree if not t.is_punct]
                if len(after) >= PATTERN_WINDOW and not all(w in after for w in role):
                    wider = after[: max(0, PATTERN_WINDOW - len(role))] + role
                    m = self.verbs.match(self._verb_lemma(verb), wider, before)
                    if m is not None and "(as)" in m.pattern:
                        after = wider
                break
        # a particle after the object belongs to the verb: "pushed Russian troops back" is "push back"
        # (the dictionary reads a particle verb's particle as the first word after it)
        prts = [c for c in verb.children if c.i > verb.i and (c.dep_ == "prt" or (
            c.dep_ == "advmod" and c.lower_ in self.words.late_particles))]
        if prts and after and after[0] != prts[0].lemma_.lower():
            late = prts[0].lemma_.lower()
            if late in after:   # beyond the pattern window it is no particle: "shelled ..., 200 kilometres away"
                after.remove(late)
                after.insert(0, late)
        return after, before

    def object_kind(self, verb: Token, deps: tuple[str, ...], of_country: bool = False) -> list[str]:
        """(verbs15b) What kind of actor the verb's object is, as words a pattern may name after all the others:
        "<person>", "<country>", "<organization>" or "<agent>" (the mention's kind), and its sector ("<cvl>",
        "<gov>", "<mil>" ...): "suspend * <country>" (the African Union suspended Sudan), "pick up * <person>",
        "drive * (from) <cvl>" (the army drove the Rohingya from Rakhine). Read after the clause's words (outside
        the pattern window), so no pattern without such a word changes. Only a named actor or an agent noun that is
        the verb's own object (``deps``), never a pronoun; nothing where no actor mentions are known. ``of_country``:
        only a mention of a country's actor ("Russian forces", not "market forces")."""
        mention_at = getattr(self, "mention_at", None)
        if not mention_at:
            return []
        for c in verb.children:
            if c.dep_ not in deps or c.pos_ == "PRON":
                continue
            m = mention_at.get(c.i)
            if m is None and c.pos_ == "PROPN":
                # a name the dictionaries lack, told by its apposition: "captured Dairo Usuga, the most wanted drug
                # lord" (round 20)
                m = next((mention_at[a.i] for a in c.children if a.dep_ == "appos" and a.i in mention_at), None)
            if m is None or m.kind == "pronoun" or (of_country and not m.country):
                return []
            kind = [f"<{m.kind}>"]
            if m.sector:
                kind.append(f"<{m.sector[:3].lower()}>")
            return kind
        return []

    def _pronoun_subject_kind(self, verb: Token) -> list[str]:
        """(strike57) The sector word of the actors a pronoun subject stands for, when they share one: "the unions
        said they would strike" ("<lab> *": the labour strike). Nothing for any other subject, or where the finder
        knows no pronouns."""
        pronouns = getattr(self, "pronouns", None)
        if not pronouns:
            return []
        for c in verb.children:
            if c.dep_ != "nsubj" or c.pos_ != "PRON":
                continue
            referents = [m for m in pronouns.get(c.i, []) if m.kind != "pronoun"]
            if not referents or not all(m.sector for m in referents):
                return []
            sectors = {m.sector[:3].lower() for m in referents}
            if len(sectors) == 1:
                return [f"<{sectors.pop()}>"]
        return []

    def _head_kind(self, head: Token) -> list[str]:
        """(force30) The kind and sector words of the actor mention a noun heads ("<agent>", "<reb>"), as
        ``object_kind`` gives them for a verb's object; none for a noun that is no actor."""
        mention_at = getattr(self, "mention_at", None)
        m = mention_at.get(head.i) if mention_at else None
        if m is None or m.kind == "pronoun":
            return []
        return [f"<{m.kind}>"] + ([f"<{m.sector[:3].lower()}>"] if m.sector else [])

    def _people_noun(self, noun: Token) -> bool:
        """(force30) ``noun`` heads an actor mention or names people (data: event_words held_people_nouns,
        person_nouns; event_cues swap_people_nouns: hostages, prisoners, captives)."""
        mention_at = getattr(self, "mention_at", None)
        if mention_at and noun.i in mention_at and mention_at[noun.i].kind != "pronoun":
            return True
        lemma = noun.lemma_.lower()
        return lemma in self.words.held_people_nouns | self.words.person_nouns | cue("swap_people_nouns")

    def _verb_lemma(self, verb: Token) -> str:
        """The lemma, or for an inflected form the tagger lemmatised wrongly ("staged" -> "stag") the
        dictionary verb it is a form of ("stage")."""
        lemma = verb.lemma_.lower()
        # (a past form mistagged as a present, "decreed"/VBP with lemma "decreed", is read the same way)
        if self.verbs.has_verb(lemma) or verb.tag_ not in {"VBD", "VBN", "VBG", "VBZ", "VBP"}:
            return lemma
        w = verb.lower_
        for suffix, repl in (("ed", "e"), ("ing", "e"), ("es", "e"), ("ied", "y"), ("ed", ""), ("ing", "")):
            if w.endswith(suffix) and self.verbs.has_verb(w[: -len(suffix)] + repl):
                return w[: -len(suffix)] + repl
        for suffix in ("ed", "ing"):
            # a doubled final consonant: "teargassed" -> "teargas", "airdropped" -> "airdrop"
            stem = w[: -len(suffix)]
            if w.endswith(suffix) and len(stem) > 3 and stem[-1] == stem[-2] and self.verbs.has_verb(stem[:-1]):
                return stem[:-1]
        return lemma

    def own_response(self, verb: Token) -> str | None:
        """A warning (data: warning_verbs) whose that-clause is the warner's own response: "warned that any
        attack would be met with a crushing response" ("met", answered by the meeting verb's own rule),
        "cautioned it would retaliate if ...", "warned it would respond with force" ("force": a threat of
        force, 138), "warned it would respond" ("other": a threat, 130). None for any other warning."""
        if verb.lemma_.lower() not in self.words.warning_verbs:
            return None
        words = self.words
        for c in verb.children:
            if c.dep_ != "ccomp" or c.pos_ not in {"VERB", "AUX"}:
                continue
            lemma = c.lemma_.lower()
            kids = list(c.children)
            if lemma in cue("response_verbs"):
                passive = any(k.dep_ == "nsubjpass" for k in kids) and not any(k.dep_ == "agent" for k in kids)
                if passive and any(p.dep_ == "pobj" and p.lemma_.lower() in words.response_nouns
                                   for k in kids if k.dep_ == "prep" and k.lower_ == "with" for p in k.children):
                    return "met"
                continue
            if lemma not in words.retaliation_verbs:
                continue
            particles = dict(words.retaliation_particles)
            if lemma in particles and not any(k.dep_ in {"prt", "advmod"} and k.lower_ == particles[lemma] for k in kids):
                continue
            subj = [k for k in kids if k.dep_ == "nsubj"]
            warner = [k for k in verb.children if k.dep_ == "nsubj"]
            # its own act: a pronoun ("it would retaliate") or the warner named again
            if not subj or not (subj[0].pos_ == "PRON" or (warner and subj[0].lower_ == warner[0].lower_)):
                continue
            if any(k.dep_ == "dobj" for k in kids):
                continue   # "would hit back at" keeps a target; "would respond to the letter" has none
            forceful = lemma in words.forceful_retaliation_verbs or any(
                t.lemma_.lower() in words.forceful_response_words for t in c.subtree if t.i > c.i)
            return "force" if forceful else "other"
        return None

    def _censure(self, verb: Token) -> bool:
        """A labelling verb (event_cues labelling_verbs) whose object predicate is a word of censure: its head
        noun a critical label, or an adjective of censure as the head or beside it ("called it an unforgivable
        act", "called the deal a historic mistake", "dismissed the move as a stunt"). A plan or an offer
        dismissed is rejected, not censured (proposal_nouns)."""
        lemma = verb.lemma_.lower()
        if lemma not in cue("labelling_verbs") or any(c.dep_ == "prt" for c in verb.children):
            return False
        objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
        heads = self._label_heads(verb, objects, adjectives=True)   # "described the storming as treasonous"
        if verb.dep_ in {"relcl", "acl"} and verb.head.i < verb.i and verb.head.pos_ in {"NOUN", "PROPN", "PRON"} \
                and not any(c.dep_ in {"oprd", "ccomp", "xcomp"} for c in verb.children):
            # (patterns21) "a decision Kyiv's mayor called a joke", "a show of force Beijing called provocative", "in a
            # move the opposition called an act of desperation": what is named is the noun the clause hangs on, and
            # the parser takes the name for the verb's object (as _denial reads it)
            objects = [verb.head]
            heads = heads + [c for c in verb.children if c.dep_ in {"dobj", "acomp"} and c.i > verb.i]
        if not heads and lemma in cue("name_giving_verbs"):
            # (statement32) "..., a step Cairo called a blatant violation of the deal", "a step the UN chief had called
            # a dangerous escalation": a verb that gives a name takes two complements, and with what is named outside
            # its clause the parser takes the name for its object. A name is indefinite (no article, "a", "an"); a
            # definite object ("called the attack", "called the vote") is what is named, not a name
            heads = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and c.pos_ == "NOUN" and not any(
                d.dep_ in {"poss", "nummod"} or (d.dep_ == "det" and d.lower_ not in {"a", "an"}) for d in c.children)]
        if lemma == "dismiss" and any(o.lemma_.lower() in cue("proposal_nouns") for o in objects):
            return False
        labels, adjectives = cue("critical_labels") | cue("censure_labels"), cue("critical_adjectives")
        for h in list(heads):
            # (patterns21) a plain noun that names its object by what it shows: "an act of desperation", "proof of
            # American hostility", "an outburst of nationalist hysteria" (its "of" phrase is the name)
            if h.pos_ == "NOUN" and h.lemma_.lower() in cue("showing_nouns"):
                heads += [p for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
                          for p in c.children if p.dep_ == "pobj"]
        for h in heads:
            mods = [c for c in h.children if c.dep_ in {"amod", "compound", "acomp"} or (
                c.dep_ == "conj" and c.pos_ == "ADJ")]
            compound = " ".join(c.lemma_.lower() for c in mods if c.dep_ == "compound" and c.i < h.i)
            # the name with its adjectives too: "a blockade that Yerevan called a humanitarian disaster"
            named = " ".join(c.lemma_.lower() for c in mods if c.dep_ in {"compound", "amod"} and c.i < h.i)
            if {h.lemma_.lower(), h.lower_, f"{compound} {h.lemma_.lower()}".strip(),
                    f"{named} {h.lemma_.lower()}".strip()} & labels:
                return True
            if any(t.lemma_.lower() in adjectives or t.lower_ in adjectives for t in [h, *mods]):
                return True
            # an adjective of scorn that the labels list ("a disgusting display", "an unfriendly step")
            if any(t.pos_ == "ADJ" and {t.lemma_.lower(), t.lower_} & labels for t in mods):
                return True
        return False

    def _voided(self, verb: Token) -> bool:
        """(recall28) A verb that names its object null and void (event_cues void_adjectives: "denounced the pact as
        null and void", "rejected the award as null and void"), or one that calls or declares an act of will
        (voided_act_nouns: a vote, a referendum, a declaration) illegal, illegitimate or invalid (voiding_verbs,
        voiding_adjectives: "called the declaration illegitimate and invalid", "declared the referendum illegal"):
        the namer rejects it (120), as the gold README codes it, where condemning or denouncing an act as illegal
        stays criticism. Not in a clause on a noun ("a referendum that Baghdad declared illegal"): its doers are
        not the clause's own."""
        lemma = verb.lemma_.lower()
        if lemma not in cue("labelling_verbs") | cue("voiding_verbs") or any(c.dep_ == "prt" for c in verb.children) \
                or verb.dep_ in {"relcl", "acl"}:
            return False
        objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
        heads = self._label_heads(verb, objects, adjectives=True)
        words = {w for h in heads for t in [h, *(c for c in h.children if c.dep_ in {"amod", "acomp", "conj", "cc"}
                                                  or (c.dep_ == "conj" and c.pos_ == "ADJ"))]
                 for w in (t.lemma_.lower(), t.lower_)}
        if words & cue("void_adjectives"):
            return True
        if lemma not in cue("voiding_verbs") or not words & cue("voiding_adjectives"):
            return False
        return any(o.lemma_.lower() in cue("voided_act_nouns") for o in objects)

    @classmethod
    def _naming_call(cls, verb: Token) -> bool:
        """(verbal52) "call" with a protest, strike or boycott for object names it when it gives it a name too ("called
        the protest an outburst of hysteria", "called the strike illegal") or when the object is one already known ("the
        protest", "their boycott"): no call for it (113)."""
        if verb.lemma_.lower() != "call" or any(c.dep_ == "prt" for c in verb.children):
            return False
        objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
        if cls._label_heads(verb, objects, adjectives=True):
            return True
        return any(d.dep_ == "poss" or (d.dep_ == "det" and d.lower_ in {"the", "this", "that", "these", "those"})
                   for o in objects for d in o.children)

    @staticmethod
    def _label_heads(verb: Token, objects: list[Token], adjectives: bool = False) -> list[Token]:
        """The name a labelling verb gives its object: an object predicate or complement after it ("called it an
        unforgivable act", "called the claims baseless") or the object of its "as" ("dismissed the move as a stunt";
        with ``adjectives``, an adjective the parser hangs on "as" too: "described the claims as baseless")."""
        heads = [c for c in verb.children if c.i > verb.i and c.pos_ in {"NOUN", "ADJ", "PROPN"} and (
            c.dep_ in {"oprd", "acomp"} or (c.dep_ in {"xcomp", "ccomp"} and not any(
                a.dep_ in {"aux", "mark", "auxpass"} for a in c.children)))]
        # (statement32) a participle that is the object predicate, often tagged a past tense (VBD): "called the
        # duties unjustified", "called the report fabricated"; only the word lists read it, so a participle that
        # names no judgement names nothing
        heads += [c for c in verb.children if c.i > verb.i and c.dep_ == "oprd" and c.tag_ in {"VBN", "VBD"}
                  and not any(g.dep_ in {"dobj", "nsubj", "agent", "aux", "auxpass"} for g in c.children)]
        heads += [p for h in [verb, *objects] for c in h.children if c.dep_ == "prep" and c.lower_ == "as"
                  and c.i > verb.i for p in c.children
                  if p.dep_ == "pobj" or (adjectives and p.pos_ == "ADJ" and p.i > c.i)]
        if not heads:
            # (patterns20) "called the move politically motivated", "called the remarks insulting": the parser may
            # hang the predicate adjective or participle on the object as a clause of its own (acl); only the word
            # lists read the head, so a participle that is no predicate ("the troops stationed there") names nothing
            heads = [c for o in objects if o.i > verb.i for c in o.children if c.dep_ == "acl" and c.i > o.i and (
                c.pos_ == "ADJ" or c.tag_ in {"VBN", "VBG"}) and not any(
                g.dep_ in {"dobj", "nsubj", "agent", "aux", "auxpass"} for g in c.children)]
            # (patterns21) or as an adjective modifying it from after it, where English puts none but a predicate:
            # "called the draft resolution ambiguous"
            heads += [c for o in objects if o.i > verb.i for c in o.children
                      if c.dep_ == "amod" and c.pos_ == "ADJ" and c.i == o.i + 1]
        return heads

    @staticmethod
    def _denied_doing(verb: Token) -> bool:
        """A verb of denying (event_cues denying_verbs) whose complement is a gerund ("denied violating the truce",
        "denied having any role") and that has no noun object of its own: the denial of an act."""
        if verb.lemma_.lower() not in cue("denying_verbs"):
            return False
        kids = list(verb.children)
        return not any(c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN", "PRON"} for c in kids) and any(
            c.tag_ == "VBG" and c.dep_ in {"xcomp", "ccomp", "dobj"} and c.i > verb.i for c in kids)

    @staticmethod
    def _conceded_fact(verb: Token) -> bool:
        """(precision47) A verb of conceding (event_cues conceding_verbs) with a finite clause of its own (a "that" or a
        subject) and no noun object: "conceded that voters had rejected another term" admits a fact (015), it yields nothing."""
        if verb.lemma_.lower() not in cue("conceding_verbs"):
            return False
        kids = list(verb.children)
        return not any(c.dep_ == "dobj" for c in kids) and any(
            c.dep_ == "ccomp" and c.i > verb.i and c.pos_ in {"VERB", "AUX"}
            and any((m.dep_ == "mark" and m.lower_ == "that") or m.dep_ in {"nsubj", "nsubjpass"} for m in c.children)
            for c in kids)

    def _denial(self, verb: Token) -> bool:
        """(verbs15a) A labelling verb whose object is named a lie (event_cues denial_labels: "called the reports fake
        news", "called claims that it ordered his death an absolute lie"), or called baseless or false
        (denial_adjectives), or a statement (denied_statement_nouns) called absurd or preposterous: the namer denies
        it (016), whether the statement is the object or the noun a relative clause hangs on ("an allegation New Delhi
        called preposterous", "a finding Pyongyang called a fabrication")."""
        lemma = verb.lemma_.lower()
        if lemma not in cue("labelling_verbs") or any(c.dep_ == "prt" for c in verb.children):
            return False
        objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
        # "..., an allegation New Delhi called preposterous": the parser may hang the statement on the subject
        named = objects + [c for s in verb.children if s.dep_ == "nsubj" for c in s.children
                           if c.dep_ == "compound" and c.i < s.i]
        heads = self._label_heads(verb, objects, adjectives=True)
        if verb.dep_ == "relcl" or (verb.dep_ == "acl" and any(c.dep_ == "nsubj" for c in verb.children)):
            # "a finding Pyongyang called a fabrication": the statement is the noun the clause hangs on, and the
            # parser may take the name for the verb's object ((verbal49) or the clause, subject and all, for a
            # participle on it: "..., a claim the Kremlin called a malicious fabrication")
            named = [verb.head]
            heads += [c for c in objects if c.i > verb.i]
        if not heads:
            return False
        stated = any({o.lemma_.lower(), o.lower_} & cue("denied_statement_nouns") for o in named)
        scorn = cue("critical_adjectives") | cue("statement_scorn_adjectives")
        for h in heads:
            mods = [c for c in h.children if c.dep_ in {"amod", "compound", "acomp"} or (
                c.dep_ == "conj" and c.pos_ in {"ADJ", "NOUN"})]
            compound = " ".join(c.lemma_.lower() for c in mods if c.dep_ in {"compound", "amod"} and c.i < h.i)
            if h.lemma_.lower() in cue("denial_labels") or f"{compound} {h.lemma_.lower()}".strip() in cue(
                    "denial_labels") or any(c.lemma_.lower() in cue("denial_labels") for c in mods
                                            if c.dep_ == "conj"):
                return True
            words = {w for t in [h, *mods] for w in (t.lemma_.lower(), t.lower_)}
            if words & cue("denial_adjectives") or (stated and words & scorn):
                return True
        return False

    # Set to a dict by a coder once its parse is final (SentenceCoder after its repairs): a verb's code is then
    # read once per token, however many rules ask (about a third of the calls repeat one).
    _verb_memo: dict[int, VerbMatch | None] | None = None

    def code_verb(self, verb: Token) -> VerbMatch | None:
        memo = self._verb_memo
        if memo is None:
            return self._coded_verb(verb)
        if verb.i not in memo:
            memo[verb.i] = self._coded_verb(verb)
        return memo[verb.i]

    def _demanded_act(self, verb: Token) -> VerbMatch | None:
        """(material52) A plain demand (100) whose that-clause or infinitive names the act asked for ("demanded that
        Israel free 700 prisoners", "demanded that Kabul hand over the militants", "demanding that President Kabila
        step down", "demanded Iran to release the crew") is coded by that act, as the act's noun codes it ("demanded
        the release"): the demand verb's own patterns read the complement's verb and the words after it (a pattern of
        another root there, "demanded that police arrest the killers", is no demand's code and is not taken)."""
        if verb.lemma_.lower() not in cue("demand_verbs"):
            return None
        comps = [c for c in verb.children if c.dep_ in {"ccomp", "xcomp"} and c.pos_ == "VERB" and c.i > verb.i]
        if len(comps) != 1:
            return None
        comp = comps[0]
        lemma = comp.lemma_.lower()
        codes = {"1053": "demanded_release_verbs", "1013": "demanded_extradition_verbs",
                 "1056": "demanded_withdrawal_verbs", "1041": "demanded_resignation_verbs"}
        code = next((k for k, key in codes.items() if lemma in cue(key)), None)
        if code is None:
            return None
        if lemma in cue("demanded_particle_verbs") and not any(
                c.dep_ == "prt" and c.lower_ in cue("demanded_act_particles") for c in comp.children):
            return None   # "hand in their papers", "step up pressure"
        objs = [c.lemma_.lower() for c in comp.children if c.dep_ == "dobj"]
        subjects = [c.lemma_.lower() for c in comp.children if c.dep_ == "nsubj"]
        if code == "1053" and any(o in cue("demanded_release_things") for o in objs):
            return None   # "release the election results": no captive freed
        if code == "1056" and any(o in cue("demanded_withdrawn_things") for o in objs):
            return None   # "withdraw its genocide lawsuit": no forces withdrawn
        if lemma in cue("demanded_office_verbs") and any(o in cue("demanded_leadership_objects") for o in objs):
            code = "1041"   # "leave office", "hand over power"
        elif lemma == "leave" and not any(s in cue("demanded_leavers") for s in subjects):
            return None   # "that the traders leave the country": no forces told
        return VerbMatch(code=code, pattern=f"{verb.lemma_.lower()} * <asked {lemma}>", specificity=2)

    def _coded_verb(self, verb: Token) -> VerbMatch | None:
        match = self._code_verb(verb)
        if match is not None and match.code and not match.code.startswith("09"):
            held = self._inquiry_held(verb)
            if held is not None:
                # "opened an investigation into an air strike": the inquiry is the act, not the strike it looks into
                return held
        if match is not None and match.code and match.code != "016" and self._denied_doing(verb):
            # "denied violating the truce", "denied offering a bribe": a denial of one's own act, whatever noun the
            # act governs ("truce", "offer" make the refusals 1246, 127 when they are what is denied)
            return VerbMatch(code="016", pattern=f"{verb.lemma_.lower()} <doing>", specificity=match.specificity)
        if match is not None and match.code and match.code.startswith("08") and self._conceded_fact(verb):
            # "Chile's government conceded that Pinochet had lost the plebiscite": a fact admitted (015), no yielding
            return VerbMatch(code="015", pattern=f"{verb.lemma_.lower()} <that>", specificity=match.specificity)
        if (match is None or not match.code or match.code != "016") and self._denial(verb):
            # "the Kremlin called the reports fake news", "an allegation New Delhi called preposterous": a denial
            return VerbMatch(code="016", pattern=f"{verb.lemma_.lower()} * <denial>",
                             specificity=match.specificity if match is not None else 1)
        if match is not None and match.code == "100":
            asked = self._demanded_act(verb)
            if asked is not None:
                # "demanded that Israel free 700 prisoners": the act asked for names the demand (1053)
                return asked
        if (match is None or not match.code or match.code[:2] in {"11", "01"} or match.code.startswith("---")) \
                and self._voided(verb):
            # (recall28) "Moscow said ... called the vote illegal", "denounced the pact as null and void": rejected
            return VerbMatch(code="120", pattern=f"{verb.lemma_.lower()} * <void>",
                             specificity=match.specificity if match is not None else 1)
        if (match is None or not match.code or match.code[:2] != "11") and self._censure(verb):
            # "Japan called it an unforgivable act": naming another's act with a word of censure criticises it
            return VerbMatch(code="111", pattern=f"{verb.lemma_.lower()} * <censure>",
                             specificity=match.specificity if match is not None else 1)
        if (match is None or not match.code or match.code.startswith("---") or match.code == "100") \
                and self._forces_ordered_to(verb):
            # "Reagan ordered 3,200 troops to Honduras": forces sent to a place (an order to one's own forces to
            # act, "ordered the army to shell", stays no demand: the act is coded on its own verb)
            return VerbMatch(code="154", pattern=f"{verb.lemma_.lower()} * troop (to) <place>", specificity=3)
        if (match is None or not match.code or match.code.startswith(("---", "084", "07", "154"))) \
                and self._handed_for_trial(verb):
            # (recall28) "Mexico sent 29 jailed cartel figures to the United States", "handed Milosevic to the UN war
            # crimes tribunal": judicial cooperation with the receiver
            return VerbMatch(code="063", pattern=f"{verb.lemma_.lower()} * <wanted> (to) <receiver>", specificity=3)
        if (match is None or not match.code.startswith(("084", "063"))) and self._person_handed_over(verb):
            # (the person handed over is the object: "handed back the journalist at the airport" hands no place back)
            # "Pakistan handed back the captured pilot", "would never hand over bin Laden": a release (refused: 1243)
            return VerbMatch(code="0841", pattern=f"{verb.lemma_.lower()} over * <person>", specificity=2)
        if (match is None or not match.code) and self._permission_refused(verb):
            # (patterns21) "said it would not allow Chinese vessels to board ...", "would not let them in": leave
            # refused to an actor, coded as the negated permission, which the stated-refusal rule makes a 12x
            return VerbMatch(code="086", pattern=f"{verb.lemma_.lower()} * <actor> <refused>", specificity=2)
        if (match is None or not match.code) and self._abiding_refused(verb):
            # (refuse29b) "Israel would not be bound by the deal", "Spain would not meet the target": abiding refused,
            # coded as the negated acceptance (030), which the stated-refusal rule makes a rejection (120)
            return VerbMatch(code="030", pattern=f"{verb.lemma_.lower()} * <obligation> <refused>", specificity=1)
        if (match is None or not match.code or match.code[:2] != "13") and self._arming_refused(verb):
            # (verbal27) "would not allow Iran to acquire nuclear weapons": a threat of force (138), made as a refusal
            # (its modality: intended, sentence.SentenceCoder._verb_events)
            return VerbMatch(code="138", pattern=f"{verb.lemma_.lower()} * <actor> <arming> <refused>", specificity=2)
        if (match is None or match.code != "0831") and self._leader_leaves_office(verb):
            # "lawmakers removed President Pedro Castillo": 0831 (before any pattern of what is removed)
            return VerbMatch(code="0831", pattern=f"{self._verb_lemma(verb)} * <leader>", specificity=2)
        if (match is None or match.code[:2] in {"11", "12"}) and self._office_holder_dismissed(verb):
            # (coop47) "King Fahd dismissed Sheikh Yamani", "sacked his national security adviser": 0831, where the
            # verb's own patterns read no office ("dismiss *" 120)
            return VerbMatch(code="0831", pattern=f"{self._verb_lemma(verb)} * <office-holder>", specificity=2)
        if (match is None or match.code[:2] != "16") and self._aid_work_halted(verb):
            # (conflict31) "the World Food Programme suspended operations in Saada", "Doctors Without Borders said it
            # was halting its work in Zamzam": an aid agency stopping its own work cuts humanitarian aid (1623)
            return VerbMatch(code="1623", pattern=f"{verb.lemma_.lower()} * <aid work> (by an aid agency)",
                             specificity=2)
        if match is not None and match.code == "113" and self._naming_call(verb):
            # (verbal52) "Tass called the protest an outburst of hysteria": a protest named, not one called for
            return VerbMatch(code="---", pattern=f"{match.pattern} <named>", specificity=match.specificity)
        if match is not None and match.code == "113" and any(
                c.dep_ in {"xcomp", "ccomp"} and any(n.dep_ == "neg" for n in c.children) for c in verb.children):
            # (verbal52) "appealed to the population not to resist": an appeal for calm (0252), no rallying call
            return VerbMatch(code="0252", pattern=f"{match.pattern} <not>", specificity=match.specificity)
        if match is not None and match.code == "030" and match.specificity == 0:
            vowed = self._vowed_act(verb)
            if vowed is not None:
                return vowed
        if match is not None and match.code[:2] == "13" and self._endangers(verb):
            # (intent60) "an act that threatened the region", "threatening the disarmament timetable": a thing put at
            # risk, no threat made to anyone
            return VerbMatch(code="---", pattern=f"{match.pattern} <endangered>", specificity=match.specificity)
        if match is not None and match.code[:2] == "13" and self._warned_to_act(verb):
            # (conflict30) "Moscow warned China to halt the incursion", "the coast guard warned them to leave": telling
            # another to act is a demand (10), as "ordered X to" is; "warned Washington not to interfere" stays a threat
            return VerbMatch(code="100", pattern=f"{verb.lemma_.lower()} * <addressee> (to) <act>",
                             specificity=match.specificity)
        if match is not None and match.code == "130":
            # "warned it would retaliate": the warner's own response is a threat of force; "warned that any
            # attack would be met with ...": the meeting verb codes the threat (no second event here)
            own = self.own_response(verb)
            if own == "met":
                return VerbMatch(code="---", pattern=f"{match.pattern} <met with>", specificity=match.specificity)
            if own == "force":
                return VerbMatch(code="138", pattern=f"{match.pattern} <own response>", specificity=match.specificity)
        return match

    @staticmethod
    def _endangers(verb: Token) -> bool:
        """(intent60) A verb of endangering (event_cues endangering_verbs: threaten) whose direct object is a thing at
        risk (endangered_things: security, stability, peace, the region, a timetable) and that names no act of its own
        (no infinitive or clause: "threatened to quit the talks"): the thing is endangered, no threat is made."""
        if verb.lemma_.lower() not in cue("endangering_verbs"):
            return False
        if any(c.dep_ in {"xcomp", "ccomp"} for c in verb.children):
            return False
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        return bool(objs) and all(o.lemma_.lower() in cue("endangered_things") or o.lower_ in cue("endangered_things")
                                  for o in objs)

    def _inquiry_held(self, verb: Token) -> VerbMatch | None:
        """(material50) An inquiry the verb opens, launches or orders as its object (event_cues inquiry_nouns: "opened an
        investigation into an air strike in Gaza City", "had opened an inquiry into a U.S. air strike that killed 30
        civilians", "ordered a military inquiry into the shooting of mourners") is the act done, not the act it looks
        into, whose words further on the verb's patterns would read ("open * {air strike}" 195): the verb's patterns
        on the inquiry noun's own words alone, when they code an inquiry (09)."""
        for c in verb.children:
            if c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in cue("inquiry_nouns"):
                words = [t.lemma_.lower() for t in c.subtree if t.i <= c.i and not t.is_punct]
                held = self.verbs.match(self._verb_lemma(verb), words, [])
                if held is not None and held.code.startswith("09"):
                    return held
        return None

    def _aid_work_halted(self, verb: Token) -> bool:
        """(conflict31) A verb of stopping (event_cues aid_halt_verbs) whose object is a noun of an agency's own work
        (aid_work_nouns: operations, work, activities) and whose subject, or the object of the verb it completes
        ("prompting Save the Children to suspend their operations"), is an aid agency: an actor whose code begins with
        one of aid_agency_codes (NGO, the UN's aid agencies). "The government suspended Twitter's operations" and
        "the army suspended offensive operations" have no aid agency as subject."""
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in cue("aid_halt_verbs"):
            return False
        if not any(c.dep_ == "dobj" and c.lemma_.lower() in cue("aid_work_nouns") and not any(
                a.dep_ == "amod" for a in c.children) for c in verb.children):
            return False
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
        if not doers and verb.dep_ in {"xcomp", "ccomp"}:
            doers = [c for c in verb.head.children if c.dep_ in {"dobj", "nsubj"} and c.i < verb.i]
        actors_of = getattr(self, "actors_of", None)
        if actors_of is None or not doers:
            return False
        agencies = tuple(cue("aid_agency_codes"))
        return any(n.code.startswith(agencies) for d in doers[:1] for n in actors_of(d))

    def _warned_to_act(self, verb: Token) -> bool:
        """(conflict30) A warning verb (event_words warning_verbs) with an addressee as its object and an infinitive of
        what the addressee is to do, not negated: "warned China to halt the incursion", "warned Uganda to pull its
        troops out". A negated infinitive ("warned Baghdad not to interfere") warns against an act: a threat."""
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.words.warning_verbs:
            return False
        if not any(c.dep_ in {"dobj", "dative"} and c.pos_ in {"PROPN", "NOUN", "PRON"} for c in verb.children):
            return False
        for x in verb.children:
            if x.dep_ == "xcomp" and x.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children):
                return not any(n.dep_ == "neg" for n in x.children)
        return False

    def _vowed_act(self, verb: Token) -> VerbMatch | None:
        """(modality26) A vow, pledge or promise whose object is a noun of an act ("promised an investigation",
        "pledged a full inquiry", "vowed an all-out war"): the act the noun names, which lies ahead (intended:
        modality.for_event), not the bare intent to cooperate (030) of "promise *". Acts of saying and intending
        (data: modality_cues vowed_noun_skipped_roots) stay the verb's own."""
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.words("modality_cues", "vowing_verbs"):
            return None
        skipped = lexicon.words("modality_cues", "vowed_noun_skipped_roots")
        for obj in verb.children:
            if obj.dep_ != "dobj" or obj.pos_ != "NOUN":
                continue
            noun = self.verbs.match_noun(obj.lemma_.lower(), [t.lemma_.lower() for t in obj.children])
            if noun is not None and noun.code and not noun.code.startswith("---") and noun.code[:2] not in skipped:
                return VerbMatch(code=noun.code, pattern=f"{verb.lemma_.lower()} * <{obj.lemma_.lower()}>",
                                 specificity=1)
        return None

    def _person_handed_over(self, verb: Token) -> bool:
        """(clause13) A handing verb with its particle (event_cues person_handover_verbs, _particles) whose object is
        a person: a noun of people (handed_person_nouns) or an actor mention of kind person ("hand over Osama bin
        Laden", "hand over the opposition activist", "hand over its president")."""
        if verb.lemma_.lower() not in cue("person_handover_verbs") or not any(
                c.dep_ in {"prt", "advmod"} and c.lower_ in cue("person_handover_particles") for c in verb.children):
            return False
        mention_at = getattr(self, "mention_at", {})   # the actor mentions, where the finder knows them
        for o in verb.children:
            if o.dep_ not in {"dobj", "nsubjpass"}:
                continue
            m = mention_at.get(o.i)
            if o.lower_ in cue("handed_person_pronouns") or (
                    m is not None and m.kind == "organization" and o.pos_ == "PROPN" and o.tag_ == "NNP"):
                return True   # (conflict30) "would not hand him over", "would never hand over Osama bin Laden" (a
                # named man the actor dictionary files under his organisation; a body handed over is a group's people)
            if (m is not None and m.kind == "person") or o.lemma_.lower() in cue("handed_person_nouns") or " ".join(
                    t.lemma_.lower() for t in o.subtree if t.dep_ == "compound" or t.i == o.i) in cue("handed_person_nouns"):
                return True
        return False

    def _handed_for_trial(self, verb: Token) -> bool:
        """(recall28) A verb of handing over (event_cues justice_transfer_verbs; "turn" only with "over") whose "to"
        phrase names a receiver, a court or tribunal (an actor of sector JUD) for any person handed, a state's actor or
        a country for a wanted person: an object that is a noun of wanted people (wanted_person_nouns: a suspect, a
        terrorist) or a person that words make wanted (wanted_person_words on a person or wanted_person_heads: "two
        suspected al Qaeda militants", "29 jailed cartel figures"; not "suspected weapons"). Hostages, prisoners or soldiers handed over are released, not tried (the hand over entry, 0841)."""
        lemma = verb.lemma_.lower()
        if lemma not in cue("justice_transfer_verbs") or (lemma == "turn" and not any(
                c.dep_ == "prt" and c.lower_ == "over" for c in verb.children)):
            return False
        if any(c.dep_ == "nsubjpass" for c in verb.children):
            return False   # the one who hands is not named in the clause
        mention_at = getattr(self, "mention_at", {})
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if not objects:
            return False
        receivers = [mention_at[t.i] for p in verb.children if p.dep_ in {"prep", "dative"} and p.lower_ == "to"
                     for o in p.children if o.dep_ == "pobj" for t in o.subtree if t.i in mention_at]
        receivers += [mention_at[t.i] for o in objects for p in o.subtree if p.dep_ == "prep" and p.lower_ == "to"
                      for q in p.children if q.dep_ == "pobj" for t in q.subtree if t.i in mention_at]
        if not receivers:
            return False
        if any(m.sector == "JUD" or "JUD" in m.code[3:] for m in receivers):
            return any(o.i in mention_at and mention_at[o.i].kind == "person" for o in objects) or any(
                o.lemma_.lower() in cue("wanted_person_nouns") for o in objects)
        if not any(m.country or m.code[:3] == "IGO" for m in receivers):
            return False
        for o in objects:
            words = {t.lemma_.lower() for t in o.subtree if t.i <= o.i} | {t.lower_ for t in o.subtree if t.i <= o.i}
            compound = " ".join(t.lemma_.lower() for t in o.subtree if t.i <= o.i and (t.dep_ == "compound" or t.i == o.i))
            person = (o.i in mention_at and mention_at[o.i].kind == "person") or o.lemma_.lower() in cue(
                "wanted_person_heads")
            if o.lemma_.lower() in cue("wanted_person_nouns") or compound in cue("wanted_person_nouns") \
                    or (person and words & cue("wanted_person_words")):
                return True
        return False

    def _permission_refused(self, verb: Token) -> bool:
        """(patterns21) A verb of letting (event_cues permission_verbs: allow, let, permit) stated as one's own refusal
        ("will not / would not", modality.is_stated_refusal) whose object, or the subject of its complement, is an
        actor: "said it would not allow Chinese vessels to board Taiwanese boats", "would not let them in", "would
        not let U.N. investigators into the country". A refusal to let things be ("would not let the deal lapse")
        names no actor and is left to the verb's own patterns."""
        if verb.lemma_.lower() not in cue("permission_verbs") or not modality.is_stated_refusal(verb):
            return False
        mention_at = getattr(self, "mention_at", None) or {}
        # only leave to come in, cross or land (entry_verbs, or "into"/"in" after the object): "would not allow Iran
        # to acquire nuclear weapons" or "would not let militants fire" threaten or restrain, they refuse no entry
        entry = cue("entry_verbs")
        comps = [c for c in verb.children if c.dep_ in {"ccomp", "xcomp"} and c.i > verb.i and c.lemma_.lower() in entry]
        let = [s for c in comps for s in c.children if s.dep_ in {"nsubj", "nsubjpass"}]
        if any(c.dep_ in {"prep", "prt", "advmod"} and c.lower_ in {"in", "into"} and c.i > verb.i for c in verb.children):
            let += [c for c in verb.children if c.dep_ == "dobj"]
        # (the actor may be named by a modifier of the noun: "Chinese vessels", "Russia's ships")
        if any(t.i in mention_at for o in let for t in o.subtree
               if t.i == o.i or (t.i < o.i and t.dep_ in {"amod", "compound", "poss"})):
            return True
        return self._foreign_leave_refused(verb, mention_at)

    def _foreign_leave_refused(self, verb: Token, mention_at: dict) -> bool:
        """(ask59) Leave to act refused to another state's people or to an international body, whatever the act:
        "said it would not allow the IAEA to install new cameras", "would not allow Ukraine to use Italian weapons
        against Russia", "would not let Chinese coast guard ships escort fishing boats", "would not let the U.N.
        investigators into the country" (gold: the refusal 12x, asserted). The one refused leave is the verb's object
        or its complement's subject, an actor of a country other than the refuser's or an international or
        non-governmental body; the refuser is named by the verb's subject. Not a threat ("would not allow Iran to
        acquire nuclear weapons", "would not let China expand into Asia": event_cues permission_threat_verbs), nor
        leave kept from one's own people or land ("would not allow the opposition to rally", "would not let its
        territory be used": other rules and patterns)."""
        # a refusal for a time or on a condition ("would not let Ukraine open the talks until Kyiv ...") tells the act
        # put off (as _bare_refusal reads it: event_cues bare_refusal_time_marks)
        comps = [c for c in verb.children if c.dep_ in {"ccomp", "xcomp"} and c.i > verb.i]
        if any(c.dep_ in {"advcl", "prep"} and (c.lower_ in cue("bare_refusal_time_marks") or any(
                g.dep_ == "mark" and g.lower_ in cue("bare_refusal_time_marks") for g in c.children))
               for h in (verb, *comps) for c in h.children):
            return False
        if any(c.lemma_.lower() in cue("permission_threat_verbs") or c.lemma_.lower() in cue("arming_verbs") and any(
                o.dep_ == "dobj" and o.lemma_.lower() in cue("mass_weapon_nouns") for o in c.children) for c in comps):
            return False
        allowed = permission_allowed(verb)
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or not allowed:
            return False
        refusers = [mention_at[t.i] for t in subj.subtree if t.i in mention_at]
        if not refusers and subj.pos_ == "PRON":
            # "Damascus said it would not let ...": the pronoun's sayer, the subject of the verb of saying above
            say = next((a for a in verb.ancestors if a.lemma_.lower() in cue("permission_saying_verbs")), None)
            said_by = next((c for c in say.children if c.dep_ == "nsubj"), None) if say is not None else None
            refusers = [mention_at[t.i] for t in said_by.subtree if t.i in mention_at] if said_by is not None else []
        countries = {m.country for m in refusers if m.country}
        if not countries:
            return False
        for o in allowed:
            if o.pos_ == "PRON" and o.i not in mention_at:
                continue
            names = [mention_at[t.i] for t in o.subtree
                     if t.i in mention_at and (t.i == o.i or (t.i < o.i and t.dep_ in {"amod", "compound", "poss"}))]
            if o.i not in mention_at and self.verbs.match_noun(o.lemma_.lower(), []) is not None:
                continue   # "would not let Saddam's defiance go on": an act, not an actor, kept from going on
            for m in names:
                if (m.code or "")[:3] in {"IGO", "NGO"} or (m.country and m.country not in countries):
                    return True
        return False

    def _abiding_refused(self, verb: Token) -> bool:
        """(refuse29b) A verb of abiding stated as one's own refusal (modality.is_stated_refusal): "said Israel would not
        be bound by the deal", "would not comply with the ruling" (event_cues abiding_verbs; "bind" only as a passive),
        or a verb of fulfilling whose object is a noun of obligation ("Spain would not meet the target", "would not
        enforce the warrant", "would not carry out the court's order": obligation_verbs, obligation_nouns). The act
        refused is abiding by another's ruling, deal or demand, a rejection (120); a verb with a code of its own keeps it."""
        lemma = verb.lemma_.lower()
        if verb.pos_ not in {"VERB", "AUX"}:
            return False
        if lemma in cue("abiding_verbs"):
            if lemma == "bind" and not any(c.dep_ == "auxpass" for c in verb.children):
                return False
        elif lemma in cue("obligation_verbs"):
            nouns = cue("obligation_nouns")
            if lemma == "carry" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
                return False
            if not any(o.dep_ in {"dobj", "nsubjpass"} and (o.lemma_.lower() in nouns or o.lower_ in nouns)
                       for o in verb.children):
                return False
        else:
            return False
        return modality.is_stated_refusal(verb)

    def _arming_refused(self, verb: Token) -> bool:
        """(verbal27) A verb of letting (event_cues permission_verbs) stated as one's own refusal
        (modality.is_stated_refusal) whose complement is a verb of arming (arming_verbs) with a weapon of mass
        destruction as its object (mass_weapon_nouns with mass_weapon_words in its phrase): "said his government
        would not allow Iran to acquire nuclear weapons", "would not let Iran get a nuclear bomb". The gold README
        (blind7) codes it a threat of force (138, intended); "would not allow weapons to fall into the hands of
        extremists" arms no one, and the one kept from arming must be an actor named (not "an enemy")."""
        if verb.lemma_.lower() not in cue("permission_verbs") or not modality.is_stated_refusal(verb):
            return False
        marks = cue("mass_weapon_words")
        mention_at = getattr(self, "mention_at", None) or {}
        for comp in verb.children:
            if comp.dep_ not in {"ccomp", "xcomp"} or comp.i < verb.i or comp.lemma_.lower() not in cue("arming_verbs"):
                continue
            kept = [c for c in (*verb.children, *comp.children) if c.dep_ in {"dobj", "nsubj"} and verb.i < c.i < comp.i]
            if not any(c.i in mention_at for c in kept):
                continue
            for obj in comp.children:
                if obj.dep_ != "dobj" or obj.lemma_.lower() not in cue("mass_weapon_nouns"):
                    continue
                words = [t.lower_ for t in obj.subtree]
                if set(words) & marks or any(" " in m and m in " ".join(words) for m in marks):
                    return True
        return False

    def _leader_leaves_office(self, verb: Token) -> bool:
        """(verbs14) A head of state or government whom others remove or impeach (event_cues leader_removal_verbs; its
        object, active) leaves office: "lawmakers removed President Pedro Castillo", "parliament voted to remove the
        president". Not a passive ("was removed from power": no remover named), and not armed forces removing him
        (a coup, 173 by its plotters, data/gold/README.md). A leader's flight is left alone: the dev set codes it
        only now and then ("fled the country" is as often no event of its own)."""
        if self._verb_lemma(verb) not in cue("leader_removal_verbs"):
            return False
        if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
            return False
        mention_at = getattr(self, "mention_at", {})
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
        # (doubts37) a relative clause's doer is the noun it hangs on: "General Nguema, who removed President Bongo"
        doers += [verb.head for c in doers if verb.dep_ == "relcl" and c.lower_ in cue("news_relative_pronouns")]
        if any(d.i in mention_at and mention_at[d.i].sector in cue("coup_sectors") for d in doers):
            return False
        if any(t.lemma_.lower() in lexicon.words("sense_cues", "military_titles") for d in doers for t in d.subtree
               if t.i <= d.i and t.dep_ in {"compound", "amod", "nmod"} or t.i == d.i):
            return False   # (doubts37) "General Nguema", "the army chief", "the general": soldiers removing him make a coup
        return any(self._is_leader(c) for c in verb.children if c.dep_ == "dobj")

    def _office_holder_dismissed(self, verb: Token) -> bool:
        """(coop47) A dismissing verb (event_cues office_dismissal_verbs), active, whose direct object is an
        office-holder: a person mention of a state sector (office_holder_sectors), or a noun of office (office_nouns)
        heading such a mention ("the government", "his national security adviser"). Not "dismissed X as ..." (what
        X is called: criticism), nor a place or a people sacked, nor a verb with a phrase it fires "at" or "on"."""
        if self._verb_lemma(verb) not in cue("office_dismissal_verbs"):
            return False
        kids = list(verb.children)
        if any(c.dep_ in {"nsubjpass", "auxpass", "oprd", "prt"} or (
                c.dep_ == "prep" and c.lower_ in {"as", "at", "on", "upon", "into"}) for c in kids):
            return False
        mention_at = getattr(self, "mention_at", {})
        sectors = cue("office_holder_sectors")
        for c in kids:
            if c.dep_ != "dobj":
                continue
            m = mention_at.get(c.i)
            if m is None and c.pos_ == "PROPN":
                # a name the dictionaries lack, told by its apposition: "dismissed Sheikh Yamani, the oil minister"
                m = next((mention_at[a.i] for a in c.children if a.dep_ == "appos" and a.i in mention_at), None)
            if m is None or not m.country or (m.sector or "")[:3] not in sectors:
                continue
            if m.kind == "person" or c.lemma_.lower() in cue("office_nouns"):
                return True
        return False

    def _is_leader(self, tok: Token) -> bool:
        """A head of state or government: an actor mention of a country's government (sector GOV) that is a person
        or a noun of event_cues leader_nouns (its lemma, with its compound modifiers, or a title before a name:
        "President Pedro Castillo"); not one of no country ("the president of the football club")."""
        m = getattr(self, "mention_at", {}).get(tok.i)
        if m is None or not m.country or not (m.sector or "").startswith("GOV"):
            return False
        if m.kind == "person":
            return True
        nouns = cue("leader_nouns")
        mods = [c.lemma_.lower() for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
        return tok.lemma_.lower() in nouns or " ".join([*mods, tok.lemma_.lower()]) in nouns or any(
            w in nouns for w in mods) or (len(mods) >= 2 and " ".join(mods[:2]) in nouns)

    @staticmethod
    def _forces_ordered_to(verb: Token) -> bool:
        """(clause13) An ordering verb (event_cues force_ordering_verbs) whose object is armed forces
        (ordered_force_nouns) and which has a "to"/"into" phrase of its own with an object (ordered_force_preps):
        "ordered 3,200 troops to Honduras", "ordered troops and warplanes to Saudi Arabia". Not an order to act
        ("ordered troops to withdraw": an infinitive, coded on its own verb)."""
        if verb.lemma_.lower() not in cue("force_ordering_verbs"):
            return False
        kids = list(verb.children)
        if not any(c.dep_ == "dobj" and c.lemma_.lower() in cue("ordered_force_nouns") for c in kids):
            return False
        places = [c for c in kids if c.dep_ == "prep" and c.lower_ in cue("ordered_force_preps") and any(
            p.dep_ == "pobj" for p in c.children)]
        # (orders17) an infinitive after the place is the purpose of the move ("ordered troops and warplanes to
        # Saudi Arabia to defend the kingdom"); one before it is the order's act ("ordered troops to withdraw")
        if any(c.dep_ in {"xcomp", "ccomp"} and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               and not any(p.i < c.i for p in places) for c in kids):
            return False
        # "ordered troops in": a bare "in" right after the forces sends them in (the parser may leave it a
        # preposition without an object, which the pattern words skip)
        forces = [c for c in kids if c.dep_ == "dobj"]
        sent_in = any(c.lower_ == "in" and c.dep_ in {"prt", "prep", "advmod"} and not any(
            g.dep_ == "pobj" for g in c.children) and c.i == forces[0].right_edge.i + 1 for c in kids)
        return bool(places) or sent_in

    def _code_verb(self, verb: Token) -> VerbMatch | None:
        lemma = self._verb_lemma(verb)
        if not self.verbs.has_verb(lemma):
            return None
        if self._answered_by_means(verb, lemma):
            return None
        after, before = self._words_after(verb)
        if verb.dep_ == "xcomp" and verb.head.i != verb.i and not any(c.dep_ in {"nsubj", "nsubjpass"}
                                                                        for c in verb.children):
            # "Rwandan troops began leaving Congo": a complement without a subject of its own acts through
            # its governor's subject, which its patterns may name ("troop * ": a withdrawal)
            # (orders17) unless the governor has an object: the object then controls the infinitive ("ordered
            # his forces to advance on Tripoli": the forces advance, "troop * (on)"), as in any object control
            controller = "dobj" if any(c.dep_ == "dobj" for c in verb.head.children) and verb.i > verb.head.i \
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children) else "nsubj"
            before = [t.lemma_.lower() for c in verb.head.children if c.dep_ == controller for t in c.subtree] + before
        # (verbs16) the subject's kind likewise, after the words before the verb: "<person> * (in)" (a named
        # person landing in a capital visits it), "<gov> * country" (a head of government fleeing the country)
        before = before + (self.object_kind(verb, ("nsubj",)) or self._pronoun_subject_kind(verb))
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ == "NOUN" and verb.head.i < verb.i \
                and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            # (force30) an active participle after a noun acts through that noun, which its patterns may name as
            # they name a subject: "gunmen holding three aid workers" ("gunman * <cvl>": held captive)
            head = verb.head
            before = [t.lemma_.lower() for t in head.subtree if t.i <= head.i] + before + self._head_kind(head)
        match = self.verbs.match(lemma, after + self.object_kind(verb, ("dobj",)) + term_kind(verb), before)
        stray = self._stray_particle(verb, lemma, match, after)
        if stray is not None:
            # (sides39) "lawmakers voted to pull out of the court": the "out" of another verb is no particle of this
            # one ("vote out", a leader removed); read the words without it
            after = after[:stray] + after[stray + 1:]
            match = self.verbs.match(lemma, after + self.object_kind(verb, ("dobj",)), before)
        if match is None or not match.code or match.code.startswith("---"):
            # "allowed aid convoys to enter Tigray": the subject of an infinitive complement is the
            # verb's object for its patterns
            for c in verb.children:
                if c.dep_ in {"ccomp", "xcomp"} and c.i > verb.i and (
                        any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                        or lemma in self.words.bare_infinitive_verbs):
                    subj = [t for s in c.children if s.dep_ == "nsubj" for t in s.subtree]
                    if not subj and lemma in cue("permission_verbs"):
                        # (yield45) "allowed its airspace to be used", "would not let its territory be used": the
                        # passive's subject is what is let
                        subj = [t for s in c.children if s.dep_ == "nsubjpass" for t in s.subtree]
                    lent = [s for s in c.children if s.dep_ in {"nsubj", "nsubjpass"}
                            and s.lemma_.lower() in cue("lent_place_nouns")]
                    if subj and (lent or not any(t.dep_ == "poss" and t.pos_ == "PRON" for t in subj)):
                        # ("allowed its troops to withdraw": one's own forces let act are no partner)
                        # and the complement's own verb after it, as in "allowed Malian aircraft to deploy"
                        infinitive = ["to", c.lemma_.lower()] if c.i not in {t_.i for t_ in self._clause_tokens(verb)} else []
                        # (verbs16) and the kind of that subject, after all the words: "let Russian forces use its
                        # territory" ("* <mil>"; "forces" alone may be market forces)
                        # (yield45) and one's own ground it is let to use: "would not allow the contras to use its
                        # territory" (event_cues lent_place_nouns)
                        # (not a pledge to the one it would be used against: "would not allow any group to use
                        # Nepali soil against India" reassures India, it refuses no one)
                        used = ["<lent>"] if lemma in cue("permission_verbs") and (lent or (
                            c.lemma_.lower() in cue("lent_use_verbs") and any(
                                o.dep_ == "dobj" and o.lemma_.lower() in cue("lent_place_nouns") for o in c.children)))\
                            and not any(p.dep_ == "prep" and p.lower_ in cue("lent_against_preps")
                                        for p in c.subtree) else []
                        raised = self.verbs.match(lemma, [t.lemma_.lower() for t in subj] + infinitive + used + after
                                                  + self.object_kind(c, ("nsubj",), of_country=True), before)
                        if raised is not None and raised.code and not raised.code.startswith("---"):
                            match = raised
                    break
        if any(c.dep_ == "nsubjpass" for c in verb.children) and verb.lemma_.lower() not in self.words.stance_passives:
            # a passive reads as its active: "a bus was blown up by rebels" is "rebels blew up a bus"
            # the patient up to its head noun ("a temporary camp", not "... for refugees"), after any particle
            patient = [t for c in verb.children if c.dep_ == "nsubjpass" for t in c.subtree if t.i <= c.i]
            # (restrict40) and a bare "of" noun that names it with it: "a state of emergency was declared"
            patient += [t for c in verb.children if c.dep_ == "nsubjpass" for p in c.children
                        if p.dep_ == "prep" and p.lower_ == "of" and p.i == c.i + 1 and [g.dep_ for g in p.subtree] == ["prep", "pobj"]
                        for t in p.subtree]
            patient += _counted_things(verb)
            agent = {t.i for c in verb.children if c.dep_ == "agent" for t in c.subtree}
            prt = [c for c in verb.children if c.dep_ == "prt"]
            act_after = [t.lemma_.lower() for t in prt] + [t.lemma_.lower() for t in patient if not t.is_punct] + \
                [w for t, w in zip([t for t in self._clause_tokens(verb) if t.i > verb.i and not t.is_punct], after)
                 if t.i not in agent and t.dep_ != "prt"]
            act_before = [t.lemma_.lower() for t in self._clause_tokens(verb) if t.i in agent and t.dep_ != "agent"]
            active = self.verbs.match(lemma, act_after[:PATTERN_WINDOW] + self.object_kind(verb, ("nsubjpass",)),
                                      act_before)
            # (a tie goes to the active reading: "a manhunt was launched by police for the bombers" is
            # "police launched a manhunt", not a launch of weapons read from the words after the verb)
            if active is not None and (match is None or active.specificity >= match.specificity):
                return active
        elif verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ == "NOUN" and verb.head.i < verb.i \
                and any(c.dep_ == "agent" for c in verb.children) and self._people_noun(verb.head):
            # (force30) a past participle after a noun of people, with an agent, is a passive whose patient is those
            # people: "the hostages held by Tupac Amaru rebels" reads as "the rebels held the hostages"; not a
            # thing ("abuses committed by troops", "rockets fired by rebels": the rules of weapons read those)
            by = {t.i for c in verb.children if c.dep_ == "agent" for t in c.subtree}
            people = [t.lemma_.lower() for t in verb.head.subtree if t.i <= verb.head.i and not t.is_punct]
            done_after = people + [w for t, w in zip([t for t in self._clause_tokens(verb) if t.i > verb.i
                                                      and not t.is_punct], after) if t.i not in by]
            done_before = [t.lemma_.lower() for t in self._clause_tokens(verb) if t.i in by and t.dep_ != "agent"]
            done = self.verbs.match(lemma, done_after[:PATTERN_WINDOW] + self._head_kind(verb.head), done_before)
            if done is not None and (match is None or done.specificity >= match.specificity):
                return done
        elif verb.dep_ in {"acl", "relcl"} and verb.head.pos_ == "NOUN" and verb.head.i < verb.i \
                and verb.head.lemma_.lower() in cue("made_pact_nouns") \
                and not any(c.dep_ in {"dobj", "nsubjpass"} for c in verb.children):
            # (deal58) a clause on a pact noun with no object of its own makes the pact: "a deal struck by the junta
            # with Moscow" is "the junta struck a deal with Moscow" (057, not the attack of "strike * with"); a pact a
            # relative clause tells ("the accord Tehran struck with world powers took effect") is background the
            # sentence does not report (gold README, nominal events): nothing; a clause already read as the pact
            # keeps its reading
            by = {t.i for c in verb.children if c.dep_ == "agent" for t in c.subtree}
            made_after = [verb.head.lemma_.lower()] + [w for t, w in zip(
                [t for t in self._clause_tokens(verb) if t.i > verb.i and not t.is_punct], after) if t.i not in by]
            made_before = [t.lemma_.lower() for t in self._clause_tokens(verb) if t.i in by and t.dep_ != "agent"]
            made = self.verbs.match(lemma, made_after[:PATTERN_WINDOW], made_before)
            if made is not None and made.code in cue("two_way_pact_codes") and (match is None or match.code != made.code):
                return made if verb.dep_ == "acl" and by else None
        return match

    def _answered_by_means(self, verb: Token, lemma: str) -> bool:
        """(mine43) A verb of answering whose "by" phrase names the answer with a gerund codes nothing itself: the
        gerund is the act ("Beijing hit back by raising its tariffs", "India struck back by suspending the treaty",
        as "Moscow retaliated by expelling 23 diplomats"). "Hit"/"strike" only with their particle ("back")."""
        words = self.words
        first = lemma.split(" ")[0]
        if first not in words.retaliation_verbs and first not in words.means_response_verbs:
            return False
        particles = dict(words.retaliation_particles)
        if first in particles and not (lemma.endswith(" " + particles[first]) or any(
                c.dep_ in {"prt", "advmod"} and c.lower_ == particles[first] for c in verb.children)):
            return False
        # (the parser may hang the "by" phrase on the particle: "hit back by slapping duties")
        heads = [verb, *(c for c in verb.children if c.dep_ in {"prt", "advmod"})]
        return any(c.dep_ in {"prep", "agent"} and c.lower_ == "by" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)
                   for h in heads for c in h.children)

    @staticmethod
    def _stray_particle(verb: Token, lemma: str, match: VerbMatch | None, after: list[str]) -> int | None:
        """The place in ``after`` of the particle of a phrasal pattern ("vote out *", "call off *") that ``match``
        read from another word of the clause: a particle that is no word of the verb's own (no child of it, not the
        word right after it) belongs to another verb ("voted to pull out of the court"); so does a pattern word that
        only a gerund of another phrase gives, or only a phrase of the act's setting or a modifier of
        its target ("ceased fire after talks", "strikes on chemical weapons sites"). None when no word of the match is
        stray."""
        if match is None or not match.pattern.startswith(lemma + " "):
            return None
        parts = match.pattern[len(lemma) + 1:].split()
        for n, word in enumerate(parts):
            # a pattern word that only a gerund under a preposition the pattern does not name gives is that
            # gerund's: "set three conditions for freeing the hostages" frees no one ("set * free"); "accused
            # Kyiv of attacking" keeps "accuse * (of) attack"
            if not word.isalpha() or word not in after or (n and parts[n - 1].startswith("(")):
                continue
            words = [t for t in verb.subtree if t.i > verb.i and t.lemma_.lower() == word]
            if words and all(t.pos_ == "VERB" and t.dep_ == "pcomp" and t.head.i != verb.i for t in words):
                return after.index(word)
        for n, word in enumerate(parts):
            # (cease42) a pattern word that only a phrase of the act's setting gives ("after talks", "during the
            # visit", "despite sanctions") tells when or despite what, not what the verb did: "agreed to cease fire
            # after talks in Moscow" stops no talks ("cease * talks"); a pattern that names the preposition keeps it
            # (target42) and so does the word of a compound's end that only a modifier of the target gives: "launched
            # strikes on chemical weapons sites" used no chemical weapons ("launch * {chemical weapon}")
            key = normal(word.rstrip("}")) if word.endswith("}") else normal(word)
            if not key.isalpha() or key not in after or word.startswith(("(", "{")) or (n and parts[n - 1].startswith("(")):
                continue
            words = [t for t in verb.subtree if t.i > verb.i and normal(t.lemma_) == key]
            if words and all(_in_setting_phrase(t, verb) or _target_modifier(t, verb) for t in words):
                return after.index(key)
        particle = parts[0] if parts else ""
        if particle not in ADVERB_PARTICLES or particle not in after:
            return None   # (only an adverb particle: "join in", "call for" hang their preposition anywhere)
        if any(particle in {c.lower_, c.lemma_.lower()} for c in verb.children) or (
                verb.i + 1 < len(verb.doc) and verb.nbor(1).lower_ == particle):
            return None
        return after.index(particle)

    def _violent_noun(self, n: Token) -> bool:
        """A noun that names an attack or its weapon: "shelling", "strike", "bomb", "attack"."""
        lemma = n.lemma_.lower()
        if lemma in self.words.violent_means:
            return True
        match = self.verbs.match_noun(lemma, [t.lemma_.lower() for t in n.children])
        return bool(match and match.code and match.code[:2] in VIOLENT_ROOTS)

    def _causes(self, verb: Token) -> list[Token]:
        """Nouns that name what did the harm: the subject of "a blast killed", the by-agent or the
        "in"/"during" phrase of "were killed in an earthquake"."""
        out = [c for c in verb.children if c.dep_ in {"nsubj", "csubj"} and c.pos_ in {"NOUN", "PROPN"}]
        for c in verb.children:
            if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in cue("cause_preps")):
                out.extend(p for p in c.children if p.dep_ == "pobj" and p.pos_ in {"NOUN", "PROPN"})
        if not out and verb.tag_ == "VBG" and verb.dep_ in {"advcl", "xcomp", "conj"} and verb.head.i != verb.i:
            # "a blast ripped through a plant, killing 78 workers": the participle's harm is its head's
            out = [c for c in verb.head.children if c.dep_ in {"nsubj", "csubj"} and c.pos_ in {"NOUN", "PROPN"}]
        return out

    def _protest_verb(self, verb: Token) -> bool:
        """The main act is itself a protest ("shunned work to protest"): one event, not two."""
        match = self.code_verb(verb) if verb.pos_ == "VERB" else None
        return bool(match and match.code and match.code[:2] in PROTEST_ROOTS)

    def _weighs_an_act(self, verb: Token) -> bool:
        """A considering verb with the act it weighs as its object or complement."""
        if verb.lemma_.lower() not in self.cues.considered_verbs:
            return False
        return any(c.dep_ in {"dobj", "xcomp", "ccomp", "pcomp"} or
                   (c.dep_ in {"prep", "advcl"} and any(g.lower_ == "whether" for g in c.subtree))
                   for c in verb.children)


def _counted_things(verb: Token) -> list[Token]:
    """(nominal32) The things a series noun (event_cues series_nouns) heading a passive's patient counts, up to their
    head noun: "a series of grenades was thrown at a rally" reads as "threw grenades" (not "threw a series"), as
    "a volley of rockets was fired at the base" reads as "fired rockets"."""
    series = lexicon.words("event_cues", "series_nouns")
    return [t for c in verb.children if c.dep_ == "nsubjpass" and c.lemma_.lower() in series
            for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj" for t in o.subtree if t.i <= o.i]



def _in_setting_phrase(t: Token, verb: Token) -> bool:
    """Whether ``t`` lies in a phrase of a preposition of the act's setting (event_cues setting_preps: "after",
    "during", "despite"...) between it and ``verb``."""
    return _in_phrase_of(t, verb, cue("setting_preps"))


def _target_modifier(t: Token, verb: Token) -> bool:
    """Whether ``t`` only modifies another noun in the phrase of what an act lands on (event_cues impact_preps: "on",
    "against"...): the "weapons" of "strikes on chemical weapons sites"."""
    if t.dep_ not in {"compound", "amod", "nmod"} or t.head.i == verb.i:
        return False
    return _in_phrase_of(t.head, verb, cue("impact_preps"))


def _in_phrase_of(t: Token, verb: Token, preps: frozenset[str]) -> bool:
    """Whether the object of one of ``preps`` lies on the way from ``t`` up to ``verb`` (``t`` included)."""
    node = t
    while node.i != verb.i and node.head.i != node.i:
        if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.lower_ in preps:
            return True
        node = node.head
    return False


def permission_allowed(verb: Token) -> list[Token]:
    """(ask59) Whom a verb of letting names as let act: its object ("would not let the investigators in", "would not
    allow Ukraine to use ...") or its complement's subject ("would not allow the IAEA to install cameras")."""
    # (the act let done in its base form: "allow X to use", "let X in"; not "..., whatever the United States said")
    comps = [c for c in verb.children if c.dep_ in {"ccomp", "xcomp"} and c.i > verb.i and c.tag_ == "VB"]
    allowed = [c for c in verb.children if c.dep_ == "dobj"]
    return allowed + [s for c in comps for s in c.children if s.dep_ in {"nsubj", "nsubjpass"}]
