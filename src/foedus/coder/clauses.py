"""Which clause a word is in: the reported event's own clause, or background (relative, temporal
and causal clauses, participle asides, reduced relatives); and the "no" of "no clashes".

Tree shape only: no actors, no codes.
"""

from __future__ import annotations

from spacy.tokens import Token

from .. import lexicon
from .doctext import final_reading, word_at
from .event_words import event_words
from .modality import cues as _modality_cues
from .modality import pending_condition, record_infinitive
from .syntax import SUBJECTS

BACKGROUND_MARKS = lexicon.words("event_cues", "background_marks")
SEQUEL_MARKS = lexicon.words("event_cues", "sequel_marks")
TRAILING_NEWS_MARKS = lexicon.words("event_cues", "trailing_news_marks")
CONCURRENT_MARKS = lexicon.words("event_cues", "concurrent_marks")
DOCUMENT_NOUNS = lexicon.words("event_cues", "document_nouns")
NAMING_VERBS = lexicon.words("event_cues", "naming_verbs")
NEWS_RELATIVE_PRONOUNS = lexicon.words("event_cues", "news_relative_pronouns")
CONTINUATIVE_SUBJECTS = lexicon.words("event_cues", "continuative_subject_pronouns")
RELATIVE_ACCUSATION_VERBS = lexicon.words("event_cues", "relative_accusation_verbs")
PERSONAL_SUBJECTS = frozenset({"it", "he", "she", "they", "we"})
PROTEST_RELATIVE_VERBS = lexicon.words("event_cues", "protest_relative_verbs")
ASSEMBLY_VERBS = event_words().assembly_verbs
CAUSING_PARTICIPLES = lexicon.words("event_cues", "causing_participles")
STANDING_FORCE_VERBS = lexicon.words("event_cues", "standing_force_verbs")
ACCEPTED_PLAN_VERBS = lexicon.words("event_cues", "accepted_plan_verbs")
ACCEPTED_PLAN_NOUNS = lexicon.words("event_cues", "accepted_plan_nouns")
ASPECTUAL_VERBS = event_words().aspectual_verbs
COMBAT_PARTICIPLES = lexicon.words("event_cues", "combat_participles")
TWO_OBJECT_VERBS = lexicon.words("event_cues", "two_object_verbs")
FIRST_TIME_SAYING_VERBS = lexicon.words("event_cues", "first_time_saying_verbs")
FIRST_TIME_ORDINALS = lexicon.words("event_cues", "first_time_ordinals")


def negating_verbs() -> frozenset[str]:
    return _modality_cues().negating


