"""Named sets of spaCy dependency labels shared by the coding stages (grammar, so code constants:
each set is written once here and imported where it is needed), and the repairs of a few parse shapes the
small parser gets wrong in long sentences (``repair_*``: tree shape only, no actors, no codes)."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from .doctext import tokens, word_at

#: the subject of a clause, active or passive ("Russia attacked", "Kyiv was attacked")
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: the one an act is done to: the object of an active verb or the subject of a passive one
PATIENTS = frozenset({"dobj", "nsubjpass"})
#: finite clauses hung under another clause (a report, a background, a relative clause)
FINITE_CLAUSES = frozenset({"advcl", "ccomp", "relcl"})


# ---- repairs of the parse: shapes the small parser gets wrong in long wire sentences ---------------------
# Each repair re-hangs a few words of one misparsed shape and nothing else; the coder reads the tree after.

def repair_dateline(doc: Doc, end: int) -> None:
    """ "SARAJEVO, April 6 - Snipers opened fire on ...": the words of a dateline (before ``end``, a character
    offset) name where the story was filed; the parser may make them a subject of the first verb, with the real
    subject hung on them as an apposition ("NEW YORK, Aug 6 - The Security Council imposed ..."). They are no
    subject; a noun after the dateline hung on them takes their place."""
    for t in [t for t in tokens(doc) if t.idx < end]:
        if t.dep_ not in SUBJECTS or t.head.idx < end:
            continue
        verb, dep = t.head, t.dep_
        # the highest words after the dateline under it ("CITY, Aug 7 - Leaders of ...": Leaders under Aug)
        for c in [c for c in t.subtree if c.idx >= end and c.head.idx < end and c.pos_ in {"NOUN", "PROPN", "PRON", "NUM"}]:
            c.head = verb
            c.dep_ = dep
        t.dep_ = "npadvmod"


def repair_adjective_subject(doc: Doc) -> None:
    """ "... as troops loyal to President Kiir battled forces of his deputy": an adjective phrase after a subject
    noun ("loyal to", "close to", "angry at") that the parser made the head of a verbless clause, the noun its
    subject and the clause's real verb a conjunct with no subject. The verb takes the adjective's place, the
    noun becomes its subject and the adjective modifies the noun. Only an adjective with a prepositional phrase,
    no verb of its own (no copula or auxiliary), right before a finite verb that has no subject."""
    for a in tokens(doc):
        if a.pos_ != "ADJ" or (a.head.pos_ in {"NOUN", "PROPN"} and a.head.i != a.i):
            continue
        nouns = [c for c in a.children if c.dep_ == "nsubj" and c.i < a.i and c.pos_ in {"NOUN", "PROPN"}]
        if len(nouns) != 1 or any(c.pos_ == "AUX" or c.dep_ in {"aux", "cop", "auxpass"} for c in a.children) \
                or not any(c.dep_ == "prep" and c.i > a.i for c in a.children):
            continue
        after = a.right_edge.i + 1
        if after >= len(doc) or word_at(a.doc, after).sent.start != a.sent.start:
            continue
        v = word_at(doc, after)
        if v.pos_ != "VERB" or v.tag_ not in {"VBD", "VBZ", "VBP"} or any(
                c.dep_ in SUBJECTS or c.dep_ == "expl" for c in v.children):
            continue
        n = nouns[0]
        old_head, old_dep = a.head, a.dep_
        # in an order that never makes a cycle: the verb first, then the noun, then the adjective
        if v.head.i == a.i or (v.head.i == old_head.i and old_dep != "ROOT"):
            # the verb hung as a conjunct of the adjective or beside it: it takes the adjective's place
            v.head = v if old_head.i == a.i else old_head
            v.dep_ = old_dep
        elif a.i <= v.head.i <= a.right_edge.i:
            continue
        n.head = v
        n.dep_ = "nsubj"
        a.head = n
        a.dep_ = "amod"
        for c in [c for c in a.children if c.i < n.i]:   # "as", "while": the marks of the clause
            c.head = v


def repair_zero_relative(doc: Doc) -> None:
    """ "..., a step the U.N. General Assembly later condemned by a large majority", "in a bombing the army blamed
    on the Taliban": a relative clause with no relative pronoun whose subject the parser hung on the noun as an
    apposition and whose verb it made a participle on the noun. The apposition right before the verb (adverbs
    aside), a noun phrase with its own article and no comma before it, is the verb's subject and the verb a
    relative clause."""
    for v in tokens(doc):
        if v.dep_ != "acl" or v.tag_ not in {"VBD", "VBN"} or v.head.pos_ != "NOUN" or v.head.i > v.i:
            continue
        n = v.head
        # a noun phrase of its own ("the army", "the U.N. General Assembly": with its article) right after the
        # noun with no comma between; not a bare name in apposition ("the capital Kyiv, struck by missiles")
        subjects = [c for c in n.children if c.dep_ == "appos" and n.i < c.i < v.i and c.pos_ in {"NOUN", "PROPN"}
                    and c.left_edge.i == n.i + 1 and any(d.dep_ == "det" for d in c.children)
                    and all(word_at(doc, k).pos_ == "ADV" or word_at(doc, k).head.i == v.i for k in range(c.i + 1, v.i))]
        if len(subjects) != 1 or any(c.dep_ in SUBJECTS for c in v.children):
            continue
        s = subjects[0]
        s.head = v
        s.dep_ = "nsubj"
        v.dep_ = "relcl"
        v.tag_ = "VBD"


def _rehang(moves: list[tuple[Token, Token, str]]) -> None:
    """Give each word its new head and relation, in the order given (a root first, so no step makes a cycle)."""
    for word, head, dep in moves:
        word.head = head
        word.dep_ = dep


def repair_summary_root(doc: Doc) -> None:
    """ "Bahrain cut ties with Qatar, accusing Doha of backing militants, a charge Qatar rejected.": a relative clause
    with no relative pronoun on a noun after a comma that sums up the sentence, at its end, that the parser made the
    main clause: its verb the root, the summing noun its object, and the real main clause a complement before them.
    The complement becomes the root again, the noun hangs on it and the verb is a relative clause on the noun.
    Only a past verb ending the sentence, with its subject between the noun and it, and the noun right after a comma
    with its own article ("a charge", "a move")."""
    for v in tokens(doc):
        if v.dep_ != "ROOT" or v.pos_ != "VERB" or v.tag_ != "VBD":
            continue
        # (unreal53) the noun also read as the verb's subject, its real subject a second subject or a name in
        # apposition to the noun ("..., a charge Asmara rejected", "..., a move Caracas rejected as a fabrication")
        nouns = [c for c in v.children if c.dep_ in {"dobj", "nsubj"} and c.i < v.i and c.pos_ == "NOUN"
                 and c.left_edge.i > 0 and word_at(doc, c.left_edge.i - 1).text == ","
                 and word_at(doc, c.left_edge.i).dep_ == "det" and word_at(doc, c.left_edge.i).head.i == c.i]
        if len(nouns) != 1:
            continue
        n = nouns[0]
        named = [c for c in n.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i < v.i] \
            if n.dep_ == "nsubj" else []
        if not any(c.dep_ == "nsubj" and n.i < c.i < v.i for c in v.children) and len(named) != 1:
            continue
        mains = [c for c in v.children if c.dep_ == "ccomp" and c.pos_ == "VERB" and c.right_edge.i < n.left_edge.i]
        # (unreal53) what the verb calls the act may follow it: "rejected as baseless", "dismissed as a fabrication"
        if len(mains) != 1 or any(c.i > v.i and not c.is_punct and not (
                c.dep_ in {"oprd", "acomp", "advmod"} or (c.dep_ == "prep" and c.lower_ == "as")) for c in v.children):
            continue
        main = mains[0]
        # the noun sums up the clause right before the comma: it hangs on that clause's verb ("accusing Doha of
        # backing militants, a charge ...": on "backing"), as the parser hangs such a noun when it reads it right
        summed = word_at(doc, n.left_edge.i - 2) if n.left_edge.i >= 2 else main
        while summed.pos_ not in {"VERB", "AUX"} and summed.i != main.i and summed.head.i != summed.i:
            summed = summed.head
        if not (main.left_edge.i <= summed.i <= main.right_edge.i):
            continue
        # in an order that never makes a cycle: the main clause first, then the noun, then the verb
        _rehang([(main, main, "ROOT"), (n, summed, "npadvmod"), (v, n, "relcl")] + [(t, v, "nsubj") for t in named])
        for c in [c for c in v.children if c.is_punct]:   # the comma before the noun, the full stop
            c.head = main


def repair_reduced_relative_subject(doc: Doc, weapons: frozenset[str], impacts: frozenset[str]) -> None:
    """ "Grenades hurled into an opposition rally killed 16 people", "Shells fired from the hills hit the market": a
    subject with a participle after it (a reduced relative: the grenades that were hurled) that the parser read as
    the main verb, so that the real main verb, past and with an object but no subject, hangs on the noun at the end
    of the participle's phrase as a clause of its own. A past-tense root that is a participle's shape (VBN or VBD)
    with a noun subject, no object and no auxiliary, whose place phrase ends in a noun carrying that verb: the
    later verb becomes the root with the noun as subject, the participle a clause on the noun. Only a weapon as the
    subject (``weapons``: data event_words weapon_nouns), which is hurled or fired and cannot do either, and a later
    verb of impact (``impacts``: impact_verbs): on other subjects the shape is too often a right parse."""
    for r in tokens(doc):
        if r.dep_ != "ROOT" or r.pos_ != "VERB" or r.tag_ not in {"VBD", "VBN"}:
            continue
        subj = [c for c in r.children if c.dep_ == "nsubj" and c.i < r.i and c.pos_ == "NOUN"
                and c.lemma_.lower() in weapons]
        if len(subj) != 1 or subj[0].i + 1 != r.i or any(
                c.dep_ in {"dobj", "aux", "auxpass", "ccomp", "xcomp"} for c in r.children):
            continue
        preps = [c for c in r.children if c.dep_ == "prep" and c.i > r.i]
        if not preps:
            continue
        # the later verb as the participle's clause or conjunct ("hurled ... killed": advcl, "fired ... hit": conj
        # with no "and"), or as a clause on the noun that ends the place phrase ("into a rally killed")
        verbs = [v for v in r.children if v.dep_ in {"advcl", "conj"} and _subjectless_past(doc, v, preps[0].i)] + [
            v for p in preps for v in p.subtree if v.dep_ in {"acl", "relcl"} and v.head.pos_ == "NOUN"
            and v.head.i + 1 == v.i and _subjectless_past(doc, v, preps[0].i)]
        verbs = [v for v in verbs if v.lemma_.lower() in impacts]
        # (parse32) an "and" may join a second verb to the later one ("killed 16 people and wounded ..."), none before it
        if len(verbs) != 1 or any(c.dep_ == "cc" and c.i < verbs[0].i for c in r.children):
            continue
        v, n = verbs[0], subj[0]
        # in an order that never makes a cycle: the later verb first, then the subject, then the participle
        _rehang([(v, v, "ROOT"), (n, v, "nsubj"), (r, n, "acl")])
        r.tag_ = "VBN"
        # the full stop, and a verb coordinated after the later one with its "and" ("... and wounded his bodyguard")
        for c in [c for c in r.children if c.i > v.i and (c.is_punct or c.dep_ in {"cc", "conj"})]:
            c.head = v


def _subjectless_past(doc: Doc, v: Token, after: int) -> bool:
    """A past verb after word ``after`` with an object and no subject, no mark ("as", "when") and no comma or "and"
    right before it: a main verb whose subject the parser gave to an earlier participle."""
    before = word_at(doc, v.i - 1)
    return v.pos_ == "VERB" and v.tag_ == "VBD" and v.i > after and before.text != "," and before.dep_ != "cc" \
        and any(c.dep_ == "dobj" and c.i > v.i for c in v.children) \
        and not any(c.dep_ in SUBJECTS or c.dep_ == "mark" for c in v.children)


#: a pronoun that can be the subject of a finite verb ("they froze", "it suspended"); a relative "that" cannot
_SUBJECT_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "it", "they"})


def retag_joined_verbs(doc: Doc, is_joined_verb: Callable[[Token], bool]) -> None:
    """(hyph36) "Police tear-gassed protesters", "riot police baton-charged students": a hyphenated dictionary verb
    the readers joined into one word (hyphens.retokenize) is a word the tagger never saw, and it reads the past form as
    an adjective on the noun after it. Such a word is the past participle it is (VERB, VBN), so that
    ``repair_verb_read_as_adjective`` can make it the head of its clause when a subject stands before it."""
    for t in tokens(doc):
        if t.pos_ != "ADJ":
            continue   # (each case below reads an adjective; a word's head is a new Token per read)
        if t.dep_ != "amod" and any(c.dep_ == "auxpass" for c in t.children) and is_joined_verb(t):
            # (coerce40) "students were tear-gassed by police": with its passive auxiliary, the participle of a passive
            t.pos_, t.tag_ = "VERB", "VBN"
            continue
        be = t.head
        if t.pos_ == "ADJ" and t.dep_ == "acomp" and be.lemma_.lower() == "be" and be.i < t.i and is_joined_verb(t):
            # (coerce40) "protesters were tear-gassed in Santiago", parsed as "were" with an adjective: the passive of
            # the joined verb heads the clause, "were" its auxiliary and the subject its patient
            t.pos_, t.tag_ = "VERB", "VBN"
            for c in list(be.children):
                if c.i != t.i:
                    c.head = t
                    if c.dep_ == "nsubj":
                        c.dep_ = "nsubjpass"
            t.dep_ = be.dep_
            t.head = t if be.head.i == be.i else be.head
            be.head = t
            be.dep_ = "auxpass"
        if t.pos_ == "ADJ" and t.dep_ == "amod" and is_joined_verb(t):
            t.pos_, t.tag_ = "VERB", "VBN"
            before = word_at(doc, t.i - 1) if t.i > t.sent.start else t
            if before.i < t.i < t.head.i and before.pos_ in {"NOUN", "PROPN"} and before.head.i == t.head.i \
                    and before.dep_ in {"nmod", "compound"}:
                # "Police tear-gassed protesters": the noun made a modifier of the object is the verb's subject
                before.head = t
                before.dep_ = "nsubj"


def repair_verb_read_as_adjective(doc: Doc) -> None:
    """(verbs14) "Reagan froze Panamanian government assets", "riot police removed demonstrators", "Washington secured
    development rights", "a warship fired warning shots": a past verb with its own subject right before it that the
    parser made an adjective on the noun after it (as in "promised elections", "allied militias"), the noun the
    object of nothing or of the sentence's first verb. A finite verb is no adjective when a subject noun of its own
    stands before it: it becomes the head of its clause, the noun phrase after it its object. Only a past form
    (VBD, or VBN with no determiner before it), a subject that is a noun or a personal pronoun (not a relative
    "that": "heard that dismissed mayor Alice Guo ..."), and a noun phrase that is the root, the object or
    conjunct of a verb, or a noun hung on a verbless root (a dateline, "hours")."""
    repaired: dict[int, int] = {}   # noun phrase head -> the verb it is now the object of
    for v in tokens(doc):
        if v.dep_ != "amod" or v.pos_ != "VERB" or v.tag_ not in {"VBD", "VBN"} or v.head.i < v.i:
            continue
        subjects = [c for c in v.children if c.dep_ in {"nsubj", "npadvmod"} and c.i < v.i and (
            c.pos_ in {"NOUN", "PROPN"} or (c.pos_ == "PRON" and c.lower_ in _SUBJECT_PRONOUNS))]
        before = word_at(doc, v.i - 1) if v.i > v.sent.start else v
        if not subjects and before.dep_ == "ROOT" and before.pos_ in {"NOUN", "PROPN"} and v.head.head.i == before.i \
                and v.head.dep_ in {"dobj", "appos"} and v.i == v.head.left_edge.i:
            # "Trump imposed sweeping tariffs ...": the subject made the root, the noun after the verb its object
            subjects = [before]
        if len(subjects) != 1 or any(c.dep_ in {"det", "poss"} for c in v.children):
            continue
        s = subjects[0]
        if any(not word_at(doc, k).whitespace_ or word_at(doc, k).text == "-" for k in range(s.i, v.i)):
            continue   # "a UN-brokered ceasefire", "Iranian-backed militias": a compound adjective, no clause
        if any(word_at(doc, k).dep_ in {"det", "poss"} and word_at(doc, k).head.i == v.head.i for k in range(s.i + 1, v.i)):
            continue   # "the proposed ...": a determiner of the noun between subject and verb
        n = v.head
        while n.dep_ == "compound" and n.head.i > n.i and n.head.pos_ in {"NOUN", "PROPN"}:
            n = n.head   # "extradited cocaine trafficker Carlos Lehder": the phrase's head
        if n.pos_ not in {"NOUN", "PROPN"}:
            continue
        old_head, old_dep = n.head, n.dep_
        if old_dep == "ROOT":
            kind = "root"
        elif old_head.i == s.i:
            kind = "verbless"
        elif old_head.pos_ in {"VERB", "AUX"} and old_dep in {"dobj", "conj"}:
            kind = "clause"
        elif old_dep == "conj" and old_head.i in repaired:
            kind = "second"   # "a warship fired warning shots and a bomber dropped bombs"
        elif old_dep == "conj" and old_head.dep_ == "dobj" and old_head.head.pos_ == "VERB" and old_head.i < s.i:
            kind = "object"   # "initialled a peace agreement and Washington secured development rights"
        elif old_head.dep_ == "ROOT" and old_head.pos_ not in {"VERB", "AUX"}:
            kind = "verbless"   # "WASHINGTON, April 8 - Reagan froze ...", "... to the United States hours after"
        else:
            continue
        # in an order that never makes a cycle: the verb leaves the noun first, then the noun hangs on the verb
        if kind == "root":
            v.head = v
            v.dep_ = "ROOT"
        elif kind == "clause":
            v.head = old_head
            v.dep_ = "ccomp" if old_dep == "dobj" else "conj"
        elif kind == "object":
            v.head = old_head.head
            v.dep_ = "conj"
            for c in [c for c in old_head.children if c.dep_ == "cc" and old_head.i < c.i < s.i]:
                c.head = old_head.head
        elif kind == "second":
            v.head = word_at(doc, repaired[old_head.i])
            v.dep_ = "conj"
        else:
            v.head = v
            v.dep_ = "ROOT"
            old_head.head = v
            old_head.dep_ = "nsubj" if old_head.i == s.i else "npadvmod"
            for c in [c for c in old_head.children if c.i > v.i and c.i != n.i and (
                    c.is_punct or c.dep_ in {"cc", "conj"})]:   # "and said ...", the full stop
                c.head = v
        n.head = v
        n.dep_ = "dobj"
        s.dep_ = "nsubj"
        if v.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass"} for c in v.children):
            v.tag_ = "VBD"
        # a verb or the sentence's end hung on the noun belongs to the clause ("froze assets ... and barred payments")
        for c in [c for c in n.children if (c.dep_ == "conj" and c.pos_ == "VERB") or c.dep_ in {"cc", "punct"}
                  and c.i > n.i and c.head.i == n.i and any(g.dep_ == "conj" and g.pos_ == "VERB" for g in n.children)]:
            c.head = v
        if kind in {"root", "verbless"}:
            for c in [c for c in n.children if c.is_punct and c.i == len(doc) - 1]:
                c.head = v
        repaired[n.i] = v.i


def repair_hedge_read_as_verb(doc: Doc, hedges: frozenset[str], verb_lemma: Callable[[str], str]) -> None:
    """(force29) "Pakistani aircraft struck suspected TTP hideouts", "suspected Kuki militants fired rockets into a
    village": a hedge on a noun (data: modality_cues hedged_doer_words: suspected, alleged) that the parser made the
    verb of the clause, the clause's real verb hung on it as an auxiliary (the verb right before it) or as its
    complement (the verb whose subject is the noun right after it). The real verb takes the hedge's place, the hedge
    is an adjective on the noun after it, and the hedge's other words (a date phrase, the full stop) go to the verb.
    ``verb_lemma`` gives the lemma of a verb form the parser left unlemmatised (``nlp.verb_lemma``)."""
    for h in tokens(doc):
        if h.lower_ not in hedges or h.tag_ not in {"VBN", "VBD"} or any(c.dep_ in SUBJECTS for c in h.children):
            continue
        after = h.i + 1
        if after >= len(doc) or word_at(doc, after).sent.start != h.sent.start:
            continue
        v = None
        n = None
        aux = [c for c in h.children if c.dep_ == "aux" and c.i == h.i - 1 and c.tag_ == "VBD"
               and c.lemma_.lower() not in {"be", "have", "do"}]
        if aux:
            # "aircraft struck suspected hideouts": struck/aux <- suspected, hideouts/dobj <- suspected
            v = aux[0]
            objs = [c for c in h.children if c.dep_ == "dobj" and c.i > h.i and c.left_edge.i == after]
            if len(objs) != 1:
                continue
            n = objs[0]
            role = "dobj"
        else:
            # "suspected Kuki militants fired rockets": fired/ccomp <- suspected, militants/nsubj <- fired
            for c in h.children:
                if c.dep_ == "ccomp" and c.pos_ == "VERB" and c.tag_ in {"VBD", "VBZ", "VBP"}:
                    subj = [g for g in c.children if g.dep_ == "nsubj" and g.left_edge.i == after
                            and g.pos_ in {"NOUN", "PROPN"}]
                    if subj:
                        v, n = c, subj[0]
                        break
            role = "nsubj"
        if v is None or n is None:
            continue
        old_head, old_dep = h.head, h.dep_
        # in an order that never makes a cycle: the verb leaves the hedge, takes its place, then the hedge hangs on
        # the noun
        v.head = v if old_dep == "ROOT" else old_head
        v.dep_ = old_dep
        for c in [c for c in h.children if c.i != v.i and c.i != n.i]:
            c.head = v
        n.head = v
        n.dep_ = role
        h.head = n
        h.dep_ = "amod"
        if v.pos_ == "AUX":
            v.pos_ = "VERB"   # read as an auxiliary, the verb was tagged one and left unlemmatised ("struck")
            v.lemma_ = verb_lemma(v.lower_)


def repair_identified_doer(doc: Doc, participles: frozenset[str]) -> None:
    """(parse37) "Gunmen suspected to be bandits abducted 18 worshippers", "men believed to be Islamist fighters
    attacked a village": a participle that says who the doer is thought to be (data: modality_cues
    identifying_participles) right after its noun, that the parser made the clause's verb, with the real verb a clause
    on the noun after "be" ("bandits abducted ...") or a clause of the participle. The real verb takes the participle's place with the noun as its
    subject, and the participle is a clause on that noun. A clause of its own after "be" ("suspected to be bandits
    who abducted ...", one with its own subject, or a participle with a by-agent) is left as parsed."""
    for v in tokens(doc):
        if v.lower_ not in participles or v.tag_ not in {"VBN", "VBD"} or any(
                c.dep_ in {"aux", "auxpass"} for c in v.children):
            continue
        s = next((c for c in v.children if c.dep_ in {"nsubj", "nsubjpass"} and c.right_edge.i == v.i - 1
                  and c.pos_ in {"NOUN", "PROPN"}), None)
        be = next((c for c in v.children if c.dep_ == "xcomp" and c.lemma_ == "be" and c.i > v.i), None)
        n = next((c for c in be.children if c.dep_ == "attr"), None) if be is not None else None
        if s is None or n is None:
            continue
        w = next((c for c in [*n.children, *v.children] if c.i > n.i and c.pos_ == "VERB"
                  and (c.dep_ in {"acl", "relcl"} and c.head.i == n.i or c.dep_ in {"ccomp", "conj"} and c.head.i == v.i)
                  and (c.tag_ in {"VBD", "VBZ", "VBP"} or c.tag_ == "VBN" and any(g.dep_ == "dobj" for g in c.children))
                  and not any(g.dep_ in SUBJECTS or g.dep_ in {"agent", "auxpass", "mark"} or g.tag_ in {"WDT", "WP"}
                              for g in c.children)), None)
        if w is None:
            continue
        old_head, old_dep = v.head, v.dep_
        # in an order that never makes a cycle: the verb takes the participle's place, then the noun hangs on the verb,
        # then the participle on the noun
        _rehang([(w, w if old_dep == "ROOT" else old_head, old_dep)])
        for c in [c for c in v.children if c.i > w.i]:
            c.head = w   # the date, the full stop
        _rehang([(s, w, "nsubj"), (v, s, "acl")])


def repair_aside_of_request(doc: Doc, participles: frozenset[str], asking: frozenset[str]) -> None:
    """(verbal58) "Georgia's ruling party asked the court to outlaw three parties, accusing them of seeking to overthrow
    the constitutional order", "India asked the IMF not to release the tranche, accusing Islamabad of funnelling money to
    militants", "demanded that Eritrea withdraw its troops, accusing Asmara of ...": a participle of saying set off by a
    comma with no subject of its own (event_words statement_participles) that the parser hangs on the verb of the act
    asked for is the asker's own word beside the request, not part of what is asked: it hangs on the asking verb
    (modality_cues requesting verbs), the highest such verb in the chain of complements above it."""
    for v in tokens(doc):
        if v.tag_ != "VBG" or v.dep_ != "advcl" or v.lemma_.lower() not in participles or v.i == 0 \
                or word_at(doc, v.i - 1).text != "," or any(c.dep_ in SUBJECTS for c in v.children):
            continue
        node, asker = v.head, None
        for _ in range(5):
            if node.dep_ not in {"xcomp", "ccomp"} or node.head.i == node.i or node.head.i > v.i:
                break
            node = node.head
            if node.pos_ in {"VERB", "AUX"} and node.lemma_.lower() in asking:
                asker = node
        if asker is not None and asker.i != v.head.i:
            v.head = asker


def repair_participle_read_as_adjective(doc: Doc) -> None:
    """(clauses15) "Gunmen attacked a village, burning houses and kidnapping 40 people", "drones struck airfields,
    destroying or damaging long-range bombers": a present participle right after a comma that the parser made an
    adjective on the noun after it ("burning houses" read as "burning" houses), that noun a second object of the
    verb before the comma. A verb has one direct object: the participle is an aside of that verb and the noun its
    object; verbs the parser coordinated with the noun go with the participle."""
    for v in tokens(doc):
        if v.dep_ != "amod" or v.pos_ != "VERB" or v.tag_ != "VBG" or v.i == 0 or word_at(doc, v.i - 1).text != ",":
            continue
        n = v.head
        verb = n.head
        if n.dep_ in {"appos", "conj"} and verb.dep_ == "dobj":
            verb = verb.head   # "raided villages, burning huts": the noun hung on the first object
        elif n.dep_ not in {"dobj", "advcl", "npadvmod"}:
            continue
        if n.i < v.i or n.pos_ not in {"NOUN", "PROPN"} or v.i != n.left_edge.i or verb.pos_ != "VERB" or verb.i > v.i:
            continue
        if not any(c.dep_ == "dobj" and c.i < v.i - 1 for c in verb.children):
            continue
        v.head = verb
        v.dep_ = "advcl"
        n.head = v
        n.dep_ = "dobj"
        moved = [c for c in n.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        for c in moved:
            c.head = v
        for c in [c for c in n.children if c.dep_ == "cc" and moved and c.i < moved[0].i]:
            c.head = v



def repair_gerund_subject_with_agent(doc: Doc) -> None:
    """(fight38) "Shelling by government forces killed three children", "Firing by police wounded two protesters",
    "Heavy shelling by the army killed ten": an act told by its gerund with its doer in a "by" phrase, as the subject
    of what it did. The parser made the gerund a verb (a clausal subject), or made an adjective before it a proper
    noun subject and the gerund a clause on it; such a gerund has no subject or object of its own, so it is the act's
    noun (as "the shelling by government forces"), the subject of the verb, its lemma the noun's own."""
    for g in tokens(doc):
        if g.tag_ != "VBG" or not any(c.dep_ in {"agent", "prep"} and c.lower_ == "by" and any(
                p.dep_ == "pobj" for p in c.children) for c in g.children):
            continue
        if any(c.dep_ in {"dobj", "nsubj", "nsubjpass", "aux", "auxpass", "mark", "neg"} for c in g.children):
            continue
        v = g.head
        if v.i <= g.i or v.pos_ not in {"VERB", "AUX"}:
            if not (g.dep_ == "acl" and g.head.i == g.i - 1 and g.head.dep_ in {"nsubj", "nsubjpass"}
                    and g.head.tag_ == "NNP" and _opens_sentence(doc, g.head) and not any(
                        c.i != g.i for c in g.head.children)):
                continue
            # "Heavy shelling by ...": the capitalised adjective the parser took for the subject modifies the gerund
            adj = g.head
            v = adj.head
            if v.i <= g.i or v.pos_ not in {"VERB", "AUX"}:
                continue
            dep = adj.dep_
            _rehang([(g, v, dep), (adj, g, "amod")])
            adj.pos_ = "ADJ"
            adj.tag_ = "JJ"
        elif g.dep_ in {"csubj", "csubjpass"}:
            g.dep_ = "nsubj" if g.dep_ == "csubj" else "nsubjpass"
        elif g.dep_ not in SUBJECTS:
            continue
        g.pos_ = "NOUN"
        g.tag_ = "NN"
        g.lemma_ = g.lower_
        for c in g.children:
            if c.dep_ == "agent":
                c.dep_ = "prep"


def repair_gerund_after_modifier_object(doc: Doc) -> None:
    """(fight38) "Kherson came under Russian shelling", "the convoy came under heavy shelling": the parser made the
    word before the gerund the object of the preposition and the gerund a clause of the verb. A gerund with no words
    of its own right after a preposition's one-word object, hung on that preposition's verb, is the object's head
    noun: the gerund becomes the object (the act's noun, its lemma the noun's own) and that word its modifier."""
    for g in tokens(doc):
        if g.tag_ != "VBG" or g.dep_ not in {"advcl", "xcomp", "dep"} or g.i < 2 or any(
                c.i < g.i or c.dep_ not in {"advmod", "prep", "npadvmod"} for c in g.children):
            continue   # words after it of time or place only ("again on Sunday"): they are the verb's
        mod = word_at(doc, g.i - 1)
        prep = mod.head
        if mod.dep_ != "pobj" or prep.dep_ != "prep" or prep.i != mod.i - 1 or prep.head.i != g.head.i \
                or any(True for _ in mod.children) or mod.pos_ not in {"PROPN", "ADJ", "NOUN"}:
            continue
        verb = g.head
        _rehang([(g, prep, "pobj"), (mod, g, "amod" if mod.pos_ == "ADJ" or mod.tag_ == "NNP" else "compound")])
        for c in [c for c in g.children if c.i > g.i and c.dep_ != "amod"]:
            c.head = verb
        g.pos_ = "NOUN"
        g.tag_ = "NN"
        g.lemma_ = g.lower_


def repair_object_read_as_subject(doc: Doc, acting_verbs: frozenset[str]) -> None:
    """(parse33) "Police shot dead nine protesters marching against military rule", "troops detained 30 students
    demonstrating outside the ministry": the parser made the object of a verb that acts on people (data:
    event_cues people_object_verbs) the subject of a participle after it, and that participle a complement clause
    of the verb, leaving the verb with no object. A participle with no marker of its own that follows its "subject"
    right after the verb describes that object: the noun is the verb's object, the participle a clause on it."""
    for v in tokens(doc):
        if v.pos_ != "VERB" or v.lemma_.lower() not in acting_verbs or any(
                c.dep_ in {"dobj", "nsubjpass"} for c in v.children):
            continue
        for c in v.children:
            if c.dep_ != "ccomp" or c.tag_ != "VBG" or c.i < v.i or any(
                    g.dep_ in {"mark", "aux", "auxpass", "neg"} for g in c.children):
                continue
            n = next((g for g in c.children if g.dep_ == "nsubj" and g.pos_ in {"NOUN", "PROPN"}), None)
            if n is None or not (v.i < n.left_edge.i and n.i < c.i) or any(
                    word_at(doc, k).pos_ not in {"ADV", "ADJ", "PART"} for k in range(v.i + 1, n.left_edge.i)):
                continue
            _rehang([(n, v, "dobj"), (c, n, "acl")])
            break


def repair_object_read_as_clause_subject(doc: Doc, declaring: frozenset[str], is_actor: Callable[[Token], bool],
                                         clauseless: frozenset[str] = frozenset()) -> None:
    """(parse37) "The government declared a state of emergency in 36 districts and police detained hundreds of
    activists", "Israel announced a blockade of Gaza and Hamas fired rockets": after a verb whose object is what it
    declares or sets in force (data: event_cues object_declaring_verbs), the parser read "X ... and Y did Z" as a
    clause of that verb, "(that) X ... and Y did Z", with X and Y one coordinated subject (or X the first verb's object
    and Y hung in its phrase, or both subjects of the clause). When X is no actor and Y, the noun phrase right before
    the clause's verb after an "and", is one, these are two acts: X is the declaring verb's object, Y the subject of
    the next verb, conjoined with the first. A clause with a marker ("announced that the talks with Iran and Israel
    would resume") is left as parsed. (sides39) A verb of acting on a thing takes no clause at all (data: event_cues
    clauseless_verbs): "protesters stormed parliament and police shot several dead" is two acts whatever X is."""
    nouns = {"NOUN", "PROPN"}
    for v in tokens(doc):
        if v.dep_ != "ccomp" or v.pos_ != "VERB":
            continue   # (first: the head below is a new Token per word)
        g = v.head
        if g.i >= v.i or g.pos_ != "VERB" \
                or g.lemma_.lower() not in declaring | clauseless or any(c.dep_ == "mark" for c in v.children) \
                or any(c.dep_ == "nsubjpass" for c in g.children):
            continue
        subjects = [c for c in v.children if c.dep_ == "nsubj" and g.i < c.i < v.i]
        obj = next((c for c in g.children if c.dep_ == "dobj" and c.i < v.i), None)
        if (obj is None) == (not subjects):
            continue   # neither shape, or an object and a subject of the clause's own
        s = obj if obj is not None else subjects[0]
        if s.pos_ not in nouns or (is_actor(s) and g.lemma_.lower() not in clauseless):
            continue
        y = min((t for t in [*s.subtree, *subjects[1:]] if t.right_edge.i == v.i - 1 and t.pos_ in nouns
                 and t.dep_ in {"conj", "nsubj"} and t.i != s.i), key=lambda t: t.left_edge.i, default=None)
        if y is None or not is_actor(y) or y.left_edge.i <= s.i:
            continue
        cc = word_at(doc, y.left_edge.i - 1)
        if cc.dep_ != "cc":
            continue
        _rehang([(v, g, "conj"), (s, g, "dobj"), (y, v, "nsubj"), (cc, g, "cc")])


def repair_subject_read_as_object_conjunct(doc: Doc) -> None:
    """(sides39) "Students stormed the ministry and police shot several of them dead": the parser joined the next
    clause's subject to the first verb's object ("the ministry and police") and left the next verb, conjoined with the
    first, without a subject. A finite verb with no subject of its own, conjoined with a verb whose object ends in a
    conjunct right before it, takes that conjunct as its subject."""
    for v2 in tokens(doc):
        if v2.dep_ != "conj" or v2.tag_ not in {"VBD", "VBZ", "VBP"}:
            continue   # (first: the head below is a new Token per word)
        v1 = v2.head
        if v1.pos_ != "VERB" or v1.i >= v2.i \
                or any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in v2.children):
            continue
        obj = next((c for c in v1.children if c.dep_ == "dobj" and c.i < v2.i), None)
        if obj is None:
            continue
        y = next((c for c in obj.children if c.dep_ == "conj" and c.right_edge.i == v2.i - 1
                  and c.pos_ in {"NOUN", "PROPN"}), None)
        if y is None:
            continue
        cc = next((c for c in obj.children if c.dep_ == "cc" and c.i < y.left_edge.i), None)
        moves = [(y, v2, "nsubj")]
        if cc is not None:
            moves.append((cc, v1, "cc"))
        _rehang(moves)


def repair_coordinated_verb_read_as_adjective(doc: Doc) -> None:
    """(skipped17) "Boko Haram fighters razed the town and massacred residents", "the army announced his death and
    dissolved parliament", "Serbia put its army on alert and moved units closer to the boundary": a past verb right
    after "and" that the parser made an adjective on the noun after it (as in "massacred residents"), that noun a
    conjunct of the verb before. A noun is never coordinated with a verb: the participle is the verb's second
    clause, coordinated with it, and the noun its object. Only a past form (VBD, VBN) that opens the noun phrase (no
    article or possessive before it) right after the conjunction of that verb."""
    for v in tokens(doc):
        if v.dep_ != "amod" or v.pos_ != "VERB" or v.tag_ not in {"VBD", "VBN"} or v.i == 0:
            continue
        n, cc = v.head, word_at(doc, v.i - 1)
        verb = n.head
        if n.i < v.i or n.pos_ not in {"NOUN", "PROPN"} or n.dep_ != "conj" or verb.pos_ != "VERB" \
                or verb.i > v.i or n.left_edge.i != v.i or cc.dep_ != "cc" or cc.head.i != verb.i \
                or any(c.i < v.i for c in v.children):
            continue
        # in an order that never makes a cycle: the verb leaves the noun first, then the noun hangs on the verb
        v.head = verb
        v.dep_ = "conj"
        n.head = v
        n.dep_ = "dobj"
        if v.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass"} for c in v.children):
            v.tag_ = "VBD"


def repair_adjective_pair_read_as_verb(doc: Doc) -> None:
    """(violence57) "Iraq and Iran exchanged 100 sick and wounded prisoners", "guards beat sick and wounded
    prisoners": the parser may hang the first adjective of a pair on the verb (as its complement) and read the second,
    a past participle after "and"/"or", as a second verb of the clause with the noun for its object, so that a false
    wounding is told. An adjective right before "and"/"or" and a participle that both hang on a verb with no object
    of its own, the participle's object the noun right after it, are one noun phrase: the adjectives modify the noun,
    the noun is the verb's object."""
    for v in tokens(doc):
        if v.dep_ != "conj" or v.pos_ != "VERB" or v.tag_ not in {"VBD", "VBN"} or v.i < 2:
            continue
        cc, a, verb = word_at(doc, v.i - 1), word_at(doc, v.i - 2), v.head
        objs = [c for c in v.children if c.dep_ == "dobj"]
        if cc.lower_ not in {"and", "or"} or a.pos_ != "ADJ" or a.head.i != verb.i or verb.i == v.i \
                or verb.pos_ != "VERB" or verb.i > a.i or a.dep_ not in {"advcl", "acomp", "oprd", "xcomp", "dobj", "ccomp"} \
                or any(c.dep_ == "dobj" for c in verb.children) or len(objs) != 1 \
                or objs[0].left_edge.i != v.i + 1 or objs[0].pos_ != "NOUN" \
                or any(c.dep_ not in {"dobj", "prep", "punct"} for c in v.children) \
                or any(c.i > a.i or c.dep_ not in {"npadvmod", "advmod", "nummod"} for c in a.children):
            continue
        n = objs[0]
        n.head = verb
        n.dep_ = "dobj"
        a.head = n
        a.dep_ = "amod"
        cc.head = a
        v.head = a
        v.pos_ = "ADJ"
        v.tag_ = "JJ"


def repair_coordinated_subject_read_as_modifier(doc: Doc) -> None:
    """ "The Sandinista government and Contra rebel leaders signed ...", "The government and rebel leaders signed
    ...": the parser may hang the first subject, with its own article, as a modifier of the second ("[the
    government and Contra] leaders"), so the verb sees one subject. A modifier with an article of its own is a noun
    phrase of its own: it becomes the subject, the second noun its conjunct, and the words coordinated with the
    first (after "and") modify the second again. Only a subject noun whose modifier has "and"/"or" and a conjunct
    between the two."""
    for n in tokens(doc):
        if n.dep_ not in SUBJECTS or n.pos_ not in {"NOUN", "PROPN"} or n.head.i == n.i:
            continue
        for m in [c for c in n.children if c.dep_ in {"nmod", "compound"} and c.i < n.i]:
            if not any(c.dep_ == "det" and c.i < m.i for c in m.children):
                continue
            ccs = [c for c in m.children if c.dep_ == "cc" and c.lower_ in {"and", "or"} and m.i < c.i < n.i]
            conjs = [c for c in m.children if c.dep_ == "conj" and m.i < c.i < n.i]
            if len(ccs) != 1 or len(conjs) != 1:
                continue
            verb, dep, c = n.head, n.dep_, conjs[0]
            # in an order that never makes a cycle: the first noun up to the verb, then the second under it
            m.head = verb
            m.dep_ = dep
            n.head = m
            n.dep_ = "conj"
            c.head = n
            c.dep_ = "compound"
            break


def repair_noun_read_as_verb(doc: Doc, saying: frozenset[str]) -> None:
    """ "The EU imposed asset freezes and travel bans on officials", "slapped asset freezes on three generals": a
    plural noun the parser read as a present verb ("freezes"/VBZ), the bare noun before it its subject, the two a
    clause hung on the verb before them. A verb that takes no clause (not one of ``saying``) followed right away by a
    bare singular noun and a present verb with no object, auxiliary or mark is a verb and its object: the present
    verb becomes the plural noun, the object of the verb before, and the noun before it its modifier ("asset" of
    "freezes"; "travel bans and asset freezes": the noun coordinated with the first becomes the second's modifier).
    Its other words (a preposition, a clause) hang on the verb, as in the right parse of "imposed travel bans on"."""
    for v in tokens(doc):
        if v.tag_ != "VBZ" or v.pos_ != "VERB" or v.dep_ != "ccomp" or v.i == 0:
            continue
        h = v.head
        if h.pos_ != "VERB" or h.i > v.i or h.lemma_.lower() in saying or any(c.dep_ in {"dobj", "ccomp"} and c.i != v.i for c in h.children):
            continue
        if any(c.dep_ in {"aux", "auxpass", "mark", "neg", "expl"} or c.dep_ == "dobj" and not any(
                word_at(doc, k).text == "," for k in range(v.i + 1, c.left_edge.i)) for c in v.children):
            continue   # an object after a comma is an apposition the parser hung on the verb ("..., the toughest measures")
        subjects = [c for c in v.children if c.dep_ == "nsubj"]
        if len(subjects) != 1:
            continue
        n = subjects[0]
        before = word_at(doc, v.i - 1)
        if n.pos_ != "NOUN" or n.left_edge.i != h.i + 1 or before.tag_ != "NN" or before.pos_ != "NOUN" or any(
                word_at(doc, k).dep_ in {"det", "poss", "punct"} or word_at(doc, k).pos_ in {"PRON", "PROPN", "NUM"}
                for k in range(n.left_edge.i, v.i)):
            continue
        if before.i == n.i:
            first = None   # "imposed asset freezes on": the noun is the modifier of the plural noun
        elif before.dep_ == "conj" and before.head.i == n.i and n.tag_ == "NNS":
            first = n      # "imposed travel bans and asset freezes": the first noun is the object, the verb its conjunct
        else:
            continue
        # in an order that never makes a cycle: the present verb leaves its clause first, then its words move
        if first is None:
            v.head = h
            v.dep_ = "dobj"
        else:
            first.head = h
            first.dep_ = "dobj"
            v.head = first
            v.dep_ = "conj"
            for c in [c for c in first.children if c.dep_ == "cc" and c.i < v.i]:
                c.head = first
        before.head = v
        before.dep_ = "compound"
        v.pos_ = "NOUN"
        v.tag_ = "NNS"
        for c in [c for c in v.children if c.dep_ not in {"compound", "amod", "nummod", "conj", "cc"} and c.i > v.i]:
            if c.dep_ == "dobj":
                c.dep_ = "appos"   # "..., the toughest measures against Moscow": it names the sanctions
            else:
                c.head = h



def _opens_sentence(doc: Doc, tok: Token) -> bool:
    """``tok`` is its sentence's first word, or the first after a dateline's dash or a colon."""
    return tok.i == tok.sent.start or word_at(doc, tok.i - 1).text in {"-", "--", "\u2014", "\u2013", ":"}


def _ends_before(doc: Doc, noun: Token, verb: Token) -> bool:
    """``noun``'s phrase ends right before ``verb``, but for the verb's own adverbs and auxiliaries."""
    return all(word_at(doc, k).head.i == verb.i and word_at(doc, k).dep_ in {"aux", "auxpass", "advmod", "neg"}
               for k in range(noun.right_edge.i + 1, verb.i))


def repair_fronted_participle(doc: Doc) -> None:
    """(source31) "Meeting in Brasilia, the foreign ministers of Ecuador and Peru signed a declaration": a participle
    clause opening the sentence that the parser read as the subject of the main verb, hanging the real subject, the
    noun phrase right after the comma, on a word inside the clause as an apposition ("Brasilia, the ministers"). The
    clause becomes an adverbial clause of the main verb and the noun phrase its subject. Only a participle that opens
    its sentence (or follows a dateline's dash), a noun phrase that starts right after the clause's first comma and
    ends before the main verb, and a main verb with no other subject."""
    for p in tokens(doc):
        if p.tag_ != "VBG" or p.dep_ not in {"nsubj", "csubj"} or p.head.i <= p.i or p.head.pos_ not in {"VERB", "AUX"}:
            continue
        if not _opens_sentence(doc, p):
            continue
        verb = p.head
        if any(c.dep_ in {"nsubj", "nsubjpass"} and c.i != p.i for c in verb.children):
            continue
        comma = next((t for t in doc[p.i + 1:verb.i] if t.text == ","), None)
        if comma is None:
            continue
        inside = {t.i for t in p.subtree}
        nouns = [t for t in doc[comma.i + 1:verb.i] if t.dep_ == "appos" and t.head.i in inside
                 and t.left_edge.i == comma.i + 1 and t.right_edge.i < verb.i and t.pos_ in {"NOUN", "PROPN", "PRON"}]
        if len(nouns) != 1:
            continue
        noun = nouns[0]
        # the clause first (it keeps its head, the verb), then the noun, which leaves the clause for the verb
        _rehang([(p, verb, "advcl"), (noun, verb, "nsubj"), (comma, verb, "punct")])


def repair_fronted_preposition(doc: Doc) -> None:
    """(parse31) "After three days of talks at Groote Schuur, the government and the ANC agreed ...", "Under a deal
    struck in Geneva, Washington and Beijing agreed ...": a prepositional phrase opening the sentence whose last noun
    the parser read as the head of the noun phrase after its comma (an apposition, "Schuur, the government", or a
    conjunct, "Geneva, Washington and Beijing"), so the main verb has no subject. A verb's subject stands before it
    and outside a fronted phrase: the noun phrase after the comma becomes the subject of the main verb. Only a
    preposition that opens its sentence (or follows a dateline's dash) and hangs on a finite main verb with no
    subject, and a noun phrase that starts right after the phrase's first comma and ends right before the verb."""
    for p in tokens(doc):
        if p.dep_ != "prep" or p.head.i <= p.i or p.head.pos_ not in {"VERB", "AUX"}:
            continue
        if not _opens_sentence(doc, p):
            continue
        verb = p.head
        if verb.tag_ not in {"VBD", "VBZ", "VBP", "MD"} or any(c.dep_ in SUBJECTS | {"expl", "csubj"} for c in verb.children):
            continue
        comma = next((t for t in doc[p.i + 1:verb.i] if t.text == ","), None)
        if comma is None or comma.i + 1 >= verb.i:
            continue
        inside = {t.i for t in p.subtree}
        nouns = [t for t in doc[comma.i + 1:verb.i] if t.dep_ in {"appos", "conj"} and t.head.i in inside
                 and t.head.i < comma.i and t.left_edge.i == comma.i + 1 and t.pos_ in {"NOUN", "PROPN", "PRON"}]
        if len(nouns) != 1:
            continue
        noun = nouns[0]
        # the noun phrase ends right before the verb (its adverbs and auxiliaries aside)
        if not _ends_before(doc, noun, verb):
            continue
        _rehang([(noun, verb, "nsubj"), (comma, verb, "punct")])


def repair_fronted_object_read_as_subject(doc: Doc) -> None:
    """(coop32) "After talks in Geneva, Washington and Beijing agreed ...": an opening preposition left with no object,
    whose bare noun the parser made the main verb's subject, with the real subject swallowed as a conjunct of the
    phrase's last noun after its comma ("Geneva, Washington and Beijing"). A preposition needs its object and a verb's
    subject stands outside a fronted phrase: the noun becomes the preposition's object, the noun phrase after the
    comma the verb's subject. Only a preposition that opens its sentence (or follows a dateline's dash), hangs on a
    finite verb and has no object, a subject right after it, and a conjunct that starts right after the first comma
    inside the subject and ends right before the verb."""
    for p in tokens(doc):
        if p.dep_ != "prep" or p.head.i <= p.i or p.head.pos_ not in {"VERB", "AUX"} or any(
                c.dep_ == "pobj" for c in p.children):
            continue
        if not _opens_sentence(doc, p):
            continue
        verb = p.head
        if verb.tag_ not in {"VBD", "VBZ", "VBP", "MD"}:
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.left_edge.i == p.i + 1
                     and c.pos_ == "NOUN"), None)
        if subj is None or subj.right_edge.i >= verb.i:
            continue
        comma = next((t for t in doc[subj.i + 1:subj.right_edge.i] if t.text == ","), None)
        if comma is None:
            continue
        inside = {t.i for t in subj.subtree}
        nouns = [t for t in doc[comma.i + 1:verb.i] if t.dep_ in {"appos", "conj"} and t.head.i in inside
                 and t.head.i < comma.i and t.left_edge.i == comma.i + 1 and t.pos_ in {"NOUN", "PROPN"}]
        if len(nouns) != 1 or nouns[0].right_edge.i != subj.right_edge.i:
            continue
        noun = nouns[0]
        if not _ends_before(doc, noun, verb):
            continue
        _rehang([(subj, p, "pobj"), (noun, verb, "nsubj"), (comma, verb, "punct")])


