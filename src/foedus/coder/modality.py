"""Modality of an event: did it happen (asserted), not happen (negated), or is it only
intended, considered or conditional? Coding an event that did not happen is worse than
missing one, so every event verb passes through :func:`of`.

The cue words are data (``data/events/cue_words.yaml``); this module only walks the parse.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from .. import data, lexicon, taxonomy
from .doctext import of_nouns, tokens, word_at
from .event_words import event_words
from .syntax import FINITE_CLAUSES, SUBJECTS

ASSERTED, NEGATED, INTENDED, CONSIDERED, CONDITIONAL = (
    "asserted", "negated", "intended", "considered", "conditional")
MODALITIES = (ASSERTED, NEGATED, INTENDED, CONSIDERED, CONDITIONAL)
# Acts that did not take place: never counted, whatever their code (unlike an intention, whose statement was made).
UNREALISED = (NEGATED, CONSIDERED, CONDITIONAL)

# Dependencies through which a governing verb passes its modality down to a complement.
_COMPLEMENT_DEPS = {"xcomp", "ccomp", "pcomp", "advcl", "acl", "pobj", "prep", "dobj", "conj", "relcl", "csubj"}


@dataclass(frozen=True)
class Cues:
    intended_verbs: frozenset[str]
    intended_aux: frozenset[str]
    considered_verbs: frozenset[str]
    considered_aux: frozenset[str]
    considered_adj: frozenset[str]
    requesting: frozenset[str]
    instructing: frozenset[str]
    claim_when_indicative: frozenset[str]
    negating: frozenset[str]
    conditional_marks: frozenset[str]
    reporting: frozenset[str]
    calling_off: frozenset[str]
    plan_preps: frozenset[str]
    refusing: frozenset[str]
    denying_relatives: frozenset[str]
    able: frozenset[str]
    doer_of_nouns: frozenset[str]
    doubting: frozenset[str]
    unable: frozenset[str]
    achieved: frozenset[str]
    condition_participles: frozenset[str]
    condition_nouns: frozenset[str]
    condition_noun_preps: frozenset[str]
    condition_adverbs: frozenset[str]
    duration_preps: frozenset[str]
    condition_temporal_marks: frozenset[str]
    condition_ahead_time_marks: frozenset[str]
    exchange_nouns: frozenset[str]
    dropping: frozenset[str]
    alternative_adverbs: frozenset[str]
    alternative_preps: frozenset[str]
    near_miss_adverbs: frozenset[str]
    possibility_nouns: frozenset[str]
    staying_verbs: frozenset[str]
    definite_determiners: frozenset[str]
    hedging_determiners: frozenset[str]
    hedging_modifiers: frozenset[str]
    hypothetical_aux: frozenset[str]
    happening_verbs: frozenset[str]
    prospective_nouns: frozenset[str]
    describing_verbs: frozenset[str]
    participation_verbs: frozenset[str]
    attack_phrase_preps: frozenset[str]
    voting_for: frozenset[str]
    voting_against: frozenset[str]
    rejection_roots: frozenset[str]
    coming_about: frozenset[str]
    evidence_nouns: frozenset[str]
    evidence_preps: frozenset[str]
    called_off_roots: frozenset[str]
    persisting_verbs: frozenset[str]
    quitting: frozenset[str]
    foreseeing: frozenset[str]
    contrary_adverbs: frozenset[str]
    contrary_preps: frozenset[str]
    failing_verbs: frozenset[str]
    never_held_verbs: frozenset[str]
    prospective_modifiers: frozenset[str]
    hedging_adverbs: frozenset[str]
    request_nouns: frozenset[str]
    rebuffing: frozenset[str]
    attempt_nouns: frozenset[str]
    resisting_phrasal_verbs: frozenset[str]
    resisting_preps: frozenset[str]
    intention_preps: frozenset[str]
    reluctant_adj: frozenset[str]
    refusal_nouns: frozenset[str]
    permitting: frozenset[str]
    possibility_raising: frozenset[str]


@lru_cache(maxsize=1)
def cues() -> Cues:
    raw = data.read_yaml("events/cue_words.yaml")
    f = lambda *keys: frozenset(w.lower() for k in keys for w in _get(raw, k))  # noqa: E731
    return Cues(
        intended_verbs=f("intended.verbs"), intended_aux=f("intended.auxiliaries"),
        considered_verbs=f("considered.verbs"), considered_aux=f("considered.auxiliaries"),
        considered_adj=f("considered.adjectives"), requesting=f("requesting.verbs"),
        claim_when_indicative=f("requesting.claim_when_indicative"), instructing=f("requesting.instructing"),
        negating=f("negating.verbs"), conditional_marks=f("conditional_marks"), reporting=f("reporting_verbs"),
        calling_off=f("unrealised.calling_off"), plan_preps=f("unrealised.plan_preps"),
        refusing=f("unrealised.refusing"), denying_relatives=f("unrealised.denying_relatives"),
        doubting=f("considered.doubting_verbs"), doer_of_nouns=f("unrealised.doer_of_nouns"), able=f("ability.adjectives"), unable=f("ability.negative_adjectives"), achieved=f("ability.achieved_when_past"),
        condition_participles=f("conditions.participles"), condition_nouns=f("conditions.nouns"),
        condition_noun_preps=f("conditions.noun_preps"), condition_adverbs=f("conditions.adverbs"),
        duration_preps=f("conditions.duration_preps"),
        condition_temporal_marks=f("conditions.temporal_marks"),
        condition_ahead_time_marks=f("conditions.ahead_time_marks"),
        exchange_nouns=f("conditions.exchange_nouns"),
        dropping=f("unrealised.dropping"), alternative_adverbs=f("alternatives.adverbs"),
        alternative_preps=f("alternatives.preps"), near_miss_adverbs=f("negating.near_miss_adverbs"),
        possibility_nouns=f("considered.possibility_nouns"), staying_verbs=f("considered.linking_verbs"),
        definite_determiners=f("presupposition.determiners"), hedging_determiners=f("presupposition.hedging_determiners"),
        hedging_modifiers=f("presupposition.hedging_modifiers"),
        hypothetical_aux=f("presupposition.hypothetical_auxiliaries"),
        happening_verbs=f("presupposition.happening_verbs"), prospective_nouns=f("presupposition.prospective_nouns"),
        describing_verbs=f("presupposition.describing_verbs"), attack_phrase_preps=f("presupposition.phrase_preps"),
        participation_verbs=f("presupposition.participation_verbs"),
        voting_for=f("voting.for_preps"), voting_against=f("voting.against_preps"),
        rejection_roots=f("stated_rejection_roots"), coming_about=f("unrealised.coming_about"),
        evidence_nouns=f("unrealised.evidence_nouns"), evidence_preps=f("unrealised.evidence_preps"),
        called_off_roots=f("unrealised.called_off_roots"), persisting_verbs=f("conditions.persisting_verbs"),
        quitting=f("unrealised.quitting"), foreseeing=f("considered.foreseeing_verbs"),
        contrary_adverbs=f("alternatives.contrary_adverbs"), contrary_preps=f("alternatives.contrary_preps"),
        failing_verbs=f("unrealised.failing_verbs"), never_held_verbs=f("unrealised.never_held_verbs"),
        prospective_modifiers=f("unrealised.prospective_modifiers"),
        hedging_adverbs=f("considered.hedging_adverbs"),
        request_nouns=f("unrealised.request_nouns"), rebuffing=f("unrealised.rebuffing"),
        attempt_nouns=f("unrealised.attempt_nouns"), resisting_phrasal_verbs=f("unrealised.resisting_phrasal_verbs"),
        resisting_preps=f("unrealised.resisting_preps"), intention_preps=f("unrealised.intention_preps"),
        reluctant_adj=f("negating.reluctance_adjectives"), refusal_nouns=f("negating.refusal_nouns"),
        permitting=f("considered.permitting_verbs"), possibility_raising=f("unrealised.possibility_raising"),
    )


def _get(raw: dict, dotted: str) -> list[str]:
    node = raw
    for part in dotted.split("."):
        node = node.get(part, []) if isinstance(node, dict) else []
    return list(node or [])


@lru_cache(maxsize=1)   # read some 800,000 times per 2,000 articles
def _words() -> lexicon.ModalityCues:
    words = lexicon.load("modality_cues")
    assert isinstance(words, lexicon.ModalityCues), "modality_cues"
    return words


def _is_not_only(neg: Token) -> bool:
    """ "not only did Russia shell Kharkiv, it also ...", "not just": a focus, not a negation."""
    nxt = word_at(neg.doc, neg.i + 1) if neg.i + 1 < len(neg.doc) else None
    return nxt is not None and nxt.lower_ in _words().focus_particles


def is_negated(tok: Token) -> bool:
    """A negation attached to the verb itself ("did not sign", "never attacked", "no longer"), or a
    negative subject that negates its clause ("no troops crossed", "neither India nor China imposed",
    "nobody fired") or a negative object ("held no protests")."""
    for c in tok.children:
        if c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in lexicon.words("modality_cues", "negating_adverbs")):
            if not _is_not_only(c):
                return True
        if c.dep_ == "det" and c.lower_ == "no":
            return True
        if c.dep_ == "preconj" and tok.pos_ in {"VERB", "AUX"} and c.lower_ in _words().negative_premodifiers \
                and not _is_not_only(c):
            return True   # "police neither arrested nor charged them" ("nor charged": _nor_conjunct)
        if c.dep_ == "advmod" and c.lower_ in _words().ceasing_adverbs and any(
                g.dep_ in {"neg", "det", "advmod"} and g.lower_ == "no" for g in c.children):
            return True   # "no longer sends aid": "no" hangs on "longer"
        if c.dep_ in SUBJECTS and tok.pos_ in {"VERB", "AUX"} and _negative_subject(c):
            return True
        if c.dep_ == "dobj" and tok.pos_ == "VERB" and _negative_subject(c) and not _no_mercy(tok, c):
            return True  # a negative object: "held no protests", "sent no troops", "arrested nobody"
    return False


def negated_by_object_only(verb: Token) -> bool:
    """(conditional34) A verb negated only by a negative object ("had no plans", "sent no troops", "arrested nobody"):
    no negation of its own, of its subject, nor "nor" before it. The "no" belongs to the object's phrase."""
    if verb.pos_ != "VERB" or _nor_conjunct(verb):
        return False
    objects = [ch for ch in verb.children if ch.dep_ == "dobj" and _negative_subject(ch) and not _no_mercy(verb, ch)]
    if not objects:
        return False
    for ch in verb.children:
        if ch.dep_ == "dobj":
            continue
        if ch.dep_ == "neg" or (ch.dep_ == "advmod" and ch.lower_ in lexicon.words("modality_cues", "negating_adverbs")) \
                or (ch.dep_ == "det" and ch.lower_ == "no") or (ch.dep_ == "preconj" and ch.lower_ in
                                                                 _words().negative_premodifiers) \
                or (ch.dep_ == "advmod" and ch.lower_ in _words().ceasing_adverbs) \
                or (ch.dep_ in SUBJECTS and _negative_subject(ch)):
            return False
    return True


def _no_mercy(verb: Token, obj: Token) -> bool:
    """(miss0314) "his forces will show no mercy", "would give no quarter": no mercy foretold is a threat, not an act
    denied (data: mercy_nouns; with a future auxiliary only: "the army showed no mercy" tells what was done)."""
    return obj.lemma_.lower() in _words().mercy_nouns and any(
        a.dep_ == "aux" and a.lower_ in _words().refusal_auxiliaries for a in verb.children)


def _negative_subject(subj: Token) -> bool:
    words = _words()
    if subj.lower_ in words.negative_pronouns:
        return True
    # "no one", "not a single soldier", "no Belarusian troops", "neither side"
    return any((c.dep_ == "det" and c.lower_ in words.negative_determiners)
               or (c.dep_ in {"neg", "advmod", "preconj"} and c.lower_ in words.negative_premodifiers and c.i < subj.i
                   and not _is_not_only(c))
               for c in subj.children)


def _nor_conjunct(conj: Token) -> bool:
    """ "has not recalled its envoy, nor has it expelled ...": a conjunct after "nor" is negated too."""
    return conj.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ in _words().negative_conjunctions and c.i < conj.i
                                       for c in conj.head.children)


def _shares_auxiliaries(conj: Token, head: Token) -> bool:
    """Does a conjoined verb fall under the auxiliaries and negation of the verb it is conjoined to?

    "did not attack the plant or shell the town": yes; "did not condemn X but urged Y", "did not sign
    and instead launched an offensive", "will not send tanks, but will train pilots": no (a contrast,
    a tense of its own, or a subject or auxiliary of its own)."""
    if conj.dep_ != "conj" or head.pos_ not in {"VERB", "AUX"}:
        return True
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "neg"} for c in conj.children):
        return False
    c = cues()
    words = _words()
    if head.dep_ == "ccomp" and head.head.lemma_.lower() in c.reporting and (
            conj.lemma_.lower() in c.requesting or conj.lemma_.lower() in words.rebutting_verbs):
        # "the rebels said they had not attacked the convoy and blamed the army": the blame is the speaker's
        # own act beside the saying (the parser hangs it on the reported verb), not part of what was denied;
        # (unreal49) so is a denial or rejection ("said it had not asked China for aid, and denied that ...")
        return False
    if _tensed_form(conj) and any(a.dep_ == "aux" and a.tag_ == "MD" for a in head.children):
        # (unreal49) a modal takes the base form: "said it would not take part in the senate and rejected the
        # constitution" (the rejection a finite verb of its own, told as done), not "would not ... or shell"
        return False
    if any(c.dep_ == "advmod" and c.lower_ in words.contrast_adverbs for c in conj.children):
        return False
    if any(c.dep_ in {"cc", "punct"} and c.lower_ in words.contrast_conjunctions and head.i < c.i < conj.i
           for c in head.children):
        return False
    # "did not sign ... and launched": after do-support the shared verb takes its base form
    if any(c.dep_ == "aux" and c.lemma_.lower() == "do" for c in head.children) and conj.tag_ != "VB":
        return False
    return True


def _elided_not(conj: Token) -> bool:
    """ "... but did not", "... but never did", "... but did not do so": a negated "do" that stands for
    the verb phrase before it."""
    return conj.dep_ == "conj" and conj.lemma_.lower() == "do" and is_negated(conj) and not any(
        c.dep_ in {"dobj", "xcomp", "ccomp", "prep"} for c in conj.children)


def elided_negation(tok: Token) -> bool:
    """ "Serbia was expected to recognise Kosovo but did not", "Russia promised to withdraw its troops but
    never did", "Israel was due to release the prisoners but did not do so": the act the elided verb phrase
    stands for did not happen (the expectation or promise did). The act's verb, or the verb or adjective
    whose infinitive it is (one or two steps up), carries the negated "do"."""
    if any(c.dep_ == "xcomp" for c in tok.children):
        return False   # "threatened to veto the sanctions but did not": the veto did not happen, the threat did
    node = tok
    for _ in range(3):
        if any(_elided_not(c) and c.i > tok.i for c in node.children):
            return True
        if node.dep_ != "xcomp" and not (node.dep_ == "acomp" and node.pos_ == "ADJ"):
            return False
        node = node.head
    return False


def is_rule_out(tok: Token) -> bool:
    return (tok.lemma_.lower() == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children)) \
        or _force_not_renounced(tok)


def _force_not_renounced(tok: Token) -> bool:
    """(refuse32) Force not renounced is not ruled out: "would never renounce the use of force", "refused to renounce
    violence" leave force open (considered, as "would not rule out force"; gold README); nothing is rejected
    (modality_cues renouncing_verbs, renounced_force_words, in the object or its of-phrase). Force renounced is a
    pledge (foedus_verbs: 0356), read as any verb."""
    words = _words()
    if tok.lemma_.lower() not in words.renouncing_verbs:
        return False
    head = tok.head
    if not is_negated(tok) and not (tok.dep_ == "xcomp" and head.i != tok.i and head.pos_ == "VERB"
                                    and head.lemma_.lower() in cues().negating and not is_negated(head)):
        return False
    force = words.renounced_force_words
    for o in tok.children:
        if o.dep_ == "dobj":
            named = [o, *of_nouns(o)]
            if any(n.lemma_.lower() in force for n in named):
                return True
    return False


def rule_out_withheld(tok: Token) -> bool:
    """A ruling out not made: negated ("did not rule out sanctions") or itself refused ("refused to rule out using
    force", "declined to rule out a strike": a verb of cue_words negating.verbs over it, not negated). What it would
    have ruled out stays open (considered)."""
    if is_negated(tok):
        return True
    head = tok.head
    return tok.dep_ == "xcomp" and head.i != tok.i and head.pos_ == "VERB" and head.lemma_.lower() in cues().negating \
        and not is_negated(head)


def passive_rule_out(tok: Token) -> bool:
    """ "X could not be ruled out", "X has been ruled out": "rule out" in the passive with its act as subject and no
    agent (with an agent, "talks were ruled out by Islamabad", the rejection is the agent's act, read as any verb)."""
    return is_rule_out(tok) and any(ch.dep_ == "auxpass" for ch in tok.children) \
        and any(ch.dep_ == "nsubjpass" for ch in tok.children) and not any(ch.dep_ == "agent" for ch in tok.children)


def _local(tok: Token, c: Cues) -> str | None:
    """Modality carried by the verb's own auxiliaries and negation."""
    aux = {ch.lower_ for ch in tok.children if ch.dep_ in {"aux", "auxpass"}}
    if is_negated(tok) or _nor_conjunct(tok):
        return NEGATED
    if tok.pos_ == "VERB" and any(ch.dep_ == "advmod" and ch.lower_ in c.near_miss_adverbs for ch in tok.children):
        return NEGATED   # "Russian troops nearly captured the town": a near miss
    if tok.pos_ in {"VERB", "AUX"} and hedged_verb(tok, c):
        return CONSIDERED   # "the missile was probably fired by the Houthis": weighed, not said
    if aux & c.considered_aux:
        return CONSIDERED
    if aux & c.intended_aux:
        return INTENDED
    if any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in tok.children) and tok.dep_ == "ROOT":
        return INTENDED  # headline style: "X to visit Y"
    return None


def hedged_verb(verb: Token, c: Cues) -> bool:
    """An adverb of likelihood on the verb itself or on its auxiliary ("was probably fired", "likely attacked",
    "will possibly veto"; data: cue_words considered.hedging_adverbs)."""
    return any((ch.dep_ == "advmod" and ch.lower_ in c.hedging_adverbs)
               or (ch.dep_ in {"aux", "auxpass"} and any(g.dep_ == "advmod" and g.lower_ in c.hedging_adverbs
                                                         for g in ch.children))
               for ch in verb.children)


def _in_case_clause(tok: Token) -> bool:
    """ "In case Russia attacks Moldova, ...": spaCy hangs "in case" on the clause's verb as a phrase
    before it (not "in case of an attack", a noun's phrase: see _has_condition)."""
    return tok.pos_ in {"VERB", "AUX"} and any(
        ch.dep_ == "prep" and ch.lower_ == "in" and ch.i < tok.i and any(
            g.dep_ == "pobj" and g.lemma_.lower() in _words().conditional_nouns and not list(g.children)
            for g in ch.children)
        for ch in tok.children)


def _condition_clause(tok: Token, c: Cues) -> bool:
    """The verb of a condition the parser does not mark (data: cue_words conditions): "provided (that) Russian
    troops leave", "on condition that the troops withdraw", "as long as the shelling stops"."""
    head = tok.head
    if head.i == tok.i:
        return False
    if tok.dep_ in {"ccomp", "advcl"} and head.lower_ in c.condition_participles and not any(
            ch.dep_ in SUBJECTS or ch.dep_ == "dobj" for ch in head.children):
        return True
    if tok.dep_ == "acl" and head.lemma_.lower() in c.condition_nouns and head.dep_ == "pobj" \
            and head.head.lower_ in c.condition_noun_preps:
        return True
    return tok.dep_ == "advcl" and head.lower_ in c.condition_adverbs and any(
        ch.dep_ == "mark" and ch.lower_ == "as" for ch in tok.children) and any(
        ch.dep_ == "advmod" and ch.lower_ in {"as", "so"} for ch in head.children) and not (
        head.dep_ in {"pcomp", "pobj"} and head.head.lower_ in c.duration_preps)   # "for as long as": a span of time