def no_det(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def reduced_relative(verb: Token) -> bool:
    """A past participle with a by-agent modifying a noun is a relative clause in the passive:
    "troops, backed by tanks,", "rebels backed by Rwanda", "crimes committed by Croat forces". The
    noun is its patient, never its agent; like other relative clauses it is background."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in {"NOUN", "PROPN", "PRON"} and any(
        c.dep_ == "agent" for c in verb.children)


def adjective_pair(verb: Token) -> bool:
    """(mine45) A past form the parser coordinated with an adjective right before it ("sick and wounded prisoners",
    "dead and injured civilians"), with no subject of its own: the pair describes the noun after it; no one wounds
    anyone. The adjective is no predicate (no copula, no subject of its own)."""
    if verb.dep_ != "conj" or verb.tag_ not in {"VBD", "VBN"} or verb.head.pos_ != "ADJ" or verb.i != verb.head.i + 2:
        return False
    adj = verb.head
    if any(c.dep_ in {"nsubj", "nsubjpass", "cop", "auxpass"} for c in [*verb.children, *adj.children]):
        return False
    between = word_at(verb.doc, verb.i - 1)
    return between.dep_ == "cc" and between.lower_ in {"and", "or"}


def participle_description(verb: Token) -> bool:
    """A past participle on a noun that describes it, with no subject, auxiliary or by-agent of its own
    ("the ministers detained since the coup", "sailors detained after the standoff"), a present participle
    on people acted on ("ten peacekeepers guarding her were killed"), and the clauses below either
    ("militants planning to bomb a church", "an accord aimed at ending the war"). Like a relative clause it tells what is known of the noun, not the reported act.
    A noun the parser made the root of the sentence is a misparsed subject, not described."""
    if ongoing_combat(verb) or named_aside(verb):
        return False
    if verb.dep_ in {"acl", "conj"} and active_participle(verb if verb.dep_ == "acl" else verb.head):
        return False
    node = verb
    for _ in range(5):
        # a present participle on the doer tells its own ongoing act ("a WHO team investigating the origins
        # wrapped up its visit"); on the people acted on ("peacekeepers guarding her were killed"), an
        # intention ("militants planning to bomb") and the acts below it, it describes
        if node.dep_ == "acl" and (node.tag_ == "VBN" or (node.tag_ == "VBG" and (
                node.i != verb.i or node.lemma_.lower() in _modality_cues().intended_verbs
                or _acted_on(node.head)))) and node.head.pos_ in {"NOUN", "PROPN", "PRON"} \
                and not misparsed_subject(node.head) and not any(
                    c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass", "mark", "agent"} for c in node.children):
            return True
        if node.dep_ not in {"xcomp", "pcomp", "prep", "conj"} or node.head.i == node.i:
            return False
        node = node.head
    return False


def _has_object(verb: Token) -> bool:
    return any(c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN", "PRON", "NUM"} for c in verb.children)


def active_participle(verb: Token) -> bool:
    """(force45) A past form on a noun with a direct object of its own, or a past conjunct that has one, is the
    noun's own verb misparsed, not a passive participle describing it: "ADF militants hacked to death at least 40
    villagers", "A British submarine torpedoed and sank the cruiser" (the noun is a subject, of the reporting verb after
    it). Verbs of two objects keep one in the passive
    ("detainees denied access to lawyers"; event_cues two_object_verbs)."""
    if verb.dep_ != "acl" or verb.tag_ not in {"VBN", "VBD"} or verb.head.pos_ not in {"NOUN", "PROPN"} \
            or not (verb.head.dep_ in SUBJECTS or misparsed_subject(verb.head)):
        return False   # on a subject: "a missile fired from a U.S. drone killed ..." hangs 'killed' on the drone
    if any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass", "agent", "mark"} for c in verb.children):
        return False
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBD")]
    return any(v.lemma_.lower() not in TWO_OBJECT_VERBS and _has_object(v) for v in verbs)


def ongoing_combat(verb: Token) -> bool:
    """(clause33) A present participle of combat with an enemy as its object on the fighters it describes (data:
    event_cues combat_participles): "supply missiles to Afghan guerrillas fighting Soviet troops", "to support
    Mozambican forces battling an Islamist insurgency". Unlike a description of the people acted on, it tells a
    war going on at the time of the news: the fighters' own act, coded (the gold codes it)."""
    return verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.lemma_.lower() in COMBAT_PARTICIPLES and \
        verb.head.pos_ in {"NOUN", "PROPN"} and any(c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}
                                                     for c in verb.children)