def repair_trailing_attribution(doc: Doc, saying: frozenset[str]) -> None:
    """(parse31) "Cuban and Angolan forces repulsed an assault on Cuito Cuanavale, the Angolan news agency Angop said",
    "... dropped sarin on the town of Khan Sheikhoun, witnesses and doctors said": a report closing the sentence whose
    speaker the parser hung on the last noun of the reported clause, as its apposition or conjunct ("Cuanavale, the
    agency"), so the reporting verb has no subject and the speaker reads as part of the clause (a target, a place).
    A reporting verb that ends its sentence, its report a clause before it, takes the noun phrase between the last
    comma and it as its subject. Only a verb of ``saying`` with no subject and no words after it but punctuation,
    and a noun phrase that starts right after a comma inside the reported clause and ends right before the verb."""
    for verb in tokens(doc):
        if verb.lemma_.lower() not in saying or verb.pos_ != "VERB" or verb.tag_ not in {"VBD", "VBZ", "VBP"} \
                or any(c.dep_ in SUBJECTS | {"expl", "csubj"} for c in verb.children) \
                or any(c.i > verb.i and c.dep_ != "punct" for c in verb.children) or verb.i == 0:
            continue
        reports = [c for c in verb.children if c.dep_ in {"ccomp", "parataxis"} and c.i < verb.i]
        if len(reports) != 1:
            continue
        inside = {t.i for t in reports[0].subtree}
        nouns = [t for t in doc[reports[0].i + 1:verb.i] if t.dep_ in {"appos", "conj"} and t.head.i in inside
                 and t.right_edge.i == verb.i - 1 and t.left_edge.i > 0 and word_at(doc, t.left_edge.i - 1).text == ","
                 and t.pos_ in {"NOUN", "PROPN"}]
        if len(nouns) != 1:
            continue
        noun = nouns[0]
        _rehang([(noun, verb, "nsubj"), (word_at(doc, noun.left_edge.i - 1), verb, "punct")])