def _conditional(tok: Token, c: Cues) -> bool:
    """True when the verb sits in an if-clause, or is the consequence of one in its sentence, or is a
    counterfactual ("would have sent")."""
    for ch in tok.children:
        if ch.dep_ == "mark" and ch.lower_ in c.conditional_marks and ch.lower_ not in c.condition_temporal_marks:
            return True
    if tok.dep_ == "advcl" and _opened_by_temporal_mark(tok, c) and not told_as_past(tok.head):
        return True   # "would resume once Kyiv shows ...": not "once the troops left, militiamen looted the town"
    if pending_condition(tok):
        return True   # "aid would stay frozen until Kyiv holds elections"
    if _condition_clause(tok, c):
        return True
    if tok.dep_ == "advcl" and _in_case_clause(tok):
        return True
    if is_inverted_condition(tok) or is_counterfactual(tok) or _misparsed_inversion(tok):
        return True
    if _condition_on_reporter(tok, c):
        return True
    # the consequence: a main-clause verb with an if-clause among its dependents
    return _has_condition(tok)


def _condition_on_reporter(tok: Token, c: Cues) -> bool:
    """(session 31) "Ankara said it would join the talks, provided Moscow did the same", "Tehran said it would reply
    if Washington imposed new sanctions": a condition after the words reported that the parser hangs on the verb of
    saying. Saying is not conditional; the act told ahead in the words said (a future or modal auxiliary) waits on
    it. Only a condition after the reported verb (before it, "If Russia attacks, Kyiv said ..." keeps its reading)."""
    head = tok.head
    if tok.dep_ != "ccomp" or head.i == tok.i or head.lemma_.lower() not in c.reporting or not future_or_possible(tok):
        return False
    marks = lexicon.words("modality_cues", "consequence_marks")
    for ch in head.children:
        if ch.dep_ not in {"advcl", "prep"} or ch.i < tok.i:
            continue
        if ch.dep_ == "advcl" and (any(g.dep_ == "mark" and g.lower_ in marks for g in ch.children)
                                   or _condition_clause(ch, c)):
            return True
        # "provided (that) Russia did the same", read as a verb or preposition of its own with the clause below it
        if ch.lower_ in c.condition_participles and any(g.dep_ in {"ccomp", "advcl"} and g.pos_ in {"VERB", "AUX"}
                                                        for g in ch.children):
            return True
    return False


def pending_condition(clause: Token) -> bool:
    """An "until" clause (data: event_cues pending_marks) on a clause told ahead: the head or a clause governing it
    has a future or modal auxiliary ("aid would remain frozen until Kyiv holds elections", "there will be no talks
    until the rebels disarm") or is an intention ("vowed to keep bombing until Hamas frees the hostages"). Its act
    is the condition the head waits on, not background; told of the past ("fighting raged until the army withdrew",
    "did not leave until police arrived") it is."""
    marks = lexicon.words("event_cues", "pending_marks")
    if clause.dep_ != "advcl" or not any(ch.dep_ == "mark" and ch.lower_ in marks and ch.i == clause.left_edge.i
                                         for ch in clause.children):
        return False
    c = cues()
    node = clause.head
    for _ in range(4):
        if future_or_possible(node) or (node.i != clause.head.i and node.lemma_.lower() in c.intended_verbs):
            return True
        if node.dep_ not in {"xcomp", "ccomp", "conj"} or node.head.i == node.i:
            return False
        node = node.head
    return False


def told_as_past(verb: Token) -> bool:
    """A verb in the simple past with no auxiliary of its own: "once the troops left, militiamen looted the town"
    tells what happened, while "would resume once ..." lies ahead."""
    return verb.tag_ == "VBD" and not any(ch.dep_ in {"aux", "auxpass"} for ch in verb.children)


def _temporal_condition(clause: Token, c: Cues) -> bool:
    """ "would resume only once Kyiv shows a commitment", "will withdraw once NATO scales back its drills": a clause of
    time (cue_words conditions.temporal_marks) on a verb told ahead, with a future or possible auxiliary."""
    return clause.dep_ == "advcl" and future_or_possible(clause.head) and _opened_by_temporal_mark(clause, c)


def exchanged(tok: Token, c: Cues) -> bool:
    """ "would free the hostages in return for a ceasefire", "as the price for halting its offensive": the act asked
    for in an exchange (cue_words conditions.exchange_nouns) that lies ahead; not one told of the past."""
    if tok.dep_ not in {"pobj", "pcomp"} or tok.head.lower_ != "for":
        return False
    noun = tok.head.head
    if noun.lemma_.lower() not in c.exchange_nouns or noun.head.i == noun.i:
        return False
    verb = noun.head.head if noun.head.pos_ == "ADP" else noun.head
    return verb.pos_ in {"VERB", "AUX"} and not told_as_past(verb)


def _opened_by_temporal_mark(clause: Token, c: Cues) -> bool:
    """The clause opens with "once" (a mark, or an adverb as the parser may take it: "once Minsk frees ..."), or with
    "only once" (modality27: "would release the loan only once Cairo let the pound float": a focus particle before
    it, modality_cues focus_particles)."""
    start = clause.left_edge.i
    focused = clause.left_edge.lower_ in _words().focus_particles and clause.left_edge.i < clause.i
    if focused:
        start += 1
    if any(g.dep_ in {"mark", "advmod"} and g.lower_ in c.condition_temporal_marks and g.i == start
           for g in clause.children):
        return True
    # (modality38) "will withdraw after Hamas frees the hostages", "would free them only after the government released
    # their comrades": "after"/"when" on a verb told ahead (a future or possible auxiliary), with the clause's verb in
    # the present (or present perfect), or after "only"
    if clause.dep_ != "advcl" or clause.head.pos_ not in {"VERB", "AUX"} or not future_or_possible(clause.head):
        return False
    present = clause.tag_ in {"VBZ", "VBP"} or clause.tag_ == "VBN" and any(
        a.dep_ == "aux" and a.lower_ in {"has", "have"} for a in clause.children)
    # (unreal60) spaCy hangs "when" as an adverb of its clause, "after" as a mark: "would resume only when Kigali's troops
    # left" is the one time the act waits on (a condition); a bare "when" stays a time ("would leave the treaty when it
    # expires next month", "would restore relations when Li Peng visits": scheduled, not a condition)
    return (focused or present) and any((g.dep_ == "mark" or focused and g.dep_ == "advmod")
                                        and g.lower_ in c.condition_ahead_time_marks and g.i == start
                                        for g in clause.children)


def _conditioned_copula(adj: Token) -> bool:
    """(modality27) "Hamas said it was willing to free the hostages if Israel ended the war", "was ready to talk to
    the rebels if they laid down their arms": an adjective of readiness after a copula on which the parser hangs the
    condition; the act it is ready for waits on the condition."""
    return adj.pos_ == "ADJ" and adj.dep_ == "acomp" and adj.head.i != adj.i and \
        adj.head.lemma_.lower() == "be" and _has_condition(adj.head)


def is_inverted_condition(tok: Token) -> bool:
    """ "Should Russia attack, ...", "Had Kyiv fallen, ...", "Were Iran to close the strait, ...": a
    condition clause whose auxiliary comes before its subject."""
    if tok.dep_ != "advcl":
        return _trailing_inversion(tok)
    # the subject may be misparsed ("Should the talks collapse": "talks" a compound): the auxiliary opens the clause
    subj = [ch.i for ch in tok.children if ch.dep_ in SUBJECTS]
    words = _words()
    return any(ch.dep_ in {"aux", "auxpass"} and ch.lower_ in words.inverted_condition_auxiliaries
               and (ch.i < min(subj) if subj else ch.i == tok.left_edge.i and _opens_clause(ch)) for ch in tok.children) or (
        tok.lemma_.lower() == "be" and tok.lower_ in words.inverted_condition_auxiliaries and bool(subj)
        and tok.i < min(subj))


def _trailing_inversion(tok: Token) -> bool:
    """ "Azerbaijan would attack Armenia, should the talks collapse", "London would not rule out further measures
    should Moscow retaliate", "NATO would respond should Russia use a nuclear weapon": an inverted condition after its
    consequence, which the parser may hang as a conjunct, a complement or the root. A clause of a statement (no
    question mark) that opens with "should", "had" or "were" (modality_cues inverted_condition_auxiliaries) before
    its own subject is the condition."""
    if tok.dep_ not in {"conj", "ccomp", "parataxis", "ROOT"} or tok.pos_ not in {"VERB", "AUX"}:
        return False
    subj = [ch.i for ch in tok.children if ch.dep_ in SUBJECTS]
    if not subj:
        return False
    inverted = _words().inverted_condition_auxiliaries
    if not any(ch.dep_ in {"aux", "auxpass"} and ch.lower_ in inverted and ch.i < min(subj)
               and ch.i == tok.left_edge.i for ch in tok.children):
        return False
    return not any(t.text == "?" for t in tokens(tok.sent))   # "Should Europe fear Russia?" asks (read last: every word)


def _before_trailing_inversion(tok: Token) -> bool:
    """The consequence of a trailing inverted condition that the parser hung beside it or above it: "NATO would respond
    (ccomp) ... should Russia use (root) ...", "London would not rule out (ccomp) ... should Moscow retaliate (ccomp)"."""
    head = tok.head
    if head.i == tok.i or tok.dep_ not in {"ccomp", "conj", "parataxis"}:
        return False
    if head.i > tok.i and _trailing_inversion(head):
        return True
    return any(sib.i > tok.i and sib.dep_ == tok.dep_ and _trailing_inversion(sib) for sib in head.children)


def _opens_clause(tok: Token) -> bool:
    """The word starts its sentence or follows a comma, a dash or a conjunction ("Should the talks collapse, ...",
    "..., should the talks collapse"): not a clause whose subject the parser hung on a word before it ("seized their
    computers as votes were being counted": "were" follows its own subject, "votes")."""
    if tok.i == tok.sent.start:
        return True
    before = word_at(tok.doc, tok.i - 1)
    return before.is_punct or before.pos_ in {"CCONJ", "SCONJ"}


def _misparsed_inversion(tok: Token) -> bool:
    """ "Britain would have sent troops had Parliament approved the plan": the parser may take the inverted
    "had" for a verb of its own, with the condition's clause as its complement; after a counterfactual
    ("would have sent") that clause is the condition, which did not happen either."""
    head = tok.head
    return (tok.dep_ == "ccomp" and head.i < tok.i and head.lower_ in _words().inverted_condition_auxiliaries
            and head.dep_ in {"ccomp", "advcl"} and head.head.i != head.i and is_counterfactual(head.head)
            and not any(ch.dep_ in SUBJECTS for ch in head.children))


def _has_condition(tok: Token) -> bool:
    """A main-clause verb with a condition among its dependents: an if/unless clause, an inverted
    condition, or "in case of" / "in the event of"."""
    words = _words()
    if _before_trailing_inversion(tok) or any(ch.dep_ in {"conj", "ccomp", "parataxis"} and ch.i > tok.i
                                              and _trailing_inversion(ch) for ch in tok.children):
        return True   # "Azerbaijan would attack Armenia, should the talks collapse"
    for ch in tok.children:
        if ch.dep_ == "advcl" and _concessive(ch):
            continue   # (refuse32) "would never recognise Kosovo, even if it cost ...": no consequence of it
        if ch.dep_ == "advcl" and told_as_past(tok) and _present_clause(ch) \
                and tok.lemma_.lower() not in cues().intended_verbs \
                and not any(c.dep_ in {"xcomp", "ccomp"} for c in tok.children):
            # (pact37) "signed a pact pledging mutual military assistance if either is attacked": a past act told
            # as done is no consequence of a condition in the present; the condition is the pledge's (the parser
            # hangs the clause on the main verb). A promise or an offer (cue_words intended.verbs) keeps the condition it is
            # made on ("promised elections if ECOWAS lifts the sanctions": gold README, conditional), and so does a
            # verb with an act below it ("authorised member states to use all necessary means unless Iraq leaves")
            continue
        if ch.dep_ == "advcl" and (any(g.dep_ == "mark" and g.lower_ in lexicon.words("modality_cues", "consequence_marks")
                                       for g in ch.children) or (is_inverted_condition(ch) and not told_as_past(tok))
                                   or _in_case_clause(ch) or _temporal_condition(ch, cues())):
            # (modality27) an inverted condition ("had Russia not acted", "should talks fail") has a consequence
            # told ahead or counterfactual, never a simple past: "Putin met Khamenei in Tehran, where he told him
            # NATO would have started the war had Russia not acted first" (the parser hangs "acted" on "met")
            return True
        if ch.dep_ == "prep" and ch.lower_ == "in" and not _in_case_clause(tok) and any(
                g.dep_ == "pobj" and g.lemma_.lower() in words.conditional_nouns and _bare_condition_noun(g)
                for g in ch.children):
            return True
        if ch.dep_ in {"dobj", "nsubjpass", "nsubj"} and (_free_choice(ch) or ch.dep_ == "dobj" and _any_act(ch)) \
                and future_or_possible(tok):
            return True   # "will sink any ship that enters the zone": if a ship enters, it will be sunk
        if ch.dep_ == "prep" and ch.lower_ in _words().answering_preps and future_or_possible(tok) and any(
                g.dep_ == "pobj" and (_free_choice(g) or _any_act(g)) for g in ch.children):
            return True   # "would respond to any provocation", "will impose tariffs on any country that buys ..."
        below = list(ch.children) + [g for o in ch.children if ch.dep_ == "prep" for g in o.children]
        if ch.dep_ in {"conj", "advcl", "prep", "advmod"} and any(_condition_clause(g, cues()) for g in below):
            return True   # "will hold talks provided that ...", "on condition that ...", "as long as ..."
        if _conditioned_infinitive(tok, ch):
            return True   # "would allow inspectors to return only if the Council set a date"
        if _conditioned_conjunct(tok, ch):
            return True   # "was ready to meet Mullah Omar and give the Taliban a share of power if they disarmed"
    return False


def _present_clause(clause: Token) -> bool:
    """A clause told in the present: its verb, or an auxiliary of it, is a present-tense form ("if either is
    attacked", "if Russia attacks", "unless Kyiv has agreed")."""
    return clause.tag_ in {"VBZ", "VBP"} or any(
        a.dep_ in {"aux", "auxpass"} and a.tag_ in {"VBZ", "VBP"} for a in clause.children)


def _concessive(clause: Token) -> bool:
    """(refuse32) An if-clause opened by a concessive adverb (modality_cues concessive_adverbs) right before its mark:
    "..., even if it cost the country its path to EU membership". What it hangs on holds whatever comes."""
    adverbs = lexicon.words("modality_cues", "concessive_adverbs")
    return any(g.dep_ == "mark" and g.i > 0 and word_at(clause.doc, g.i - 1).lower_ in adverbs for g in clause.children)


def _conditioned_conjunct(verb: Token, conj: Token) -> bool:
    """(modality29) "was ready to meet Mullah Omar and give the Taliban a share of power if they laid down their
    arms", "would reopen the crossing and let in more aid if Hamas freed the hostages": a condition the parser hangs on
    the last of two conjoined verbs that share one subject and auxiliary (no subject, auxiliary or contrast of the
    second's own: _shares_auxiliaries) bounds both acts. Not a verb told of the past."""
    if conj.dep_ != "conj" or conj.i < verb.i or conj.pos_ != "VERB" or told_as_past(verb) \
            or not _shares_auxiliaries(conj, verb):
        return False
    marks = set(lexicon.words("modality_cues", "consequence_marks"))
    return any(g.dep_ == "advcl" and g.i > conj.i and any(m.dep_ == "mark" and m.lower_ in marks for m in g.children)
               for g in conj.children)


def _conditioned_infinitive(verb: Token, comp: Token) -> bool:
    """(modality29) "Iraq would allow U.N. inspectors to return only if the Council set a date for lifting
    sanctions", "would let aid convoys in only if the fighting stopped": the parser hangs the if- or unless-clause on the
    infinitive that completes a verb told ahead (a future or possible auxiliary); the condition bounds the act the verb
    names (the allowing), not only the infinitive's. Not a verb told of the past ("allowed the convoys to pass if ...")."""
    if comp.dep_ not in {"ccomp", "xcomp"} or comp.i < verb.i or not _infinitive(comp) or not future_or_possible(verb):
        return False
    marks = set(lexicon.words("modality_cues", "consequence_marks"))
    return any(g.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in g.children)
               for g in comp.children)


def _bare_condition_noun(noun: Token) -> bool:
    """(modality27) "in case of an attack", "in the event of war": the noun of a condition stands bare or after
    "the"; "in a case brought by the government", "in a court case", "in his case" name a case, not a condition."""
    return not any(g.dep_ in {"det", "poss", "amod", "compound", "nummod"} and g.lower_ != "the"
                   for g in noun.children)


def is_ultimatum_clause(clause: Token) -> bool:
    """A condition only its subject's change of course can avert: "unless Europe shields it" (modality_cues
    ultimatum_marks), an if-clause negated ("if Zagreb does not apologise") or one that goes on with what its subject
    does ("if the North keeps sending balloons", "if Nicaragua continues to arm the guerrillas"; cue_words
    conditions.persisting_verbs)."""
    if clause.dep_ != "advcl":
        return False
    marks = {g.lower_ for g in clause.children if g.dep_ == "mark"}
    if marks & set(_words().ultimatum_marks):
        return True
    if not marks & set(_words().consequence_marks):
        return False
    lemma = clause.lemma_.lower()
    phrases = {lemma} | {f"{lemma} {g.lower_}" for g in clause.children if g.dep_ in {"prt", "advmod"}}
    return is_negated(clause) or bool(phrases & cues().persisting_verbs) and any(
        g.dep_ in {"xcomp", "ccomp"} and g.pos_ == "VERB" for g in clause.children)


def _free_choice(noun: Token) -> bool:
    """ "any ship that enters", "every convoy that crosses", "would expel any that tried": a noun, or the
    determiner alone, with a condition in its relative clause (not in a participle: "would veto any new resolution
    authorising war" is aimed at any text to come, intended)."""
    free = noun.lower_ in _words().free_choice_determiners or any(
        g.dep_ == "det" and g.lower_ in _words().free_choice_determiners for g in noun.children)
    return free and any(g.dep_ == "relcl" for g in noun.children)


def conditioned_relative(rel: Token) -> bool:
    """(unreal48) The act of a relative clause that names who a lenience or a sanction told ahead is for: "offered an
    amnesty to rebels who laid down their arms", "fighters who handed in their weapons would be pardoned", "anyone who
    attacked police would be prosecuted": the act is the condition (gold README: a conditional offer codes the promise
    and its condition conditional). The doers are unknown ones (modality_cues generic_doers) or a bare plural offered
    a lenience (lenience_words); not a passive or perfect clause ("prisoners who were jailed", "officers who had
    taken part": known people's past), nor a lenience granted in the past ("granted an amnesty to soldiers who ...")."""
    if rel.dep_ != "relcl" or rel.pos_ not in {"VERB", "AUX"} or any(
            ch.dep_ in {"auxpass", "nsubjpass"} or (ch.dep_ == "aux" and ch.lower_ in {"had", "has", "have"})
            for ch in rel.children):
        return False
    words = _words()
    noun = rel.head
    generic = noun.lower_ in words.generic_doers
    plural = noun.tag_ == "NNS" or noun.lower_.endswith("men")   # spaCy tags "militiamen" NN
    if not generic and (not plural or any(g.dep_ in {"det", "poss", "nummod", "amod"} for g in noun.children)):
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ in {"to", "for"}:
        gov = noun.head.head
        offer = gov if gov.pos_ in {"VERB", "AUX"} else gov.head
        lenient = gov.lemma_.lower() in words.lenience_words or any(
            ch.dep_ == "dobj" and ch.lemma_.lower() in words.lenience_words for ch in gov.children)
        return lenient and offer.pos_ in {"VERB", "AUX"} and (
            offer.lemma_.lower() in cues().intended_verbs or future_or_possible(offer))
    if noun.dep_ in {"nsubj", "nsubjpass", "dobj"} and future_or_possible(noun.head):
        return generic or noun.head.lemma_.lower() in words.lenience_words
    return False


