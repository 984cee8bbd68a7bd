"""Finish a coded event: a ``candidates.Candidate`` becomes the ``schema.Event`` of the output.

One job: what is decided about an event once its sentence is coded, before its date and place are
looked up. :func:`event` puts it together from
- :func:`final_code`: the code its modality implies. An intended or considered act is the statement
  of that intent (data/events/intent_codes.tsv: 072 -> 0332); a conditional conflictual act ("will
  respond with force if attacked") is the threat (13x) it makes;
- :func:`final_modality`: the modality once the code is known (``modality.for_event``); a statement
  of intent (03x) states an act that lies ahead, so it is ``intended`` even when asserted;
- :func:`evidence_span`: the words of the trigger's phrase and of its actors;
- :func:`confidence`: how sure the parse is of the dyad;
- :func:`final_target`: a capital struck by violence is its country, not its government.
The pipeline adds the rule flags, the date and the place.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from .. import lexicon, taxonomy
from ..schema import Actor, Event
from . import modality
from .candidates import Candidate, Named
from .clauses import mandative, naming_relative
from .doctext import span_text, word_at
from .event_words import cue, event_words, intent_code

# Conflictual acts whose conditional announcement is a threat.
THREAT_ROOTS = taxonomy.roots("threatened_act")
# (unreal57) Protest acts said to follow on a condition with no threat-making verb: the act, conditional.
STATED_DISSENT_ROOTS = taxonomy.roots("stated_dissent")
# Threats: the statement of intent of a conflictual act (only a stated intent is a threat).
THREAT_STATEMENT_ROOTS = taxonomy.roots("threat_statement")
# Violence: a capital city struck is its country.
VIOLENCE_ROOTS = taxonomy.roots("violent")
# Statements of intent: the statement was made, the act it states lies ahead.
INTENT_ROOTS = taxonomy.roots("intent_statement")
# (verbal46) Demands and appeals: what they name is the act of another they want stopped or done.
ASKING_ROOTS = frozenset({"02", "10"})
# Rejections: a refusal to rule an act out rejects nothing.
REJECT_ROOTS = frozenset(modality.cues().rejection_roots)
# (modality28) Acts of violence whose doer a hedge ("suspected militants") names only as suspected.
ATTRIBUTED_ROOTS = taxonomy.roots("attributed")
STATE_FORCE_SECTORS = taxonomy.sectors("state_force")
STATE_ORGAN_SECTORS = taxonomy.sectors("state_organ")
# Acts whose announcement is a statement of intent only toward another country (a deployment abroad).
ABROAD_INTENT_ROOTS = taxonomy.roots("abroad_intent")


def _intent_code(cand: Candidate) -> str:
    """The statement of intent of ``cand``'s act (data/events/intent_codes.tsv); an act that states an
    intent toward another country only (taxonomy class abroad_intent: "will send troops to Ukraine",
    0334) stays the act when it has no foreign target ("will deploy soldiers to stop rioting": 154)."""
    code = cand.code
    if code.startswith("057") and not cand.nominal and cand.trigger.lemma_.lower() in event_words().signing_verbs:
        # (unreal56) "said it would sign the convention", "was ready to sign a peace treaty": the signing lies ahead,
        # 057 intended (event_words signing_verbs); "hoped to sign a ceasefire": a truce to come, the intent to
        # de-escalate (0356; gold README: "agreed to a ceasefire" 0356 intended)
        return "0356" if _truce_signed(cand) else code
    if code.startswith("054") and _state_recognised(cand):
        return code   # (unreal56) "said they would recognise the new state": 054 intended (event_words recognition_verbs)
    if code[:2] in ABROAD_INTENT_ROOTS:
        country = getattr(cand.source, "country", None)
        target_code = str(getattr(cand.target, "code", "") or "")
        target = getattr(cand.target, "country", None) or (target_code[:3] if target_code.startswith("IGO") else None)
        if not country or not target or target == country:
            return code   # at home, or nowhere named
    return intent_code(code)


def _state_recognised(cand: Candidate) -> bool:
    """``cand``'s verb recognises a state or government (event_words recognition_verbs): its object is a name, a pronoun
    or a state's noun (recognition_objects: "recognise Guinea-Bissau's independence", "would recognise it")."""
    words = event_words()
    if cand.nominal or cand.trigger.lemma_.lower() not in words.recognition_verbs:
        return False
    return any(c.dep_ == "dobj" and (c.pos_ in {"PROPN", "PRON"} or c.lemma_.lower() in words.recognition_objects)
               for c in cand.trigger.children)


def _truce_signed(cand: Candidate) -> bool:
    """The agreement ``cand``'s verb signs is a ceasefire, truce or armistice (event_words ceasefire_nouns): "sign a
    ceasefire"."""
    nouns = event_words().ceasefire_nouns
    return any(c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in cand.trigger.children)


def announced_act(cand: Candidate) -> bool:
    """(precision34) An act of breaking off, protest or repression (data: event_words announced_act_codes) that its
    doer only announces ("Seoul said it would suspend the military pact", "Hungary announced it would withdraw from the
    ICC", "said his government would ban any party", "activists said protests would go on") is the act, intended, not
    a threat (13x): announced policy threatens no one. Not a pursuit of an enemy ("vowed to hunt down the militants":
    event_words pursuit_verbs, the threat of force), and not an act told by a threat-making verb ("threatened to
    expel", "warned it would cut ties": modality_cues threat_making_verbs), which makes the threat. A punishment or a
    trial (home_announced_act_codes) only at home: "promised to punish Ukraine" is a threat."""
    words = event_words()
    if not any(cand.code.startswith(p) for p in words.announced_act_codes):
        home = getattr(cand.source, "country", None)
        abroad = getattr(cand.target, "country", None)
        if not any(cand.code.startswith(p) for p in words.home_announced_act_codes) or (
                cand.target is not None and (not home or abroad != home)):
            return False
    verb = cand.trigger.head if cand.nominal else cand.trigger
    if verb.lemma_.lower() in words.pursuit_verbs:
        return False
    threats = modality._words().threat_making_verbs
    node = verb
    for _ in range(4):
        if node.lemma_.lower() in threats:
            return False
        if node.dep_ not in {"xcomp", "ccomp", "conj", "dobj", "pobj", "prep"} or node.head.i == node.i:
            break
        node = node.head
    return True


def authorised_force(cand: Candidate) -> bool:
    """(precision34) Force authorised or ordered to begin ("Obama authorised targeted air strikes", "NATO ordered air
    strikes to begin", "the Security Council authorised the use of naval force": ``presuppose``, modality.authorised_ahead)
    lies ahead as the act itself, intended (the gold codes the strikes 195 intended), not as a threat made (13x): an
    authorisation is a decision to act, addressed to one's own forces, not a warning to the enemy."""
    g = cand.governor
    return g is not None and modality.authorised_ahead(g, cand.code)


def legislature_authorises_force(cand: Candidate) -> bool:
    """(strike57) A legislature that authorises its president, government or army to use force ("Congress voted to
    authorise the president to use force against Iraq", "parliament authorised the army to pursue rebels across the
    border") makes the threat of force, 138, asserted, from the legislature at the country or group threatened (gold
    README: the Federation Council 2014, the U.S. Congress 1991); the authorised force of a government or a council
    stays the act, intended (``authorised_force``)."""
    if cand.modality != modality.INTENDED or cand.source is None or cand.source.mention.sector != "LEG":
        return False
    if cand.code == "138" or not any(cand.code.startswith(p) for p in modality._words().authorised_force_codes):
        return False
    words = modality._words().authorising_verbs
    node = cand.trigger
    for _ in range(2):
        # the force the authorising verb names or whose infinitive it governs ("authorise the president to use
        # force", "authorised cross-border raids"), itself perhaps the infinitive of a vote ("voted to authorise")
        if node.dep_ not in {"xcomp", "dobj", "ccomp"} or node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ == "VERB" and node.lemma_.lower() in words and not modality.is_negated(node):
            return True
    return False