def repair_visitor_read_as_verb(doc: Doc, hosting: frozenset[str], participles: frozenset[str]) -> None:
    """ "Premier Wen received visiting Kenyan Foreign Minister Moses Wetangula": the parser makes "visiting" a clause
    of its own under "received" (xcomp; consult37: or an adverbial clause, "Xi met visiting Australian Prime Minister
    X in Beijing") with the visitor as its object, so the host became the one who visits. The
    visitor becomes the hosting verb's object again and the participle describes it (amod). Only a participle right
    after a hosting verb (data: event_words hosting_verbs, visitor_participles) that has no object of its own. The
    phrases the participle's clause had after the visitor ("in Beijing", "on Tuesday") are the hosting verb's again,
    so the meeting has its place."""
    for v in tokens(doc):
        if v.dep_ not in {"xcomp", "advcl"} or v.tag_ != "VBG" or v.lemma_.lower() not in participles or v.i == 0:
            continue
        host = v.head
        if host.i != v.i - 1 or host.lemma_.lower() not in hosting or any(c.dep_ == "dobj" for c in host.children):
            continue
        objects = [c for c in v.children if c.dep_ == "dobj" and c.i > v.i]
        if len(objects) != 1:
            continue
        trailing = [(c, host, c.dep_) for c in v.children if c.i > objects[0].i and c.dep_ in {"prep", "npadvmod"}]
        _rehang([(objects[0], host, "dobj"), (v, objects[0], "amod"), *trailing])