def free_choice_condition(tok: Token) -> bool:
    """(unreal53) An act named inside a noun phrase opened by a free-choice determiner (modality_cues
    free_choice_determiners: "any", "every") is one that may or may not come, and what is said of it holds only if it
    does: the subject of a verb told ahead ("any strike across the Line of Control would be answered", "any U.S. move
    to impose sanctions would be regarded as a declaration of war", "any attempt to inspect the site would be met with
    force"), the object of one after to/against/on ("would respond to any attack on its ships"), or a relative clause
    on its object ("police would remove any protesters who blocked roads"). The act is the condition (gold README:
    the condition coded as the act, conditional). Not a participle on an object ("would veto any resolution
    authorising war": the text to come is aimed at, intended), nor a verb told of the past ("regarded any sanctions
    as a declaration of war"), nor one negated ("would not take part in any military action")."""
    free = set(_words().free_choice_determiners)
    node = tok
    relative = False
    for _ in range(5):
        # (unreal54) also a noun the parser reads as a verb with the words before it as its subject: "any U.S. move
        # to impose sanctions would be regarded as ..." (any/det<-U.S./nsubj<-move/VERB/nsubjpass)
        misread = node.pos_ == "VERB" and node.dep_ in {"nsubj", "nsubjpass"} and any(
            g.dep_ == "nsubj" and g.i == node.i - 1 and any(d.dep_ == "det" and d.lower_ in free for d in g.children)
            for g in node.children)
        if (node.pos_ in {"NOUN", "PROPN"} and any(g.dep_ == "det" and g.lower_ in free for g in node.children)) \
                or misread:
            head = node.head
            if head.i == node.i:
                return False
            if node.dep_ == "pobj" and head.pos_ == "ADP" and head.lower_ in _words().answering_preps:
                head = head.head
            elif node.dep_ == "dobj" and relative:
                pass
            elif node.dep_ not in {"nsubj", "nsubjpass"}:
                return False
            return head.pos_ in {"VERB", "AUX"} and future_or_possible(head) and not is_negated(head)
        if node.dep_ not in {"relcl", "acl", "xcomp", "prep", "pobj", "compound"} and not (
                node.dep_ == "advcl" and _infinitive(node)) or node.head.i == node.i:
            return False
        if node.dep_ == "acl" and node.tag_ == "VBG":
            return False
        relative = relative or node.dep_ == "relcl"
        node = node.head
    return False


def _any_act(noun: Token) -> bool:
    """ "any provocation", "any violation", "any attack" (data: modality_cues answered_acts): an act of another
    that may or may not come, answered only if it does: "would respond to any provocation"."""
    return any(g.dep_ == "det" and g.lower_ in _words().free_choice_determiners for g in noun.children) and \
        noun.lemma_.lower() in _words().answered_acts


def future_or_possible(tok: Token) -> bool:
    c = cues()
    return any(ch.dep_ in {"aux", "auxpass"} and ch.lower_ in c.intended_aux | c.considered_aux for ch in tok.children)


def foreseen_by_another(tok: Token) -> bool:
    """ "Azerbaijan could seize more land if the talks collapse, analysts warned": a possibility (could, may,
    might) that someone other than the act's subject warns of or fears is no threat that subject made (unlike
    "Egypt warned that it could suspend the treaty"; data: modality_cues predicting_requests)."""
    c = cues()
    if tok.dep_ not in {"ccomp", "parataxis"} or not any(
            a.dep_ == "aux" and a.lower_ in c.considered_aux for a in tok.children):
        return False
    head = tok.head
    if head.pos_ != "VERB" or head.lemma_.lower() not in _words().predicting_requests:
        return False   # "may halt its mediation if ..., the minister said": said for it, a threat it makes
    said_by = [s for s in head.children if s.dep_ in SUBJECTS]
    doer = [s for s in tok.children if s.dep_ in SUBJECTS]
    if not said_by or not doer or doer[0].pos_ == "PRON":
        return False
    return said_by[0].lemma_.lower() != doer[0].lemma_.lower()


def is_counterfactual(tok: Token) -> bool:
    """ "would have marched on Moldova", "could have stopped the attack": an act that did not happen."""
    aux = [ch for ch in tok.children if ch.dep_ in {"aux", "auxpass"}]
    return (any(a.lower_ in _words().counterfactual_modals for a in aux)
            and any(a.lower_ == "have" for a in aux) and tok.tag_ == "VBN")


def polar_question(tok: Token) -> bool:
    """ "Did Ukraine blow up the pipelines?", "Will China invade Taiwan?": a yes/no question asks
    whether the act happened; it does not say so. (A wh-question, "Who attacked the convoy?", takes
    the act as given; a question reported in a sentence of its own, "asked whether Israel would strike",
    ends with no question mark and is not one.) The coder reads the act as weighed (:func:`of`) and then
    drops it: a question asserts nothing, and only what the rest of the text asserts is coded (gold
    README, "Rumours and questions")."""
    sent = tok.sent
    if word_at(sent.doc, sent.end - 1).text != "?":   # first: the walk below is asked for each act of the sentence
        return False
    first = next((t for t in tokens(sent) if not t.is_punct and t.lower_ not in {'"', "'"}), None)
    if first is None or first.pos_ != "AUX":
        return False
    main = first.head if first.dep_ in {"aux", "auxpass"} else first
    if any(ch.dep_ in SUBJECTS and ch.i < first.i for ch in main.children):
        return False
    node = tok   # the act is the question's main verb, or depends on it without a clause of its own
    for _ in range(6):
        if node.i == main.i:
            return True
        if node.head.i == node.i or (node.dep_ in FINITE_CLAUSES and not (node.dep_ == "advcl" and is_purpose(node))):
            return False   # (doubts37) the purpose of the act asked about is asked too: "Will Ankara invade Iraq to destroy ..."
        node = node.head
    return False


def _prevented(prep: Token, head: Token) -> bool:
    """ "from" under a preventing verb ("blocked X from sending"), or "of"/"to" under a near-miss
    word ("stopped short of imposing", "came close to signing"); words in data/lexicon/modality_cues.yaml."""
    words = _words()
    lemma = head.lemma_.lower()
    if prep.lower_ == "from" and lemma in words.preventing_verbs and head.pos_ == "VERB":
        return True
    return prep.lower_ in lexicon.words("modality_cues", "near_miss_preps") and lemma in words.near_miss_words and head.pos_ in {"ADJ", "ADV"}


def near_miss_verb(verb: Token) -> bool:
    """ "came close to striking", "stopped short of recognising": the verb of a near miss is no act of its own;
    the act after "of"/"to" is (negated, through :func:`_prevented`)."""
    return verb.pos_ == "VERB" and any(
        c.dep_ in {"advmod", "acomp", "prt", "oprd"} and c.lemma_.lower() in _words().near_miss_words
        and c.tag_ not in {"JJR", "RBR"} and any(   # "moved troops closer to the border" is a move
            p.dep_ == "prep" and _prevented(p, c) and any(g.dep_ == "pcomp" and g.pos_ == "VERB" for g in p.children)
            for p in c.children)
        for c in verb.children)


def _weighed_by(tok: Token, c: Cues) -> Token | None:
    """The considering verb ("consider", "weigh") that ``tok`` is the complement of, within a few
    steps up its clause chain, if any, negated or not."""
    node = tok
    for _ in range(3):
        if node.dep_ not in {"xcomp", "ccomp", "pcomp", "advcl", "dobj", "pobj", "prep"} or node.head.i == node.i:
            return None
        head = node.head
        if head.lemma_.lower() in c.considered_verbs and head.pos_ in {"VERB", "AUX"}:
            return head
        node = head
    return None


def is_consequence(tok: Token) -> bool:
    """The main clause of a conditional ("..., the other will deploy ...", "would strike in case of
    an attack"), not its if-clause; a past counterfactual ("would have marched") threatens nothing."""
    return _has_condition(tok) and not is_counterfactual(tok)


def _rather_than(head: Token, conj: Token, c: Cues) -> Token | None:
    """A coordinator "than" (data: alternatives.preps) between ``head`` and its conjunct ``conj``, after "rather"
    (alternatives.adverbs): "abstained rather than vetoed", "sanctions rather than force"."""
    doc = head.doc
    for ch in head.children:
        if ch.dep_ in {"cc", "prep"} and ch.lower_ in c.alternative_preps and head.i < ch.i < conj.i:
            if any(a.dep_ == "advmod" and a.lower_ in c.alternative_adverbs for a in ch.children) or (
                    ch.i > 0 and word_at(doc, ch.i - 1).lower_ in c.alternative_adverbs):
                return ch
    return None


def _preferred_over(node: Token, head: Token, c: Cues) -> bool:
    """``node`` is the act "would rather X than" sets aside: the object of "than" (alternatives.preps) or a clause it
    marks, after "rather" (alternatives.adverbs) on the chosen verb ``X``: "would rather die than surrender"."""
    than: Token | None
    if node.dep_ in {"pobj", "pcomp"} and head.lower_ in c.alternative_preps:
        than, chosen = head, head.head
    elif node.dep_ == "advcl":
        than = next((m for m in node.children if m.dep_ == "mark" and m.lower_ in c.alternative_preps), None)
        chosen = head
    else:
        return False
    if than is None or chosen.i >= than.i:
        return False
    return chosen.lower_ in c.alternative_adverbs or any(
        a.dep_ == "advmod" and a.lower_ in c.alternative_adverbs and a.i < than.i for a in chosen.children)


def _investigated(claim: Token) -> bool:
    """The claim noun is what is investigated: the object of an investigating verb ("investigate reports that"),
    or after "into", "of", "on" a word of investigating ("an inquiry into allegations", "looking into claims")."""
    words = _words()
    gov = claim.head
    if claim.dep_ == "pobj" and gov.pos_ == "ADP" and gov.lower_ in {"into", "of", "on"}:
        gov = gov.head
    elif claim.dep_ != "dobj":
        return False
    if gov.i == claim.i:
        return False
    if gov.lemma_.lower() == "look":
        return claim.head.lower_ == "into"   # "looking into claims" ("looked at reports" is read elsewhere)
    # "opened an inquiry into allegations": the parser hangs "into" on the verb whose object is the inquiry
    return gov.lemma_.lower() in words.investigating_words or (claim.dep_ == "pobj" and any(
        ch.dep_ == "dobj" and ch.lemma_.lower() in words.investigating_words for ch in gov.children))


def _weighed_plan(noun: Token, c: Cues) -> bool:
    """An intention noun that is the object of a weighing verb (cue_words considered.verbs): "Pyongyang is examining a
    plan to strike Guam", "the cabinet is considering a plan to deploy troops" (the plan is weighed, not adopted)."""
    return noun.pos_ == "NOUN" and noun.dep_ in {"dobj", "nsubjpass"} and noun.head.pos_ == "VERB" \
        and noun.head.lemma_.lower() in c.considered_verbs