def named_aside(verb: Token) -> bool:
    """(consult34) A present participle set off by commas on a name ("Putin, arriving in Pyongyang for his
    first visit, was greeted by Kim"): a non-restrictive aside tells the named doer's own act at the time of the
    news, not which people are meant (unlike "peacekeepers guarding her were killed", which picks them out)."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or head.pos_ != "PROPN":
        return False
    doc = verb.doc
    left = verb.left_edge.i
    if left - 1 <= head.i or word_at(doc, left - 1).text != ",":
        return False
    end = verb.right_edge.i + 1
    return end < len(doc) and word_at(doc, end).text == ","


def misparsed_subject(noun: Token) -> bool:
    """A noun the parser made the root of the sentence, or a conjunct of such a root ("The United States and
    more than 20 allies expelled ...": 'expelled' an acl on 'allies'), is a subject whose verb was misparsed."""
    return noun.dep_ == "ROOT" or (noun.dep_ == "conj" and noun.head.dep_ == "ROOT"
                                   and noun.head.pos_ in {"NOUN", "PROPN"})


def _acted_on(noun: Token) -> bool:
    """The noun is acted on in its clause (object, passive subject, object of a preposition) and is no
    document whose words are its authors' act ("voted for a resolution condemning the invasion")."""
    return noun.dep_ in {"dobj", "pobj", "nsubjpass"} and noun.lemma_.lower() not in DOCUMENT_NOUNS


def noun_topic(verb: Token) -> bool:
    """A gerund that is the topic of a noun (data: event_cues topic_preps): "held talks on ending the war",
    "dashed hopes of reaching a deal". What is talked or hoped about is not an act of its own."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.dep_ != "prep":
        return False
    if prep.lower_ == "of" and prep.head.dep_ == "dobj" and prep.head.head.lemma_.lower() in _modality_cues().requesting:
        return True   # "accused Afghan aircraft of bombing two camps": the accusation's content, not an act
    if prep.lower_ not in lexicon.words("event_cues", "topic_preps"):
        return False
    if prep.head.pos_ in {"NOUN", "PROPN"}:
        return True
    # "held talks in Riyadh on ending the war": the phrase hangs on the verb of the talks
    return prep.lower_ != "of" and prep.head.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in lexicon.words("event_cues", "mutual_nouns") for c in prep.head.children)


def background_mark(clause: Token) -> bool:
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in clause.children)


def in_background_clause(tok: Token) -> bool:
    """Relative clauses, temporal or causal subordinate clauses and participle asides describe
    the background of the reported event ("..., who has vowed ...", "after two vehicles were
    hit", "..., saying he would only welcome him in Jerusalem"). News coding keeps the reported
    event; the background is usually reported elsewhere as news. Read once per word of a final
    parse (the rules ask it of the same words about twice each)."""
    return final_reading(tok, _in_background_clause)


def _in_background_clause(tok: Token) -> bool:
    node = tok
    prev: Token | None = None   # the clause below ``node`` on the way up
    news = False   # passed a clause that tells news of its own: an aside above it does not make it background
    for _ in range(8):
        if node.dep_ == "relcl" and node.pos_ in {"VERB", "AUX"}:
            if not news_relative(node) and not first_time_complement(node):
                return True
            news = True
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS
                                        and not (c.lower_ in TRAILING_NEWS_MARKS and node.i > node.head.i)
                                        and not (c.lower_ in CONCURRENT_MARKS and concurrent_act(node))
                                        and not pending_condition(node)
                                        for c in node.children):
            return True
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONCURRENT_MARKS for c in node.children):
            news = True   # (a concurrent act, else returned above)
        if sequel_act(node):
            news = True   # "..., meeting little resistance after Congolese soldiers pulled out": told as in the main clause
        if node.i != tok.i and participle_aside(node):
            if prev is not None and prev.i == tok.i and reported_other_act(node, prev):
                news = True   # "..., adding that Washington had warned China of consequences"
            if caused_act(node, tok):
                news = True   # "..., giving it access to the sea, prompting Somalia to recall its ambassador"
            elif not news:
                return True
        if finite_conjunct(node):
            news = True
        if node.head.i == node.i:
            return False
        prev, node = node, node.head
    return False


def sequel_act(clause: Token) -> bool:
    """(background30) A clause of an earlier act (data: event_cues sequel_marks) with a subject of its own, in the
    simple past or its passive: "..., meeting little resistance after Congolese soldiers pulled out of the city",
    "..., reversing a policy, after Russia and North Korea signed their defence pact". In the main clause such an act
    is coded (it happened, and the gold codes both); a participle aside it hangs on does not make it background."""
    if clause.dep_ != "advcl" or clause.tag_ not in {"VBD", "VBN"} or not any(
            c.dep_ == "mark" and c.lower_ in SEQUEL_MARKS for c in clause.children):
        return False
    aux = [(a.lower_, a.dep_) for a in clause.children if a.dep_ in {"aux", "auxpass"}]
    if clause.tag_ == "VBD":
        told = not aux
    else:
        told = len(aux) == 1 and aux[0][1] == "auxpass" and aux[0][0] in {"was", "were"}
    return told and not any(c.dep_ == "neg" for c in clause.children) and any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ in {"NOUN", "PROPN"} for c in clause.children)


def reported_other_act(aside: Token, clause: Token | None) -> bool:
    """(skipped18) The that-clause of a participle aside of saying (data: cue_words reporting_verbs) that tells a named
    other actor's act as done: "..., adding that Washington had warned China of consequences", "..., saying North Korea
    had demanded that all sanctions be lifted". Like "said that Washington had warned ..." it is reported news of its
    own. The speaker's own reasons and plans ("saying it had violated its airspace", "saying it would not allow ...")
    and acts denied ("saying Caracas had not cooperated") stay background: a proper-noun subject, the simple past or
    the past perfect, no negation, no modal. Only the that-clause's own verb: what hangs below it ("saying Moscow lacked
    a commitment to ending the war") keeps the checks of its own kind."""
    if clause is None or clause.dep_ != "ccomp" or clause.head.i != aside.i or aside.tag_ != "VBG" \
            or aside.lemma_.lower() not in _modality_cues().reporting:
        return False
    aux = [c for c in clause.children if c.dep_ in {"aux", "auxpass"}]
    told = (clause.tag_ == "VBD" and not aux) or (clause.tag_ == "VBN" and [a.lower_ for a in aux] == ["had"])
    return told and not any(c.dep_ == "neg" for c in clause.children) and any(
        c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in clause.children)


def finite_conjunct(verb: Token) -> bool:
    """A finite clause the parser coordinated with a participle aside: "cut ties with Qatar, accusing it of
    supporting terrorism, and closed their air space", "poured into the square, meeting scant resistance, and two
    of Gaddafi's sons were detained". A past tense or a subject of its own makes it a clause of the sentence (a
    participle cannot be coordinated with a finite verb), not part of the aside ("..., burning houses and killing
    100 civilians" stays the aside's)."""
    return verb.dep_ == "conj" and verb.head.i != verb.i and participle_aside(verb.head) and (
        verb.tag_ == "VBD" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children))


def news_relative(clause: Token) -> bool:
    """A relative clause whose relative pronoun is its subject, told in the simple past of the news: "...
    against Corazon Aquino, who asked Washington for air cover", "fired on protesters who set cars on fire",
    "abandoned posts in Karabakh, which were taken over by Azerbaijani troops". Its act is the antecedent's own,
    of the time of the report: news, not background. A perfect, a modal or a present ("who has vowed", "who
    would lead", "which controls the port") tells what is known or expected, and stays background."""
    aux = [c for c in clause.children if c.dep_ in {"aux", "auxpass"}]
    if complement_clause(clause):
        return False
    if record_infinitive(clause):
        return True   # (miss0304) "became the first foreign secretary to visit Damascus": the visit is the news
    # (an active subject and no auxiliary: a past participle tag is the tagger's slip for the past tense, "a bombing
    # that his supporters blamed on Damascus")
    if clause.tag_ in {"VBD", "VBN"} and any(c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"} for c in clause.children) \
            and told_act(clause) and clause.lemma_.lower() not in NAMING_VERBS:
        # the relative pronoun is its object or place, its subject a named doer of its own: "an election that the
        # president refused to recognise", "whom Kiir accused of a coup", "the town, where gunmen killed six
        # officers": another actor's act told in the past of the news ("a proposal Kyiv called an ultimatum" is a
        # label, no act)
        return True
    if clause.tag_ in {"VBD", "VBN"} and not aux and clause.lemma_.lower() in RELATIVE_ACCUSATION_VERBS and any(
            c.dep_ == "nsubj" and c.lower_ in PERSONAL_SUBJECTS for c in clause.children) and told_act(clause):
        # (verbal43) an accusation with a pronoun for its accuser: "Sudan, which it accused of arming the rebels",
        # "the militia, whom they blamed for the raid" (data: event_cues relative_accusation_verbs)
        return True
    if clause.tag_ == "VBD" and not aux and continuative_place(clause) and any(
            c.dep_ == "nsubj" and c.lower_ in CONTINUATIVE_SUBJECTS for c in clause.children) \
            and told_act(clause) and (clause.lemma_.lower() not in NAMING_VERBS or appeal_preposition(clause)):
        # (skipped16) "flew to St Petersburg, where he praised Putin's backing", "set up a camp near Djugu, from which
        # they launched raids": a continuative relative of place tells the next act of the people it names
        return True
    if clause.tag_ == "VBN" and [(a.dep_, a.tag_) for a in aux] == [("auxpass", "VBD")] and continuative_place(clause) \
            and any(c.dep_ == "nsubjpass" and c.lower_ in CONTINUATIVE_SUBJECTS for c in clause.children) and any(
                c.dep_ == "agent" for c in clause.children) and not any(c.dep_ == "neg" for c in clause.children):
        # (background30) its passive with the doer named: "travelled to Lahore, where he was received by Nawaz Sharif"
        return True
    if clause.tag_ == "VBN" and clause.lemma_.lower() in _modality_cues().requesting and any(
            c.dep_ == "nsubj" for c in clause.children) and [(a.lower_, a.dep_) for a in aux] == [("had", "aux")]:
        # an appeal, threat or accusation told in the past perfect: the earlier act the news answers ("the tariffs
        # it had threatened to impose", "the administration, which had asked for protection", "a deployment Bamako
        # had demanded be wound up"); other acts in the past perfect are background ("the areas they had seized")
        return True
    if clause.tag_ == "VBN" and clause.lemma_.lower() in STANDING_FORCE_VERBS and any(
            c.dep_ == "nsubj" for c in clause.children) and [(a.lower_, a.dep_) for a in aux] == [("had", "aux")]:
        # (coerce25) forces massed or stationed, told in the past perfect, still stand there at the time of the news:
        # "pulled back some of the troops it had massed near the border", "withdraw the warships it had massed in the
        # Caribbean" (data: event_cues standing_force_verbs)
        return True
    if clause.tag_ == "VBN" and clause.lemma_.lower() in ACCEPTED_PLAN_VERBS \
            and clause.head.lemma_.lower() in ACCEPTED_PLAN_NOUNS and any(
            c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"} for c in clause.children) \
            and [(a.lower_, a.dep_) for a in aux] == [("had", "aux")] and not any(c.dep_ == "neg" for c in clause.children):
        # (talk45) a plan another party had accepted, told beside what the news does with it: "rejected an Egyptian
        # ceasefire proposal that Israel had accepted" (data: event_cues accepted_plan_verbs / accepted_plan_nouns)
        return True
    if protest_in_progress(clause, aux):
        return True
    if clause.tag_ not in {"VBD", "VBN"} or not any(
            c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in NEWS_RELATIVE_PRONOUNS for c in clause.children):
        return False
    if clause.tag_ == "VBD":
        return not aux
    # a passive in the past: "which were taken over by ..."
    return len(aux) == 1 and aux[0].dep_ == "auxpass" and aux[0].tag_ == "VBD"


def appeal_preposition(verb: Token) -> bool:
    """(background30) A naming verb with the preposition of an appeal ("called for a ceasefire", "called on Kyiv to
    ...") names nothing: it is an appeal ("hosted the ministers in Islamabad, where they called for humanitarian aid")."""
    return any(c.dep_ == "prep" and c.lower_ in {"for", "on", "upon"} for c in verb.children)


def protest_verb(verb: Token) -> bool:
    """(miss0314) A verb of protest (data: event_cues protest_relative_verbs), a gathering only with a protest as its
    purpose ("had gathered to protest", not "had gathered to proclaim a state")."""
    lemma = verb.lemma_.lower()
    if lemma in ASSEMBLY_VERBS:
        return any(c.dep_ in {"xcomp", "advcl"} and c.lemma_.lower() in PROTEST_RELATIVE_VERBS - ASSEMBLY_VERBS
                   for c in verb.children)
    return lemma in PROTEST_RELATIVE_VERBS


def protest_in_progress(clause: Token, aux: list[Token]) -> bool:
    """(miss0314) A protest told in a relative clause on the people acted on (not on the subject of the act told)
    whose relative pronoun is its subject, in the past progressive or the past perfect (data: event_cues
    protest_relative_verbs): "arrested dozens of people who had gathered to protest", "detained supporters who were
    protesting the arrest". What the people acted on were doing is news."""
    if not protest_verb(clause) or clause.head.dep_ in SUBJECTS or not any(
            c.dep_ == "nsubj" and c.lower_ in NEWS_RELATIVE_PRONOUNS for c in clause.children):
        return False   # (on the actor of the act told, "officers who had protested over pay arrested ...": background)
    told = [(a.lower_, a.dep_) for a in aux]
    return (clause.tag_ == "VBG" and told in ([("were", "aux")], [("was", "aux")])) or (
        clause.tag_ == "VBN" and told == [("had", "aux")])


def continuative_place(clause: Token) -> bool:
    """A relative clause of place set off by a comma: "..., where ...", "..., from which ..." (a place or occasion the
    sentence has named, where the story goes on), not a restrictive one ("the church where they sought shelter")."""
    opener = [c for c in clause.children if (c.dep_ == "advmod" and c.lower_ == "where") or (
        c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lower_ == "which" for g in c.children))]
    if not opener:
        return False
    first = min(o.left_edge.i for o in opener)
    return first > 0 and word_at(clause.doc, first - 1).text == ","


def first_time_complement(clause: Token) -> bool:
    """(coop47) A "relative clause" on "the first time" of a verb of saying (data: event_cues first_time_saying_verbs,
    first_time_ordinals), "that" its relativizer and a subject of its own: a that-clause misparsed, what was said
    ("North Korea confirmed for the first time that its troops had fought alongside Russian forces")."""
    time = clause.head
    if time.lemma_.lower() != "time" or time.dep_ != "pobj" or time.head.lower_ != "for" \
            or time.head.head.lemma_.lower() not in FIRST_TIME_SAYING_VERBS:
        return False
    if not any(c.dep_ == "amod" and c.lower_ in FIRST_TIME_ORDINALS for c in time.children):
        return False
    return any(c.lower_ == "that" and c.dep_ in {"advmod", "mark"} and c.i < clause.i for c in clause.children) \
        and any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ not in {"that", "which"} for c in clause.children)


def complement_clause(clause: Token) -> bool:
    """A "relative clause" marked by "that" with an object of its own has no gap for the noun it hangs on: a
    that-clause misparsed ("told the assembly session that the PLO renounced terrorism"), not a relative."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) and any(
        c.dep_ == "dobj" for c in clause.children)


def caused_act(aside: Token, tok: Token) -> bool:
    """``tok`` is (in) the act a causing participle aside makes its object do (data: event_cues causing_participles):
    "..., forcing Somali troops to withdraw", "..., prompting the president to order a curfew". The object's act is
    news of its own; the aside itself stays background."""
    if aside.lemma_.lower() not in CAUSING_PARTICIPLES or not any(c.dep_ == "dobj" for c in aside.children):
        return False
    node = tok
    for _ in range(6):
        if node.head.i == aside.i:
            return node.dep_ == "xcomp" and node.pos_ == "VERB"
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def concurrent_act(clause: Token) -> bool:
    """A clause of time after its head, in the simple past with a subject of its own and no auxiliary:
    "... as Tigrayan forces advanced south", "... while Russian troops attacked Avdiivka" tell an act of
    the same time, news of its own (data: event_cues concurrent_marks)."""
    # a pronoun subject is the main clause's actor going on ("as he embarked on a trip"), an infinitive
    # the aim of the time ("as the leaders sought to ease tension"): background
    if clause.i <= clause.head.i or clause.pos_ != "VERB":
        return False   # (skipped20) a state ("hours before paratroopers were due to invade") is no act
    if clause.tag_ == "VBG" and clause.lemma_.lower() in _modality_cues().requesting | lexicon.words(
            "modality_cues", "claim_rejecting_verbs") and not any(
            c.dep_ in {"aux", "auxpass", *SUBJECTS} for c in clause.children) and any(
            c.dep_ == "mark" and c.lower_ == "while" for c in clause.children):
        # (skipped21) the subject's own appeal or censure told beside its act: "ruled out an intervention, while
        # condemning the downing of a Turkish jet", "would not march on Baghdad, while urging Iraqis to rise up";
        # (background30) and its denial: "said they had struck back, while denying that any jets had been lost"
        # (not "while seeking cuts", "while trying to negotiate": an aim)
        return True
    head = clause.head
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children) and any(
            c.dep_ == "neg" for c in head.children) and not any(c.dep_ == "npadvmod" for c in clause.children):
        # (skipped20) under a refusal told ahead the time is a condition: "would not negotiate while Israel kept
        # attacking" (as long as), "would not leave before the troops withdrew"; a measured time dates an act
        # ("would never hand him over, hours before U.S. warplanes began bombing")
        return False
    aux = [c for c in clause.children if c.dep_ in {"aux", "auxpass"}]
    if clause.tag_ == "VBN" and len(aux) == 1 and aux[0].dep_ == "auxpass" and aux[0].tag_ == "VBD" and not any(
            c.dep_ in {"xcomp", "ccomp"} for c in clause.children):
        # (skipped20) a passive in the simple past: "... before the army commander was arrested"
        return any(c.dep_ == "nsubjpass" and c.pos_ in {"NOUN", "PROPN"} for c in clause.children)
    named = any(c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN", "NUM"} for c in clause.children)
    if clause.tag_ == "VBD" and not aux and clause.lemma_.lower() in lexicon.words("event_cues", "concurrent_visit_verbs") \
            and any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in clause.children):
        # (visits39) the main actor's arrival, visit or hosting at the time: "... to arrest Putin as he arrived in Ulan
        # Bator for a state visit", "... as he welcomed the crown prince to the White House": the visit is news
        return True
    if concurrent_protest(clause, aux):
        return True
    events = lexicon.words("event_cues", "mutual_nouns") | lexicon.words("event_cues", "conflict_nouns")
    if clause.tag_ == "VBG" and [(a.lower_, a.tag_) for a in aux] in ([("was", "VBD")], [("were", "VBD")]) \
            and clause.lemma_.lower() not in ASPECTUAL_VERBS and any(
                c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"} and c.lemma_.lower() not in events
                for c in clause.children) and not any(c.dep_ in {"xcomp", "ccomp"} for c in clause.children):
        # (skipped21) the past progressive of another actor's act: "... as UN chief Antonio Guterres was visiting the
        # city", "... while Russian jets were pounding the town" (not "as they were fleeing": the main actor's state;
        # not "while talks were continuing", "as fighting was raging": a state of affairs)
        return True
    # (coerce27) a past participle with a subject of its own and no auxiliary is a simple past the tagger misread
    # ("even as armoured units massed/VBN on the border")
    past = clause.tag_ == "VBD" or (clause.tag_ == "VBN" and not aux)
    return past and named and (told_act(clause) or reported_done(clause))


def concurrent_protest(clause: Token, aux: list[Token]) -> bool:
    """(coerce52) A protest told in a clause of time whose subject is "they", the people the act told hit, in the simple
    past or the past progressive (data: event_cues protest_relative_verbs): "detained forty members of the movement as
    they marched through Abuja", "fired tear gas at students as they protested the nomination". What the people acted
    on were doing is news, as in a relative clause on them ("who were protesting", `protest_in_progress`); not when the
    act told has "they" for its own subject ("they chanted slogans as they marched": the main clause is coded)."""
    if not protest_verb(clause) or not any(c.dep_ == "nsubj" and c.lower_ == "they" for c in clause.children):
        return False
    head = clause.head
    if head.pos_ != "VERB" or any(c.dep_ in SUBJECTS and c.pos_ == "PRON" for c in head.children):
        return False
    told = [(a.lower_, a.dep_) for a in aux]
    return (clause.tag_ == "VBD" and not aux) or (clause.tag_ == "VBG" and told == [("were", "aux")])


def reported_done(clause: Token) -> bool:
    """(skipped21) A report or a denial, with no auxiliary, whose that-clause tells an act as done (the simple past or
    the past perfect, no negation, no modal, no infinitive below): "... while US officials said Israel had carried out a
    strike", "... while rebel commanders said their fighters had withdrawn", "... while Basque leaders denied the group
    had any role". Told beside the news as another actor's concurrent word, it is news of its own, as "said that ..."
    in a main clause (the denial is coded, the act denied negated); "while London said the frigate had been forced to
    intervene" (an infinitive below) stays background."""
    lemma = clause.lemma_.lower()
    cues = _modality_cues()
    if lemma not in cues.reporting | lexicon.words("modality_cues", "claim_rejecting_verbs") or any(
            c.dep_ in {"aux", "auxpass"} for c in clause.children):
        return False
    comps = [c for c in clause.children if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"}]
    if not comps:
        return False
    comp = comps[0]
    aux = [c for c in comp.children if c.dep_ in {"aux", "auxpass"}]
    done = (comp.tag_ == "VBD" and not aux) or (comp.tag_ == "VBN" and [a.lower_ for a in aux] in (
        ["had"], ["had", "been"]))
    return done and not any(c.dep_ in {"neg", "xcomp", "ccomp"} for c in comp.children)


def told_act(clause: Token) -> bool:
    """A clause in the simple past (no auxiliary) that tells an act, not an aim: no infinitive or that-clause
    below it ("as the leaders sought to ease tension", "a siege that troops struggled to end", "where officials
    said ..." tell an aim or a report), but for an appeal to someone, an act of its own with what it asks ("as the
    UN chief urged both delegations to show flexibility", "as rights groups demanded that the officers be charged":
    data cue_words requesting, with an addressee or a mandative clause; "as the opposition threatened to storm his
    residence" stays an aim), a refusal ("an election the president refused to recognise", cue_words negating) and a
    commitment ("as the army chief promised to hold elections": committing_verbs)."""
    lemma = clause.lemma_.lower()
    asks = lemma in _modality_cues().requesting and any(
        c.dep_ == "dobj" or (c.dep_ == "ccomp" and mandative(c)) for c in clause.children)
    refuses = lemma in negating_verbs() and not any(c.dep_ == "ccomp" for c in clause.children)
    # (skipped20) a verb of phase tells the act of its complement ("as Russian jets kept bombing", "before warplanes
    # began bombing targets"): not an aim
    phase = lemma in ASPECTUAL_VERBS and not any(c.dep_ == "ccomp" for c in clause.children)
    # (skipped21) a vote performs its complement (data: modality_cues deciding_verbs): "before lawmakers voted to lift
    # martial law", "as the OAS voted to deplore the invasion" tell the act voted, not an aim
    decides = lemma in lexicon.words("modality_cues", "deciding_verbs") and not any(
        c.dep_ == "ccomp" for c in clause.children)
    # (skipped22) a promise, a pledge, an agreement or an announcement is an act told (a speech act made then), its
    # complement the act promised, coded intended: "as the army chief promised to hold elections", "where the two
    # neighbours agreed to set aside their dispute", "where Moscow announced it would scale back its operations"
    # (not "as the leaders sought to ease tension": an aim, nothing yet said or done)
    commits = lemma in committing_verbs()
    return not any(c.dep_ in {"aux", "auxpass"} or (c.dep_ in {"xcomp", "ccomp"} and not (asks or refuses or phase
                                                                                         or decides or commits))
                   for c in clause.children)


def committing_verbs() -> frozenset[str]:
    """Verbs that make a commitment by saying it (data: modality_cues intent_statement_verbs, vowing_verbs;
    event_words commitment_participles): "pledge", "promise", "vow", "agree", "announce"."""
    return lexicon.words("modality_cues", "intent_statement_verbs") | lexicon.words(
        "modality_cues", "vowing_verbs") | event_words().commitment_participles


def mandative(verb: Token) -> bool:
    """A that-clause in the mandative subjunctive, a base form with no modal: "demanded that the officers be
    charged", "insisted that Russia withdraw" (not "warned that the rebels could retake the town")."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return not any(a.tag_ == "MD" or a.lower_ == "to" for a in auxes) and (
        verb.tag_ == "VB" or any(a.tag_ == "VB" for a in auxes))


def in_depicted_clause(tok: Token) -> bool:
    """Under a verb whose subject is a work of art (data: sense_cues creative_works): "the author's novel
    describes how soldiers attacked a village", "the film shows how the rebels took the town". The work
    depicts the act; the article reports the work, not the act. Not a report, a video or a book."""
    works = lexicon.words("sense_cues", "creative_works")
    node = tok
    for _ in range(5):
        if node.head.i == node.i or node.dep_ not in {"ccomp", "xcomp", "advcl", "conj", "dobj"}:
            return False
        node = node.head
        if node.pos_ in {"VERB", "AUX"} and any(c.dep_ == "nsubj" and c.lemma_.lower() in works for c in node.children):
            return True
    return False


def in_time_anchor(tok: Token) -> bool:
    """In a clause placed years before the news (data: sense_cues distant_time_units, anchor_marks): "two
    years after Russia invaded Ukraine, grain exports have recovered", "decades since the army seized
    power". The clause dates the news; its act is history, not reported here."""
    units = lexicon.words("sense_cues", "distant_time_units")
    marks = lexicon.words("sense_cues", "anchor_marks")
    node = tok
    for _ in range(4):
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks for c in node.children):
            return any(c.dep_ == "npadvmod" and c.lemma_.lower() in units for c in node.children)
        if node.head.i == node.i or node.dep_ not in {"conj", "xcomp"}:
            return False
        node = node.head
    return False


def in_sequel_clause(tok: Token) -> bool:
    """In a clause that tells an earlier act ("after police arrested the leader", data: sequel_marks):
    its act happened and is coded, but a statement or accusation there is the reason of the
    reported act ("cut funding after Israel alleged ...")."""
    node = tok
    for _ in range(8):
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in SEQUEL_MARKS for c in node.children):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def participle_aside(tok: Token) -> bool:
    """"..., killing 20 people" or "..., setting fire to mattresses": a participle clause adds
    detail to the reported act; coding it as a second act mostly duplicates or misreads it."""
    return (tok.dep_ == "advcl" and tok.tag_ in {"VBG", "VBN"}
            and not any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in tok.children)
            and not (particle_complement(tok) and tok.head.lemma_.lower() in negating_verbs()))