#: (parse32) words that open either a noun phrase or a clause ("after the talks", "after the talks failed")
_CLAUSE_PREPOSITIONS = frozenset({"after", "before", "as", "since", "until", "till"})


def repair_clause_read_as_preposition(doc: Doc) -> None:
    """(parse32) "Arab leaders denounced Israel after an explosion at a Gaza hospital killed hundreds", "... as an
    elite army unit joined the protesters", "as Baghdad fell to American troops": a word that opens a clause or a
    noun phrase ("after", "as", "since") read as a preposition, the clause's subject its object and the clause's
    verb, with no subject, hung beside it. A finite past verb right after the object's phrase, with no subject and no
    mark of its own, not after a comma or "and", is the clause of the word: the object becomes its subject and the
    word its mark. The verb hung on a clause the word is in ("denounced ... after X killed", "a day after X tried"), or
    the word already its mark ("as Baghdad fell")."""
    for p in tokens(doc):
        if p.text.lower() not in _CLAUSE_PREPOSITIONS or p.dep_ not in {"prep", "mark"}:
            continue
        objs = [c for c in p.children if c.dep_ == "pobj" and c.pos_ in {"NOUN", "PROPN", "PRON"}]
        if len(objs) != 1 or objs[0].right_edge.i + 1 >= len(doc):
            continue
        n = objs[0]
        v = word_at(doc, n.right_edge.i + 1)
        if v.pos_ != "VERB" or v.tag_ != "VBD" or v.sent.start != p.sent.start \
                or any(c.dep_ in SUBJECTS or c.dep_ in {"mark", "expl", "aux", "auxpass"} for c in v.children if c.i != p.i):
            continue
        if p.dep_ == "mark" and p.head.i == v.i:
            _rehang([(n, v, "nsubj")])
        elif p.dep_ == "prep" and v.dep_ in {"advcl", "conj"} and v.head.is_ancestor(p) and not v.is_ancestor(p):
            # the verb hung on the clause the word is in ("detained thousands a day after X tried",
            # "began deporting Afghans as a deadline expired")
            _rehang([(n, v, "nsubj"), (p, v, "mark")])