def of(tok: Token) -> tuple[str, Token | None]:
    """Return (modality, governing cue token or None) for the event verb or noun ``tok``.

    Walks up the heads: the nearest cue decides. "did not rule out supplying" -> considered;
    "denied sending" -> negated; "is considering supplying" -> considered; "will send" -> intended;
    "if either is invaded, the other will deploy" -> conditional.
    """
    c = cues()
    words = _words()
    if tok.dep_ in {"relcl", "acl"} and tok.head.dep_ == "attr" and tok.head.head.pos_ in {"VERB", "AUX"} and \
            record_infinitive(tok):
        return of(tok.head.head)   # (miss0304) "would be the first EU state to recognise it": as the copula tells
    beside = past_beside_future(tok)
    if beside is not None:
        return of(beside)   # (unreal53) "said it would hand over documents only if ..., and denied that it spied"
    coming = coming_about(tok)
    if coming is not None:
        return of(coming)   # "the offensive has yet to begin": read through "begin", not "has"
    if thwarted_plan(tok):
        return NEGATED, tok   # (modality32) "had planned to attack the convoy, but the plot was foiled": no threat made
    denier = _denier_of_participle(tok)
    if denier is not None:
        return of(denier)   # (modality32) "denied that its jets struck the hospital, blaming a stray rocket": made
    if _failed_prospect(tok, c):
        return NEGATED, tok if tok.pos_ in {"VERB", "AUX"} else tok.head   # "the planned prisoner exchange collapsed"
    if tok.pos_ == "VERB" and any(ch.dep_ == "mark" and ch.lower_ in c.alternative_preps for ch in tok.children) \
            and any(ch.dep_ == "advmod" and ch.lower_ in c.alternative_adverbs for ch in tok.children):
        return NEGATED, None   # "rather than expel the envoy, Lithuania summoned him"
    if passive_rule_out(tok):
        # "the deployment of Western troops could not be ruled out": left open (considered); "a ground offensive has
        # been ruled out": not to take place (negated). Read for the act its subject names.
        return (CONSIDERED if rule_out_withheld(tok) else NEGATED), tok
    own = _local(tok, c)
    if own is None and raises_possibility(tok, c):
        return CONSIDERED, tok   # "Kenya held out the prospect of talks with Somalia": weighed, not held
    if own is None and tok.pos_ == "VERB" and tok.lemma_.lower() != "do" and elided_negation(tok):
        own = NEGATED   # "was expected to recognise Kosovo but did not"
    if polar_question(tok):
        return CONSIDERED, None   # "Did Ukraine blow up the pipelines?": asked, not said
    if exchanged(tok, c):
        return CONDITIONAL, None   # "would free the hostages in return for a ceasefire"
    if own is None and free_choice_condition(tok):
        return CONDITIONAL, None   # (unreal53) "any strike across the Line of Control would be answered"
    if own == NEGATED and refused_unless(tok):
        return NEGATED, None   # (modality28) "would not resume talks unless Quito withdrew": a refusal stated now
    if _conditional(tok, c):
        weigh_marks = set(_words().weighing_marks)
        own_if = any(ch.dep_ == "mark" and ch.lower_ in c.conditional_marks and ch.lower_ not in weigh_marks
                     for ch in tok.children)   # the if-clause itself stays the condition
        weigher = None if own_if else _weighed_by(tok, c)
        if weigher is None and any(ch.dep_ == "mark" and ch.lower_ in weigh_marks for ch in tok.children):
            # "has not yet decided whether to deliver", "it is unclear whether Moscow will attack": an
            # open question, weighed, not a condition
            return CONSIDERED, tok.head
        if weigher is not None:
            # "is considering sending arms if Russia helps", "weighing whether to launch": the act
            # is weighed first; its condition is part of what is weighed ("is not discussing
            # whether to expel": what is not even weighed did not happen)
            return (NEGATED if is_negated(weigher) else CONSIDERED), weigher
        return CONDITIONAL, None
    if own == NEGATED:
        return NEGATED, None
    if own is None and scheduled(tok):
        return INTENDED, tok   # "talks between Armenia and Azerbaijan are scheduled for Thursday"
    if own is None and _time_ahead_clause(tok, c):
        # (unreal60) "would ask Chou En-lai to stop the broadcasts when he visits China later this year": the visit is the
        # time set for an act told ahead, itself ahead with it (the head's "would": intended; "could": considered)
        ahead = _told_ahead_above(tok)
        return (_local(ahead, c) or INTENDED) if ahead is not None else INTENDED, ahead
    if own is None and (weighed_predicate(tok, c) or (
            tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and weighed_predicate(tok.head, c))):
        return CONSIDERED, tok   # "the deployment of French troops remains a possibility"
    denier = None if _speaker_act(tok, c) else _denied_by_relative(tok, narrated=not _reported(tok, c))
    if denier is not None:
        return NEGATED, denier
    intention = c.intended_verbs | frozenset(words.intention_nouns) | frozenset(words.scheduling_words)
    node = tok
    depth = 0
    while node.dep_ in _COMPLEMENT_DEPS and node.head.i != node.i and depth < 6:
        if node.pos_ in {"VERB", "AUX"} and disclaimed(node):
            return NEGATED, node.head   # "claims that Rwandan troops attacked Goma are baseless"
        head = node.head
        depth += 1
        lemma = head.lemma_.lower()
        if node.dep_ in {"acl", "ccomp"} and head.pos_ == "NOUN" and lemma in words.claim_nouns \
                and head.dep_ == "pobj" and head.head.head.lemma_.lower() in lexicon.words("event_cues",
                                                                                          "withheld_comment_verbs"):
            break   # (round46) "declined to comment on reports that Angolan troops had crossed": the act as reported
        if node.dep_ in {"xcomp", "dobj"} and node.pos_ == "VERB" and delay_withheld(head) is not None:
            return delay_withheld(head) or INTENDED, head   # (modality32) "would not delay withdrawing its troops"
        if called_off_act(node, head):
            return NEGATED, head   # (unreal54) "postponed signing the trade deal", "put off receiving the credentials"
        if node.dep_ == "advcl" and _finite(node) and any(
                ch.dep_ == "mark" and ch.lower_ in words.factual_clause_marks for ch in node.children):
            break   # "is reviewing arms supplies after North Korean troops entered the war": a fact of its own
        if node.dep_ == "pcomp" and head.pos_ == "ADP" and head.lower_ in words.foiling_means_preps \
                and not any(ch.dep_ in SUBJECTS for ch in node.children):
            foiler = _foiler_of(head.head, c)
            if foiler is not None:
                # (unreal51) "foiled a plan to attack a procession by arresting three men", "after arresting two
                # militants": the parser hangs the foiler's means on the plan's infinitive; it is told with the foiling
                return of(foiler)
        if node.dep_ == "pcomp" and head.pos_ == "ADP" and head.lower_ in words.factual_clause_marks \
                and head.head.pos_ in {"VERB", "AUX"}:
            # a gerund after "after", "since", "while": told with its governing verb's tense, not its negation
            gov = head.head
            if _indicative(gov):
                break   # "Tehran did not seek escalation after firing missiles": a fact
            gov_aux = {a.lower_ for a in gov.children if a.dep_ in {"aux", "auxpass"}}
            if gov_aux & c.considered_aux:
                return CONSIDERED, gov   # "could strike Iran after receiving approval"
            if gov_aux & c.intended_aux:
                return INTENDED, gov     # "would not recognise Kosovo even after joining the EU": ahead
        if _equated_negated(node, head):
            return NEGATED, head   # "insisted the deal did not amount to recognising Israel"
        if negated_purpose(node, head):
            return NEGATED, head   # (modality33) "would not send troops to join the coalition": no joining
        if node.dep_ == "ccomp" and head.pos_ == "VERB" and lemma in c.doubting and not is_negated(head):
            return CONSIDERED, head   # "analysts doubt that China will invade Taiwan"
        if node.dep_ in {"ccomp", "dobj"} and head.pos_ == "VERB" and lemma in words.confirming_verbs and (
                is_negated(head) or _nor_conjunct(head)) and not (
                node.dep_ == "ccomp" and node.i < head.i and _fronted_clause_apart(node, head)):
            # (not "Israel carried out strikes on Beirut; Hezbollah did not confirm Nasrallah's fate": a clause apart)
            return CONSIDERED, head   # "did not confirm reports that troops had been sent": left open
        if node.pos_ == "NOUN" and node.lemma_.lower() in words.claim_nouns and _investigated(node):
            return CONSIDERED, node   # "will investigate reports that army drones struck a market": still open
        if node.dep_ in {"acl", "ccomp"} and head.pos_ == "NOUN" and head.lemma_.lower() in words.claim_nouns and any(
                ch.dep_ == "amod" and ch.lower_ in words.unconfirmed_marks for ch in head.children):
            return CONSIDERED, head   # (modality42) "unconfirmed reports that Wagner units had withdrawn": open
        if node.dep_ in {"xcomp", "prep"} and head.pos_ == "ADJ" and lemma in c.able | c.unable:
            return _ability(head, c)
        if node.dep_ == "relcl" and conditioned_relative(node):
            return CONDITIONAL, head   # (unreal48) "offered an amnesty to rebels who laid down their arms"
        if (node.dep_ == "relcl" and _finite(node) or node.dep_ == "acl" and node.tag_ == "VBD"
                and not any(ch.dep_ == "mark" for ch in node.children)) \
                and node.pos_ in {"VERB", "AUX"} and head.pos_ in {"NOUN", "PROPN"} \
                and not is_intention_noun(head) and head.lemma_.lower() not in words.claim_nouns:
            # "abandoned posts in Karabakh, which were taken over by Azerbaijani troops": a relative tells a fact;
            # (modality28) also one the parser hangs as a clause on a noun in the past tense ("to examine the site of
            # a factory American jets bombed last year"; not a content clause with its "that": "no evidence that ships
            # fired")
            break
        if (node.dep_ == "xcomp" or (node.dep_ == "advcl" and _infinitive(node))) and lemma in words.deciding_verbs \
                and head.pos_ == "VERB":
            if is_negated(head):
                return NEGATED, head
            break   # "the Assembly voted to demand a withdrawal": the vote makes the demand
        if node.dep_ == "prep" and lemma in words.deciding_verbs and head.pos_ == "VERB" and \
                node.lower_ in c.voting_for | c.voting_against:
            # "Serbia voted for a resolution condemning the invasion": the vote makes the condemnation; "voted
            # against a resolution demanding ...", "did not vote for ...": not made
            if (node.lower_ in c.voting_against) != is_negated(head):
                return NEGATED, head
            break
        weighed_or_undone = _unrealised_by(node, head, c)
        if weighed_or_undone is not None:
            return weighed_or_undone
        plan = _plan_before(node, head)
        if plan is not None and _dropped(plan, c):
            # "foiled a plot to assassinate the president" (the parser hangs the infinitive on the verb)
            return (INTENDED if is_negated(head) else NEGATED), head
        if node.dep_ == "pcomp" and head.pos_ == "ADP" and head.lower_ in c.contrary_preps and (any(
                ch.dep_ == "advmod" and ch.lower_ in c.contrary_adverbs for ch in head.children)
                or head.head.lower_ in c.contrary_adverbs):
            return NEGATED, head   # "far from withdrawing, the troops reinforced their positions"
        if node.dep_ == "pcomp" and head.pos_ == "ADP" and head.lower_ in c.alternative_preps and any(
                ch.dep_ == "advmod" and ch.lower_ in c.alternative_adverbs for ch in head.children):
            return NEGATED, head   # "instead of expelling the envoy", "rather than sanctioning Moscow"
        if _preferred_over(node, head, c):
            # "his men would rather die than surrender", "would rather quit the bloc than accept sanctions": the act
            # after "than" is the one refused
            return NEGATED, head
        than = _rather_than(head, node, c) if node.dep_ == "conj" else None
        if than is not None:
            # "Orban left the room rather than wield his veto", "would answer with sanctions rather than force":
            # the conjunct after "rather than" is the act set aside (the parser makes "than" a coordinator)
            return NEGATED, than
        if node.dep_ in {"pobj", "pcomp"} and head.pos_ == "ADP" and head.lower_ in words.negating_prepositions:
            # "marched without clashing with the police", "ended without an agreement"
            return (ASSERTED if is_negated(head.head) else NEGATED), head
        if (node.dep_ in {"prep", "dobj"} and tok.pos_ == "NOUN" and lemma == "agree"
                and tok.lemma_.lower() in words.agreement_acts):
            # "agreed to a truce", "agreed on a ceasefire": the agreement declares it, so the
            # agreeing verb passes on only its own modality ("would agree to a truce")
            agreed = _local(head, c)
            if agreed is not None:
                return agreed, head
            node = head
            continue
        if node.dep_ == "conj" and head.pos_ in {"VERB", "AUX"} and _past_clause_of_its_own(node) \
                and not any(ch.dep_ == "mark" for ch in head.children) and _has_condition(head):
            # (unreal51) "said Rainsy would be arrested if he tried to cross the border, and police detained 40 of his
            # supporters", "ruled out talks unless they renounced violence, and police placed two leaders under house
            # arrest": a past act with a subject of its own, conjoined to a consequence, is no part of it (told as done)
            break
        if active_beside_passive(node):
            # (unreal52) "said Chavez's cancer could have been induced by enemies and expelled two U.S. attaches",
            # "vowed to continue the war until Saddam Hussein was removed from power and rejected a U.N. call": a past
            # verb with an object cannot share a passive's auxiliaries; it is told of the clause above the passive
            anc = _indicative_clause_above(head)
            if anc is not None:
                return of(anc)
        if _conditional(head, c) or _conditioned_copula(head):
            return CONDITIONAL, head
        if node.dep_ == "ccomp" and node.i < head.i and _fronted_clause_apart(node, head):
            break   # "Canada expelled six diplomats ...; New Delhi rejected the allegations": a clause of its own
        if node.dep_ == "conj" and head.pos_ in {"VERB", "AUX"} and _speaker_act_beside(node, head, c):
            break   # "denied that they shot down the airliner, and blamed Kyiv's air force": the blame is made
        if tensed_beside_infinitive(node):
            # (unreal49) a tensed verb cannot share a to-infinitive: "said they had foiled a plan to assassinate the
            # president and arrested four suspects" is told of the tensed verb the infinitive hangs under ("foiled"),
            # not of the plan (the parser hangs "arrested" on "assassinate")
            anc = head
            for _ in range(6):
                if _finite(anc) and anc.pos_ in {"VERB", "AUX"} or anc.head.i == anc.i:
                    break
                anc = anc.head
            if anc.i != head.i and anc.pos_ in {"VERB", "AUX"} and _finite(anc):
                return of(anc)
        if node.dep_ == "conj" and head.pos_ in {"VERB", "AUX"}:
            # a conjoined act is its head's sibling, not its complement: only the auxiliaries and
            # negation it shares pass on ("did not attack the plant or shell the town"); the head's
            # own cue word does not ("is reviewing arms supplies, and North Korean troops entered")
            head_local = _local(head, c) if _shares_auxiliaries(node, head) else None
            if head_local == NEGATED and negated_by_object_only(head):
                # (conditional34) "said Russia had no plans to annex Crimea and denied that its troops were there":
                # a negative object ("no plans", "sent no troops") negates that object, not a verb conjoined to its verb
                aux = {ch.lower_ for ch in head.children if ch.dep_ in {"aux", "auxpass"}}
                head_local = CONSIDERED if aux & c.considered_aux else INTENDED if aux & c.intended_aux else None
            if head_local is not None:
                return head_local, head
            node = head
            continue
        if is_rule_out(head):
            return (CONSIDERED if rule_out_withheld(head) else NEGATED), head
        if node.dep_ == "xcomp" and head.lemma_.lower() in {"have", "be"} and any(
                ch.dep_ == "advmod" and ch.lower_ in words.not_yet_adverbs for ch in head.children):
            return (ASSERTED if is_negated(head) else NEGATED), head   # "has yet to approve sanctions"
        if node.dep_ in {"prep", "xcomp", "pcomp", "advcl"} and head.pos_ == "VERB" and any(
                ch.dep_ in {"prt", "advmod"} and f"{lemma} {ch.lower_}" in words.deferring_phrasal_verbs
                for ch in head.children):
            return NEGATED, head   # "held off on sending troops", "held back from supplying": put off, not done
        if node.dep_ == "prep" and head.dep_ in {"advmod", "prt", "prep"} and head.head.pos_ == "VERB" and \
                f"{head.head.lemma_.lower()} {head.lower_}" in words.deferring_phrasal_verbs:
            # "has held back from supplying shells": the parser hangs "from" on the particle (or "of" on the "out"
            # it reads as a preposition: "backed out of signing the deal")
            return (ASSERTED if is_negated(head.head) else NEGATED), head.head
        if node.dep_ == "prep" and node.lower_ in words.pondering_preps and lemma in words.pondering_verbs \
                and head.pos_ == "VERB":
            return (NEGATED if is_negated(head) else CONSIDERED), head   # "is thinking about sending troops"
        if node.dep_ == "prep" and _prevented(node, head):
            # "blocked the EU from sending aid", "stopped short of imposing sanctions",
            # "came close to signing": the act did not take place; "did not prevent", "failed to stop X from
            # testing": it did
            failed = head.dep_ == "xcomp" and head.head.lemma_.lower() == "fail" and not is_negated(head.head)
            return (ASSERTED if is_negated(head) or failed else NEGATED), head
        if node.dep_ in {"xcomp", "prep"} and lemma in words.reluctance_verbs and head.pos_ == "VERB":
            if not is_negated(head):
                return NEGATED, head   # "hesitated to send tanks": held back
            # "will not hesitate to use force": the act is stated all the more, with the head's tense
            aux = {ch.lower_ for ch in head.children if ch.dep_ in {"aux", "auxpass"}}
            return (CONSIDERED if aux & c.considered_aux else INTENDED if aux & c.intended_aux else ASSERTED), head
        if node.dep_ in {"xcomp", "prep"} and head.pos_ == "ADJ" and lemma in c.reluctant_adj:
            return _reluctance(head, c)   # "Germany is reluctant to send Taurus missiles": held back
        if node.dep_ == "acl" and _infinitive(node) and head.pos_ == "NOUN" and lemma in c.refusal_nouns:
            return NEGATED, head   # "Hungary's refusal to send weapons", "the UN's failure to stop the massacre"
        if node.dep_ in {"ccomp", "xcomp"} and node.tag_ == "VB" and head.pos_ == "VERB" and lemma in c.permitting \
                and not is_negated(head) and future_or_possible(head):
            return CONSIDERED, head   # "a bill that would allow the government to blacklist NGOs": weighed
        if head.pos_ == "VERB" and lemma in words.participation_verbs and node.dep_ == "prep" \
                and node.lower_ == "in" and node.i > head.i:
            # (mine47) "Mexico would not join other governments in recognising Guaido": the joiner's part in the act has
            # the joining verb's modality, its negation included (a joined act named by a noun, "did not join the
            # offensive", is negated already as the object of a negated verb)
            joined = _local(head, c)
            if joined is not None:
                return joined, head
            node = head
            continue
        if _achieved_through(node, head):
            # "went on to kill", "managed to arrest", "succeeded in freeing": the act was carried out, with the
            # carrying verb's own modality ("did not manage to", "will go on to")
            head_local = _local(head, c)
            if head_local is not None:
                return head_local, head
            node = head
            continue
        if head.pos_ in {"VERB", "AUX", "ADJ", "NOUN"}:
            if lemma in c.negating and node.i == tok.i and tok.i < head.i and _speaker_act(tok, c) \
                    and not _same_subject(tok, head):
                break   # "Uganda accused Rwanda of backing the rebels, an allegation Kigali rejected": Kigali
                # rejects what it is accused of, not the accusation (which Uganda made)
            if lemma in c.negating and node.dep_ == "prep" and any(
                    g.dep_ in {"pcomp", "pobj"} and g.pos_ in {"VERB", "AUX"} and _finite(g)
                    and any(s.dep_ in SUBJECTS for s in g.children) for g in node.children):
                # (conditional34) "ordered Israel to halt its offensive in Rafah, in a ruling Israeli officials
                # rejected": a tensed clause with a subject of its own under a phrase of the negating verb is a
                # predication of its own, not the act halted, denied or refused ("abstained from condemning": no subject)
                break
            if lemma in c.negating and node.dep_ in {"xcomp", "ccomp", "pcomp", "dobj", "prep", "pobj"}:
                # "neither confirmed nor denied that its drones struck": a denial not made leaves the act open
                return (CONSIDERED if is_negated(head) or _nor_conjunct(head) else NEGATED), head
            if lemma in c.considered_verbs or lemma in c.considered_adj:
                # "is not considering sending": what is not even considered did not happen
                return (NEGATED if is_negated(head) or _denied(head) else CONSIDERED), head
            if lemma in _words().others_expectation_verbs and head.pos_ == "VERB" and node.dep_ in {"xcomp", "advcl"} \
                    and _infinitive(node) and any(ch.dep_ == "auxpass" for ch in head.children) \
                    and node.lemma_.lower() not in c.coming_about:   # "talks are expected to begin": a schedule
                # (modality38) "are expected to sign a ceasefire next week": others foresee it, the doer states no intent
                return (NEGATED if is_negated(head) else CONSIDERED), head
            if lemma in intention and (node.dep_ in {"xcomp", "ccomp", "pcomp", "prep", "pobj", "dobj", "acl"}
                                       or _infinitive_of_intention(node, head, c)):
                # "plans to send", "has no plans to invade", "no intention of attacking"; a plan in the
                # past perfect was not carried out ("had planned to march, but police blocked the roads")
                # (not in reported speech, whose past perfect is the tense shifted back: "announced that Israel and
                # Hamas had agreed to a truce", "said that the two had agreed to begin talks": the intent stated)
                unrealised = head.tag_ == "VBN" and any(ch.dep_ == "aux" and ch.lower_ == "had" for ch in head.children) \
                    and not _backshifted(head, c)
                if _dropped(head, c):   # "abandoned its plan to" (not carried out); "did not abandon" keeps it
                    return (INTENDED if is_negated(head.head) else NEGATED), head
                if _weighed_plan(head, c):
                    # "is examining a plan to fire missiles", "weighs a plan to send troops": the plan itself is
                    # only weighed, so its act is considered ("is not considering a plan to": negated)
                    return (NEGATED if is_negated(head.head) or _denied(head.head) else CONSIDERED), head.head
                # (modality27) "denied that it had any plans to invade": a plan held in a clause a denial governs
                denied_plan = head.pos_ == "NOUN" and head.dep_ == "dobj" and _denied(head.head)
                if _negated_noun_or_verb(head) or unrealised or _denied(head) or refused_intention(head) or denied_plan \
                        or thwarted_plan(head):
                    return NEGATED, head
                if head.pos_ in {"VERB", "AUX"} and _local(head, c) == CONSIDERED:
                    return CONSIDERED, head   # (modality32) "Kim may agree to supply shells": a possible intent
                if lemma in words.secret_plan_words:
                    return CONSIDERED, head   # (precision47) "a plot to kill the president": suspected, not stated
                return INTENDED, head
            if lemma == "be" and node.dep_ == "xcomp" and head.tag_ in {"VBZ", "VBP", "VBD"} and any(
                    ch.dep_ == "aux" and ch.lower_ == "to" for ch in node.children):
                # "the minister is to visit Beijing": a scheduled act
                return (NEGATED if is_negated(head) else INTENDED), head
            if head.pos_ == "NOUN" and node.dep_ == "prep" and node.lower_ in c.evidence_preps \
                    and lemma in c.evidence_nouns and is_negated(head):
                return NEGATED, head   # "showed no sign of withdrawing", "no reports of shelling"
            if head.pos_ == "NOUN" and node.dep_ in {"acl", "ccomp"} and is_negated(head) and lemma not in c.doubting:
                # "saw no sign that Russian troops were preparing an attack", "no evidence that it
                # fired": what a negated noun's clause says did not happen ("there is no doubt that
                # Russia attacked": a doubt negated affirms)
                return NEGATED, head
            head_local = _local(head, c)
            shares = _shares_auxiliaries(node, head)
            # (unreal60) "would try again to march on Delhi": the parser may read the infinitive's "to" as a preposition
            # with the verb as its object; it is the verb's complement all the same
            complement = node.dep_ in {"xcomp", "conj"} or _misparsed_infinitive(node)
            if head_local == NEGATED and complement and shares:
                return NEGATED, head
            if head_local in {NEGATED, CONSIDERED} and node.dep_ == "ccomp" and (
                    _infinitive(node) or _bare_infinitive(node, head, c)):
                # "would never allow Taiwan to declare independence", "might let the convoy enter": an
                # infinitive with a subject of its own, under a negated or weighed verb
                return head_local, head
            if head_local in {CONSIDERED, INTENDED} and complement and shares:
                return head_local, head
        if own == INTENDED and unsaid_intent(node, head):
            return NEGATED, head   # (modality32) "neither side said it would pull back its troops": no intent stated
        if node.dep_ in FINITE_CLAUSES and head.pos_ in {"VERB", "AUX"} and _finite(node) \
                and not _claim_noun_tagged_verb(head):
            break  # a finite clause has its own modality; stop at the clause boundary
        node = head
    return (own or ASSERTED), None


def _claim_noun_tagged_verb(tok: Token) -> bool:
    """(unreal48) "denied on Monday reports that its troops had used chemical weapons": the parser tags the object
    "reports" a verb and hangs the content clause on it; an object or subject that is a claim noun (cue_words
    claim_nouns) is the noun, and the clause is what it reports (read on through the denial)."""
    return tok.pos_ == "VERB" and tok.tag_ == "VBZ" and tok.dep_ in {"dobj", "pobj", "nsubj", "nsubjpass"} \
        and tok.lemma_.lower() in _words().claim_nouns


def _denier_of_participle(tok: Token) -> Token | None:
    """(modality32) "Israel denied that its aircraft had struck the hospital, blaming a misfired rocket", "Moscow denied
    that its forces had struck Kyiv's hospital, blaming a Ukrainian missile": a participle of blaming or accusing (cue_words
    requesting verbs) set off by a comma, with no subject of its own, that the parser hangs on the denied verb, is the
    denier's own act beside the denial, made as the denial was (not denied with the act). The denying verb, or None."""
    if tok.pos_ != "VERB" or tok.tag_ != "VBG" or tok.dep_ != "advcl" or tok.i == 0 or word_at(tok.doc, tok.i - 1).text != ",":
        return None
    c = cues()
    if tok.lemma_.lower() not in c.requesting or any(ch.dep_ in SUBJECTS for ch in tok.children):
        return None
    denied = tok.head
    if denied.i == tok.i or denied.dep_ != "ccomp" or denied.i > tok.i or denied.head.i == denied.i:
        return None
    denier = denied.head
    if denier.pos_ != "VERB" or denier.lemma_.lower() not in c.denying_relatives or is_negated(denier):
        return None
    return denier


def thwarted_plan(head: Token) -> bool:
    """(modality32) A plan told in the past (modality_cues unrealised_plan_verbs: "planned to march", "were expected to
    meet", "had planned to attack") with a clause after "but" that stops it: a verb of preventing, foiling, calling off or
    holding out against ("but troops blocked the road", "but the plot was foiled", "but Hungary held out against it"), or
    a negated verb ("but Putin did not travel", "but no detainees appeared"): the act planned did not take place
    (negated), as "had planned to march, but police blocked the roads" (gold README)."""
    if head.pos_ != "VERB" or head.lemma_.lower() not in _words().unrealised_plan_verbs:
        return False   # not "was set to impose sanctions, but Hungary held out": the intent was stated all the same
    past = head.tag_ == "VBD" or any(ch.dep_ in {"aux", "auxpass"} and ch.lower_ in {"had", "was", "were"}
                                     for ch in head.children)
    if not past:
        return False
    words = _words()
    c = cues()
    stopping = set(words.preventing_verbs) | c.dropping | c.calling_off | set(words.plan_dropping_verbs)
    holders = [head]
    if head.dep_ == "ccomp" and head.head.i != head.i and head.head.lemma_.lower() in c.reporting:
        holders.append(head.head)   # "officials said the rebels had planned to attack, but the plot was foiled"
    for holder in holders:
        buts = [ch for ch in holder.children if ch.dep_ == "cc" and ch.lower_ in {"but", "yet"}]
        for conj in (ch for ch in holder.children if ch.dep_ == "conj" and ch.pos_ in {"VERB", "AUX"}):
            if not any(b.i < conj.i for b in buts):
                continue
            lemma = conj.lemma_.lower()
            parts = {lemma} | {f"{lemma} {g.lower_}" for g in conj.children if g.dep_ in {"prt", "advmod"}}
            if is_negated(conj) or (parts & stopping) or any(
                    f"{lemma} {g.lower_}" in words.deferring_phrasal_verbs or
                    f"{lemma} {g.lower_}" in {"hold out"} for g in conj.children if g.dep_ in {"prt", "advmod"}):
                return True
    return False


def unsaid_intent(clause: Token, say: Token) -> bool:
    """(modality32) A clause of what lies ahead ("it would pull back its troops") under a saying verb that is itself
    negated ("neither side said it would pull back", "Ankara did not say it would send troops", "nobody announced
    that talks would resume"): the intent was not stated, so the act is negated, not a statement made. Not an open
    question ("did not say when or whether it would respond": a wh-word or "whether"/"if" opens the clause)."""
    if clause.dep_ != "ccomp" or say.pos_ != "VERB" or say.lemma_.lower() not in cues().reporting:
        return False
    if not (is_negated(say) or _nor_conjunct(say)):
        return False
    return not any((ch.dep_ == "mark" and ch.lower_ in {"whether", "if"}) or ch.tag_ in {"WRB", "WP", "WDT"}
                   or any(g.tag_ in {"WRB", "WP", "WDT"} for g in ch.children if ch.dep_ in {"dobj", "prep", "advmod"})
                   for ch in clause.children)


def _equated_negated(node: Token, head: Token) -> bool:
    """(modality16b) ``node`` is what a negated equating word says a thing is not: "the deal did not amount to
    recognising Israel", "was not tantamount to recognising the regime", "does not constitute an attack" (data:
    modality_cues equating_words; an adjective's negation may hang on its copula)."""
    words = _words().equating_words
    lemma = head.lemma_.lower()
    if node.dep_ == "prep":
        equated = f"{lemma} {node.lower_}" in words
    else:
        equated = node.dep_ == "dobj" and head.pos_ == "VERB" and lemma in words
    if not equated:
        return False
    return is_negated(head) or (head.pos_ == "ADJ" and head.dep_ in {"acomp", "attr"} and is_negated(head.head))


def authorised_ahead(verb: Token, code: str) -> bool:
    """(modality16b) An act of force coded on, or as the object of, ``verb`` that lies ahead: it was authorised
    ("Obama authorised targeted air strikes", "parliament authorised cross-border raids") or ordered to begin
    ("NATO ordered air strikes to begin"; cue_words unrealised.coming_about). Data: modality_cues authorising_verbs,
    ordering_verbs, authorised_force_codes for ``code``, the act's CAMEO code). The caller checks that the verb's own
    modality is asserted."""
    words = _words()
    if verb.pos_ != "VERB" or not any(code.startswith(p) for p in words.authorised_force_codes):
        return False
    lemma = verb.lemma_.lower()
    if lemma in words.authorising_verbs:
        return True
    if lemma not in words.ordering_verbs:
        return False
    starts = cues().coming_about
    below = [*verb.children, *(g for ch in verb.children if ch.dep_ == "dobj" for g in ch.children)]
    return any(ch.dep_ in {"xcomp", "ccomp", "acl"} and ch.lemma_.lower() in starts and _infinitive(ch)
               and not is_negated(ch) for ch in below)