def naming_relative(verb: Token) -> bool:
    """"what it called ..." on a verb: the naming is how the doer labels its act, no statement of its own."""
    return verb.lemma_.lower() in NAMING_VERBS and verb.head.i != verb.i and verb.head.i < verb.i and any(
        c.lower_ == "what" and c.dep_ in {"dobj", "nsubjpass", "nsubj"} for c in verb.children)


def named_objects(verb: Token) -> list[Token]:
    """The noun a free relative names as the verb's object: "launched what it called a special military
    operation", "began what it described as a counter-terror operation" (data: event_cues naming_verbs).
    "what" is the object; the naming clause's complement is what was launched."""
    out: list[Token] = []
    for clause in verb.children:
        if clause.dep_ not in {"ccomp", "dobj", "xcomp"} or not naming_relative(clause):
            continue
        for c in clause.children:
            if c.dep_ in {"oprd", "attr", "dobj", "xcomp"} and c.pos_ in {"NOUN", "PROPN"}:
                out.append(c)
            elif c.dep_ == "prep" and c.lower_ == "as":
                out.extend(p for p in c.children if p.dep_ == "pobj" and p.pos_ in {"NOUN", "PROPN"})
    return out


def particle_complement(tok: Token) -> bool:
    """"ruled out sending troops", "gave up trying": a gerund right after its verb's particle is that
    verb's complement (the parser makes it an adverbial clause), not an aside. Used for negating
    verbs only (data: cue_words negating), whose complement is coded negated, never asserted."""
    prev = word_at(tok.doc, tok.i - 1) if tok.i > 0 else None
    return (tok.tag_ == "VBG" and tok.dep_ == "advcl" and prev is not None and prev.dep_ == "prt" and prev.head.i == tok.head.i
            and tok.head.i < tok.i)
