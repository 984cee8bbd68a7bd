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

ASSERTED, NEGATED, INTENDED, CONSIDERED, CONDITIONAL = (
    "asserted", "negated", "intended", "considered", "conditional")
MODALITIES = (ASSERTED, NEGATED, INTENDED, CONSIDERED, CONDITIONAL)

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
    negating: frozenset[str]
    conditional_marks: frozenset[str]
    reporting: frozenset[str]


@lru_cache(maxsize=1)
def cues() -> Cues:
    raw = data.read_yaml("events/cue_words.yaml")
    f = lambda *keys: frozenset(w.lower() for k in keys for w in _get(raw, k))  # noqa: E731
    return Cues(
        intended_verbs=f("intended.verbs"), intended_aux=f("intended.auxiliaries"),
        considered_verbs=f("considered.verbs"), considered_aux=f("considered.auxiliaries"),
        considered_adj=f("considered.adjectives"), requesting=f("requesting.verbs"),
        negating=f("negating.verbs"), conditional_marks=f("conditional_marks"), reporting=f("reporting_verbs"),
    )


def _get(raw: dict, dotted: str) -> list[str]:
    node = raw
    for part in dotted.split("."):
        node = node.get(part, []) if isinstance(node, dict) else []
    return list(node or [])


def is_negated(tok: Token) -> bool:
    """A negation attached to the verb itself ("did not sign", "never attacked", "no longer")."""
    for c in tok.children:
        if c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in lexicon.words("modality_cues", "negating_adverbs")):
            return True
        if c.dep_ == "det" and c.lower_ == "no":
            return True
    return False


def is_rule_out(tok: Token) -> bool:
    return tok.lemma_.lower() == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children)


def _local(tok: Token, c: Cues) -> str | None:
    """Modality carried by the verb's own auxiliaries and negation."""
    aux = {ch.lower_ for ch in tok.children if ch.dep_ in {"aux", "auxpass"}}
    if is_negated(tok):
        return NEGATED
    if aux & c.considered_aux:
        return CONSIDERED
    if aux & c.intended_aux:
        return INTENDED
    if any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in tok.children) and tok.dep_ == "ROOT":
        return INTENDED  # headline style: "X to visit Y"
    return None


def _conditional(tok: Token, c: Cues) -> bool:
    """True when the verb sits in an if-clause, or is the consequence of one in its sentence."""
    for ch in tok.children:
        if ch.dep_ == "mark" and ch.lower_ in c.conditional_marks:
            return True
    # the consequence: a main-clause verb with an if-clause among its dependents
    for ch in tok.children:
        if ch.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in lexicon.words("modality_cues", "consequence_marks") for g in ch.children):
            return True
    return False


def _prevented(prep: Token, head: Token) -> bool:
    """ "from" under a preventing verb ("blocked X from sending"), or "of"/"to" under a near-miss
    word ("stopped short of imposing", "came close to signing"); words in data/lexicon/modality_cues.yaml."""
    words = lexicon.load("modality_cues")
    lemma = head.lemma_.lower()
    if prep.lower_ == "from" and lemma in words.preventing_verbs and head.pos_ == "VERB":
        return True
    return prep.lower_ in lexicon.words("modality_cues", "near_miss_preps") and lemma in words.near_miss_words and head.pos_ in {"ADJ", "ADV"}


def _weighed_by(tok: Token, c: Cues) -> Token | None:
    """The considering verb ("consider", "weigh") that ``tok`` is the complement of, within a few
    steps up its clause chain, if any (a negated one is left to :func:`of`)."""
    node = tok
    for _ in range(3):
        if node.dep_ not in {"xcomp", "ccomp", "pcomp", "advcl", "dobj", "pobj", "prep"} or node.head.i == node.i:
            return None
        head = node.head
        if head.lemma_.lower() in c.considered_verbs and head.pos_ in {"VERB", "AUX"} and not is_negated(head):
            return head
        node = head
    return None


def is_consequence(tok: Token) -> bool:
    """The main clause of a conditional ("..., the other will deploy ..."), not its if-clause."""
    return any(ch.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in lexicon.words("modality_cues", "consequence_marks") for g in ch.children)
               for ch in tok.children)