def _unrealised_by(node: Token, head: Token, c: Cues) -> tuple[str, Token | None] | None:
    """The modality that ``head`` gives the act ``node`` stands for, in the constructions of cue_words that weigh it
    or say it did not come about, or None:
    - an adjective of likelihood of an extraposed "it": "it is possible that Russia will attack Moldova" (considered);
    - a noun of possibility over its clause or "of" phrase: "there is a risk that Serbia will invade", "left open the
      possibility of talks" (considered; negated with the noun: "no chance that Kyiv will cede land");
    - a request rebuffed, whose infinitive the parser hangs on the verb: "resisted calls to send jets" (negated);
    - an attempt that failed: "Guaido's bid to bring aid into Venezuela failed" (negated);
    - "held out against extending the sanctions" (negated; violent acts are restored in foedus.coder.finish);
    - an intention noun whose gerund phrase the parser hangs on the verb: "signalled its interest in joining NATO"."""
    lemma = head.lemma_.lower()
    if node.dep_ == "ccomp" and lemma == "be" and any(ch.dep_ == "acomp" and ch.lemma_.lower() in c.considered_adj
                                                      for ch in head.children) \
            and any(ch.dep_ in SUBJECTS and ch.lower_ == "it" for ch in head.children):
        return CONSIDERED, head
    if head.pos_ == "NOUN" and lemma in c.possibility_nouns and (
            node.dep_ in {"acl", "ccomp"} or (node.dep_ == "prep" and node.lower_ == "of")):
        return (NEGATED if _negated_noun_or_verb(head) else CONSIDERED), head
    if node.dep_ in {"advcl", "xcomp"} and _infinitive(node) and rebuffs(head, c) and any(
            ch.dep_ == "dobj" and ch.lemma_.lower() in c.request_nouns and ch.right_edge.i + 1 == node.left_edge.i
            for ch in head.children):
        return NEGATED, head
    if node.dep_ == "acl" and _infinitive(node) and head.pos_ == "NOUN" and lemma in c.attempt_nouns \
            and head.dep_ in {"nsubj", "nsubjpass"} and head.head.i != head.i and failing(head.head, c):
        return NEGATED, head.head
    if node.dep_ == "prep" and node.lower_ in c.intention_preps and head.pos_ == "VERB" and any(
            g.dep_ == "pcomp" for g in node.children):
        for noun in head.children:   # "signalled its interest in joining NATO": the phrase is the noun's
            if noun.dep_ == "dobj" and is_intention_noun(noun) and noun.right_edge.i + 1 == node.i:
                return (NEGATED if _negated_noun_or_verb(noun) or _dropped(noun, c) else INTENDED), noun
    if node.dep_ == "prep" and node.lower_ in c.resisting_preps and head.pos_ == "VERB" and resisting(head, c):
        return (ASSERTED if is_negated(head) else NEGATED), head
    return None


def _phrases(verb: Token, deps: frozenset[str] = frozenset({"prt", "advmod", "prep"})) -> set[str]:
    """The verb's lemma, and the lemma with each particle (adverb, preposition) after it: "fall through", "hold out"."""
    lemma = verb.lemma_.lower()
    return {lemma} | {f"{lemma} {g.lower_}" for g in verb.children if g.dep_ in deps}


def rebuffs(verb: Token, c: Cues) -> bool:
    """ "resisted", "ignored", "turned down" (cue_words unrealised.rebuffing), not negated."""
    return verb.pos_ == "VERB" and bool(_phrases(verb, frozenset({"prt"})) & c.rebuffing) and not is_negated(verb)


def failing(verb: Token, c: Cues) -> bool:
    """ "failed", "collapsed", "fell through" (cue_words unrealised.failing_verbs), not negated."""
    return verb.pos_ == "VERB" and bool(_phrases(verb) & c.failing_verbs) and not is_negated(verb)


def resisting(verb: Token, c: Cues | None = None) -> bool:
    """ "held out" (cue_words unrealised.resisting_phrasal_verbs): a verb of resisting with its particle."""
    c = c or cues()
    return verb.pos_ == "VERB" and bool(_phrases(verb, frozenset({"prt"})) & c.resisting_phrasal_verbs)


def _failed_prospect(noun: Token, c: Cues) -> bool:
    """An act still ahead, as its modifier says, whose verb says it failed: "the planned prisoner exchange collapsed",
    "a proposed summit fell through" (data: cue_words unrealised.failing_verbs, prospective_modifiers)."""
    if noun.pos_ in {"VERB", "AUX"}:   # the failing verb itself, read for its subject's act
        return any(_failed_prospect(ch, c) for ch in noun.children if ch.dep_ in {"nsubj", "nsubjpass"})
    if noun.pos_ != "NOUN" or noun.dep_ not in {"nsubj", "nsubjpass"} or noun.head.i == noun.i:
        return False
    verb = noun.head
    lemma = verb.lemma_.lower()
    phrases = {lemma} | {f"{lemma} {g.lower_}" for g in verb.children if g.dep_ in {"prt", "advmod", "prep"}}
    if is_negated(verb):
        return False
    # (modality42) "talks between Bogota and the dissidents fell through": never held, with no modifier needed
    return bool(phrases & c.never_held_verbs) or bool(phrases & c.failing_verbs) and any(
        g.dep_ == "amod" and g.lower_ in c.prospective_modifiers for g in noun.children)


def coming_about(pred: Token) -> Token | None:
    """The infinitive of coming about under the predicate of an event noun (its subject): "the offensive has yet to
    begin", "the promised withdrawal failed to materialise", "the talks are expected to start", "the summit never
    managed to take place" (data: cue_words unrealised.coming_about). The act's modality is the infinitive's, read
    through the verbs above it; the first predicate says nothing of it by itself. None when there is none."""
    if pred.pos_ not in {"VERB", "AUX"} or not any(ch.dep_ in SUBJECTS and ch.pos_ == "NOUN" for ch in pred.children):
        return None
    c = cues()
    node = pred
    for _ in range(3):
        below = [ch for ch in node.children if ch.dep_ == "xcomp" and ch.pos_ in {"VERB", "AUX"} and _infinitive(ch)
                 and not any(g.dep_ in SUBJECTS for g in ch.children)]
        if not below:
            return None
        node = below[0]
        lemma = node.lemma_.lower()
        phrases = {lemma} | {f"{lemma} {g.lower_}" for g in node.children if g.dep_ in {"dobj", "prt", "advmod", "acomp"}}
        if phrases & c.coming_about:
            return node
    return None


def scheduled(pred: Token) -> bool:
    """ "talks are scheduled for Thursday", "a summit is planned for October", "negotiations are set to resume",
    "talks are due to start", "the talks are to resume in Cairo": the predicate of an event noun (its subject)
    that puts the event ahead (data: modality_cues scheduling_words; a passive verb or a copula's adjective)."""
    if not any(ch.dep_ in SUBJECTS and ch.pos_ == "NOUN" for ch in pred.children):
        return False
    words = _words()
    if pred.pos_ == "VERB" and pred.tag_ == "VBN" and pred.lemma_.lower() in words.scheduling_words:
        # a time ahead ("for Thursday") or an act ahead ("set to resume"); not "was set on fire"
        return any(ch.dep_ == "auxpass" for ch in pred.children) and any(
            (ch.dep_ == "prep" and ch.lower_ == "for") or (ch.dep_ == "xcomp" and _infinitive(ch)) for ch in pred.children)
    if pred.lemma_.lower() != "be":
        return False
    return any((ch.dep_ == "acomp" and ch.lemma_.lower() in words.scheduling_words)
               or (ch.dep_ == "xcomp" and pred.tag_ in {"VBZ", "VBP", "VBD"} and _infinitive(ch))
               for ch in pred.children)


def _fronted_clause_apart(clause: Token, head: Token) -> bool:
    """A clause the parser hangs before a verb as its complement, though it stands apart: a semicolon between them,
    or a verb with an object of its own ("Canada expelled six diplomats; New Delhi rejected the allegations",
    "Bolivia expelled the envoy; Washington called the decision regrettable"). Not an object that stands for the
    clause: a claim or a pronoun ("Burundian soldiers crossed into Rwanda, a claim Bujumbura denied", "..., Belgrade
    denied it")."""
    return any(p.dep_ == "punct" and p.text == ";" and clause.i < p.i < head.i for p in head.children) or any(
        ch.dep_ == "dobj" and ch.pos_ != "PRON" and ch.lemma_.lower() not in _words().claim_nouns
        for ch in head.children)


def _speaker_act_beside(conj: Token, head: Token, c: Cues) -> bool:
    """ "Moscow denied that Syrian forces had used chlorine and accused Washington of a provocation": a verb of
    accusing or blaming with no subject of its own, conjoined to a clause that its sentence's subject says or
    denies, is that subject's own act (the parser hangs it on the clause), not part of what was said or denied."""
    # "denied killing civilians and blamed jihadists": a finite verb conjoined to a gerund or infinitive is not
    # part of it ("denied killing civilians and blaming ..." would be)
    under = head.dep_ == "ccomp" or (head.dep_ in {"xcomp", "pcomp"} and conj.tag_ != head.tag_)
    if head.dep_ in {"xcomp", "pcomp"} and conj.tag_ == "VBG" and not any(
            ch.dep_ == "cc" and head.i < ch.i < conj.i for ch in head.children):
        # "denied targeting civilians, blaming an air defence missile": a participle after a comma, with no "and",
        # is the speaker's own adjunct (the parser hangs it on the gerund), not a second thing denied
        under = True
    return conj.lemma_.lower() in c.requesting and under and not any(
        ch.dep_ in SUBJECTS for ch in conj.children) and head.head.lemma_.lower() in c.reporting | c.negating


def weighed_predicate(pred: Token, c: Cues) -> bool:
    """ "the deployment of French troops remains a possibility", "a strike on the refinery is an option", "an
    invasion is likely": the predicate of an event noun (its subject) that calls it a possibility (data: cue_words
    considered.possibility_nouns, adjectives; a linking verb), not negated (that is read as negated)."""
    if pred.lemma_.lower() not in set(_words().linking_verbs) | c.staying_verbs or is_negated(pred):
        return False
    if not any(ch.dep_ == "nsubj" and ch.pos_ == "NOUN" for ch in pred.children):
        return False
    return any((ch.dep_ == "attr" and ch.lemma_.lower() in c.possibility_nouns)
               or (ch.dep_ == "acomp" and ch.lemma_.lower() in c.considered_adj) for ch in pred.children)


def _speaker_act(tok: Token, c: Cues) -> bool:
    """A verb of accusing, blaming, urging or condemning (cue_words requesting.verbs) with a subject of its own:
    its speaker's act. A denial beside it ("..., a charge Asmara denied", "blamed Cambodian troops for the clash,
    which Phnom Penh denied") denies what the speaker charges, not that the charge was made."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in c.requesting:
        return False
    if any(ch.dep_ == "nsubj" for ch in tok.children):
        return True
    if tok.dep_ == "conj" and tok.head.pos_ == "VERB" and any(ch.dep_ == "nsubj" for ch in tok.head.children):
        return True   # (modality27) "found the bodies and accused Serb police of a massacre, a charge Belgrade rejected"
    # "cut ties with Qatar, accusing Doha of backing terrorism, a charge Qatar rejected": a participle that takes
    # the subject of the verb it hangs on is that subject's act as much
    return tok.tag_ == "VBG" and tok.dep_ == "advcl" and tok.head.i != tok.i and any(
        ch.dep_ == "nsubj" for ch in tok.head.children)


def _same_subject(verb: Token, head: Token) -> bool:
    """The two verbs have the same subject ("Russia denied accusing Kyiv", "Kyiv accused ..., Kyiv denied")."""
    a = [ch.lemma_.lower() for ch in verb.children if ch.dep_ in SUBJECTS]
    b = [ch.lemma_.lower() for ch in head.children if ch.dep_ in SUBJECTS]
    return not b or bool(set(a) & set(b))


def disclaimed(verb: Token) -> bool:
    """ "It is not true that Berlin is sending troops", "Reports that Rwandan troops attacked Goma are false":
    a clause said to be untrue (data: modality_cues truth_adjectives, falsity_adjectives), so its act did not
    happen."""
    if verb.dep_ not in {"ccomp", "acl"} or verb.head.i == verb.i:
        return False
    head = verb.head
    words = _words()
    if head.pos_ == "NOUN" and head.dep_ == "nsubjpass" and head.lemma_.lower() in words.claim_nouns:
        # "reports that Chinese warships entered the strait were denied by Manila"
        return head.head.lemma_.lower() in words.claim_rejecting_verbs and not is_negated(head.head)
    if head.pos_ == "NOUN" and head.dep_ == "nsubj":
        noun, head = head, head.head   # "claims that ... are baseless"
        if noun.lemma_.lower() not in words.claim_nouns:
            return False
    elif verb.dep_ != "ccomp":
        return False
    if head.lemma_.lower() not in words.linking_verbs:
        return False
    adjs = [c.lemma_.lower() for c in head.children if c.dep_ in {"acomp", "oprd"}]
    if is_negated(head):
        return any(a in words.truth_adjectives for a in adjs)
    return any(a in words.falsity_adjectives for a in adjs)


def _denied(verb: Token) -> bool:
    """ "Berlin denied (that) it was considering sending weapons", "denied it was planning an attack": a
    weighing or intending verb in a clause a denying verb (cue_words negating.verbs) governs, so what it
    weighs or intends did not happen."""
    if disclaimed(verb):
        return True
    if verb.pos_ not in {"VERB", "AUX"} or verb.dep_ not in {"ccomp", "xcomp"} or verb.head.i == verb.i:
        return False
    head = verb.head
    return head.pos_ == "VERB" and head.lemma_.lower() in cues().negating and not is_negated(head) \
        and verb.dep_ == "ccomp" and head.lemma_.lower() in cues().denying_relatives


# Dependencies that stay inside a verb's own clause (its objects and phrases, not another verb's clause).
_CLAUSE_PHRASE_DEPS = {"dobj", "prep", "pobj", "agent", "attr", "appos", "conj", "npadvmod", "dative"}


def _reported(tok: Token, c: Cues) -> bool:
    """(denial21b) ``tok`` is told inside what someone says or reports (a reporting verb among its heads: "refugees
    said Iraqi aircraft had dropped poison gas", "the US said the attack was launched from Iran"), not by the
    narrator as a fact ("Russian missiles struck the port of Odesa, which Moscow denied"). A denial in a relative
    after an act the narrator states is a reaction to it (its own 016) and leaves the act asserted (gold README:
    denials answer a charge); only a reported act, or one the sentence calls a claim ("..., a claim Kigali denied"),
    may be denied into negation. (unreal48) An act someone is accused of is told as the accuser's charge too
    (modality_cues accusing_reports): "Ugandan troops were accused by a UN panel of shelling Bunia, which Kampala
    denied" (the shelling denied, negated)."""
    accusing = _words().accusing_reports
    return any(a.lemma_.lower() in c.reporting or a.lemma_.lower() in accusing and a.pos_ == "VERB" for a in tok.ancestors)


def _denied_by_relative(tok: Token, narrated: bool = False) -> Token | None:
    """ "Serbian troops shelled the village, which Belgrade denied", "the attack was launched from Iran,
    which Tehran denied": a sentence relative whose verb denies what "which" stands for, the clause before
    it (data: cue_words unrealised.denying_relatives). The act is denied, so coded negated (the gold set's
    convention). The denying verb, or None; "which Kyiv rejected" may reject a thing, so only denials.
    (denial21b) ``narrated``: the act is told by the narrator as a fact, so "which Moscow denied" is a reaction
    and leaves it asserted ("Russian missiles struck the port of Odesa, which Moscow denied"); a claim noun still
    calls it a claim ("Burundian soldiers crossed into Rwanda, a claim Bujumbura denied"), unless a statement
    told between them is what the charge names ("struck a plant that Washington said made chemical weapons, a
    charge Khartoum denied")."""
    denying = cues().denying_relatives
    words = _words()
    frontier = [tok]
    seen = 0
    while frontier and seen < 40:
        node = frontier.pop()
        seen += 1
        for ch in node.children:
            if not narrated and ch.dep_ in {"relcl", "advcl"} and ch.lemma_.lower() in denying and not is_negated(ch) and any(
                    g.dep_ == "dobj" and g.lower_ == "which" for g in ch.children):
                return ch
            if ch.dep_ in {"appos", "npadvmod"} and ch.i > tok.i and ch.lemma_.lower() in words.claim_nouns \
                    and not (not narrated and said_plainly(tok)) and not any(
                    v.dep_ in {"advcl", "conj"} and v.lemma_.lower() in cues().requesting and tok.i < v.i < ch.i
                    for v in node.children) and not (narrated and any(
                        t.lemma_.lower() in cues().reporting and t.pos_ == "VERB" for t in tok.doc[tok.i + 1:ch.i])):
                # (not "cut ties with Iran, accusing Tehran of ..., a charge Iran rejected": the charge is the accusing)
                for g in ch.children:   # "..., a claim Kigali denied", "..., a report the army dismissed as false"
                    if g.dep_ == "relcl" and g.lemma_.lower() in words.claim_rejecting_verbs and not is_negated(g):
                        return g
            if ch.dep_ in _CLAUSE_PHRASE_DEPS and ch.pos_ not in {"VERB", "AUX"}:
                frontier.append(ch)
    return None


def said_plainly(tok: Token) -> bool:
    """(modality33) The nearest verb of saying above ``tok`` (cue_words reporting_verbs) reports it plainly
    (modality_cues plain_saying_verbs: "NATO said Russian troops were fighting inside Ukraine"), not as a claim
    ("claimed", "alleged"): a claim noun set after it ("..., a charge Moscow rejected") names that report, which the
    accused denies; the act stays the reported act."""
    reporting = cues().reporting
    for a in tok.ancestors:
        if a.pos_ == "VERB" and a.lemma_.lower() in reporting:
            return a.lemma_.lower() in _words().plain_saying_verbs
    return False


def _reluctance(adj: Token, c: Cues) -> tuple[str, Token | None]:
    """The act under an adjective of reluctance (data: cue_words negating.reluctance_adjectives): "is reluctant to
    send tanks", "remains unwilling to impose sanctions" (held back: negated). Negated, the reluctance states the act
    with its copula's tense: "will not be reluctant to use force" (intended), "may not be unwilling to" (considered)."""
    copula = adj.head if adj.dep_ in {"acomp", "amod", "oprd", "xcomp"} and adj.head.i != adj.i else None
    if not is_negated(adj) and not (copula is not None and (is_negated(copula) or _nor_conjunct(copula))):
        return NEGATED, adj
    aux = {ch.lower_ for ch in copula.children if ch.dep_ in {"aux", "auxpass"}} if copula is not None else set()
    return (CONSIDERED if aux & c.considered_aux else INTENDED), adj


def raises_possibility(verb: Token, c: Cues | None = None) -> bool:
    """ "left open the possibility of talks", "held out the prospect of sanctions", "raised the option of a blockade": a
    verb of raising a possibility (cue_words unrealised.possibility_raising, with its particle or complement) whose
    object is a noun of possibility (considered.possibility_nouns): what it names is weighed, not done."""
    c = c or cues()
    if verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    phrases = {lemma} | {f"{lemma} {ch.lower_}" for ch in verb.children
                         if ch.dep_ in {"prt", "advmod", "xcomp", "acomp", "oprd", "ccomp"}}
    head = verb.head
    if verb.dep_ in {"xcomp", "oprd", "ccomp"} and head.i != verb.i and head.pos_ == "VERB":
        phrases.add(f"{head.lemma_.lower()} {verb.lower_}")   # "kept open the option": "open" takes the object
    return bool(phrases & c.possibility_raising) and any(
        ch.dep_ == "dobj" and ch.lemma_.lower() in c.possibility_nouns for ch in verb.children)


def refused_intention(verb: Token) -> bool:
    """ "refused to commit to sending troops", "declined to promise to deliver jets": an intending verb in the
    infinitive under a verb that refuses it (cue_words negating.verbs, not itself negated): the intent was withheld,
    so the act it would have stated did not happen (negated)."""
    head = verb.head
    return verb.pos_ == "VERB" and verb.dep_ == "xcomp" and head.i != verb.i and head.pos_ == "VERB" \
        and head.lemma_.lower() in cues().negating and not is_negated(head)


def _ability(adj: Token, c: Cues) -> tuple[str, Token | None]:
    """The act under an ability adjective (data: cue_words ability): "was unable to retake", "has not been
    able to disarm" (negated); "will be able to strike", "is capable of attacking" (a capability, weighed:
    considered, never an intention); on a condition, conditional. Only
    "was/were able to" in the past tells an act that was done ("were able to repel the attack")."""
    copula = adj.head if adj.dep_ in {"acomp", "amod"} and adj.head.i != adj.i else None
    if adj.lemma_.lower() in c.unable or is_negated(adj) or (copula is not None and (
            is_negated(copula) or _nor_conjunct(copula))):
        return NEGATED, adj
    if copula is None:
        return CONSIDERED, adj
    if _conditional(copula, c):
        return CONDITIONAL, copula
    # "will be able to strike", "would be capable of attacking": a capability ahead, not an intention
    past = copula.tag_ == "VBD" and not any(ch.dep_ == "aux" for ch in copula.children)
    return (ASSERTED, None) if past and adj.lemma_.lower() in c.achieved else (CONSIDERED, adj)


def is_stated_refusal(tok: Token) -> bool:
    """ "it would not release the president", "Hungary will not allow ...", "won't attend": a negated
    act of one's own future, stated as a refusal (the README's "will not allow" is a 12x rejection).
    Not a condition or a counterfactual ("would not have invaded"), and not "will not hesitate"."""
    words = _words()
    if not is_negated(tok) or (_conditional(tok, cues()) and not refused_unless(tok)) \
            or tok.lemma_.lower() in words.reluctance_verbs:
        return False
    if any(ch.dep_ in SUBJECTS and _negative_subject(ch) for ch in tok.children):
        return False   # "no country will send troops" says nothing of a refusal
    if not any(ch.dep_ == "aux" and ch.lower_ in words.refusal_auxiliaries for ch in tok.children):
        return False
    # said in a main clause or as reported speech ("it said it would not release"), not inside what
    # someone demands or doubts ("demanded guarantees that NATO would not expand")
    node = tok
    while node.dep_ == "conj":
        node = node.head
    if node.dep_ == "ROOT":
        return True
    if node.dep_ not in {"ccomp", "parataxis"} or node.head.lemma_.lower() not in cues().reporting:
        return False
    # (clause13) the saying verb a main clause of its own, also as the second act of the sentence: "Moscow opened
    # a case against the prosecutor and said it would never hand over its president"
    say = node.head
    for _ in range(3):
        while say.dep_ == "conj" and say.head.i != say.i:
            say = say.head
        if say.dep_ == "ROOT":
            return True
        if summary_saying_relative(say):
            return True   # (verbal27) "..., a move Kyiv said it would never recognise": the sayer's own refusal
        if say.dep_ == "advcl" and say.head.i != say.i and say.head.pos_ in {"VERB", "AUX"} and any(
                m.dep_ == "mark" and m.lower_ in words.refusal_report_marks for m in say.children) and not any(
                m.dep_ == "mark" and m.lower_ in cues().conditional_marks for m in say.children):
            # (yield45) a clause of saying beside the main act, of contrast, time or cause, tells its sayer's own
            # words: "agreed to set up working groups, though New Delhi said it would not accept mediation"
            say = say.head
            continue
        if say.dep_ == "pcomp" and say.tag_ == "VBG" and say.head.lower_ in words.refusal_report_preps \
                and say.head.head.i != say.head.i and say.head.head.pos_ in {"VERB", "AUX"}:
            # (yield45) an absolute clause of saying: "returned the money, with Saied saying it would not accept charity"
            say = say.head.head
            continue
        if say.dep_ == "advcl" and say.tag_ == "VBG" and say.head.i != say.i and say.head.pos_ in {"VERB", "AUX"}:
            # (verbal27) a participle aside of saying tells the clause's own doer's words: "Obama arrived in Israel,
            # saying Washington would not let Iran get a nuclear bomb", "the government said, adding that it would not
            # allow an enemy to develop weapons of mass destruction"
            say = say.head
            continue
        # (modality26) the saying verb itself reported: "India said it would not hold talks until the attacks stop,
        # officials said" (the attribution the ROOT); not a saying verb inside what someone demands or doubts
        if say.dep_ not in {"ccomp", "parataxis"} or say.head.lemma_.lower() not in cues().reporting:
            return False
        say = say.head
    return False


def refused_unless(tok: Token) -> bool:
    """(modality28) "Thailand would not return to talks unless Phnom Penh apologised", "will not accept more ships unless
    other states share the burden": a negated act of one's own future (modality_cues refusal_auxiliaries) whose only
    condition is an unless-clause of its own (ultimatum_marks) is a refusal stated now, its lifting conditioned: the
    act negated (the refusal, 12x, asserted beside it; gold README: "would not sign unless X" is the refusal with X
    conditional), as "would not attend talks until ..." is. Not "would not X if Y" (a consequence: "would not step down
    if he lost"), nor a counterfactual ("would not have signed unless"), nor a verb itself in a condition."""
    words = _words()
    if tok.pos_ != "VERB" or not is_negated(tok) or is_counterfactual(tok):
        return False
    if not any(ch.dep_ == "aux" and ch.lower_ in words.refusal_auxiliaries for ch in tok.children):
        return False
    c = cues()
    if any(ch.dep_ == "mark" and ch.lower_ in c.conditional_marks for ch in tok.children):
        return False
    unless = set(words.ultimatum_marks)
    marks = [{g.lower_ for g in ch.children if g.dep_ == "mark"} for ch in tok.children if ch.dep_ == "advcl"]
    return any(m & unless for m in marks) and not any(m & (set(c.conditional_marks) - unless) for m in marks)


def summary_saying_relative(say: Token) -> bool:
    """(verbal27) A saying verb (cue_words reporting_verbs) in a relative clause set off by a comma that sums up the
    act told before it (", a move Kyiv said it would never recognise", ", which Mexico's president said her country
    would never accept"): what it says is its subject's own statement, news of its own, as in a main clause."""
    if say.dep_ not in {"relcl", "acl"} or say.lemma_.lower() not in cues().reporting or say.head.i >= say.i \
            or not any(c.dep_ == "nsubj" for c in say.children):
        return False
    noun = say.head
    if noun.pos_ not in {"NOUN", "PROPN", "PRON"}:
        return False
    doc = say.doc
    return any(k > 0 and word_at(doc, k - 1).text == "," for k in (noun.left_edge.i, min(t.i for t in say.subtree)))


def refusal_code(code: str) -> str | None:
    """The CAMEO 12x rejection of refusing the act ``code`` (longest listed prefix), or None."""
    table = _words().refusal_codes
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]]
    return None