def repair_verbless_noun_clause(doc: Doc) -> None:
    """(parse32) "A U.S. missile strike on a house in North Waziristan killed at least 12 people, officials said", "The
    first direct talks between Russia and Ukraine in three years ended without agreement": a clause whose verb the
    parser hung as a participle on the last noun of its subject's prepositional phrase, leaving the subject noun
    the head of a clause with no verb (the root, or the complement of a reporting verb). A past verb (VBD, or VBN
    with an object or a prepositional phrase and no "by" agent) with no subject, auxiliary or mark, hung on a
    noun inside the noun's prepositional phrases and not after a comma or "and", is the clause's verb: it takes the
    noun's place and the noun becomes its subject."""
    for n in tokens(doc):
        if n.pos_ != "NOUN" or n.dep_ not in {"ROOT", "ccomp"} or any(
                c.dep_ in SUBJECTS or c.dep_ in {"aux", "auxpass", "cop", "mark"} for c in n.children):
            continue
        verbs = [v for v in n.subtree if v.i > n.i and v.pos_ == "VERB" and v.dep_ in {"acl", "relcl"}
                 and v.tag_ in {"VBD", "VBN"} and (v.head.i != n.i and _inside_prepositions(v.head, n)
                                                   or v.head.i == n.i and _past_its_phrases(v, n))
                 and _verbless_clause_verb(doc, v, n)]
        if len(verbs) != 1:
            continue
        v = verbs[0]
        # in an order that never makes a cycle: the verb first (out of the noun's phrase), then the noun
        _rehang([(v, v if n.dep_ == "ROOT" else n.head, n.dep_), (n, v, "nsubj")])
        v.tag_ = "VBD"
        for c in [c for c in n.children if c.dep_ == "punct" and c.i > v.i]:   # the full stop
            c.head = v