# (review44) the cut a threat of reduction names (CAMEO 131x) -> the reduction itself (16x)
_THREATENED_CUTS = {"131": "160", "1311": "162", "1312": "163", "1313": "160"}
_AID_KINDS = {"military": "1622", "economic": "1621", "humanitarian": "1623"}


def weighed_cut(cand: Candidate) -> None:
    """(review44) A review of what one gives told as under way weighs cutting it: "Washington said it was reviewing its
    aid after the coup" is the aid cut, considered (162), not the threat its pattern codes (1311, event_cues
    reviewing_verbs); "would review its ties" (intended) stays the threat made (1313)."""
    if cand.modality == modality.ASSERTED and not cand.nominal and cand.code in _THREATENED_CUTS \
            and cand.trigger.lemma_.lower() in lexicon.words("event_cues", "reviewing_verbs"):
        cand.code = _THREATENED_CUTS[cand.code]
        cand.modality = modality.CONSIDERED
        kinds = {m.lemma_.lower() for o in cand.trigger.children if o.dep_ == "dobj" for m in o.children
                 if m.dep_ in {"amod", "compound"}}
        # "its military aid" 1622, "economic aid" 1621, "humanitarian aid" 1623
        cand.code = next((c for k, c in _AID_KINDS.items() if cand.code == "162" and k in kinds), cand.code)


def announced_plan(cand: Candidate) -> None:
    """(intent46) A troop withdrawal named by its noun as the object of an announcing verb (event_cues
    plan_announcing_verbs, announced_plan_codes): "France announced the withdrawal of its troops from Mali" tells a
    plan made known, the withdrawal ahead (intended: the statement of intent, 0356), not a retreat carried out."""
    if not cand.nominal or cand.modality != modality.ASSERTED or cand.trigger.dep_ != "dobj" \
            or cand.code not in lexicon.words("event_cues", "announced_plan_codes") \
            or cand.trigger.lemma_.lower() not in lexicon.words("event_cues", "announced_plan_nouns"):
        return
    verb = cand.trigger.head
    if verb.pos_ == "VERB" and verb.lemma_.lower() in lexicon.words("event_cues", "plan_announcing_verbs"):
        cand.modality = modality.INTENDED
        cand.governor = verb


def presuppose(cand: Candidate) -> None:
    """An act noun whose sentence takes it as known is asserted, whatever the modal or negation of the verb that
    tells its consequence ("Russia's strike on the port could derail shipments": ``modality.presupposed``). An act of
    force authorised or ordered to begin lies ahead (``modality.authorised_ahead``: intended)."""
    told_by_verb = cand.trigger.head.lemma_.lower() in cand.pattern.lower().split()   # "the truce has not collapsed"
    acting = cand.trigger.head if cand.nominal and cand.trigger.dep_ == "dobj" else cand.trigger
    if cand.modality == modality.ASSERTED and modality.authorised_ahead(acting, cand.code) \
            and (not cand.nominal or acting.i != cand.trigger.i):
        # (modality16b) "Obama authorised targeted air strikes", "NATO ordered air strikes to begin": the force lies
        # ahead (intended: the statement, 13x, that was made)
        cand.modality = modality.INTENDED
        cand.governor = acting
        return
    if cand.modality == modality.NEGATED and cand.code[:2] in VIOLENCE_ROOTS and cand.governor is not None \
            and modality.resisting(cand.governor):
        # "the garrison held out against the Russian assault": what was resisted happened (unlike "held out
        # against new sanctions", not imposed)
        cand.modality = modality.ASSERTED
        cand.governor = None
    elif cand.nominal and cand.modality in {modality.CONSIDERED, modality.NEGATED} and not told_by_verb \
            and modality.presupposed(cand.trigger, cand.code):
        cand.modality = modality.ASSERTED
        cand.governor = None
    elif not cand.nominal and cand.modality == modality.INTENDED and cand.governor is None \
            and modality.stated_rejection(cand.trigger, cand.code):
        cand.modality = modality.ASSERTED   # "said Warsaw would ignore the objections": the rejection is stated
    elif not cand.nominal and cand.modality == modality.CONDITIONAL and cand.governor is None \
            and modality.rejected_on_condition(cand.trigger, cand.code):
        cand.modality = modality.ASSERTED   # "rejected a full ceasefire unless arms deliveries stopped": made
    elif not cand.nominal and cand.modality == modality.CONDITIONAL and modality.departure_in_time(cand.trigger,
                                                                                                   cand.code):
        cand.modality = modality.INTENDED   # (modality30) "said he would step down once the budget had passed"
    elif not cand.nominal and cand.modality in {modality.CONSIDERED, modality.NEGATED}:
        # "no troops were hurt in the Iranian missile attack", "may have been killed in the strike" (not "could be
        # killed in the strike": ahead): coded from the attack its phrase names
        noun = modality.presupposed_phrase(cand.trigger, cand.code)
        weighed_past = cand.modality == modality.NEGATED or any(
            ch.dep_ == "aux" and ch.lemma_.lower() == "have" for ch in cand.trigger.children)
        if noun is not None and weighed_past and noun.lemma_.lower() in cand.pattern.lower():
            cand.modality = modality.ASSERTED
            cand.governor = None


def force_purpose(cand: Candidate) -> Token | None:
    """(negated17) The purpose verb of force that was not used but weighed, planned or promised: "refused to rule out
    using military force to seize Greenland", "would use force to retake the island" (modality_cues
    force_using_verbs, force_purpose_threats). The event is the threat of that kind (1382), not the force (190)."""
    if cand.nominal or not cand.code.startswith("190") or cand.modality not in {
            modality.CONSIDERED, modality.INTENDED, modality.CONDITIONAL}:
        return None
    words = modality._words()
    if cand.trigger.lemma_.lower() not in words.force_using_verbs:
        return None
    for ch in cand.trigger.children:
        if ch.dep_ in {"xcomp", "advcl"} and ch.lemma_.lower() in words.force_purpose_threats \
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in ch.children):
            return ch
    return None


def _police_abroad(cand: Candidate) -> bool:
    """(negated17) A mobilisation (153/154) of police into another country: "Kenya deployed police officers to
    Haiti", "the deployment of police officers to Haiti was postponed" protect that country (074). The forces are the
    verb's object, or the of-phrase of an event noun, named by a word of event_cues police_force_nouns."""
    if cand.code not in {"153", "154"}:
        return False
    home = getattr(cand.source, "country", None)
    abroad = getattr(cand.target, "country", None)
    if not home or not abroad or home == abroad:
        return False
    police = lexicon.words("event_cues", "police_force_nouns")
    moved = [ch for ch in cand.trigger.children if ch.dep_ in {"dobj", "nsubjpass"}]
    if cand.nominal:
        moved = [o for ch in cand.trigger.children if ch.dep_ == "prep" and ch.lower_ == "of"
                 for o in ch.children if o.dep_ == "pobj"]
    return any(t.lemma_.lower() in police or t.lower_ in police for m in moved for t in m.subtree)


