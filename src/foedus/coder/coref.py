"""Pronouns resolved within one article: "He warned ..." after a sentence about Yoon.

Deliberately simple and predictable: a pronoun takes the most recent compatible actor
mention before it (people for he/she, states and organisations for it, a conjoined group
or plural actor for they). Wrong antecedents are rarer than one might fear in news prose,
where the subject of the previous sentence is usually meant.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from .. import data, lexicon
from .actors import ActorDictionary
from .doctext import sentences, tokens, word_at
from .syntax import SUBJECTS

if TYPE_CHECKING:
    from collections.abc import Callable

    from ..schema import Actor
    from .actors import Mention
    from .arguments import ArgumentFinder

PERSONAL = lexicon.words("actor_cues", "personal_pronouns")
NEUTER = lexicon.words("actor_cues", "neuter_pronouns")
PLURAL = lexicon.words("actor_cues", "plural_pronouns")
PRONOUNS = PERSONAL | NEUTER | PLURAL


@lru_cache(maxsize=1)
def words() -> dict:
    """data/coref/coref_words.yaml: the pair nouns ("the two sides") and the act nouns ("the attack")."""
    return data.read_yaml("coref/coref_words.yaml")


@lru_cache(maxsize=1)
def _states() -> frozenset[str]:
    """Country codes of data/actors/codes.tsv (not regions like WST or MEA, not roles)."""
    return frozenset(row["code"] for row in data.read_tsv("actors/codes.tsv") if row["kind"] == "country")


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """Agent nouns that name one person ("the president ... he"); others name bodies ("the government ... it")."""
    return frozenset(data.read_yaml("events/event_words.yaml")["person_nouns"])


def _is_person(m: Mention) -> bool:
    if m.kind == "person":
        return True
    if m.kind != "agent" or _plural_text(m.text):
        return False
    words = m.text.lower().replace("-", " ").split()
    return any(w in person_nouns() for w in words)


def _plural_agent(doc: Doc, m: Mention) -> bool:
    """An agent named by a plural noun ("organisers", "protesters", "rebels"): never what "it" stands for (a
    body, "the government", "the army", or a state is)."""
    return m.kind == "agent" and word_at(doc, m.head).tag_ in {"NNS", "NNPS"}


def _plural_text(text: str) -> bool:
    last = text.split()[-1].lower() if text.split() else ""
    return last.endswith("s") and not last.endswith("ss") and last not in lexicon.words("actor_cues", "not_plurals")


def conjoined_groups(doc: Doc, mentions: list) -> list[list]:
    """Groups of mentions joined by "and" ("Kim and Putin", "Russia and North Korea")."""
    by_head = {m.head: m for m in mentions}
    groups = []
    for m in mentions:
        tok = word_at(doc, m.head)
        conj = [by_head[c.i] for c in tok.children if c.dep_ == "conj" and c.i in by_head]
        # spaCy chains conjuncts: A -> conj B -> conj C
        frontier = list(conj)
        while frontier:
            nxt = frontier.pop()
            more = [by_head[c.i] for c in word_at(doc, nxt.head).children if c.dep_ == "conj" and c.i in by_head]
            conj.extend(more)
            frontier.extend(more)
        if conj and tok.dep_ != "conj":
            groups.append([m, *conj])
    return groups


def _clause_subject_of_object(doc: Doc, tok: Token) -> Token | None:
    """The subject of the clause whose verb has ``tok`` as its object ("accusing it": the subject
    of the clause the participle hangs from); None when ``tok`` is no object pronoun."""
    if tok.dep_ not in {"dobj", "dative"} or tok.lower_ not in {"it", "him", "her", "them"}:
        return None
    verb = tok.head
    for _ in range(3):
        subj = [c for c in verb.children if c.dep_ in SUBJECTS]
        if subj:
            return subj[0]
        if verb.dep_ not in {"advcl", "xcomp", "conj", "acl"} or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


_NOMINAL_PATH = frozenset({"dobj", "pobj", "prep", "compound", "conj", "appos", "nmod", "poss", "attr"})


def _controller(tok: Token) -> Token | None:
    """The one who is to act in the infinitive complement holding ``tok`` ("Ankara urged Damascus to
    withdraw its forces": Damascus; "France called on Mali to release its prisoners": Mali), or None
    when ``tok`` is in no such complement or the complement has a subject of its own."""
    cur = tok.head
    for _ in range(6):
        if cur.pos_ in {"VERB", "AUX"} or cur.dep_ not in _NOMINAL_PATH or cur.head.i == cur.i:
            break
        cur = cur.head
    if cur.pos_ not in {"VERB", "AUX"}:
        return None
    w = words()
    for _ in range(4):
        if any(c.dep_ in SUBJECTS for c in cur.children):
            return None
        if cur.dep_ == "conj" and cur.head.i != cur.i:
            cur = cur.head
            continue
        if cur.dep_ != "xcomp":
            return None
        head = cur.head
        if head.lemma_.lower() in w["subject_control_verbs"]:
            return None
        objs = [c for c in head.children if c.dep_ == "dobj" and c.i < cur.i]
        objs += [p for c in head.children if c.dep_ == "prep" and c.lower_ in w["control_preps"] and c.i < cur.i
                 for p in c.children if p.dep_ == "pobj"]
        if objs:
            return objs[0]
        cur = head   # "asked Manila to stop sending its ships": up through "stop"
    return None


def _object_antecedent(doc: Doc, seen: list, subject: Token, meant: list, person: bool, sent: int,
                       sent_of: Callable[[int], int]) -> Mention | None:
    """The mention an object pronoun stands for: never its clause's subject (nor inside it). A person
    pronoun takes the latest other person; "it" the latest other subject of this sentence or the one
    before ("Turkish jets downed a Russian plane, and Putin called it a stab in the back": the act is
    the jets'), else the latest other mention there, an adjective of a place or thing passed over
    ("near the Syrian border": a modifier of a noun that is no subject)."""
    span = {t.i for t in subject.subtree}
    fits = [m for m in seen if _is_person(m) == person and not any(i in span for i in range(m.start, m.end))
            and m not in meant]   # "It accused it of ...": not what the subject pronoun stands for
    if person:
        return fits[-1] if fits else None
    # "Organisers said ... a day after she suspended it": the act of a plural subject may be "it" ("jets downed a
    # bomber, and Putin called it treachery"), a plural speaker's saying is not
    from .modality import cues

    fits = [m for m in fits if not (_plural_agent(doc, m) and word_at(doc, m.head).dep_ in SUBJECTS
                                    and word_at(doc, m.head).head.lemma_.lower() in cues().reporting)]
    # a modifier stands where its noun stands ("Iranian boats seized ...": a subject), and only there:
    # "a Russian-led military alliance", "near the Syrian border" name no referent of "it"
    modifier = {"amod", "compound", "npadvmod"}
    role = {id(m): (word_at(doc, m.head).head if word_at(doc, m.head).dep_ in modifier else word_at(doc, m.head)).dep_ for m in fits}
    fits = [m for m in fits if sent - sent_of(m.head) <= 1
            and (word_at(doc, m.head).dep_ not in modifier or role[id(m)] in SUBJECTS)]
    # "filed a case against the UAE at the World Court, accusing it": a body in the venue phrase of a
    # verb is where the act is done, not what "it" stands for, when another mention fits
    venue = frozenset(words()["venue_preps"])
    placed = [m for m in fits if word_at(doc, m.head).dep_ == "pobj" and word_at(doc, m.head).head.lower_ in venue
              and word_at(doc, m.head).head.head.pos_ in {"VERB", "AUX"}]
    if placed and len(placed) < len(fits):
        fits = [m for m in fits if m not in placed]
    subjects = [m for m in fits if role[id(m)] in SUBJECTS]
    return (subjects or fits or [None])[-1]


def _modified_role(doc: Doc, m: Mention, ordered: list) -> str:
    """The role a mention plays for "it": its head's own dependency, or, for a body's name that only
    modifies a body noun no other mention covers ("The ECOWAS bloc warned Niger's junta that it could use
    force", "the NATO alliance said it"), that noun's: the name stands where its body noun stands (data:
    coref_words body_nouns)."""
    head = word_at(doc, m.head)
    noun = head.head
    if head.dep_ not in {"compound", "poss"} or noun.i == head.i or not (noun.tag_ == "NN" or (noun.tag_ == "NNP" and noun.text.islower())) \
            or noun.lemma_.lower() not in words()["body_nouns"] or any(o.start <= noun.i < o.end for o in ordered if (o.start, o.end) != (m.start, m.end)):
        return head.dep_
    return noun.dep_


def _plural_object_antecedent(doc: Doc, seen: list, groups: list[list], subject: Token, meant: list, sent: int,
                              sent_of: Callable[[int], int]) -> list | None:
    """What an object "them" stands for: the latest group ("Kuwait and the UAE") or plural actor ("Islamist
    fighters", "migrants") of this sentence or the one before that is not its clause's subject nor inside it;
    a state's name that only looks plural ("the United States") is none; a subject is preferred ("the Taliban
    rulers suspended education for women, a decision the UN urged them to reverse"). The subject's own words
    are left out, not the clauses that hang from it ("Rebels holding 500 peacekeepers refused to free them").
    None when nothing fits."""
    span = {subject.i} | {t.i for c in subject.children if c.dep_ not in {"acl", "relcl"} for t in c.subtree}

    def outside(m: Mention) -> bool:
        return not any(i in span for i in range(m.start, m.end)) and m not in meant and sent - sent_of(m.head) <= 1

    fits: list[tuple[int, list]] = []
    for m in seen:
        if outside(m) and m.kind != "country" and (_plural_agent(doc, m) or _plural_text(m.text)):
            fits.append((m.end, [m]))
    for g in groups:
        if all(outside(m) for m in g) and all(m in seen for m in g):
            fits.append((g[-1].end, list(g)))
    subjects = [f for f in fits if word_at(doc, f[1][0].head).dep_ in SUBJECTS]
    return max(subjects or fits, key=lambda f: f[0])[1] if fits else None


def _craft_owner(doc: Doc, seen: list, tok: Token) -> Mention | None:
    """The craft whose people or load "its" names ("seized a Liberian tanker and arrested its crew": the
    tanker's): the nearest mention before it in its sentence that is a craft or the country word of one
    ("a Taiwanese fishing boat"); None for another "its" (data: coref_words crew_nouns, craft_nouns)."""
    w = words()
    crew = frozenset(w["crew_nouns"])
    if tok.lower_ != "its" or tok.dep_ != "poss" or not (tok.head.lemma_.lower() in crew or any(
            c.dep_ in {"compound", "nmod"} and c.lemma_.lower() in crew for c in tok.head.children)):
        return None   # "its crew", "its 23 crew members"
    crafts = frozenset(w["craft_nouns"])
    start = tok.sent.start
    for m in reversed(seen):
        if m.start < start:
            break
        head = word_at(doc, m.head)
        if head.lemma_.lower() in crafts or (head.dep_ in {"amod", "compound", "nmod"}
                                             and head.head.lemma_.lower() in crafts):
            return m
    return None


_ACTED_ON_PREPS = frozenset({"at", "on", "against", "into"})


def _people_protesting(doc: Doc, seen: list, tok: Token) -> list | None:
    """(coerce52) The "they" of a protest told in a clause of time beside an act on people (`clauses.concurrent_protest`:
    "police detained dozens of students as they marched", "fired tear gas at supporters as they rallied") stands for the
    people acted on, the object of the act told (its direct object, or its object after at/on/against/into), not for its
    doer: the first mention inside that object ([] when it names none; None when "they" is no such subject)."""
    from .clauses import concurrent_protest

    clause = tok.head
    if tok.lower_ != "they" or tok.dep_ != "nsubj" or clause.head.i == clause.i or not concurrent_protest(
            clause, [c for c in clause.children if c.dep_ in {"aux", "auxpass"}]):
        return None
    act = clause.head
    objs = [c for c in act.children if c.dep_ == "dobj"]
    objs += [p for c in act.children if c.dep_ == "prep" and c.lower_ in _ACTED_ON_PREPS
             for p in c.children if p.dep_ == "pobj"]
    for obj in objs:
        span = {t.i for t in obj.subtree}
        inside = [m for m in seen if m.head in span and m.kind not in {"country", "capital"}]
        if inside:
            return [inside[0]]
    return []


def resolve(doc: Doc, mentions: list) -> dict[int, list]:
    """Map each pronoun token index to the mention(s) it refers to."""
    ordered = sorted(mentions, key=lambda m: m.start)
    groups = conjoined_groups(doc, ordered)
    group_at = {g[-1].end: g for g in groups}  # a group becomes available after its last member
    out: dict[int, list] = {}
    last_person = last_thing = last_subject_person = last_single = last_single_subject = None
    last_group: list | None = None
    main_subject: dict[int, Mention] = {}   # sentence number -> the person who is the subject of its main verb
    sent_no = [0] * len(doc)   # each token's sentence number, read once (``Token.sent`` searches on each call)
    sents = list(doc.sents)   # (read once here for the three passes below: the parse does not change meanwhile)
    for n, s in enumerate(sents):
        sent_no[s.start:s.end] = [n] * (s.end - s.start)
    sent_of = sent_no.__getitem__
    k = 0
    n = len(ordered)
    # A person the dictionaries do not know, the subject of a clause ("Prime Minister Lee Han-key
    # appealed ..."), is the likelier "he" of the next words than a known one named before: such a
    # pronoun is left unresolved rather than given to the older person.
    unknown_at = _unknown_people(doc, ordered)
    for tok in tokens(doc):
        if tok.i in unknown_at and (last_person is None or last_person.end <= unknown_at[tok.i]):
            last_person = last_subject_person = None
        while k < n and ordered[k].end <= tok.i:
            m = ordered[k]
            if _is_person(m):
                last_person = m
                if word_at(doc, m.head).dep_ in SUBJECTS:
                    last_subject_person = m
                    if word_at(doc, m.head).head.dep_ == "ROOT":
                        main_subject.setdefault(sent_of(m.head), m)
            elif m.kind != "person":
                last_thing = m
                role = _modified_role(doc, m, ordered)
                if not _plural_agent(doc, m):   # "it" never stands for "the protesters"
                    last_single = m
                    if role in SUBJECTS:
                        last_single_subject = m
                if _plural_text(m.text):
                    last_group = [m]
            if m.end in group_at:
                last_group = group_at[m.end]
            k += 1
        low = tok.lower_
        if low not in PRONOUNS or tok.pos_ != "PRON" and tok.tag_ not in {"PRP", "PRP$"}:
            continue
        owner = _conjunct_owner(ordered[:k], tok) if low in NEUTER else None
        if owner is not None:
            # "blacklisted Eritrea's armed forces and its ruling party": the owner of the first conjunct
            out[tok.i] = [owner]
            continue
        subject = _clause_subject_of_object(doc, tok)
        if subject is not None and low in PLURAL and (subject.i in out or any(
                m.start <= subject.i < m.end for m in ordered[:k])):
            # "troops drove them out of Mogadishu", "urged them to restore order": "them" is never its own
            # clause's subject (that would be "themselves"); the latest other plural actor, or none
            pick_group = _plural_object_antecedent(doc, ordered[:k], groups, subject, out.get(subject.i, []),
                                                   sent_of(tok.i), sent_of)
            if pick_group:
                out[tok.i] = pick_group
            continue
        if subject is not None and low not in PLURAL:
            # "Saudi Arabia cut ties with Qatar, accusing it of ...": an object pronoun is never its own
            # clause's subject (that would be "itself"); the most recent other mention is meant, or none
            # ("Iran welcomed it": a proposal, not Iran)
            pick = _object_antecedent(doc, ordered[:k], subject, out.get(subject.i, []), low in PERSONAL, sent_of(tok.i), sent_of)
            if pick is not None:
                out[tok.i] = [pick]
            continue
        protesters = _people_protesting(doc, ordered[:k], tok)
        if protesters is not None:
            # (coerce52) "detained forty members of the movement as they marched": the people acted on, never the
            # doer (an object the dictionaries do not name leaves "they" unresolved)
            if protesters:
                out[tok.i] = protesters
            continue
        craft = _craft_owner(doc, ordered[:k], tok)
        if craft is not None:
            # "boarded a Taiwanese fishing boat and took its five crew members": the boat's crew
            out[tok.i] = [craft]
            continue
        controller = _controller(tok) if tok.dep_ == "poss" else None
        if controller is not None:
            # "Ankara urged Damascus to withdraw its forces": the forces are Damascus's
            own = [m for m in ordered[:k] if m.start <= controller.i < m.end]
            if own and not (low in NEUTER and word_at(doc, own[0].head).tag_ in {"NNS", "NNPS"}):   # "the Contras ... its": not they
                group = next((g for g in groups if g[0] == own[0]), None)
                if low in PLURAL and group is not None:
                    out[tok.i] = list(group)
                elif low not in PERSONAL or _is_person(own[0]):
                    # "urged Netanyahu to scale back its offensive": a leader's "its" is his state's
                    out[tok.i] = [own[0]]
                continue
        if low in PERSONAL and last_person is not None:
            # "Katsav refused to meet King Abdullah, saying he would ...": the subject of the
            # sentence beats a more recent object
            before = main_subject.get(sent_of(tok.i) - 1)
            if last_subject_person is not None and sent_of(tok.i) == sent_of(last_subject_person.head):
                out[tok.i] = [last_subject_person]
            elif (before is not None and tok.dep_ in SUBJECTS and sent_of(last_person.head) == sent_of(tok.i) - 1
                  and last_person.end <= tok.i):
                # "Putin met Xi in Beijing. He later criticised the sanctions": the subject pronoun opening the
                # next sentence goes on with the last sentence's main subject, not its object (centering)
                out[tok.i] = [before]
            else:
                out[tok.i] = [last_person]
        elif low in NEUTER and last_single is not None:
            # the subject of this or the previous sentence beats a more recent object; a state or body
            # named two sentences back or more is no longer "it" ("He said it would hurt the chances
            # for peace": the aid request, not the capital named in passing before)
            if last_single_subject is not None and sent_of(tok.i) - sent_of(last_single_subject.head) <= 1:
                out[tok.i] = [last_single_subject]
            elif sent_of(tok.i) - sent_of(last_single.head) <= 1:
                out[tok.i] = [last_single]
        elif low in PLURAL:
            if last_group:
                out[tok.i] = list(last_group)
            elif last_thing is not None:
                out[tok.i] = [last_thing]
    out.update(pairs(doc, ordered, sents))
    out.update(bodies(doc, ordered, out, sents))
    out.update(states_named(doc, ordered, out, sents))
    return out


def _conjunct_owner(seen: list, tok: Token) -> Mention | None:
    """ "Washington blacklisted Eritrea's armed forces and its ruling party", "sanctions on Iran's oil sector and
    its central bank": "its" on a noun conjoined to one a state or body owns ("Eritrea's") is that owner's,
    not the clause's subject's. The mention that holds the owner's name (a person's is not "its")."""
    if tok.dep_ != "poss" or tok.head.dep_ != "conj":
        return None
    first = tok.head.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    owners = [c for c in first.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    if not owners:
        return None
    holding = [m for m in seen if m.start <= owners[0].i < m.end]
    if len(holding) != 1 or _is_person(holding[0]) or not holding[0].country:
        return None
    return holding[0]


def states_named(doc: Doc, ordered: list, taken: dict[int, list], sents: list[Span] | None = None) -> dict[int, list]:
    """ "China held drills after the island's president met the speaker", "Colombian troops captured X, the
    country's most wanted drug lord", "the kingdom said": the last state named before, in this sentence or
    ``pair_window`` sentences back, as a possessive owner or a subject (data: coref_words state_nouns)."""
    from dataclasses import replace

    nouns = frozenset(words()["state_nouns"])
    out: dict[int, list] = {}
    sents = list(doc.sents) if sents is None else sents
    sent_no = {s.start: n for n, s in enumerate(sents)}
    window = int(words()["pair_window"])
    states = _states()
    for tok in tokens(doc):
        if tok.lemma_.lower() not in nouns or tok.i in taken or tok.tag_ != "NN" or _own_mention(ordered, tok.i):
            continue
        if tok.dep_ not in SUBJECTS and tok.dep_ != "poss":
            continue
        if [c.lower_ for c in tok.children if c.dep_ not in {"case", "punct"}] != ["the"]:
            continue   # "the country's" alone: not "the island nation", "the Baltic state", "the state of emergency"
        first = sents[max(0, sent_no[tok.sent.start] - window)].start
        before = [m for m in ordered if first <= m.start and m.end <= tok.i and m.country in states]
        # a state named by its name ("around Taiwan after the island's president"), else the last state whose
        # own agent is a subject ("Mali's junta expelled the French ambassador, and the country's army ...")
        named = [m for m in before if m.kind in {"country", "capital"}]
        subjects = [m for m in before if not m.country_from and word_at(doc, m.head).dep_ in SUBJECTS]
        pick = (named or subjects)[-1:]
        if pick:
            out[tok.i] = [replace(pick[0], code=pick[0].country, sector=None, name=None, kind="country")]
    return out


def _own_mention(ordered: list, i: int) -> bool:
    """Token ``i`` is inside a mention that names its actor by its own words; an agent word whose
    country is only the article's guess ("the two men": PPL of the country named most) is not."""
    return any(m.start <= i < m.end and m.country_from != "article" for m in ordered)


def bodies(doc: Doc, ordered: list, taken: dict[int, list], sents: list[Span] | None = None) -> dict[int, list]:
    """ "the group", "the rebel movement", "the agency": the last body of a fitting sector the
    article named before this sentence (``pair_window`` sentences back at most)."""
    nouns = words()["body_nouns"]
    out: dict[int, list] = {}
    sents = list(doc.sents) if sents is None else sents
    sent_no = {s.start: n for n, s in enumerate(sents)}
    window = int(words()["pair_window"])
    for tok in tokens(doc):
        low = tok.lemma_.lower()
        # (a lower-case noun the tagger took for a name counts: "the bloc" tagged NNP)
        if low not in nouns or tok.i in taken or not (tok.tag_ == "NN" or (tok.tag_ == "NNP" and tok.text.islower())) \
                or _own_mention(ordered, tok.i):
            continue
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            continue
        if any(c.dep_ in {"poss", "prep", "appos", "acl", "relcl"} for c in tok.children):
            continue   # "the group's leader", "the group of soldiers", "the agency that ...": not alone
        first = sents[max(0, sent_no[tok.sent.start] - window)].start
        sectors = set(nouns[low])
        # a subject may also name a body of its own sentence: "Al Jazeera reporter X was shot dead, and
        # the network accused Israeli forces"
        # and so may a possessive: "struck Houthi targets, and the group's spokesman vowed ..."
        last = tok.i if tok.dep_ in SUBJECTS or tok.dep_ == "poss" else tok.sent.start
        for m in reversed(ordered):
            if m.end > last:
                continue
            if m.start < first:
                break
            if _named_body(m) and sectors & {m.sector, *(m.code[i:i + 3] for i in range(0, len(m.code), 3))}:
                out[tok.i] = [m]
                break
    return out


def _named_body(m: Mention) -> bool:
    """A body the text names: an organisation, or a named body's people ("Al Jazeera reporter X",
    "Hamas fighters"), or a person who holds an office of an international body ("NATO Secretary-General
    Jens Stoltenberg": the alliance), not a bare agent noun whose country came from around it."""
    if m.kind == "organization":
        return True
    if m.kind == "person" and m.code.startswith("IGO"):
        return True   # (verbal27) "NATO Secretary-General Jens Stoltenberg said the alliance would never ...": his body
    if m.kind != "agent" or m.country_from or not m.name:
        return False
    entry = ActorDictionary.default().lookup(m.name)
    return entry is not None and entry.kind == "organization"


def _unknown_people(doc: Doc, ordered: list) -> dict[int, int]:
    """Subjects that are a titled name no mention covers ("Prime Minister Lee Han-key appealed"): the
    index just after each -> its first token. (The parse has no named entities: a title word of
    ``person_nouns`` before a proper noun is the sign.)"""
    covered = {i for m in ordered for i in range(m.start, m.end)}
    titles = person_nouns()
    out: dict[int, int] = {}
    for tok in tokens(doc):
        if tok.dep_ not in SUBJECTS or tok.i in covered:
            continue
        words = [c for c in tok.lefts if c.dep_ in {"compound", "amod", "punct"}] + [tok]
        if any(w.i in covered for w in words):
            continue
        if any(w.lower_ in titles for w in words) and any(
                w.pos_ == "PROPN" and w.lower_ not in titles and w.i > min(x.i for x in words if x.lower_ in titles)
                for w in words):
            out[tok.i + 1] = words[0].i
    return out


def _pair_mark(tok: Token) -> bool:
    """ "the two sides", "the two governments", "both sides": a definite pair ("two nations with
    histories of war" is any two; "both nations" is left to the sentence, "both" being too loose)."""
    if tok.tag_ not in {"NNS", "NNPS"} or tok.lemma_.lower() not in set(words()["pair_nouns"]):
        return False
    kids = {c.lower_ for c in tok.children if c.dep_ in {"nummod", "det", "predet", "quantmod"}}
    if "two" in kids:
        return "the" in kids
    return "both" in kids and tok.lemma_.lower() in set(words()["both_nouns"])


def pairs(doc: Doc, ordered: list, sents: list[Span] | None = None) -> dict[int, list]:
    """ "the two sides", "both countries", "the two leaders": the last two states the article
    named before this sentence (``pair_window`` sentences back at most), the latest mention of each.
    Mentions of this very sentence are left out: "Kaunda offered to mediate between the two sides"
    is not about Kaunda. A pair noun that names its own actor ("the two Koreas") is left alone."""
    out: dict[int, list] = {}
    window = int(words()["pair_window"])
    sents = list(doc.sents) if sents is None else sents
    sent_no = {s.start: n for n, s in enumerate(sents)}
    named = words().get("named_pairs") or {}
    for tok in tokens(doc):
        if tok.lower_ in named and not _own_mention(ordered, tok.i):
            # "the two Koreas", "both Koreas": the name itself says which two states
            out[tok.i] = [_pair_state(tok, code) for code in named[tok.lower_]]
            continue
        if not _pair_mark(tok) or _own_mention(ordered, tok.i):
            continue
        n = sent_no[tok.sent.start]
        first = sents[max(0, n - window)].start
        picked: dict[str, Mention] = {}
        for m in reversed(ordered):
            if m.end > tok.sent.start:
                continue
            if m.start < first or len(picked) == 2:
                break
            # states and their parts only: an international body named in passing ("talks under the
            # OAU") is a forum or a mediator, not one of two sides
            if m.country in _states() and m.country not in picked:
                picked[m.country] = m
        if len(picked) == 2:
            out[tok.i] = sorted(picked.values(), key=lambda m: m.start)
    return out


def _pair_state(tok: Token, code: str) -> Mention:
    """One of the two states a plural country name stands for ("the two Koreas"), as a mention of that word."""
    from .actors import Mention

    return Mention(start=tok.i, end=tok.i + 1, text=tok.text, code=code, country=code, sector=None, name=None,
                   kind="country", head=tok.i, country_from="coref")


def owned_agents(doc: Doc, mentions: list, pronouns: dict[int, list]) -> list:
    """A sector word owned by a possessive pronoun takes the pronoun's country ("Iraq said its
    warplanes had attacked", "Habre said his forces would drive the Libyans out"), where the actor
    dictionary could only guess the country the article names most. Returns the mentions, changed
    ones replaced."""
    from dataclasses import replace

    from .actors import compose_code

    out = []
    for m in mentions:
        body = [a for c in word_at(doc, m.head).children if c.dep_ == "poss" and c.i in pronouns and word_at(doc, c.i).pos_ == "NOUN"
                for a in pronouns[c.i]]
        if m.kind == "agent" and m.country_from and len(body) == 1 and _speaks_for_body(m, body[0]):
            # "the group's spokesman", "the movement's fighters": a named body's people are the body, whatever
            # country the place around them gave the agent word
            m = replace(m, code=body[0].code, country=body[0].country, sector=body[0].sector, country_from="coref")
        elif m.kind == "agent" and m.country_from and len(body) == 1 and body[0].kind == "country" and body[0].country:
            # "the island's president", "the country's army": the state named before
            m = replace(m, code=compose_code(body[0].country, m.sector), country=body[0].country, country_from="coref")
        elif m.kind == "agent" and (m.country is None or m.country_from == "article"):
            owners = [c.i for c in word_at(doc, m.head).children if c.dep_ == "poss" and c.i in pronouns]
            countries = {a.country for i in owners for a in pronouns[i] if a.country}
            if len(countries) == 1:
                country = countries.pop()
                m = replace(m, code=compose_code(country, m.sector), country=country, country_from="coref")
        out.append(m)
    return out


def _speaks_for_body(agent: Mention, body: Mention) -> bool:
    """An office or armed agent word ("spokesman", "leader", "fighters") owned by a group, movement or
    organisation the article named (the sectors "the group" may name, data/coref/coref_words.yaml)."""
    from .. import taxonomy

    return (agent.sector in taxonomy.sectors("office") | taxonomy.sectors("armed_group")
            and body.sector in set(words()["body_nouns"]["group"]))


_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_OBJECT_PREPS = frozenset({"to", "for", "against", "over", "about", "on", "after"})


def _day_word(tok: Token) -> bool:
    """ "Saturday's raid", "yesterday's attack": a possessive that dates the act, not its doer."""
    from .dates import WEEKDAYS

    return tok.ent_type_ in {"DATE", "TIME"} or tok.lower_ in WEEKDAYS or tok.lower_ in {"yesterday", "today"}


class ActReferents:
    """An act named again by its noun: "South African commandos raided Maputo ... Mozambique condemned
    the attack" (the attack is South Africa's), "Najibullah offered ... Pakistan rejected the offer".

    ``add`` records each coded event; ``target`` finds, for an event with no target whose object is a
    definite act noun of data/coref/coref_words.yaml, the doer of the last earlier act of that kind: a
    coded event of one of the noun's roots, else a verb of the noun's ("appealed") with an actor as
    its subject. Only earlier sentences are searched, nearest first; a doer of the event's own country
    is never its target."""

    def __init__(self, doc: Doc, finder: ArgumentFinder) -> None:
        self.doc = doc
        self.finder = finder
        self.acts: dict[int, list[tuple[str, Actor]]] = {}   # sentence number -> [(root, source Actor)]
        self.sents = sentences(doc)   # (the parse is final: the coded doc's one list; read, never changed)
        self.nouns = words()["act_nouns"]

    def add(self, sent_no: int, root: str, source: Actor | None, modality: str) -> None:
        if source is not None and source.country and modality != "negated":
            self.acts.setdefault(sent_no, []).append((root, source))

    def _act_noun(self, verb: Token, preps: frozenset[str] = _OBJECT_PREPS) -> Token | None:
        """The definite act noun that is the object of ``verb`` ("condemned the attack", "responded to
        the raid", "Saturday's raid"), when no actor is named in its phrase."""
        objs = [c for c in verb.children if c.dep_ == "dobj"] if preps is _OBJECT_PREPS else []
        objs += [o for c in verb.children if c.dep_ == "prep" and c.lower_ in preps
                 for o in c.children if o.dep_ == "pobj"]
        for o in objs[:1]:
            if o.lemma_.lower() not in self.nouns and o.lower_ not in self.nouns:
                return None
            dets = [c for c in o.children if c.dep_ in {"det", "poss"}]
            if not any(d.lower_ in _DEFINITE or (d.dep_ == "poss" and _day_word(d)) for d in dets):
                return None
            doers = [c for c in o.children if c.dep_ in {"poss", "amod", "compound", "nmod"}]
            doers += [p for c in o.children if c.dep_ == "prep" and c.lower_ in {"by", "from"}
                      for p in c.children if p.dep_ == "pobj"]
            if any(self.finder.actors_of(t) for t in doers):
                return None   # "the Iraqi attack", "the attack by Iran": the phrase names its doer
            return o
        return None

    def source(self, verb: Token, sent_no: int, target: Actor | None) -> Actor | None:
        """The doer of an earlier act that this event's victims suffered "in the raid" ("42 refugees were
        killed in Saturday's raid" after "Afghan warplanes bombed a refugee camp"), or None."""
        noun = self._act_noun(verb, frozenset({"in", "during"}))
        return None if noun is None else self._doer(noun, sent_no, target)

    def claimer(self, sent_no: int, target: Actor | None) -> Actor | None:
        """(sources20) The actor that claims, in the sentence, an attack no one is named for: "a car bomb killed
        six officers; al-Shabaab said it carried out the attack", "the Islamic State claimed them", "the Baloch
        Liberation Army claimed responsibility" (data: event_cues claim_verbs, claimed_objects,
        claimed_doing_verbs, claimed_behind_words). A claim made, not one denied or not made ("no group claimed
        it", "said it was not behind the blasts"); never the victims' own side. None when there is none."""
        from . import modality
        from .event_words import cue

        def made(tok: Token) -> bool:
            if modality.of(tok)[0] != modality.ASSERTED or any(c.dep_ == "neg" for c in tok.children):
                return False
            return not any(d.lower_ in {"no", "neither"} for s in tok.children if s.dep_ in SUBJECTS
                           for d in s.children if d.dep_ == "det")

        for tok in tokens(self.sents[sent_no]):
            if tok.pos_ not in {"VERB", "AUX"}:
                continue
            claimed = False
            if tok.lemma_.lower() in cue("claim_verbs"):   # "claimed it", not "claimed that it had ..." (no object)
                claimed = any(c.dep_ == "dobj" and (c.lower_ in cue("claimed_objects") or c.lemma_.lower() in cue("claimed_objects"))
                              for c in tok.children)
            else:
                for cc in (c for c in tok.children if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"}):
                    own = any(s.dep_ in SUBJECTS and s.lower_ in {"it", "they", "we"} for s in cc.children)
                    doing = cc.lemma_.lower() in cue("claimed_doing_verbs") or cc.lemma_.lower() == "be" and any(
                        c.lower_ in cue("claimed_behind_words") for c in cc.children if c.dep_ in {"prep", "acomp"})
                    claimed = claimed or own and doing and made(cc)
            if not claimed or not made(tok):
                continue
            found, passive, _ = self.finder.subjects(tok)
            doers = [f.to_actor() for f in found if f.country] if not passive else []
            doers = [d for d in doers if target is None or _other_side(d, target)]
            if doers:
                return doers[0]
        return None

    def target(self, verb: Token, sent_no: int, source: Actor | None) -> Actor | None:
        """The Actor the event's act noun points back to, or None."""
        noun = self._act_noun(verb)
        return None if noun is None else self._doer(noun, sent_no, source)

    def _doer(self, noun: Token, sent_no: int, source: Actor | None) -> Actor | None:
        entry = self.nouns.get(noun.lemma_.lower()) or self.nouns[noun.lower_]
        roots, verbs = set(entry["roots"]), set(entry["verbs"])
        for n in range(sent_no - 1, -1, -1):
            for root, doer in reversed(self.acts.get(n, [])):
                if root in roots and _other_side(doer, source):
                    return doer
            for tok in reversed(tokens(self.sents[n])):
                if tok.pos_ == "VERB" and tok.lemma_.lower() in verbs:
                    found, passive, inherited = self.finder.subjects(tok)
                    if tok.dep_ == "pcomp" and tok.head.lower_ == "of":
                        # "accused Afghan warplanes of bombing a camp": the accused did it
                        found = [a for o in tok.head.head.children if o.dep_ == "dobj" for a in self.finder.actors_of(o)]
                        passive = False
                    elif inherited:
                        continue
                    doers = [f.to_actor() for f in found if f.country]
                    doers = [d for d in doers if _other_side(d, source)]
                    if doers and not passive:
                        return doers[0]
        return None


_STATE_SECTORS = frozenset({"", "GOV", "MIL", "COP", "SPY", "JUD", "LEG", "MED"})


def _other_side(doer: Actor, source: Actor | None) -> bool:
    """``doer`` is not ``source``'s own side: another country, or in one country a government and its
    opposition or rebels ("Lee appealed to the opposition ... Kim rejected the appeal")."""
    if source is None or doer.country != source.country:
        return True
    return doer.code != source.code and not {doer.sector or "", source.sector or ""} <= _STATE_SECTORS