def _past_its_phrases(v: Token, n: Token) -> bool:
    """(parse40) "The shelling of Sarajevo by Serb gunners in the hills killed eight people": a verb with an object of its
    own hung on the noun itself, after the noun's prepositional phrases, is no participle on it (a passive participle
    takes no object) but the clause's verb."""
    return any(c.dep_ == "dobj" for c in v.children) and any(p.dep_ == "prep" and n.i < p.i < v.i for p in n.children)


def _inside_prepositions(t: Token, n: Token) -> bool:
    """Whether noun ``t`` is reached from ``n`` through prepositions and their objects only ("strike on a house in
    Waziristan": Waziristan from strike)."""
    while t.i != n.i:
        if t.dep_ not in {"pobj", "prep", "conj"} or t.head.i == t.i:
            return False
        t = t.head
    return True


def _verbless_clause_verb(doc: Doc, v: Token, n: Token) -> bool:
    """A past verb that can head the clause of noun ``n``: no subject, auxiliary, mark or "by" agent, not after a
    comma or "and", and past in form (VBD) or with an object or a prepositional phrase of its own."""
    before = word_at(doc, v.i - 1)
    if before.text == "," or before.dep_ == "cc" or any(
            c.dep_ in SUBJECTS or c.dep_ in {"aux", "auxpass", "mark", "agent"} for c in v.children):
        return False
    # a bare participle with only a place after it may be a headline's passive ("Talks held in Vienna"): only after a
    # noun with its article, as in running text
    return v.tag_ == "VBD" or any(c.dep_ == "dobj" for c in v.children) or (
        any(c.dep_ == "prep" for c in v.children) and any(c.dep_ == "det" for c in n.children))