def instructed(verb: Token, code: str) -> str | None:
    """(mine29) The demand an act of cooperation or yielding (``code``, on ``verb``) makes when a verb of instructing
    (cue_words requesting.instructing: tell, instruct) asks it of its object with an infinitive: "the Kremlin told
    Tbilisi to free the officers" demands a release (1053; event_cues instructed_act_demands), and the release is
    neither the teller's act nor done. None for any other act or clause."""
    head = verb.head
    if _insisted(verb):
        pass   # (demand42) "insisted that Iraq let relief groups in": a mandative clause of insisting demands the act
    elif verb.dep_ != "xcomp" or head.i == verb.i or head.lemma_.lower() not in modality.cues().instructing:
        return None
    elif not any(c.dep_ in {"dobj", "dative"} for c in head.children) or not any(c.tag_ == "TO" for c in verb.children):
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None   # "told Rice not to come": the act is not asked for
    words = lexicon.load("event_cues")
    assert isinstance(words, lexicon.EventCues), "event_cues"
    demands = words.instructed_act_demands
    return next((demands[code[:n]] for n in range(len(code), 1, -1) if code[:n] in demands), None)


def _insisted(verb: Token) -> bool:
    """(demand42) ``verb`` heads a mandative clause with a subject of its own under a verb that demands only so (cue_words
    requesting.claim_when_indicative: "insisted that Iraq let relief groups reach the refugees", "insisted that all
    sanctions be lifted"): the act is asked of that subject, as "told Tbilisi to free the officers" asks it; an
    indicative clause ("insisted that the militias were not under its control") is a claim."""
    head = verb.head
    return verb.dep_ == "ccomp" and head.i != verb.i and head.lemma_.lower() in modality.cues().claim_when_indicative \
        and mandative(verb) and any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def instructed_demand(cand: Candidate) -> str | None:
    """The same demand when the instructing verb's own pattern codes the act asked for: PETRARCH's "tell * withdraw"
    (0874) on "Beijing told Manila to withdraw its ships" is the demand of a withdrawal (1056)."""
    asked = [c for c in cand.trigger.children if c.dep_ == "xcomp"]
    return None if cand.nominal or not asked else instructed(asked[0], cand.code)


def _planted_bombing(cand: Candidate) -> bool:
    """(force29) A bombing named by its noun (data: event_words planted_bombing_nouns), told with no aerial word of its
    own (aerial_bombing_words), no state, state force or alliance as its doer and no named place bombed ("the bombing of
    Gaza"), is a bomb set off on the ground (183), not an air strike (195): "a bombing at a beach restaurant in
    Mogadishu", "the twin bombings near Soleimani's tomb", "killed in a Beirut bombing" (the gold's ACLED map: a
    planted explosive 183, an air strike 195)."""
    words = event_words()
    t = cand.trigger
    if not cand.nominal or cand.code != "195" or t.lemma_.lower() not in words.planted_bombing_nouns:
        return False
    own = {w.lemma_.lower() for c in t.children if c.dep_ in {"amod", "compound", "nmod", "poss"} for w in c.subtree}
    if own & words.aerial_bombing_words:
        return False
    s = cand.source
    if s is not None and (s.sector in STATE_FORCE_SECTORS or s.sector in {"GOV", "MIL"} or s.code.startswith("IGO")
                          or (not s.sector and s.kind in {"country", "capital"})):
        return False
    bombed = [o for p in t.children if p.dep_ == "prep" and p.lower_ in {"of", "on"} for o in p.subtree
              if o.dep_ == "pobj"]
    return not any(o.pos_ == "PROPN" for o in bombed)


def agreed_truce_in_force(verb: Token) -> bool:
    """(yield35) The truce a verb agrees to (event_cues truce_nouns, its object or the object of its preposition)
    carries a relative clause that tells it started: a finite past verb of taking effect, not negated (event_cues
    truce_started_phrases: "agreed to a ceasefire that took effect on Thursday", "a truce which came into force")."""
    phrases = cue("truce_started_phrases")
    nouns = [c for c in verb.children if c.dep_ == "dobj"] + [
        o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    for noun in nouns:
        if noun.lemma_.lower() not in cue("truce_nouns"):
            continue
        for rel in noun.children:
            if rel.dep_ not in {"relcl", "acl"} or rel.tag_ != "VBD" or any(
                    ch.dep_ in {"neg", "aux"} for ch in rel.children):
                continue
            lemma = rel.lemma_.lower()
            told = {f"{lemma} {ch.lower_}" for ch in rel.children if ch.dep_ in {"dobj", "prt", "advmod"}} | {
                f"{lemma} {ch.lower_} {o.lower_}" for ch in rel.children if ch.dep_ == "prep"
                for o in ch.children if o.dep_ == "pobj"}
            if told & phrases:
                return True
    return False


def penalty_named(cand: Candidate) -> bool:
    """(review44) A demand whose act asked is joined by "or" to a penalty (event_cues penalty_verbs): "warned Hamas to
    free the hostages or face destruction", "demanded they hand over the airports or face a ban on flights" is an
    ultimatum (139), as a deadline given "or face" one is (the gold README's ultimatum)."""
    if cand.nominal or cand.code[:2] != "10" or cand.modality != modality.ASSERTED:
        return False
    penalty = lexicon.words("event_cues", "penalty_verbs")
    for asked in (c for c in cand.trigger.children if c.dep_ in {"xcomp", "ccomp"} and c.pos_ == "VERB"):
        if any(ch.dep_ == "cc" and ch.lower_ == "or" for ch in asked.children) and any(
                w.dep_ == "conj" and (w.lemma_.lower() in penalty and any(o.dep_ == "dobj" for o in w.children)
                                      or _suffered_penalty(w))
                for w in asked.children):
            return True
    return False


def _suffered_penalty(w: Token) -> bool:
    """(ask55) A penalty told as what the addressee would undergo, in the passive with no subject of its own ("leave
    the city or be treated as terrorists", "or be forced from power", "or be dissolved"), or as what it would see done
    to its own ("pay a levy or see their homes burned": event_cues penalty_seeing_verbs with an object and a participle
    or adjective on it)."""
    if w.pos_ != "VERB" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in w.children):
        return False
    if w.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lemma_.lower() == "be" for c in w.children):
        return True
    if w.lemma_.lower() in lexicon.words("event_cues", "penalty_seeing_verbs"):
        return any(c.dep_ in {"ccomp", "xcomp", "oprd"} and c.tag_ == "VBN" for c in w.children) or any(
            o.dep_ == "dobj" and any(g.dep_ in {"acl", "amod"} and g.tag_ == "VBN" and g.i > o.i for g in o.children)
            for o in w.children)
    return False