# CAMEO roots whose codes are statements of intent: "pledged aid", "promised to let ships leave",
# "announced $500 million in aid" state an act that lies ahead (the gold set's convention).
INTENT_ROOTS = taxonomy.roots("intent_statement")
THREAT_ROOTS = taxonomy.roots("threat_statement")


def for_event(mod: str, code: str, trigger: Token | None) -> str:
    """The modality of a coded event, once its CAMEO code is known.

    A statement of intent (03x) made with a pledging verb is ``intended``; an event coded on a
    considering verb ("is considering sanctions") is ``considered``; a threat (13x) whose
    threatened act is the consequence of a condition ("warned it would strike if ...") is
    ``conditional``. Other modalities are left as :func:`of` found them.
    """
    if mod != ASSERTED or trigger is None:
        return mod
    words = _words()
    lemma = trigger.lemma_.lower()
    if code[:2] in cues().called_off_roots and (calls_off(trigger) or calls_off(trigger, cues().quitting)):
        return NEGATED   # "Algeria called off a planned visit by the French minister": the visit did not take place
    if lemma in words.weighing_verbs and trigger.pos_ in {"VERB", "AUX"}:
        return CONSIDERED
    if code[:2] not in INTENT_ROOTS | THREAT_ROOTS and code not in words.signing_codes and takes_effect_later(trigger):
        # (modality28) "ordered an embargo to take effect on April 15": not yet in force; (unreal50) not the signing of
        # a pact that takes effect later ("signed a truce on Sunday to take effect at the end of the month": signed)
        return INTENDED
    if code[:2] in words.starting_date_roots and starts_later(trigger):
        return INTENDED   # (modality30) "tightened export controls, effective from Thursday": not yet in force
    if code[:2] in words.calling_ahead_roots and called_for_later(trigger):
        return INTENDED   # (unreal51) "unions called a nationwide strike for Wednesday": not yet held
    if lemma in words.pondering_verbs and trigger.pos_ == "VERB" and any(
            ch.dep_ == "prep" and ch.lower_ in words.pondering_preps for ch in trigger.children):
        return CONSIDERED   # "is thinking about sending troops": weighed, not done
    if code[:2] in THREAT_ROOTS and (is_consequence(trigger) or any(
            ch.dep_ in {"ccomp", "xcomp"} and is_consequence(ch) for ch in trigger.children)):
        return CONDITIONAL
    if code[:2] in THREAT_ROOTS and lemma in words.vowing_verbs and trigger.pos_ == "VERB" and not any(
            ch.dep_ == "xcomp" and is_negated(ch) for ch in trigger.children):
        return INTENDED   # "Tehran vowed revenge", "promised a tit-for-tat response": the vowed act lies ahead
    if vowed_act(code, trigger):
        return INTENDED   # (modality26) "promised an investigation", "pledged more air defence weapons": ahead
    if code[:2] in INTENT_ROOTS and lemma in words.unrealised_plan_verbs and trigger.tag_ == "VBN" and any(
            ch.dep_ == "aux" and ch.lower_ == "had" for ch in trigger.children):
        return NEGATED   # "had planned a rally for Saturday, but ...": not carried out
    if code[:2] in INTENT_ROOTS and lemma in words.intent_statement_verbs:
        if code in taxonomy.announced_acts() and any(ch.dep_ == "xcomp" and is_negated(ch) for ch in trigger.children):
            # "Hamas vowed not to release the hostages", "promised not to send troops": no intent to do
            # the act was stated (the act itself is coded negated on its own verb)
            return NEGATED
        if is_consequence(trigger) or any(is_consequence(x) for ch in trigger.children if ch.dep_ in {"xcomp", "ccomp"}
                                          for x in (ch, *ch.conjuncts)):
            # (modality27) "offered to order a ceasefire and begin talks if Kyiv withdrew", "pledged to consult each
            # other if either were attacked": a promise of cooperation on a condition is conditional (gold README: the
            # consequence is the statement it is, conditional); a threat made on a condition stays made (13x above)
            return CONDITIONAL
        return INTENDED
    return mod


def takes_effect_later(trigger: Token) -> bool:
    """(modality28) "ordered an arms embargo on Libya to take effect on April 15", "imposed tariffs, to take effect
    next month", "announced sanctions to come into force in June": an act whose verb, or its object, has an
    infinitive of taking effect (modality_cues taking_effect_phrases) is set for later, not yet in force. Not a
    negated infinitive, nor a finite "the sanctions took effect"."""
    phrases = set(_words().taking_effect_phrases)
    verbs = [trigger] + [ch for ch in trigger.children if ch.dep_ in {"dobj", "nsubjpass"}]
    if trigger.dep_ == "acl" and trigger.head.dep_ in {"dobj", "nsubjpass"}:
        # (review44) "signed orders placing tariffs on Mexico, to take effect on Tuesday": the infinitive may hang on
        # the verb whose object (the order, the decree) the act's participle describes
        verbs.append(trigger.head.head)
    for owner in verbs:
        for inf in owner.children:
            if inf.dep_ not in {"xcomp", "advcl", "acl"} or inf.pos_ != "VERB" or not _infinitive(inf) \
                    or is_negated(inf) or any(ch.dep_ in SUBJECTS for ch in inf.children):
                continue
            lemma = inf.lemma_.lower()
            told = {f"{lemma} {ch.lower_}" for ch in inf.children if ch.dep_ in {"dobj", "prt"}} | {
                f"{lemma} {ch.lower_} {o.lower_}" for ch in inf.children if ch.dep_ == "prep"
                for o in ch.children if o.dep_ == "pobj"}
            if told & phrases:
                return True
            if lemma in _words().starting_infinitives and any(
                    _start_date(ch) if ch.dep_ == "npadvmod" else ch.dep_ == "prep" and any(
                        o.dep_ == "pobj" and _start_date(o) for o in ch.children) for ch in inf.children):
                return True   # (unreal48) "declared a ceasefire, to start on Sunday": set for a day ahead
    return False


def _start_date(tok: Token) -> bool:
    """(modality30) A day ahead that a measure starts on: a weekday or month ("Thursday", "August 1"), or "next month",
    "coming year", "tomorrow" (modality_cues starting_date_*). Not a year alone ("from 2014" may lie behind)."""
    words = _words()
    lower = tok.lower_
    if lower in lexicon.words("date_cues", "weekdays") | lexicon.words("date_cues", "months"):
        return True
    return lower in words.starting_date_units and (lower == "tomorrow" or any(
        ch.dep_ == "amod" and ch.lower_ in words.starting_date_ahead for ch in tok.children))


def _opens_start(tok: Token) -> bool:
    """(modality30) "from August 1", "effective (from) Thursday", "starting next month", "as of July 1": an opener
    (modality_cues starting_date_openers) whose date, its own or its preposition's, is a day ahead (_start_date); not
    the start of a range ("from May to July")."""
    words = _words()
    if tok.lower_ not in words.starting_date_openers:
        return False
    dates = [ch for ch in tok.children if ch.dep_ in {"pobj", "npadvmod", "dobj"} and _start_date(ch)]
    for prep in (ch for ch in tok.children if ch.dep_ == "prep"):
        if prep.lower_ in {"from", "on", "of"}:
            dates += [o for o in prep.children if o.dep_ == "pobj" and _start_date(o)]
    if not dates:
        return False
    ranged = [x for x in (tok, *dates, tok.head) for x in x.children
              if x.dep_ == "prep" and x.lower_ in words.starting_date_ranges]
    return not ranged


def called_for_later(trigger: Token) -> bool:
    """(unreal51) An act called or announced for a day ahead (modality_cues calling_ahead_*): "unions called a
    nationwide strike for Wednesday", "called a 48-hour general strike from Sunday", "called three days of protests next
    week". The calling verb is the trigger or the verb whose object (or the object's "of" phrase) the trigger is; the
    day hangs on the verb or its object, after "for"/"from", or as "next week" on its own. Not a negated call, nor "on
    Monday" (which may date the call itself)."""
    words = _words()
    verb = trigger
    for _ in range(3):
        if verb.pos_ == "VERB" or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in words.calling_ahead_verbs or is_negated(verb):
        return False
    owners = [verb] + [ch for ch in verb.children if ch.dep_ in {"dobj", "oprd"}]
    for owner in owners:
        for ch in owner.children:
            if ch.dep_ == "prep" and ch.lower_ in words.calling_ahead_preps and any(
                    o.dep_ == "pobj" and _start_date(o) for o in ch.children):
                return True
            if ch.dep_ == "npadvmod" and ch.lower_ in words.starting_date_units and _start_date(ch):
                return True   # "called protests next week"
    return False


def starts_later(trigger: Token) -> bool:
    """(modality30) A measure whose verb, or the verb's object, carries the day it starts ("Japan tightened controls on
    exports to South Korea, effective from Thursday", "announced 50 percent tariffs on Brazilian goods from August
    1", "imposed tariffs starting next month"): set for later, not in force when told (gold: intended). Not a negated
    verb, nor a period ("banned imports from May to July")."""
    verb = trigger.head if trigger.pos_ == "NOUN" and trigger.dep_ in {"dobj", "nsubjpass"} else trigger
    if verb.pos_ not in {"VERB", "AUX"} or is_negated(verb):
        return False   # (a measure named by its noun, "announced tariffs from August 1", is told by its verb)
    owners = [verb] + [ch for ch in verb.children if ch.dep_ in {"dobj", "nsubjpass"}]
    return any(_opens_start(ch) for owner in owners for ch in owner.children
               if ch.dep_ in {"prep", "amod", "advcl", "advmod", "acl", "npadvmod"})


def vowed_act(code: str, trigger: Token) -> bool:
    """(modality26) An act coded on a vowing verb with an object ("promised an investigation", "pledged further
    arms"; data: modality_cues vowing_verbs) that is no statement, appeal, intent or threat of its own
    (vowed_noun_skipped_roots): the act lies ahead."""
    words = _words()
    return trigger.pos_ == "VERB" and trigger.lemma_.lower() in words.vowing_verbs \
        and code[:2] not in words.vowed_noun_skipped_roots and any(ch.dep_ == "dobj" for ch in trigger.children)


def only_possible(verb: Token) -> bool:
    """(unreal57) ``verb`` carries an auxiliary of possibility (cue_words considered auxiliaries: "might", "may",
    "could"): "said it might boycott the election unless ...", "could strike if ...": the act weighed, not promised."""
    c = cues()
    return any(ch.dep_ == "aux" and ch.lower_ in c.considered_aux for ch in verb.children)


def threat_made_on_condition(trigger: Token) -> bool:
    """A threat whose threatened act hangs on a condition, made with a threat-making verb (data: modality_cues
    threat_making_verbs): "threatened Baghdad with sanctions if they were forced out", "warned it would retaliate
    if the ships kept coming", "warned of retaliation if Pyongyang attacked again". The warning was given: the
    threat is asserted. Not when the threat-making verb is itself in an if-clause, negated or only foreseen
    ("if Moscow threatens Vilnius, ...", "did not threaten", "may warn")."""
    verbs = _words().threat_making_verbs
    c = cues()
    node: Token | None = trigger
    maker = None
    for _ in range(4):   # the trigger, or what governs it through a complement or "of" ("warned of retaliation")
        if node is None:
            break
        if node.pos_ == "VERB" and node.lemma_.lower() in verbs:
            maker = node
            break
        if any(ch.dep_ == "mark" and ch.lower_ in c.conditional_marks for ch in node.children):
            return False   # the condition itself ("... if Bazoum was not reinstated"), not the threat
        if node.dep_ not in {"xcomp", "ccomp", "pobj", "prep", "dobj"} or node.head.i == node.i:
            break
        node = node.head
    if maker is None or is_negated(maker):
        return False
    if any(ch.dep_ == "aux" and ch.lower_ in c.considered_aux for ch in maker.children):
        return False
    node = maker
    for _ in range(8):   # the warning itself inside an if-clause is a condition, not a threat made
        if any(ch.dep_ == "mark" and ch.lower_ in c.conditional_marks for ch in node.children):
            return False
        if node.head.i == node.i:
            break
        node = node.head
    return True


def calls_off(verb: Token, verbs: frozenset[str] | None = None) -> bool:
    """ "cancelled", "postponed", "called off", "put off" (data: cue_words unrealised.calling_off), not negated: what
    it calls off did not take place. A phrasal entry needs its particle."""
    if verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    # the particle, or the word right after the verb that the parser takes for a preposition ("pulled out of")
    parts = {f"{lemma} {c.lower_}" for c in verb.children
             if c.dep_ == "prt" or (c.dep_ in {"prep", "advmod"} and c.i == verb.i + 1)} | {lemma} | held_phrases(verb)
    return bool(parts & (cues().calling_off if verbs is None else verbs)) and not is_negated(verb)


def called_off_act(node: Token, head: Token) -> bool:
    """(unreal54) An act told by a gerund or an infinitive that a calling-off verb governs (cue_words
    unrealised.calling_off, not negated: ``calls_off``): "EU leaders postponed signing the trade deal", "the president
    put off receiving the new ambassador's credentials", "parliament voted to postpone ratifying the result": put off,
    not done (negated; gold README: "a postponed visit is negated"). Not "did not postpone signing" (done)."""
    return node.dep_ == "xcomp" and node.pos_ == "VERB" and (node.tag_ == "VBG" or _infinitive(node)) \
        and calls_off(head)


def gives_up_plan(verb: Token) -> bool:
    """(modality30) "Washington shelved plans to retaliate", "Obama scrapped plans to station interceptors in Poland",
    "abandoned its plan for a summit": a verb that gives up (modality_cues plan_dropping_verbs, not negated) its
    subject's own plan (an intention noun with the act it plans: an infinitive or "for"/"of" phrase; no other owner
    named before it) codes no act of its own; the planned act is coded negated on its own word."""
    if verb.pos_ != "VERB" or is_negated(verb) or not calls_off(verb, frozenset(_words().plan_dropping_verbs)):
        return False
    for noun in (ch for ch in verb.children if ch.dep_ in {"dobj", "nsubjpass"}):
        if not is_intention_noun(noun) or any(g.dep_ == "poss" and g.pos_ != "PRON" for g in noun.children):
            continue
        if any(g.dep_ in {"acl", "relcl", "xcomp"} and g.pos_ == "VERB" and _infinitive(g) for g in noun.children) \
                or any(g.dep_ == "xcomp" and _infinitive(g) for g in verb.children) or any(
                g.dep_ == "prep" and g.lower_ in cues().plan_preps and any(o.dep_ in {"pobj", "pcomp"} for o in g.children)
                for g in noun.children):
            return True
    return False