def of(tok: Token) -> tuple[str, Token | None]:
    """Return (modality, governing cue token or None) for the event verb or noun ``tok``.

    Walks up the heads: the nearest cue decides. "did not rule out supplying" -> considered;
    "denied sending" -> negated; "is considering supplying" -> considered; "will send" -> intended;
    "if either is invaded, the other will deploy" -> conditional.
    """
    c = cues()
    own = _local(tok, c)
    if _conditional(tok, c):
        weigh_marks = set(lexicon.load("modality_cues").weighing_marks)
        own_if = any(ch.dep_ == "mark" and ch.lower_ in c.conditional_marks and ch.lower_ not in weigh_marks
                     for ch in tok.children)   # the if-clause itself stays the condition
        weigher = None if own_if else _weighed_by(tok, c)
        if weigher is not None:
            # "is considering sending arms if Russia helps", "weighing whether to launch": the act
            # is weighed first; its condition is part of what is weighed
            return CONSIDERED, weigher
        return CONDITIONAL, None
    if own == NEGATED:
        return NEGATED, None
    node = tok
    depth = 0
    while node.dep_ in _COMPLEMENT_DEPS and node.head.i != node.i and depth < 6:
        head = node.head
        depth += 1
        lemma = head.lemma_.lower()
        if _conditional(head, c):
            return CONDITIONAL, head
        if is_rule_out(head):
            return (CONSIDERED if is_negated(head) else NEGATED), head
        if node.dep_ == "prep" and _prevented(node, head):
            # "blocked the EU from sending aid", "stopped short of imposing sanctions",
            # "came close to signing": the act did not take place
            return (ASSERTED if is_negated(head) else NEGATED), head
        if head.pos_ in {"VERB", "AUX", "ADJ", "NOUN"}:
            if lemma in c.negating and node.dep_ in {"xcomp", "ccomp", "pcomp", "dobj", "prep", "pobj"}:
                return (CONSIDERED if is_negated(head) else NEGATED), head
            if lemma in c.considered_verbs or lemma in c.considered_adj:
                # "is not considering sending": what is not even considered did not happen
                return (NEGATED if is_negated(head) else CONSIDERED), head
            if lemma in c.intended_verbs and node.dep_ in {"xcomp", "ccomp", "pcomp", "prep", "pobj", "dobj"}:
                return (NEGATED if is_negated(head) else INTENDED), head
            head_local = _local(head, c)
            if head_local == NEGATED and node.dep_ in {"xcomp", "conj"}:
                return NEGATED, head
            if head_local in {CONSIDERED, INTENDED} and node.dep_ in {"xcomp", "conj"}:
                return head_local, head
        if node.dep_ in {"ccomp", "relcl", "advcl"} and head.pos_ in {"VERB", "AUX"} and _finite(node):
            break  # a finite clause has its own modality; stop at the clause boundary
        node = head
    return (own or ASSERTED), None


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
    words = lexicon.load("modality_cues")
    lemma = trigger.lemma_.lower()
    if lemma in words.weighing_verbs and trigger.pos_ in {"VERB", "AUX"}:
        return CONSIDERED
    if code[:2] in THREAT_ROOTS and (is_consequence(trigger) or any(
            ch.dep_ in {"ccomp", "xcomp"} and is_consequence(ch) for ch in trigger.children)):
        return CONDITIONAL
    if code[:2] in INTENT_ROOTS and lemma in words.intent_statement_verbs:
        return INTENDED
    return mod


OBLIGATION_AUX = lexicon.words("modality_cues", "obligation_auxes")


def is_obligation(tok: Token) -> bool:
    """"Libya must hand over the suspects": an obligation someone states, not an act."""
    for ch in tok.children:
        if ch.dep_ in {"aux", "auxpass"} and ch.lower_ in OBLIGATION_AUX:
            return True
        if ch.dep_ == "aux" and ch.lower_ == "to" and tok.head.lemma_.lower() == "have" and tok.dep_ == "xcomp":
            return True
    return False


def _finite(tok: Token) -> bool:
    """A tensed clause ("that Seoul would reassess"), not an infinitive ("allow planes to land")."""
    if any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in tok.children):
        return False
    return tok.tag_ in {"VBD", "VBZ", "VBP", "MD"} or any(ch.dep_ in {"aux", "auxpass", "mark", "nsubj", "nsubjpass"}
                                                          for ch in tok.children)


def in_purpose(tok: Token) -> bool:
    """The act or one it depends on is a purpose ("offered troops to help him oust Aoun")."""
    node = tok
    for _ in range(3):
        if is_purpose(node):
            return True
        if node.dep_ not in {"xcomp", "conj", "ccomp"} or node.head.i == node.i:
            return False
        node = node.head
    return False


def is_purpose(tok: Token) -> bool:
    """"sent troops to help", "in order to monitor": the purpose of an act, not an act that happened."""
    if tok.dep_ not in {"advcl", "acl", "relcl", "xcomp"}:
        return False
    has_to = any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in tok.children)
    if not has_to:
        return False
    if tok.dep_ == "xcomp":
        # "sent inspectors to monitor" (object control) is a purpose; "agreed to monitor" is not
        return any(ch.dep_ == "dobj" for ch in tok.head.children) and tok.head.lemma_.lower() not in (
            cues().intended_verbs | cues().considered_verbs | cues().requesting | cues().negating)
    return True


def is_requested(tok: Token) -> bool:
    """True when the act is what someone urges, asks, warns about or accuses another of.

    "X urged Y to withdraw" or "X accused Y of shelling": the withdrawing or shelling is not
    asserted, and the event is the urging or accusing itself. So is an obligation ("Y must withdraw").
    """
    if is_obligation(tok):
        return True
    c = cues()
    node = tok
    for _ in range(4):
        if node.dep_ not in {"xcomp", "ccomp", "pcomp", "pobj", "prep", "advcl", "acl", "acomp"} or node.head.i == node.i:
            return False
        head = node.head
        if head.lemma_.lower() in c.requesting or is_obligation(head):
            return True  # "its demand that Israel ease", "the US must be ready to mediate"
        if head.pos_ == "VERB" and node.dep_ in {"ccomp", "advcl"}:
            return False
        node = head
    return False