def _purpose_infinitives(t: Token) -> list[Token]:
    """The "to" infinitives hung on a verb as its purpose ("landed in Port-au-Prince to lead a mission", "deployed
    soldiers to help evacuate residents")."""
    return [c for c in t.children if c.dep_ in {"advcl", "xcomp"} and c.pos_ == "VERB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]


def protective_arrival(cand: Candidate) -> bool:
    """(review44) A state's forces arriving in another country on a protective errand provide protection (074): "Kenyan
    police arrived in Port-au-Prince to lead a UN-backed mission", "Australian troops began arriving in East Timor at
    the request of the government to quell fighting", "Saudi troops crossed into Bahrain at the request of the ruling
    family" (the gold's 074), not a deployment (154), aid (072), a visit (042) or an attack (190). The errand is a
    purpose infinitive of event_cues protective_verbs or a request ("at the request of")."""
    if cand.nominal or cand.modality != modality.ASSERTED or cand.code not in lexicon.words("event_cues",
                                                                                          "arrival_recoded_codes"):
        return False
    t = cand.trigger
    src, tgt = cand.source, cand.target
    if t.lemma_.lower() not in lexicon.words("event_cues", "arrival_verbs") or src is None or tgt is None \
            or not src.country or not tgt.country or src.country == tgt.country \
            or (src.sector or "") not in {"MIL", "COP", "PKO"}:
        return False
    protective = lexicon.words("event_cues", "protective_verbs")
    if any(c.lemma_.lower() in protective for c in _purpose_infinitives(t)):
        return True
    return any(p.dep_ == "prep" and p.lower_ == "at" and any(o.lemma_.lower() == "request" for o in p.children)
               for p in t.children)


def relief_deployment(cand: Candidate) -> bool:
    """(mine45) Forces or teams sent on a relief errand give humanitarian aid (073), not a deployment (154), military
    cooperation (062) or aid of no kind (070): "the army deployed hundreds of soldiers to help evacuate residents",
    "Chile sent firefighters and two aircraft to Bolivia to help battle the wildfires" (the gold's 073). The errand is
    a purpose infinitive of event_cues relief_verbs, or of "help" with one of them or with a relief noun ("to help
    Japan with relief")."""
    if cand.nominal or cand.modality != modality.ASSERTED or cand.code not in lexicon.words("event_cues",
                                                                                          "relief_recoded_codes"):
        return False
    t = cand.trigger
    if t.lemma_.lower() not in lexicon.words("event_cues", "relief_deploy_verbs"):
        return False
    relief = lexicon.words("event_cues", "relief_verbs")
    nouns = lexicon.words("event_cues", "relief_nouns")

    def errand(v: Token) -> bool:
        if v.lemma_.lower() in relief:
            return True
        return v.lemma_.lower() == "help" and (
            any(c.pos_ == "VERB" and c.dep_ in {"xcomp", "ccomp", "dobj"} and c.lemma_.lower() in relief
                for c in v.children)
            or any(p.dep_ == "prep" and p.lower_ == "with" and any(o.lemma_.lower() in nouns for o in p.children)
                   for p in v.children))

    return any(errand(c) for c in _purpose_infinitives(t))


def final_code(cand: Candidate) -> str:
    """The CAMEO code of ``cand`` once its modality is known (an intent or a threat may be recoded)."""
    if penalty_named(cand):
        return "139"
    if protective_arrival(cand):
        return "074"
    if relief_deployment(cand):
        return "073"
    if legislature_authorises_force(cand):
        return "138"
    demand = instructed_demand(cand)
    if demand is not None:
        return demand
    if cand.code == "0356" and cand.modality == modality.ASSERTED and not cand.nominal \
            and agreed_truce_in_force(cand.trigger):
        # (yield35) "Armenia and Azerbaijan agreed to a ceasefire that took effect on Thursday": the truce the
        # sentence says started is declared (0871, asserted), no intent any more (gold: 0871 both ways)
        return "0871"
    code = "074" if _police_abroad(cand) else cand.code
    if _planted_bombing(cand):
        code = "183"
    purpose = force_purpose(cand)
    if purpose is not None:
        # "refused to rule out using force to seize Greenland": a threat of occupation left open (1382, considered)
        return modality._words().force_purpose_threats[purpose.lemma_.lower()]
    if cand.modality in {modality.INTENDED, modality.CONSIDERED} and not cand.purpose:
        intent = _intent_code(cand)
        if cand.modality == modality.CONSIDERED and intent[:2] in THREAT_STATEMENT_ROOTS:
            # "is considering sanctions", "may strike Iranian sites", "Will Russia invade?": an option
            # weighed or a possibility is not a threat made (13x); the act keeps its code, considered
            return code
        if cand.modality == modality.INTENDED and intent[:2] in THREAT_STATEMENT_ROOTS and (
                announced_act(cand) or authorised_force(cand)):
            return code
        return intent
    if cand.modality == modality.ASSERTED and not cand.purpose and not cand.nominal \
            and modality.vowed_act(code, cand.trigger):
        return _intent_code(cand)   # (modality26) "pledged further arms": 0332, as "pledged to send arms"
    if cand.modality == modality.NEGATED and not cand.purpose and modality.is_negated_intention(cand.governor):
        # "is not considering sending arms", "has no plans to supply jets": the intent not stated
        intent = _intent_code(cand)
        if intent[:2] in INTENT_ROOTS:
            return intent
    if cand.modality == modality.NEGATED and code == "030" and not cand.purpose and not cand.nominal \
            and modality.unreached_agreement(cand.trigger):
        return "057"   # (modality30) "met but failed to agree on Assad's fate": no agreement reached
    # the act's verb; a noun's own verb ("said it could resume strikes if ...", "would impose sanctions if ...")
    acting = cand.trigger.head if cand.nominal and cand.trigger.dep_ == "dobj" else cand.trigger
    if acting.dep_ == "xcomp" and acting.head.i != acting.i and modality.is_consequence(acting.head) \
            and not modality.is_consequence(acting):
        # (modality29) "authorised member states to use all necessary means against Iraq unless it leaves Kuwait":
        # the condition hangs on the verb whose complement names the act; the act is its consequence
        acting = acting.head
    if cand.modality == modality.CONDITIONAL and code[:2] in THREAT_ROOTS and modality.is_consequence(acting) \
            and not modality.foreseen_by_another(acting) and not _conditional_strike(cand, code):
        # "will withdraw its force unless ...", "will respond with force if attacked": the act is
        # conditional, and saying so is a threat (CAMEO 13x), which was made.
        if code[:2] in STATED_DISSENT_ROOTS and modality.only_possible(acting) \
                and not modality.threat_made_on_condition(cand.trigger):
            # (unreal57) "the opposition said it might boycott the vote unless the roll was revised": a protest only
            # weighed, on a condition, with no threat-making verb, is the protest act itself (gold README: "might
            # boycott unless X" the boycott considered and X conditional), no threat of dissent (133) made;
            # "threatened / warned it would boycott unless" stays the threat
            return code
        return intent_code(code)
    return code


def _conditional_strike(cand: Candidate, code: str) -> bool:
    """(strike57) A labour strike said to come if a demand is not met ("the unions said they would strike unless
    the bill was withdrawn", "would start a nationwide strike if the government did not cut taxes") is the strike
    143, conditional, with no threat verb (gold README: "would strike unless X" the strike 143); a threat verb
    ("threatened a strike") carries the threat 133 by its own pattern."""
    if not code.startswith("143"):
        return False
    t = cand.trigger
    nouns = cue("strike_call_nouns")   # (strike58) "would call a general strike / a hartal / for a strike unless"
    return t.lemma_.lower() in nouns or any(
        o.lemma_.lower() in nouns for c in t.children
        for o in ([c] if c.dep_ == "dobj" else [p for p in c.children if p.dep_ == "pobj"] if c.dep_ == "prep"
                  and c.lower_ == "for" else []))


def final_modality(cand: Candidate, info: taxonomy.CameoCode) -> str:
    """The event's modality, once its code ``info`` is known."""
    mod = modality.for_event(cand.modality, info.code, cand.trigger)
    if info.code == "138" and legislature_authorises_force(cand):
        return modality.ASSERTED   # (strike57) the authorisation is the threat, made
    if mod == modality.CONDITIONAL and info.root in modality.THREAT_ROOTS \
            and modality.threat_made_on_condition(cand.trigger):
        # "threatened sanctions if ...", "warned it would respond if ...": the warning was given
        mod = modality.ASSERTED
    if info.root in INTENT_ROOTS and mod == modality.ASSERTED:
        # a statement of intent ("pledged military aid", "promised to let ships leave") was made,
        # but the act it states lies ahead: the event is intended, whatever the verb
        mod = modality.INTENDED
    return mod


def hedged_doer(cand: Candidate) -> Token | None:
    """(modality28) The hedge word of a doer named only as suspected (modality_cues hedged_doer_words): "suspected
    militants hurled a grenade", "an attack by suspected ADF fighters", "a landmine planted by suspected FARC
    dissidents". Only acts of violence (cameo_root_classes attributed) told as done."""
    if cand.modality != modality.ASSERTED or cand.source is None or cand.code[:2] not in ATTRIBUTED_ROOTS:
        return None
    words = lexicon.words("modality_cues", "hedged_doer_words")
    doc = cand.trigger.doc
    m = cand.source.mention
    if m.sector == "UAF":
        return None   # forces an act implies ("a suspected sarin attack killed dozens": the act suspected, no doer)
    if not 0 <= m.head < len(doc) or not m.start <= m.head < m.end or m.head == cand.trigger.i \
            or cand.trigger.i in range(m.start, m.end):
        return None   # not forces the act's own noun implies ("a suspected gas attack": the attack is suspected)
    head = word_at(doc, m.head)
    inside = [word_at(doc, i) for i in range(m.start, m.end)]
    before = [word_at(doc, m.start - 1)] if m.start > 0 else []
    for tok in inside + before + list(head.children):
        if tok.lower_ in words and tok.dep_ in {"amod", "compound", "advmod"} and (
                tok.head.i == head.i or tok.i in (m.start - 1, m.start) and m.start <= tok.head.i < m.end):
            return tok   # (round46) "Suspected JNIM militants": the hedge the parser hung on the group's name
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
        # (actors45b) "suspected members of the NPA abducted a councillor": the hedge on the noun the group is "of"
        members = head.head.head
        return next((tok for tok in members.children
                     if tok.lower_ in words and tok.dep_ in {"amod", "compound", "advmod"}), None)
    return None


def split_suspected(cands: list[Candidate]) -> list[Candidate]:
    """(modality28) An act of violence whose doer is named only as suspected is coded twice (gold README: "an act by
    'suspected' authors is coded twice: asserted with no source and considered with the suspects as source"): the
    act told as done, by no one named, and the suspects' doing of it, considered."""
    out: list[Candidate] = []
    for cand in cands:
        hedge = hedged_doer(cand)
        if hedge is None:
            out.append(cand)
            continue
        done = replace(cand, source=None, tokens=set(cand.tokens))
        out.append(done)
        out.append(replace(cand, modality=modality.CONSIDERED, governor=hedge, tokens=set(cand.tokens)))
    return out


# (econ54) the aid acts whose kinds split them: the family of a code -> the code of each kind
_AID_FAMILIES = {
    "cut": ({"162", "1621", "1622", "1623"},
            {"economic_aid_words": "1621", "military_aid_words": "1622", "humanitarian_aid_words": "1623"}),
    "give": ({"070", "071", "072", "073"},
             {"economic_aid_words": "071", "military_aid_words": "072", "humanitarian_aid_words": "073"}),
    "pledge": ({"033", "0331", "0332", "0333"},
               {"economic_aid_words": "0331", "military_aid_words": "0332", "humanitarian_aid_words": "0333"}),
}
_AID_NP_DEPS = frozenset({"det", "amod", "compound", "advmod", "cc", "conj", "punct", "dobj", "nmod", "predet"})


def _aid_kinds(cand: Candidate, kinds: dict[str, str]) -> list[str]:
    """The codes of the kinds of aid named side by side before the aid noun ``cand`` acts on (its object, or the noun
    itself): "suspended economic and military aid" -> 1621, 1622. Only words of the noun phrase between the verb and the
    noun, joined by "and", "or" or a comma; none when fewer than two kinds are named."""
    verb = cand.trigger.head if cand.nominal else cand.trigger
    nouns = lexicon.words("event_cues", "aid_kind_nouns")
    if cand.nominal:
        noun = cand.trigger if cand.trigger.lemma_.lower() in nouns else None
    else:
        noun = next((o for o in verb.children if o.dep_ in {"dobj", "nsubjpass"} and o.lemma_.lower() in nouns), None)
        if noun is None:   # "suspended all military and most economic aid": the parser makes "military" the object
            noun = next((c for o in verb.children if o.dep_ == "dobj" for c in o.children
                         if c.dep_ == "conj" and c.lemma_.lower() in nouns), None)
    if noun is None:
        return []
    doc = noun.doc
    lo = verb.i + 1 if verb.i < noun.i else noun.left_edge.i
    found: list[str] = []
    joined = False
    for i in range(noun.i - 1, lo - 1, -1):
        t = doc[i]
        if t.dep_ not in _AID_NP_DEPS and t.pos_ not in {"ADJ", "DET", "CCONJ", "ADV", "PUNCT"}:
            break
        if t.pos_ in {"VERB", "AUX", "ADP", "PROPN"}:
            break
        word = t.lower_
        if word in {"and", "or", ","}:
            joined = True
            continue
        for key, code in kinds.items():
            if word in lexicon.words("event_cues", key) and code not in found:
                found.append(code)
    return found if joined and len(found) > 1 else []


def split_aid_kinds(cands: list[Candidate]) -> list[Candidate]:
    """(econ54) Aid of several kinds named side by side is one act per kind: "the United States suspended economic and
    military aid to Peru" is 1621 and 1622 (gold: both), "pledged military and humanitarian aid" 0332 and 0333. Each
    event keeps the act's doer, target and modality."""
    out: list[Candidate] = []
    for cand in cands:
        family = next((kinds for codes, kinds in _AID_FAMILIES.values() if cand.code in codes), None)
        codes = _aid_kinds(cand, family) if family else []
        if not codes:
            out.append(cand)
            continue
        out.extend(replace(cand, code=code, tokens=set(cand.tokens)) for code in codes)
    return out


def plan_reacted_to(cand: Candidate) -> bool:
    """(falsepos31) The act a plan or an offer names in its infinitive, when the plan is only the object of another
    act or judgement (data: event_cues reacted_plan_nouns, plan_reacting_verbs): "a court blocked the government's
    plan to deploy police", "backed an Arab League plan for Assad to hand over power", "the government's plan to
    deport asylum seekers was unlawful". The reaction is the event; the planned act is no statement of intent."""
    verb = cand.trigger
    if verb.dep_ != "acl":
        return False
    noun = verb.head
    lemma = noun.lemma_.lower()
    infinitive = any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in verb.children)
    if not (infinitive and lemma in cue("reacted_plan_nouns") or verb.tag_ == "VBG" and lemma in cue("reacted_text_nouns")):
        return False
    governor = noun.head
    if noun.dep_ in {"nsubj", "nsubjpass"} and governor.lemma_ == "be":   # "the plan ... was unlawful"
        return any(ch.dep_ in {"acomp", "attr"} for ch in governor.children)
    # "blocked the plan", "a resolution ... was vetoed by Russia"
    return noun.dep_ in {"dobj", "nsubjpass"} and governor.lemma_.lower() in cue("plan_reacting_verbs")