def repair_shot_dead(doc: Doc) -> None:
    """(round46) "Gunmen on a motorcycle shot dead a shopkeeper", "two men on a motorbike shot and wounded a
    priest": the parser reads "shot" as a noun ending the "on" phrase ("a motorcycle shot") and "dead", or the
    subject noun, as the clause's head; and in "gunmen shot dead the mayor of the commune" it hangs the victim on
    "dead". The past verb "shot" heads its clause again: "dead" its predicate, the victim its object, the rider
    its subject, the vehicle the end of the "on" phrase."""
    for v in tokens(doc):
        if v.lower_ != "shot" or v.i + 1 >= len(doc) or v.i == v.sent.start:
            continue
        d = word_at(doc, v.i + 1)
        dead = d.lower_ == "dead" and d.sent.start == v.sent.start
        if v.pos_ == "VERB":
            if dead and d.head.i == v.i:
                for c in d.children:
                    if c.dep_ in {"pobj", "dobj"} and c.pos_ in {"NOUN", "PROPN"} and c.i > d.i:
                        c.head = v
                        c.dep_ = "dobj"
            continue
        if v.pos_ != "NOUN" or v.dep_ != "pobj":
            continue
        prep, vehicle = v.head, word_at(doc, v.i - 1)
        subject = prep.head
        if vehicle.head.i != v.i or vehicle.dep_ != "compound" or vehicle.pos_ != "NOUN" \
                or subject.pos_ not in {"NOUN", "PROPN"} or subject.i > prep.i:
            continue   # "on a motorcycle shot": the vehicle ends the phrase
        if dead and any(c.dep_ in {"dobj", "nsubj"} for c in d.children):
            clause = d          # "... shot dead a shopkeeper": "dead" made the verb
        elif subject.dep_ == "ROOT":
            clause = subject    # "... shot and wounded a priest", "... shot at a van": the subject made the root
        else:
            continue
        for c in list(v.children):
            if c.i < vehicle.i:
                c.head = vehicle   # "a", "the" of the vehicle
        vehicle.head = prep
        vehicle.dep_ = "pobj"
        v.pos_, v.tag_, v.lemma_ = "VERB", "VBD", "shoot"
        v.head = v if clause.head.i == clause.i else clause.head
        v.dep_ = clause.dep_
        for c in list(clause.children):
            if c.i > v.i or c.i == subject.i and clause.i != subject.i:
                c.head = v
        if clause.i == subject.i:
            subject.head = v
            subject.dep_ = "nsubj"
        else:
            clause.head = v
            clause.dep_ = "oprd"