def unreached_agreement(verb: Token) -> bool:
    """(modality30) "met but failed to agree on Assad's fate", "failed to agree a date for a summit": an agreeing verb
    (modality_cues agreeing_verbs) with what was to be agreed (an object or an "on"/"over" phrase), no infinitive of
    an act ("did not agree to send tanks" is the intent to send, negated)."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _words().agreeing_verbs and not any(
        ch.dep_ in {"xcomp", "ccomp"} for ch in verb.children) and any(
        ch.dep_ == "dobj" or (ch.dep_ == "prep" and ch.lower_ in {"on", "over", "upon"}
                              and not any(o.dep_ == "pcomp" for o in ch.children))   # "on tapping the assets": an act
        for ch in verb.children)


def departure_in_time(verb: Token, code: str) -> bool:
    """(modality30) "announced he would step down once the budget had passed", "said he would resign once a
    transitional council was set up": a departure (modality_cues departure_codes) whose only condition is a clause of
    time ("once": _temporal_condition), no if- or unless-clause: told ahead, not on a condition."""
    if code not in _words().departure_codes or verb.pos_ != "VERB":
        return False
    marks = set(lexicon.words("modality_cues", "consequence_marks"))
    clauses = [ch for ch in verb.children if ch.dep_ == "advcl"]
    return any(_temporal_condition(ch, cues()) for ch in clauses) and not any(
        m.dep_ == "mark" and m.lower_ in marks for ch in clauses for m in ch.children)


def held_phrases(verb: Token) -> set[str]:
    """(modality22) The verb's lemma with each prepositional phrase of one word it governs: "put on hold" ("put the
    summit on hold", "the talks were put on hold"), "put on ice"."""
    lemma = verb.lemma_.lower()
    return {f"{lemma} {p.lower_} {o.lower_}" for p in verb.children if p.dep_ == "prep"
            for o in p.children if o.dep_ == "pobj" and not any(g.dep_ in {"det", "amod", "poss", "compound"}
                                                                 for g in o.children)}


OBLIGATION_AUX = lexicon.words("modality_cues", "obligation_auxes")


def is_obligation(tok: Token) -> bool:
    """"Libya must hand over the suspects": an obligation someone states, not an act. Not an inverted
    condition ("Should Russia attack, ...") nor a necessity only foreseen ("France may have to send
    troops", "would have to withdraw": a possibility of the subject's own, not a demand on it)."""
    if is_inverted_condition(tok):
        return False
    if any(ch.dep_ == "aux" and ch.lemma_.lower() == "have" and ch.i < tok.i for ch in tok.children):
        return False   # (ask59) "he should have coordinated with Kyiv", "must have known": a past judged, no demand
    for ch in tok.children:
        if ch.dep_ in {"aux", "auxpass"} and ch.lower_ in OBLIGATION_AUX:
            return True
        if ch.dep_ == "aux" and ch.lower_ == "to" and tok.head.lemma_.lower() == "have" and tok.dep_ == "xcomp":
            if any(a.dep_ == "advmod" and a.lower_ in _words().not_yet_adverbs for a in tok.head.children):
                return False   # "Jordan has yet to condemn the attack": not yet done, no demand (negated in `of`)
            return not any(a.dep_ == "aux" and a.lower_ in cues().considered_aux for a in tok.head.children)
    return False


def of_object(noun: Token, verb: Token, code: str = "") -> tuple[str, Token | None]:
    """The modality of an act named by the object noun of ``verb``: the verb's own, except that a verb
    of preparation or intention puts the act ahead ("are preparing a new offensive", "plan an
    offensive": intended), and so does announcing or pledging aid ("announced $500 million in military
    aid": the aid lies ahead, the README's convention)."""
    if is_rule_out(verb) and _object_of(noun, verb):
        # "ruled out sanctions": not imposed; "did not rule out sanctions": weighed
        return (CONSIDERED if rule_out_withheld(verb) else NEGATED), verb
    if verb.pos_ == "VERB" and verb.lemma_.lower() in cues().foreseeing and noun.dep_ == "dobj" and noun.head.i == verb.i:
        return CONSIDERED, verb   # "Poland fears a Russian attack", "expects retaliation": foreseen, not done
    if resisting(verb) and _in_phrase(noun, verb, cues().resisting_preps):
        # "Spain held out against a new round of sanctions": not imposed (an assault held out against happened:
        # foedus.coder.finish.presuppose)
        return (ASSERTED if is_negated(verb) else NEGATED), verb
    if _object_of(noun, verb):
        ahead = delay_withheld(verb)
        if ahead is not None:
            return ahead, verb   # (modality32) "would not hold up its withdrawal": the withdrawal goes ahead
    mod, governor = of(verb)
    if mod in {ASSERTED, INTENDED} and halts_act(noun, verb):
        return NEGATED, verb   # (unreal50) "was suspending the withdrawal of its troops": the withdrawal stopped
    if mod != ASSERTED or not _object_of(noun, verb):
        return mod, governor
    words = _words()
    lemma = verb.lemma_.lower()
    if lemma in words.preparing_verbs and verb.tag_ == "VBN" and any(
            ch.dep_ == "aux" and ch.lower_ == "had" for ch in verb.children):
        # "had planned a rally for Saturday, but police detained the organisers": a plan told in the past perfect
        # was not carried out; the act is negated (as "had planned to march")
        return NEGATED, verb
    if lemma in words.preparing_verbs or (lemma in words.intent_statement_verbs and code[:2] in words.pledged_roots):
        return INTENDED, verb
    return mod, governor


def halts_act(noun: Token, verb: Token) -> bool:
    """(unreal50) ``noun`` names the act that ``verb`` stops (modality_cues act_halting_verbs, not negated), as its
    direct object: "suspended its withdrawal from the treaty", "would suspend its weekly marches", "halted the
    deployment": the act does not go ahead (negated). Not "did not halt its offensive" (it goes on), nor a pact in force
    ("suspended its energy agreement with Trinidad": a standing accord, no act under way; modality_cues agreement_acts)."""
    words = _words()
    return noun.dep_ == "dobj" and noun.head.i == verb.i and verb.pos_ == "VERB" \
        and verb.lemma_.lower() in words.act_halting_verbs and not is_negated(verb) \
        and noun.lemma_.lower() not in words.agreement_acts


def delay_withheld(verb: Token) -> str | None:
    """(modality32) A verb of putting an act off (modality_cues delaying_verbs), negated under a future or possible
    auxiliary: "would not hold up its withdrawal", "will not delay the vote", "won't postpone the summit" say the act
    goes ahead (intended; considered under "may not"), neither a refusal nor an act negated. The modality, or None."""
    if verb.pos_ != "VERB" or not is_negated(verb):
        return None
    lemma = verb.lemma_.lower()
    parts = {lemma} | {f"{lemma} {ch.lower_}" for ch in verb.children if ch.dep_ == "prt"}
    if not parts & set(_words().delaying_verbs):
        return None
    aux = {ch.lower_ for ch in verb.children if ch.dep_ in {"aux", "auxpass"}}
    c = cues()
    return CONSIDERED if aux & c.considered_aux else INTENDED if aux & c.intended_aux else None


def _object_of(noun: Token, verb: Token) -> bool:
    """``noun`` is the verb's object, inside it or in a phrase of the verb ("announced $500 million in
    military aid")."""
    node = noun
    for _ in range(5):
        if node.dep_ not in {"dobj", "pobj", "prep", "compound"} or node.head.i == node.i:
            return False
        if node.head.i == verb.i:
            return node.dep_ in {"dobj", "prep"}
        node = node.head
    return False


def _in_phrase(noun: Token, verb: Token, preps: frozenset[str]) -> bool:
    """``noun`` is in a phrase of ``verb`` opened by one of ``preps`` ("held out against a round of sanctions")."""
    node = noun
    for _ in range(5):
        if node.head.i == node.i or node.dep_ not in {"pobj", "prep", "compound"}:
            return False
        if node.dep_ == "prep" and node.head.i == verb.i:
            return node.lower_ in preps
        node = node.head
    return False


def is_intention_noun(tok: Token) -> bool:
    """ "plan", "intention" (data/lexicon/modality_cues.yaml): the act it governs lies ahead, and is
    its holder's ("Japan has no plans to supply arms": Japan would supply)."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in _words().intention_nouns


def is_negated_intention(cue: Token | None) -> bool:
    """ "is not considering sending", "has no plans to supply", "did not agree to send": the act is
    negated through the intention or consideration that would have stated it, so what did not
    happen is the statement of intent (03x, negated). A plan in the past perfect that was not
    carried out ("had planned to march, but ...") is not: the plan was stated."""
    if cue is None:
        return False
    c = cues()
    lemma = cue.lemma_.lower()
    if lemma not in c.intended_verbs | c.considered_verbs | c.considered_adj | frozenset(_words().intention_nouns):
        return False
    if any(ch.dep_ == "aux" and ch.lower_ == "had" for ch in cue.children):
        return False
    return _negated_noun_or_verb(cue) or _denied(cue)


def _negated_noun_or_verb(head: Token) -> bool:
    """ "no plans": the noun negated itself; "does not have any plans": through its light verb."""
    if is_negated(head):
        return True
    return head.pos_ == "NOUN" and head.dep_ in {"dobj", "attr", "nsubj"} and is_negated(head.head)



def _backshifted(verb: Token, c: Cues) -> bool:
    """``verb`` heads a clause (or a conjunct of one) that a reporting verb reports ("announced that the two sides
    had agreed ..."): its tense is shifted back, not a past before the past."""
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return node.dep_ == "ccomp" and node.head.lemma_.lower() in c.reporting


def _dropped(noun: Token, c: Cues) -> bool:
    """ "abandoned its plan to send police", "rejected the plan to annex", "dropped plans to": an intention noun
    that is the object of a negating or dropping verb (data/events/cue_words.yaml) was not carried out (unless that verb, too, gets
    negated: "did not abandon its plan" keeps it)."""
    if noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "VERB":
        # (modality27) "decided to hold off on a plan to fire missiles", "backed away from plans to annex": a plan put
        # off through a deferring phrasal verb (modality_cues deferring_phrasal_verbs) was not carried out
        verb = noun.head.head
        return not is_negated(verb) and bool(_phrases(verb, frozenset({"prt", "advmod"}))
                                             & set(_words().deferring_phrasal_verbs))
    return noun.pos_ == "NOUN" and noun.dep_ == "dobj" and noun.head.lemma_.lower() in c.negating | c.dropping


def _past_clause_of_its_own(verb: Token) -> bool:
    """(unreal51) A verb in the simple past (no auxiliary) with a subject of its own: "... and police detained 40 of his
    supporters". Not a passive or perfect ("had been", "were arrested"), which may be told back in a condition."""
    return verb.tag_ == "VBD" and not any(ch.dep_ in {"aux", "auxpass", "mark"} for ch in verb.children) \
        and any(ch.dep_ == "nsubj" for ch in verb.children)


def _foiler_of(gov: Token, c: Cues) -> Token | None:
    """(unreal51) The verb that foils or drops the plan whose infinitive is ``gov`` ("foiled a plan to attack",
    "thwarted a plot to bomb": cue_words dropping, modality_cues preventing_verbs, not negated), or None."""
    if gov.pos_ != "VERB" or not _infinitive(gov):
        return None
    plan = gov.head if gov.dep_ in {"acl", "relcl"} and is_intention_noun(gov.head) else _plan_before(gov, gov.head)
    if plan is None or plan.dep_ != "dobj" or not _dropped(plan, c):
        return None
    verb = plan.head
    if verb.pos_ != "VERB" or is_negated(verb) or verb.lemma_.lower() not in c.dropping | set(_words().preventing_verbs):
        return None
    return verb


def _plan_before(node: Token, head: Token) -> Token | None:
    """The intention noun whose infinitive the parser hung on the verb instead: "foiled a plot to assassinate"
    (the object of ``head`` right before the infinitive ``node``), or None."""
    if node.dep_ != "advcl" or not _infinitive(node):
        return None
    for ch in head.children:
        if ch.dep_ == "dobj" and is_intention_noun(ch) and ch.right_edge.i + 1 == node.left_edge.i:
            return ch
    return None


def _time_ahead_clause(clause: Token, c: Cues) -> bool:
    """(unreal60) A clause of time opened by "when" in the present tense ("when he visits China", "when Li Peng
    visits") on a verb told ahead with "will" / "would" or "could" / "may", not negated: the time an act is set for,
    itself still ahead (not a condition: "only when" is one, see ``_opened_by_temporal_mark``)."""
    if clause.dep_ != "advcl" or clause.tag_ not in {"VBZ", "VBP"} or clause.head.pos_ not in {"VERB", "AUX"}:
        return False
    start = clause.left_edge
    if start.lower_ != "when" or start.head.i != clause.i or start.dep_ not in {"advmod", "mark"}:
        return False
    return _told_ahead_above(clause) is not None


def _told_ahead_above(clause: Token) -> Token | None:
    """The verb a clause hangs on, or the one it is the complement of ("would ask him to stop the broadcasts when he
    visits": "ask"), told ahead with "will" / "would" or "could" / "may" and not negated."""
    c = cues()
    node = clause.head
    for _ in range(3):
        if node.pos_ not in {"VERB", "AUX"} or is_negated(node):
            return None
        if future_or_possible(node):
            return node if _local(node, c) in {INTENDED, CONSIDERED} else None
        if node.dep_ not in {"xcomp", "conj"} or node.head.i == node.i:
            return None
        node = node.head
    return None


def _misparsed_infinitive(prep: Token) -> bool:
    """(unreal60) "would try again to march": a "to" the parser reads as a preposition whose object is a verb in its
    base form (the infinitive it introduces)."""
    return prep.dep_ == "prep" and prep.lower_ == "to" and prep.head.pos_ == "VERB" and any(
        g.dep_ == "pobj" and g.tag_ == "VB" for g in prep.children)


def _infinitive(tok: Token) -> bool:
    """A to-infinitive clause ("Taiwan to declare independence")."""
    return tok.tag_ == "VB" and any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in tok.children)


def _bare_infinitive(tok: Token, head: Token, c: Cues) -> bool:
    """ "might let U.N. investigators examine the killings": the complement of "let" is an infinitive without "to",
    which the parser often tags as a present-tense verb."""
    return head.lemma_.lower() in c.permitting and tok.tag_ in {"VB", "VBP"} and not any(
        ch.dep_ in {"aux", "auxpass", "mark"} for ch in tok.children)


def _finite(tok: Token) -> bool:
    """A tensed clause ("that Seoul would reassess"), not an infinitive ("allow planes to land")."""
    if any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in tok.children):
        return False
    return tok.tag_ in {"VBD", "VBZ", "VBP", "MD"} or any(ch.dep_ in {"aux", "auxpass", "mark", "nsubj", "nsubjpass"}
                                                          for ch in tok.children)


def active_beside_passive(tok: Token) -> bool:
    """(unreal52) A verb in the simple past with a direct object and no subject or auxiliary of its own that the parser
    conjoins to a passive with a subject of its own ("Saddam Hussein was removed from power and rejected a U.N. call",
    "the cancer could have been induced by enemies and expelled two attaches"): a past form with an object is no
    participle of the passive's verb group, so it shares neither its auxiliaries nor its clause; it is the sibling of
    a verb above."""
    head = tok.head
    return tok.dep_ == "conj" and head.i != tok.i and tok.tag_ == "VBD" and _tensed_form(tok) \
        and head.tag_ == "VBN" and any(ch.dep_ == "auxpass" for ch in head.children) \
        and any(ch.dep_ == "nsubjpass" for ch in head.children) \
        and any(ch.dep_ == "dobj" for ch in tok.children) \
        and not any(ch.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass", "mark"} for ch in tok.children)


def _indicative_clause_above(verb: Token) -> Token | None:
    """(unreal52) The nearest verb above ``verb`` with a subject of its own in the indicative ("Maduro said ...",
    "Iran vowed ..."), or None."""
    anc = verb
    for _ in range(6):
        if anc.head.i == anc.i:
            return None
        anc = anc.head
        if anc.pos_ in {"VERB", "AUX"} and any(ch.dep_ in {"nsubj", "nsubjpass"} for ch in anc.children):
            return anc if _indicative(anc) else None
    return None


def tensed_beside_infinitive(tok: Token) -> bool:
    """(unreal49) A verb in a tense of its own (past, present; no auxiliary) that the parser conjoins to a to-infinitive:
    "had foiled a plan to assassinate the president and arrested four suspects". A tensed verb cannot share the
    infinitive's "to": it is told of the tensed verb above the infinitive, not of the plan or purpose."""
    return tok.dep_ == "conj" and _tensed_form(tok) and tok.head.i != tok.i and _infinitive(tok.head) \
        and not any(ch.dep_ in {"aux", "auxpass", "neg"} for ch in tok.children)


def past_beside_future(tok: Token) -> Token | None:
    """(unreal53) A verb in the simple past (no auxiliary of its own) that the parser conjoins to a verb told ahead
    under a modal ("said it would hand over the documents only if a court asked, and denied that it had spied on
    him", "said New Delhi would hold talks if they gave up violence, but ruled out any discussion of independence"):
    a past form cannot share the "would", nor the condition or plan on it; it is the speaker's own act, told beside
    the words reported. Returns the verb of saying whose subject did it (its modality is the act's), or None."""
    if tok.dep_ != "conj" or tok.pos_ != "VERB" or not _tensed_form(tok) or tok.tag_ != "VBD" or any(
            ch.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass", "neg"} for ch in tok.children):
        return None
    head = tok.head
    if head.i == head.head.i or head.dep_ != "ccomp" or head.i > tok.i or head.tag_ != "VB":
        return None
    c = cues()
    if not any(ch.dep_ == "aux" and ch.lower_ in c.intended_aux | c.considered_aux for ch in head.children):
        return None
    say = head.head
    if say.pos_ != "VERB" or say.lemma_.lower() not in c.reporting or not _tensed_form(say):
        return None
    return say


def _tensed_form(tok: Token) -> bool:
    """(unreal49) A verb in the past or present tense by its form, not only by its tag: "rejected", "sent", "denies";
    not a form that is also a base form the tagger may call past ("put", "cut"; modality_cues base_like_pasts: "lay")."""
    if tok.tag_ == "VBZ":
        return tok.lower_.endswith("s")
    return tok.tag_ == "VBD" and (tok.lower_.endswith("ed") or (
        tok.lower_ != tok.lemma_.lower() and tok.lower_ not in _words().base_like_pasts))


def in_purpose(tok: Token) -> bool:
    """The act or one it depends on is a purpose ("offered troops to help him oust Aoun")."""
    node = tok
    for _ in range(3):
        if tensed_beside_infinitive(node):
            return False   # (unreal49) "foiled a plot to restore the emir and arrested dozens": no purpose
        if is_purpose(node):
            return True
        if node.dep_ not in {"xcomp", "conj", "ccomp"} or node.head.i == node.i:
            return False
        node = node.head
    return False


def negated_purpose(node: Token, head: Token) -> bool:
    """(modality33) "said it would not send troops to join the coalition", "Germany would not send its forces to take part
    in any operation", "did not deploy ships to escort the convoy": the purpose infinitive ``node`` of a verb negated on
    its own (its "not", "never") is an act that no one goes to do: negated, not an aim ahead (intended). Not under a
    verb that itself negates, whose negation leaves the act open ("was not ruling out military action to free Kuwait":
    weighed; "did not deny sending troops to help")."""
    return node.dep_ == "advcl" and head.pos_ == "VERB" and is_purpose(node) and is_negated(head) \
        and not is_rule_out(head) and head.lemma_.lower() not in cues().negating


def _infinitive_of_intention(tok: Token, head: Token, c: Cues) -> bool:
    """ "the United States is set to expel Russian diplomats", "Kyiv is poised to sign": an infinitive
    that spaCy hangs as an adverbial clause under a passive word of intention states the intended act,
    not a purpose."""
    return (tok.dep_ == "advcl" and any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in tok.children)
            and head.lemma_.lower() in c.intended_verbs and any(ch.dep_ == "auxpass" for ch in head.children))


def _achieved_through(node: Token, head: Token) -> bool:
    """ "went on to kill", "proceeded to seize", "managed to arrest", "succeeded in freeing": ``node`` (an infinitive, or
    the preposition of a gerund) below a verb of carrying an act through (modality_cues achieving_verbs)."""
    if head.pos_ != "VERB":
        return False
    lemma = head.lemma_.lower()
    achieving = set(_words().achieving_verbs)
    if node.dep_ in {"xcomp", "advcl"} and _infinitive(node):
        particles = {f"{lemma} {ch.lower_}" for ch in head.children if ch.dep_ == "prt" and ch.i < node.i}
        return bool(particles & achieving) or (lemma in achieving and not particles)
    if node.dep_ == "prep":
        return f"{lemma} {node.lower_}" in achieving
    return False


def _done_on_arrival(node: Token, head: Token) -> bool:
    """ "the prosecutor visited Bucha to collect evidence", "police forced their way into the embassy to arrest him",
    "Kenyan police landed in Port-au-Prince to help Haiti's police", "riot police used tear gas to break up the rally",
    "the UN sent a team to investigate", "Marcos named a commission to investigate the killing": the infinitive ``node``
    is done where its doer went or by the means or people put to it (modality_cues arriving_verbs, dispatching_verbs),
    told in the past as a fact (no modal, no negation; a passive or perfect in the past: "troops were sent to defend
    Kabila", "who had gathered to protest"): the act is told with it (asserted, the gold set's convention)."""
    if not _infinitive(node) or head.pos_ != "VERB" or is_negated(head):
        return False
    if _founded_to_look(node, head):
        return True   # (modality33) "voted to set up a commission to examine evidence of war crimes"
    auxes = [ch for ch in head.children if ch.dep_ in {"aux", "auxpass"}]
    if head.tag_ == "VBD":
        if auxes:
            return False
    elif head.tag_ == "VBN":
        if any(a.lower_ not in _PAST_AUXES for a in auxes):
            return False   # "will be sent to", "is to be deployed to": ahead
        if not auxes and head.dep_ not in {"acl", "relcl"}:
            return False   # a bare participle is past only as a reduced relative ("troops sent to defend Kabila")
    else:
        return False
    if any(ch.dep_ == "nsubj" for ch in node.children):
        return False
    words = _words()
    phrases = _phrases(head, frozenset({"prt"}))
    dobjs = [ch for ch in head.children if ch.dep_ == "dobj"]
    objects = {f"{head.lemma_.lower()} {ch.lemma_.lower()}" for ch in dobjs}
    if phrases & set(words.dispatching_verbs) or objects & set(words.arriving_verbs):
        return True
    task = {node.lemma_.lower()} | {f"{node.lemma_.lower()} {ch.lower_}" for ch in node.children
                                     if ch.dep_ in {"prt", "prep"} and ch.i == node.i + 1}
    if phrases & set(words.sending_verbs) and task & set(words.envoy_task_verbs) and any(
            t.lemma_.lower() in words.envoy_nouns for ch in head.children if ch.dep_ in {"dobj", "nsubjpass"}
            for t in (ch, *ch.children) if t.i == ch.i or t.dep_ == "compound"):
        return True   # (modality26) "sent a team to investigate", "a UN team was sent to investigate": envoys at work
    if phrases & set(words.envoy_arrival_verbs) and task & set(words.envoy_task_verbs) and any(
            ch.dep_ == "nsubj" and ch.lemma_.lower() in words.envoy_nouns for ch in head.children):
        return True   # (material49) "IAEA inspectors arrived in Syria to examine the site": envoys at work on arrival
    if phrases & set(words.envoy_arrival_verbs) and task & set(words.envoy_task_verbs):
        return False  # (unreal52) "rapporteur Mazowiecki arrived in Zagreb to look into reports": a looking still ahead
    # a going verb whose object is not a settlement reached ("reached a deal to curb Iran's nuclear work": the deal's
    # terms lie ahead)
    return bool(phrases & set(words.arriving_verbs)) and not any(
        ch.lemma_.lower() in words.agreement_acts for ch in dobjs)


def _founded_to_look(node: Token, head: Token) -> bool:
    """(modality33) "Chile's new government set up a commission to investigate the killings", "the Security Council
    voted to set up a commission of experts to examine evidence": a body (modality_cues body_nouns, or a noun compounded
    with one) founded (founding_verbs, with its particle) on a task of looking (envoy_task_verbs) does it from its
    founding, told in the past: the founding verb in the simple past, or an infinitive under a vote told so
    (deciding_verbs). Not "will set up", "plans to form" (ahead)."""
    words = _words()
    if not _phrases(head, frozenset({"prt"})) & set(words.founding_verbs) or any(
            ch.dep_ == "nsubj" for ch in node.children):
        return False
    task = {node.lemma_.lower()} | {f"{node.lemma_.lower()} {ch.lower_}" for ch in node.children
                                     if ch.dep_ in {"prt", "prep"} and ch.i == node.i + 1}
    if not task & set(words.envoy_task_verbs) or not any(
            t.lemma_.lower() in words.body_nouns for ch in head.children if ch.dep_ == "dobj"
            for t in (ch, *ch.children) if t.i == ch.i or t.dep_ == "compound"):
        return False
    if head.tag_ == "VB" and head.dep_ == "xcomp" and any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in head.children):
        head = head.head   # "voted to set up a commission": the vote performs the founding
        if head.lemma_.lower() not in words.deciding_verbs or is_negated(head):
            return False
    return told_as_past(head)