def naming_aside(cand: Candidate, cands: list[Candidate]) -> bool:
    """(falsepos31) "struck missile factories in Iran, in what the Israeli army called precise strikes", "in what
    Putin called revenge": the verb of a free relative that labels an act (clauses.naming_relative), said by the
    act's own doer (a country coded as the source of the act the relative names), is how the doer tells its act: no
    appeal ("call on"), no criticism of its own. A label by another actor ("in what Manila called a dangerous
    manoeuvre") stays its criticism."""
    verb = cand.trigger
    if not naming_relative(verb) or verb.dep_ != "pcomp" or cand.source is None:
        return False
    if (cand.pattern or "").startswith("<labelled>"):   # rules._labelled_reaction: another's label, checked there
        return False
    clause = verb.head.head   # the verb the "in" phrase is on, or the noun it follows ("during the rush hour in what")
    while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
        clause = clause.head
    namer = cand.source
    # (verbal46) a demand or an appeal names the act it wants stopped, another's: "Tehran demanded an immediate halt to
    # what it called an aggression" is the demand and the namer's criticism of the aggression's doer
    return any(c.trigger.i == clause.i and c.source is not None and _one_side(c.source, namer)
               and final_code(c)[:2] not in ASKING_ROOTS for c in cands)


def _one_side(doer: Named, namer: Named) -> bool:
    """The same actor, or the state of one country as an organ of it ("Israeli warplanes" and "the Israeli army",
    "Chinese troops" and "Beijing"). A namer coded by its country alone ("his party" of a Turkish mayor) may be
    anyone of that country: not the doer's side."""
    return doer.code == namer.code or (doer.code[:3] == namer.code[:3] and _sector(namer) in STATE_ORGAN_SECTORS
                                       and _sector(doer) in STATE_ORGAN_SECTORS | {None})