def repair_persona_non_grata(doc: Doc) -> None:
    """(coerce47) "Switzerland declared Syria's ambassador persona non grata", "Congress declared the Mexican president
    persona non grata": the parser reads "persona" as the head of a complement clause of the declaring verb, with the
    person declared as its subject and "grata" its object, and leaves the verb with no object. The person is the
    verb's object and "persona non grata" one noun phrase (headed by "grata") predicated of it, as in "declared him
    persona non grata"."""
    for p in tokens(doc):
        if p.lower_ != "persona" or p.i + 2 >= len(doc) or p.dep_ not in {"ccomp", "xcomp"}:
            continue
        non, grata = word_at(doc, p.i + 1), word_at(doc, p.i + 2)
        v = p.head
        if non.lower_ != "non" or grata.lower_ != "grata" or v.pos_ != "VERB" or v.i > p.i \
                or any(c.dep_ == "dobj" for c in v.children):
            continue
        subject = next((c for c in p.children if c.dep_ == "nsubj" and c.i < p.i and c.pos_ in {"NOUN", "PROPN"}), None)
        if subject is None:
            continue
        moves = [(subject, v, "dobj"), (grata, v, "oprd"), (p, grata, "compound"), (non, grata, "compound")]
        moves += [(c, grata, c.dep_) for c in p.children if c.i > grata.i]   # what followed the phrase stays on it
        _rehang(moves)