# Auxiliaries of a past passive or perfect: "troops were sent to defend", "who had gathered to protest".
_PAST_AUXES = frozenset({"was", "were", "had", "has", "have", "been"})


def sequel_infinitive(tok: Token) -> bool:
    """ "declared martial law, only to lift it six hours later", "retook the town, only to lose it again": an infinitive
    opened by a focus particle right before its "to" (modality_cues sequel_particles) tells what happened next, not a
    purpose nor an intention."""
    to = [ch for ch in tok.children if ch.dep_ == "aux" and ch.lower_ == "to"]
    if not to or tok.tag_ != "VB":
        return False
    before = word_at(tok.doc, to[0].i - 1) if to[0].i > 0 else None
    return before is not None and before.lower_ in _words().sequel_particles and before.head.i in {tok.i, to[0].i}


def record_infinitive(tok: Token) -> bool:
    """(miss0304) "Blinken became the first U.S. secretary of state to visit Beijing", "Macron was the last foreign
    leader to meet Putin": an infinitive on a noun ranked by an ordinal (modality_cues
    record_ordinals) that is the attribute of "be" or "become" (record_copulas), the infinitive hung on the noun or on
    the copula, tells what the copula's subject did (a record, not a purpose: as factual as the copula's clause)."""
    if tok.pos_ != "VERB" or not any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in tok.children) or any(
            ch.dep_ in {"nsubj", "nsubjpass", "auxpass"} for ch in tok.children):
        return False
    if tok.dep_ in {"relcl", "acl"} and tok.head.dep_ == "attr":
        copula = tok.head.head
        nouns = [tok.head]
    elif tok.dep_ in {"advcl", "xcomp"}:
        copula = tok.head
        nouns = [ch for ch in tok.head.children if ch.dep_ == "attr" and ch.i < tok.i]
    elif appositive_record(tok):
        copula, nouns = None, [tok.head]
    else:
        return False   # not "the first pact to abolish ..." in apposition: a record of a thing, not of its bearer
    if copula is not None and (
            copula.pos_ not in {"VERB", "AUX"} or copula.lemma_.lower() not in _words().record_copulas):
        return False
    ordinals = _words().record_ordinals
    return any(n.i < tok.i and (n.lower_ in ordinals or any(
        ch.dep_ in {"amod", "advmod", "nummod"} and ch.lower_ in ordinals for ch in n.children)) for n in nouns)


def appositive_record(tok: Token) -> bool:
    """(coop32) "Anwar Sadat, the first Arab leader to visit Israel, addressed the Knesset": an infinitive on a person's
    title (modality_cues record_person_nouns) in apposition to a name is what the named person did, as "Sadat was the
    first Arab leader to visit Israel" tells it (the ordinal is checked by ``record_infinitive``); not a thing's record
    ("signed the treaty, the first accord to scrap ...": no person)."""
    noun = tok.head
    return tok.dep_ in {"relcl", "acl"} and noun.dep_ == "appos" and noun.head.pos_ == "PROPN" \
        and noun.lemma_.lower() in _words().record_person_nouns


def is_purpose(tok: Token) -> bool:
    """"sent troops to help", "in order to monitor": the purpose of an act, not an act that happened."""
    if tok.dep_ not in {"advcl", "acl", "relcl", "xcomp"}:
        return False
    if _infinitive_of_intention(tok, tok.head, cues()):
        return False   # "is set to expel": the act intended, not a purpose
    if _achieved_through(tok, tok.head):
        return False   # "went on to kill": the act carried out, not a purpose
    if _done_on_arrival(tok, tok.head):
        return False   # "visited Bucha to collect evidence": done where the doer went
    if record_infinitive(tok):
        return False   # "became the first minister to visit Damascus": the visit was made
    has_to = any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in tok.children)
    if not has_to:
        return False
    if tok.dep_ == "advcl" and sequel_infinitive(tok):
        return False   # "declared martial law, only to lift it hours later": what came next, not an aim
    if tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in _words().deciding_verbs:
        return False   # "voted in Cairo to suspend Syria's membership": the vote performs the act
    if tok.dep_ == "acl" and tok.head.lemma_.lower() in _words().attempt_nouns:
        return False   # "repelled a Russian attempt to storm Avdiivka": the storming was attempted, an act
    if tok.dep_ == "xcomp":
        # "sent inspectors to monitor" (object control) is a purpose; "agreed to monitor" is not
        return any(ch.dep_ == "dobj" for ch in tok.head.children) and tok.head.lemma_.lower() not in (
            cues().intended_verbs | cues().considered_verbs | cues().requesting | cues().negating)
    return True


def _indicative(verb: Token) -> bool:
    """A finite verb in the indicative: past or present tense ("shelled", "has not shelled", "is
    shelling"), not a mandative base form ("that Russia withdraw") nor one under a modal ("should")."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.tag_ == "MD" for a in auxes):
        return False
    return verb.tag_ in {"VBD", "VBZ", "VBP"} or any(a.tag_ in {"VBD", "VBZ", "VBP"} for a in auxes)


def _requested_conjunct_head(tok: Token) -> Token:
    """(fp33) A second act asked in the same breath shares the first one's standing: "appealed to Milosevic to halt
    the expulsions and withdraw his forces", "demanded that Bosnian Serb forces halt their attacks and pull back",
    "called on the Taliban to show restraint and to protect the rights of women". A conjunct in the base form (VB)
    with no subject of its own is read from the verb it is joined to; a finite conjunct ("demanded that Pakistan
    hand over the masterminds and suspended the dialogue", a past tense) stays an act of its own."""
    node = tok
    while node.dep_ == "conj" and node.tag_ == "VB" and node.head.i != node.i and node.head.pos_ in {"VERB", "AUX"} \
            and not any(ch.dep_ in SUBJECTS for ch in node.children):
        node = node.head
    return node


def _asides_own_word(tok: Token) -> bool:
    """(verbal58) A participle of saying set off by a comma with no subject of its own (event_words
    statement_participles) is the word of the clause it hangs on, said beside it, not what that clause asks or charges:
    "charged eight opposition leaders with sabotage, accusing them of seeking to overthrow the government", "asked the
    court to ban three parties, accusing them of acting for foreign spies" (the accusation is made, 112 asserted)."""
    if tok.tag_ != "VBG" or tok.dep_ != "advcl" or tok.i == 0 or word_at(tok.doc, tok.i - 1).text != ",":
        return False
    if any(ch.dep_ in SUBJECTS for ch in tok.children):
        return False
    return tok.lemma_.lower() in event_words().statement_participles


def is_requested(tok: Token) -> bool:
    """True when the act is what someone urges, asks, warns about or accuses another of.

    "X urged Y to withdraw" or "X accused Y of shelling": the withdrawing or shelling is not
    asserted, and the event is the urging or accusing itself. So is an obligation ("Y must withdraw").
    """
    if is_obligation(tok):
        return True
    if _asides_own_word(tok):
        return False
    c = cues()
    node = _requested_conjunct_head(tok)
    for _ in range(4):
        if node.dep_ == "dobj" and node.i != tok.i and node.pos_ == "NOUN" and node.head.dep_ == "xcomp":
            pass   # (unreal59) "asked Moscow to set a date for withdrawing its troops": the act named in the object of
            # an infinitive asked of someone is asked too, not that one's own intent
        elif node.dep_ not in {"xcomp", "ccomp", "pcomp", "pobj", "prep", "advcl", "acl", "acomp"} or node.head.i == node.i:
            return False
        head = node.head
        if node.dep_ == "advcl" and any(ch.dep_ in SUBJECTS for ch in node.children) and any(
                ch.dep_ == "mark" and ch.lower_ in lexicon.words("modality_cues", "contrast_marks") for ch in node.children):
            return False  # (multi24) "Ukraine blamed Russian troops while Moscow accused Kyiv": a clause of its own
        if node.dep_ == "ccomp" and node.i < head.i and _fronted_clause_apart(node, head):
            return False  # "Bolivia expelled the US ambassador; Washington called the decision regrettable"
        if head.lemma_.lower() in c.claim_when_indicative and node.dep_ == "ccomp" and _indicative(node):
            return False  # "insisted that Ukraine has not shelled Donbas": a claim, not a demand
        if head.lemma_.lower() in _words().predicting_requests and node.dep_ == "ccomp" and any(
                a.dep_ in {"aux", "auxpass"} and a.lower_ in c.considered_aux for a in node.children):
            return False  # "Azerbaijan could seize more land, analysts warned": a possibility foreseen, not a demand
        if head.lemma_.lower() in c.instructing and node.dep_ == "xcomp":
            return True   # "told the army to attack": an instruction, not the act ("told reporters that" reports)
        if head.lemma_.lower() in c.requesting or is_obligation(head):
            return True  # "its demand that Israel ease", "the US must be ready to mediate"
        if head.pos_ == "VERB" and node.dep_ in {"ccomp", "advcl"}:
            return False
        node = head
    return False


def in_factual_clause(tok: Token) -> bool:
    """The act is told in a finite adverbial clause of fact ("after", "as", "when": modality_cues factual_clause_marks)
    on the way up to what governs it, with a subject of its own: "urged Washington to do more after drug gangs killed
    three people", "asked the bloc for help after Azerbaijani shelling hit Jermuk": the killing and the shelling
    happened, whatever is asked in the main clause. The walk is is_requested's."""
    marks = lexicon.words("modality_cues", "factual_clause_marks")
    c = cues()
    node = tok
    for _ in range(4):
        if node.i != tok.i and (node.lemma_.lower() in c.requesting | c.instructing or is_obligation(node)):
            return False   # the clause of fact is the asking itself: "while Moscow accused Kyiv of shelling the plant"
        if node.dep_ not in {"xcomp", "ccomp", "pcomp", "pobj", "prep", "advcl", "acl", "acomp"} \
                or node.head.i == node.i:
            return False
        if node.dep_ == "advcl" and node.pos_ in {"VERB", "AUX"} and _finite(node) \
                and any(ch.dep_ in SUBJECTS for ch in node.children) \
                and any(ch.dep_ == "mark" and ch.lower_ in marks for ch in node.children):
            return True
        if node.dep_ == "pcomp" and node.head.pos_ == "ADP" and node.head.lower_ in marks \
                and any(ch.dep_ in SUBJECTS for ch in node.children):
            return True   # "after Azerbaijani shelling hit Jermuk", read as a gerund with a subject of its own
        node = node.head
    return False


def _hedged(noun: Token, c: Cues) -> bool:
    """ "a possible strike", "any attack", "further strikes", "no attack", "Iran's retaliation": an act noun that does
    not itself say the act happened (data: cue_words presupposition)."""
    if noun.lemma_.lower() in c.prospective_nouns or _negative_subject(noun):
        return True
    return any((ch.dep_ in {"det", "predet"} and ch.lower_ in c.hedging_determiners)
               or (ch.dep_ in {"amod", "compound", "nmod", "advmod", "acl"} and ch.lemma_.lower() in c.hedging_modifiers)
               or (ch.dep_ in {"amod", "compound"} and ch.lower_ in c.hedging_modifiers)
               for ch in noun.children)


def _known(noun: Token, c: Cues) -> bool:
    """A noun with a possessor or a definite determiner that nothing hedges ("Russia's strike", "the attack")."""
    return noun.pos_ == "NOUN" and not _hedged(noun, c) and any(
        ch.dep_ == "poss" or (ch.dep_ == "det" and ch.lower_ in c.definite_determiners) for ch in noun.children)


def presupposed_phrase(verb: Token, code: str) -> Token | None:
    """The act noun of a verb's "in" phrase that an act of violence coded on the verb names, when that noun is
    presupposed: "no American troops were hurt in the Iranian missile attack on the bases", "civilians may have
    been killed in Tuesday's air strike": the harm is negated or weighed, the attack it names happened. None when
    there is none (data: cue_words presupposition; modality_cues attack_phrase_preps)."""
    c = cues()
    if verb.pos_ != "VERB" or code[:2] not in taxonomy.roots("violent"):
        return None
    if verb.lemma_.lower() in c.participation_verbs:
        return None   # (sides39) "whether US forces had taken part in the raid": the part taken is what is weighed
    for p in verb.children:
        if p.dep_ == "prep" and p.lower_ in c.attack_phrase_preps:
            for o in p.children:
                if o.dep_ == "pobj" and _known(o, c):
                    return o
    return None


def presupposed(noun: Token, code: str) -> bool:
    """An act of violence named as the subject of a verb about its consequence, with a possessor or a definite
    determiner, is taken as known: "Russia's missile strike on the port could derail shipments", "the army's shelling
    of the plant did not damage the reactors", "the Houthi attack on the tanker may push costs up": the strike, the
    shelling and the attack happened; the modal or the negation is the consequence's. Not a hedged noun ("a possible
    strike", "any attack", "further strikes", "Iran's retaliation"), nor a verb of hypothesis ("the invasion would
    devastate ..."), of happening ("the offensive could begin"), of being, or one that tells the act itself under a
    modal ("Israel's strike could target oil sites"); not a condition or a past counterfactual (data: cue_words
    presupposition)."""
    c = cues()
    head = noun.head
    if noun.pos_ != "NOUN" or noun.dep_ != "nsubj" or head.i == noun.i or head.pos_ not in {"VERB", "AUX"}:
        return False
    if code[:2] not in taxonomy.roots("violent") or not _known(noun, c):
        return False
    lemma = head.lemma_.lower()
    if lemma in c.happening_verbs or lemma in set(_words().linking_verbs) | c.staying_verbs | set(_words().happening_verbs):
        return False
    aux = {ch.lower_ for ch in head.children if ch.dep_ in {"aux", "auxpass"}}
    if aux & c.hypothetical_aux or is_counterfactual(head) or _conditional(head, c):
        return False
    if aux & c.considered_aux:
        # a modal on the consequence: "could derail", "may complicate" (not on the act: "could target")
        return lemma not in c.describing_verbs and not any(a in aux for a in ("have", "has"))
    # a negated consequence told in the past or present: "did not damage", "has not stopped", "caused no damage"
    return _local(head, c) == NEGATED


def rejected_on_condition(verb: Token, code: str) -> bool:
    """ "Putin rejected a full ceasefire unless arms deliveries stopped", "Hamas rejects any deal unless it ends the
    war": a rejection (cue_words stated_rejection_roots) told in the past or present with no auxiliary, whose if- or
    unless-clause is its own, was made; the condition is what it asks for (the gold convention: the refusal asserted,
    the condition conditional). Not "would reject ... unless" (ahead) nor a negated or weighed one."""
    if code[:2] not in cues().rejection_roots or verb.pos_ != "VERB" or verb.tag_ not in {"VBD", "VBZ", "VBP"}:
        return False
    if is_negated(verb) or any(ch.dep_ in {"aux", "auxpass"} for ch in verb.children):
        return False
    marks = set(lexicon.words("modality_cues", "consequence_marks"))
    return any(ch.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in marks for g in ch.children)
               for ch in verb.children)


def stated_rejection(verb: Token, code: str) -> bool:
    """ "Warsaw would ignore the Commission's objections", "Milei said he would skip the summit": a rejection (CAMEO
    roots in cue_words stated_rejection_roots) told with the actor's own future auxiliary is stated, so made (the gold
    convention of refusals: asserted). Not on a condition, not weighed ("may reject"), not governed by another word
    ("plans to reject"), and not aimed at any text to come ("would veto any new resolution": a threat)."""
    c = cues()
    if code[:2] not in c.rejection_roots or verb.pos_ != "VERB" or is_negated(verb) or _conditional(verb, c):
        return False
    aux = {ch.lower_ for ch in verb.children if ch.dep_ in {"aux", "auxpass"}}
    if not aux & c.intended_aux or aux & c.considered_aux or "going" in aux:
        return False
    if verb.lemma_.lower() in _words().halting_rejections:
        return False   # (unreal48) "said it would suspend payments on its debt", "would pull out of the truce": ahead
    return not any(ch.dep_ == "dobj" and any(g.dep_ == "det" and g.lower_ in _words().free_choice_determiners
                                             for g in ch.children) for ch in verb.children)