def _sector(a: Named) -> str | None:
    return a.code[3:6] or None


def drop_restated(cands: list[Candidate]) -> list[Candidate]:
    """An act below the verb that already codes it, once both are finished: "Iran vowed to retaliate"
    is one threat (138, the vow's pattern), not that threat plus the retaliation intended (which
    becomes 138 as well). A verb that undoes an act below it (its governor when that act is negated) does not
    code the same kind of act as done: "the EU shelved plans to sanction Turkey" is the sanction negated (163),
    not a reduction of relations (160) besides."""
    def key(c: Candidate) -> tuple[str, str | None, str | None]:
        return final_code(c), c.source.code if c.source else None, c.target.code if c.target else None

    by_trigger = {(c.trigger.i, key(c)) for c in cands}
    # (verbs16b) a vow coded as a threat holds the act vowed whatever sense its own verb has: "swore to hit back
    # at Israel" is the threat (138, intended), not also a criticism (111) on "hit back at"
    threats = {c.trigger.i for c in cands if final_code(c)[:2] == "13"
               and c.trigger.lemma_.lower() in lexicon.words("modality_cues", "vowing_verbs")}
    def restated(c: Candidate) -> bool:
        g = c.governor
        return g is not None and c.trigger.dep_ in {"xcomp", "ccomp"} and c.trigger.head.i == g.i \
            and ((g.i, key(c)) in by_trigger or c.trigger.dep_ == "xcomp" and g.i in threats and g.i != c.trigger.i)

    undone = {(g.i, c.code[:2]) for c in cands
              if c.modality == modality.NEGATED and c.governor is not None and c.governor.i != c.trigger.i
              for g in _undoing_words(c.governor)}
    # (negated17) the purpose of force weighed is the threat coded on the force: "using force to seize Greenland"
    threatened = {(p.i, c.source.code if c.source else None)
                  for c in cands for p in [force_purpose(c)] if p is not None}
    signed_acts = _signed_acts(cands)
    means = _means_of_purpose(cands)
    cands = [c for c in cands if not plan_reacted_to(c) and not naming_aside(c, cands) and c not in means]
    generic = _generic_threats(cands)
    return [c for c in cands if c not in generic and not restated(c) and not _withheld_ruling_out(c)
            and not _ruling_out_misread(c)
            and not _ruled_out_act(c, cands)
            and c not in signed_acts
            and not manner_without(c.trigger) and not _denial_withheld(c)
            and (c.trigger.i, c.source.code if c.source else None) not in threatened
            and (c.modality == modality.NEGATED or (c.trigger.i, c.code[:2]) not in undone)]


def _means_of_purpose(cands: list[Candidate]) -> list[Candidate]:
    """(coerce35) The means of an act and the act it is used for, told by the same doer with the same code, are one
    act: "riot police used water cannon and tear gas to break up the rally" is one repression (175) of the rally, not
    that and a repression of the place where the gas was fired besides. The means (the verb whose infinitive of
    purpose codes the same act, from the same source, with the same modality) yields to its purpose, which names whom
    the act is done to."""
    def infinitive(tok: Token) -> bool:
        return tok.dep_ in {"xcomp", "advcl"} and any(a.dep_ == "aux" and a.lower_ == "to" for a in tok.children)

    roots = cue("means_purpose_roots")
    purposes = {(c.trigger.head.i, code, c.source.code, c.modality) for c in cands
                if c.source is not None and not c.nominal and infinitive(c.trigger)
                for code in [final_code(c)] if code[:2] in roots}
    if not purposes:
        return []   # most sentences: no final code of the others is needed
    heads = {p[0] for p in purposes}
    return [c for c in cands if c.source is not None and not c.nominal and c.trigger.i in heads
            and (c.trigger.i, final_code(c), c.source.code, c.modality) in purposes]


def _generic_threats(cands: list[Candidate]) -> list[Candidate]:
    """(conflict31) A bare threat (130) on a word whose clause holds the threat itself, coded more precisely on the act
    threatened by the same source: "Egypt warned that it could suspend its peace treaty with Israel if ..." is one
    threat, to break relations (1313), not that and a threat besides (130); so "Moscow will respond militarily if ...,
    the Kremlin warned" (138), "Chinese warnings that it would retaliate" (138). The precise code stays."""
    out = []
    for c in cands:
        if final_code(c) != "130" or c.source is None:
            continue
        below = {t.i for t in c.trigger.subtree} - {c.trigger.i}
        if any(d.trigger.i in below and final_code(d)[:2] == "13" and final_code(d) != "130"
               and d.modality != modality.NEGATED and c.modality != modality.NEGATED
               and d.source is not None and d.source.code == c.source.code for d in cands):
            out.append(c)
    return out


def _signed_acts(cands: list[Candidate]) -> list[Candidate]:
    """(falsepos22) A document signed whose clause names a hostile act is that act, told twice: "Putin signed
    treaties annexing four regions of Ukraine" is the annexation (192), not a formal agreement (057) with Ukraine;
    "signed a decree expelling the diplomats" the expulsion. The signing (057 on a verb of commitment_cues
    signing_verbs) yields to an act of the same source coded on a participle or relative clause of its object, when
    that act is no cooperation (taxonomy class cooperative): "signed an agreement ending the war" keeps both."""
    signing = lexicon.words("commitment_cues", "signing_verbs")
    cooperative = taxonomy.roots("cooperative") | taxonomy.roots("statement")
    out = []
    for c in cands:
        if not c.code.startswith("057") or c.nominal or c.trigger.lemma_.lower() not in signing or c.source is None:
            continue
        objects = {ch.i for ch in c.trigger.children if ch.dep_ in {"dobj", "nsubjpass"}}
        # (miss0405) a clause on the object is a participle or a relative: a finite past verb the parser hung there
        # is a clause of its own ("signed a treaty settling their border, two years after fighting killed a hundred
        # people": the killing is no content of the treaty)
        if any(d.trigger.dep_ in {"acl", "relcl"} and d.trigger.head.i in objects and d.code[:2] not in cooperative
               and not (d.trigger.dep_ == "acl" and d.trigger.tag_ == "VBD")
               and d.source is not None and d.source.code == c.source.code for d in cands):
            out.append(c)
    return out


def manner_without(tok: Token) -> bool:
    """(denial21b) "opened fire without warning", "struck without any prior warning", "evicted them without notice":
    a word of warning bare after "without" (data: modality_cues manner_without_words; no object or clause of its
    own) is the manner of the act it goes with, not an act that did not happen. "without warning them" stays."""
    head = tok.head
    return tok.lemma_.lower() in lexicon.words("modality_cues", "manner_without_words") \
        and tok.dep_ in {"pobj", "pcomp"} and head.i != tok.i and head.lower_ == "without" \
        and not any(ch.dep_ in {"dobj", "ccomp", "xcomp", "dative", "prep", "acl", "relcl"} for ch in tok.children)


