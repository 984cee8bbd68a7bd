"""Code events from parsed sentences: who did what to whom, in every verb clause.

For each verb (and a few event nouns) the verb-pattern dictionary gives a CAMEO code
(``triggers``); the parse gives the source and the target (``arguments``, ``implicit``). Conjoined
actors give one event each, reciprocal verbs (meet, sign, agree) give both directions, and
reported speech keeps the reporter in ``reported_by``; ``rules`` adds the special constructions.

``SentenceCoder`` drives them, one sentence at a time, and keeps the little article memory it needs.
It only finds ``candidates.Candidate`` events (``sentence_events``); ``finish.py`` makes them
``Event``s and ``pipeline.py`` adds dates and places from their own stages.
"""

from __future__ import annotations

import re
from functools import cached_property, lru_cache

from spacy.tokens import Doc, Span, Token

from .. import lexicon, taxonomy
from . import learned, modality, trace, vetter
from .actors import Mention, compose_code, counted_people
from .arguments import PLACE_PREPS, PLACE_TARGET_ROOTS, STATE_FORCES, STATE_ORGAN_SECTORS, own_state, doer_phrases, own_preps, own_side, reporters
from .candidates import Candidate, Named, dedupe, evidence, resolve_duplicates, same_actor
from .clauses import (mandative, DOCUMENT_NOUNS, NEWS_RELATIVE_PRONOUNS, in_background_clause, in_depicted_clause, in_sequel_clause, in_time_anchor, named_objects, naming_relative, no_det, noun_topic,
                      participle_aside,
                      participle_description, reduced_relative, adjective_pair)
from .event_words import cue, plain_vehicle
from .finish import final_code, instructed
from .nlp import verb_lemma
from .places import PLACE_NOUNS
from .attribution import CLAIM_CODE
from .implicit import ARMED_SECTORS, DENIAL_CODE, intercepted_objects
from .doctext import doc_text, fix_sentences, of_nouns, sentences, tokens, unfix_sentences, word_at
from .rules import INTENT_STATEMENT_ROOTS as INTENT_ROOTS, RuleCoder, refusal, refused_intent
from .syntax import (PATIENTS, SUBJECTS, repair_adjective_subject, repair_coordinated_subject_read_as_modifier, repair_coordinated_verb_read_as_adjective, repair_dateline, repair_fronted_participle, repair_fronted_object_read_as_subject, repair_identified_doer, repair_aside_of_request, repair_fronted_preposition, repair_trailing_attribution,
                     repair_noun_read_as_verb,
                     repair_participle_read_as_adjective, repair_hedge_read_as_verb, repair_object_read_as_subject, repair_gerund_subject_with_agent, repair_gerund_after_modifier_object,
                     repair_summary_root, repair_clause_read_as_preposition, repair_verbless_noun_clause,
                     repair_reduced_relative_subject, repair_verb_read_as_adjective, repair_visitor_read_as_verb,
                     repair_zero_relative)
from .triggers import PROTEST_ROOTS, VIOLENT_ROOTS, permission_allowed
from .verbs import VerbDictionary, VerbMatch, normal



@lru_cache(maxsize=None)
def sense(key: str) -> frozenset[str]:
    """A word list of data/lexicon/sense_cues.yaml (argument classes that give a verb its other sense)."""
    return lexicon.words("sense_cues", key)


def in_class(tok: Token, key: str) -> bool:
    """Whether a noun belongs to a class of sense_cues: its lemma, or its lemma with its compound
    modifiers ("climate change", "grand prix"), is listed."""
    words = sense(key)
    lemma = tok.lemma_.lower()
    if lemma in words:
        return True
    mods = [c.lower_ for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
    return bool(mods) and " ".join([*mods, lemma]) in words


# A sports score: "beat Croatia 4-2"
SCORE = re.compile(r"^\d{1,2}-\d{1,2}$")
# Violence or destruction by civilians (protesters, crowds, students) is a riot (CAMEO 145).
RIOT_ROOTS = taxonomy.roots("riot")
RIOT_CODES = frozenset({"145"})   # CAMEO 145: protest violently, riot
# A crowd's destruction, looting or beating told by a verb coordinated after its riot keeps its own code.
CROWD_SECOND_ROOTS = taxonomy.roots("crowd_second_act")
PEOPLE_TAGS = frozenset({"NNS", "NNPS"})   # "Palestinians", "Kashmiris": people of a nation, not its state
# a participle aside of specific fighting beside another use of force is a second act ("..., shelling X")
FIGHTING_ROOTS = taxonomy.roots("aside_act")
FORCE_ROOTS = taxonomy.roots("aside_force")
# Cooperative acts that parties do together in a place ("met in Doha", "signed a deal in Pretoria").
MEETING_ROOTS = taxonomy.roots("meeting")
# Consultations: "A met B" is coded once, from the subject (dev-set convention, data/gold/README.md).
ONE_WAY_MEETING_ROOTS = taxonomy.roots("one_way_meeting")
BORDER_POSTURE_ROOTS = taxonomy.roots("border_posture")   # (target31) _at_shared_border
# Conflictual acts whose target may sit deep in the clause ("began a hunger strike in protest
# against the government's decision"): when the verb's own objects name nobody, look deeper.
DEEP_TARGET_ROOTS = taxonomy.roots("deep_target")
ORDERING_VERBS = lexicon.words("modality_cues", "ordering_verbs")   # order, command, instruct, direct (orders17)
# Acts of a state on its own people in a place it names: concessions, threats, repression, violence.
DOMESTIC_ROOTS = taxonomy.roots("domestic")
# A state organ's force on its own protesting civilians is repression (175).
REPRESSION_ROOTS = taxonomy.roots("repression")
# (violence51) armed men on either side of a fight told with the other as object (_fought_foe)
FIGHTING_SIDES = taxonomy.sectors("fighting_side")
# Concessions and refusals of a state answering protests named in the sentence are aimed at the protesters.
PROTEST_ANSWER_ROOTS = taxonomy.roots("protest_answer")
# Refusals in defiance of an actor's pressure are aimed at that actor.
DEFIANCE_ROOTS = taxonomy.roots("defiance")
# Cooperative acts: a nominal one without a recipient takes the recipient of a recent act.
COOPERATIVE_ROOTS = taxonomy.roots("cooperative")
# Statements and accusations in an "after" clause are the reason of the reported act, not acts of their own.
STATED_REASON_ROOTS = taxonomy.roots("stated_reason")
# Event nouns that are mutual by nature: "A and B renewed negotiations" is A->B and B->A.
MUTUAL_NOUNS = lexicon.words("event_cues", "mutual_nouns")
# "Make statement, not specified": every "said" would be one. Statements are carried by quotes and reported_by.
SKIP_CODES = {"010"}
# The pattern mark of a state declared into being (010, no target): "declared independence" (clause13).
STATEHOOD_PATTERN = "<statehood>"
# Acts of force or coercion that a clause on a noun tells as done by a named doer ("gunmen who had stormed the
# hotel", "prisoners mistreated by U.S. soldiers"): news of their own (skipped16).
DESCRIBED_FORCE_ROOTS = taxonomy.roots("described_force")
SCENE_ACT_ROOTS = taxonomy.roots("scene_act")
# Acts that take or destroy, told beside the toll of an aside ("..., killing 1,200 and seizing 250 hostages").
TOLL_SECOND_ROOTS = taxonomy.roots("toll_second_act")
# Acts only actors do (words, demands, diplomacy, sanctions): a thing (an explosion, tests) never does them.
ACTOR_ONLY_ROOTS = taxonomy.roots("actor_only")
# Material acts (cooperation, aid, yielding ... force): refused or denied by the actor who would do them.
MATERIAL_ROOTS = taxonomy.roots("cooperative") | taxonomy.roots("threatened_act")
# Acts of pressure or force: in an "unless" clause they make a contingency ("will vote in March unless the rebels
# resume fighting"), not the demand of an ultimatum.
HOSTILE_ROOTS = taxonomy.roots("threatened_act")


def _relative_opened_by(verb: Token, preps: str, subjects: frozenset[str] | set[str]) -> bool:
    """A relative clause with a subject of its own, opened by a preposition of the event_cues list ``preps``
    and "which" ("in which security forces killed hundreds", "under which Israeli troops are to withdraw")."""
    deps = set(subjects)
    return verb.dep_ == "relcl" and any(c.dep_ in deps and c.lower_ not in cue("relative_pronouns")
                                        for c in verb.children) and any(
        c.dep_ == "prep" and c.lower_ in cue(preps) and any(g.dep_ == "pobj" and g.lower_ == "which" for g in c.children)
        for c in verb.children)


def _own_force(m: Named, sources: list) -> bool:
    """An army or police force of the country of a state source (the state itself, its government,
    forces or other organs): what the state moves, not whom it acts on ("the Pentagon announced a
    deployment of US troops to Poland")."""
    return bool(m.country) and m.sector in STATE_FORCES and any(
        s.country == m.country and (s.sector is None or s.sector in STATE_ORGAN_SECTORS) for s in sources)


class SentenceCoder(RuleCoder):
    """Codes the events of one article's sentences; keeps the little article memory it needs."""

    def __init__(self, doc: Doc, mentions: list[Mention], pronouns: dict[int, list[Mention]],
                 verbs: VerbDictionary) -> None:
        super().__init__(doc, mentions, pronouns, verbs)
        self._repair_parse()
        self._verb_memo = {}   # the parse is final: each verb's code is read once (TriggerFinder.code_verb)
        # (sentence start, source country, target) of recent cooperative acts, for nominal acts without a target
        self.recent_targets: list[tuple[int, str | None, Named]] = []

    # ---- the parse, repaired where the small parser misreads long sentences ----------------------------
    def _repair_parse(self) -> None:
        """Re-hang the words of a few misparsed shapes before any event is read (syntax.repair_*): a dateline
        read as a subject, an adjective phrase after a subject read as its clause, the subject of a relative clause
        with no pronoun read as an apposition, a verbal act coordinated
        with the wrong clause (:meth:`_repair_coordination`)."""
        from .places import dateline_end

        unfix_sentences(self.doc)   # (a doc repaired again): the sentences as the parse has them
        filed = dateline_end(doc_text(self.doc))
        if filed:
            repair_dateline(self.doc, filed)
        repair_adjective_subject(self.doc)
        repair_fronted_participle(self.doc)   # "Meeting in Brasilia, the ministers signed ..."
        repair_fronted_object_read_as_subject(self.doc)   # "After talks in Geneva, Washington and Beijing agreed"
        repair_fronted_preposition(self.doc)   # "After talks at Groote Schuur, the government agreed ..."
        repair_trailing_attribution(self.doc, self.cues.reporting)   # "..., the news agency Angop said."
        repair_coordinated_subject_read_as_modifier(self.doc)
        repair_zero_relative(self.doc)
        repair_reduced_relative_subject(self.doc, self.words.weapon_nouns, self.words.impact_verbs)
        repair_summary_root(self.doc)
        repair_clause_read_as_preposition(self.doc)   # "... after an explosion at a hospital killed 500"
        repair_verbless_noun_clause(self.doc)   # "A missile strike on a house in X killed 12"
        repair_verb_read_as_adjective(self.doc)
        repair_noun_read_as_verb(self.doc, self.cues.reporting)
        repair_coordinated_verb_read_as_adjective(self.doc)
        repair_participle_read_as_adjective(self.doc)
        repair_object_read_as_subject(self.doc, lexicon.words("event_cues", "people_object_verbs"))
        repair_gerund_subject_with_agent(self.doc)   # "Shelling by government forces killed three children"
        repair_gerund_after_modifier_object(self.doc)   # "Kherson came under Russian shelling"
        repair_hedge_read_as_verb(self.doc, lexicon.words("modality_cues", "hedged_doer_words"), verb_lemma)
        repair_identified_doer(self.doc, lexicon.words("modality_cues", "identifying_participles"))
        # (verbal58) "asked the court to outlaw three parties, accusing them of ...": the asker's word, not the act asked
        asking = modality.cues()
        repair_aside_of_request(self.doc, self.words.statement_participles, asking.requesting | asking.instructing)
        # (verbal54) a host's words to a visitor too: "Ceausescu told visiting Soviet Prime Minister Ryzhkov that ..."
        repair_visitor_read_as_verb(self.doc, self.words.hosting_verbs | cue("visitor_addressing_verbs"),
                                    self.words.visitor_participles)
        self._repair_span_nouns()
        self._repair_coordination()
        fix_sentences(self.doc)   # the parse is final: each word's sentence read from a table (doctext)

    def _repair_span_nouns(self) -> None:
        """(nouns20) "killing dozens in a week of unrest", "a fresh round of EU sanctions targeted ...", "after days
        of militia killings drew condemnation": a stretch of time or a batch (data: span_nouns) filled by an event noun in its "of" phrase is
        that event, told where the stretch stands (a subject or the object of a preposition): the event noun takes
        the stretch's place in the tree and the stretch hangs on it as a measure, so every rule that reads an event
        noun in that place reads it. Not an object: a verb's pattern reads its object's own words ("ended three
        days of talks" concludes the talks, where "ended the talks" halts them)."""
        for span in tokens(self.doc):
            if span.pos_ != "NOUN" or span.lemma_.lower() not in cue("span_nouns") or span.dep_ not in SUBJECTS | {"pobj"}:
                continue   # not an object: "ended three days of talks" concludes them, "ended talks" halts them
            ofs = [c for c in span.children if c.dep_ == "prep" and c.lower_ == "of"]
            inner = [o for p in ofs[:1] for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
            if not inner:
                continue
            if span.dep_ in SUBJECTS and span.head.lemma_.lower() in self.words.casualty_verbs:
                continue   # "a wave of drone attacks wounded three soldiers": the series rule reads it (_series_attack)
            n = inner[0]
            lemma = n.lemma_.lower()
            match = self.verbs.match_noun(lemma, [])
            if not ({lemma, n.lower_} & self.words.between_nouns or match is not None and match.code
                    and not match.code.startswith("---")):
                continue
            # in an order that never makes a cycle: the noun first takes the stretch's place, then the stretch
            n.head = span.head
            n.dep_ = span.dep_
            span.head = n
            span.dep_ = "npadvmod"

    def _repair_coordination(self) -> None:
        """ "Iran called an explosion that cut power at Natanz an act of terrorism and blamed Israel", "Berlin said
        tests showed Navalny had been poisoned, and demanded answers from Moscow": a past verb with no subject of
        its own, the last clause of the sentence, that the parser coordinated with the verb of a relative or
        reported clause whose doer is a thing (an explosion, tests: no actor, no pronoun) belongs to the actor of
        the clause above, when its act is one only actors do (words, demands, diplomacy, sanctions: roots 01-16,
        taxonomy class actor_only). "Officials blamed the storm that hit the coast and killed 20" stays: a storm
        kills."""
        doc = self.doc
        for v in tokens(doc):
            # a past verb with no subject or auxiliary of its own (the parser may tag it a participle)
            if v.dep_ != "conj" or v.pos_ != "VERB" or v.tag_ not in {"VBD", "VBN"} or any(
                    c.dep_ in SUBJECTS or c.dep_ in {"expl", "aux", "auxpass"} for c in v.children):
                continue
            h = v.head
            if h.pos_ == "ADJ" and h.dep_ in {"acomp", "conj"}:
                h = h.head   # "said a report was politically motivated and accused Brussels of bias"
            if h.pos_ not in {"VERB", "AUX"} or h.i > v.i or h.dep_ not in {"relcl", "ccomp"} or \
                    v.right_edge.i < v.sent.end - 2:
                continue
            subj = [c for c in h.children if c.dep_ in SUBJECTS]
            if not subj:
                continue
            doer = h.head if h.dep_ == "relcl" and subj[0].lower_ in cue("relative_pronouns") else subj[0]
            if doer.pos_ != "NOUN" or doer.i in self.mention_at or doer.i in self.pronouns \
                    or doer.lemma_.lower() in self.words.person_nouns:
                continue
            # up to the nearest verb whose subject is an actor ("said there was no evidence the attack had come
            # from Yemen and blamed Iran": past "was", whose subject is "there", to "said")
            gov, hops = h.head, 0
            while hops < 8 and gov.head.i != gov.i and not (gov.pos_ in {"VERB", "AUX"} and any(
                    c.dep_ == "nsubj" and (c.i in self.mention_at or c.i in self.pronouns) for c in gov.children)):
                gov, hops = gov.head, hops + 1
            if gov.tag_ != "VBD" or gov.i == h.i or not any(
                    c.dep_ == "nsubj" and (c.i in self.mention_at or c.i in self.pronouns) for c in gov.children):
                continue
            match = self.code_verb(v)
            if match is None or not match.code or match.code[:2] not in ACTOR_ONLY_ROOTS:
                continue
            v.head = gov
            v.tag_ = "VBD"

    # ---- the entry the pipeline calls ----------------------------------------------------
    def sentence_events(self, sent: Span) -> list[Candidate]:
        """The candidate events of ``sent``, duplicates resolved, context filled in.

        Call it for the article's sentences in order: a sentence takes what the earlier ones left
        (pronouns resolved, the parties of a pact, the recipient of a recent cooperative act). A
        sentence that can hold no event (:meth:`may_hold_events`) gives none, without the work.
        """
        if not self.may_hold_events(sent):
            return []
        found = [c for c in self.code_sentence(sent, reporters(sent, self))
                 if not self._order_to_own_forces(c) and not self._order_of_own_act(c) and not self._asked(c)
                 and not self._state_holding_prisoners(c)]
        found = self._halted_force(found)
        self._seizure_aside_target(found)
        found = _refused_intents(found)
        found = _decided_acts(found)
        self._regret_without_apology(found)
        trace.stage("found", found, sent.start)
        cands = resolve_duplicates(found)
        trace.stage("one event per act", cands, sent.start)
        self.fill_from_context(sent, cands)
        trace.stage("context", cands, sent.start)
        chosen = learned.choose_targets(self, sent, cands)   # the trained target chooser (docs/model.md)
        _regret_aimed_as_apology(cands)
        for c in cands:
            if c.pattern.endswith(STATEHOOD_PATTERN) or c.code in self.words.unaimed_codes:
                # a state declared into being is aimed at no one (_statehood_declared); nor is a comment
                # declined ("declined to comment on reports that ...": event_words unaimed_codes)
                c.target = None
                c.tokens = evidence(c.trigger, c.source, None)
        self._home_targets(cands)   # martial law, a resignation: aimed at the actor's own country
        self._domestic_refusals(cands)   # "refused to recognise the election results": at its own country
        self._rallied_against(cands)   # "urged supporters to take to the streets": at the caller's own government
        self._alert_forces(cands)   # "put its army on high alert": the army's alert, aimed at the country feared
        self._casualty_targets(cands)   # a bombing of a place that killed nine people: at its civilians
        self._home_rebels_abroad(cands, sent.start, sent.end)   # Turkish jets bombing camps in Iraq beside the PKK: at TURREB
        self._beneficiary_targets(cands)   # "appealed for aid for Cambodians hit by floods": at no one
        for c in cands:
            if c.target is not None and _weapons_test(c) and not _in_own_phrase(c):
                c.target = None
                c.tokens = evidence(c.trigger, c.source, None)
        trace.stage("target model", cands, sent.start)
        cands = vetter.vet(cands, before=chosen)   # the trained event vetter (docs/model.md): drops events it judges false
        trace.stage(vetter.STAGE, cands, sent.start)
        # (ask58) after the vetter, which judged the refusal as the rules aimed it (a target at home is no new evidence)
        self._home_refusals(cands)   # "turned down opposition requests": a refusal at home, at its own country
        return cands

    def _victims_unnamed(self, verb: Token, code: str) -> bool:
        """(assault41) ``verb`` is an act of violence whose direct object names people by no actor, anywhere in its
        phrase: a count or a noun of people ("killed nine people", "killing at least seven", "wounded dozens";
        event_words mass_victim_nouns); not "hundreds of civilians", "three people linked to the U.S. consulate"."""
        if code[:2] not in VIOLENT_ROOTS:
            return False
        w = self.words
        return any(o.dep_ == "dobj" and not any(t.i in self.mention_at for t in o.subtree) and (
            o.pos_ == "NUM" or o.lower_ in w.mass_quantity_words or o.lemma_.lower() in w.mass_victim_nouns)
            for o in verb.children)

    @staticmethod
    def _asked(c: Candidate) -> bool:
        """(doubts37) "Will Moscow send troops to Belarus?", "Did the army fire on the crowd?": the act a yes/no
        question asks about (:func:`modality.polar_question`) is not coded at all; a question states no act
        (gold README, "Possibility and report" and "Rumours and questions"). What another clause or sentence of the
        text asserts is coded from its own words."""
        if not modality.polar_question(c.trigger):
            return False
        trace.drop(c.trigger, c.code, "the act a yes/no question asks about: a question asserts nothing")
        return True

    @staticmethod
    def _order_to_own_forces(c: Candidate) -> bool:
        """(orders17) "Putin ordered troops in", "Prigozhin ordered his fighters back to their bases": an order a
        government or an armed group gives its own armed forces is no demand between actors (100); the act ordered
        is coded from its own words. A demand read from an ordering verb (modality_cues ordering_verbs) on armed
        forces (taxonomy armed_group) of the orderer's own country is dropped."""
        s, t = c.source, c.target
        if c.code != "100" or s is None or t is None or not s.country or s.country != t.country \
                or (t.sector not in ARMED_SECTORS and t.sector not in STATE_FORCES) \
                or c.trigger.lemma_.lower() not in ORDERING_VERBS:
            return False
        trace.drop(c.trigger, c.code, "an order to the orderer's own armed forces: no demand between actors")
        return True

    @staticmethod
    def _regret_without_apology(found: list[Candidate]) -> None:
        """(unreal50) "Reagan expressed deep regret but did not apologise", "voiced regret but stopped short of an
        apology": regret (an apology's pattern on another word, "express * regret") beside an apology its speaker
        withholds (a 055 of the same source, negated) is no apology: an empathetic comment (018)."""
        apology = cue("apology_words")
        regrets = [c for c in found if c.source is not None and c.code.startswith("055")
                   and c.modality == modality.ASSERTED and c.trigger.lemma_.lower() not in apology]
        if not regrets:
            return
        withheld = {c.source.code for c in found if c.source is not None and c.code.startswith("055")
                    and c.modality == modality.NEGATED}
        for c in regrets:
            if (c.source is not None and c.source.code in withheld) or any(
                    t.lemma_.lower() in apology and t.pos_ == "NOUN" and modality.of(t)[0] == modality.NEGATED
                    for v in (c.trigger, *c.trigger.conjuncts) for t in v.subtree):
                # (the apology withheld may be named by a noun no rule codes: "but stopped short of an apology")
                c.code, c.pattern = "018", REGRET_PATTERN

    def _halted_force(self, found: list[Candidate]) -> list[Candidate]:
        """(false26) "India and Pakistan agreed to stop all firing", "said his men would stop shelling west Beirut",
        "the army stopped shelling the town": an actor that stops its own force de-escalates (087; a promise of it
        0356 once finish reads its modality), and the force it stops is no negated act of its own. A violent act
        negated by a halting verb (event_words force_halting_verbs) whose object or complement it is, with no subject
        of its own and the halting verb's subject as its source, is dropped where the halting verb has its own
        de-escalation, else coded as that de-escalation on the halting verb. "failed to stop the massacre" (another's
        act) and "stopped Russia from attacking" (a subject of its own) stay."""
        out: list[Candidate] = []
        stops = {(o.trigger.i, o.source.code): o for o in found if o.code.startswith("087") and o.source is not None}
        converted: set[tuple[int, str, str | None]] = set()
        for c in found:
            halt = c.governor
            if c.modality != modality.NEGATED or halt is None or c.source is None or c.code[:2] not in VIOLENT_ROOTS \
                    or halt.lemma_.lower() not in self.words.force_halting_verbs or c.trigger.head.i != halt.i \
                    or c.trigger.dep_ not in {"xcomp", "dobj"} \
                    or any(k.dep_ in SUBJECTS for k in c.trigger.children) \
                    or not same_actor(c.source, self.subjects(halt)[0]):
                out.append(c)
                continue
            stop = stops.get((halt.i, c.source.code))
            if stop is not None:
                if stop.target is None and c.target is not None:
                    # "would stop shelling Kharkiv": the de-escalation is toward the side the force was aimed at
                    stop.target = c.target
                    stop.tokens = evidence(stop.trigger, stop.source, c.target)
                trace.drop(c.trigger, c.code, "the force its own doer stops: the stopping is the de-escalation (087)")
                continue
            key = (halt.i, c.source.code, c.target.country if c.target is not None else None)
            if key in converted:
                # one de-escalation toward each side ("stop targeting U.S. ships and Washington")
                trace.drop(c.trigger, c.code, "the force its own doer stops: one de-escalation toward each side")
                continue
            converted.add(key)
            c.code, c.pattern, c.trigger, c.nominal = "087", "<stop own force>", halt, False
            c.modality, c.governor = modality.of(halt)
            if c.target is None:
                # "India and Pakistan agreed to halt all firing": toward the side the promise names
                c.target = next((o.target for o in found if c.governor is not None and o.trigger.i == c.governor.i
                                 and o.source is not None and o.source.code == c.source.code), None)
            c.tokens = evidence(halt, c.source, c.target)
            out.append(c)
        return out

    @staticmethod
    def _state_holding_prisoners(c: Candidate) -> bool:
        """(hold37) "demanded the release of 50 prisoners held by Israel", "Israel holds about 5,000 Palestinian
        prisoners": a state or one of its organs (event_cues jailing_sectors) holding prisoners or detainees (event_cues
        held_prisoner_nouns) keeps them in its jails; PETRARCH's "hold * &hostage" (181, its synset counts a prisoner as
        a hostage) read a hostage-taking. Dropped: no act of the day, and no abduction."""
        s, verb = c.source, c.trigger
        if not c.code.startswith("181") or s is None or verb.lemma_.lower() != "hold" or not s.country \
                or (s.sector is not None and s.sector not in cue("jailing_sectors")):
            return False
        held = [verb.head] if verb.dep_ == "acl" else [k for k in verb.children if k.dep_ in {"dobj", "nsubjpass"}]
        if not any(h.lemma_.lower() in cue("held_prisoner_nouns") for h in held):
            return False
        trace.drop(verb, c.code, "prisoners a state holds: detention in its jails, not a hostage-taking")
        return True

    def _order_of_own_act(self, c: Candidate) -> bool:
        """(precision21) "Carter ordered a halt to grain sales", "the president ordered an investigation", "the
        United States ordered a second aircraft carrier to the Gulf", "the IRA ordered an end to its campaign": an
        order whose object is a thing or an act, not an actor told to do something, is the orderer's own
        decision, no demand on anyone (100); the act ordered is coded from its own words where the dictionary
        has them ("ordered the expulsion of", "ordered a blockade"). Orders of international bodies and courts
        ("the World Court ordered a halt to the offensive") stay demands on the state that must obey."""
        s, verb = c.source, c.trigger
        if c.code[:2] != "10" or s is None or verb.lemma_.lower() not in ORDERING_VERBS or verb.pos_ != "VERB" \
                or s.code.startswith("IGO") or s.sector == "JUD":
            return False
        if any(k.dep_ in {"xcomp", "ccomp", "iobj", "dative"} for k in verb.children):
            return False   # "ordered the army to retake the town", "ordered them out": an actor told to act
        objects = [k for k in verb.children if k.dep_ == "dobj"]
        if len(objects) != 1:
            return False
        d = objects[0]
        w = self.words
        if d.pos_ != "NOUN" or d.lemma_.lower() in w.person_nouns | w.protester_nouns \
                or any(m.start <= d.i < m.end for m in self.mentions) \
                or any(k.dep_ in {"acl", "relcl"} and k.tag_ in {"VB", "VBN"} for k in d.children):
            return False   # an actor ordered ("ordered the diplomats out", "ordered troops held back")
        trace.drop(c.trigger, c.code, "an order of a thing or an act, no actor ordered: the orderer's own decision")
        return True

    def may_hold_events(self, sent: Span) -> bool:
        """``sent`` names an actor (a mention or a resolved pronoun) or a violent means: no actor, no event,
        but an unattributed bombing ("A bomb exploded at a market in Quetta") is coded to unidentified
        armed forces."""
        return sent.start in self._event_sentences

    @cached_property
    def _event_sentences(self) -> frozenset[int]:
        doc = self.doc
        # the start of each token's sentence, read once (``Token.sent`` looks the sentence up on each call)
        start_of = [0] * len(doc)
        for sent in sentences(doc):
            start_of[sent.start:sent.end] = [sent.start] * (sent.end - sent.start)
        starts = {start_of[m.start] for m in self.mentions} | {start_of[i] for i in self.pronouns}
        means = self.words.violent_means
        for t in tokens(doc):   # (one pass; a sentence already in is not read again)
            if start_of[t.i] in starts:
                continue
            # a violent means: "artillery fire hit the outskirts of Bakhmut", "a patrol was ambushed by the KLF
            # near Imphal"; "Thousands marched in Kharkiv against the law": a crowd protesting is an actor of its
            # own (CVL of the place), also where the sentence names no other
            if (t.pos_ == "NOUN" and t.lemma_.lower() in means and not plain_vehicle(t)) or self._weapon(t) or (
                    t.head.dep_ == "agent" and self._unknown_group(t)) or self._crowd_protest(t):
                starts.add(start_of[t.i])
        return frozenset(starts)

    def _crowd_protest(self, t: Token) -> bool:
        """``t`` is a crowd named by its number or a crowd noun, the subject of a protest verb."""
        if t.dep_ != "nsubj" or t.head.pos_ != "VERB" or not (
                t.pos_ == "NUM" or {t.lower_, t.lemma_.lower()} & self.words.crowd_nouns):
            return False
        match = self.code_verb(t.head)
        return match is not None and bool(match.code) and match.code[:2] in PROTEST_ROOTS

    @staticmethod
    def _aimed_reproach(verb: Token, code: str) -> bool:
        """(miss1112) An accusation or a criticism aimed at an object of its own in an "after" clause ("expelled six
        diplomats after Ottawa accused India's envoy of ...", "called off the visit after U.S. officials criticised
        settlement building", "hours after accusing the RSF of genocide") is an act of its own, coded as the clause's
        other acts are; a charge told only as a that-clause ("cut funding after Israel alleged that staff took part")
        is what was said, the reason of the reported act (taxonomy class stated_reason)."""
        if code[:2] == "01":
            return False
        kids = [c.dep_ for c in verb.children]
        return "dobj" in kids or "nsubjpass" in kids or "ccomp" not in kids

    def _vote_judged_unfair(self, verb: Token, background: bool, reporter_of: dict[int, Named]) -> list[Candidate]:
        """(short59) A vote judged unfair by a named judge: "an election that Western governments called neither free
        nor fair", "Washington said the vote was not free or fair", "said the vote lacked credibility", "elections that
        OSCE monitors said fell short of democratic standards", "a referendum that Sandu said was marred by vote buying".
        A verb of judging (event_cues vote_judging_verbs) whose complement or label, said of a vote (the noun its
        relative clause hangs on, the complement's subject, or its object: domestic_refusal_nouns), denies it a quality
        of a fair vote or gives it one of a foul vote, is the judge's criticism (sense_cues verbal_attack_code) of the
        government of the country that voted: the one other country the sentence names, else the judge's own. In a
        clause of background only when it is the vote's own relative clause."""
        if verb.lemma_.lower() not in cue("vote_judging_verbs") or any(c.dep_ == "prt" for c in verb.children):
            return []
        votes = cue("domestic_refusal_nouns")

        def is_vote(t: Token | None) -> bool:
            return t is not None and t.pos_ in {"NOUN", "PROPN"} and t.lemma_.lower() in votes
        relative = verb.dep_ in {"relcl", "acl"} and is_vote(verb.head)
        if background and not relative:
            return []
        fair, foul = cue("fair_vote_adjectives"), cue("foul_vote_adjectives")

        def negated(t: Token) -> bool:
            return any(c.dep_ in {"neg", "preconj"} and c.lower_ in {"not", "neither", "never", "n't"}
                       for c in t.children)

        def judged_adjectives(preds: list[Token], denied: bool) -> bool:
            preds = preds + [c for p in preds for c in p.children if c.dep_ == "conj"]
            for p in preds:
                word = {p.lemma_.lower(), p.lower_}
                if word & foul and not negated(p):
                    return True
                if word & fair and (denied or negated(p) or any(negated(q) for q in preds)):
                    return True
            return False

        def judges(comp: Token) -> bool:
            lemma = comp.lemma_.lower()
            denied = negated(comp)
            kids = list(comp.children)
            if lemma == "be":
                return judged_adjectives([c for c in kids if c.dep_ in {"acomp", "attr"}], denied)
            if lemma == "lack" and not denied:
                return any(c.dep_ == "dobj" and c.lemma_.lower() in cue("fair_vote_nouns") for c in kids)
            if lemma == "fall" and not denied and any(c.lower_ == "short" for c in kids):
                return any(p.dep_ == "pobj" and p.lemma_.lower() in cue("vote_standard_nouns")
                           for c in comp.subtree for p in c.children if c.lower_ == "of")
            if lemma in cue("foul_vote_verbs") and not denied:
                return any(c.dep_ in {"nsubjpass", "auxpass"} for c in kids)
            return False
        found = False
        for comp in (c for c in verb.children if c.dep_ in {"ccomp", "xcomp", "oprd", "acomp", "dobj"} and c.i > verb.i):
            # "an election that observers said was neither free nor fair": the relative pronoun is the vote
            subj = [c for c in comp.children if c.dep_ in {"nsubj", "nsubjpass"}
                    and not (relative and c.tag_ in {"WDT", "WP"})]
            if comp.pos_ in {"VERB", "AUX"}:
                if (subj and is_vote(subj[0]) or not subj and relative) and judges(comp):
                    found = True
            elif comp.pos_ == "ADJ" or comp.dep_ in {"oprd", "acomp"}:
                # "called the vote neither free nor fair", "an election that observers called neither free nor fair"
                named = [c for c in verb.children if c.dep_ == "dobj" and c.i < comp.i]
                if (named and is_vote(named[0]) or relative) and judged_adjectives([comp], False):
                    found = True
        if not found:
            return []
        judges_ = dedupe([m for c in verb.children if c.dep_ == "nsubj" for m in self.actors_of(c)])
        if not judges_:
            return []
        own = {j.country for j in judges_}
        others: set[str | None] = {m.country for m in self.mentions if verb.sent.start <= m.start < verb.sent.end
                                   and m.country and m.country not in own}
        country: str | None
        if len(others) == 1:
            country = others.pop()
        elif not others and len(own) == 1 and all(j.sector not in STATE_ORGAN_SECTORS for j in judges_):
            country = next(iter(own))   # "the opposition said the vote was rigged": its own government
        else:
            return []
        if not country:
            return []
        head = verb.head if relative else verb
        target = Named.agent_at(head, country, "GOV")
        mod, governor = modality.of(verb)
        code = min(lexicon.words("sense_cues", "verbal_attack_code"))
        out = []
        for j in judges_:
            cand = Candidate(trigger=verb, code=code, pattern=f"{verb.lemma_.lower()} <vote> <unfair>", source=j,
                             target=target, reported_by=self._reporter(verb, reporter_of), modality=mod,
                             governor=governor)
            cand.tokens = evidence(verb, j, target)
            out.append(cand)
        return out

    def _censure_relative(self, verb: Token) -> bool:
        """(miss0811) A relative clause on a noun whose own named subject labels that noun with a word of censure
        ("a verdict that Britain's foreign secretary called politically motivated", "in a move the opposition called an
        act of desperation", "a blockade that Yerevan called a humanitarian disaster"): the namer's criticism, news of
        its own, not a description of the noun (a doer's label of its own act, "what it called", is no relative)."""
        # (verbal54) the namer told by a pronoun too: "after a vote it called a sham", "a referendum they called illegal"
        # (not a relative pronoun: "which called ..." is the noun's own act)
        return verb.dep_ in {"relcl", "acl"} and verb.head.pos_ in {"NOUN", "PROPN"} and any(
            c.dep_ == "nsubj" and (c.pos_ in {"NOUN", "PROPN"} or c.lower_ in cue("namer_pronouns"))
            for c in verb.children) and self._censure(verb)

    def code_sentence(self, sent: Span, reporter_of: dict[int, Named]) -> list[Candidate]:
        out: list[Candidate] = []
        for tok in tokens(sent):
            if tok.dep_ == "amod" and tok.pos_ == "VERB" and (tok.head.lemma_.lower() in cue("agreement_nouns") | cue(
                    "truce_nouns") or self._mediated_occasion(tok) or self._named_broker(tok)) \
                    and not in_background_clause(tok):
                # "agreed to an Egyptian-mediated ceasefire" (a deal made; not "Cuba-hosted talks" that may lie ahead)
                out.extend(self._brokered_by(tok, reporter_of))
            if (tok.pos_ != "VERB" and not self._copular_state(tok)) or tok.dep_ in {"amod", "aux", "csubj", "csubjpass"}:
                continue  # a gerund subject ("supplying arms would be a mistake") is not an act
            if adjective_pair(tok):
                continue  # (mine45) "hand over 1,000 sick and wounded prisoners": a pair of adjectives, no wounding
            # read once per verb (each walks the heads; the checks below ask several times)
            background, reduced = in_background_clause(tok), reduced_relative(tok)
            if reduced:
                out.extend(self._supplied_by(tok, reporter_of))   # "..., using intelligence shared by US agencies"
            if reduced or self._mediated_aside(tok):
                # (skipped18) a deal brokered by a third party was brokered wherever the sentence tells the deal, in
                # an aside or a time clause too ("..., ending a rift, in a deal brokered by China", "before Prigozhin
                # agreed in a deal brokered by Belarus"): as factual as the clause the deal belongs to
                out.extend(self._brokered_by(tok, reporter_of))
            if (reduced or self._mediated_aside(tok)) and not background:
                out.extend(self._summary_reaction(tok, reporter_of))
            elif tok.dep_ in {"relcl", "acl"} and tok.tag_ in {"VBD", "VBN"} and (not in_background_clause(tok.head) or {
                    tok.head.lemma_.lower(), tok.head.lower_} & cue("statement_summary_nouns")
                    or self.summary_of_misparsed(tok) is not None):
                # (a statement is news in an aside too: "..., accusing Doha of ..., a charge Qatar rejected")
                # "..., a move Ottawa dismissed as a stunt", "..., a decision that drew condemnation from the UN"
                summary = self._summary_reaction(tok, reporter_of) or self._drawn_reaction(tok, reporter_of)
                if summary:
                    out.extend(summary)
                    continue
            if not background and not reduced:
                out.extend(self._visitor_hosted(tok, reporter_of))   # "told visiting U.S. envoy Holbrooke that ..."
            if not background:
                drawn = self._drawn_reaction(tok, reporter_of)   # "..., drawing a rebuke from Israel"
                drawn += self._provoked_protest(tok, reporter_of)   # "..., prompting protests in Barcelona"
                out.extend(drawn)
                if drawn and tok.tag_ != "VBG":
                    continue   # "the raid drew a rebuke from the UN": the rebuke is the one act
            elif tok.tag_ == "VBG" and tok.i > 0 and word_at(tok.doc, tok.i - 1).text == ",":
                # (drawn16b) "signed a pact that would allow troops to be deployed, drawing criticism from Australia":
                # a participle after a comma that the parser hung inside a relative clause tells the main clause's
                out.extend(self._drawn_reaction(tok, reporter_of))
            enacted = self._enacted_content(tok) is not None   # "signed decrees annexing four regions"
            aside = participle_aside(tok) and tok.lemma_.lower() not in self.words.statement_participles \
                and not self._own_participle_act(tok) and not enacted and not self._demand_aside(tok) \
                and not self._visit_aside(tok) and not self._mutual_meeting_aside(tok) \
                and not self._answer_aside(tok) and not self._commitment_aside(tok) and not self._appeal_aside(tok) \
                and not self._censure(tok) and not self._combat_toll(tok) \
                and not self._mass_killing_toll(tok)   # "..., calling the court's decision outrageous": criticism of its own
            # (an attack blamed in a relative clause is blamed wherever the attack is told: "..., killing 100
            # people in an attack the government blamed on al-Shabaab")
            reaction = self._reaction_relative(tok) and (not in_background_clause(tok.head) or (
                tok.head.pos_ == "NOUN" and self._attack_noun(tok.head) is not None)
                or self._attack_relative_host(tok.head))
            # (skipped16) an act of force a clause on a noun tells as done by a named doer is news of its own
            force_told = self._described_force(tok)
            kept = reaction or self._protest_relative(tok) or enacted or self._inner_event(tok) \
                or self._toll_second_act(tok) or self._pact_terms(tok) or (force_told and tok.dep_ == "relcl") \
                or self._censure_relative(tok) or self._arming_refused(tok) or self._scene_relative(tok) \
                or self._aside_conjunct(tok) or self._mass_killing_toll(tok) or self._statehood_declared(tok) or (
                    tok.dep_ == "ccomp" and modality.summary_saying_relative(tok.head) and modality.is_stated_refusal(tok))
            if reduced and force_told and not background:
                reduced = False   # "prisoners mistreated by U.S. soldiers": the by-agent's act, done
            if reduced and self._blamed_attack(tok):
                # (crit25) "killing 100 people in an attack blamed by the president on al Shabaab": the agent's act,
                # told wherever the attack is (as "an attack the president blamed on ...", reaction above)
                reduced, kept = False, True
            if reduced and not background and self._pact_made_with(tok):
                # (deal58) "arrived under a deal struck by the junta with Moscow": a pact a by-agent made with a
                # named partner is reported with the clause it belongs to (057 both ways), not a description
                reduced, kept = False, True
            if not background and not reduced:
                out.extend(self._handover_events(tok, reporter_of))
                out.extend(self._fallen_place(tok, reporter_of))   # "Kabul fell to the Taliban"
            if aside and not background and not reduced:
                out.extend(self._leader_in_toll(tok, reporter_of))   # "..., killing rebel leader Adem Jashari"
            if ((background and not kept) or aside or reduced) and tok.lemma_.lower() in cue("presupposing_witness_verbs"):
                # (nouns21) "was shot dead while covering an Israeli raid in Jenin", "refugees fleeing a government
                # offensive": what one reports on, films or flees took place, in a clause of background too
                out.extend(self._presupposed_act(tok, reporter_of))
            if aside and not background and not reduced and tok.tag_ == "VBG" \
                    and tok.lemma_.lower() in self.cues.reporting:
                # (verbal56) "France imposed an arms embargo on Israel, saying the raid had been a violation of Lebanese
                # sovereignty", "the IMF suspended the loan, saying Kinshasa had failed to meet spending targets": the
                # reason a participle of saying gives for the clause's act is the speaker's own judgement of another
                # (a censure, a blame), as "said ..." on its own is; no other act it reports is coded from the aside
                # (ask59) or the demand it states: "suspended talks with the protest leaders, saying demonstrators must
                # first clear their barricades" (100, as "said X must")
                out.extend(self._stated_blame(tok) or self._stated_failing(tok)
                           or self._stated_obligation(tok, reporter_of))
            if background and naming_relative(tok) and tok.head.lemma_.lower() in cue("grievance_citing_verbs"):
                # (verbal56) "imposed a tariff on Brazilian goods, citing what it called the persecution of Bolsonaro"
                out.extend(self._grievance_label(tok, reporter_of))
                continue
            judged = [] if aside or reduced else self._vote_judged_unfair(tok, background, reporter_of)
            if judged:
                out.extend(judged)   # (short59) "Washington said the vote was neither free nor fair"
                continue
            if (background and not kept) or aside or reduced:
                continue
            if any(self._pact_restated(a) for a in (tok, *list(tok.ancestors)[:4])):
                continue   # "Eritrea and Ethiopia signed a declaration ending two decades of hostility": the pact
            labelled = (self._labelled_reaction(tok, reporter_of) or self._grievance_label(tok, reporter_of)) \
                if naming_relative(tok) else []
            if labelled:
                out.extend(labelled)   # "..., in what critics called a ploy": the namer's criticism of the doer
                continue
            if naming_relative(tok) and tok.dep_ in {"ccomp", "dobj", "xcomp"}:
                continue  # "launched what it called an operation": the label, no statement of its own
            if in_depicted_clause(tok) or in_time_anchor(tok):
                continue  # "the author's novel describes how soldiers attacked", "two years after Russia invaded"
            if tok.tag_ == "VBN" and tok.dep_ in {"advmod", "npadvmod", "compound", "nmod"} and not list(tok.children):
                continue  # "Jailed former prime minister Imran Khan appealed": a bare participle describes a state
            if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.lemma_.lower() in self.words.descriptive_participles \
                    and not any(c.dep_ == "agent" for c in tok.children):
                if (blame := self.code_verb(tok)) is not None and blame.code:
                    # (conflict30) "a car bomb blamed on the Shining Path": the blame laid on an actor by no one named
                    out.extend(self.blamed_on(tok, blame.code, blame.pattern, reporter_of))
                continue  # "a man accused of blasphemy", "protesters opposed to the raids": a description
            if modality.near_miss_verb(tok):
                continue  # "came close to striking", "stopped short of recognising": the act below is coded, negated
            if self._deadline_demand(tok):
                trace.drop(tok, None, "the act demanded by an ultimatum, or its penalty ('gave Moscow until midnight "
                                      "to withdraw ... or face sanctions'): it has not happened; the ultimatum is coded")
                continue
            deadline = self._deadline_parts(tok)
            if deadline is not None:
                # "gave the government 30 days to disarm the militias": the ultimatum, from the giver to the one given
                out.extend(self._events_for(tok, "139", f"{tok.lemma_.lower()} * {deadline[0].lemma_.lower()}",
                                            reporter_of))
                continue
            leave_by = self._deadline_to_leave(tok)
            if leave_by is not None:
                # (coerce25) "gave the French ambassador 72 hours to leave": the expulsion, from the giver to the one given
                out.extend(self._expulsion_ordered(tok, f"{tok.lemma_.lower()} * {leave_by.lemma_.lower()} (to leave)",
                                                   reporter_of))
                continue
            match = self.code_verb(tok)
            if match is not None and match.code and modality.gives_up_plan(tok):
                trace.drop(tok, match.code, "a plan given up ('shelved plans to retaliate'): the planned act is coded, "
                                            "negated, on its own word; the giving up is no act of its own")
                continue
            if match is not None and match.code == "128" and self._censured_breach(tok):
                trace.drop(tok, match.code, "a rule another actor says was broken: the speaker's criticism is coded "
                                            "on the saying verb ('said the strike violated Iraqi sovereignty')")
                continue
            if match is not None and match.code and self._sense_misfire(tok, match.code):
                trace.drop(tok, match.code, "sense cue: its clause rules this sense out (sense_cues: sport, disaster, figurative, goods ...)")
                continue  # "France beat Croatia 4-2", "began receiving parts of the S-400 system"
            if match is not None and (match.code == "052" and self._armed_defence(tok)
                                      or match.code in {"153", "154"} and (self._invited_forces(tok)
                                                                           or self._protective_deployment(tok)
                                                                           or self._peacekeeping_deployment(tok))
                                      or match.code == "190" and not any(c.dep_ == "dobj" for c in tok.children)
                                      and self._invited_forces(tok)):
                match = VerbMatch(code="074", pattern=match.pattern, specificity=match.specificity)
            helped: list[Named] = []
            if match is not None and (match.code in {"153", "154"} or match.code == "070" and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in cue("posted_force_nouns") for c in tok.children)) \
                    and (helped := self._supporting_deployment(tok)):
                match = VerbMatch(code="062", pattern=match.pattern, specificity=match.specificity)
            if match is not None and match.code == "154" and self._landing_invasion(tok):
                match = VerbMatch(code="190", pattern=match.pattern, specificity=match.specificity)
            if match is not None and match.code == "186" and tok.dep_ in {"xcomp", "acl"} and tok.head.i != tok.i and (
                    tok.head.lemma_.lower() in lexicon.words("modality_cues", "attempting_verbs") and tok.head.pos_ == "VERB"
                    or tok.head.lemma_.lower() in lexicon.words("modality_cues", "attempt_nouns")
                    and tok.head.pos_ == "NOUN"):
                # (verbs16b) "tried to assassinate the governor": the attempt (185), not the killing (186)
                match = VerbMatch(code="185", pattern=match.pattern, specificity=match.specificity)
            if match is not None and match.code == "192" and (self._business_taken(tok) or self._property_taken(tok)):
                match = VerbMatch(code="1711", pattern=match.pattern, specificity=match.specificity)
            if match is not None and match.code and match.code[:2] == "11" and (
                    weapon := self._force_with(tok)) is not None:
                match = VerbMatch(code=self._weapon_code(weapon, tok), pattern=match.pattern,
                                  specificity=match.specificity)   # "hit back at Hezbollah with air strikes"
            if match is not None and match.code and match.code[:2] == "11" and self._armed_attack(tok):
                # (violence56) "Janjaweed militiamen attacked a camp for displaced people", "Boko Haram militants
                # attacked the Federal Government College": armed men attack with arms, not words; PETRARCH's rows
                # of verbal attack ("attack * (for)", "attack * government") read the object's own words
                plain = self.verbs.match(tok.lemma_.lower(), [])
                if plain is not None and plain.code and plain.code[:2] in VIOLENT_ROOTS:
                    match = VerbMatch(code=plain.code, pattern=match.pattern, specificity=match.specificity)
            if match is not None and match.code and match.code[:2] in VIOLENT_ROOTS and self._policy_patient(tok):
                # "attacked the budget as reckless" criticises it; "the bill was killed in committee" is no act
                if tok.lemma_.lower() not in sense("verbal_attack_verbs"):
                    continue
                match = VerbMatch(code=min(sense("verbal_attack_code")), pattern=match.pattern,
                                  specificity=match.specificity)
            called_strike = self._called_strike(tok)
            # a caller the verb's own patterns already read as working people ("miner * strike": 143)
            labour_caller = match is not None and match.code[:2] == "14"
            if called_strike is not None:
                # (strike58) "called a general strike", "called a hartal": the call rallies opposition (113); the
                # strike is added beside it once the call's modality is known (_strike_call_events)
                match = VerbMatch(code="113", pattern=f"{tok.lemma_.lower()} * {called_strike.lemma_.lower()} <strike>",
                                  specificity=max(match.specificity if match is not None else 1, 2))
            if noun_topic(tok):
                continue  # "held talks on ending the war": the topic of the talks
            if self._object_participle(tok):
                continue  # "demanded that Iran free the aid workers detained near the border" (misparsed)
            if self._reason_gerund(tok):
                continue  # "sanctioned three firms for supplying drones to Russia": the object's deed, the reason
            if participle_description(tok) and not enacted and not force_told and not (
                    match is not None and match.code and match.code[:2] in PROTEST_ROOTS):
                continue  # "the sailors detained after the standoff", "peacekeepers guarding her": a description
            if match is not None and match.code and tok.lemma_.lower() in self.words.aspectual_verbs and any(
                    c.dep_ == "xcomp" and c.pos_ == "VERB" and (m := self.code_verb(c)) is not None and m.code
                    and not m.code.startswith("---") for c in tok.children):
                # "began bombing rebel positions": the bombing is coded on its own verb, once; "began test-firing
                # missiles": the act is the test (150), whatever the weapon would make of "began"
                continue
            if match is not None and match.code and tok.lemma_.lower() in self.words.helping_verbs and any(
                    c.dep_ in {"xcomp", "ccomp"} and c.pos_ == "VERB" for c in tok.children):
                # (fp32) "would help investigate the poisoning": the act helped is coded on its own verb; the help
                # is no aid of its own
                trace.drop(tok, match.code, "help with a verb for what is helped: the act helped is coded on its own "
                                            "verb, the help makes no aid event (event_words helping_verbs)")
                continue
            if match is not None and match.code and tok.dep_ in {"xcomp", "ccomp"} and tok.head.i != tok.i and (
                    (m := self.code_verb(tok.head)) is not None and m.code and m.code[:3] == "086"):
                continue  # "allowed aid convoys to enter Tigray": the access allowed (086x) is the one act
            if match is not None and match.code and tok.dep_ == "xcomp" and tok.head.i != tok.i \
                    and tok.head.lemma_.lower() in cue("requesting_verbs") \
                    and not any(c.dep_ in {"dobj", "dative"} for c in tok.head.children) \
                    and (m := self.code_verb(tok.head)) is not None and m.code and m.code[:2] == "02":
                # (yield35) "Finland applied to join NATO", "Kyiv asked to join the alliance": what the subject asks
                # to be let do is the content of its request (02x), no intent of its own (gold README: applying to
                # join an alliance is 022)
                continue
            if match is not None and match.code and match.code[:2] in STATED_REASON_ROOTS and in_sequel_clause(tok) \
                    and not kept and not self._aimed_reproach(tok, match.code):
                continue  # "cut funding to UNRWA after Israel alleged ...": the reason given, not an act
            if tok.pos_ == "VERB" and tok.lemma_.lower() in cue("withheld_comment_verbs") \
                    and any(c.dep_ == "neg" for c in tok.children) and tok.dep_ not in {"xcomp", "relcl", "amod"} \
                    and not any(c.dep_ in {"cc", "preconj"} and c.lower_ in {"neither", "nor"} for c in tok.children):
                # (round46) "the army did not comment", "officials would not elaborate": a comment withheld, told
                # as done (011, asserted; gold as "declined to comment"); the act it is about keeps its own reading
                out.extend(self._comment_withheld(tok, f"{tok.lemma_.lower()} * (not)", reporter_of))
                continue
            if self._comment_refused(tok):
                # (verbal51) "Jakarta had no comment on the reports": as "declined to comment" (011, asserted)
                out.extend(self._comment_withheld(tok, f"{tok.lemma_.lower()} (no) comment", reporter_of))
                continue
            if self._statehood_declared(tok):
                # "declared independence from Yugoslavia", "proclaimed a caliphate": a statement, aimed at no one
                declared = self._events_for(tok, "010", f"{tok.lemma_.lower()} * {STATEHOOD_PATTERN}", reporter_of)
                for cand in declared:
                    cand.target = None
                out.extend(declared)
                continue
            found: list[Candidate] = []
            weighed = match is not None and match.code == "014" and self._weighs_an_act(tok)
            if not weighed and modality.is_rule_out(tok) and modality.rule_out_withheld(tok):
                # "did not rule out sanctions on Turkey": the sanctions are weighed (considered)
                found = self._nominal_events(tok, reporter_of, objects_only=True)
            if not found and not weighed:
                found = self._will_pay(tok)   # "vowed that Tehran would pay for its mistake": a threat, no payment
            if weighed:
                # "is considering sanctions on Iran", "is weighing whether to invade": the act weighed is
                # coded (modality considered), not the considering
                found = self._nominal_events(tok, reporter_of, objects_only=True)
                own_condition = modality.is_consequence(tok)
                for cand in found:
                    if cand.modality == modality.ASSERTED or (cand.modality == modality.CONDITIONAL and own_condition):
                        # "are considering a military intervention if talks fail": the condition is part
                        # of what is weighed (as for "is considering sending arms if ...")
                        cand.modality = modality.CONSIDERED
            elif found:
                pass
            elif match is not None and match.code and not match.code.startswith("---") and match.code not in SKIP_CODES:
                if match.code[:2] == "13" and (self._warns_of_other(tok) or self._warns_of_hazard(tok)):
                    found = self._events_for(tok, "012", match.pattern, reporter_of)
                    for cand in found:
                        cand.target = None
                    # one comment per warner
                    found = [c for n, c in enumerate(found)
                             if all(c.source is not d.source for d in found[:n])]  # same object: not a token
                elif not ((match.code[:2] == "01" and match.code not in self.words.denial_codes
                           # (verbal29) an accord said jointly is an act of its own: "said in a joint statement that",
                           # not when it only attributes the news told before it ("..., the three said in a joint statement")
                           and not (match.code in self.words.mutual_codes and tok.dep_ != "parataxis"
                                    and all(c.i > tok.i for c in tok.children if c.dep_ == "ccomp"))
                           or match.code in self.words.reported_stance_codes
                           and tok.lemma_.lower() in self.cues.reporting)
                          and any(c.dep_ == "ccomp" for c in tok.children)):
                    # a statement with a that-clause is reported speech, carried by the clause's own
                    # event; a denial is an act of its own ("denied that its drones struck the
                    # Kremlin": 016, beside the strike negated)
                    found = self._events_for(tok, match.code, match.pattern, reporter_of)
                    found = found + self._conjoined_object_acts(tok, match, found)
                    for cand in found if helped and match.code == "062" else []:
                        cand.target = helped[0]   # (ask56) the state or army the forces were sent to help
                    if match.code == "086" and match.pattern.endswith("<actor> <refused>"):
                        # (ask59) leave refused is aimed at the one refused it ("would not allow the ASEAN envoy to
                        # meet Suu Kyi": at ASEAN, not at the one the envoy would meet)
                        allowed = [m for t in permission_allowed(tok) for m in self.actors_of(t)]
                        for cand in found:
                            ends = [m for m in allowed if cand.source is None or not same_actor(m, [cand.source])]
                            if ends and cand.target not in ends:
                                cand.target = ends[0]
                    if found and match.code == "040" and tok.lemma_.lower() in cue("symbolic_meeting_verbs"):
                        # (verbal51) "Santos and Jimenez shook hands": the meeting and a symbolic act (017), each
                        # side's towards the other (the pairs a 017 takes, not the meeting's one way)
                        found = found + self._events_for(tok, "017", match.pattern, reporter_of)
            if not found and tok.lemma_.lower() in self.words.means_response_verbs:
                found = self._nominal_events(tok, reporter_of, means_only=True)   # "responded with air strikes"
                if not found and (match is None or not match.code):
                    found = self._weapon_response(tok, reporter_of)   # "responded with artillery fire"
            if not found and tok.lemma_.lower() in self.words.light_verbs:
                found = self._nominal_events(tok, reporter_of)
            elif not found and match is None and tok.lemma_.lower() not in self.words.preventing_verbs \
                    and not self._called_off(tok) and not self._alleged_atrocity(tok):
                # "foiled a bomb attack": the attack prevented did not happen; "postponed a trip": the
                # trip put off is coded negated from its noun (_unrealised_nouns)
                found = self._nominal_events(tok, reporter_of, objects_only=True)
                if tok.lemma_.lower() in cue("making_verbs"):
                    # (aid42) "programmes to develop weapons of mass destruction": arms made are given to no one
                    found = [c for c in found if not c.code.startswith(tuple(cue("made_gift_roots")))]
            if not found and tok.lemma_.lower() in self.cues.reporting:
                found = self._stated_obligation(tok, reporter_of) or self._stated_blame(tok) or self._stated_foreboding(tok)
            if not found and tok.lemma_.lower() in cue("ruling_verbs"):
                found = self._court_ruling(tok)   # (verbal56) "the ICJ ruled that Uganda had violated Congo's sovereignty"
            if not found and tok.lemma_.lower() in self.words.retaliation_verbs | cue("response_verbs") \
                    | cue("unanswered_verbs"):
                found = self._response_threat(tok, reporter_of)
            if not found and (match is None or not match.code or match.code.startswith("---")):
                found = self._ultimatum(tok, reporter_of)   # "will resume enrichment unless Europe ..."
            if not found and (match is None or not match.code or match.code.startswith("---")):
                found = self._bare_refusal(tok, reporter_of)   # (ask55) "said Copenhagen would not sell Greenland"
            if not found and tok.lemma_.lower() in modality.cues().claim_when_indicative:
                found = [c for comp in tok.children if comp.dep_ == "ccomp"
                         for c in self._insisted_act(comp, reporter_of)]   # (ask60) "insisted that Iran join"
            if tok.lemma_.lower() in self.words.impact_verbs and all(c.source is None for c in found):
                # (fight36) "a barrage of Russian missiles hit Kyiv", "a wave of Israeli air strikes hit Beirut": the
                # acts or weapons the series noun counts name their doer, whom the series noun does not
                found = self._series_attack(tok, reporter_of) or found
            if not found and (match is None or not match.code or match.code[:2] not in VIOLENT_ROOTS
                              or tok.lemma_.lower() in self.words.casualty_verbs):
                # "the rebel offensive killed 40 soldiers": an attack noun as the subject of a killing is the
                # attack, its doer named by its own words
                found = self._subject_attack(tok, reporter_of) or self._series_attack(tok, reporter_of)
            if not found and (match is None or not match.code or match.code[:2] == "07"):
                found = self._aid_arrival(tok, reporter_of)   # "the first trucks carrying aid entered Gaza"
            if not any(c.code[:2] == "14" for c in found):
                # (violence60) "a general strike paralysed the country": the strike held, not the verb's own act
                found = self._strike_effect(tok, reporter_of) or found
            if found and self._inner_event(tok):
                self._repressed_in_protest(tok, found)   # "protests in which security forces killed hundreds"
            self._aid_deployment(tok, found)
            found = found + self._circumstance_events(tok, reporter_of, found)
            found = found + self._sequel_events(tok, reporter_of, found)   # "agreed ... after talks in Nairobi"
            found = found + self._escorted_events(tok, reporter_of, found)   # "sailed under U.S. Navy escort"
            found = found + self._conquest_fight(tok, reporter_of, found)   # "took X from Y after heavy fighting"
            found = found + self._repelled_attack(tok, reporter_of, found)   # "repelled an attack by rebels"
            found = found + self._defied_events(tok, reporter_of, found)   # "... despite warnings from Beijing"
            if called_strike is not None:
                found = self._strike_call_events(tok, called_strike, found, labour_caller)
                if not found and tok.dep_ == "xcomp" and tok.head.i != tok.i \
                        and tok.head.lemma_.lower() in modality._words().threat_making_verbs:
                    # (strike58) "threatened to call a general strike unless the government raised wages": the threat
                    # (133) is the threat verb's own; the strike it names is conditional (gold README, "Strike calls")
                    found = [c for c in self._events_for(tok, "143", f"{tok.lemma_.lower()} * "
                                                         f"{called_strike.lemma_.lower()} <strike>", reporter_of,
                                                         nominal=True) if c.modality == modality.CONDITIONAL]
            out.extend(found)
        out.extend(self._between_events(sent, reporter_of))
        out.extend(self._mediation_events(sent, reporter_of, out))   # "signed a truce under Saudi mediation"
        out.extend(self._guarantor_events(sent, reporter_of, out))   # "..., with Cuba and Norway acting as guarantors"
        out.extend(self._claimed_attacks(sent, reporter_of, out))   # "in an attack claimed by al-Shabaab"
        out.extend(self._request_events(sent, reporter_of, out))   # "deployed troops at Maputo's request"
        out.extend(self._inquiry_findings(sent, reporter_of, out))   # "a UN inquiry found that ..."
        out.extend(self._inquiry_adjunct(sent, reporter_of, out))   # "raided ... in an investigation into"
        out.extend(self._recall_events(sent, reporter_of, out))   # "artillery fire hit ...", "left 2 soldiers dead"
        out.extend(self._swap_returns(out))   # "freed three hostages in exchange for 90 prisoners": the return
        out.extend(self._departing_forces(sent, reporter_of, out))   # "took over the base from departing AU troops"
        out.extend(self._moved_in_after_withdrawal(sent, reporter_of, out))   # "..., and Malian soldiers moved in"
        out.extend(self._unrealised_nouns(sent, reporter_of, out))
        out = self._eased_unbegun(out)   # "called off a planned march": the march negated, no easing
        out.extend(self._elided_repeats(sent, out))   # "has not sent troops and will not do so"
        self._repress_protesters(out)
        self._fired_on_protesters(out)   # "troops fired on students near the monument"
        self._held_protesters(out)   # "police detained dozens of people protesting the invasion of Ukraine"
        out.extend(self._protest_of_repressed(out))   # "police beat protesters": the protest they held
        out.extend(self._exile_hosts(out))   # "Ben Ali fled to Saudi Arabia": Saudi Arabia took him in (075)
        out.extend(self._inspectors_received(out))   # "UN inspectors returned to Iraq": they inspect, Iraq receives them
        out = self._protected_by_sending(out)   # "Harare sent troops to defend Mozambique's government": at MOZGOV
        out = self._sent_to_strike(out)   # "sent jets to bomb rebel positions": the bombing, no arms given
        self._protest_at_foreign_force(out)   # "Israeli troops shot dead Palestinian youths throwing stones": at Israel
        self._announced_truce(out)   # "Egypt announced a ceasefire between Israel and Hamas": 045
        self._court_petitions(out)   # "asked the ICJ to order Chile to negotiate": a lawsuit (115) against Chile
        out.extend(self._announced_agreement(out))   # "X announced that A and B had agreed to a truce": 045
        out.extend(self._mediator_reported(out))   # "A and B agreed on a truce, Russian mediators said": 045
        out.extend(self._mediated_counterparts(out))   # "A and B agreed to a truce, adding that Washington mediated"
        out.extend(self._mutual_drills(out))   # "U.S. troops began joint exercises with Georgian soldiers": both ways
        self._left_organisations(out)   # "announced its withdrawal from the ICC": 161, not a military pull-back
        self._handover_targets(out)   # "handed over its base to the Malian army": withdrawn from Mali
        self._dismissed_targets(out)   # "Mubarak sacked his interior minister": EGYGOV -> EGYGOV
        out = self._raids_for_arrests(out)   # "police raided a library and arrested seven people": 173 only
        self._vessels_of_arrested_crews(out)   # "arrested 12 fishermen and seized two trawlers": the boats 1711
        out = self._drawn_reversed(out)   # "..., drawing condemnation from London": London's, not at London
        out = self._anchored_claims(out)   # "..., and the BLA claimed it": only beside the act it points back to
        out.extend(self._own_denials(out))   # "the army said it had not shelled the town": its denial (016)
        out.extend(self._own_claims(out))   # "al-Shabaab said it had carried out the attack": its claim (015)
        out.extend(self._accused_punished(out))   # "expelled a diplomat accused of spying": the state's charge
        self._responsibility_targets(out)   # "denied using chemical weapons in X": the denied act's target
        self._relative_reaction_targets(out)   # "Iran freed two French citizens, which Paris hailed": at Iran
        self._rejection_targets(out)   # "the ICJ said ...; Israel rejected the opinion": at the ICJ
        self._release_demand_targets(out)   # "demanded the release of jailed opposition leader X": at the holder
        self._veto_targets(out)   # "Hungary vetoed an aid package for Kyiv" (EU leaders met): at the EU
        self._answered_targets(out)   # "Britain expelled Russian diplomats, and Moscow denied any role": at Britain
        return out

    def _bare_refusal(self, verb: Token, reporter_of: dict[int, Named]) -> list[Candidate]:
        """(ask55) A stated refusal of one's own act whose verb codes no act of its own (modality.is_stated_refusal:
        "the Danish prime minister said Copenhagen would not sell Greenland", "Hungary said it would not carry them
        out") is the refusal itself, 120, asserted (gold README, Intention: a refusal is the 12x rejection, asserted;
        on an unless-clause of its own too, rules.refusal). Only an active verb (no passive
        subject) with no verb complement of its own, whose doer is an actor (event_cues bare_refusal_skip_verbs: the
        verbs whose negation is no refusal: "would not happen", "would not hesitate")."""
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma in cue("bare_refusal_skip_verbs") or not modality.is_stated_refusal(verb):
            return []
        if lemma in cue("permission_verbs") or any(
                c.dep_ in {"nsubjpass", "auxpass", "xcomp", "ccomp", "csubj", "acomp", "oprd"} for c in verb.children):
            return []
        # a refusal for a time or on a condition ("would not return until the vote was held", "would not join unless
        # ...") tells the act put off, which the gold codes as the act, not as a rejection made now
        if any(c.dep_ in {"advcl", "prep"} and (c.lower_ in cue("bare_refusal_time_marks") or any(
                g.dep_ == "mark" and g.lower_ in cue("bare_refusal_time_marks") for g in c.children))
               for c in verb.children):
            return []
        request = self._against_request(verb)
        defied = self._unbent_to(verb) if request is None else None
        if request is None and defied is None and not self._kept_course(verb):
            return []   # (ask60) with no request named, only a policy kept or pressure defied is a refusal
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or (subject.pos_ == "NOUN" and self.verbs.match_noun(subject.lemma_.lower(), []) is not None):
            return []   # "his arrest would not slow the insurgency": an act, not an actor, that "would not"
        sources, passive, inherited = self.subjects(verb)
        if passive or inherited or not sources or any(
                (s.sector or "") in cue("bare_refusal_skip_sectors") for s in sources):
            return []   # "protesters said they would not leave": people who stay put reject no one's request
        code = min(cue("bare_refusal_code") if request is not None else cue("kept_course_code"))
        found = self._events_for(verb, code, f"{lemma} <will not>", reporter_of)
        askers = self._requesters(request) if request is not None else (defied or [])
        for cand in found:
            cand.modality = modality.ASSERTED
            if askers and not same_actor(askers[0], [cand.source] if cand.source is not None else []):
                cand.target = askers[0]   # "despite calls from Poland": the refusal answers Poland
        if askers:   # one refusal per refuser once its targets are the requester (one Named object per refuser)
            found = [c for n, c in enumerate(found)
                     if all(c.source is not d.source for d in found[:n])]  # same object: not a token
        return found

    def _insisted_act(self, verb: Token, reporter_of: dict[int, Named]) -> list[Candidate]:
        """(ask60) An act asked of an actor in a mandative clause of insisting whose verb codes no act of its own
        (cue_words requesting.claim_when_indicative; event_cues insisted_obligation_modals): "the talks collapsed after
        Saudi Arabia insisted that Iran join", "insisted that Washington confine its research to the laboratory",
        "Ethiopia insisted the Eritreans must first leave" are the insister's demand (100, asserted) of that actor, as
        "demanded that Iran join" is. An indicative clause ("insisted that the balloon was a weather craft") is a
        claim, and an act asked of no actor ("that the withdrawal be put on the agenda") is left."""
        head = verb.head
        if verb.dep_ != "ccomp" or head.i == verb.i or head.i > verb.i or verb.pos_ != "VERB" \
                or head.lemma_.lower() not in modality.cues().claim_when_indicative:
            return []
        auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        # a base form after a singular subject is the subjunctive the parser may tag as a present ("that Iran join")
        subjunctive = (verb.tag_ == "VBP" or (verb.tag_ == "VBD" and verb.lower_ == verb.lemma_.lower())) \
            and not auxes and subject is not None and subject.tag_ in {"NN", "NNP"}
        if not (mandative(verb) or subjunctive or (verb.tag_ == "VB" and any(
                a.lower_ in cue("insisted_obligation_modals") for a in auxes))):
            return []
        if any(c.dep_ == "neg" for c in verb.children) or any(c.dep_ == "neg" for c in head.children):
            return []
        asked = self.actors_of(subject) if subject is not None and (
            subject.i in self.mention_at or subject.i in self.pronouns) else []
        if not asked:
            return []
        found = self._events_for(head, "100", f"{head.lemma_.lower()} <that> <{verb.lemma_.lower()}>", reporter_of)
        for cand in found:
            if cand.source is None or not same_actor(asked[0], [cand.source]):
                cand.target = asked[0]
        return [c for c in found if c.target is not None]

    def _kept_course(self, verb: Token) -> bool:
        """(ask60) A stated refusal to change one's own policy, told by its object (event_cues kept_course_verbs): "said
        he would not change course on the fuel tax", "would not rescind the decree", "will not cut production", "would
        not postpone the presidential vote". The object is a thing kept, no actor ("would not change Iran" is none)."""
        if verb.lemma_.lower() not in cue("kept_course_verbs"):
            return False
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        # the object itself no actor ("its salmon output" is Norway's, but no actor)
        return bool(objects) and not any(o.i in self.mention_at or o.i in self.pronouns
                                         or o.lemma_.lower() in cue("kept_course_skip_objects") for o in objects)

    def _unbent_to(self, verb: Token) -> list[Named] | None:
        """(ask60) "would not bend to US complaints", "will not kowtow to Beijing": the refusal defies what follows "to"
        (event_cues unbending_verbs): the actor named there, or the one whose request it names; None when the verb is
        no such verb or has no "to"."""
        if verb.lemma_.lower() not in cue("unbending_verbs"):
            return None
        for c in verb.children:
            heads = [c] + [g for g in c.children if g.dep_ == "prep"] if c.dep_ == "prt" else [c]
            for p in heads:
                if p.dep_ != "prep" or p.lower_ != "to":
                    continue
                for o in p.children:
                    if o.dep_ == "pobj":
                        return self.actors_of(o) or self._requesters(o)
        return None

    def _requesters(self, request: Token) -> list[Named]:
        """(ask55) Who makes the request a refusal answers: its "from"/"by" phrase ("calls from Poland", "pressure from
        the IMF"), else an actor word before it ("Australian calls", "Washington's threat")."""
        for c in request.children:
            if c.dep_ == "prep" and c.lower_ in {"from", "by"}:
                for o in c.children:
                    if o.dep_ == "pobj" and (found := self.actors_of(o)):
                        return found
        for c in request.children:
            if c.dep_ in {"poss", "amod", "compound", "nmod"} and c.i < request.i and (found := self.actors_of(c)):
                return found
        return []

    @staticmethod
    def _against_request(verb: Token) -> Token | None:
        """(ask55) A refusal told against what others ask (event_cues refusal_against_marks, refused_request_nouns):
        "would not raise salaries despite the strikes' demands", "would not cap gas prices despite calls from Poland",
        "whatever the pressure from Brussels", "in defiance of the court's request". Not "despite the attacks" nor
        "despite warnings": what is refused then is no one's request."""
        marks, nouns = cue("refusal_against_marks"), cue("refused_request_nouns")
        doc = verb.doc
        right = [t for t in verb.subtree if t.i > verb.i]
        for t in right:
            if t.lower_ not in marks:
                continue
            for k in range(t.i + 1, min(t.i + 7, len(doc))):
                w = word_at(doc, k)
                if w.text in {",", ";", ".", "--"}:
                    break
                if w.lemma_.lower() in nouns or w.lower_ in nouns:
                    return w
        return None

    def _saying_above(self, verb: Token) -> Token | None:
        """The nearest verb of saying above ``verb`` ("said it had not shelled ...": 'said'), or None."""
        return next((a for a in verb.ancestors if a.lemma_.lower() in self.cues.reporting), None)

    def _own_denials(self, out: list[Candidate]) -> list[Candidate]:
        """(verbal48) A speaker that says it had not done an act of force of its own denies it: "the Sudanese army said
        it had not shelled residential areas", "police said they had not used live ammunition", "Moscow said it had
        never targeted the city" (gold README: a denial, 016, beside the act negated). The act (event_cues
        own_denial_roots) is negated by a "not"/"never" on its own verb, told in the past (no modal, no "yet":
        own_denial_blockers; "would not attack" refuses, "had not yet fired back" denies nothing), its subject the
        speaker itself (a pronoun, or a noun with a pronoun's possessive: "its forces"), of the speaker's country.
        The denial is the speaker's, on its saying verb, asserted; implicit._responsibility_targets aims it at an accuser
        named in the sentence. None when the speaker already denies in the sentence ("..., denying claims that")."""
        roots = cue("own_denial_roots")
        denials: list[Candidate] = []
        for c in out:
            if c.modality != modality.NEGATED or c.reported_by is None or c.source is None:
                continue
            verb = c.trigger
            if c.nominal:
                # "said it was not staging a coup": the act named by the object of a verb (own_denial_objects)
                if verb.dep_ != "dobj" or verb.lemma_.lower() not in cue("own_denial_objects"):
                    continue
                verb = verb.head
            elif not (c.code[:2] in roots or c.code in roots):
                continue
            if verb.pos_ not in {"VERB", "AUX"}:
                continue
            speaker = c.reported_by
            if not speaker.country or c.source.country != speaker.country:
                continue
            kids = list(verb.children)
            if not any(k.dep_ == "neg" for k in kids) or any(
                    k.lower_ in cue("own_denial_blockers") for k in kids if k.dep_ in {"aux", "advmod", "neg"}):
                continue
            if not _speaker_subject(verb, passive=True) and not _state_organ_subject(verb, c.source, speaker):
                continue
            saying = self._saying_above(verb)
            if saying is None:
                saying = next((k for k in verb.children if k.dep_ == "parataxis"
                               and k.lemma_.lower() in self.cues.reporting), None)
            if saying is None or any(k.dep_ == "neg" for k in saying.children):
                continue
            if any(d.code == DENIAL_CODE and d.source is not None and d.source.country == speaker.country
                   for d in out + denials):
                continue
            denial = Candidate(trigger=saying, code=DENIAL_CODE, pattern=f"{saying.lemma_.lower()} <own act> <not done>",
                               source=speaker, target=None, modality=modality.ASSERTED, governor=None)
            denial.tokens = evidence(saying, speaker, None)
            denials.append(denial)
        return denials

    def _own_claims(self, out: list[Candidate]) -> list[Candidate]:
        """(verbal49) An armed group that says it did an act of force claims it: "al-Shabaab said it had carried out the
        bombings", "the IRA said it planted the bomb", "the BLA said its fighters had attacked a police post" (gold
        README: an act its author claims takes that source and a 015). The act (event_cues own_claim_roots: a bombing, a
        killing out of combat; or an attack told with an attacking verb, own_claim_verbs) happened,
        told in the past (no modal: own_denial_blockers), its subject the speaker itself (a pronoun, or a noun with a
        pronoun's possessive: "its fighters"); the speaker an armed group (own_claim_sectors), not a state, whose
        forces report their operations without claiming them. The claim is the speaker's, on its saying verb,
        asserted; implicit._responsibility_targets aims it at the act's target. None when the speaker already claims."""
        claims: list[Candidate] = []
        roots, verbs = cue("own_claim_roots"), cue("own_claim_verbs")
        for c in out:
            speaker = c.reported_by
            if c.modality != modality.ASSERTED or speaker is None or c.source is None or c.nominal or not (
                    any(c.code.startswith(r) for r in roots) or (
                        c.code[:2] in VIOLENT_ROOTS and c.trigger.lemma_.lower() in verbs)) \
                    or (speaker.sector or "").lower() not in cue("own_claim_sectors") \
                    or not speaker.country or c.source.country != speaker.country:
                continue
            verb = c.trigger
            if verb.pos_ not in {"VERB", "AUX"}:
                continue
            kids = list(verb.children)
            if any(k.dep_ == "neg" or (k.dep_ in {"aux", "advmod"} and k.lower_ in cue("own_denial_blockers"))
                   for k in kids):
                continue
            if not _speaker_subject(verb, passive=False):
                continue
            saying = self._saying_above(verb)
            if saying is None or saying.i > verb.i or any(k.dep_ == "neg" for k in saying.children):
                continue
            if any(d.code == CLAIM_CODE and d.source is not None and d.source.country == speaker.country
                   for d in out + claims):
                continue
            claim = Candidate(trigger=saying, code=CLAIM_CODE, pattern=f"{saying.lemma_.lower()} <own act> <done>",
                              source=speaker, target=c.target, modality=modality.ASSERTED, governor=None)
            claim.tokens = evidence(saying, speaker, c.target)
            claims.append(claim)
        return claims

    def _accused_punished(self, out: list[Candidate]) -> list[Candidate]:
        """(verbal59) People a state punishes or bars told with a participle of accusation on the noun that names them
        ("Slovenia expelled a Croatian diplomat accused of spying", "police arrested 21 Albanians accused of
        distributing leaflets", "imposed sanctions on two senators accused of arming gangs", "ordered the deportation
        of traders accused of smuggling fuel"): the charge is the acting state's own, an accusation (112, or the
        participle's own 112x) from the act's source to its target, asserted, as the gold codes it. The act is one of
        event_cues accused_punishing_codes, not negated; its source a state organ, a state or an IGO (a mob that
        lynches "a man accused of blasphemy" makes no charge) acting on another country's people; the participle has
        no by-agent (another accuser)."""
        codes, participles = cue("accused_punishing_codes"), cue("accusing_participles")
        charges: list[Candidate] = []
        for c in out:
            if c.code not in codes or c.source is None or c.target is None or c.modality == modality.NEGATED:
                continue
            src = c.source
            if not (src.sector in STATE_ORGAN_SECTORS or (not src.sector and src.country)
                    or src.code.startswith("IGO")):
                continue
            if src.country and (not c.target.country or c.target.country == src.country):
                # a state's charge against its own people, told so, is the gold's only now and then ("police
                # arrested eight militants accused of planning attacks": the arrest alone); against another
                # state's people, envoys or firms it is the news of a row between the two
                continue
            # the nouns the act is done to: its object, and the "of"/"on"/"against" nouns of its object or of the verb
            # ("the expulsion of two diplomats", "sanctions on two senators")
            frontier, nouns = [c.trigger], []
            for _ in range(3):
                nxt = []
                for t in frontier:
                    for k in t.children:
                        if k.dep_ in {"dobj", "pobj", "appos"} or (k.dep_ == "conj" and t.pos_ in {"NOUN", "PROPN"}) or (
                                k.dep_ == "prep" and k.lower_ in {"of", "on", "against", "for"}):
                            nxt.append(k)
                            if k.pos_ in {"NOUN", "PROPN"}:
                                nouns.append(k)
                frontier = nxt
            for n in nouns:
                accused = next((k for k in n.children if k.dep_ == "acl" and k.tag_ == "VBN"
                                and k.lemma_.lower() in participles and not any(g.dep_ == "agent" for g in k.children)),
                               None)
                if accused is None:
                    continue
                match = self.code_verb(accused)
                code = match.code if match is not None and match.code and match.code.startswith("11") else "112"
                if any(d.code[:2] == "11" and d.source is not None and d.source.code == src.code
                       for d in out + charges):
                    break
                charge = Candidate(trigger=accused, code=code, pattern=f"<{c.code}> * {accused.lemma_.lower()} <of>",
                                   source=src, target=c.target, modality=modality.ASSERTED, governor=None)
                charge.tokens = evidence(accused, src, c.target)
                charges.append(charge)
                break
        return charges

    @staticmethod
    def _drawn_reversed(out: list[Candidate]) -> list[Candidate]:
        """(mine43) A reaction a participle says was drawn ("found the publisher guilty, drawing condemnation from London
        and Washington") is coded from those it came from to the doer (rules ``<drawing>``); the same noun read as the
        doer's own act at those it came from ("the court condemned London") is the reaction turned round: dropped."""
        drawn = {(c.trigger.i, c.source.code, c.target.code) for c in out if c.pattern.startswith("<drawing>")
                 and c.source is not None and c.target is not None}
        if not drawn:
            return out
        return [c for c in out if c.pattern.startswith("<drawing>") or c.source is None or c.target is None
                or (c.trigger.i, c.target.code, c.source.code) not in drawn]

    def _pact_partner(self, verb: Token, target: Named) -> bool:
        """(coop36) ``target`` is named in a "with" phrase on ``verb`` or on the agreement noun that is its object
        (event_cues agreement_nouns): "signed a pact with Moldova", "reached an agreement with the IMF", "signed with
        Kyiv"; through a coordination or a compound ("with Britain and France", "with the IMF's board")."""
        if target.word is None:
            return False
        tok = word_at(self.doc, target.word)
        for _ in range(3):
            if tok.dep_ == "pobj" and tok.head.lower_ == "with":
                holder = tok.head.head
                return holder.i == verb.i or (holder.head.i == verb.i and holder.dep_ == "dobj"
                                              and holder.lemma_.lower() in cue("agreement_nouns"))
            if tok.head.i == tok.i or tok.dep_ not in {"compound", "conj", "appos", "poss"}:
                return False
            tok = tok.head
        return False

    def _mediated_occasion(self, tok: Token) -> bool:
        """(nouns19) "swapped prisoners in a UAE-mediated exchange", "agreed to halt firing after U.S.-mediated
        contacts": a name hyphened to the participle, on an event noun in a phrase of the clause (cue
        mediated_occasion_preps) that names an act; the mediation is the clause's occasion, as factual as it."""
        n, prep = tok.head, tok.head.head
        if not self._hyphened_to_name(tok):
            return False
        if n.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in cue("mediated_occasion_preps") or \
                prep.head.pos_ not in {"VERB", "AUX"}:
            return False
        if n.lemma_.lower() in self.words.between_nouns | self.words.meeting_between_nouns \
                or tok.lemma_.lower() in cue("brokering_participles"):
            return True   # "exchange", "talks": acts between parties, whatever their words; "a UAE-brokered handover"
        match = self.verbs.match_noun(n.lemma_.lower(), [t.lemma_.lower() for t in n.subtree if t.i != n.i])
        return match is not None and bool(match.code) and not match.code.startswith("---")

    def _named_broker(self, tok: Token) -> bool:
        """(clause33) A name hyphened to a participle of brokering (data: event_cues brokering_participles) on any
        noun: "signed a Gulf-brokered plan", "agreed to a U.S.-brokered moratorium on air strikes", "NATO-brokered talks
        let the rebels leave". What a mediator brokers is a deal or talks, whatever the noun's word, and the modifier
        tells the brokering as done: the broker's 045, as factual as the clause the noun stands in."""
        return tok.lemma_.lower() in cue("brokering_participles") and tok.tag_ == "VBN" and self._hyphened_to_name(tok)

    def _hyphened_to_name(self, tok: Token) -> bool:
        """``tok`` follows a hyphen that joins it to a named actor: "U.S.-mediated", "UAE-brokered"."""
        return tok.i >= 2 and word_at(tok.doc, tok.i - 1).text == "-" and word_at(tok.doc, tok.i - 2).i in self.mention_at

    @staticmethod
    def _statehood_declared(verb: Token) -> bool:
        """(clause13) "Slovenia declared independence", "proclaimed a caliphate", "declared the country a federal
        republic", "proclaimed an independent state": a state declared into being is a statement (010, no target),
        not a demand on the state it leaves. Data: event_cues statehood_verbs, statehood_nouns, statehood_adjectives."""
        lemma = verb.lemma_.lower()
        if lemma not in cue("statehood_verbs") and lemma not in cue("self_declaring_verbs"):
            return False
        if SentenceCoder._self_declared(verb):
            return True
        if lemma not in cue("statehood_verbs"):
            return False
        for o in verb.children:
            lemma = o.lemma_.lower()
            if o.dep_ in {"ccomp", "oprd", "xcomp", "acomp"} and lemma in cue("statehood_adjectives") and any(
                    c.dep_ in {"nsubj", "dobj"} and c.i < o.i for c in (*o.children, *verb.children)):
                # (verbal30) "declared Rhodesia independent of Britain", "proclaimed the province independent": the
                # place made a state by the adjective the declaring verb gives it
                return True
            if o.dep_ not in {"dobj", "ccomp", "oprd", "attr"} or o.pos_ != "NOUN":
                continue
            if lemma == "state":
                if any(a.dep_ == "amod" and a.lemma_.lower() in cue("statehood_adjectives") for a in o.children):
                    return True
            elif lemma in cue("statehood_nouns"):
                return True
            elif lemma == "government" and o.dep_ == "dobj" and any(
                    a.dep_ == "amod" and a.lemma_.lower() in cue("proclaimed_government_adjectives") for a in o.children):
                return True   # (verbal51) "proclaimed an interim government in exile"
        return False

    def _comment_withheld(self, tok: Token, pattern: str, reporter_of: dict[int, Named]) -> list[Candidate]:
        """A comment withheld or refused, told as done (011, asserted) and aimed at no one."""
        events = self._events_for(tok, "011", pattern, reporter_of)
        for cand in events:
            cand.modality = modality.ASSERTED
            cand.target = None
        return events

    @staticmethod
    def _comment_refused(verb: Token) -> bool:
        """(verbal51) "had no comment", "made no comment", "offered no comment": a verb of event_cues
        comment_giving_verbs whose object is a comment noun determined by "no"."""
        if verb.lemma_.lower() not in cue("comment_giving_verbs"):
            return False
        return any(o.dep_ == "dobj" and o.lemma_.lower() in cue("comment_nouns") and any(
            d.dep_ == "det" and d.lower_ == "no" for d in o.children) for o in verb.children)

    @staticmethod
    def _self_declared(verb: Token) -> bool:
        """(verbal51) "Guaido declared himself interim president", "the province declared itself an autonomous
        region", "swore himself in as president": a ruler or polity proclaimed by itself, a statement (010, no
        target) as a state declared into being is. The reflexive is the verb's object or the subject of its noun
        complement; the title a noun of event_cues self_declared_titles (not "declared himself innocent")."""
        reflexives = cue("reflexive_pronouns")
        comps = [o for o in verb.children if o.dep_ in {"ccomp", "oprd", "xcomp", "attr", "dobj"} and o.pos_ == "NOUN"]
        comps += [p for o in verb.children if o.dep_ == "prep" and o.lower_ == "as" for p in o.children
                  if p.dep_ == "pobj" and p.pos_ == "NOUN"]
        titled = [c for c in comps if c.lemma_.lower() in cue("self_declared_titles")]
        return bool(titled) and any(r.lower_ in reflexives and r.dep_ in {"dobj", "nsubj"}
                                    for c in (verb, *titled) for r in c.children)

    def _visit_aside(self, tok: Token) -> bool:
        """(visits39) "Visiting Beijing, Duterte announced ...", "Welcoming the Nigerian president at the Elysee, Chirac
        pledged ...": a present participle of visiting or hosting (data: event_words visitor_participles,
        hosting_verbs) that the dictionary codes as a visit, a hosting or a meeting (04) is the subject's own act at
        the time of the clause, done, not a detail of it. Only a participle that opens its clause, before the
        clause's subject (a trailing one, "returned to Iraq, visiting a military complex", tells how the act was
        done); not a meeting verb ("Meeting reporters in Kyiv, Zelensky said ...": the setting of his words)."""
        lemma = tok.lemma_.lower()
        if tok.tag_ != "VBG" or lemma not in self.words.visitor_participles | self.words.hosting_verbs \
                or lemma in self.words.meeting_verbs or tok.head.i == tok.i or tok.i > tok.head.i \
                or tok.left_edge.i != tok.head.left_edge.i \
                or not any(c.dep_ == "nsubj" and c.i > tok.i for c in tok.head.children):
            return False
        match = self.code_verb(tok)
        return match is not None and bool(match.code) and match.code[:2] == "04"

    def _mutual_meeting_aside(self, tok: Token) -> bool:
        """(consult42) "Meeting in Brasilia, the presidents of Ecuador and Peru signed a peace treaty", "Meeting in
        Scotland, Trump and von der Leyen agreed a trade deal": a present participle of meeting (event_words
        meeting_verbs) that opens its clause, with no one met of its own, before two or more subjects of the clause, is
        their meeting with each other, done (as "A and B met"); "Meeting reporters in Kyiv, Zelensky said" stays the
        setting of his words (_visit_aside)."""
        if tok.tag_ != "VBG" or tok.lemma_.lower() not in self.words.meeting_verbs or tok.head.i == tok.i \
                or tok.i > tok.head.i or tok.left_edge.i != tok.head.left_edge.i \
                or any(c.dep_ in {"dobj", "dative"} or c.dep_ == "prep" and c.lower_ == "with" for c in tok.children) \
                or not any(c.dep_ == "nsubj" and c.i > tok.i for c in tok.head.children):
            return False
        return len(dedupe(self.subjects(tok.head)[0])) > 1

    def _demand_aside(self, tok: Token) -> bool:
        """ "Rebels took the guests hostage, demanding the release of jailed comrades", "Hamas announced a truce,
        demanding that Israeli forces pull out": a demand (data: demand_participles) stated beside an act that is no
        protest is a demand of its own (10x). Beside a protest it is the protest's aim ("marched, demanding his
        resignation": 141x, no second act)."""
        if tok.lemma_.lower() not in self.words.demand_participles or tok.head.i == tok.i:
            return False
        main = self.code_verb(tok.head) if tok.head.pos_ in {"VERB", "AUX"} else None
        return main is not None and bool(main.code) and not main.code.startswith("---") \
            and main.code[:2] not in PROTEST_ROOTS

    def _answer_aside(self, tok: Token) -> bool:
        """(skipped19) "Kinshasa said there would be no talks, rejecting an Angolan proposal", "..., the army said,
        denying that its troops had fired first": a rejection or denial (data: answer_participles) told in an aside is
        the doer's answer to another, an act of its own (12x, 016). Beside a protest it is the protest's aim
        ("marched through Lagos, rejecting the fuel tax": 14x, no second act)."""
        if tok.lemma_.lower() not in self.words.answer_participles or tok.head.i == tok.i:
            return False
        if tok.lemma_.lower() in self.cues.negating - lexicon.words("modality_cues", "claim_rejecting_verbs") \
                and not any(t.i in self.mention_at for t in tok.subtree if t.i != tok.i):
            # (skipped21) a refusal answers another actor it names ("refusing to bar Ukraine from NATO", "declining a
            # Saudi request"); "declining to give further details" answers no one
            return False
        main = self.code_verb(tok.head) if tok.head.pos_ in {"VERB", "AUX"} else None
        return main is None or not main.code or main.code[:2] not in PROTEST_ROOTS

    def _commitment_aside(self, tok: Token) -> bool:
        """(skipped20) "Biden and Xi met in Bali, agreeing to resume climate talks", "Obama arrived in Israel, pledging
        an unbreakable bond", "Germany said it would not send weapons, offering helmets instead": a commitment (data:
        commitment_participles) told in an aside after its verb is a promise of its own, coded intended (03x), not a
        detail of the act it follows. A fronted one ("Agreeing to talks, the rebels ...") keeps the aside rule."""
        return tok.lemma_.lower() in self.words.commitment_participles and tok.tag_ == "VBG" \
            and tok.head.i != tok.i and tok.i > tok.head.i

    def _appeal_aside(self, tok: Token) -> bool:
        """(talk26) "warned that the advance posed a serious risk, urging both sides to show restraint", "Amnesty
        International said ..., calling for an investigation": an appeal (data: appeal_participles; "call" with a
        preposition of appeal, appeal_call_preps) told in an aside after its verb is an appeal of its own (02x), as a
        demand is (:meth:`_demand_aside`). Beside a protest it is the protest's aim ("marched, calling for his
        resignation": 141x, no second act)."""
        lemma = tok.lemma_.lower()
        if lemma not in self.words.appeal_participles or tok.tag_ != "VBG" or tok.head.i == tok.i or tok.i < tok.head.i:
            return False
        if lemma == "call" and not any(c.dep_ == "prep" and c.lower_ in self.words.appeal_call_preps for c in tok.children):
            return False
        if tok.left_edge.i == 0 or word_at(tok.doc, tok.left_edge.i - 1).text != ",":
            return False   # set off by a comma: "vetoed a draft calling for a ceasefire" is the draft's words
        # whom it appeals to named by an actor ("urging him to", "calling on Beijing to"): an act aimed at another,
        # not the detail of a statement ("said ..., calling for an investigation")
        addressees = [c for c in tok.children if c.dep_ in {"dobj", "dative"}] + [
            o for c in tok.children if c.dep_ == "prep" and c.lower_ in cue("addressee_preps") | {"upon"}
            for o in c.children if o.dep_ == "pobj"]
        if not any(self.actors_of(a) or self.pronouns.get(a.i) for a in addressees):
            return False
        if tok.head.dep_ == "ccomp" and tok.head.head.lemma_.lower() not in self.cues.reporting:
            return False   # "warned that the advance posed a risk, urging ...": hung on the clause of another doer
        own = self.code_verb(tok)
        # an appeal or a demand only ("pressing ahead with the offensive", "urging sanctions" read as threats); (mine43)
        # "..., pressing him to free Japanese nationals" is a demand of its own (press * : 100)
        if own is None or not own.code.startswith(("02", "10")):
            return False
        main = self.code_verb(tok.head) if tok.head.pos_ in {"VERB", "AUX"} else None
        return main is None or not main.code or main.code[:2] not in PROTEST_ROOTS

    def _series_attack(self, verb: Token, reporter_of: dict[int, Named]) -> list[Candidate]:
        """ "A wave of Israeli air strikes killed 30 people in Gaza": attacks counted by a noun of number (data:
        event_cues series_nouns) as the subject of a casualty verb are the attack; its doer is named by the
        attack noun's own words, its target by the victims or the place."""
        if verb.lemma_.lower() not in self.words.casualty_verbs | self.words.impact_verbs:
            return []
        series = lexicon.words("event_cues", "series_nouns")
        acts = [o for s in verb.children if s.dep_ == "nsubj" and s.lemma_.lower() in series
                for o in of_nouns(s) if o.pos_ == "NOUN"]
        attack = self._attack_noun(acts[0]) if acts else None
        if attack is None and acts and self._weapon(acts[0]):
            # (fight36) "a barrage of Russian missiles hit Kyiv": the weapons' owner fired them, of the kind they name
            weapon = acts[0]
            owners = self._owners_named(weapon, lambda m: bool(m.country))
            attack = (VerbMatch(code=self._weapon_code(weapon, verb), pattern=f"<series of {weapon.lemma_.lower()}>",
                                specificity=1), owners)
        if attack is None:
            return []
        n = acts[0]
        match, sources = attack[0], dedupe(attack[1])
        if not sources:
            return []
        targets = [m for o in verb.children if o.dep_ == "dobj" for m in self.actors_of(o)
                   if not same_actor(m, sources)]
        if not targets:
            targets = [m for p in verb.children if p.dep_ == "prep" and p.lower_ in cue("town_preps")
                       for o in p.children if o.dep_ == "pobj" for m in self.actors_of(o) or self._places_of(o, sources)
                       if not same_actor(m, sources)]
        mod, governor = modality.of(verb)
        reporter = self._reporter(verb, reporter_of)
        out = []
        nobody: list[Named | None] = [None]
        for s in sources:
            for t in [*dedupe(targets)] or nobody:
                cand = Candidate(trigger=n, code=match.code, pattern=match.pattern, source=s, target=t,
                                 reported_by=reporter, modality=mod, governor=governor, nominal=True)
                cand.tokens = evidence(n, s, t)
                out.append(cand)
        return out

    def _copular_state(self, tok: Token) -> bool:
        """(syntax28) "be" heading its clause with a subject and an "on"/"in" phrase the verb dictionary reads as a
        state the subject is in ("the armed forces were on maximum alert", "the government is in talks with the
        rebels"): read as the verb of that clause. Never "be" as an auxiliary, nor a phrase of place or time."""
        if tok.pos_ != "AUX" or tok.lemma_.lower() != "be" or tok.dep_ in {"aux", "auxpass", "relcl", "acl"}:
            return False   # (a relative clause describes its noun: "the activist, who has been on hunger strike")
        if not any(c.dep_ in SUBJECTS for c in tok.children) or not any(
                c.dep_ == "prep" and c.lower_ in {"on", "in"} and any(o.dep_ == "pobj" and o.pos_ == "NOUN"
                                                                     for o in c.children) for c in tok.children):
            return False
        match = self.code_verb(tok)
        return match is not None and bool(match.code) and not match.code.startswith("---")

    @staticmethod
    def _called_strike(verb: Token) -> Token | None:
        """(strike58) The labour strike a calling verb calls (event_cues strike_call_*): "called a general strike",
        "called for a nationwide strike", "called a hartal in the North", "announced a shutter-down strike", "called an
        indefinite strike". Not "called off" or "called in" (a particle), not a strike named ("called the strike
        illegal", "the strike"), not an armed strike ("called for air strikes on the camps"); a bare "strike" only
        when called (not called for) and not "on" or "against" a named place or actor."""
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in cue("strike_call_verbs") or any(c.dep_ == "prt" for c in verb.children):
            return None
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if not objects:
            # the parser may read "called a general strike" as naming an object it does not see (an object predicate)
            objects = [c for c in verb.children if c.dep_ == "oprd" and c.i > verb.i]
        elif any(c.dep_ in {"oprd", "acomp"} for c in verb.children):
            return None   # "called the strike a failure"
        called_for = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "for" and lemma == "call"
                      for o in p.children if o.dep_ == "pobj"]
        for noun in objects + called_for:
            if noun.lemma_.lower() not in cue("strike_call_nouns") or noun.tag_ == "NNP":
                continue
            if any(d.dep_ == "poss" or (d.dep_ == "det" and d.lower_ in {"the", "this", "that", "these", "those"})
                   for d in noun.children):
                continue   # a strike already known: "called the strike", "called their strike illegal"
            words = SentenceCoder._strike_words(noun)
            if words & cue("armed_strike_words"):
                continue
            if SentenceCoder._bare_strike(noun):
                if noun in called_for:
                    continue   # "called for strikes": an appeal, perhaps for armed ones
                if any(p.dep_ == "prep" and p.lower_ in {"on", "against"} and any(
                        o.dep_ == "pobj" and o.ent_type_ in {"GPE", "LOC", "NORP", "FAC", "ORG", "PERSON"}
                        for o in p.children) for h in (noun, verb) for p in h.children):
                    continue   # "a strike on Iran"
            return noun
        return None

    @staticmethod
    def _strike_words(noun: Token) -> set[str]:
        """The words before a strike noun in its phrase, hyphened ones in their parts too ("three-day", "stay-at-home")."""
        words: set[str] = set()
        for t in noun.doc[noun.left_edge.i:noun.i]:
            words.add(t.lemma_.lower())
            words.update(part for part in t.lower_.split("-") if part)
        return words

    @staticmethod
    def _bare_strike(noun: Token) -> bool:
        """(strike58) "a strike" with no word of a labour strike before it (event_cues labour_strike_modifiers)."""
        return noun.lemma_.lower() == "strike" and not SentenceCoder._strike_words(noun) & cue("labour_strike_modifiers")

    def _strike_call_events(self, verb: Token, noun: Token, found: list[Candidate],
                            labour_caller: bool = False) -> list[Candidate]:
        """(strike58) A strike called (``_called_strike``): the call, 113, asserted, and the strike, 143, from the caller
        at the same target, intended, or asserted when the sentence tells it held ("..., which closed shops", "shops
        stayed closed", "civil servants stayed home"); a call still to come is only the strike, with the call's
        modality ("said they would call a strike": intended; "would call a strike unless Y": conditional). A bare
        "strike" called by armed forces or a bare state is no labour strike: no event (``labour_caller``: the verb's own
        patterns read the caller as working people, "Zambian miners called a strike")."""
        from dataclasses import replace

        armed = {s.lower() for s in cue("armed_caller_sectors")}
        out: list[Candidate] = []
        for c in found:
            if c.code != "113":
                out.append(c)
                continue
            if self._bare_strike(noun) and not labour_caller and (c.source is None or (c.source.sector or "").lower() in armed
                                                    or c.source.kind == "country"):
                trace.drop(verb, c.code, "a bare strike called by armed forces or a state: no labour strike")
                continue
            if c.modality != modality.ASSERTED:
                out.append(replace(c, code="143"))
                continue
            out.append(c)
            held = self._strike_held(noun)
            out.append(replace(c, code="143", modality=modality.ASSERTED if held else modality.INTENDED))
        return out

    @staticmethod
    def _strike_held(noun: Token) -> bool:
        """(strike58) The sentence tells the strike called being held, after naming it: "..., which closed shops and
        offices", "shops, markets and offices stayed closed", "civil servants stayed home", "most shops stayed open"
        (event_cues strike_held_verbs and strike_held_subjects)."""
        verbs, subjects = cue("strike_held_verbs"), cue("strike_held_subjects")
        for t in noun.sent:
            if t.i <= noun.i or t.pos_ not in {"VERB", "AUX"} or t.lemma_.lower() not in verbs:
                continue
            subj = [s for s in t.children if s.dep_ in {"nsubj", "nsubjpass"}]
            if not subj and t.dep_ == "conj":
                # "..., and shops, markets and offices stayed closed": the parser may hang the subject elsewhere
                subj = [w for w in noun.doc[max(noun.i + 1, t.i - 6):t.i] if w.pos_ == "NOUN"]
            for s in subj:
                if s.lemma_.lower() not in subjects:
                    continue
                if s.lower_ != "which" or (t.dep_ == "relcl" and t.head.i == noun.i):
                    return True
        return False

    def _own_participle_act(self, tok: Token) -> bool:
        """ "Azerbaijan launched an offensive, shelling Armenian positions": a present participle aside whose
        act is of another kind than its verb's (or a narrower one, 194 under 190) is the subject's own
        second act. Its toll ("..., killing 18 residents") and the same act told again are not."""
        if tok.tag_ != "VBG" or tok.lemma_.lower() in self.words.casualty_verbs or tok.i < tok.head.i:
            return False
        own = self.code_verb(tok)
        if own is None or not own.code or own.code.startswith("---") or own.code in SKIP_CODES:
            return False
        main = self.code_verb(tok.head)
        if any(own.code.startswith(c) for c in self.words.aside_taking_codes) and (
                main is None or not main.code or main.code[:2] != own.code[:2]):
            # (skipped20) "seized power, detaining the president", "foiled a plot, arresting four gang members":
            # taking people is the subject's second act beside any act (not the same act told again)
            return True
        if own.code in cue("aside_seizure_codes") and self._goods_seized(tok) and (
                main is None or not main.code or main.code[:3] != own.code[:3]):
            # (violence58) "overran the camp, carting off weapons and fuel", "detained the gang leader, seizing eight
            # rifles", "forced the garrison to surrender, seizing dozens of tanks": movable goods seized are the
            # subject's second act beside any act that is no seizure itself (the looting told again is none)
            return True
        if (main is None or not main.code) and tok.head.lemma_.lower() in self.words.light_verbs:
            # "launched what it called an operation, shelling ...": the light verb's act is its object's
            for n in [*named_objects(tok.head), *(c for c in tok.head.children if c.dep_ == "dobj")]:
                words = [t.lemma_.lower() for t in n.subtree if t.i != n.i]
                main = self.verbs.match_noun(n.lemma_.lower(), words) or self.verbs.match(
                    tok.head.lemma_.lower(), [t.lemma_.lower() for t in n.subtree])
                if main is not None and main.code:
                    break
        if (main is None or not main.code) and own.code[:2] in cue("roving_harm_roots") \
                and tok.head.lemma_.lower() in cue("roving_verbs"):
            # (violence50) "soldiers and police went door to door, beating residents", "chased protesters through
            # the streets, beating dozens of them": a verb of going about tells no act; the harm done on the way is
            # the goers' own act (a toll, "killing ...", is none: casualty_verbs above)
            return True
        if main is None or not main.code or main.code.startswith("---"):
            return False   # the verb it hangs on is no act ("said ..., adding"): the aside is background
        # a specific kind of fighting ("shelling", "bombing", "ambushing") beside another use of force or a
        # move of troops; other asides tell the manner, aim or upshot of the act ("..., demanding his
        # resignation", "..., cutting off fuel", "..., driving out the army")
        if main.code[:2] in FORCE_ROOTS and own.code in self.words.aside_breach_codes:
            return True   # (refuse32) "attacked army outposts, ending a year-long truce": the truce ended, 1246
        if main.code[:2] in FORCE_ROOTS and own.code[:3] != main.code[:3] and self._taken_or_destroyed(tok, own.code):
            return True   # "raided villages, burning huts", "attacked the mall, taking hostages": a second act
        return own.code[:2] in FIGHTING_ROOTS and not own.code.endswith("0") and main.code[:2] in FORCE_ROOTS \
            and own.code[:3] != main.code[:3]

    def _aside_conjunct(self, verb: Token) -> bool:
        """(background30) A present participle coordinated after a participle aside, with no subject of its own, that
        is no toll (data: casualty_verbs) and codes an act: "seized power, detaining Aung San Suu Kyi and declaring a
        state of emergency", "revoked the special status of Kashmir, cutting telephone lines and placing former chief
        ministers under house arrest", "adopting sanctions, banning imports and blacklisting 74 tankers". The second
        participle is the subject's further act, coded as the main clause's are; the toll ("..., burning houses and
        killing 100 civilians") describes the act told, and an aside itself in a clause of background stays there."""
        head = verb.head
        if verb.dep_ != "conj" or verb.tag_ != "VBG" or head.i == verb.i or not participle_aside(head) \
                or verb.lemma_.lower() in self.words.casualty_verbs or in_background_clause(head) or any(
                    c.dep_ in SUBJECTS or c.dep_ == "neg" for c in verb.children):
            return False
        own = self.code_verb(verb)
        return own is not None and bool(own.code) and not own.code.startswith("---") and own.code not in SKIP_CODES

    def _scene_relative(self, verb: Token) -> bool:
        """(background30) A relative clause of place ("where") whose own subject is a named group of people, active,
        told in the past (simple, perfect or progressive) or the present progressive, with no modal and no negation,
        whose act is protest or force (taxonomy class scene_act): "a siege of the campus, where protesters had hurled
        petrol bombs at officers", "an assault on the mosque in Deraa, where protesters had gathered to demand
        freedoms", "in the Amhara region where federal troops are battling Fano". The place is the scene of the
        reported act, and what the people there did is news of its own. A pronoun subject looks back on the main
        clause's actor ("the house where he had been tracked down"), sheltering or retreating there is no act coded."""
        if verb.dep_ != "relcl" or verb.head.pos_ not in {"NOUN", "PROPN"} or not any(
                c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children):
            return False
        if any(c.dep_ in {"neg", "auxpass", "nsubjpass"} or c.tag_ == "MD" for c in verb.children) or not any(
                c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"} for c in verb.children):
            return False
        aux = [c.lower_ for c in verb.children if c.dep_ == "aux"]
        told = (verb.tag_ == "VBD" and not aux) or (verb.tag_ == "VBN" and aux in (["had"], ["has"], ["have"])) or (
            verb.tag_ == "VBG" and aux in (["was"], ["were"], ["is"], ["are"]))
        if not told:
            return False
        match = self.code_verb(verb)
        return match is not None and bool(match.code) and not match.code.startswith("---") \
            and match.code[:2] in SCENE_ACT_ROOTS

    def _described_force(self, verb: Token) -> bool:
        """(skipped16) An act of force or coercion (taxonomy class described_force) that a clause on a noun tells as
        done, by a doer the clause names, is news of its own, not a description of the noun:
        - a relative clause in the past perfect whose subject is the relative pronoun or a noun ("al-Shabaab gunmen,
          who had stormed the building", "Pashinyan, who had been detained by police", "women ... told monitors that
          gunmen had assaulted them"); a passive needs its by-agent. A pronoun subject is the main clause's actor
          looking back on its own act ("the areas they had seized", "soldiers they had kidnapped"): background;
        - a past participle with a by-agent ("Iraqi prisoners mistreated by U.S. soldiers", "Muslims driven from
          their homes by Bosnian Serb forces").
        A present participle on a noun with a victim of its own ("photographs of soldiers beating detainees") stays a
        description: coding it lowered the unseen 1980s wire (docs/benchmarks.md, round 16).
        The toll verbs (data: casualty_verbs: "the 290 people killed", "a strike that killed dozens") stay the
        description of an attack told elsewhere."""
        if verb.lemma_.lower() in self.words.casualty_verbs or verb.head.i == verb.i \
                or verb.head.pos_ not in {"NOUN", "PROPN", "PRON"}:
            return False
        aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
        agent = any(c.dep_ == "agent" for c in verb.children)
        if verb.dep_ == "relcl" and verb.tag_ == "VBN":
            if not aux or aux[0].lower_ != "had" or any(a.tag_ == "MD" for a in aux):
                return False
            passive = any(a.dep_ == "auxpass" for a in aux)
            subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if passive and not agent:
                return False
            if not passive and not any(s.pos_ in {"NOUN", "PROPN"} or s.lower_ in NEWS_RELATIVE_PRONOUNS
                                       for s in subjects):
                return False
        elif verb.dep_ == "acl" and verb.tag_ == "VBN":
            if not agent or aux:
                return False
        else:
            return False
        match = self.code_verb(verb)
        return match is not None and bool(match.code) and not match.code.startswith("---") \
            and match.code[:2] in DESCRIBED_FORCE_ROOTS

    @staticmethod
    def _seizure_aside_target(found: list[Candidate]) -> None:
        """(violence58) Goods seized in a participle aside (:meth:`_own_participle_act`) aimed at a country only ("detained
        the Zetas leader, seizing eight rifles": MEX) were taken from whom the verb it hangs on acted on, the same
        doer's act there on an actor of that country with a sector of its own (MEXCRM)."""
        for c in found:
            if c.code not in cue("aside_seizure_codes") or c.trigger.tag_ != "VBG" or not participle_aside(c.trigger) \
                    or c.source is None or (c.target is not None and c.target.sector):
                continue
            main = [d.target for d in found if d.trigger.i == c.trigger.head.i and d.source is not None
                    and d.target is not None and d.target.sector and same_actor(d.source, [c.source])
                    and (c.target is None or d.target.country == c.target.country)]
            if main:
                c.target = main[0]
                c.tokens = evidence(c.trigger, c.source, c.target)

    @staticmethod
    def _goods_seized(verb: Token) -> bool:
        """(violence58) What the verb seizes (its objects, or the "with" phrase of "made off with") is movable goods
        (data: event_cues seized_goods_nouns), counted or not ("dozens of tanks"), no place or building."""
        heads = [verb, *(c for c in verb.children if c.dep_ == "prt")]
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        objects += [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "with"
                    for o in p.children if o.dep_ == "pobj"]
        counts = lexicon.words("actor_cues", "people_counts")
        goods = cue("seized_goods_nouns")
        things = [t for o in objects for t in (o, *o.conjuncts) if t.pos_ in {"NOUN", "PROPN"}]
        found = [inner[0] if t.lemma_.lower() in counts and (inner := of_nouns(t)) else t for t in things]
        return bool(found) and found[0].lemma_.lower() in goods

    def _taken_or_destroyed(self, verb: Token, code: str) -> bool:
        """The act takes people (arrests, abductions), hurts them by hand or wrecks a community's homes (data:
        event_words aside_second_codes, community_property): "burning huts", "taking hostages", "hacking off
        hands". Told beside an act of force it is a second act of the doer; destroying other things (tanks,
        a spire, a hospital) is the damage done by the act itself."""
        if not any(code.startswith(c) for c in self.words.aside_second_codes):
            return False
        if code.startswith("175"):
            # (coerce46) repression aimed at people: "..., firing tear gas at protesters"; not the arms a fight used
            # ("clashed near El Fasher, using heavy machine guns")
            return any(c.dep_ == "prep" and c.lower_ in cue("impact_preps") and any(o.dep_ == "pobj" for o in c.children)
                       for c in verb.subtree)
        return code[:3] != "171" or self._community_property(verb)

    def _pact_restated(self, verb: Token) -> bool:
        """(clauses15) "Eritrea and Ethiopia signed a joint declaration ending two decades of hostility", "the two
        leaders signed an accord ending the war": a present participle on a pact (data: event_cues agreement_nouns,
        truce_nouns) that two or more parties sign or reach, whose act ends hostilities (087x), tells what the pact
        is, not a second act: the pact (057, each way) is the act. Other terms ("a pact legalising the union") and
        what one signer enacts ("Putin signed decrees annexing ...") are not this."""
        if verb.dep_ != "acl" or verb.tag_ != "VBG" or any(c.dep_ in SUBJECTS for c in verb.children):
            return False
        pact = verb.head
        if pact.dep_ != "dobj" or pact.lemma_.lower() not in cue("agreement_nouns") | cue("truce_nouns") \
                or pact.head.pos_ != "VERB":
            return False
        # two parties: coordinated subjects ("Lebed and Maskhadov signed"), though one actor code may stand for both
        subjects = [c for c in pact.head.children if c.dep_ == "nsubj"]
        if not subjects or (len([subjects[0], *subjects[0].conjuncts]) < 2
                            and len(dedupe(super().subjects(pact.head)[0])) < 2):
            return False
        match = self.code_verb(verb)
        return match is not None and bool(match.code) and match.code.startswith("087")

    def _leader_in_toll(self, tok: Token, reporter_of: dict[int, Named]) -> list[Candidate]:
        """ "Serbian police attacked the village of Prekaz, killing rebel leader Adem Jashari and dozens of his
        relatives", "Israel launched strikes on Iran, killing the commander of the Revolutionary Guards": the toll of
        a participle aside is no act of its own, but the killing of a leader it names is an assassination (186; gold
        README: "the killing of a named leader ... is 186 beside the raid or strike that carried it out"). Only the
        assassination is kept; the rest of the toll stays the main act's."""
        if tok.tag_ != "VBG" or tok.lemma_.lower() not in self.words.casualty_verbs or tok.i < tok.head.i:
            return []
        match = self.code_verb(tok)
        leader_code = min(lexicon.words("sense_cues", "leader_killing_code"))
        if match is None or not match.code or match.code[:2] not in VIOLENT_ROOTS:
            return []
        return [c for c in self._events_for(tok, match.code, match.pattern, reporter_of) if c.code == leader_code]

    @staticmethod
    def _mission_struck(verb: Token) -> bool:
        """(protest44) What the verb's clause acts on is a foreign state's embassy or consulate (data: sense_cues
        mission_buildings): "stoned the French embassy", "hurled stones at the U.S. embassy", "stormed and set fire to
        the Venezuelan embassy" (an object or a phrase's object of the verb or its conjuncts, not of its subject)."""
        words = sense("mission_buildings")
        subjects = {t.i for c in verb.children if c.dep_ in SUBJECTS for t in c.subtree}
        return any(t.dep_ in {"dobj", "pobj"} and t.lemma_.lower() in words and t.i not in subjects
                   for t in verb.subtree)

    def _unnamed_foreign_force(self, t: Named) -> bool:
        """(target49) Forces of no state the sentence names, called foreign ("would not accept foreign troops on its
        soil", "would not allow any foreign military base": actor_cues foreign_modifiers): no actor the act is aimed
        at (the gold codes no actor by a sector alone)."""
        if t.kind != "agent" or t.country or t.code != t.sector or t.sector not in STATE_FORCES:
            return False
        head = word_at(self.doc, t.head)
        return any(c.dep_ == "amod" and c.lower_ in lexicon.words("actor_cues", "foreign_modifiers") for c in head.children)

    def _conjunct_mission(self, verb: Token, sources: list) -> list:
        """(target49) A verb joined to an earlier one whose object is a foreign state's embassy or consulate (sense_cues
        mission_buildings), with no subject of its own and no one it names as its target: "stormed the British embassy
        in Tehran and ransacked offices", "broke into the U.S. embassy in Belgrade and set part of it ablaze": the
        second act falls on the same mission's state, not on the doers' own country."""
        if verb.dep_ != "conj" or verb.head.i >= verb.i or any(c.dep_ in SUBJECTS for c in verb.children):
            return []
        head = verb.head
        words = sense("mission_buildings")
        objs = [c for c in head.children if c.dep_ == "dobj" and c.i < verb.i]
        objs += [o for p in head.children if p.dep_ == "prep" and p.i < verb.i for o in p.children if o.dep_ == "pobj"]
        homes = {s.country for s in sources if s.country}
        return [m for o in objs if o.lemma_.lower() in words for m in self.actors_of(o)
                if m.country and m.country not in homes and not same_actor(m, sources)]

    @staticmethod
    def _protest_doers(m: Named) -> bool:
        """The mention names protesters proper (data: sense_cues protest_doers), not a crowd or a mob."""
        from .verbs import normal

        return any(normal(w) in sense("protest_doers") for w in m.text.lower().replace("-", " ").split())

    def _warring_sides(self, verb: Token, sources: list[Named], passive: bool) -> list[Named]:
        """(talk27) "Libya's two warring sides signed a permanent ceasefire", "South Sudan's warring sides signed a
        truce", "rival Afghan factions signed a deal": one plural noun of parties (event_cues warring_side_nouns) told
        at war or as rivals (warring_side_adjectives), of one country named by its own words, doing a mutual act
        (data: reciprocal_verbs) with no partner of its own, is the country's government and its armed challengers
        acting on each other; [] for anything else (a named partner: "the warring sides met the envoy")."""
        if passive or verb.lemma_.lower() not in self.words.reciprocal or len(dedupe(sources)) != 1:
            return []
        s = sources[0]
        head = word_at(verb.doc, s.mention.head)
        if head.dep_ in {"poss", "amod", "compound"} and head.head.i != head.i and s.kind == "country":
            head = head.head   # "Cambodia's four warring factions", "rival Afghan factions": the country names the sides
        if not s.country or s.country_from or head.tag_ != "NNS" or head.lemma_.lower() not in cue("warring_side_nouns") \
                or not any(c.dep_ == "amod" and c.lower_ in cue("warring_side_adjectives") for c in head.children):
            return []
        if any(c.dep_ in {"dobj", "dative"} and c.i in self.mention_at for c in verb.children) or any(
                p.dep_ == "prep" and p.lower_ == "with" for p in verb.children):
            return []
        return [s.changed(code=compose_code(s.country, sector), sector=sector) for sector in ("GOV", "REB")]

    def _anchored_claims(self, cands: list[Candidate]) -> list[Candidate]:
        """(talk27) "A suicide bomber killed 20 soldiers; the BLA claimed it": a claim of responsibility (data:
        claim_codes) whose only object is a pronoun (event_cues claim_pronouns) points back to an act of force told
        before it in its sentence; with none there ("Morocco claims it as its own") it claims no act and is dropped."""
        acts = [c for c in cands if c.code[:2] in VIOLENT_ROOTS]
        out = []
        for c in cands:
            objs = [o for o in c.trigger.children if o.dep_ == "dobj"] if not c.nominal else []
            if c.code in self.words.claim_codes and objs and all(
                    o.pos_ == "PRON" and o.lemma_.lower() in cue("claim_pronouns") for o in objs) and not any(
                    a.trigger.i < c.trigger.i and a.trigger.sent.start == c.trigger.sent.start for a in acts):
                trace.drop(c.trigger, c.code, "a claim of 'it' with no act of force told before it: no act claimed")
                continue
            out.append(c)
        return out

    def _raids_for_arrests(self, cands: list[Candidate]) -> list[Candidate]:
        """ "Police raided a dissident library and arrested seven people": a raid by police (data: sense_cues
        police_raid_verbs; sectors COP, SPY, JUD) beside an arrest by the same police is the arrest's means,
        one act (173), not an attack of its own."""
        # (falsepos22) the raid named as the occasion of the arrest or seizure ("detained the mayor in a dawn raid",
        # "police seized 30 rifles in a raid on an arms cache", "captured Guzman in a raid on a Lima house") is
        # that act's means too: a raid noun with no doer of its own in an "in"/"during" phrase (event_cues
        # operation_preps) of the arrest's (173) or seizure's (1711) own verb
        taken = {c.trigger.i for c in cands if c.code in {"173", "1711"} and not c.nominal}
        cands = [c for c in cands if not (
            c.nominal and c.source is None and c.code[:2] in VIOLENT_ROOTS
            and c.trigger.lemma_.lower() in sense("police_raid_verbs") and c.trigger.dep_ == "pobj"
            and c.trigger.head.lower_ in lexicon.words("event_cues", "operation_preps")
            and c.trigger.head.head.i in taken and c.trigger.head.head.i != c.trigger.head.i)]
        # (coerce50) and so is a raid beside a seizure by the same police ("raided the offices of a rights group and
        # seized computers": the confiscation, 1711)
        arrests = [c for c in cands if c.code in {"173", "1711"} and c.source is not None]
        if not arrests:
            return cands
        return [c for c in cands if not (
            (c.code[:2] in VIOLENT_ROOTS or c.code in sense("repression_code") and not (
                c.target is not None and self._protesters(c.target))
             or c.code in sense("raided_premises_code") | sense("raid_search_code"))   # (coerce50) premises raided
            and c.source is not None and c.source.sector in {"COP", "SPY", "JUD"}
            and c.trigger.lemma_.lower() in sense("police_raid_verbs")
            and any(same_actor(c.source, [a.source]) for a in arrests if a.source is not None))]

    @staticmethod
    def _own_disarmed(verb: Token, code: str, s: Named, t: Named | None) -> str:
        """(violence57) Armed men of another side disarmed by a doer lose their weapons (1711, the verb pattern
        "disarm * <mil>"); a side that disarms its own fighters ("promised to disarm their fighters by January", the
        object its own or the doer's), or a disarming only promised, ordered or weighed, lays down arms (0873)."""
        if code != "1711" or verb.lemma_.lower() != "disarm":
            return code
        objects = [o for o in verb.children if o.dep_ in {"dobj", "nsubjpass"}]
        own = any(c.dep_ == "poss" and c.pos_ == "PRON" for o in objects for c in o.children) or (
            t is not None and (same_actor(t, [s]) or t.code == s.code))
        if own or modality.of(verb)[0] != modality.ASSERTED:
            return "0873"
        return code

    def _vessels_of_arrested_crews(self, cands: list[Candidate]) -> None:
        """(violence57) A ship seized is taken with its crew (181, _vessel_seized), but where the same doer's arrest
        of people is told first in the sentence and the boat's seizure after it ("the navy arrested 14 Indian
        fishermen and seized a trawler", "coast guards detained eight fishermen and seized their boat"), the crew's
        taking is that arrest (173) and the boat is property confiscated (1711). A seizure told first stays the
        taking of the ship ("seized a fishing boat, detaining its seven crew": 181 and 173), and an arrest only
        weighed takes no one ("studying whether to charge its crew")."""
        arrests = [c for c in cands if c.code == "173" and c.source is not None and not c.nominal
                   and modality.of(c.trigger)[0] == modality.ASSERTED]
        for c in cands:
            if c.code != "181" or c.source is None or c.nominal \
                    or c.trigger.lemma_.lower() not in sense("vessel_seizing_verbs"):
                continue
            passive = any(ch.dep_ in {"nsubjpass", "auxpass"} for ch in c.trigger.children)
            if self._vessel_seized(c.trigger, "1711", passive) != "181":
                continue   # no vessel seized: people taken hostage stay 181
            if any(a.trigger.i < c.trigger.i and a.trigger.sent.start == c.trigger.sent.start
                   and a.source is not None and same_actor(c.source, [a.source]) for a in arrests):
                c.code = "1711"

    @staticmethod
    def _handover_targets(cands: list[Candidate]) -> None:
        """(material52) A place handed over by one side to another state's organ (a verb pattern of 0874 on a handover
        verb: "French troops handed over their base in Timbuktu to the Malian army", "began handing over their
        security zone to Kenyan forces") is a withdrawal from that state's country, the bare country (gold: FRAMIL ->
        MLI), not an act at the force that takes it over; a place handed to one's own state's organs stays as it is."""
        for c in cands:
            t, s = c.target, c.source
            if c.code != "0874" or c.nominal or c.pattern.startswith("<") or t is None or s is None \
                    or c.trigger.lemma_.lower() not in cue("handover_verbs") or t.sector not in STATE_ORGAN_SECTORS \
                    or not t.country or t.country == s.country:
                continue
            c.target = t.changed(code=t.country, sector=None, name=None, kind="country")

    def _dismissed_targets(self, cands: list[Candidate]) -> None:
        """(material52) A change of leadership (0831) told by a verb whose object names the office-holders removed
        ("President Mubarak sacked his interior minister", "King Gyanendra dismissed the government", "replaced four
        ministers") is aimed at them, an actor of the doer's own country, though its code is the doer's own (gold:
        EGYGOV -> EGYGOV), not at the bare country a targetless concession gets."""
        for c in cands:
            if c.code != "0831" or c.target is not None or c.source is None or c.nominal or not c.source.country:
                continue
            objs = [o for o in c.trigger.children if o.dep_ == "dobj"]
            objs += [x for o in objs for x in o.conjuncts]
            # the object itself names them ("sacked his defence minister"), not a noun of the act ("announced his
            # government's resignation" removes no one named)
            held = [m for o in objs for m in self.actors_of(o) if m.mention.head == o.i
                    and m.country == c.source.country and m.sector in STATE_ORGAN_SECTORS]
            if held:
                c.target = held[0]

    def _left_organisations(self, cands: list[Candidate]) -> None:
        """ "Gambia announced its withdrawal from the International Criminal Court": a withdrawal (087x)
        from an international organisation, named after "from", leaves the body (161, as the verb
        "withdrew from the ICC" is coded), no military de-escalation."""
        for c in cands:
            t = c.target
            if not c.code.startswith("087") or t is None or not t.code.startswith("IGO") or t.word is None:
                continue
            node = word_at(self.doc, t.word)
            for _ in range(3):
                if node.dep_ == "pobj" and node.head.lower_ == "from":
                    c.code = "161"
                    break
                if node.head.i == node.i:
                    break
                node = node.head

    def _military_sense(self, noun: Token, words: list[str], verb: Token) -> VerbMatch | None:
        """ "Israel could resume strikes", "Moscow is weighing strikes on energy sites": a noun of two senses
        (data: event_words military_senses) done by a state or an armed actor is coded as its military twin."""
        if dict(self.words.military_senses).get(noun.lemma_.lower()) is None:
            return None
        return self.military_twin(noun, words, self.subjects(verb)[0])

    def _ultimatum(self, verb: Token, reporter_of: dict[int, Named]) -> list[Candidate]:
        """ "Iran will resume uranium enrichment unless Europe shields it from US sanctions": one's own act ahead
        that only another's act can avert (data: modality_cues ultimatum_marks) threatens that other (130,
        conditional), though the act has no code of its own. Not a refusal ("will not withdraw unless ...")."""
        if verb.pos_ != "VERB" or not modality.future_or_possible(verb) or modality.is_negated(verb):
            return []
        clauses = [c for c in verb.children if modality.is_ultimatum_clause(c)]
        if not clauses or any(t.pos_ == "VERB" and (m := self.code_verb(t)) is not None and m.code and
                              not m.code.startswith("---") and m.code[:2] in HOSTILE_ROOTS for t in clauses[0].subtree):
            return []   # "will hold elections unless the rebels resume fighting": a contingency, not a demand
        sources, passive, _ = self.subjects(verb)
        if passive or not sources or modality.of(verb)[0] != modality.CONDITIONAL:
            return []
        others = [m for c in clauses[0].children if c.dep_ == "nsubj" for m in self.actors_of(c)
                  if not same_actor(m, sources) and not own_side(m, sources)]
        reporter = self._reporter(verb, reporter_of)
        out = []
        for s in sources:
            for t in others:
                cand = Candidate(trigger=verb, code="130", pattern="* unless", source=s, target=t, reported_by=reporter,
                                 modality=modality.CONDITIONAL)
                cand.tokens = evidence(verb, s, t)
                out.append(cand)
        return out

    @classmethod
    def _deadline_parts(cls, verb: Token) -> tuple[Token, list[Token]] | None:
        """:meth:`_deadline_given`, None when the one act demanded is leaving (:meth:`_deadline_to_leave`)."""
        parts = cls._deadline_given(verb)
        if parts is None or (len(parts[1]) == 1 and parts[1][0].lemma_.lower() in cue("deadline_leave_verbs")):
            return None
        return parts

    @classmethod
    def _deadline_to_leave(cls, verb: Token) -> Token | None:
        """(coerce25) "gave the French ambassador 72 hours to leave", "gave French special forces a month to leave the
        country": a span of time given for the one act of leaving (data: event_cues deadline_leave_verbs) is an
        expulsion of the one given it, no ultimatum (the infinitive is a clause of its own, so the verb patterns
        "give * hour (to leave)" never see it). Returns the time word; None when a penalty is named too ("48 hours to
        leave Iraq or face military action" is the ultimatum of :meth:`_deadline_parts`)."""
        parts = cls._deadline_given(verb)
        if parts is None or len(parts[1]) != 1 or parts[1][0].lemma_.lower() not in cue("deadline_leave_verbs"):
            return None
        return parts[0]

    def _expulsion_ordered(self, verb: Token, pattern: str, reporter_of: dict[int, Named]) -> list[Candidate]:
        """The expulsion of :meth:`_deadline_to_leave`: 166 (an envoy, a force, a mission). (verbal48) Private people
        (data: event_cues deadline_people_sectors; "gave the Asians three months to leave the country", "gave the
        residents until Friday to leave the city") or a whole state ("gave Iraq until January 15 to leave Kuwait",
        "gave the United States 180 days to vacate the base") are given an ultimatum (139, gold README: an expulsion
        order with a deadline is 139): no one is expelled yet, and a state is not its envoys."""
        out = self._events_for(verb, "166", pattern, reporter_of)
        for cand in out:
            t = cand.target
            if t is not None and ((t.sector or "").lower() in cue("deadline_people_sectors")
                                  or not t.sector and t.kind in {"country", "capital"}):
                cand.code = "139"
            elif t is not None and t.sector == "GOV" and t.kind == "agent":
                # (violence56) an envoy given hours to leave is expelled, 174 at the envoy's government (gold README:
                # "expelling diplomats (persona non grata, an ambassador given 72 hours) is 174"); forces and missions
                # keep 166
                cand.code = "174"
        return out

    @staticmethod
    def _deadline_given(verb: Token) -> tuple[Token, list[Token]] | None:
        """(verbs16b) "gave Moscow until midnight to withdraw", "gave the government 30 days to disarm the militias or
        face sanctions": a span of time given (data: event_cues deadline_verbs, deadline_nouns, deadline_preps) for an
        act to be done (an infinitive on the verb or on the time) is an ultimatum (139). Returns the time word and the
        verbs demanded (the infinitive and the penalty coordinated with it, "or face sanctions"). None when no time is
        given."""
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in cue("deadline_verbs"):
            return None
        times = [c for c in verb.children if c.dep_ in {"npadvmod", "dobj", "dative"}
                 and c.lemma_.lower() in cue("deadline_nouns")]
        times += [c for c in verb.children if c.dep_ == "prep" and c.lower_ in cue("deadline_preps")
                  and any(o.dep_ == "pobj" for o in c.children)]
        # (threat43) the parser may hang "until" on the infinitive as its mark: "gave Iraq until noon on Saturday to
        # begin a withdrawal" (until <- begin)
        times += [m for c in verb.children if c.dep_ == "advcl" and c.pos_ == "VERB"
                  and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                  for m in c.children if m.dep_ in {"mark", "prep"} and m.lower_ in cue("deadline_preps")
                  and m.i < c.i and any(o.dep_ == "pobj" for o in m.children)]
        if not times:
            return None
        holders = [verb, *times, *(o for t in times for o in t.children if o.dep_ == "pobj")]
        demanded = [c for h in holders for c in h.children if c.pos_ == "VERB"
                    and c.dep_ in {"advcl", "relcl", "xcomp", "acl", "ccomp"}
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        if not demanded:
            return None
        acts = [demanded[0], *(c for c in demanded[0].conjuncts if c.pos_ == "VERB")]
        return times[0], acts

    def _deadline_demand(self, tok: Token) -> bool:
        """The act an ultimatum demands, or the penalty it names ("or face sanctions"): not done (_deadline_parts)."""
        for anc in list(tok.ancestors)[:4]:
            parts = self._deadline_parts(anc)
            if parts is not None and any(a.i == tok.i for a in parts[1]):
                return True
        return False

    def _elided_repeats(self, sent: Span, found: list[Candidate]) -> list[Candidate]:
        """ "has not sent warships and will not do so", "Turkey recognised the government and Qatar will do so
        next week", "has not expelled the envoy but may do so soon": "do so" stands for the act coded on a verb
        above it; that act is coded again with the modality of "do" (negated, intended, considered) and with
        the subject of "do" when it names another actor."""
        out: list[Candidate] = []
        for do in tokens(sent):
            if do.lemma_.lower() != "do" or do.pos_ not in {"VERB", "AUX"} or not any(
                    c.dep_ == "advmod" and c.lower_ == "so" for c in do.children):
                continue
            node, antecedents = do, []
            for _ in range(5):
                if node.head.i == node.i:
                    break
                node = node.head
                antecedents = [c for c in found if c.trigger.i == node.i and c.trigger.i < do.i and not c.nominal]
                if antecedents:
                    break
            subjects = [c for c in do.children if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ != "PRON"]
            own = self.actors_of(subjects[0]) if subjects else []
            mod, governor = modality.of(do)
            for a in antecedents:
                for s in own or ([a.source] if a.source is not None else []):
                    cand = Candidate(trigger=do, code=a.code, pattern=a.pattern, source=s, target=a.target,
                                     reported_by=a.reported_by, modality=mod, governor=governor,
                                     inherited_source=not own)
                    # "will not do so", "has no plans to do so": the intent stated, or not (03x), is an event
                    # apart from the act itself; the same act again is no new event
                    cand.code = final_code(cand)
                    if cand.code == a.code and same_actor(s, [a.source] if a.source else []):
                        continue
                    cand.tokens = evidence(do, s, a.target)
                    out.append(cand)
        return out

    def subjects(self, verb: Token) -> tuple[list[Named], bool, bool]:
        """The subjects of :meth:`ArgumentFinder.subjects`; the content of a document signed has its signer
        (:meth:`_enacted_content`)."""
        signer = self._enacted_content(verb)
        if signer is not None:
            return super().subjects(signer)[0], False, True
        made = self._caused_doers(verb)
        if made:
            return made, False, True
        return super().subjects(verb)

    def _attack_relative_host(self, noun: Token) -> bool:
        """(crit25) ``noun`` lies in a relative clause on an attack noun, where the parser hung a blaming or denying
        relative on the nearest noun instead of the attack: "the drone attack that killed three soldiers at a base in
        Jordan, which Washington blamed on militias" (the blame is a reaction to the attack, told wherever it is)."""
        node = noun
        for _ in range(8):
            if node.dep_ == "relcl" and node.head.i != node.i:
                host = node.head
                return host.pos_ == "NOUN" and self._attack_noun(host) is not None
            if node.head.i == node.i:
                return False
            node = node.head
        return False

    def _blamed_attack(self, verb: Token) -> bool:
        """(crit25) A reduced relative of blaming (event_words reaction_relatives) with a by-agent on an attack noun:
        "killing 100 people in an attack blamed by President Hassan Sheikh Mohamud on al Shabaab". The agent's blame
        is an act told, as in "an attack the president blamed on al Shabaab" (_reaction_relative)."""
        return verb.lemma_.lower() in self.words.reaction_relatives and verb.dep_ == "acl" and \
            verb.head.pos_ == "NOUN" and self._attack_noun(verb.head) is not None and any(
                c.dep_ == "agent" for c in verb.children)

    @staticmethod
    def _mediated_aside(verb: Token) -> bool:
        """ "A and B signed a peace deal in Helsinki, brokered by Martti Ahtisaari": a past participle with a by-agent
        after a comma that the parser hung on the verb, right after that verb's object: a reduced relative on the
        object (the deal), read like "a deal brokered by ..." (:meth:`_brokered_by` keeps mediating verbs only)."""
        return verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.head.i < verb.i and any(
            c.dep_ == "agent" for c in verb.children) and any(
            c.dep_ == "dobj" and c.right_edge.i < verb.i for c in verb.head.children)

    def _caused_doers(self, verb: Token) -> list[Named]:
        """ "the offensive forced Somali troops to withdraw", "..., prompting the president to order a curfew": the
        infinitive under a verb that makes its object act (data: event_cues causing_participles) is the object's
        own act; its doer is that object, not the subject of the verb that caused it."""
        head = verb.head
        if verb.dep_ == "conj" and head.dep_ == "xcomp" and head.head.i != head.i and not any(
                c.dep_ in SUBJECTS for c in verb.children):
            # (multi24) "..., prompting the Security Council to demand a withdrawal and to impose sanctions": a second
            # infinitive joined to the first is the same object's act
            verb, head = head, head.head
        if verb.dep_ != "xcomp" or head.i == verb.i or head.lemma_.lower() not in cue("causing_participles") \
                or any(c.dep_ in SUBJECTS for c in verb.children):
            return []
        return dedupe([m for c in head.children if c.dep_ == "dobj" and c.i < verb.i for m in self.actors_of(c)])

    def _enacted_content(self, verb: Token) -> Token | None:
        """ "Putin signed decrees annexing four Ukrainian regions", "Trump signed an order to withdraw the United
        States from the WHO", "signed a law suspending cooperation with the IAEA": a participle or infinitive on
        a document (data: event_cues enacted_nouns) that a verb of enacting has for object (enacting_verbs)
        tells the act the document does; the signer does it. Returns the verb of enacting."""
        if verb.pos_ != "VERB" or verb.dep_ not in {"acl", "advcl"} or any(c.dep_ in SUBJECTS for c in verb.children):
            return None
        if verb.dep_ == "acl":
            if verb.tag_ != "VBG" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
                return None
            document = verb.head
        else:
            # "signed decrees annexing ...": the parser may hang the participle on the verb, right after its object
            objects = [c for c in verb.head.children if c.dep_ == "dobj" and c.right_edge.i + 1 == verb.i]
            if verb.tag_ != "VBG" or not objects:
                return None
            document = objects[0]
        signer = document.head
        if document.dep_ != "dobj" or document.lemma_.lower() not in cue("enacted_nouns") \
                or signer.lemma_.lower() not in cue("enacting_verbs") or signer.pos_ != "VERB":
            return None
        # one signer: what two parties sign together ("Carter and Brezhnev signed the treaty limiting arms") is
        # the pact (057), whose terms are no act of either
        return signer if len(dedupe(super().subjects(signer)[0])) == 1 else None

    def _inner_event(self, verb: Token) -> bool:
        """ "weeks of protests in which security forces killed hundreds", "a statement in which North Korea
        committed to work toward denuclearisation": a relative clause opened by "in which" (data: event_cues
        inner_event_preps) on an event noun or a document tells what happened in it: news of its own, with a
        subject of its own. Not "the village in which he was born"."""
        if not _relative_opened_by(verb, "inner_event_preps", {"nsubj"}):
            return False
        noun = verb.head
        lemma = noun.lemma_.lower()
        return lemma in DOCUMENT_NOUNS or lemma in cue("conflict_nouns") or lemma in self.words.violent_means or (
            (m := self.verbs.match_noun(lemma, [])) is not None and bool(m.code) and not m.code.startswith("---"))

    @staticmethod
    def _pact_terms(verb: Token) -> bool:
        """ "reached a deal under which Tehran will curb its nuclear work", "a ceasefire under which Israeli troops are to
        withdraw": a relative clause opened by "under which" (data: event_cues terms_preps) on an agreement or a truce
        (agreement_nouns, truce_nouns) tells the terms the parties took on, each an act of its own (its modality,
        mostly intended, is the clause's own). Not "the law under which he was charged"."""
        while verb.dep_ == "xcomp" and verb.head.i != verb.i:
            verb = verb.head   # "under which Israeli troops are to withdraw"
        if not _relative_opened_by(verb, "terms_preps", SUBJECTS):
            return False
        # the pact, or a noun of the phrase that tells it, where the parser hung the clause on the nearest noun
        # ("an accord extending self-rule to West Bank towns, under which ...")
        node = verb.head
        for _ in range(5):
            if node.lemma_.lower() in cue("agreement_nouns") | cue("truce_nouns"):
                return True
            if node.head.i == node.i or node.dep_ not in {"pobj", "prep", "dobj", "acl", "compound", "appos"}:
                return False
            node = node.head
        return False

    @staticmethod
    def _pact_made_with(verb: Token) -> bool:
        """(deal58) A participle on a pact noun (event_cues made_pact_nouns) with a by-agent and a "with" partner
        ("a deal struck by the junta with Moscow", "an accord signed by Kigali with the rebels") tells the pact
        made between the two parties it names."""
        return verb.head.lemma_.lower() in cue("made_pact_nouns") and any(
            c.dep_ == "agent" for c in verb.children) and any(
            c.dep_ == "prep" and c.lower_ == "with" and any(o.dep_ == "pobj" for o in c.children)
            for c in verb.children)

    def _toll_second_act(self, tok: Token) -> bool:
        """ "Hamas gunmen attacked Israeli towns, killing about 1,200 people and seizing some 250 hostages", "police
        raided the camp, wounding two and arresting 40": a participle coordinated with the toll of an aside tells a
        second act when it takes or destroys (roots 17, 18: taxonomy class toll_second_act) and is no casualty of
        the same act ("killing 20 and wounding 30" is one toll)."""
        head = tok.head
        if tok.tag_ != "VBG" or tok.dep_ != "conj" or not participle_aside(head) \
                or tok.lemma_.lower() in self.words.casualty_verbs:
            return False
        own, main = self.code_verb(tok), self.code_verb(head.head)
        if head.lemma_.lower() not in self.words.casualty_verbs:
            # (clauses15) beside another detail of an attack: "attacked the mall, shooting shoppers and taking
            # hostages", "overran Freetown, burning houses and hacking off civilians' hands"
            return own is not None and bool(own.code) and main is not None and bool(main.code) \
                and main.code[:2] in VIOLENT_ROOTS and own.code[:3] != main.code[:3] \
                and self._taken_or_destroyed(tok, own.code)
        return own is not None and bool(own.code) and own.code[:2] in TOLL_SECOND_ROOTS and (
            main is None or own.code != main.code)

    def _combat_toll(self, tok: Token) -> bool:
        """(clause33) A toll of fighters told in a participle aside of an act that is itself no violence: "troops
        overran the Libyan air base, killing hundreds of Libyan soldiers", "commandos freed the hostages, killing the
        hijackers and 20 Ugandan soldiers". Armed men who kill armed men fought them (190): an act of its own, not
        the cost of the main act (an attack's toll stays the attack's: "shelled the town, killing 12"); a town taken or
        besieged (data: event_cues combat_toll_codes) is no fight of its own, so its toll of fighters is one."""
        if tok.tag_ != "VBG" or tok.lemma_.lower() not in self.words.harm_verbs or not participle_aside(tok) \
                or tok.head.i == tok.i or in_background_clause(tok):
            return False
        main = self.code_verb(tok.head) if tok.head.pos_ == "VERB" else None
        if main is None or not main.code or main.code.startswith("---") or main.code in SKIP_CODES \
                or main.code[:2] in PROTEST_ROOTS | {"17"} or (
                    main.code[:2] in VIOLENT_ROOTS and main.code[:3] not in cue("combat_toll_codes")):
            return False
        doers = list(self.subjects(tok.head)[0])   # "flew to Entebbe and freed the hostages, killing ...": shared
        victims = [t for c in tok.children if c.dep_ == "dobj" for o in (c, *c.conjuncts) for t in self.actors_of(o)]
        return bool(doers) and all(s.sector in ARMED_SECTORS for s in doers) and any(
            t.sector in ARMED_SECTORS for t in victims)

    def _mass_killing_toll(self, tok: Token) -> bool:
        """(force31) A toll told in a participle aside, or in a participle coordinated with one, is the subject's own
        mass killing (202) when the killing rule finds one (non-combatants in large numbers): "Russian interior
        ministry troops rampaged through Samashki, burning houses and killing more than 100 civilians", "Taliban gunmen
        stormed an army-run school, killing 132 children". Not beside an act that kills by a means of its own or by
        repression (data: event_words mass_toll_means_codes: "aircraft bombed the town, killing 100 people" keeps its
        toll in the bombing), nor when the doer is a weapon or no actor."""
        w = self.words
        if tok.tag_ != "VBG" or tok.lemma_.lower() not in w.mass_killing_verbs:
            return False
        if participle_aside(tok):
            aside = tok
        elif tok.dep_ == "conj" and tok.head.i != tok.i and participle_aside(tok.head):
            aside = tok.head
        else:
            return False
        main_verb = aside.head
        if main_verb.i == aside.i or in_background_clause(aside):
            return False
        main = self.code_verb(main_verb)
        if main is None or not main.code or main.code.startswith("---") or main.code in SKIP_CODES \
                or any(main.code.startswith(c) for c in w.mass_toll_means_codes):
            return False
        doers = [c for c in main_verb.children if c.dep_ == "nsubj"]
        if not doers or any(d.lemma_.lower() in w.weapon_means for d in doers):
            return False
        sources = [s for d in doers for s in self.actors_of(d)]
        if not sources or any(s.sector not in ARMED_SECTORS or s.sector in STATE_ORGAN_SECTORS | {"GOV"} for s in sources):
            # armed groups only: state forces killing crowds in numbers mostly repress them (175), and a lone man
            # who drove a truck into a crowd did no massacre (kept to the killing rule)
            return False
        victims = [c for c in tok.children if c.dep_ == "dobj"]
        if not victims or victims[0].lower_ in w.mass_toll_vague_counts:
            return False   # "..., killing scores of residents": a vague toll tells the raid's cost, not a massacre
        targets = [t for c in victims for t in self.actors_of(c)]
        return self._mass_killing(tok, "190", False, sources, targets)[0] == "202"

    def _repressed_in_protest(self, verb: Token, found: list[Candidate]) -> None:
        """ "weeks of protests in which security forces killed hundreds of people": force of a state's organs told
        inside a protest is repression of the protesters (175), aimed at the civilians of the forces' country."""
        match = self.verbs.match_noun(verb.head.lemma_.lower(), [])
        if match is None or not match.code or match.code[:2] not in PROTEST_ROOTS:
            return
        for c in found:
            s = c.source
            if c.code[:2] in VIOLENT_ROOTS and s is not None and s.sector in STATE_ORGAN_SECTORS and s.country:
                c.code = min(sense("repression_code"))
                c.target = s.changed(code=compose_code(s.country, "CVL"), sector="CVL", name=None)
                c.tokens = evidence(c.trigger, s, c.target)

    @staticmethod
    def _reason_gerund(verb: Token) -> bool:
        """ "Washington sanctioned three Iranian firms for supplying drones to Russia", "imposed sanctions on
        Serbia for fuelling the war", "convicted Bolsonaro of plotting a coup": a gerund after "for" (or "of" after a
        charging verb, event_cues charging_verbs) on a verb that acts on someone (an object, a passive
        subject, or an object after "on"/"against") is that one's deed, the reason of the act, not the subject's."""
        while verb.dep_ in {"xcomp", "conj"} and verb.head.pos_ == "VERB":
            verb = verb.head   # "fined Hungary for refusing to accept asylum seekers": "accept" is in the reason too
        prep = verb.head
        if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.head.pos_ != "VERB" or not (
                prep.lower_ == "for" or prep.lower_ == "of" and prep.head.lemma_.lower() in cue("charging_verbs")):
            return False   # (false25) "convicted Bolsonaro of plotting a coup": the charge, his deed
        act = prep.head
        return any(c.dep_ in PATIENTS for c in act.children) or any(
            c.dep_ == "prep" and c.lower_ in {"on", "against"} for c in act.children)

    def _operation_doer(self, verb: Token) -> list[Named]:
        """(sources20) "was killed in a special operation by FSB troops", "were detained in a sweep by police": a
        passive with no agent whose "in"/"during" phrase (data: event_cues operation_preps) names an operation by
        someone; the operation's doer did the act."""
        if any(c.dep_ == "agent" for c in verb.children):
            return []
        for p in verb.children:
            if p.dep_ != "prep" or p.lower_ not in cue("operation_preps"):
                continue
            for o in p.children:
                if o.dep_ != "pobj":
                    continue
                found = [m for d in doer_phrases(o) for m in self.actors_of(d)]
                if found:
                    return found
        return []

    def _clause_force(self, verb: Token, code: str) -> list[Named]:
        """(sources20) "Police raided a house, and a suspect was detained", "the speaker was arrested after troops
        stormed the building": an arrest or an act of violence told in a passive with no agent, beside a clause in
        which a state's force or an armed group carries out an operation (data: event_cues force_operation_verbs),
        is that operation's outcome, done by that force: the clause joined to it by "and", or one it follows
        ("after", "as", "when": event_cues outcome_marks). Not when the passive's own subject is of the force's
        side ("troops stormed the town and two soldiers were killed")."""
        if code[:2] not in VIOLENT_ROOTS and code not in self.words.agentless_state:
            return []
        if any(c.dep_ == "agent" for c in verb.children):
            return []
        mates = [verb.head] if verb.dep_ == "conj" and verb.head.i < verb.i else []
        mates += [c for c in verb.children if c.dep_ == "conj" and c.i > verb.i]
        mates += [c for c in verb.children if c.dep_ == "advcl"
                  and any(m.dep_ == "mark" and m.lower_ in cue("outcome_marks") for m in c.children)]
        patients = [m for c in verb.children if c.dep_ == "nsubjpass" for m in self.actors_of(c)]
        for mate in mates:
            if mate.pos_ not in {"VERB", "AUX"} or mate.lemma_.lower() not in cue("force_operation_verbs"):
                continue
            if modality.of(mate)[0] != modality.ASSERTED:
                continue   # "police would raid the camp": no operation done
            forces = [m for s in mate.children if s.dep_ == "nsubj" for m in self.actors_of(s)
                      if m.sector in STATE_FORCES | ARMED_SECTORS]
            if forces and not any(same_actor(t, forces) or self._fellow_force(t, forces) for t in patients):
                return forces
        return []

    def _fought_foe(self, verb: Token, source: Named, target: Named, reporter: Named | None) -> bool:
        """(violence51) "Somali troops fought Al-Shabaab militants near Bulo Burte", "Iraqi troops battled Mahdi Army
        fighters in Basra": a fight told by a finite verb whose object is the other side, both sides armed men, is
        each side's force on the other (gold README: an armed clash both ways). Not a participle that only describes
        one side ("Afghan guerrillas fighting Soviet troops", "forces battling an insurgency"), nor a side's own
        account of its fight ("RED-Tabara said it had fought Burundian soldiers", "the army said it was battling the
        insurgents"): a side that tells of its fight tells its own act."""
        if verb.tag_ not in {"VBD", "VBZ", "VBP"} and not any(
                c.dep_ == "aux" and c.lower_ != "to" or c.dep_ == "nsubj" for c in verb.children):
            return False   # (a past read as a participle keeps its subject: "Rebels ... fought government forces")
        if target.word is None:
            return False
        tok = word_at(self.doc, target.word)
        while tok.dep_ in {"compound", "amod", "poss", "nmod"} and tok.head.i != tok.i:
            tok = tok.head   # "fought government forces": the phrase's head is the object
        if tok.head.i != verb.i or tok.dep_ != "dobj":
            return False
        if source.sector not in FIGHTING_SIDES or target.sector not in FIGHTING_SIDES:
            return False
        return not (reporter is not None and reporter.country and reporter.country == source.country
                    and (reporter.sector == source.sector or reporter.country != target.country))

    @staticmethod
    def _fellow_force(t: Named, forces: list[Named]) -> bool:
        """(sources20) The patient is of the force's own side: its sector, or another force of its state ("police
        raided the camp and two officers were killed": not killed by the police)."""
        return any(t.sector == f.sector and t.country == f.country
                   or t.country == f.country and t.sector in STATE_FORCES and f.sector in STATE_FORCES for f in forces)

    def _shared_agent(self, verb: Token) -> list[Named]:
        """ "The pope was shot and seriously wounded by a Turkish gunman", "the envoy was summoned and reprimanded
        by the foreign ministry": passives coordinated on one subject share the by-agent, which the parser hangs
        on the last of them. Only a conjunct passive with no subject of its own, after the verb."""
        if any(c.dep_ == "agent" for c in verb.children):
            return []
        for c in verb.conjuncts:
            if c.i < verb.i or c.tag_ != "VBN" or any(g.dep_ in SUBJECTS for g in c.children):
                continue
            for a in (g for g in c.children if g.dep_ == "agent"):
                found = [m for p in a.children if p.dep_ == "pobj" for m in self.actors_of(p)]
                if found:
                    return found
        return []

    def _passive_forces(self, verb: Token, code: str) -> list[Named]:
        """ "Algerian troops were sent to Niger", "no Russian troops have been deployed to Belarus": a passive
        with no agent that moves forces (data: modality_cues own_forces_codes) is the act of the forces' own
        state; its subject's forces are the source (a negative subject negates the act). (violence50) Troops named by
        the office they serve ("Soviet Interior Ministry troops were sent to Comrat": a GOV mention) are forces too
        (event_cues posted_force_nouns)."""
        if not any(code.startswith(p) for p in lexicon.words("modality_cues", "own_forces_codes")) or any(
                c.dep_ == "agent" for c in verb.children):
            return []
        return [m for c in verb.children if c.dep_ == "nsubjpass" for m in self.actors_of(c)
                if m.country and (m.sector in STATE_FORCES or m.sector == "GOV"
                                  and c.lemma_.lower() in cue("posted_force_nouns"))]

    def _passive_announcer(self, verb: Token, code: str, reporter_of: dict[int, Named]) -> list[Named]:
        """ "Pakistan said the captured pilot would be released", "the Kremlin said the charges would be
        dropped": an act the speaker announces in a future or possible passive with no agent is the speaker's
        own (data: modality_cues announced_passive_roots); the passive's subject stays the target."""
        if code[:2] not in lexicon.words("modality_cues", "announced_passive_roots") or any(
                c.dep_ == "agent" for c in verb.children) or not modality.future_or_possible(verb):
            return []
        if verb.dep_ not in {"ccomp", "parataxis"} and not (verb.dep_ == "ROOT" and any(
                c.dep_ in {"ccomp", "parataxis"} and c.lemma_.lower() in self.cues.reporting for c in verb.children)):
            return []
        reporter = self._reporter(verb, reporter_of)
        if reporter is None or not reporter.country:
            return []
        patients = [m for c in verb.children if c.dep_ == "nsubjpass" for m in self.actors_of(c)]
        return [] if same_actor(reporter, patients) else [reporter]

    def _passive_arrester(self, verb: Token, code: str, reporter_of: dict[int, Named]) -> list[Named]:
        """(miss17) "Police said dozens of suspected militants had been detained", "the FSB said two saboteurs
        were arrested": an arrest (data: event_words agentless_state_codes) told in a passive with no agent and
        reported by a state's police or security service (event_words arresting_reporter_sectors) is that force's
        own act; the passive's subject stays the target. Not when the reporter is the one held."""
        if code not in self.words.agentless_state or any(c.dep_ == "agent" for c in verb.children):
            return []
        reporter = self._reporter(verb, reporter_of)
        if reporter is None or not reporter.country or reporter.sector not in self.words.arresting_reporter_sectors:
            return []
        patients = [m for c in verb.children if c.dep_ == "nsubjpass" for m in self.actors_of(c)]
        return [] if same_actor(reporter, patients) else [reporter]

    def _passive_repeller(self, verb: Token, code: str, reporter_of: dict[int, Named]) -> list[Named]:
        """(violence51) "Al-Shabaab fighters who attacked a military base were repelled, the Somali army said": a
        repelling (data: event_cues repelling_verbs) told in a passive with no agent and reported by armed men of a
        state or a group (sector class fighting_side) is the reporter's own; the passive's subject stays the target.
        Not when the reporter is the one repelled."""
        lemma = verb.lemma_.lower()
        prts = [c.lower_ for c in verb.children if c.dep_ in {"prt", "advmod"}]
        if code[:2] != "19" or any(c.dep_ == "agent" for c in verb.children) or (
                lemma not in cue("repelling_verbs") and not any(f"{lemma} {p}" in cue("repelling_verbs") for p in prts)):
            return []
        reporter = self._reporter(verb, reporter_of)
        if reporter is None or not reporter.country or reporter.sector not in FIGHTING_SIDES:
            return []
        patients = [m for c in verb.children if c.dep_ == "nsubjpass" for m in self.actors_of(c)]
        return [] if same_actor(reporter, patients) else [reporter]

    def _sense_misfire(self, verb: Token, code: str) -> bool:
        """A verb read in a sense its clause rules out (data: event_words): a violent or coercive
        or threatening verb in a sports result ("France beat Croatia 4-2 to win the World Cup", "defeated New
        Zealand 15-12 to win the Rugby World Cup"); a verb of visiting or
        hosting whose object is goods, not a person ("began receiving parts of the S-400 system", "flew
        tents and doctors to Kathmandu"); an inquiry into an act weighed ("is looking into supplying
        tanks", "is examining a plan to strike": the act weighed is coded from its own verb)."""
        w = self.words
        if verb.lemma_.lower() in w.emotion_passives and any(
                p.lemma_.lower() in w.disaster_nouns for c in verb.children if c.dep_ in {"agent", "prep"} and c.lower_ == "by"
                for p in c.children if p.dep_ == "pobj"):
            return True   # (round40) "was deeply saddened by the crash of a cargo plane": grief at a disaster blames no one
        # (false23) a participle aside shares the result its clause tells: "Germany defeated Argentina 1-0,
        # storming to a fourth World Cup title"
        scope = verb.head.subtree if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ == "VERB" \
            else verb.subtree
        if code[:2] in VIOLENT_ROOTS | {"13", "17"} and (any(
                (self._sport_word(t) and (t.dep_ != "compound" or t.head.pos_ not in {"NOUN", "PROPN"})
                 or self._score(t))
                and not in_background_clause(t) for t in scope) or self._sport_result(verb)):
            return True   # not "a football pitch", not "the rocket that hit a football ground"
        if code == "141" and any(c.dep_ in {"xcomp", "advcl"} and c.lemma_.lower() in sense("celebration_verbs")
                                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                                 for c in verb.children) and not any(
                t.lemma_.lower() in sense("protesting_words") for t in verb.subtree):
            return True   # (falsepos30b) "thousands gathered in Castle Square to mark the 200th anniversary": a celebration
        if code.startswith(tuple(sense("sport_sentence_codes"))) and self._sport_sentence(verb):
            return True   # (falsepos30b) "Morocco celebrated its first World Cup quarter-final as crowds poured into the streets"
        if (code[:2] in VIOLENT_ROOTS | {"17"} or code == "052") and (self._figurative(verb) or any(
                self._natural_doer(d) for d in self._doers(verb)) or verb.dep_ == "acl" and verb.tag_ == "VBG"
                and self._natural_doer(verb.head, disaster_only=True)):
            return True   # "doctors are battling a cholera outbreak", "the budget attacked the middle class"
        if code[:2] in VIOLENT_ROOTS and self._accident_consequence(verb):
            return True   # (falsepos22) "a jet collided with a helicopter, killing all 67 aboard": an accident's deaths
        if code[:2] in VIOLENT_ROOTS | {"08", "15", "17"} | sense("market_agent_word_roots") and any(
                in_class(d, "market_agents") for d in self._doers(verb)):
            return True   # "investors stormed into the shares", "traders pulled back from risky assets": trading;
            # (falsepos30b) "traders welcomed the OPEC pact": a market's verdict
        if any(d.i not in self.mention_at and in_class(d, "market_quantities") for d in self._doers(verb)):
            return True   # (falsepos30b) "Tokyo stocks crashed for a fourth day": prices move, no one acts
        if code[:2] == "07" and any(p.dep_ == "prep" and p.lower_ == "into" and any(
                o.dep_ == "pobj" and in_class(o, "money_sinks") and not any(t.i in self.mention_at for t in o.subtree)
                for o in p.children) for p in verb.children):
            return True   # (mine45) "the ECB pumped 95 billion euros into the money markets": money moved, no aid
        if code[:2] in sense("electorate_roots") and any(in_class(d, "electorate_words") for d in self._doers(verb)):
            return True   # (mine45) "Quebec voters narrowly rejected independence": a vote's result
        if code[:2] in {"08", "15"} and any(self._natural_doer(d) and not in_class(d, "policy_patients")
                                             for d in self._doers(verb)):
            return True   # "rival carmakers' stocks retreated", "floodwaters pulled back": no actor yields (a law may)
        if (code[:2] in VIOLENT_ROOTS or code[:2] in {"11", "17"}) and self._dismissal(verb):
            return True   # "the opposition leader fired his chief of staff"
        if "01" <= code[:2] <= "12" and any(
                c.pos_ == "NOUN" and in_class(c, "event_subjects")
                for c in [*(c for c in verb.children if c.dep_ == "nsubj"), *([verb.head] if verb.dep_ == "acl" and verb.tag_ in {"VBD", "VBN"} else [])]):
            return True   # "the rebels' advance stalled outside Goma"
        if code[:2] in VIOLENT_ROOTS | {"17"} and any(self._site_blast(d) for d in self._doers(verb)):
            return True   # "... a firecracker factory after an explosion there killed eleven workers"
        if (code in w.visit_object_codes or code[:2] in {"01", "02", "03", "04", "05", "10", "11", "12", "14"}) and any(
                in_class(d, "civil_craft") or any(in_class(m, "civil_craft") for m in d.children
                                                  if m.dep_ in {"compound", "appos"})
                for d in self._doers(verb)):
            return True   # "a Boeing 777 vanished an hour after leaving Kuala Lumpur for Beijing", "... crashed";
            # (false23) "a container ship ran aground and blocked traffic": no obstruction by anyone (14)
        if code[:2] in VIOLENT_ROOTS | {"13", "15", "17"} and (any(
                in_class(a, "electoral_contests") for a in self._arguments(verb))
                and verb.lemma_.lower() not in sense("contest_delay_verbs") or any(
                c.dep_ in {"xcomp", "advcl"} and c.lemma_.lower() == "win" and not any(g.dep_ == "mark" for g in c.children)
                and any(o.dep_ == "dobj" and in_class(o, "electoral_prizes") for o in c.children) for c in verb.children)):
            # "Lula narrowly defeated Bolsonaro in the presidential run-off", "defeated Harris to win a second term";
            # (modality27) not a clause of condition or time: "threatened to jail his rival if he won the election"
            return True
        if code[:2] in VIOLENT_ROOTS | {"17"} and self._beast_or_spent_weapon(verb):
            return True   # "a crocodile killed a fisherman", "an old mortar shell exploded while children played"
        if code[:2] == "14" and any(in_class(n, "sport_fans") for d in self._doers(verb) for n in [d, *(
                g for c in d.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj")]):
            return True   # "tens of thousands of fans poured onto the streets": a celebration, no protest
        if code[:2] == "05" and any(self._sport_patient(p) for p in self._patients(verb)):
            return True   # "backed the national football team", "praised the goalkeeper"
        if code[:2] == "17" and self._patients(verb) and all(
                in_class(self._looked_through(p), "contraband") for p in self._patients(verb)):
            return True   # "the coast guard seized 2 tonnes of cocaine off Colombia"
        if code[:2] in {"03", "05"} and verb.lemma_.lower() in sense("opinion_verbs") and self._opinion(verb):
            return True   # "economists agreed that the recession would be short"
        if code[:2] == "04" and verb.lemma_.lower() in sense("session_verbs") and (
                self._one_body_in_session(verb) or self._meets_a_thing(verb)):
            return True   # "Congress met to certify the election result", "SADC leaders meeting in Harare said ..."
        if code[:2] == "11" and verb.lemma_.lower() in sense("cause_blaming_verbs") and self._blames_a_thing(verb):
            return True   # "officials blamed heavy rains for the collapse of the dam": an explanation
        if code[:2] == "03" and any(c.dep_ == "xcomp" and c.pos_ == "VERB" and self._figurative(c) for c in verb.children):
            return True   # "vowed to fight poverty and unemployment": no act pledged
        if code in w.visit_object_codes and self._patients(verb) and all(
                in_class(self._looked_through(p), "private_visitors") or in_class(p, "staged_events")
                for p in self._patients(verb)):
            return True   # "welcomed a record number of Chinese tourists", "hosted the Olympic Games"
        if code in w.visit_object_codes and verb.lemma_.lower() in w.visit_object_verbs:
            objects = [c for c in verb.children if c.dep_ == "dobj"]
            if objects and not any(o.i in self.mention_at or o.i in self.pronouns or o.pos_ == "PRON"
                                   or o.lemma_.lower() in w.person_nouns or self._named_with_actor(o) for o in objects):
                return True
        if code[:2] == "09" and any(
                (c.dep_ == "prep" and c.lower_ in {"into", "on", "at", "about"}
                 and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children))
                or (c.dep_ == "dobj" and modality.is_intention_noun(c)) for c in verb.children):
            return True   # "looking into supplying tanks", "examining a plan to strike Guam": an act weighed;
            # (appeal47) not the cause of an inquiry: "opened an investigation ... over missing vaccine funds"
        return False

    def _named_with_actor(self, noun: Token) -> bool:
        """A person named with an actor before the name: "received visiting Pakistani Senate chairman Nayyar Hussain
        Bokhari" (the actor, "Pakistani Senate", sits among the words before the head, not in a phrase after it:
        "began receiving parts of the S-400 system from Russia" names goods)."""
        return noun.pos_ == "PROPN" and any(t.i < noun.i and t.i in self.mention_at for t in noun.subtree)

    def _sport_word(self, t: Token) -> bool:
        """A sport word (event_words sport_words). (coerce46) A word that also names a body of people (sense_cues
        sport_bodies: "league") is one only when a sport word or a league's name of sport (sport_league_names)
        modifies it: "the Premier League", "a football league"; "the Awami League", "the Chhatra League", "the ruling
        party's youth league" are parties and wings, no sport."""
        lemma = t.lemma_.lower()
        if lemma not in self.words.sport_words:
            return False
        if lemma not in sense("sport_bodies"):
            return True
        return any(c.dep_ in {"compound", "amod", "nmod", "poss"} and (
            c.lemma_.lower() in self.words.sport_words or c.lemma_.lower() in sense("sport_league_names"))
                   for c in t.children)

    def _sport_sentence(self, verb: Token) -> bool:
        """(falsepos30b) A sport word (event_words sport_words, sense_cues sport_sentence_words) in the clause the
        verb hangs from, up to the top of its sentence or the clause a verb of saying governs: "Qatar hosted the opening
        match of the World Cup", "shattered the marathon world record ..., pulling away from Gebrselassie, who dropped
        out after 27 km"; not a name ("the Arab League"), nor a sport word compounded with a noun (a place: "soldiers beat two
        journalists near the football stadium"). Not a verb of protest or one whose clause tells
        a protest ("students marched to protest against the Games"). (violence58) A sport word compounded with a contest
        is one ("after a cup match", "a football match")."""
        top = verb
        while top.head.i != top.i and top.dep_ != "ccomp":
            top = top.head
        if any(t.lemma_.lower() in sense("protesting_words") for t in verb.subtree):
            return False   # "students marched in several cities to protest against the Games": a protest
        def sport(t: Token) -> bool:   # the lemma, or it with the compound right before it ("marathon world record")
            near = [c.lower_ for c in t.children if c.dep_ == "compound" and c.i == t.i - 1]
            return self._sport_word(t) and (t.dep_ != "compound" or t.head.pos_ not in {
                "NOUN", "PROPN"} or in_class(t.head, "sport_contests")) or in_class(t, "sport_sentence_words") or bool(
                near) and f"{near[0]} {t.lemma_.lower()}" in sense("sport_sentence_words")
        return any(sport(t) and t.ent_type_ not in {"ORG", "PERSON", "GPE", "NORP", "FAC"} for t in top.subtree)

    @staticmethod
    def _armed_defence(verb: Token) -> bool:
        """ "Harare sent troops to defend Kabila", "soldiers would defend the president": a verb of defence whose
        doers are armed forces (the verbs synset &military), or whose governing verb sends or deploys them, is
        military protection (074), no defence in words (052)."""
        military = {m[-1] for m in VerbDictionary.default().synsets.get("military", ())} | {"force"}

        def armed(t: Token) -> bool:
            return normal(t.lemma_) in military or normal(t.text) in military
        if any(c.dep_ == "nsubj" and armed(c) for c in verb.children):
            return True
        return verb.dep_ in {"advcl", "xcomp"} and verb.head.pos_ == "VERB" and any(
            c.dep_ == "dobj" and armed(c) for c in verb.head.children)

    @staticmethod
    def _invited_forces(verb: Token) -> bool:
        """ "Rwanda deployed 1,000 soldiers to Cabo Delgado at the invitation of President Nyusi", "Australia sent
        police and troops at the request of the Solomon Islands government": forces sent at a government's
        invitation or request protect it (074), no mobilisation against anyone (153, 154), nor, when they only move in
        ("Saudi troops rolled into Bahrain at the invitation of Manama"), an attack (190). The "at" phrase hangs on the
        verb or on the verb that governs it ("began deploying ... at the invitation of")."""
        for v in (verb, verb.head) if verb.dep_ in {"xcomp", "ccomp"} else (verb,):
            for c in v.children:
                if c.dep_ == "prep" and c.lower_ == "at" and any(
                        g.dep_ == "pobj" and g.lemma_.lower() in {"invitation", "request", "behest", "call"}
                        for g in c.children):
                    return True
        return False

    def _landing_invasion(self, verb: Token) -> bool:
        """(aid30) Forces that land (event_cues landing_verbs) on the soil of a state that is not their own, named in
        a place phrase of the verb ("landed on Grenada", "landed on the northern coast of Cyprus", "landed near Port
        Stanley"), or that are sent or moved into it (incursion_verbs: "sent ground troops into southern Lebanon"),
        invade it (190), no mere deployment (154): not when the landing's own clause (its conjoined
        clauses left out) gives it a purpose or tells it welcome or on a mission of help (landing_welcome_words:
        "landed in Haiti unopposed", "as part of a CSTO mission requested by Tokayev"), nor forces invited."""
        lemma = verb.lemma_.lower()
        incursion = lemma in cue("incursion_verbs")
        if lemma not in cue("landing_verbs") | cue("incursion_verbs") or self._invited_forces(verb):
            return False
        military = {m[-1] for m in VerbDictionary.default().synsets.get("military", ())} | {"force"}
        if incursion and not any(c.dep_ == "dobj" and normal(c.lemma_) in military for c in verb.children):
            return False   # (sent or moved: only forces sent into a place go in)
        if modality.of(verb)[0] not in {modality.ASSERTED, modality.NEGATED}:
            return False   # "will send troops into Kosovo should Serbs there come under attack": a promise, no attack
        if any(c.dep_ in {"xcomp", "advcl"} and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in verb.children):
            return False   # "landed in Port-au-Prince to lead a security mission"
        own_clause = [t for c in verb.children if c.dep_ not in {"conj", "cc", "ccomp", "parataxis"} for t in c.subtree]
        if any(t.lemma_.lower() in cue("landing_welcome_words") or t.lower_ in cue("landing_welcome_words")
               for t in own_clause if t.i not in {c.i for c in verb.children if c.dep_ == "dobj"}):
            return False
        own = {m.country for c in verb.children if c.dep_ in {"nsubj", "dobj"} for t in c.subtree
               if (m := self.mention_at.get(t.i)) is not None and m.country}
        preps = cue("incursion_preps") if incursion else cue("landing_place_preps")
        places = {m.country for p in verb.children if p.dep_ == "prep" and p.lower_ in preps
                  for o in p.children if o.dep_ == "pobj" for t in o.subtree
                  if (m := self.mention_at.get(t.i)) is not None and m.country}
        return len(own) == 1 and bool(places) and not places & own

    def _protective_deployment(self, verb: Token) -> bool:
        """(orders17) Forces sent to another country to defend or protect it ("ordered troops and warplanes to Saudi
        Arabia to defend the kingdom", "sent 2,000 soldiers to Mali to protect the government") are a protection (074),
        no mobilisation against anyone (154): a purpose infinitive whose verb protects (event_cues
        protective_purpose_verbs), after a "to"/"into" phrase naming a country that is not the forces' own, with that country or its
        state as the object (event_cues protected_state_nouns: "the kingdom"). Troops sent at home "to protect
        civilians", or abroad "to protect the separatists", stay a deployment (154)."""
        places = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in cue("ordered_force_preps")
                  for g in c.children if g.dep_ == "pobj"]
        countries = {self.mention_at[g.i].country for g in places if g.i in self.mention_at
                     and self.mention_at[g.i].kind == "country"}
        countries.discard(None)
        if not countries and not places:
            # (aid30) no place named: the protected state itself names where they go ("Zimbabwe and Angola sent
            # troops to defend Kabila's government", "sent troops to protect the government of Mali")
            countries = {m.country for c in verb.children if c.dep_ in {"xcomp", "advcl"}
                         and c.lemma_.lower() in cue("protective_purpose_verbs")
                         for o in c.children if o.dep_ == "dobj" for t in o.subtree if (m := self.mention_at.get(t.i))
                         is not None and m.sector in {None, "GOV"} and m.country}
            places = [verb]   # (the purpose comes after the verb)
        if not countries:
            return False
        own = {self.mention_at[t.i].country for c in verb.children if c.dep_ in {"dobj", "nsubj", "nsubjpass"}
               for t in c.subtree if t.i in self.mention_at}
        if countries & own:
            return False
        def the_state(o: Token) -> bool:   # what is protected is that country or its state, not a party in it
            m = self.mention_at.get(o.i)
            return o.lemma_.lower() in cue("protected_state_nouns") or (
                m is not None and m.country in countries and m.sector in {None, "GOV"})
        return any(c.dep_ in {"xcomp", "advcl"} and c.lemma_.lower() in cue("protective_purpose_verbs")
                   and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                   and any(p.i < c.i for p in places)
                   and any(o.dep_ == "dobj" and the_state(o) for o in c.children) for c in verb.children)

    def _supporting_deployment(self, verb: Token) -> list[Named]:
        """(ask56) Forces sent to another country to help its state or its armed forces ("France began airlifting
        troops to Chad to help President Habre halt a rebel advance", "Harare and Luanda sent troops to prop up
        Kabila's government", "sent troops to help Russia push Ukrainian forces out of Kursk", "SADC troops began
        deploying in eastern Congo to help the army fight M23") cooperate with it militarily (062), no mobilisation
        against it (154): a purpose infinitive whose verb helps (event_cues supporting_purpose_verbs), on the verb or,
        when the verb is the complement of another ("began airlifting ... to help"), on that one after it; the one
        helped a state, government or army mention of a country that is not the forces' own, or, with no actor helped,
        a "to"/"into"/"in" place of such a country. Troops sent at home ("to its border with Belarus to help guards")
        stay a deployment."""
        purposes = [c for c in verb.children if c.dep_ in {"xcomp", "advcl"}]
        if verb.dep_ in {"xcomp", "ccomp"} and verb.head.pos_ == "VERB":
            purposes += [c for c in verb.head.children if c.dep_ in {"xcomp", "advcl"} and c.i > verb.i]
        purposes = [c for c in purposes if c.lemma_.lower() in cue("supporting_purpose_verbs")
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        if not purposes:
            return []
        # the senders (not the forces sent, which the coder may read as the helped army's: "sent troops to prop up")
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
        if verb.dep_ in {"xcomp", "ccomp"} and not doers:
            doers = [c for c in verb.head.children if c.dep_ == "nsubj"]
        senders = [m for c in doers for m in self.actors_of(c)]
        if not senders:
            return []
        own = {m.country for m in senders if m.country}
        # the one helped: the purpose verb's object, or the subject of the act it helps ("to help Russia push ...")
        objects = [o for c in purposes for o in c.children if o.dep_ in {"dobj", "nsubj"}] + [
            o for c in purposes for g in c.children if g.dep_ in {"ccomp", "xcomp"} for o in g.children
            if o.dep_ == "nsubj"]
        helped = [m for o in objects for m in self.actors_of(o)
                  if m.country and m.country not in own and (m.sector or "GOV") in {"GOV", "MIL"}]
        if not objects:   # "sent troops into Chad to help": the place helped
            helped = [m for p in verb.children if p.dep_ == "prep" and p.lower_ in cue("ordered_force_preps") | {"in"}
                      for o in p.children if o.dep_ == "pobj" and o.i in self.mention_at
                      for m in self.actors_of(o) if m.kind == "country" and m.country and m.country not in own]
        return helped

    def _peacekeeping_deployment(self, verb: Token) -> bool:
        """(confusion33) Forces moved into another country whose own clause (conjoined and reported clauses left out)
        names a peacekeeping or relief mission or a request for them (event_cues peacekeeping_mission_words: "landed in
        Kazakhstan as part of a CSTO mission requested by Tokayev", "sent battalions to Liberia to reinforce the
        peacekeeping force") protect it (074), no mobilisation against it (154). A mission only so called
        (peacekeeping_naming_verbs: "for what he called peacekeeping") is none; forces kept at home are none."""
        if modality.of(verb)[0] != modality.ASSERTED:
            return False
        words = cue("peacekeeping_mission_words")
        naming = cue("peacekeeping_naming_verbs")
        own_clause = [t for c in verb.children if c.dep_ not in {"conj", "cc", "ccomp", "parataxis", "nsubj", "nsubjpass"}
                      for t in c.subtree]
        hits = [t for t in own_clause if t.lemma_.lower() in words or t.lower_ in words]
        if not hits or all(any(a.lemma_.lower() in naming and a.pos_ == "VERB" for a in t.ancestors
                               if a.i != verb.i and a.i in {o.i for o in own_clause}) for t in hits):
            return False
        own = {m.country for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"} for t in c.subtree
               if (m := self.mention_at.get(t.i)) is not None and m.country}
        places = {m.country for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
                  for t in o.subtree if (m := self.mention_at.get(t.i)) is not None and m.country}
        return len(own) >= 1 and bool(places) and not places & own

    def _business_taken(self, verb: Token) -> bool:
        """ "Seized control of the country's largest bank", "took over the airline": a business taken
        (data: sense_cues business_nouns; "control of" looked through) is confiscated (1711), no territory."""
        for o in (c for c in verb.children if c.dep_ in PATIENTS):
            inner = [g for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
            target = inner[0] if o.lemma_.lower() == "control" and inner else o
            if target.i not in self.mention_at and in_class(target, "business_nouns"):
                return True
        return False

    @staticmethod
    def _property_held(verb: Token) -> Token | None:
        """(violence54) A building or holding occupied or taken over (data: sense_cues seized_buildings, taken by
        property_taking_verbs: "war veterans occupied white-owned farms", "soldiers occupied the offices of the
        newspaper", "students occupied some 200 schools", "the army took control of the state broadcaster"; "control
        of" looked through): the building, property seized (1711) as a business taken is, not a place occupied (192).
        Towns, bases, airports, palaces and headquarters stay territory."""
        if verb.lemma_.lower() not in sense("property_taking_verbs"):
            return None
        for o in (c for c in verb.children if c.dep_ in PATIENTS):
            inner = [g for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
            target = inner[0] if o.lemma_.lower() == "control" and inner else o
            if in_class(target, "seized_buildings"):
                return target
        return None

    def _property_taken(self, verb: Token) -> bool:
        return self._property_held(verb) is not None

    def _crowd_seat_taken(self, verb: Token) -> bool:
        """(violence54) A crowd occupying a building of the state's own bodies (sense_cues crowd_seat_nouns, in its
        words or modifiers: "students occupying parliament", "protesters took over government offices") riots (145),
        as it did before such buildings were property; a farm, a school or a dock it holds is seized (1711)."""
        held = self._property_held(verb)
        seats = sense("crowd_seat_nouns")
        return held is not None and any(w.lemma_.lower() in seats for w in (
            held, *(c for c in held.children if c.dep_ in {"compound", "amod", "poss"})))

    def _weapon_response(self, verb: Token, reporter_of: dict[int, Named]) -> list[Candidate]:
        """(fight36) A verb of answering whose "with" phrase names a weapon that no event noun tells ("the army responded
        with artillery fire on southern Lebanon", "Pakistani troops responded with artillery"; event_words
        means_response_verbs): the subject's own use of that weapon, of the kind the weapon names (194 artillery, 195
        missiles), as "hit back with air strikes" is (_force_with)."""
        weapon = self._force_with(verb, answering=True)
        if weapon is None:
            return []
        return self._events_for(verb, self._weapon_code(weapon, verb),
                                f"{verb.lemma_.lower()} * (with) {weapon.lemma_.lower()}", reporter_of)

    def _force_with(self, verb: Token, answering: bool = False) -> Token | None:
        """ "Israel hit back at Hezbollah with air strikes": a verb of force read as words (11x) whose
        "with" phrase names a weapon or a strike (rules._weapon, event_words violent_means) is force. With
        ``answering``, the verb is one of answering (``_weapon_response``, checked by the caller) and only a weapon
        counts ("answered the tests with explosions of its own" is no attack)."""
        if not answering and verb.lemma_.lower() not in sense("force_verbs"):
            return None
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ == "with":
                for g in c.children:
                    if g.dep_ == "pobj" and (self._weapon(g) or (
                            not answering and g.lemma_.lower() in self.words.violent_means)
                                             or g.lemma_.lower() in {"strike", "airstrike"}):
                        return g
        return None

    def _dismissal(self, verb: Token) -> bool:
        """ "Fired his chief of staff", "sacked the army chief": a verb of dismissal (data: sense_cues
        dismissal_verbs) whose objects are all people in office or staff (event_words person_nouns, sense_cues
        staff_nouns, or a person's name), with nothing fired at or on."""
        if verb.lemma_.lower() not in sense("dismissal_verbs") or any(
                c.dep_ == "prep" and c.lower_ in {"at", "on", "upon", "into"}
                and not any(g.lower_ in lexicon.words("date_cues", "weekdays") | lexicon.words("date_cues", "months")
                            or g.like_num for g in c.children) for c in verb.children):
            return False   # "fired on protesters", not "fired his aide on Tuesday"
        objects = [c for c in verb.children if c.dep_ == "dobj"]

        def staff(o: Token) -> bool:
            return o.ent_type_ == "PERSON" or any(
                t.lemma_.lower() in self.words.person_nouns or in_class(t, "staff_nouns")
                for t in [o, *(c for c in o.children if c.dep_ in {"compound", "appos"})])
        return bool(objects) and all(staff(o) for o in objects)

    @staticmethod
    def _accident_consequence(verb: Token) -> bool:
        """(falsepos22) A participle ("killing") that tells the consequence of an accident verb (data: sense_cues
        accident_verbs): hung on that verb ("a train derailed, killing 40"), or hung on a noun right after it ("a jet
        collided with a helicopter ..., killing all 67 aboard")."""
        if verb.tag_ != "VBG" or verb.head.i == verb.i:
            return False
        accident = sense("accident_verbs")
        head = verb.head
        if verb.dep_ in {"advcl", "conj"}:
            return head.lemma_.lower() in accident
        # a participle hung on a noun: the accident verb is the previous verb of the sentence (the parser hangs both
        # on the vehicle, or on a dateline's words: "NEW DELHI - A Saudi jet and a Kazakh plane collided ..., killing")
        before = [t for t in tokens(verb.sent) if t.i < verb.i and t.pos_ == "VERB"]
        return verb.dep_ == "acl" and head.pos_ in {"NOUN", "PROPN"} and bool(before) \
            and before[-1].lemma_.lower() in accident

    def _natural_doer(self, d: Token, disaster_only: bool = False) -> bool:
        """A doer that cannot act (data: sense_cues nonagent_subjects, event_words disaster_nouns): "the budget",
        "floodwaters", "the cyclone"; also a disaster named by its kind ("Typhoon Haiyan", "Hurricane Katrina",
        "its storm surge", "the flood waters"), not people named by one ("flood victims"). With
        ``disaster_only`` a disaster only: the noun a participle describes ("its storm surge overrunning
        Tacloban" is the surge's act, "a law banning foreign funding" the signer's)."""
        w = self.words
        if d.i in self.mention_at and d.lemma_.lower() not in PLACE_NOUNS:
            return False   # (disaster32) a place read as its people ("hillside neighbourhoods") may hide a disaster below
        if d.lemma_.lower() in w.disaster_nouns or not disaster_only and in_class(d, "nonagent_subjects"):
            return True
        if d.pos_ not in {"NOUN", "PROPN"}:
            return False
        if d.lemma_.lower() in w.person_nouns or d.lemma_.lower() in w.protester_nouns or d.ent_type_ in {"PERSON", "NORP", "ORG", "GPE"}:
            return False
        mods = [c for c in d.children if c.dep_ in {"compound", "nmod"}]
        for m in mods:   # down the chain of compounds: "a wildfire overran hillside neighbourhoods" misread as one noun
            mods.extend(c for c in m.children if c.dep_ in {"compound", "nmod"})
        return any(m.lemma_.lower() in w.disaster_nouns for m in mods) and not self._weapon_fire(d)

    def _site_blast(self, subject: Token) -> bool:
        """A blast that is an accident (rules._is_disaster), or one placed by "there" in a sentence that names
        an industrial site and no weapon ("the owner of an illegal firecracker factory ... after an explosion
        there killed eleven workers"; data: sense_cues site_adverbs)."""
        w = self.words
        if subject.lemma_.lower() not in w.accidental_blasts:
            return False
        if self._is_disaster(subject):
            return True
        if not any(c.lower_ in sense("site_adverbs") for c in [*subject.children, *subject.head.children]):
            return False
        sent = subject.sent
        return any(t.lemma_.lower() in w.accident_sites | w.accident_words for t in tokens(sent)) \
            and not any(self._weapon(t) for t in tokens(sent))

    @staticmethod
    def _doers(verb: Token) -> list[Token]:
        """The verb's subject, or for a verb with none ("..., trapping commuters", "won gold after beating
        the champion") its head's; a finite verb right after a prepositional object has that object for
        subject (a misparse of "after an explosion there killed ...")."""
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
        if doers:
            return doers
        if verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"} and verb.head.i < verb.i:
            top = verb.head
            while top.dep_ == "pobj" and top.head.dep_ == "prep" and top.head.head.pos_ in {"NOUN", "PROPN"}:
                top = top.head.head
            if top.i != verb.head.i and verb.tag_ in {"VBD", "VBN"} and any(c.dep_ == "dobj" for c in verb.children) \
                    and not any(c.dep_ in {"aux", "auxpass", "agent"} for c in verb.children):
                return [top]   # "an explosion at the fuel depot in Conakry's Kaloum district set homes ablaze": a misparse
        before = verb.i - 1
        while before > verb.sent.start and word_at(verb.doc, before).pos_ == "ADV":
            before -= 1
        prev = word_at(verb.doc, before)
        if verb.tag_ == "VBD":
            # "as floods that submerged a third of the country killed 1,100 people": the noun whose relative
            # clause ends right before the verb is its subject (the parser hung the verb on the clause before)
            for t in tokens(verb.sent):
                if t.dep_ == "relcl" and t.right_edge.i == before and t.head.i < t.i and t.head.pos_ in {"NOUN", "PROPN"} \
                        and t.head.dep_ != "nsubj":
                    return [t.head]
        if verb.tag_ == "VBD" and prev.pos_ == "NOUN" and prev.dep_ == "pobj":
            return [prev]   # "after an explosion there killed eleven workers": the parser hung the subject on "after"
        node = verb
        for _ in range(3):
            if node.dep_ not in {"advcl", "xcomp", "conj", "pcomp"}:
                break
            head = node.head.head if node.dep_ == "pcomp" else node.head
            doers = [c for c in head.children if c.dep_ == "nsubj"]
            if doers or head.tag_ != "VBG" or node.dep_ != "conj":
                break
            # (falsepos16) a participle conjoined to a participle with no subject of its own shares the doer of
            # the clause both hang on: "the earthquake struck the Atlas, shaking Marrakesh and crushing villages"
            node = head
        return doers

    @staticmethod
    def _arguments(verb: Token) -> list[Token]:
        """The verb's subject and object, and the object of an "in" phrase of the verb or of its object ("in
        the Berlin marathon", "defeated Bolsonaro in the run-off")."""
        args = [c for c in verb.children if c.dep_ in SUBJECTS | PATIENTS]
        holders = [verb] + [c for c in verb.children if c.dep_ in PATIENTS]   # "defeated X in the run-off"
        scenes = [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "in"
                  for g in c.children if g.dep_ == "pobj"]
        # "in the second round of the presidential election": the contest the part belongs to
        scenes += [g for n in scenes for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"]
        return args + scenes

    @staticmethod
    def _sport_result(verb: Token) -> bool:
        """A result in sport (data: sense_cues sport_contests, athletes): a contest as the verb's subject,
        object or "in" phrase ("defeated her rivals in the Berlin marathon", "destroyed England's batting
        line-up"), or an athlete as its doer, the verb's own subject or, for a verb with none ("won gold
        after beating the champion"), its head's."""
        if any(in_class(a, "sport_contests") for a in SentenceCoder._arguments(verb)):
            return True
        return any(in_class(d, "athletes") for d in SentenceCoder._doers(verb))

    @staticmethod
    def _patients(verb: Token) -> list[Token]:
        """What the act of a verb falls on: its object or passive subject, an object of "against"/"on" ("fought
        against corruption"), and what an object that names a fight is aimed at ("declared war on drugs"),
        each with its conjuncts ("drugs and corruption")."""
        aims = {"against", "on", "upon"}
        out = [c for c in verb.children if c.dep_ in PATIENTS]
        out += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in aims for g in c.children if g.dep_ == "pobj"]
        for o in list(out):
            if o.lemma_.lower() in sense("fight_nouns"):
                out.remove(o)
                out += [g for c in o.children if c.dep_ == "prep" and c.lower_ in aims
                        for g in c.children if g.dep_ == "pobj"]
        return out + [c for o in out for c in o.conjuncts]

    def _one_body_in_session(self, verb: Token) -> bool:
        """A verb of meeting with no object, no partner ("with", "between", "among") and one doer named alone:
        one body sitting in session ("Congress met", "EU foreign ministers meeting in Brussels"). Not conjoined
        doers ("Biden and Putin met", "Ukrainian and Russian negotiators met"), not a counted or paired doer
        ("the two men met", "both sides met"), not a pronoun ("they met"), not partners ("the warring parties")."""
        if any(c.dep_ in {"dobj", "agent", "dative"} or c.dep_ == "prep" and c.lower_ in {"with", "between", "among", "to"}
               for c in verb.children):
            return False
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
        if not doers and verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"} and verb.head.i < verb.i:
            doers = [verb.head]
        if len(doers) != 1:
            return False
        d = doers[0]
        if d.pos_ == "PRON" or d.i in self.pronouns or list(d.conjuncts) or in_class(d, "partner_nouns"):
            return False
        return not any(c.dep_ in {"nummod", "conj", "cc"} or c.lower_ in {"both", "two"} for c in d.children) \
            and not any(t.dep_ == "conj" for t in d.subtree)   # "delegates from Ethiopia and Sudan met"

    def _meets_a_thing(self, verb: Token) -> bool:
        """A verb of meeting whose objects are things that are no actor and name none: "the army met fierce
        resistance", "met its commitments", "met the deadline" (no meeting); not "met rebel leaders", "met
        Erdogan", "met the delegation"."""
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        objects += [c for o in objects for c in o.conjuncts]
        if not objects:
            return False
        return not any(t.i in self.mention_at or (t.i in self.pronouns or t.pos_ in {"PRON", "PROPN"}) and t.dep_ != "poss"
                       or t.ent_type_ in {"PERSON", "NORP", "ORG", "GPE"} or t.lemma_.lower() in self.words.person_nouns
                       or in_class(t, "partner_nouns") for o in objects for t in o.subtree)   # not "its" of "met its pledges"

    def _blames_a_thing(self, verb: Token) -> bool:
        """The one a verb of blame blames ("blamed X", "blamed the attack on X", "X was blamed") is a thing
        that is no actor and names none: "heavy rains", "a gas leak", "tonnes of ammonium nitrate stored there";
        not "Russian forces", "each other", "a North Korean torpedo", "a misfired rocket launched by Islamic Jihad"."""
        blamed = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children if g.dep_ == "pobj"]
        blamed = blamed or [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
        if not blamed:
            return False
        for b in blamed:
            reason = {t.i for c in b.children if c.dep_ == "prep" and c.lower_ == "for" for t in c.subtree}
            for t in (t for t in b.subtree if t.i not in reason):   # not "... for the blast that killed nine workers"
                if t.i in self.mention_at or t.i in self.pronouns or t.pos_ in {"PRON", "PROPN"} \
                        or t.ent_type_ in {"PERSON", "NORP", "ORG", "GPE"} or t.lemma_.lower() in self.words.person_nouns \
                        or t.lower_ in {"other", "another"}:   # "blamed each other", "one another"
                    return False
        return True

    def _figurative(self, verb: Token) -> bool:
        """ "Doctors are battling a cholera outbreak", "raised rates to fight inflation", "declared war on
        drugs and corruption", "investors punished the stock": every one the act is done to is an ill or a
        quantity (data: sense_cues figurative_patients), so the verb stands as a figure of speech."""
        patients = self._patients(verb)
        if not patients and not any(c.dep_ == "prep" for c in verb.children):
            # (round46) "firefighters battled to contain blazes", "struggled to stop the outbreak": the act is
            # what its complement does to its own object
            patients = [o for x in verb.children if x.dep_ in {"xcomp", "advcl"} and x.tag_ == "VB"
                        and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children)
                        for o in x.children if o.dep_ == "dobj"]
        return bool(patients) and all(p.i not in self.mention_at and in_class(p, "figurative_patients")
                                      for p in patients)

    def _beast_or_spent_weapon(self, verb: Token) -> bool:
        """An act of violence done by an animal or to one (data: sense_cues animals: "a crocodile killed
        a fisherman", "villagers attacked a crocodile", "was mauled by a tiger"), or by a weapon left from
        an old war (data: event_words spent_weapon_marks: "an old mortar shell exploded"): no attack."""
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
        doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if any(in_class(d, "animals") for d in doers):
            return True
        if any(d.lemma_.lower() in self.words.weapon_nouns and {t.lower_ for t in d.subtree} & self.words.spent_weapon_marks
               for d in doers):
            return True
        if verb.lemma_.lower() in sense("livestock_taking_verbs"):
            return False   # (violence56) "bandits killed five herders and seized cattle": livestock taken is property
        patients = self._patients(verb)
        return bool(patients) and all(in_class(p, "animals") for p in patients)

    def _sport_patient(self, p: Token) -> bool:
        """A team named by a sport ("the national football team", data: sense_cues team_nouns) or an
        athlete ("praised the goalkeeper")."""
        if in_class(p, "athletes"):
            return True
        return in_class(p, "team_nouns") and any(
            c.dep_ in {"compound", "amod"} and (c.lemma_.lower() in self.words.sport_words or in_class(c, "sport_contests"))
            for c in p.children)

    @staticmethod
    def _looked_through(p: Token) -> Token:
        """ "2 tonnes of cocaine" -> "cocaine": the stuff a quantity noun measures (data: sense_cues quantity_nouns)."""
        if in_class(p, "quantity_nouns"):
            inner = [g for c in p.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
            if inner:
                return inner[0]
        return p

    def _opinion(self, verb: Token) -> bool:
        """ "agreed that the recession would be short", "agreed that the economy would grow": a that-clause
        that judges (a copula with an adjective or a noun) or whose subject is an economy, a price or a
        policy (data: sense_cues nonagent_subjects, hazard_nouns) is an opinion shared, not an agreement."""
        for c in verb.children:
            if c.dep_ != "ccomp" or c.pos_ not in {"VERB", "AUX"}:
                continue
            if c.lemma_.lower() == "be" and any(g.dep_ in {"acomp", "attr"} for g in c.children):
                return True
            subjects = [g for g in c.children if g.dep_ in SUBJECTS]
            if subjects and all(g.i not in self.mention_at and (in_class(g, "nonagent_subjects") or in_class(g, "hazard_nouns"))
                                for g in subjects):
                return True
        return False

    def _armed_attack(self, verb: Token) -> bool:
        """(violence56) A verb of attack (data: sense_cues armed_attack_verbs) whose subjects are armed men named by a
        plural noun of a bearing-arms sector ("militants", "militiamen", "rebels", "troops"; not their leaders or
        spokesmen, who attack in words) or by a violent means ("gunmen"), done to no policy or document: an attack
        with arms, whatever row of verbal attack its object's words match."""
        if verb.lemma_.lower() not in sense("armed_attack_verbs") or self._policy_patient(verb):
            return False
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects and verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ == "VERB":
            subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
        if not subjects:
            return False
        for s in subjects:
            lemma = s.lemma_.lower()
            if s.pos_ != "NOUN" or lemma in self.words.person_nouns or lemma in self.words.command_titles:
                return False
            actors = self.actors_of(s)
            armed = bool(actors) and all(m.sector in ARMED_SECTORS for m in actors)
            if not (s.tag_ == "NNS" and armed) and lemma not in self.words.violent_means:
                return False
        return True

    def _policy_patient(self, verb: Token) -> bool:
        """ "attacked the budget as reckless", "the bill was killed in committee": every one a violent verb
        is done to is a policy or a document (data: sense_cues policy_patients), never a person or a place."""
        patients = [c for c in verb.children if c.dep_ in PATIENTS]
        patients += [c for p in patients for c in p.conjuncts]
        return bool(patients) and all(p.i not in self.mention_at and in_class(p, "policy_patients")
                                      for p in patients)

    def _warns_of_hazard(self, verb: Token) -> bool:
        """ "warned of the threat of famine", "warned of a debt crisis": a warning of an ill (data:
        sense_cues hazard_nouns; "threat of", "risk of" looked through) is a pessimistic comment, no threat."""
        if verb.lemma_.lower() not in self.words.warning_verbs or any(c.dep_ in {"dobj", "dative"} for c in verb.children):
            return False
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in {"of", "about"}:
                continue
            for n in (g for g in prep.children if g.dep_ == "pobj"):
                for _ in range(3):
                    if n.lemma_.lower() not in sense("risk_nouns"):
                        break
                    inner = [g for c in n.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                             if g.dep_ == "pobj"]
                    if not inner:
                        break
                    n = inner[0]
                if in_class(n, "hazard_nouns"):
                    return True
        return False

    def _aid_deployment(self, verb: Token, found: list[Candidate]) -> None:
        """ "dispatched an aircraft carrier to help Japan with relief after the tsunami": forces sent for
        the purpose of aid (a purpose clause coding CAMEO 07) give aid, not a show of force (15) nor
        military cooperation (06)."""
        if not found or not all(c.code[:2] in {"15", "06"} for c in found):
            return
        for c in verb.children:
            # not "sent troops to help Mali fight the jihadists": help to fight is military cooperation
            if c.dep_ in {"advcl", "xcomp"} and c.pos_ == "VERB" and modality.is_purpose(c) \
                    and not any(g.pos_ == "VERB" for g in c.children):
                match = self.code_verb(c)
                if match is not None and match.code and match.code[:2] == "07" and match.code[:3] != "074":
                    # not "sent a frigate to protect merchant shipping" (074): protection by force is the force
                    for cand in found:
                        cand.code = match.code
                    return

    def _object_participle(self, verb: Token) -> bool:
        """ "free the aid workers detained near the border": the parser may read the object and its
        participle as a clause ("workers" its subject). A bare past participle with a subject but no
        auxiliary, below a verb that has no object of its own and reports nothing, describes that object."""
        head = verb.head
        return verb.tag_ == "VBN" and verb.dep_ in {"ccomp", "xcomp"} and head.pos_ == "VERB" and head.i != verb.i \
            and any(c.dep_ == "nsubj" for c in verb.children) \
            and not any(c.dep_ in {"aux", "auxpass", "mark"} for c in verb.children) \
            and not any(c.dep_ == "dobj" for c in head.children) and head.lemma_.lower() not in self.cues.reporting

    @staticmethod
    def _score(tok: Token) -> bool:
        """ "4-2", "3 - 0": a result, not a number of people ("killed 10-15 people" counts a noun); a number
        the parser hung on a name is a score ("defeated Argentina 1-0": no count of Argentinas)."""
        doc = tok.doc

        def counts(t: Token) -> bool:
            return t.dep_ in {"nummod", "quantmod"} and t.head.pos_ != "PROPN"
        if SCORE.match(tok.text):
            return not counts(tok)
        return tok.like_num and tok.i + 2 < len(doc) and word_at(doc, tok.i + 1).text in {"-", "\u2013"} \
            and word_at(doc, tok.i + 2).like_num and len(tok.text) <= 2 and len(word_at(doc, tok.i + 2).text) <= 2 \
            and not counts(tok) and not counts(word_at(doc, tok.i + 2))

    def _unrealised_nouns(self, sent: Span, reporter_of: dict[int, Named], found: list[Candidate]) -> list[Candidate]:
        """An act named by a noun whose own clause says it did not take place, or not yet: "no agreement
        was reached", "there were no Russian air strikes on Kyiv", "the visit by the secretary of state was
        postponed", "postponed a planned trip to Beijing", "talks ... ended without a peace agreement",
        "a deal could be signed" (weighed), "if an attack on Taiwan comes" (conditional). It is coded with
        that modality; a noun whose clause asserts or intends it is left to the other rules, so this rule
        never codes an act as having happened."""
        out: list[Candidate] = []
        done = {c.trigger.i for c in found}
        # A noun its governing verb's own pattern eases (08x) is the act eased, not an act put off: "postponed
        # tariffs on Mexico" is the easing coded on the verb (085), not also the tariffs negated. ("Cancelled a
        # visit" stays the visit negated beside the verb's 160.)
        # (mine48) Not when the noun is an act still ahead: "called off a planned march" eased no dissent, the march
        # never began (gold README: a protest called off 141 negated); _eased_unbegun drops the easing.
        done |= {c.i for f in found if f.code.startswith("08") for c in f.trigger.children
                 if c.dep_ == "dobj" and c.lemma_.lower() in f.pattern.lower().split() and not self._prospective(c)}
        for n in tokens(sent):
            if n.pos_ != "NOUN" or n.i in done or in_background_clause(n) or self._is_disaster(n):
                continue
            clause = self._unrealised_clause(n)
            if clause is None:
                continue
            head, holder = clause
            match = self.verbs.match_noun(n.lemma_.lower(), [t.lemma_.lower() for t in n.subtree if t.i != n.i])
            if match is None or not match.code:
                continue
            mod, governor = modality.of(n if head is None else head)
            if head is not None and head.lemma_.lower() == "be" and any(
                    c.dep_ == "acomp" and c.lemma_.lower() in self.cues.considered_adj for c in head.children):
                mod, governor = modality.CONSIDERED, head   # "an invasion of Lebanon was unlikely"
            possible = self._possible_act(n) if head is None and n.dep_ in {"pobj", "dobj"} else None
            if possible is not None and mod == modality.ASSERTED:
                mod, governor = modality.CONSIDERED, possible   # (modality30) "against a possible Iraqi attack"
            denier = self._denied_part(n)
            if head is not None and denier is not None and denier.i == head.i:
                mod, governor = modality.NEGATED, head   # "denied any role in the shelling"
            elif no_det(n) or (head is not None and (self._called_off(head) or self._dropped_plan(head))):
                mod, governor = modality.NEGATED, head
            elif head is not None and n.dep_ == "dobj" and self._refused(head):
                if match.code[:2] not in MATERIAL_ROOTS:
                    continue   # "denied the accusation": someone else's statement, not the denier's act
                # "ruled out talks" (negated; "did not rule out talks": considered), "denied the attack"
                mod, governor = modality.of_object(n, head, match.code) if modality.is_rule_out(head) else modality.of(n)
            if mod not in modality.UNREALISED and not (mod == modality.INTENDED and self._to_take_place(n, head)):
                continue
            pairs = self._noun_parties(n, holder)
            if not pairs:
                continue
            reporter = self._reporter(n if head is None else head, reporter_of)
            for s, t in pairs:
                cand = Candidate(trigger=n, code=match.code, pattern=match.pattern, source=s, target=t,
                                 reported_by=reporter, modality=mod, governor=governor,
                                 inherited_source=holder is not None, nominal=True)
                cand.tokens = evidence(n, s, t)
                out.append(cand)
        return out

    def _prospective(self, n: Token) -> bool:
        """An act its own words put ahead: "a planned march", "the march planned for Saturday", "the sit-in it had
        planned to hold" (data: cue_words unrealised.prospective_modifiers, and their verbs)."""
        ahead = modality.cues().prospective_modifiers
        return any(c.dep_ == "amod" and c.lower_ in ahead or c.dep_ in {"acl", "relcl"} and c.lower_ in ahead
                   for c in n.children)

    def _eased_unbegun(self, found: list[Candidate]) -> list[Candidate]:
        """Without an easing (08x) on a calling-off verb whose object, an act still ahead, is coded negated
        beside it: "the opposition called off a planned march" is the march negated, not dissent eased."""
        unbegun = {c.trigger.i for c in found if c.nominal and c.modality == modality.NEGATED and self._prospective(c.trigger)}
        return [c for c in found if not (c.code.startswith("08") and not c.nominal and any(
            o.dep_ == "dobj" and o.i in unbegun for o in c.trigger.children))]

    @staticmethod
    def _to_take_place(n: Token, head: Token | None) -> bool:
        """ "the next round of talks will take place in Oman", "the summit is to be held in Hanoi": an event
        noun, subject of a verb of happening (data/lexicon/modality_cues.yaml happening_verbs), that lies
        ahead (intended: coded as the statement of intent)."""
        if head is None or n.dep_ not in {"nsubj", "nsubjpass"} or head.pos_ != "VERB":
            return False
        lemma = head.lemma_.lower()
        phrases = {lemma} | {f"{lemma} {c.lower_}" for c in head.children if c.dep_ in {"dobj", "prt", "advmod"}}
        return bool(phrases & lexicon.words("modality_cues", "happening_verbs"))

    def _unrealised_clause(self, n: Token) -> tuple[Token | None, Token | None] | None:
        """Where the event noun ``n`` stands, as (the predicate its modality is read from, the verb whose
        subject holds the act), or None: the subject of its clause ("no talks took place", "the summit was
        postponed"), the noun of "there was no ...", an object of a calling-off verb ("postponed a trip"), or the object of "without" ("ended without an agreement": the
        subject of "ended" holds it)."""
        head = n.head
        if n.dep_ in {"nsubj", "nsubjpass"} and head.pos_ in {"VERB", "AUX"} and head.i != n.i:
            return head, None
        if n.dep_ == "attr" and any(c.dep_ == "expl" for c in head.children):
            return head, None
        if n.dep_ == "dobj" and head.pos_ == "VERB" and (self._called_off(head) or self._refused(head)) \
                and n.lemma_.lower() not in lexicon.words("modality_cues", "agreement_acts"):
            # "cancelled the agreement with France": an agreement called off was in force
            return head, head
        if n.dep_ == "pobj" and head.lower_ in self.cues.plan_preps and modality.is_intention_noun(head.head):
            # "plans for a visit by the Chinese president were shelved", "denied any plan for an incursion"
            plan = head.head
            return plan, plan.head if plan.head.pos_ == "VERB" and plan.dep_ in {"dobj", "attr"} else None
        if n.dep_ == "pobj" and head.lower_ in lexicon.words("modality_cues", "negating_prepositions") \
                and head.head.pos_ in {"VERB", "AUX"}:
            return None, head.head
        if n.dep_ == "pobj" and head.lower_ in self.cues.evidence_preps and head.head.pos_ == "NOUN" \
                and head.head.lemma_.lower() in self.cues.evidence_nouns:
            return None, None   # "saw no sign of a Russian pullback": read by modality.of (negated when "no")
        denied = self._denied_part(n)
        if denied is not None:
            return denied, denied
        if self._possible_act(n) is not None and n.dep_ in {"pobj", "dobj"}:
            # (modality30) "sent troops to defend the kingdom against a possible Iraqi attack", "said it was preparing
            # for a possible ground operation" (the preparer's), "debated a possible military strike on Syria"
            verb = n.head.head if n.dep_ == "pobj" else n.head
            holder = verb if n.dep_ == "pobj" and n.head.lower_ == "for" and verb.pos_ == "VERB" else None
            return None, holder
        return None

    def _possible_act(self, n: Token) -> Token | None:
        """(modality30) The adjective of possibility ("possible", "potential", "likely": cue_words considered.adjectives)
        on an event noun: the act is only weighed (considered)."""
        return next((c for c in n.children if c.dep_ == "amod" and c.lower_ in self.cues.considered_adj), None)

    def _denied_part(self, n: Token) -> Token | None:
        """ "Iran denied any involvement in the attack on the tanker", "Hamas denied responsibility for the
        bombing": the act in which a denier denies having a part (data: modality_cues responsibility_nouns),
        the denier's, did not take place as far as the sentence says (negated). The denying verb, or None."""
        prep = n.head
        part = prep.head
        if n.dep_ != "pobj" or prep.dep_ != "prep" or part.dep_ != "dobj" or part.pos_ != "NOUN" \
                or part.lemma_.lower() not in lexicon.words("modality_cues", "responsibility_nouns"):
            return None
        verb = part.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.cues.denying_relatives \
                or modality.of(verb)[0] != modality.ASSERTED:
            return None   # "has neither confirmed nor denied involvement in the attack": no denial made
        return verb

    def _dropped_plan(self, plan: Token) -> bool:
        """An intention noun that was given up: "plans for talks were shelved", "abandoned its plans for
        a visit", "there are no plans for a summit" (negated itself or by its verb)."""
        if not modality.is_intention_noun(plan):
            return False
        verb = plan.head
        dropped = verb.pos_ == "VERB" and (self._called_off(verb) or (
            verb.lemma_.lower() in self.cues.negating and not modality.is_negated(verb)))
        return no_det(plan) or modality.is_negated(verb) and plan.dep_ in {"dobj", "attr"} or (
            plan.dep_ in {"nsubj", "nsubjpass", "dobj"} and dropped)

    def _refused(self, verb: Token) -> bool:
        """ "denied the attack", "ruled out a meeting" (data: cue_words unrealised.refusing): a verb that says
        its subject's act did not or will not take place."""
        lemma = verb.lemma_.lower()
        return lemma in self.cues.refusing or (modality.is_rule_out(verb) and "rule out" in self.cues.refusing)

    def _called_off(self, verb: Token) -> bool:
        """ "cancelled", "postponed", "called off", "put off" (data: cue_words unrealised.calling_off): what
        it calls off did not take place. A phrasal entry needs its particle."""
        lemma = verb.lemma_.lower()
        parts = {f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "prt"} | {lemma} | modality.held_phrases(verb)
        return bool(parts & modality.cues().calling_off) and not modality.is_negated(verb)

    def _noun_parties(self, n: Token, holder: Token | None) -> list[tuple[Named | None, Named | None]]:
        """(source, target) pairs of an event noun from its own words: actors before it ("Russian air
        strikes") or after "by" are its source, actors after an impact, target or destination preposition
        its target ("on Kyiv", "to Beijing"); "between A and B" (its own or its clause's) gives both ways;
        else the subject of ``holder`` is its source."""
        sources = [m for c in n.children if c.dep_ in {"amod", "compound", "poss", "nmod"} for m in self.actors_of(c)]
        # "a visit by the president", and "the withdrawal of French troops": the doer of an act of moving
        doer_preps = {"by", "of"} if n.lemma_.lower() in self.cues.doer_of_nouns else {"by"}
        sources += [m for p in n.children if p.dep_ == "prep" and p.lower_ in doer_preps
                    for o in p.children if o.dep_ == "pobj" for m in self.actors_of(o)]
        # a town one goes to is its country ("a visit to Kyiv"); a capital struck or sanctioned may be its government
        targets = [m for p in own_preps(n) if p.lower_ not in doer_preps for o in p.children if o.dep_ == "pobj"
                   for m in (self._places_of(o, sources) or self.actors_of(o) if p.lower_ in cue("destination_preps")
                             else self.actors_of(o) or self._places_of(o, sources))]
        between = self._between_parties(n)
        if holder is not None and not sources and len(between) != 2:
            # "the summit between Reagan and Gorbachev ended without agreement": the subject's parties
            subj = [c for c in holder.children if c.dep_ in {"nsubj", "nsubjpass"}]
            between = (self._between_parties(subj[0]) if subj else []) or between
            if len(dedupe(between)) != 2:
                sources = self.subjects(holder)[0]
        if not sources and not targets and not between and n.head.pos_ in {"VERB", "AUX"}:
            # "no agreement was reached at the talks between Russian and Ukrainian negotiators"; "no
            # sanctions were imposed on China": the predicate's phrases name the parties
            preps = [c for c in n.head.children if c.dep_ == "prep" and c.i != n.i]
            between = [m for c in preps for m in self._between_parties(c)]
            if not between:
                targets = [m for c in preps if c.lower_ in cue("impact_preps") for o in c.children
                           if o.dep_ == "pobj" for m in self.actors_of(o)]
        between = dedupe(between)
        if not sources and len(between) == 2:
            a, b = between
            return [(a, b), (b, a)]
        sources, targets = dedupe(sources), [t for t in dedupe(targets) if not same_actor(t, sources)]
        if not sources and not targets:
            return []
        nobody: list[Named | None] = [None]
        return [(s, t) for s in sources or nobody for t in targets or nobody]

    def _community_property(self, verb: Token, kinds: frozenset[str] | None = None) -> bool:
        """Everything the verb destroys is a community's property (data: community_property): "torched
        houses and churches", "set fire to homes and shops", "torched dozens of homes"; a crowd not named as
        protesters doing this commits communal destruction (1712), not a riot. ``kinds``: other nouns of
        property to read instead (event_cues monument_nouns: "toppled a statue")."""
        objects = [o for c in verb.children if c.dep_ == "dobj" for o in (c, *c.conjuncts) if o.pos_ in {"NOUN", "PROPN"}]
        fire = [o for o in objects if o.lemma_.lower() == "fire"]
        if fire:  # "set fire to homes"
            objects = [q for h in (verb, *fire) for p in h.children if p.dep_ == "prep" and p.lower_ == "to"
                       for o in p.children if o.dep_ == "pobj" for q in (o, *o.conjuncts) if q.pos_ in {"NOUN", "PROPN"}]
        # (clauses15) through a count ("dozens of homes"); a verb the parser hung on the object is no object
        counts = lexicon.words("actor_cues", "people_counts")
        objects = [inner[0] if o.lemma_.lower() in counts and (inner := of_nouns(o)) else o for o in objects]
        kinds = self.words.community_property if kinds is None else kinds
        return bool(objects) and all(o.lemma_.lower() in kinds for o in objects)

    def _people_killed(self, verb: Token) -> bool:
        """(violence59) The verb kills (event_words mass_killing_verbs) and what it kills are people at large (event_words
        mass_victim_nouns, through a count: "killed dozens of people", "killed scores of residents", "killed two
        villagers"), not police, soldiers or a named actor."""
        w = self.words
        if verb.lemma_.lower() not in w.mass_killing_verbs:
            return False
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        objects = [inner[0] if o.lower_ in w.mass_quantity_words and (inner := of_nouns(o)) else o for o in objects]
        return bool(objects) and all(o.lemma_.lower() in w.mass_victim_nouns for o in objects)

    @staticmethod
    def _protest_crowd(verb: Token, t: Named) -> bool:
        """(coerce40) The people acted on are named as protesting (sense_cues protest_doers, protesting_words): "fired
        on protesters", "into a crowd of peace marchers", "on crowds demonstrating against the vote"; not a crowd
        at large ("a crowd waiting for a bus", "a crowd celebrating Bastille Day")."""
        words = sense("protest_doers") | sense("protesting_words")
        head = word_at(verb.doc, t.mention.head)
        toks = [*verb.doc[t.start:t.end], *head.subtree]
        return any(w.lemma_.lower() in words or w.lower_ in words for w in toks)

    @staticmethod
    def _owner_of_property(verb: Token, t: Named | None) -> bool:
        """(coerce40) The target is named in the words of what the verb destroys or loots: its owner ("torched the
        Iranian consulate", "set fire to the mayor's office", "looted a police post"), not a place where a
        crowd rioted at large ("looted and burned shops in Port Louis": one riot, gold README)."""
        if t is None:
            return False
        heads = [c for c in verb.children if c.dep_ == "dobj"]
        heads += [o for h in (verb, *heads) for p in h.children if p.dep_ == "prep" and p.lower_ == "to"
                  for o in p.children if o.dep_ == "pobj"]   # "set fire to the embassy"
        words = {w.i for h in heads for w in h.subtree
                 if not any(a.dep_ == "prep" and a.lower_ in {"in", "at", "near", "across"} and w in a.subtree
                            for a in h.subtree)}
        if any(i in words for i in range(t.start, t.end)):
            return True
        # (force45) a public body's building burned or wrecked is its property, whoever the riot is aimed at ("torched
        # regional parliament buildings in several cities", "set fire to the state television building")
        public = sense("public_building_nouns")
        return t.sector != "CVL" and any(
            w.lemma_.lower() in public for h in heads if h.lemma_.lower() != "fire" for o in (h, *h.conjuncts)
            for w in (o, *(c for c in o.children if c.dep_ in {"compound", "amod"})))

    def _building_owner(self, verb: Token, crowd: Named) -> Named | None:
        """(violence55) The owner of a public building a crowd burns or wrecks when no actor names it: "set fire to the
        local parliament building" (LEG), "torched party offices" (PTY), "set fire to the town hall" (GOV), "the
        Radio Pakistan building" (MED), a bank (BUS), in the crowd's country (gold README: "protesters burning
        parliament 145 plus 1712"). The building is the verb's object, or what "fire" is set "to"; its noun is a
        building (event_words crowd_owned_buildings) or itself a listed word (crowd_building_owners: "parliament",
        "the ministry"); the words looked at are the noun and its compound, adjective and possessive modifiers.
        None when nothing names an owner ("set fire to shops", "burned cars")."""
        country = crowd.country
        if not country:
            return None
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        objects += [o for h in (verb, *objects) for p in h.children if p.dep_ == "prep" and p.lower_ == "to"
                    for o in p.children if o.dep_ == "pobj"]
        objects = [q for o in objects if o.lemma_.lower() != "fire" for q in (o, *o.conjuncts)]
        owners = dict(self.words.crowd_building_owners)
        for o in objects:
            mods = [c for c in o.children if c.dep_ in {"compound", "amod", "poss", "nmod"}]
            mods += [g for c in mods if c.dep_ in {"poss", "compound"} for g in c.children if g.dep_ == "compound"]
            noun = o.lemma_.lower()
            keys = [f"{m.lemma_.lower()} {noun}" for m in mods] + [noun]
            if noun in self.words.crowd_owned_buildings:
                keys += [m.lemma_.lower() for m in mods] + [m.lower_ for m in mods]
            for k in keys:
                sector = owners.get(k)
                if sector:
                    return Named.country_at(o, country).changed(code=compose_code(country, sector), sector=sector,
                                                                kind="agent")
        return None

    @staticmethod
    def _protest_props(verb: Token) -> bool:
        """(coerce40) What the verb burns is only what protesters burn as a protest (data: sense_cues
        crowd_protest_props): "set tyres ablaze", "set fire to bins", "burned an effigy"; an object or a word
        compounded with it ("set tyres alight", parsed with "tyres" on "alight") is one of them."""
        # (not "alight" or "ablaze" read as a second object, unless the parser hung the object on it)
        objects = [o for c in verb.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)
                   if o.pos_ != "ADV" or any(w.dep_ == "compound" for w in o.children)]
        if any(o.lemma_.lower() == "fire" for o in objects):   # "set fire to bins"
            objects = [q for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children
                       if o.dep_ == "pobj" for q in (o, *o.conjuncts)]
            objects += [q for f in verb.children if f.dep_ == "dobj" and f.lemma_.lower() == "fire"
                        for p in f.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children
                        if o.dep_ == "pobj" for q in (o, *o.conjuncts)]
        props = sense("crowd_protest_props")
        return bool(objects) and all(o.lemma_.lower() in props or any(
            c.dep_ == "compound" and c.lemma_.lower() in props for c in o.children) for o in objects)

    @staticmethod
    def _fired_on_people(verb: Token, t: Named) -> bool:
        """(violence53) Shots fired (sense_cues fire_on_verbs, or "opened fire") on people named by a noun of people at
        large (sense_cues fired_on_people_nouns): "troops opened fire on residents", "had not fired on civilians"."""
        lemma = verb.lemma_.lower()
        if lemma not in sense("fire_on_verbs") and not (
                lemma == "open" and any(c.dep_ == "dobj" and c.lemma_.lower() == "fire" for c in verb.children)):
            return False
        if not any(c.dep_ == "prep" and c.lower_ in sense("fired_on_preps") for c in verb.children):
            return False   # "shot dead 45 civilians": a killing, no shots fired on a crowd
        return any(normal(w) in sense("fired_on_people_nouns") for w in t.text.lower().replace("-", " ").split())

    def _repress_protesters(self, cands: list[Candidate]) -> None:
        """Force of a state's organs on civilians the sentence shows protesting is violent repression
        (175): "troops fired on farmers marching to the palace to demand land reform", "soldiers shot
        dead youths who were throwing stones at a patrol", "shot dead two youths during protests" (the
        protest coded in the sentence has those civilians as its source)."""
        protesters = [c.source for c in cands if c.code[:2] == "14" and c.source is not None]
        if not protesters:
            return
        # "Palestinians threw stones at Israeli troops, and soldiers opened fire": the forces a crowd acted
        # on, firing at no one named (or at the crowd's country), fire on that crowd
        stoned = [(c.source, c.target) for c in cands if c.code[:2] == "14" and c.source is not None
                  and c.target is not None and c.source.country and (c.source.sector in self.words.civilian_sectors or (
                      c.source.sector is None and c.code in RIOT_CODES and word_at(self.doc, c.source.head).tag_ in PEOPLE_TAGS))]
        for c in cands:
            s, t = c.source, c.target
            if c.code[:2] not in REPRESSION_ROOTS or s is None or s.sector not in STATE_FORCES or c.nominal:
                continue
            for crowd, acted_on in stoned:
                if acted_on.sector == s.sector and acted_on.country == s.country and (
                        t is None or (t.sector in {None, "CVL"} and t.country == crowd.country)):
                    if crowd.sector is None:   # "Palestinians threw stones": people, not their state
                        crowd = crowd.changed(code=compose_code(crowd.country, "CVL"), sector="CVL")
                    c.code, c.target = min(sense("repression_code")), crowd
                    c.tokens = evidence(c.trigger, s, crowd)
                    break
        for c in cands:
            s, t = c.source, c.target
            if c.code[:2] in REPRESSION_ROOTS and s is not None and s.sector in STATE_ORGAN_SECTORS \
                    and t is not None and t.sector in self.words.civilian_sectors and same_actor(t, protesters):
                c.code = "175"

    def _fired_on_protesters(self, cands: list[Candidate]) -> None:
        """(violence60) Shots a state's organs fire (sense_cues fire_on_verbs, or "opened fire") on people a noun names
        as protesting, mourning or marching (event_words protester_nouns) are violent repression (175; gold README:
        excessive force, "firing on, beating, killing protesters"), however their country was found: "troops fired on
        students near the Democracy Monument", "paratroopers stormed the tower, firing on unarmed crowds", "Indonesian
        troops opened fire on mourners in Dili", "Israeli tanks fired on a crowd of Palestinian marchers". A crowd of
        another country's people with no protest named (sense_cues fired_on_home_only_nouns: "crowds waiting for
        flour trucks") stays the attack it is. Not a shelling or an air strike, which keep their codes."""
        for c in cands:
            s, t = c.source, c.target
            if c.nominal or c.code[:2] not in REPRESSION_ROOTS or c.code in sense("air_attack_codes") or s is None \
                    or t is None or s.sector not in STATE_ORGAN_SECTORS or t.sector not in self.words.civilian_sectors:
                continue
            verb = c.trigger
            lemma = verb.lemma_.lower()
            fire = [f for f in verb.children if f.dep_ == "dobj" and f.lemma_.lower() == "fire"]
            if lemma not in sense("fire_on_verbs") and not (lemma == "open" and fire):
                continue
            if not any(p.dep_ == "prep" and p.lower_ in sense("fired_on_preps") for h in (verb, *fire) for p in h.children):
                continue   # "shot dead 45 students": a killing, no shots fired on a crowd
            nouns = self.words.protester_nouns
            if t.country != s.country:
                nouns = nouns - sense("fired_on_home_only_nouns")
            head = word_at(self.doc, t.word if t.word is not None else t.mention.head)
            words = t.text.lower().replace("-", " ").split() + [o.lemma_.lower() for o in of_nouns(head)]
            if any(normal(w) in nouns for w in words) or self._shown_protesting(head):   # "a crowd of Palestinian
                # marchers", "fired on striking garment workers"
                c.code = min(sense("repression_code"))

    def _held_protesters(self, cands: list[Candidate]) -> None:
        """(coerce36) People a state's organs arrest, disperse or fire on, told by a noun that a clause of their protest
        describes ("police detained dozens of people protesting the invasion of Ukraine", "guardsmen opened fire on
        students protesting the war in Cambodia"): the act is aimed at those protesters, the source of the protest
        the clause codes, not at what they protest about, which the target rules may find inside that clause."""
        protests = [c for c in cands if c.code[:2] in PROTEST_ROOTS and c.trigger.dep_ in {"acl", "relcl"}
                    and c.trigger.head.pos_ in {"NOUN", "PRON"}]
        if not protests:
            return
        for c in cands:
            s, t = c.source, c.target
            if s is None or s.sector not in STATE_ORGAN_SECTORS or not s.country or c.nominal or (
                    c.code[:2] != "17" and c.code not in sense("repression_code")):
                continue
            heads = [o for o in c.trigger.children if o.dep_ in {"dobj", "nsubjpass"}]
            heads += [o for p in c.trigger.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
            heads += [o for h in heads for o in of_nouns(h)]   # "dozens of people"
            for p in protests:
                noun = p.trigger.head
                if all(h.i != noun.i for h in heads) or self.actors_of(noun):
                    continue   # (a noun that names its people keeps them: "Chinese nationals protesting")
                if t is not None and t.country == s.country and t.sector in self.words.civilian_sectors:
                    break   # already aimed at civilians of theirs
                # the protesters, no nation named, are civilians of the state that acts on them, as the gold codes
                # a state's arrests and repression with no target told (event_cues own_country_codes)
                crowd = Named.agent_at(noun, s.country, "CVL", named=True)
                c.target = crowd
                c.tokens = evidence(c.trigger, s, crowd)
                break

    def _protest_at_foreign_force(self, cands: list[Candidate]) -> None:
        """(dyad29) A protest that names no one it is aimed at defaults to the protesters' own government; but when
        the sentence tells another state's forces using force on those very protesters ("Israeli troops shot dead
        Palestinian youths during stone-throwing protests", "Saudi police clashed with Iranian pilgrims staging a
        demonstration", "Israeli forces fired tear gas to disperse Palestinians demonstrating"), the protest faced
        those forces and is aimed at them (gold: PSECVL -> ISRMIL), not at a government of its own the sentence
        never names. A target the protest's words name stays."""
        for c in cands:
            s, t = c.source, c.target
            if c.code[:2] not in PROTEST_ROOTS or s is None or t is None or not s.country or t.country != s.country \
                    or t.mention.start != s.mention.start or t.sector not in STATE_ORGAN_SECTORS:
                continue   # not the default at the protesters' own state (_domestic_default)
            forces = [d.source for d in cands if d.code[:2] in REPRESSION_ROOTS | {"17"} and d.source is not None
                      and d.modality == modality.ASSERTED and d.source.sector in STATE_FORCES and d.source.country
                      and d.source.country != s.country and d.target is not None and d.target.country == s.country
                      and (same_actor(d.target, [s]) or d.target.code == s.code)]
            if forces:
                c.target = forces[0]
                c.tokens = evidence(c.trigger, s, c.target)

    def _protest_of_repressed(self, cands: list[Candidate]) -> list[Candidate]:
        """(nouns17) People a state's forces fired on, beat, dispersed or arrested whom a word of the
        sentence shows protesting held that protest, an act of their own against their government: "troops
        fired on rioting youths" (145), "police beat protesters who disputed the vote", "opened fire on
        crowds demonstrating against the junta" (141). Only beside force told as done (asserted), and only
        where the sentence codes no protest of those people; a violent act of theirs told in a clause on them
        ("demonstrators who breached the parliament compound") is that clause's act, not a protest here."""
        out: list[Candidate] = []
        protests = [c for c in cands if c.code[:2] in PROTEST_ROOTS]
        for c in cands:
            s, t = c.source, c.target
            if c.code[:2] not in REPRESSION_ROOTS | {"17"} or c.modality != modality.ASSERTED or s is None \
                    or s.sector not in STATE_FORCES or not s.country:
                continue
            if t is not None and (t.country not in {None, s.country} or t.sector not in
                                  self.words.civilian_sectors | {"OPP", None}):
                continue   # a foreign or armed target: no crowd of the forces' own country
            found = self._protest_word(c.trigger, t)
            if found is None:
                continue
            crowd_tok, word = found
            if word.pos_ in {"VERB", "AUX"} and word.i != crowd_tok.i and modality.of(word)[0] != modality.ASSERTED:
                continue   # "students who planned to protest", "who had not protested": no protest held
            if any(p.trigger.i in {crowd_tok.i, word.i} or (t is not None and p.source is not None
                                                            and same_actor(p.source, [t])) for p in protests + out):
                continue   # the protest is coded already
            match = self.code_verb(word) if word.pos_ == "VERB" else None
            code = match.code if match is not None and match.code and match.code[:2] in PROTEST_ROOTS else (
                min(RIOT_CODES) if word.lemma_.lower() in sense("riot_words") else "141")
            striking = word.lemma_.lower() in sense("labour_strike_words") or word.lower_ in sense("striker_words") \
                or word.lower_ == "striking"
            if striking:
                # (strike58) "police opened fire on striking miners", "detained dozens of strikers": the people force
                # fell on were on strike, a strike (143) against their government (gold README: strikers LAB, 143)
                code = "143"
            if t is not None and t.sector is not None and not (striking and t.sector == "CVL"):
                crowd = t
            else:
                crowd = Named.agent_at(crowd_tok, s.country, "LAB" if striking else "CVL")
            for target in self._domestic_default(code, [crowd]) or [None]:
                cand = Candidate(trigger=word, code=code, pattern=f"<{word.lemma_.lower()} {c.trigger.lemma_.lower()}>",
                                 source=crowd, target=target, reported_by=c.reported_by, modality=c.modality,
                                 governor=c.governor, nominal=True)
                cand.tokens = evidence(word, crowd, target)
                out.append(cand)
        return out

    @staticmethod
    def _protected_by_sending(cands: list[Candidate]) -> list[Candidate]:
        """(aid30) Forces sent to protect another state (074 on the sending verb, its target the sender's own forces)
        protect the state the purpose clause names ("Harare sent troops to defend the government of Mozambique":
        ZWEGOV -> MOZGOV); the purpose clause's own 074 of the same source then tells the same act."""
        drop: set[int] = set()
        for ci, c in enumerate(cands):
            if c.code != "074" or c.source is None or c.target is None or (
                    c.target.country != c.source.country
                    and not any(k.i == c.target.word and k.dep_ == "dobj" for k in c.trigger.children)):
                continue   # (the forces sent: of the sender, or the object of the sending verb)
            for pi, p in enumerate(cands):
                if pi != ci and p.code == "074" and p.source is not None and p.source.code == c.source.code \
                        and p.trigger.head.i == c.trigger.i and p.trigger.dep_ in {"xcomp", "advcl"} \
                        and p.target is not None and p.target.country not in {c.source.country, c.target.country}:
                    c.target = p.target
                    c.tokens = evidence(c.trigger, c.source, c.target)
                    drop.add(pi)
                    break
        return [c for i, c in enumerate(cands) if i not in drop]

    @staticmethod
    def _sent_to_strike(cands: list[Candidate]) -> list[Candidate]:
        """(aid42) Weapons or aircraft sent to strike someone (an aid code 07x on the sending verb whose recipient is the
        one its purpose clause attacks: "Saudi Arabia sent jets to bomb Houthi positions", "Thailand sent F-16s to
        strike Cambodian targets") arm no one: they are the means of the attack the purpose clause tells, which is
        done as the sending is (asserted with it: gold README conventions on these two). Weapons sent to another who
        is to strike ("sent Kyiv missiles to strike Russian bases": a recipient apart from the one struck) stay aid."""
        drop: set[int] = set()
        for ci, c in enumerate(cands):
            if c.code[:2] not in {"06", "07"} or c.source is None or any(   # (06 too: "sent warplanes" 062)
                    k.dep_ == "dative" or k.dep_ == "prep" and k.lower_ in cue("recipient_preps")
                    or k.dep_ == "dobj" and any(m.dep_ == "compound" and m.pos_ == "PROPN" for m in k.children)
                    for k in c.trigger.children):
                continue   # "sent Kyiv missiles to strike ...", "sent missiles to Ukraine to hit ...": a recipient
            for pi, p in enumerate(cands):
                if pi == ci or p.trigger.head.i != c.trigger.i or p.trigger.dep_ not in {"advcl", "xcomp"} \
                        or p.code[:2] not in VIOLENT_ROOTS or p.source is None or p.source.code != c.source.code:
                    continue
                inner = {t.i for t in p.trigger.subtree}
                if c.target is not None and not ({c.target.word, c.target.start} & inner) and (
                        p.target is None or c.target.code != p.target.code):
                    continue   # a recipient of its own, named outside the purpose clause, apart from the one struck
                drop.add(ci)
                if c.modality == modality.ASSERTED and p.modality == modality.INTENDED:
                    p.modality, p.purpose = modality.ASSERTED, False
        return [c for i, c in enumerate(cands) if i not in drop]

    def _exile_hosts(self, cands: list[Candidate]) -> list[Candidate]:
        """(aid30) A ruler's flight abroad told as done (0831 on a verb of flight, data: event_cues
        exile_flight_verbs) whose target is a foreign state named in the phrase of where he went ("fled to
        Saudi Arabia", "fled to Moscow") is also that state taking him in, its grant of asylum (075) to the one
        who fled, where the sentence tells him taken in (exile_host_words: "which said it had received him",
        "where Russia granted him asylum"); a flight to a place he may only pass through grants nothing."""
        out: list[Candidate] = []
        for c in cands:
            s, t, verb = c.source, c.target, c.trigger
            if c.code != "0831" or c.modality != modality.ASSERTED or s is None or t is None or not t.country \
                    or not s.country or t.country == s.country or verb.lemma_.lower() not in cue("exile_flight_verbs"):
                continue
            places = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in cue("exile_destination_preps")
                      for o in p.children if o.dep_ == "pobj"]
            place = next((o for o in places if any(w.i in {t.word, t.start} for w in o.subtree)), None)
            if place is None or self._exile_passage(verb):
                continue   # the target is not where he went, or he only passed through it
            if not any(x.modality == modality.ASSERTED and x.trigger.i != verb.i for x in cands) \
                    and not self._exile_told(verb):
                continue   # (ask57) a flight told alone ("X fled to the Maldives on a military jet"): no fall told
            if any(x.code == "075" and x.target is not None and same_actor(x.target, [s]) for x in cands):
                continue   # the asylum is coded already ("where Russia granted him asylum")
            host = t.changed(code=compose_code(t.country, "GOV") if t.sector in {None, "GOV"} else t.code,
                             sector=t.sector or "GOV") if t.kind in {"country", "capital"} else t
            # (ask57) a ruler who has fled is a former one in the host's care (gold README: "a leader who flees as he
            # is ousted is the ELI target of the host's 075", "a leader who has fled or fallen is ELI")
            named = s.kind == "person" or (s.kind == "agent" and word_at(verb.doc, s.mention.head).pos_ == "PROPN")
            fled = s.changed(code=compose_code(s.country, "ELI"), sector="ELI") \
                if named and s.sector == "GOV" and s.country else s
            cand = Candidate(trigger=place, code="075", pattern=f"<{verb.lemma_.lower()} abroad>", source=host, target=fled,
                             reported_by=c.reported_by, modality=c.modality, governor=c.governor, nominal=True)
            cand.tokens = evidence(place, host, s) | {verb.i}
            out.append(cand)
        return out

    @staticmethod
    def _exile_passage(verb: Token) -> bool:
        """(ask57) A flight to a place the sentence tells him leaving again or passing on from ("fled to the Maldives,
        and later emailed his resignation from Singapore", "fled to Kenya on his way to Britain"): a stop on the way,
        no one's grant of refuge (data: event_cues exile_passage_words). Where he was taken in is said outright
        (exile_host_words), that stays the host."""
        return not SentenceCoder._exile_told(verb) and any(
            w.lemma_.lower() in cue("exile_passage_words") for w in tokens(verb.sent))

    @staticmethod
    def _exile_told(verb: Token) -> bool:
        """The sentence tells the host taking in the one who fled (data: event_cues exile_host_words)."""
        return any(w.lemma_.lower() in cue("exile_host_words") for w in tokens(verb.sent))

    @staticmethod
    def _inspectors_received(cands: list[Candidate]) -> list[Candidate]:
        """(material49) Inspectors told coming to a country ("UN weapons inspectors returned to Iraq", "IAEA inspectors
        arrived in Iran", foedus_verbs "inspector return * (to)") inspect it, 090 from their body to the country, and
        the country receives them, 0862 from it to the body (gold README: both, as factual as the coming); the
        dictionary's 0862 on the inspectors' verb is turned into their inspection and the reception added (only turned
        round into the reception when a verb of the sentence tells their inspection: "arrived to examine the site")."""
        out: list[Candidate] = []
        for n, c in enumerate(cands):
            s, t = c.source, c.target
            if c.code != "0862" or not c.pattern.startswith("inspector ") or s is None or t is None \
                    or not t.country or t.country == s.country:
                continue
            if any(m != n and d.code[:2] == "09" and d.source is not None and d.source.code == s.code
                   for m, d in enumerate(cands)):
                # "IAEA inspectors arrived in Syria to examine the site": their inspection is told by its own verb
                c.source, c.target = t, s
                continue
            c.code = "090"
            back = Candidate(trigger=c.trigger, code="0862", pattern=f"{c.pattern} <received>", source=t, target=s,
                             reported_by=c.reported_by, modality=c.modality, governor=c.governor, nominal=c.nominal)
            back.tokens = set(c.tokens)
            out.append(back)
        return out

    def _protest_word(self, verb: Token, target: Named | None) -> tuple[Token, Token] | None:
        """The people a verb of force lands on (its object, its passive subject, what "on"/"at"/"into" names,
        "crowds of" them) and the word that shows them protesting: themselves ("protesters", "rioters") or a
        modifier, participle or relative-clause verb on them ("rioting youths", "crowds demonstrating against",
        "students who marched"); None when no such word, or when a clause on them tells violence of theirs."""
        heads = [verb, *(c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in {"fire", "gas", "shot"})]
        patients = [c for h in heads for c in h.children if c.dep_ in PATIENTS and c.lemma_.lower() not in {
            "fire", "gas", "shot"}]
        patients += [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in sense("fired_on_preps")
                     for o in p.children if o.dep_ == "pobj"]
        words = sense("protesting_words")
        for n in patients:
            for x in (n, *of_nouns(n)):   # "crowds of demonstrators", "dozens of people who gathered to protest"
                if target is not None and target.word is not None and target.word not in {n.i, x.i}:
                    continue
                clauses = [c for c in x.children if c.dep_ in {"relcl", "acl"} and c.pos_ == "VERB"]
                if any((m := self.code_verb(v)) is not None and m.code and (
                        m.code[:2] in VIOLENT_ROOTS | {"17"} or m.code in RIOT_CODES)
                       for cl in clauses for v in (cl, *(g for g in cl.children if g.dep_ in {"xcomp", "conj"}))):
                    return None   # "demonstrators who breached the compound": their own act, coded there
                if x.lemma_.lower() in sense("protest_doers"):
                    # "anti-coup demonstrators", "protesters against police brutality", "... who disputed the
                    # vote": people told protesting by a word of their cause; a bare "protesters" the force fell
                    # on may be a crowd at a protest the sentence does not tell
                    told = any(c.dep_ in {"amod", "compound", "acl", "relcl"} or c.dep_ == "prep"
                               and c.lower_ in sense("protest_cause_preps") for c in (*x.children, *n.children))
                    return (x, x) if told else None
                if x.lower_ in sense("striker_words"):
                    return x, x   # (strike58) "detained dozens of strikers": the strike they held (143)
                if x.i != n.i:
                    continue   # "leaders of the protest movement": only "crowds of demonstrators"
                for c in x.children:
                    if c.lemma_.lower() in sense("labour_strike_words"):
                        # "striking miners": a strike (143) by workers, not a rally; (strike58) coded as such when
                        # the word is their own participle ("police opened fire on striking miners")
                        return (x, c) if c.dep_ in {"amod", "compound"} and c.i < x.i else None
                    if c.dep_ in {"amod", "compound", "acl"} and (c.lemma_.lower() in words or c.lower_ in words):
                        return x, c
                    if c.dep_ == "relcl":
                        if c.lemma_.lower() in words:
                            return x, c
                        g = next((g for g in c.children if g.dep_ == "xcomp" and g.lemma_.lower() in words), None)
                        if g is not None:
                            return x, g
        return None

    def _doer_convention(self, verb: Token, code: str, s: Named, t: Named | None, unnamed: bool) -> str:
        """A conventional attack (data: sense_cues conventional_attack_codes: "attacked", "stormed", "opened
        fire") takes its code from who does it to whom: attackers named only by what they did are
        unconventional violence ("gunmen stormed a hotel in Bamako": 180); police using such force at home
        on anyone but armed men or the state's own organs repress ("riot police stormed the occupied
        shipyard", "police opened fire in the market": 175)."""
        people = s.sector is None and s.kind == "country" and word_at(self.doc, s.head).tag_ in PEOPLE_TAGS
        gang = (s.sector or "").lower() in sense("gang_sectors") and verb.lemma_.lower() not in sense("mutual_fight_verbs") \
            and (t is None or t.sector not in STATE_FORCES | ARMED_SECTORS)   # (the police they ambush fight them)
        if unnamed or gang or (
                people and t is not None and t.sector in self.words.civilian_sectors) or (
                s.sector is not None and s.sector.lower() in sense("irregular_sectors") and t is not None
                and (t.sector in self.words.civilian_sectors or self._civilian_site(verb) or self._civilian_toll(verb))):
            # (violence13) an attack by armed criminals is no war whatever it strikes: "gang members attacked
            # the town", "gangs stormed two prisons" (180); nor one by people of a nation, named as such, on
            # civilians ("Azerbaijanis attacked Armenian residents": a mob's act on another community)
            # "Hamas gunmen attacked Israeli villagers", "ADF rebels attacked a displacement camp": armed men of
            # no state on civilians
            return min(sense("irregular_attack_code"))
        if s.sector is not None and s.sector.lower() in sense("policing_sectors") and (t is None or (
                t.sector not in ARMED_SECTORS | STATE_ORGAN_SECTORS and (t.sector or "").lower() not in sense("gang_sectors") and (not t.country or not s.country or t.country == s.country))):
            return min(sense("repression_code"))
        return code

    def _seized_kind(self, verb: Token, code: str, sources: list, passive: bool) -> str:
        """What is seized gives the seizure its kind (data: sense_cues confiscation_codes): a place taken by
        armed men is occupied territory (192: "M23 rebels seized most of Goma", "militants took over the
        commune of Djibo", not an arrest or a hostage-taking); firms and goods stay as they are (ships
        seized are coded both 17x and 181 in the dev set: left alone)."""
        taken_place = code in sense("occupation_code") and verb.lemma_.lower() in sense("seizing_verbs")
        if (code not in sense("confiscation_codes") and not taken_place) or not sources:
            return code
        objects = [c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
        if not objects:
            return code
        o = objects[0]
        if o.lemma_.lower() in sense("territory_quantifiers"):   # "most of Goma", "control of the airport"
            inner = of_nouns(o)
            if not inner:
                return code
            o = inner[0]
        if in_class(o, "seized_buildings"):
            # (root32) a civilian building seized is property confiscated (1711), whatever town the sentence
            # places it in: "gunmen seized a hospital in the town of Budyonnovsk", "seized the Grand Mosque"
            return min(sense("confiscation_codes") & {"1711"})
        if taken_place:
            return code
        if in_class(o, "business_nouns") or not all(s.sector in ARMED_SECTORS for s in sources):
            return code
        # (force32) a capital the dictionaries name as an actor is a place too: "rebel fighters seized Damascus"
        if in_class(o, "seized_places") or (o.pos_ == "PROPN" and not self._named_person(o)
                                            and (self._places_of(o, sources)
                                                 or verb.lemma_.lower() not in sense("plunder_verbs")
                                                 and any(m.kind == "capital" for m in self.actors_of(o)))):
            return min(sense("occupation_code"))
        return code

    def _named_person(self, o: Token) -> bool:
        """(miss1718) A proper noun that names a person, not a place, though a gazetteer town shares the name:
        "kidnapped presidential candidate Ingrid Betancourt" (a person or a person's office among its actors)."""
        return any(m.kind == "person" or m.kind == "agent" and (m.sector or "").lower() in sense("seized_person_sectors") for m in self.actors_of(o))

    def _power_seized(self, verb: Token, code: str, pattern: str, sources: list, passive: bool) -> tuple[str, list] | None:
        """(violence13) Power seized (data: sense_cues seize_power_verbs, power_objects): by a country's own
        soldiers a coup, coded as the arrest of its government (coup_code: "the Burmese army seized power in a
        coup", "the military took control of the government"), or, only tried, a failed coup coded by its
        fighting (failed_coup_code: "a faction of the army tried to seize power"); by anyone else no event
        (an empty target list), nor when the power matched is no object seized ("seized the largest power
        plant"). None when the verb's pattern names no power."""
        if code not in sense("coup_code") or not pattern.split() or \
                pattern.split()[-1].strip("(){}&") not in sense("power_objects"):
            return None
        if pattern.split()[-2:-1] == ["(from)"]:
            return None   # (doubts37) "removed President Bongo from power": power is what he lost, no object seized
        if passive:
            return code, []
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        objects += [o for c in objects for o in of_nouns(c)]
        # (coup57) "seized power minutes after ...", "seized power hours after": the parser makes the power a
        # compound of the time noun that measures the verb (npadvmod), not its object
        objects += [o for c in verb.children if c.dep_ in ("dobj", "npadvmod") and c.i == verb.i + 2
                    for o in c.children if o.dep_ == "compound" and o.i == verb.i + 1]
        if not any(o.lemma_.lower() in sense("power_objects") for o in objects):
            return code, []
        if not sources or not all((s.sector in STATE_FORCES or self._military_person(s)) and s.country for s in sources) \
                or len({s.country for s in sources}) != 1:
            return code, []
        country = sources[0].country
        gov = Named.agent_at(verb, country, "GOV")
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in sense("coup_attempt_verbs"):
            return min(sense("failed_coup_code")), [gov]
        return min(sense("coup_code")), [gov]

    def _crowd_doer(self, m: Named, verb: Token) -> bool:
        """Civilians, or a crowd named by its following whatever sector its leader gives it (data:
        sense_cues crowd_doers): "his supporters attacked army buildings", "supporters of the jailed
        leader torched a police post" riot (145) like protesters."""
        if m.sector == "CVL":
            return True
        heads = [word_at(self.doc, m.head), *(c for c in verb.children if c.dep_ == "nsubj")]
        return any(h.lemma_.lower() in sense("crowd_doers") and h.tag_ in PEOPLE_TAGS for h in heads)

    def _after_riot(self, verb: Token, code: str) -> bool:
        """(outranked14) "Protesters stormed the parliament and set it on fire", "a mob attacked and looted a
        police post", "broke into the parliament and beat several lawmakers": a crowd's assault on a place (data:
        sense_cues crowd_entry_verbs), the riot, and a second harm told by a verb coordinated after it, sharing
        its subject, are two acts; the later destruction, looting or beating (data: root class crowd_second_act)
        is coded as it is (1712, 1711, 182) beside the riot (145) of the first verb, not merged into it as one
        riot. "Threw stones at police and set tyres alight", "looted and burned shops" stay one riot."""
        if code[:2] not in CROWD_SECOND_ROOTS or verb.dep_ != "conj" or any(c.dep_ in SUBJECTS for c in verb.children):
            return False
        first = verb.head
        lemma = first.lemma_.lower()
        if first.pos_ != "VERB" or first.i > verb.i or lemma not in sense("crowd_entry_verbs") or (
                lemma in {"break", "force"} and not any(p.dep_ == "prep" and p.lower_ == "into" for h in (
                    first, *(c for c in first.children if c.dep_ == "dobj")) for p in h.children)):
            return False
        if modality.is_requested(first):
            return False   # (the entry is coded only where it is an act: "asked for help as protesters stormed ...")
        match = self.code_verb(first)
        return match is not None and bool(match.code) and (match.code in RIOT_CODES or match.code[:2] in RIOT_ROOTS)

    def _civilian_toll(self, verb: Token) -> bool:
        """(violence48) The toll a participle aside tells of the verb's force names only civilians killed or hurt
        (event_words harm_verbs, civilian_sectors): "insurgents ambushed a convoy on the road, killing three
        passengers", "militiamen attacked a mining site, killing nine miners". Armed men of no state who kill
        civilians so did unconventional violence, whatever place the sentence names."""
        if not any(o.dep_ == "dobj" for o in verb.children):
            return False   # an attack on something ("crossed into Israel, killing ..." is an incursion with its toll)
        for c in verb.children:
            if not (participle_aside(c) and c.head.i == verb.i and c.i > verb.i and c.tag_ == "VBG"
                    and c.lemma_.lower() in self.words.harm_verbs):
                continue
            nouns = [x for o in c.children if o.dep_ == "dobj" for x in (o, *o.conjuncts)]
            nouns = [y for x in nouns for y in (of_nouns(x) or [x])]   # "dozens of worshippers"
            if not nouns:
                continue
            civilian = True
            for x in nouns:
                named = self.actors_of(x)
                if named:
                    civilian = civilian and all(m.sector in self.words.civilian_sectors for m in named)
                else:
                    civilian = civilian and (x.lemma_.lower() in self.words.mass_victim_nouns
                                             or in_class(x, "civilian_sites"))   # "passengers", "miners"
            if civilian:
                return True
        return False

    @staticmethod
    def _civilian_site(verb: Token) -> bool:
        """The verb's force lands on a place of civilian life (data: sense_cues civilian_sites): "raided a
        village", "attacked a displacement camp", "opened fire on a wedding party"."""
        heads = [verb, *(c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "fire")]
        patients = [c for h in heads for c in h.children if c.dep_ == "dobj" and c.lemma_.lower() != "fire"]
        # (violence48) an "on" phrase beside a direct object tells where the object was struck, not a second patient:
        # "ambushed a minibus on the main road" (only "opened fire on a bus", "fired on a bus" name it so)
        patients += [o for h in heads if h.i != verb.i or not patients for p in h.children
                     if p.dep_ == "prep" and p.lower_ in sense("fired_on_preps") for o in p.children if o.dep_ == "pobj"]
        return bool(patients) and all(in_class(n, "civilian_sites") for n in patients)

    def _protesting_patient(self, verb: Token) -> Token | None:
        """The noun the verb's force lands on when a word on it shows those people protesting (data:
        sense_cues protesting_words): "fired on rioting youths", "opened fire on young people
        demonstrating against police brutality", "shot dead miners who were blocking a highway"."""
        heads = [verb, *(c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "fire")]
        patients = [c for h in heads for c in h.children if c.dep_ == "dobj" and c.lemma_.lower() != "fire"]
        patients += [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in sense("fired_on_preps")
                     for o in p.children if o.dep_ == "pobj"]
        words = sense("protesting_words")
        for n in patients:
            for x in (n, *of_nouns(n)):   # "crowds of demonstrators"
                if x.lemma_.lower() in sense("protest_doers") | sense("fired_on_crowds"):
                    return x
                for c in x.children:
                    if c.dep_ in {"amod", "compound", "acl"} and (c.lemma_.lower() in words or c.lower_ in words):
                        return x
                    if c.dep_ == "relcl" and (c.lemma_.lower() in words or any(
                            g.dep_ == "xcomp" and g.lemma_.lower() in words for g in c.children)):
                        return x
        return None

    @staticmethod
    def _shown_protesting(crowd: Token) -> bool:
        """(coerce26) The people fired on are named as protesters or rioters ("stone-throwers", "demonstrators") or a
        word on them shows them protesting ("crowds defying the curfew"), not a mere crowd or mourners."""
        words = sense("protesting_words")
        return crowd.lemma_.lower() in sense("protest_doers") | sense("riot_words") or any(
            c.dep_ in {"amod", "compound", "acl", "relcl"} and (c.lemma_.lower() in words or c.lower_ in words)
            for c in crowd.children)

    def _fired_on_protest(self, verb: Token, code: str, sources: list, targets: list) -> tuple[str, list]:
        """A state's forces using force on people the sentence shows protesting repress them (175), and
        those people are civilians of the forces' country when no actor of theirs was found ("Algerian
        troops fired on rioting youths": 175 DZAMIL DZACVL). A target of another country, or an armed
        one, keeps the act as it is."""
        if not sources or not all(s.sector in STATE_FORCES and s.country for s in sources):
            return code, targets
        crowd = self._protesting_patient(verb)
        if crowd is None:
            return code, targets
        country = sources[0].country
        # (miss17) the forces' own capital or country read as the target is only where the crowd was: "security
        # forces stormed a protest camp in Khartoum", "troops stormed the camp of protesters in central Bangkok"
        site = {id(t) for t in targets if t.kind in {"capital", "country"} and t.country == country}
        if any(t.sector is not None and t.sector not in self.words.civilian_sectors | {"OPP"}
               for t in targets if id(t) not in site):
            return code, targets
        # (coerce26) people of another country the forces hold down protesting are repressed too ("Israeli police
        # fired rubber-coated bullets at Palestinian stone-throwers": 175 ISRCOP PSECVL), civilians of their own country
        foreign = {t.country for t in targets if id(t) not in site and t.country and t.country != country}
        if len(foreign) > 1 or (foreign and not self._shown_protesting(crowd)):
            return code, targets   # (a foreign army's fire on a mere crowd keeps its code: "fired on a crowd in Gaza")
        people = foreign.pop() if foreign else country
        if not targets or all(t.sector is None or id(t) in site for t in targets):
            targets = [Named.agent_at(crowd, people, "CVL")]
        return min(sense("repression_code")), targets

    @staticmethod
    def _attempted(verb: Token) -> Token | None:
        """(unreal55) The attempt verb or noun ``verb``'s infinitive is the object of ("tried to retake", "attempted
        to seize", "an attempt to overrun", "an attempt by jihadists to overrun"), or None."""
        if verb.dep_ not in {"xcomp", "acl", "advcl"} or verb.head.i == verb.i \
                or not any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in verb.children):
            return None
        head = verb.head
        if head.pos_ == "VERB" and head.lemma_.lower() in lexicon.words("modality_cues", "attempting_verbs"):
            return head
        if head.pos_ == "NOUN" and head.lemma_.lower() in lexicon.words("modality_cues", "attempt_nouns"):
            return head
        # "an attempt by jihadists to overrun the town": the infinitive may hang on the by-phrase's noun
        if verb.dep_ == "acl" and head.dep_ == "pobj" and head.head.lower_ == "by" and head.head.head.pos_ == "NOUN" \
                and head.head.head.lemma_.lower() in lexicon.words("modality_cues", "attempt_nouns"):
            return head.head.head
        return None

    def _events_for(self, verb: Token, code: str, pattern: str, reporter_of: dict[int, Named], nominal: bool = False) -> list[Candidate]:
        if not nominal and modality.is_requested(verb) and not modality.in_factual_clause(verb):
            trace.drop(verb, code, "requested: an act asked of someone is not coded as done")
            demand = instructed(verb, code)
            if demand is not None:   # (mine29) "the Kremlin told Tbilisi to free the officers": the demand (1053)
                return self._events_for(verb.head, demand, f"{verb.head.lemma_.lower()} * {verb.lemma_.lower()}",
                                        reporter_of)
            return self._insisted_act(verb, reporter_of)   # (ask60) "insisted that Washington confine its research"

        if code[:2] in VIOLENT_ROOTS and self._disaster_cause(verb):
            trace.drop(verb, code, "the harm has a natural cause (a disaster), not an actor")
            return []
        sources, passive, inherited = self.subjects(verb)
        if inherited and not passive and code[:2] in VIOLENT_ROOTS:
            between = self._gerund_fight_between(verb, code, pattern, reporter_of)
            if between:
                return between   # "declared an emergency after fighting between the army and the Fano militia"
        if not sources and passive and not nominal:
            sources = self._shared_agent(verb)   # "was shot and seriously wounded by a Turkish gunman"
        if not sources and passive and not nominal:
            # "was killed in a special operation by FSB troops", "police raided a house and a suspect was detained"
            sources = self._operation_doer(verb) or self._clause_force(verb, code)
        if not sources and code[:2] in VIOLENT_ROOTS and passive:
            sources = self._passive_threat(verb, code, reporter_of)   # "X would be hit if it attacked, Y said"
        unidentified = False
        if not sources and code[:2] in VIOLENT_ROOTS:
            sources = self._unidentified_attacker(verb, passive)
            unidentified = bool(sources)
        crowd = False
        if (not sources or inherited) and (code[:2] in PROTEST_ROOTS or code[:2] in RIOT_ROOTS):
            # "thousands protested", "angry youths pelted police with stones": a crowd with no name; its own
            # subject, not one taken from the clause above ("appealed for calm after thousands rallied")
            people = self._crowd(verb, code)
            if people:
                sources, crowd = people, True
        if not sources and code in self.words.agentless_state:
            sources = self._state_agent(verb, passive)
        own_forces = False
        if not sources and passive and not nominal:
            sources = self._passive_forces(verb, code)   # "no Algerian troops were sent to Niger"
            own_forces = bool(sources)
        if not sources and passive and not nominal:
            sources = self._passive_announcer(verb, code, reporter_of)   # "said the pilot would be released"
        if not sources and passive and not nominal:
            sources = self._passive_arrester(verb, code, reporter_of)   # "police said 40 people had been detained"
        if not sources and passive and not nominal:
            sources = self._passive_repeller(verb, code, reporter_of)   # "the attackers were repelled, the army said"
        if not sources:
            trace.drop(verb, code, "no source actor found" + (" (passive: the agentless rules decide)" if passive and not nominal else ""))
            return self._agentless(verb, code, pattern, reporter_of) if passive and not nominal else []
        seized = self._power_seized(verb, code, pattern, sources, passive)
        coup_targets: list[Named] = []
        if seized is not None:
            code, coup_targets = seized
            if not coup_targets:
                trace.drop(verb, code, "power seized by no soldiers of the country, or no power seized: no coup")
                return []
            if code in sense("coup_code"):
                sources = [self._as_military(s) for s in sources]   # "Army chief Musharraf seized power"
        code = self._seized_kind(verb, code, sources, passive)
        targets = self.targets(verb, passive and not own_forces, sources, code) if seized is None else coup_targets
        if unidentified and passive:
            # (sides39) "Hezbollah rockets were fired into northern Israel": the owner of the weapon that is the
            # passive's subject fired it; it is no victim of its own fire
            targets = [t for t in targets if not same_actor(t, sources)]
        sides = self._warring_sides(verb, sources, passive)
        if sides:
            sources, targets = sides, []   # "Libya's two warring sides signed a ceasefire": each side with the other
        if own_forces:
            targets = [t for t in targets if not same_actor(t, sources) and not own_side(t, sources)]
        if any(code.startswith(p) for p in self.words.cause_not_target_codes):
            targets = [t for t in targets if not self.in_sequel(t, verb)]   # "called up reservists after the Hamas attack"
        own_moved: list[Named] = []
        if targets and not passive and any(code.startswith(p) for p in self.words.own_forces_moved_codes) \
                and all(own_state(t, sources) for t in targets):
            # "Ankara massed troops along the border", "Damascus began pulling its troops out of Lebanon": the
            # state's own forces are what it moves; the later rules look for whom it is aimed at first
            own_moved, targets = targets, []
        launch = self._intercepted_launch(verb, sources) if code[:2] in VIOLENT_ROOTS and not passive \
            and modality.of(verb)[0] == modality.ASSERTED else None
        if launch is not None:
            sources, targets = launch
            # "shot down 30 Russian drones": the launch is of the kind the weapon names (195), not the
            # interceptor's verb's own code
            weapon = next((o for o in intercepted_objects(verb) if self._weapon(o)), None)
            code = self._weapon_code(weapon, verb) if weapon is not None else code
        downed = self._downed_launch(verb, sources) if launch is None and passive and code[:2] in VIOLENT_ROOTS \
            and not nominal and modality.of(verb)[0] == modality.ASSERTED else None
        if downed is not None:
            if not downed[0]:
                trace.drop(verb, code, "weapons shot down or intercepted: no act of the defender (the launch is the attack)")
                return []
            sources, targets = downed[0], downed[1]
            code = self._weapon_code(downed[2], verb)   # "Russian missiles were shot down by air defences": 195
        if code[:2] in PLACE_TARGET_ROOTS and all(not m.country or m.country_from for m in targets):
            # "air strikes on Idlib killed 12", "soldiers were wounded in a drone strike on Sumy": the
            # attack that is the subject or the means names its target better than victims of no country
            targets = self._means_target(verb, sources) or targets
            targets = [v for v in (self._victims_where(verb, m, sources) for m in targets) if v is not None]
        # "federal and Tigrayan forces clashed near Kobo": two parties of a mutual act act on each
        # other; the place is where, not whom
        parties = not passive and len(dedupe(sources)) > 1 and verb.lemma_.lower() in self.words.reciprocal
        if parties and all(self._host_place(t) for t in targets):
            targets = []
        if code[:2] == "14" and targets and all(self._goods_maker(t) for t in targets):
            # "marched against U.S. beef imports": a protest at goods is aimed at the protesters' own state
            targets = self._domestic_default(code, self._localized(verb, sources), verb) or targets
        if not targets and code[:2] in DEEP_TARGET_ROOTS and not parties:
            # (the parties of a mutual act act on each other: "Britain and France traded blame after
            # migrants drowned" is not aimed at the migrants)
            # (assault41) not for violence whose own object names its victims by no actor ("killed at least nine
            # people during protests that erupted after Alpha Conde was declared winner", "..., killing at least
            # seven, as unrest over Castillo's removal spread"): a person named deeper is no victim; the place is
            deep = self._addressee(verb, sources)
            if deep is not None and self._victims_unnamed(verb, code) and not any(
                    o.dep_ == "dobj" and o.left_edge.i <= deep.mention.head <= o.right_edge.i for o in verb.children):
                deep = None
            if deep is not None and any(code.startswith(p) for p in self.words.cause_not_target_codes) \
                    and self.in_sequel(deep, verb):
                deep = None
            targets = [deep] if deep is not None else self._place_target(verb, sources)
        if not targets and not parties and any(code.startswith(p) for p in self.words.territorial_codes):
            targets = self._named_country_place(verb, sources)   # "set up a base in Anefis, Kidal region, Mali"
        if not targets and code in self.words.responsibility_codes:
            # "claimed the bombing that killed Kenyan soldiers": the act's victim is the target (a denial's is
            # then replaced by its accuser or by no one: implicit._responsibility_targets)
            targets = self._denied_victim(verb, sources)
        if not targets and code in cue("two_way_pact_codes") and self._pact_made_with(verb):
            # (short59) "a deal struck by the junta with Moscow": the "with" partner of the by-agent's pact
            targets = dedupe([m for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                              for o in c.children if o.dep_ == "pobj" for m in self.actors_of(o)
                              if not same_actor(m, sources)])
        if not targets and code[:2] in COOPERATIVE_ROOTS and not parties:
            targets = self._visited(verb, sources)
        if code in self.words.visit_codes and not parties:
            # "arrived in Algiers for a session of the council": the country visited, not the body met there
            visited = self._visit_place(verb, sources)
            # (patterns17) and a capital the visitor lands in or flies to is its country ("landed in Taipei": Taiwan,
            # not its government, as the visit noun names it)
            # (wire38) as is the government of that country the visitor meets there ("arrived in Moscow for talks
            # with Gorbachev": 042 to the Soviet Union, gold README, Visits); rebels or a party met there stay
            if visited and all(t.country != visited[0].country or getattr(t, "kind", None) == "capital"
                               or getattr(t, "code", None) == f"{visited[0].country}GOV" for t in targets):
                targets = visited
        if not targets and code[:2] == "08" and not parties:
            targets = self._left_place(verb, sources)
        if not targets and code[:2] in DEFIANCE_ROOTS and not parties:
            targets = self._defied(verb, sources)   # "would not withdraw its troops despite Chinese pressure"
        if not targets and code[:2] in PROTEST_ANSWER_ROOTS and not parties:
            targets = self._protest_answered(verb, sources)   # "resigned after weeks of protests"
        if not targets and code[:2] in DOMESTIC_ROOTS and not parties:
            targets = self._domestic_target(verb, sources)
        if not targets and code[:2] in VIOLENT_ROOTS and not parties:
            targets = self._reporting_victim(verb, sources, reporter_of)
        if not targets and not parties:
            targets = self._conjunct_mission(verb, sources)   # (target49) "stormed the British embassy and ransacked offices"
        if not targets and crowd:
            targets = [self._crowd_country(sources[0])]
        if not targets and not parties:
            # "farmers blocked roads near Lille (Nord, France) to protest ...": a sector-only source takes the
            # country of the place of its act before its own state is the target
            targets = self._domestic_default(code, self._localized(verb, sources), verb) \
                or self._grievance_default(verb, code, self._localized(verb, sources))
        if not targets and code[:2] in PROTEST_ROOTS and not parties and len({s.country for s in sources}) == 1 and all(
                s.country and s.sector in self.words.civilian_sectors for s in sources):
            # "students and workers marched in Rangoon": civilians protesting at no one named protest
            # against their own state, as a crowd does
            targets = [self._crowd_country(sources[0])]
        if not targets and not parties:
            targets = self._own_country_default(code, sources)   # (target33) "lifted martial law": in its own land
        demanders = self.rejected_demand_owners(verb, code, sources)
        if demanders is not None:
            targets = demanders   # (demand42) "rejected international demands to free X": at the demander, not at X
        targets = targets or own_moved   # (a domestic deployment: the country's own forces, as before)
        if sources and targets:
            # (target49) "would not accept foreign troops on its soil": forces of no state named are no target
            targets = [t for t in targets if not self._unnamed_foreign_force(t)]
        if not passive and len(dedupe(sources)) > 1 and verb.lemma_.lower() in self.words.joint:
            # "the Colombian government and the rebels signed a ceasefire in Havana" (a co-party of the
            # subject only, not a mediator's counterpart: "an Algerian envoy met Tuareg rebel leaders")
            sources = self._state_counterpart(sources)
        sources, targets = self._rival_of_the_state(verb, code, sources, targets)
        sources, targets = self._localized(verb, sources), self._localized(verb, targets)
        code = self._assassination(verb, code, targets)
        code = self._means_code(verb, code, passive)
        code = self._bombing(verb, code, passive)
        code = self._chemical_means(verb, code, passive)
        code, targets = self._mass_killing(verb, code, passive, sources, targets)
        code = self._mass_expulsion(verb, code, passive, targets)
        if code == "201" and targets and all(t.sector in ARMED_SECTORS for t in targets):
            code = "190"  # "drove the fighters out of the town": armed men driven out are fought, not expelled
        if code == "166" and not passive and targets and sources and all(
                t.sector in STATE_FORCES and t.country and any(t.country == s.country for s in sources) for t in targets):
            # (orders40) "Pastrana ordered troops out of five municipalities": one's own forces ordered out withdraw
            # (0874); foreign forces ordered out are expelled (166)
            code, sources, targets = "0874", targets, []
        if code == "192" and targets and all(t.kind == "person" or (
                t.kind == "agent" and self._one_person(t) and t.sector in ARMED_SECTORS | STATE_ORGAN_SECTORS)
                for t in targets):
            # "captured Saddam Hussein", (sides39) "captured an army general": a person is taken prisoner, not
            # territory occupied
            code = "173"
        if code == "192" and targets:
            # "the Arakan Army captured a military outpost": a force's post taken is territory of its country
            # (gold: 192 to the country), though the post stands for the force when it is attacked (190)
            targets = [self._post_country(t) for t in targets]
        if code == "192" and targets and self._retaking(verb):
            targets = self._retaken_land(verb, sources, targets)
        if code[:2] in REPRESSION_ROOTS and not passive and not nominal and verb.pos_ == "VERB" \
                and code not in sense("air_attack_codes"):
            # (an air strike on a crowd stays one: "a military jet dropped bombs on a crowd gathered in a village")
            code, targets = self._fired_on_protest(verb, code, sources, targets)
        lemma = verb.lemma_.lower()
        reciprocal = lemma in self.words.reciprocal and not passive
        joint = not passive and (lemma in self.words.joint or self._governed_by_joint(verb))
        stance = any(code.startswith(p) for p in self.words.stance_codes)   # "welcomed the ceasefire"
        if not passive and not stance and code[:2] in MEETING_ROOTS and any(
                o.lemma_.lower() in MUTUAL_NOUNS for c in verb.children if c.dep_ == "dobj" for o in (c, *of_nouns(c))):
            # "Reagan and Gorbachev opened their summit": a mutual act of both; (consult42) so is a span of them the
            # object names ("the ANC and the government ended three days of talks")
            joint = True
        if not passive and not stance and not targets and len(dedupe(sources)) > 1 and any(
                c.dep_ == "dobj" and c.lemma_.lower() in cue("truce_nouns") for c in verb.children):
            joint = True  # "Iran and Iraq began observing a ceasefire": each side toward the other
        if not passive and len(dedupe(sources)) > 1 and code in self.words.mutual_codes:
            # (verbal29) "Bush and Gorbachev issued a joint statement", "Macron and Scholz said in a joint statement that
            # Europe must ...": an accord of both with each other, not with what their statement speaks of
            joint, targets = True, []
        if not passive and len(dedupe(sources)) > 1 and self._each_other(verb):
            # "India and Pakistan blamed each other": each side does it to the other
            joint, targets = True, []
        if joint and (code[:2] in MEETING_ROOTS or reciprocal) and len(dedupe(sources)) > 1 and targets \
                and all(self._host_place(t) for t in targets):
            # "Chinese and Indian delegations held talks in Moscow", "federal and rebel forces clashed
            # near X": the parties act on each other; the town they met in is where, not whom
            targets = []
        if joint and lemma in self.words.with_fight_verbs and targets \
                and len({s.country for s in dedupe(sources) if s.country}) > 1 \
                and all(self._battle_place(t) for t in targets):
            # (target31) "Ukrainian and Russian forces fought near Pokrovsk": sides of two countries fighting
            # each other fight where the town is, not its country; ``sentence`` pairs each side with the other
            targets = []
        if joint and not stance and targets and len({s.country for s in dedupe(sources) if s.country}) > 1 \
                and all(self._outside_mutual_act(verb, t) and not self._beside_parties(verb, t, sources)
                        for t in targets):
            # "Peru and Chile agreed to restore ties under a deal brokered by Brazil, the three said in
            # Brasilia", "agreed to withdraw troops, ending a standoff on the border with Uganda": an actor
            # named beyond the mutual act's own words (in a clause of its own, a by-phrase, outside the
            # act's phrase) is no partner of it ("signed deals to restore relations with Nigeria" is: the
            # purpose's partner, ``_beside_parties``): the parties act on each other
            targets = []
        if joint and not stance and not targets and len(dedupe(sources)) > 1:
            targets = self._shared_partner(verb, sources)
        if not passive and not targets and code[:2] in BORDER_POSTURE_ROOTS \
                and len({s.country for s in dedupe(sources) if s.country}) == 2 \
                and all(s.country for s in sources) and self._at_shared_border(verb):
            # (target31) "Pakistan and India moved missiles toward their common border", "Azerbaijani and Armenian
            # forces massed troops along the border": two countries' forces at the border they share posture at
            # each other (``pairs`` below pairs each side with the other)
            joint = True
        mod, governor = modality.of(verb)
        if code[:3] == "124" and mod == modality.INTENDED and lemma in cue("sanction_keeping_verbs"):
            # (ask56) "said it would keep its embargo on Cuba until Havana held free elections", "agreed to keep the
            # sanctions": the easing is refused now (12x asserted, as a stated refusal is); a condition stays one
            mod = modality.ASSERTED
        if code == "0341" and lemma in cue("office_seeking_verbs"):
            # (refuse30b) "said he would not seek re-election", "would not run again": the stated refusal to seek
            # office again is the intent to leave it; seeking or running for it is no event
            if mod != modality.NEGATED or not modality.is_stated_refusal(verb):
                return []
            mod = modality.INTENDED
        if code[:2] == "13" and mod == modality.NEGATED and lemma in cue("permission_verbs") \
                and modality.is_stated_refusal(verb):
            # (verbal27) "would not allow Iran to acquire nuclear weapons": the threat is made, the force lies ahead
            mod = modality.INTENDED
        # "drove tractors into Berlin to protest cuts": the protest is done by the act it is the purpose of
        protest_purpose = code[:2] in PROTEST_ROOTS and modality.is_purpose(verb) and \
            verb.head.lemma_.lower() not in self.cues.requesting and not self._protest_verb(verb.head)
        # (aid34) "thousands marched in Caracas to demand the release of Leopoldo Lopez": a crowd's march voices
        # its call for the release of captives as it goes (1053 asserted, as the gold codes every such protest);
        # (material51) so it voices a call for a leader to go or for troops to leave ("rallied to demand the dismissal
        # of the governor", "blocked the bridge to demand the withdrawal of Russian peacekeepers": event_cues
        # voiced_demand_codes). A protest for pay, reforms or rights is told by the protest alone (14x)
        voiced_release = code in cue("voiced_demand_codes") and modality.is_purpose(verb) \
            and self._protest_verb(verb.head)
        purpose = mod == modality.ASSERTED and modality.in_purpose(verb) and not protest_purpose and not voiced_release
        if purpose:
            mod = modality.INTENDED
        if code == "144" and sources and all(s.sector in STATE_FORCES for s in sources):
            code = "191"  # "police blocked the roads": a state's forces restrict movement; protesters' blockade is 144
        elif code == "191" and lemma == "block" and sources and all(
                s.sector in self.words.civilian_sectors | {"PPL"} for s in sources):
            code = "144"  # "a lone man blocked a column of tanks", "villagers blocked the convoy": a protest blockade
        if code[:2] == "07" and not passive and lemma in cue("self_leaving_aid_verbs") and sources and all(
                s.sector in {"CVL", "REF"} for s in sources):
            trace.drop(verb, code, "civilians who evacuate leave: no aid ('forcing residents to evacuate')")
            return []   # (disaster32)
        if code == "1711" and sources and all(self._crowd_doer(s, verb) for s in sources) and self._crowd_seat_taken(verb):
            code = min(sense("occupation_code"))   # (violence54) a crowd in parliament: the riot alone, as before
        act_code = code
        if code[:2] in RIOT_ROOTS and code != "145" and sources and all(self._crowd_doer(s, verb) for s in sources) \
                and not (code == "1711" and self._property_taken(verb)) \
                and not (code == "1712" and self._community_property(verb)
                         and not any(self._protesters(s) for s in sources)) and not self._after_riot(verb, code) \
                and not (code == "1712" and self._community_property(verb, cue("monument_nouns"))):
            code = "145"  # violence by protesters, crowds or civilians is rioting ("protesters stormed parliament")
        reporter = self._reporter(verb, reporter_of)
        # (unreal55) "tried to retake", "an attempt to overrun": the effort the act was the aim of (see below)
        effort = self._attempted(verb) if mod == modality.ASSERTED else None
        pairs: list[tuple[Named, Named | None]] = []
        if targets:
            pairs = [(s, t) for s in sources for t in targets if not same_actor(t, [s])]
            # "X met Y" is also Y meeting X; "X offered to negotiate with Y" is not yet Y's act
            # (outranked14) but a consultation only from the subject: "Kim Jong Un met Putin", "discussed energy
            # by telephone with Aliyev" (gold README: "A met B" once, from the subject)
            if reciprocal and mod == modality.ASSERTED and self._direct_partner(verb, targets[0]) \
                    and code[:2] not in ONE_WAY_MEETING_ROOTS \
                    and not (lemma in self.words.meeting_verbs and self._meeting_place(verb)):
                pairs += [(t, s) for s, t in list(pairs) if t is not None and len(sources) == 1 and len(targets) == 1]
            elif lemma in self.words.with_fight_verbs and not passive and mod == modality.ASSERTED \
                    and len(pairs) == 1 and code[:2] in VIOLENT_ROOTS and self._with_partner(verb, targets[0]):
                # "after two days of fighting with the Congolese army": a fight with a side named by "with"
                # is each side's force on the other
                pairs += [(t, s) for s, t in list(pairs) if t is not None]
            elif lemma in self.words.with_fight_verbs and not passive and mod == modality.ASSERTED \
                    and len(targets) == 1 and len(dedupe(sources)) == 1 and code[:2] == "19" and pairs \
                    and self._fought_foe(verb, pairs[0][0], targets[0], reporter):
                # (violence51) "Somali troops fought Al-Shabaab militants": both sides fight
                pairs += [(targets[0], pairs[0][0])]
            # (short59) and "arrived under a deal struck by the junta with Moscow": the by-agent's pact with its partner
            if (not passive or self._pact_made_with(verb)) and mod == modality.ASSERTED \
                    and code in cue("two_way_pact_codes"):
                # (coop36) "Germany and Denmark signed pacts with Moldova", "Kenya reached an agreement with the IMF":
                # a pact made with a partner binds both, each signer towards the partner and back
                pairs += [(t, s) for s, t in list(pairs) if t is not None and self._pact_partner(verb, t)
                          and not any(a is t and b is s for a, b in pairs)]  # same object: not a token
        elif joint and len(sources) > 1 and not self._one_way_gift(code, verb):
            pairs = [(a, b) for a in sources for b in sources if a is not b]  # same object: not a token
            host = self._meeting_place(verb) if lemma in self.words.meeting_verbs else None
            if host and any(a.country == host for a, b in pairs if b is not None and b.country != host):
                pairs = [(a, b) for a, b in pairs if a.country == host and b is not None and b.country != host]
            elif code[:2] in ONE_WAY_MEETING_ROOTS and len(dedupe(sources)) == 2 \
                    and not self._mutual_talks(verb, code) and not self._third_place(verb, code, pairs, mod):
                # "Reagan and Gorbachev opened their summit": a meeting of two is coded once, from the first
                pairs = pairs[:1]
        else:
            pairs = [(s, None) for s in sources]
        third = self._third_place(verb, code, pairs, mod)
        if third:
            # (visits39) "Trump and Xi met in Busan", "Burns met Jalili in Geneva": a summit at a third place is
            # each party's meeting with the other (gold README: 044 both ways)
            pairs += [(t, s) for s, t in list(pairs) if t is not None
                      and not any(a is t and b is s for a, b in pairs)]  # same object: not a token
        place = self._meeting_place(verb) if lemma in self.words.meeting_verbs and code == "040" \
            and not self._beside_visit(verb) else None
        if reciprocal and code[:3] in {"057"} and len({id(s) for s in sources}) + len(targets) >= 2:
            self.pact_parties = dedupe([*sources, *targets])
        if code[:2] in cue("business_deal_roots"):
            # (disaster32) a company's deal with a company or with no one named is business news, no event: "the
            # Chinese carmaker Geely signed an agreement with Ford to buy Volvo's car unit" (gold README: markets)
            business = cue("business_sectors")
            kept = [(s, t) for s, t in pairs if not (s.sector in business and (t is None or t.sector in business))]
            if len(kept) < len(pairs):
                trace.drop(verb, code, "a deal between companies: business news, no political event")
            pairs = kept
        out = []
        for s, t in pairs:
            pair_code = code
            if place and t is not None and s.country != t.country:
                # "Blinken met Xi in Beijing": a visit; "Trump and Putin met in Alaska": Trump hosted
                pair_code = "042" if t.country == place else "043" if s.country == place else code
            if third:
                pair_code = "044"
            if code[:2] in REPRESSION_ROOTS and code not in sense("air_attack_codes") \
                    and s.sector in STATE_ORGAN_SECTORS and t is not None \
                    and t.sector is not None and t.sector not in STATE_ORGAN_SECTORS | ARMED_SECTORS \
                    and t.country == s.country and (self._protesters(t) or self._fired_on_people(verb, t)) and (
                        t.country_from != "article" or s.sector == "COP" or self._happens_in(verb, s.country)):
                # "security forces opened fire on protesters", "riot police beat demonstrators": a state's
                # force on its own civilians is violent repression
                pair_code = "175"
            if code[:3] == "112" and lemma in self.words.legal_charge_verbs and not s.code.startswith("IGO") and (
                    s.sector in self.words.legal_sectors
                    or s.sector == "GOV" and s.kind not in {"country", "capital"} and t is not None and t.country
                    and t.country == s.country and t.kind not in {"country", "capital"}
                    and t.sector not in STATE_ORGAN_SECTORS | {"GOV"}
                    and any(c.dep_ == "dobj" for c in verb.children) and verb.dep_ != "conj"):
                # (violence57) a government's authorities that charge someone at home ("Armenian authorities charged a
                # former defence minister over the deaths of protesters"): legal action too, not another state; a
                # charge told after the arrest it follows ("arrested the FIS leaders and charged them with
                # conspiracy") stays the accusation beside the arrest
                # "prosecutors charged a spy ring with sabotage": a state's legal action; an international
                # court's indictment, with no police of its own, stays an accusation
                pair_code = "173"
            if pair_code[:2] == "14" and lemma in self.words.official_protest_verbs and (
                    s.kind in {"country", "capital"} and not counted_people(word_at(verb.doc, s.head))
                    or s.sector in self.words.official_protest_sectors):
                # "Beijing protested to Tokyo": a state complains; a crowd ("thousands of Kenyans") demonstrates
                pair_code = "114"
            pair_code = self.released_people(pair_code, t)   # "Iran freed two Americans": persons released
            if pair_code == "173" and s.sector in self.words.abductor_sectors and lemma not in self.words.told_arrest_verbs:
                # "Hezbollah fighters captured two Israeli soldiers": hostage-taking; "Houthi rebels detained 13 UN
                # staff", "Kurdish forces arrested 20 IS members": an arrest told as one stays one (miss1718)
                pair_code = "181"
            pair_code = self._taken_captive(verb, pair_code, passive, s, t)
            pair_code = self._vessel_seized(verb, pair_code, passive)
            pair_code = self._own_disarmed(verb, pair_code, s, t)
            pair_code, t = self._police_raid(verb, pair_code, passive, s, t)
            if pair_code == "181" and code in {"1711", "173", "192"} and t is not None and t.sector == "BUS" and t.country \
                    and self._vessel_seized(verb, code, passive) == "181" \
                    and not any(w in t.text.lower() for w in lexicon.words("sense_cues", "vessel_owner_words")):
                # (seize29b) "seized the Portuguese-flagged container ship", "an Iranian supertanker": a ship seized
                # is aimed at its flag state; at the owner's country as BUS only when an owner is named (gold README)
                t = t.changed(code=t.country, sector=None)
            if pair_code == "1721" and t is not None and t.sector == "BUS" and s.country \
                    and t.text.lower().replace("'s", "") in sense("online_platforms"):
                # (coerce40) "Myanmar's junta blocked Facebook": the curb falls on the state's own people, not the firm
                t = Named.country_at(word_at(verb.doc, t.mention.head), s.country)
            before_coup = pair_code
            pair_code = self._coup(verb, pair_code, s, t)
            if pair_code != before_coup:
                s = self._as_military(s)   # "army captain Ibrahim Traore ousted the junta leader"
            pair_code = self._shot_dead(verb, pair_code, t)
            if code == "145" and s.sector == "CVL" and (act_code in self.words.personal_violence_codes or (
                    act_code[:2] in RIOT_ROOTS and t is not None and (t.sector in self.words.civilian_sectors or (
                        t.country and s.country and t.country != s.country and not self._protest_doers(s)
                        and not self._mission_struck(verb)))
                    and not reciprocal and lemma not in self.words.between_nouns)):
                # "a mob lynched a man", "settlers attacked Palestinian farmers", "settlers torched
                # Palestinian cars": violence of civilians on other civilians or on a foreign country, not on
                # their own state, is an assault or destruction, not a riot; protesters who storm a foreign
                # embassy riot ("protesters in Kinshasa attacked the embassies of Rwanda and France")
                pair_code = "180" if act_code[:2] == "19" else act_code
            if code == "145" and s.sector == "CVL" and act_code[:2] in RIOT_ROOTS and not reciprocal \
                    and self._people_killed(verb):
                # (violence59) "mobs burned Tamil homes and killed dozens of people", "rioters killed scores of
                # residents": a mob's killing of people is a killing (gold README: mob killings of another community
                # are 1823, or 202 by the hundreds), not the riot; the police it kills are no such people
                pair_code = "1823"
            if code == "145" and act_code != "145" and not self._crowd_doer(s, verb):
                # "students clashed with police": the police's side is force against civilians, not a riot
                pair_code = "175" if s.sector in STATE_ORGAN_SECTORS and t is not None and t.sector == "CVL" else act_code
            unnamed = t is not None and not reciprocal and self._unnamed_attacker(s, pair_code)
            if pair_code in sense("conventional_attack_codes") and not reciprocal:
                pair_code = self._doer_convention(verb, pair_code, s, t, unnamed)
            if pair_code in sense("fired_on_protest_codes") and not reciprocal and t is not None \
                    and lemma not in sense("mutual_fight_verbs") \
                    and t.sector in self.words.civilian_sectors and self._protest_crowd(verb, t) \
                    and (unnamed or (s.sector or "").lower() in sense("irregular_sectors")):
                # (coerce40) "gunmen on rooftops opened fire on protesters", "snipers fired into a crowd of peace
                # marchers": force on protesters is violent repression, whoever fires (gold README: ACLED excessive
                # force, "firing on, beating, killing protesters"), with no source when the shooters are unnamed
                pair_code = min(sense("repression_code"))
            pair_code, beside = self._killed_leader(verb, pair_code, t, passive) if not reciprocal else (pair_code, None)
            force = None
            if pair_code == "186" and beside is None and not reciprocal and lemma in self.words.assassination_verbs:
                # (force47) "killed Hezbollah's leader in an air strike on Beirut": the strike and the assassination
                force = self._leader_killing_force(verb, passive)
            source = None if unnamed else s  # "gunmen killed 12 villagers": violence by nobody named has no source
            if pair_code == "145" and act_code in sense("crowd_property_codes") and not reciprocal \
                    and (t is None or t.kind in {"country", "capital"} and not t.sector) \
                    and lemma not in sense("crowd_entry_verbs") and not self._protest_props(verb):
                # (violence55) "protesters set fire to the local parliament building": the riot and the burning aimed
                # at the body whose building it is (data: event_words crowd_building_owners)
                t = self._building_owner(verb, s) or t
            if pair_code == "145" and s.sector != "CVL" and s.country and self._crowd_doer(s, verb):
                # "supporters of the former president ransacked Congress": the crowd, not its leader, riots
                source = s.changed(code=compose_code(s.country, "CVL"), sector="CVL")
            pair_mod, pair_governor = mod, governor
            if effort is not None and pair_code in cue("attempted_result_codes"):
                # (unreal55) "tried to retake Kalehe but were driven back", "foiled an attempt by jihadists to overrun
                # the town", "tried to arrest the faction leader": the effort was made, its result (event_cues
                # attempted_result_codes: the place taken, the arrest, the dissolution) did not come (gold README:
                # "tried to arrest" 173 and "tried to seize" 192 negated; "tried to storm" is an attack, asserted, and
                # keeps its code). The act governs itself: the verb that foiled or crushed the attempt ("crushed an
                # attempt by mercenaries to seize the capital") is a force of its own, not one undoing the act
                # (finish.drop_restated)
                pair_mod, pair_governor = modality.NEGATED, verb
            cand = Candidate(trigger=verb, code=pair_code, pattern=pattern, source=source, target=t, reported_by=reporter,
                             modality=pair_mod, governor=pair_governor, inherited_source=inherited, nominal=nominal,
                             purpose=purpose)
            cand.tokens = evidence(verb, source, t)
            out.append(cand)
            if pair_mod != mod and pair_code in cue("attempted_force_codes"):
                # (unreal55) an attempt to take a place by force is an assault on it, made (gold README: a failed
                # coup is 190 for the attempt and the overthrow negated; "tried to retake" the town: 190 and 192
                # negated)
                assault = Candidate(trigger=verb, code=min(cue("attempted_force_code")), pattern=pattern, source=source,
                                    target=t, reported_by=reporter, modality=mod, governor=governor,
                                    inherited_source=inherited, nominal=nominal, purpose=purpose)
                assault.tokens = set(cand.tokens)
                out.append(assault)
            refused = refusal(cand, verb if not nominal else verb.head if verb.dep_ == "dobj" else None)
            out.extend(refused)
            if refused_intent(cand, refused):
                out[:] = [c for c in out if id(c) != id(cand)]   # (unreal58) the refusal only
            if pair_code == "145" and act_code in sense("crowd_property_codes") \
                    and lemma not in sense("crowd_entry_verbs") \
                    and not self._protest_props(verb) and self._owner_of_property(verb, t):
                # (coerce40) "protesters torched the ruling party's offices": the riot and the property destroyed
                wrecked = Candidate(trigger=verb, code=act_code, pattern=pattern, source=source, target=t,
                                    reported_by=reporter, modality=mod, governor=governor, inherited_source=inherited,
                                    nominal=nominal, purpose=purpose)
                wrecked.tokens = set(cand.tokens)
                out.append(wrecked)
            if force is not None:   # (force47) the strike on its own noun, the killing on the verb
                struck = Candidate(trigger=force[1], code=force[0], pattern=pattern, source=source, target=t,
                                   reported_by=reporter, modality=mod, governor=governor, inherited_source=inherited,
                                   nominal=True, purpose=purpose)
                struck.tokens = set(cand.tokens)
                out.append(struck)
            if beside is not None:   # (violence13) "an air strike killed the commander": the strike and the killing
                killing = Candidate(trigger=verb, code=beside, pattern=pattern, source=source, target=t, reported_by=reporter,
                                    modality=mod, governor=governor, inherited_source=inherited, nominal=nominal,
                                    purpose=purpose)
                killing.tokens = set(cand.tokens)
                out.append(killing)
        return out

    def _nominal_events(self, verb: Token, reporter_of: dict[int, Named], objects_only: bool = False,
                        means_only: bool = False) -> list[Candidate]:
        """Event nouns governed by a light verb: "limited its support to humanitarian aid and sanctions".
        Under other verbs only a direct object counts ("resumed talks"), not "fled the war"; under a verb of
        answering (``means_only``) only its "with" phrase ("responded with air strikes on Lebanese bridges",
        not "responded to the attack")."""
        if not modality.is_obligation(verb) and modality.is_requested(verb):
            return []   # "urged Pretoria to hold talks": the talks asked for are not held
        if self._provoking(verb) and any(c.dep_ in SUBJECTS and c.pos_ == "NOUN" and c.i not in self.mention_at
                                         for c in verb.children):
            # "the verdict sparked protests", "the arrest of Khan triggered riots": a deed brought the act on,
            # its doer did not do it (but "Britain triggered the snapback of sanctions" is Britain's act)
            return []
        out = []
        nouns: list[Token] = []
        named = named_objects(verb)   # "launched what it called a counter-terror operation"
        nouns.extend(named)
        for c in verb.children:
            if means_only:
                # "responded to the attack with air strikes": the parser may hang the answer on what is answered
                answers = [c] if c.dep_ == "prep" and c.lower_ == "with" else []
                if c.dep_ == "prep" and c.lower_ == "to":
                    answers += [w for o in c.children if o.dep_ == "pobj"
                                for w in o.children if w.dep_ == "prep" and w.lower_ == "with"]
                nouns.extend(p for w in answers for p in w.children if p.dep_ == "pobj")
                continue
            if c.dep_ in {"dobj", "attr"}:
                nouns.append(c)
            if c.dep_ == "prep" and not objects_only and c.lower_ not in cue("framework_preps"):
                nouns.extend(p for p in c.children if p.dep_ == "pobj")
        for n in list(nouns):
            nouns.extend(c for c in n.conjuncts if c not in nouns)
        for n in nouns:
            if n.pos_ not in {"NOUN", "PROPN"}:
                continue
            words = [t.lemma_.lower() for t in n.subtree if t.i != n.i]
            match = self.verbs.match_noun(n.lemma_.lower(), words)
            if match is None or not match.code:
                match = self._military_sense(n, words, verb)   # "Israel could resume strikes"
            if (match is None or not match.code) and any(n.i == m.i for m in named):
                # the named object read as the verb's own object: "launched what it called an operation"
                match = self.verbs.match(verb.lemma_.lower(), [t.lemma_.lower() for t in n.subtree])
            if match is None or not match.code:
                continue
            if match.code[:2] in VIOLENT_ROOTS and verb.lemma_.lower() in cue("halting_verbs") \
                    and not any(c.dep_ == "poss" for c in n.children):
                # (review44) "peacekeepers were sent to stop the massacres", "troops moved in to halt the killings":
                # the violence they stop is not theirs ("halted its air strikes" is)
                continue
            if match.code[:2] in PROTEST_ROOTS and verb.lemma_.lower() in cue("permission_verbs"):
                out.extend(self._protest_refused(n, verb, reporter_of))   # "would not allow opposition rallies"
                continue
            sources, _, inherited = self.subjects(verb)
            if verb.lemma_.lower() in self.words.witness_verbs:
                out.extend(self._witnessed_act(n, verb, match.code, match.pattern, sources, reporter_of))
                continue
            crowd = False
            if not sources and match.code[:2] in PROTEST_ROOTS:
                sources = self._crowd(verb, match.code)  # "thousands joined protests in Tbilisi"
                crowd = bool(sources)
            if not sources:
                continue
            targets: list[Named] = []
            for p in own_preps(n):
                for o in p.children:
                    if o.dep_ == "pobj":
                        targets.extend(m for m in self.actors_of(o) if not same_actor(m, sources))
            if any(match.code.startswith(p) for p in self.words.own_forces_moved_codes):
                # "announced a deployment of troops to Belarus", "a withdrawal of its forces from Syria": the
                # state's own forces are what it moves, the place they go to or leave is whom the act is aimed
                # at; its own forces only when the noun names no one else (a domestic deployment), as for a verb
                # (the parser may hang the place on the forces: "the deployment of 1,000 soldiers to Mali")
                own = [word_at(self.doc, t.word) for t in targets if _own_force(t, sources) and t.word is not None]
                moved_to = [m for h in [n, *own, verb] for p in h.children
                            if p.dep_ == "prep" and p.lower_ in cue("destination_preps") and p.i > n.i
                            for o in p.children if o.dep_ == "pobj" for m in self.actors_of(o)]
                moved_to = [m for m in moved_to if all(m.country != t.country for t in targets)]
                targets = [t for t in targets + moved_to if not _own_force(t, sources)
                           and not same_actor(t, sources)] or targets
            if not targets:
                # "gave a warm welcome to de Klerk", "sent aid to Haiti": the verb's recipient
                for p in verb.children:
                    if p.dep_ in {"dative", "prep"} and p.lower_ in cue("recipient_preps") and n not in p.subtree:
                        for o in p.children:
                            if o.dep_ == "pobj":
                                targets.extend(m for m in self.actors_of(o)
                                               if not same_actor(m, sources) and not own_side(m, sources))
            if not targets and match.code in self.words.visit_codes:
                targets = self._visit_place(verb, sources, (n,))  # "landed in Havana, the first visit by ..."
            if not targets and match.code[:2] in DEEP_TARGET_ROOTS:
                deep = self._addressee(verb, sources)
                targets = [deep] if deep is not None else self._place_target(verb, sources)
            if not targets and crowd:
                targets = [self._crowd_country(sources[0])]
            if not targets:
                targets = self._domestic_default(match.code, sources)
            mod, governor = modality.of_object(n, verb, match.code)
            if no_det(n):
                mod = modality.NEGATED  # "there were no clashes", "imposed no sanctions"
            reporter = self._reporter(verb, reporter_of)
            mutual = n.lemma_.lower() in MUTUAL_NOUNS or verb.lemma_.lower() in self.words.joint or (
                match.code[:2] in COOPERATIVE_ROOTS and self.together(n, sources))   # "began joint patrols"
            if match.code[:2] in COOPERATIVE_ROOTS and self._governed_by_joint(verb):
                mutual = True   # "A and B agreed to step up intelligence sharing": the joint verb above the light verb
            no_target: list[Named | None] = [None]
            pairs = [(s, t) for s in sources for t in (targets or no_target)]
            if not targets and mutual and len(sources) > 1 and not self._one_way_gift(match.code, n):
                pairs = [(a, b) for a in sources for b in sources if a is not b]  # same object: not a token
            for s, t in pairs:
                if True:
                    cand = Candidate(trigger=n, code=match.code, pattern=match.pattern, source=s, target=t,
                                     reported_by=reporter, modality=mod, governor=governor,
                                     inherited_source=True, nominal=True)
                    cand.tokens = evidence(n, s, t)
                    refused = refusal(cand, verb)
                    out.extend([cand] * (not refused_intent(cand, refused)) + refused)   # (unreal58) the refusal only
        return out

    def _protest_refused(self, noun: Token, verb: Token, reporter_of: dict[int, Named]) -> list[Candidate]:
        """(own49) A protest another does not allow ("the ministry said it would not allow opposition rallies",
        "police refused to permit a march by the teachers' union", "did not allow the sit-in"): the one who lets or
        forbids it does not protest; refusing it restricts political freedoms (gold README "banning a march is 1721"),
        aimed at the protest's doers named on the noun (its possessor or modifier, a "by" phrase), else at no one
        (``finish.own_country_target`` then aims it at home). Asserted also when stated of what lies ahead ("would not
        allow"): the ban is imposed as it is announced (gold README: "a refusal ('will not allow') is ... asserted"; as
        an intent it would become a threat, 137, which the gold does not code). A protest allowed is neither."""
        mod, _ = modality.of(verb)
        if mod != modality.NEGATED:
            return []
        sources, _, _ = self.subjects(verb)
        doers = [m for c in noun.children if c.dep_ in {"poss", "compound", "amod"} for m in self.actors_of(c)]
        doers += [m for p in noun.children if p.dep_ == "prep" and p.lower_ in {"by", "of"}
                  for o in p.children if o.dep_ == "pobj" for m in self.actors_of(o)]
        doers = [d for d in doers if not same_actor(d, sources)]
        reporter = self._reporter(verb, reporter_of)
        out = []
        no_target: list[Named | None] = [None]
        for s in sources:
            for t in doers or no_target:
                cand = Candidate(trigger=verb, code="1721", pattern=f"{verb.lemma_.lower()} * <protest> <refused>",
                                 source=s, target=t, reported_by=reporter, modality=modality.ASSERTED)
                cand.tokens = evidence(verb, s, t) | {noun.i}
                out.append(cand)
        return out

    def _one_way_gift(self, code: str, verb: Token) -> bool:
        """(intend41) Aid pledged, offered or given (event_cues one_way_gift_codes): conjoined donors give to a third
        party, never to each other ("Norway and Sweden pledged food aid", "Denmark and France pledging jets to help
        guard Poland's skies"), though a joint verb with no object otherwise pairs its doers; not a gift told as
        mutual ("pledging mutual aid", "to come to one another's aid": event_cues mutual_gift_words, event_words
        reciprocal_pronouns)."""
        if not any(code.startswith(p) for p in cue("one_way_gift_codes")):
            return False
        words = [t.lower_ for t in verb.subtree]
        if any(w in cue("mutual_gift_words") for w in words):
            return False
        text = " ".join(words)
        return not any(p in text for p in self.words.reciprocal_pronouns)

    def _conjoined_object_acts(self, verb: Token, match: VerbMatch, found: list[Candidate]) -> list[Candidate]:
        """(nouns21) "Armenia declared martial law and a general mobilisation", "announced sanctions on its officials
        and a halt to arms sales": an object conjoined after the one the verb's pattern read is an act of its own
        when the verb's pattern, read with that object's own words, gives an act of another kind (CAMEO root): the
        same doer on the same target, as factual as the verb's own act."""
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        # (an actor conjoined is another target of the same act, read by the target rules: "expelled two
        # diplomats and a journalist")
        own = [c for c in found if c.trigger.i == verb.i]
        if not objects or not own:
            return []
        bare = self.verbs.match(verb.lemma_.lower(), [])

        def words_of(o: Token) -> list[str]:
            return [t.lemma_.lower() for t in o.subtree if t.dep_ not in {"cc", "conj"} or t.i == o.i]

        # the first object read as an act by the verb's pattern ("declare * emergency") or an event noun
        acts = [o for o in objects if (m := self.verbs.match(verb.lemma_.lower(), words_of(o))) is not None
                and (bare is None or m.pattern != bare.pattern)]
        conjoined = [c for o in acts for c in o.conjuncts if c.pos_ == "NOUN" and c.i > o.i
                     and c.i not in self.mention_at and not self.actors_of(c)]
        out: list[Candidate] = []
        for n in conjoined:
            words = words_of(n)
            # an event noun joined by "and" ("martial law and a general mobilisation"), not a weapon or goods given
            # ("launched drones and missiles", "handing over positions and weapons": one transfer, 07) nor an
            # alternative ("rather than a truce")
            noun = self.verbs.match_noun(n.lemma_.lower(), [t.lemma_.lower() for t in n.subtree
                                                            if t.i != n.i and t.dep_ not in {"cc", "conj"}])
            if noun is None or not noun.code or noun.code.startswith(("---", "07")) or self._weapon(n) \
                    or not any(c.dep_ == "cc" and c.lower_ == "and" for c in n.head.children):
                continue
            m = self.verbs.match(verb.lemma_.lower(), words)
            if m is None or not m.code or m.code.startswith("---") or m.code in SKIP_CODES \
                    or m.code[:2] == match.code[:2] or (bare is not None and m.pattern == bare.pattern):
                continue
            for c in own:
                cand = Candidate(trigger=n, code=m.code, pattern=m.pattern, source=c.source, target=c.target,
                                 reported_by=c.reported_by, modality=c.modality, governor=c.governor,
                                 inherited_source=c.inherited_source, nominal=True)
                cand.tokens = evidence(n, c.source, c.target)
                out.append(cand)
        return out

    def _presupposed_act(self, verb: Token, reporter_of: dict[int, Named]) -> list[Candidate]:
        """(nouns21) The act named by the object of a verb that presupposes it took place (data: event_cues
        presupposing_witness_verbs: "while covering an Israeli raid in Jenin", "refugees fleeing a government offensive
        in Idlib"), told in a clause of background, an aside or a participle on a noun, which the clause rules skip.
        Only an act whose own words name its doer (its adjective, possessor, "by" phrase), aimed at what its target
        phrase names, else at the place its "in" phrase names, else (fled, survived) at the subject; asserted: the
        verb takes it as given (no act with "no": "fleeing no attack" is none)."""
        out: list[Candidate] = []
        for n in (c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"):
            if no_det(n) or self._is_disaster(n):
                continue
            match = self.verbs.match_noun(n.lemma_.lower(), [t.lemma_.lower() for t in n.subtree if t.i != n.i])
            if match is None or not match.code or match.code.startswith("---"):
                continue
            subjects = self.subjects(verb)[0]
            doers = dedupe([m for c in n.children if c.dep_ in {"amod", "compound", "poss", "nmod"} and c.pos_ != "PRON"
                            for m in self.actors_of(c)] + [m for o in doer_phrases(n) for m in self.actors_of(o)])
            doers = [m for m in doers if not same_actor(m, subjects)]
            if not doers:
                continue
            targets = dedupe([m for q in own_preps(n) for o in q.children if o.dep_ == "pobj"
                              for m in self.actors_of(o) or self._places_of(o, doers) if not same_actor(m, doers)])
            if not targets:
                targets = dedupe([m for q in n.children if q.dep_ == "prep" and q.lower_ in PLACE_PREPS
                                  for o in q.children if o.dep_ == "pobj"
                                  for m in self._places_of(o, doers) or self.actors_of(o) if not same_actor(m, doers)])
            if not targets and verb.lemma_.lower() in self.words.surviving_verbs:
                targets = [m for m in subjects if not same_actor(m, doers)]
            ends: list[Named | None] = list(targets) or [None]
            reporter = self._reporter(verb, reporter_of)
            for s in doers:
                for t in ends:
                    cand = Candidate(trigger=n, code=match.code, pattern=match.pattern, source=s, target=t,
                                     reported_by=reporter, modality=modality.ASSERTED, governor=None, nominal=True)
                    cand.tokens = evidence(n, s, t)
                    out.append(cand)
        return out

    def _witnessed_act(self, n: Token, verb: Token, code: str, pattern: str, subjects: list[Named],
                       reporter_of: dict[int, Named]) -> list[Candidate]:
        """The act named by the object of a verb of seeing, telling, foreseeing, suffering or escaping (data
        ``witness_verbs``: "reporters covered the protests", "civilians fled the fighting", "Poland fears a
        Russian attack"): the subject did not do it. Its doer is only whoever the noun's own words name (its
        adjective, possessor, "by" or "from" phrase); with none named, the act survived or endured
        (``surviving_verbs``: "survived an assassination attempt") is aimed at the subject, any other is no act."""
        own = dedupe([m for c in n.children if c.dep_ in {"amod", "compound", "poss", "nmod"} for m in self.actors_of(c)]
                     + [m for o in doer_phrases(n) for m in self.actors_of(o)]
                     + [m for p in n.children if p.dep_ == "prep" and p.lower_ == "from"
                        for o in p.children if o.dep_ == "pobj" for m in self.actors_of(o)]
                     # (fight38) "Kyiv endured a barrage of Russian missiles": the owner of the weapons it counts
                     + [m for h in of_nouns(n) if self._weapon(h) for m in self._owners_named(h, lambda m: bool(m.country))])
        own = [m for m in own if not same_actor(m, subjects)]
        aimed = [m for p in own_preps(n) for o in p.children if o.dep_ == "pobj" for m in self.actors_of(o)
                 if not same_actor(m, own)]
        pairs: list[tuple[Named | None, Named | None]]
        if own and not subjects and verb.lemma_.lower() in self.words.surviving_verbs:
            # (fight38) "Odesa endured a barrage of Russian missiles": the town that endured it is where it was aimed
            subjects = [m for c in verb.children if c.dep_ == "nsubj" for m in self._places_of(c, own)]
        if own:
            no_target: list[Named | None] = [None]
            pairs = [(s, t) for s in own for t in (aimed or subjects or no_target) if t is None or not same_actor(t, [s])]
        elif verb.lemma_.lower() in self.words.surviving_verbs and subjects:
            pairs = [(None, t) for t in subjects]
        else:
            return []
        mod, governor = modality.of_object(n, verb, code)
        if no_det(n):
            mod = modality.NEGATED
        reporter = self._reporter(verb, reporter_of)
        out: list[Candidate] = []
        for s, t in pairs:
            cand = Candidate(trigger=n, code=code, pattern=pattern, source=s, target=t, reported_by=reporter,
                             modality=mod, governor=governor, nominal=True)
            cand.tokens = evidence(n, s, t)
            out.append(cand)
        return out

    def fill_from_context(self, sent: Span, cands: list[Candidate]) -> None:
        """A cooperative act named by a noun without a recipient ("limited its support to humanitarian
        aid") takes the recipient of the same source's cooperative act in the previous two sentences."""
        for c in cands:
            if c.target is None and c.nominal and c.code[:2] in COOPERATIVE_ROOTS and c.source is not None:
                for start, country, target in reversed(self.recent_targets):
                    if country == c.source.country and self._sentences_between(start, sent.start) <= 2:
                        c.target = target
                        break
        for c in cands:
            if c.target is not None and c.source is not None and c.code[:2] in COOPERATIVE_ROOTS:
                self.recent_targets.append((sent.start, c.source.country, c.target))

    def _sentences_between(self, a: int, b: int) -> int:
        if b <= a:
            return 0
        sents = self.doc[a:b].sents  # type: ignore[attr-defined]  # Span.sents exists (spaCy 3); span.pyi lacks it
        return sum(1 for s in sents)


def _weapons_test(c: Candidate) -> bool:
    """(source33) "North Korea carried out a second nuclear test, drawing condemnation from Russia", "Pyongyang
    test-fired its Hwasong-18 after accusing a US spy plane ...": a show of force (15x) told as a test (its trigger,
    the word before its hyphen, or the head of its object is a test word: event_cues weapon_test_words) is aimed at
    no one, however another clause or the reaction to it names a state (a place or party of its own phrase stays:
    "test-fired missiles into the sea north of Taiwan", "in response to India's tests": :func:`_in_own_phrase`)."""
    if not c.code.startswith("15"):
        return False
    words = lexicon.words("event_cues", "weapon_test_words")
    trig = c.trigger
    if trig.lemma_.lower() in words or trig.lower_ in words:
        return True
    doc = trig.doc
    if trig.i >= 2 and word_at(doc, trig.i - 1).text == "-" and word_at(doc, trig.i - 2).lower_ in words:
        return True   # "test-fired" split into "test", "-", "fired"
    return any(ch.dep_ in {"dobj", "compound"} and ch.lemma_.lower() in words for ch in trig.children)



_OTHER_CLAUSE_DEPS = frozenset({"advcl", "conj", "ccomp", "xcomp", "relcl", "acl", "pcomp", "parataxis", "csubj"})


def _in_own_phrase(c: Candidate) -> bool:
    """(source33) Whether the target of ``c`` is named inside its trigger's own phrases ("conducted missile tests
    around Taiwan"), not in a clause of its own hung on the trigger or elsewhere ("..., drawing condemnation from
    Russia", "... and the Security Council met")."""
    if c.target is None:
        return False
    doc = c.trigger.doc
    i = c.target.word if c.target.word is not None else c.target.start
    tok = word_at(doc, i)
    while tok.i != c.trigger.i:
        if tok.dep_ in _OTHER_CLAUSE_DEPS or tok.head.i == tok.i:
            return False
        tok = tok.head
    return True


def _speaker_subject(verb: Token, passive: bool) -> bool:
    """(verbal48, verbal49) ``verb``'s subject is the speaker itself, as told in its own words: a pronoun ("said it had
    not shelled") or a noun with a pronoun's possessive ("said its fighters attacked"); a passive subject counts only
    when ``passive``."""
    subj = next((k for k in verb.children if k.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or (subj.dep_ == "nsubjpass" and not passive):
        return False
    return subj.pos_ == "PRON" or any(k.dep_ == "poss" and k.pos_ == "PRON" for k in subj.children)


def _state_organ_subject(verb: Token, doer: Named, speaker: Named) -> bool:
    """(verbal60) ``verb``'s subject names an organ of the speaker's own state, the speaker being that state or one of
    its organs: "Togo's government said the security forces had not used lethal force", "Sudan's government insisted
    the army had never attacked civilians", "the Syrian government has never used chemical weapons, its envoy said"
    deny the state's own act as "said it had not" does (gold README: a denial, 016, beside the act negated). Not an
    opposition, a rebel group or a people speaking of the army ("the opposition said the army had not fired"), nor a
    state speaking of its rebels (event_cues own_denial_sectors: the sectors of a state and its organs). Not a move
    told as where its forces stand ("the army spokesman said Israeli troops had not entered Rafah": event_cues
    entry_verbs), nor a verb whose act lies in its complement ("said Iraq did not want to be drawn into a war")."""
    subj = next((k for k in verb.children if k.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or subj.pos_ == "PRON" or verb.lemma_.lower() in cue("entry_verbs") \
            or any(k.dep_ in {"xcomp", "ccomp"} for k in verb.children):
        return False
    sectors = cue("own_denial_sectors")
    return bool(doer.country) and doer.country == speaker.country \
        and (doer.sector or "state").lower() in sectors and (speaker.sector or "state").lower() in sectors


# (unreal50) The pattern of regret recoded from an apology its speaker withholds (``_regret_without_apology``).
REGRET_PATTERN = "<regret, no apology>"


def _refused_intents(found: list[Candidate]) -> list[Candidate]:
    """(unreal58) A statement of intent (03x) negated by a refusing verb that is coded as the rejection itself (12x on
    the governing verb, from the same actor): "the rebels refused to accept any preconditions for talks", "Kyiv
    refused to accept a fourfold rise in the gas price" are the rejection only; no intent was stated, negated or not (gold README: "a
    refusal ('declined to send', 'will not allow') is the 12x rejection, asserted"), as rules.refused_intent drops it
    beside a stated refusal ("would not take part")."""
    rejections = {(c.trigger.i, c.source.code) for c in found
                  if c.code[:2] == "12" and c.source is not None and c.modality != modality.NEGATED}
    out: list[Candidate] = []
    for c in found:
        gov = c.governor
        if c.code[:2] in INTENT_ROOTS and c.modality == modality.NEGATED and gov is not None and c.source is not None \
                and c.trigger.head.i == gov.i and (gov.i, c.source.code) in rejections:
            trace.drop(c.trigger, c.code, "an intent its own doer refused: the refusal (12x) is the event")
            continue
        out.append(c)
    return out


def _decided_acts(found: list[Candidate]) -> list[Candidate]:
    """(unreal58) A statement of intent (03x) coded on a verb of decision (modality_cues choosing_verbs) whose infinitive
    complement is coded as an act of its own by the same actor: "Burundi's parliament voted to withdraw from the ICC"
    is the withdrawal (161) only, not also CAMEO's "vote * {to withdraw}" (0356); "the EC decided to withdraw their
    ambassadors" the recall (161). One event per act (gold README, "How it was labelled")."""
    choosing = lexicon.words("modality_cues", "choosing_verbs")
    decided = {(c.trigger.head.i, c.source.code) for c in found
               if c.source is not None and c.code[:2] not in INTENT_ROOTS and not c.nominal
               and c.trigger.dep_ in {"xcomp", "advcl"} and c.trigger.head.i != c.trigger.i
               and c.trigger.head.lemma_.lower() in choosing}
    out: list[Candidate] = []
    for c in found:
        if c.code[:2] in INTENT_ROOTS and c.source is not None and not c.nominal \
                and (c.trigger.i, c.source.code) in decided:
            trace.drop(c.trigger, c.code, "a decision whose act is coded on its own verb: the act is the event")
            continue
        out.append(c)
    return out


def _regret_aimed_as_apology(cands: list[Candidate]) -> None:
    """(unreal50) Regret voiced beside a withheld apology is aimed where the apology would have been: "Reagan
    expressed deep regret but did not apologise" (to Iran, the apology's target), when nothing else names its own."""
    for c in cands:
        if c.pattern != REGRET_PATTERN or c.target is not None or c.source is None:
            continue
        aim = next((d.target for d in cands if d.target is not None and d.source is not None and d.code.startswith("055")
                    and d.modality == modality.NEGATED and d.source.code == c.source.code), None)
        if aim is not None:
            c.target = aim
            c.tokens = evidence(c.trigger, c.source, aim)