def _denial_withheld(cand: Candidate) -> bool:
    """(denial21b) "Israel neither confirmed nor denied involvement", "has neither confirmed nor denied that its
    drones struck": a denial withheld beside a confirmation withheld is no comment, not a denial (016) that did not
    happen (gold README: "neither confirmed nor denied" leaves the act considered; no 016 is coded)."""
    tok = cand.trigger
    if cand.code not in event_words().denial_codes or cand.modality != modality.NEGATED:
        return False
    confirming = set(lexicon.words("modality_cues", "confirming_verbs"))
    pair = [tok.head] if tok.dep_ == "conj" and tok.head.i != tok.i else []
    pair += [ch for ch in tok.children if ch.dep_ == "conj"]
    return any(p.lemma_.lower() in confirming and p.pos_ == "VERB" for p in pair)


def _undoing_words(governor: Token) -> list[Token]:
    """The governor of a negated act, and the verb of a plan noun that governs it ("shelved plans to sanction")."""
    if governor.pos_ == "NOUN" and governor.dep_ in {"dobj", "nsubjpass"} and governor.head.pos_ == "VERB":
        return [governor, governor.head]
    return [governor]


def _ruling_out_misread(cand: Candidate) -> bool:
    """An event coded on "rule out" outside the rejections (12x): "did not rule out military action against the
    cartels" is no ruling against them (a court's 116); the act ruled out, or left open, is coded below it."""
    return not cand.nominal and modality.is_rule_out(cand.trigger) and cand.code[:2] not in REJECT_ROOTS


def _ruled_out_act(cand: Candidate, cands: list[Candidate]) -> bool:
    """(refuse30b) A rejection (12x) coded on "rule out" whose ruled-out act is one no refusal answers (modality
    .refusal_code: aid, force, a deployment): "ruled out sending combat troops", "ruled out military intervention" are
    the act negated, coded below it (gold README: "ruled out sending troops" is the act negated, "ruled out talks"
    the refusal 125). Kept when any act it rules out has a rejection of its own kind (talks, ties, a deal)."""
    verb = cand.trigger
    if cand.code[:2] not in REJECT_ROOTS or cand.nominal or not modality.is_rule_out(verb) \
            or modality.rule_out_withheld(verb):
        return False
    acts = [d for d in cands if d.modality == modality.NEGATED and d.trigger.i != verb.i
            and d.governor is not None and d.governor.i == verb.i]
    return bool(acts) and all(modality.refusal_code(d.code) is None for d in acts)


def _withheld_ruling_out(cand: Candidate) -> bool:
    """A rejection (12x) coded on a refusing verb whose complement is a ruling out: "refused to rule out using force",
    "declined to rule out a strike" keep the act open (coded considered below it); nothing was rejected."""
    verb = cand.trigger
    return cand.code[:2] in REJECT_ROOTS and not cand.nominal and any(
        ch.dep_ == "xcomp" and modality.is_rule_out(ch) and modality.rule_out_withheld(ch) for ch in verb.children)


EventKey = tuple[int, int, str, str, str | None, str | None]


def event_key(ev: Event, trigger: Token) -> EventKey:
    """What makes two finished events of one word the same event once their actors are final: "air strikes on
    Lebanese bridges and Beirut's airport" gives two candidates, but the capital becomes its country
    (:func:`final_target`), so both are one strike on Lebanon and the pipeline codes it once."""
    return (ev.sentence, trigger.i, ev.cameo, ev.modality, ev.source.code if ev.source else None,
            ev.target.code if ev.target else None)


def return_home(ev: Event, trigger: Token, visit_codes: frozenset[str]) -> bool:
    """A visit told by a verb whose target is the visitor's own country is a return, no visit ("Putin landed back
    in Moscow"; the dev set codes none). A visit noun keeps its event: its doer may be the misread one."""
    return (ev.cameo in visit_codes and trigger.pos_ == "VERB" and ev.source is not None and ev.target is not None
            and bool(ev.source.country) and ev.source.country == ev.target.country)


def pledged_only_done(cand: Candidate) -> bool:
    """(intent31) A statement of intent (03x) coded on a verb that states no intent of its own (event_cues
    pledged_only_verbs: "hold * election", "form * government" 034) told as done: "Kenya held elections on Tuesday",
    "the coalition formed a new government" are an election and a cabinet, no political event; only the act ahead
    ("said it would hold elections", "promised to form a broad-based government") states the reform."""
    return (cand.code[:2] in INTENT_ROOTS and cand.modality == modality.ASSERTED and not cand.nominal
            and cand.trigger.lemma_.lower() in lexicon.words("event_cues", "pledged_only_verbs"))


def met_itself(ev: Event) -> bool:
    """(nouns30b) A consultation, call, visit, hosting, meeting or mediation (event_cues two_party_codes) whose source
    and target are the same actor code is no such act: it takes two sides, and one code on both is a misread pronoun
    or a second party lost ("A and B signed a declaration during A's visit", "Netanyahu suspended him from cabinet
    meetings"; the dev set codes none). Negotiation (046) within one body ("coalition talks") keeps its event, and so does
    an act told as not done ("the president did not meet the Iranian foreign minister": an untitled president takes
    the country of the sentence)."""
    return (ev.cameo in lexicon.words("event_cues", "two_party_codes") and ev.modality == "asserted"
            and ev.source is not None
            and ev.target is not None and ev.source.code == ev.target.code)


def aimed_at_no_one(ev: Event) -> bool:
    """(mine29) An act that exists only as aimed at someone (event_cues aimed_only_codes: an ultimatum) with no target
    once the sentence and the article's earlier acts are read: "set a six-month deadline to sign a peace deal" is a
    deadline of one's own, no ultimatum. A target that is only the doer's own country (a place it acts in, as in "met
    in Geneva and set a deadline") aims it at no one either."""
    if ev.cameo not in lexicon.words("event_cues", "aimed_only_codes"):
        return False
    return ev.target is None or (ev.source is not None and ev.target.code == ev.source.country
                                 and ev.target.sector is None)


def _yield_doer_country(cand: Candidate) -> str | None:
    """The country of a targetless concession's doer (event_cues partner_yield_roots), None for another act, an
    act with a target, or a doer of no country (an IGO, an NGO)."""
    if cand.target is not None or cand.source is None or cand.code[:2] not in cue("partner_yield_roots") \
            or cand.code in cue("own_country_target_excluded"):
        return None
    return _home_country(cand.source.country, cand.source.code)


def _home_country(country: str | None, code: str | None) -> str | None:
    """A doer's own state (three letters), None for a doer of no country or an IGO's or NGO's."""
    if not country or len(country) != 3 or (code or "")[:3] in {"IGO", "NGO"}:
        return None
    return country


def partner_key(cand: Candidate) -> tuple[int, int, str]:
    """The key of a candidate in ``yield_partners``: its trigger's index, its source's start and its code."""
    return cand.trigger.i, cand.source.start if cand.source is not None else -1, cand.code


def yield_partners(cands: list[Candidate]) -> dict[tuple[int, int, str], Actor]:
    """(material48) Two parties of two countries making one concession together with no one else named ("India and
    Pakistan began a ceasefire along the line of control", "Tunisia and Libya reopened their common border", "Russia
    and Ukraine carried out a new exchange of prisoners") make it to each other, not each to its own country: the
    other party's actor, by ``partner_key`` of the candidate (``own_country_target`` is for one party alone).
    (material52) So do a state and its own challengers of one country ("the Colombian government and the ELN began a
    six-month ceasefire", "the Yemeni government and the Houthis began an exchange of prisoners": COLGOV <-> COLREB), an
    organ of the state (sector_classes state_organ) and a rebel, insurgent, militia, separatist or opposition party
    (domestic_rival, SEP); two organs of one state ("the army and the police freed the hostages") do not."""
    by_word: dict[int, list[tuple[Candidate, str]]] = {}
    for c in cands:
        country = _yield_doer_country(c)
        if country is not None:
            by_word.setdefault(c.trigger.i, []).append((c, country))
    out: dict[tuple[int, int, str], Actor] = {}
    for group in by_word.values():
        if len({country for _, country in group}) != 2:
            # one country: its state and its challengers are the two sides, each party by its own code
            if not _state_and_rival(group):
                continue
            group = [(c, c.source.code or "") for c, _ in group if c.source is not None]
        for c, side in group:
            other = next(d for d, k in group if k != side)
            if other.source is not None:
                out[partner_key(c)] = other.source.to_actor()
    return out


def _state_and_rival(group: list[tuple[Candidate, str]]) -> bool:
    """(material52) The doers of one concession are two parties of one country, one an organ of its state and the other
    one of its challengers (a rebel, insurgent, militia, separatist or opposition sector)."""
    codes = {c.source.code: c.source.sector for c, _ in group if c.source is not None}
    if len({country for _, country in group}) != 1 or len(codes) != 2:
        return False
    sectors = set(codes.values())
    rivals = taxonomy.sectors("domestic_rival") | {"SEP"}
    return bool(sectors & taxonomy.sectors("state_organ")) and bool(sectors & rivals)


def _threatens_anyone(cand: Candidate) -> bool:
    """(own49) A threat whose threatened party is anyone at all ("threatened to jail anyone who joined the march",
    "warned that those who spread rumours would be punished", "vowed to crush any group that resisted"): a pronoun of
    event_cues indefinite_party_words, or "those"/a noun under "any" with a relative clause, inside the threat's clause."""
    indefinite = cue("indefinite_party_words")
    for tok in cand.trigger.subtree:
        word = tok.lower_
        if word in indefinite and tok.pos_ == "PRON":
            return True
        if (word == "those" and tok.pos_ == "PRON") or (word == "any" and tok.dep_ == "det"):
            head = tok if word == "those" else tok.head
            if word == "any" and (head.lemma_.lower() in cue("foreign_party_nouns") or any(
                    c.dep_ == "amod" and c.lower_ in cue("foreign_party_modifiers") for c in head.children)):
                continue   # (unreal59) "any country that recognised Taiwan", "any foreign pilot": no one at home
            if any(c.dep_ in {"relcl", "acl"} for c in head.children):
                return True
    return False


def own_country_target(ev: Event, cand: Candidate | None = None) -> Actor | None:
    """(material48, own48) A concession, or an inquiry, demand, protest or act of coercion done at home (event_cues
    own_country_target_roots: 08, 09, 10, 14, 17), aimed at no one once the sentence and the article's earlier acts are
    read is aimed at its doer's own country, the bare country: "the Nigerien junta revoked a law criminalising migrant
    smuggling" (NERGOV -> NER), "ETA declared an indefinite ceasefire" (ESPREB -> ESP), "police arrested 40 people"
    (KENCOP -> KEN). So is a threat at anyone at all, at its people (``_threatens_anyone``: "the junta warned that those
    who spread rumours would be punished", THAMIL -> THACVL; not "was not planning to attack anyone"), but not another
    threat ("Iran threatened to close the strait" is aimed abroad). None for a doer of no country (an IGO, an NGO), an
    event with a target, or sanctions eased (event_cues own_country_target_excluded: laid on others only)."""
    if ev.target is not None or ev.source is None or ev.cameo in lexicon.words("event_cues", "own_country_target_excluded"):
        return None
    anyone = ev.root == "13" and cand is not None and cand.modality != modality.NEGATED and _threatens_anyone(cand)
    if ev.root not in lexicon.words("event_cues", "own_country_target_roots") and not anyone:
        return None
    country = _home_country(ev.source.country, ev.source.code)
    if country is None:
        return None
    if anyone:   # anyone at all at home: its people, as the gold codes them ("TGOGOV -> TGOCVL")
        return Actor(text=ev.source.text, code=country + "CVL", country=country, sector="CVL", name=None)
    return Actor(text=ev.source.text, code=country, country=country, sector=None, name=None)


def evidence_span(cand: Candidate, sent: Span) -> Span:
    """The words of ``sent`` from the first to the last of the candidate's words and the trigger's own
    particles and objects, so the evidence reads as a phrase."""
    toks = sorted(cand.tokens | {c.i for c in cand.trigger.children if c.dep_ in {"prt", "dobj", "neg", "aux"}})
    lo = max(min(toks), sent.start)
    hi = min(max(toks) + 1, sent.end)
    return sent.doc[lo:hi]


def confidence(cand: Candidate) -> float:
    """0.4-0.85: higher with a target, an own source and a specific pattern; lower for an event noun."""
    conf = 0.45
    conf += 0.2 if cand.target is not None else 0.0
    conf += 0.1 if not cand.inherited_source else 0.0
    conf += 0.1 if cand.pattern and "*" in cand.pattern and cand.pattern.strip() != "*" else 0.05
    conf -= 0.1 if cand.nominal else 0.0
    return round(min(conf, 0.95), 2)


def _as_actor(mention: Named | None) -> Actor | None:
    """The output actor of a candidate's actor (a ``candidates.Named``), or None."""
    if not mention:
        return None
    return mention.to_actor()


def final_target(cand: Candidate, info: taxonomy.CameoCode) -> Actor | None:
    """The target actor; shelling a capital city strikes the country, not its government, and so do economic
    sanctions laid on it, threatened, lifted or kept (event_cues capital_country_codes, econ28)."""
    target = _as_actor(cand.target)
    if target is not None and getattr(cand.target, "kind", "") == "capital" and (
            info.root in VIOLENCE_ROOTS or info.code in lexicon.words("event_cues", "capital_country_codes")):
        target = Actor(text=target.text, code=target.country or target.code, country=target.country,
                       sector=None, name=target.name)
    elif target is not None and target.country and info.code in lexicon.words("event_cues", "country_target_codes"):
        # (force32) territory taken is the country's land, not the force's nor its people's
        target = Actor(text=target.text, code=target.country, country=target.country, sector=None, name=None)
    return target


def event(cand: Candidate, sent: Span, n_sent: int, event_id: str) -> Event:
    """The ``Event`` for ``cand``, found in sentence number ``n_sent`` (``sent``).

    Raises ``DataError`` (E204) when the final code is not a CAMEO code; the pipeline reports it (W121).
    """
    presuppose(cand)
    weighed_cut(cand)
    announced_plan(cand)
    info = taxonomy.cameo(final_code(cand))
    mod = final_modality(cand, info)
    span = evidence_span(cand, sent)
    conf = confidence(cand)
    target = final_target(cand, info)
    return Event(
        id=event_id, sentence=n_sent, evidence=span_text(span),
        span=[span.start_char, span.end_char],
        source=_as_actor(cand.source),
        target=target,
        cameo=info.code, root=info.root, cameo_name=info.name, quad_class=info.quad_class,
        goldstein=info.goldstein, plover=taxonomy.plover(info.code), modality=mod,
        reported_by=_as_actor(cand.reported_by),
        confidence=conf,
    )
