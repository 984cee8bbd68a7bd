"""The special constructions of the event coder, each a rule of its own:

- events of their own: a mediator's deal ("brokered by Qatar"), fighting or a meeting "between" two
  parties, an attack named as the subject of what it did, a threat of response, a stated blame
  ("said X was responsible": 112) or obligation ("said X must": 100), the act on a passive's patient
  with no agent, a stated refusal beside the act negated (12x);
- recodings of an act: assassination (186), the kind of attack named as the doer, bombing (183,
  1831), mass killing (202), a doer named only by what it did (no source);
- the tests these and ``sentence.SentenceCoder`` ask: disasters, warnings about others, meetings and
  visits, protests and reactions told in relative clauses.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from spacy.tokens import Span, Token

from .. import lexicon, taxonomy
from . import modality
from .actors import Mention, _agent_word, _is_name_token, compose_code
from .arguments import PLACE_PREPS, STATE_FORCES, STATE_ORGAN_SECTORS, THREAT_ROOTS, _as_place, doer_phrases, origin_phrases, own_preps
from .candidates import Candidate, Named, dedupe, evidence, same_actor
from .clauses import in_background_clause, naming_relative, no_det
from .coref import _pair_mark
from .doctext import doc_lowers, of_nouns, tokens, word_at
from .event_words import cue, event_words
from .implicit import ARMED_SECTORS, PLACE_KINDS, RELATIVE_PRONOUNS, UNNAMED_FORCES, ImplicitActors
from .triggers import PROTEST_ROOTS, VIOLENT_ROOTS
from .syntax import PATIENTS, SUBJECTS
from .verbs import VerbMatch

# Reactions an appositive's by-participle tells ("a move condemned by the EU").
SUMMARY_REACTION_ROOTS = taxonomy.roots("summary_reaction")
FORESEEING_AUX = frozenset({"would", "could", "might", "will", "may", "'ll", "wo"})
# Armed men who fight the state of their own country (REB, INS, UAF): a town they take lies there.
INSURGENT_SECTORS = taxonomy.sectors("insurgent")
# Acts that kill: killing a political leader is an assassination (186).
KILLING_ROOTS = taxonomy.roots("killing")
# Force a state's own forces may use on civilians: during a protest it is repression (175).
REPRESSION_ROOTS = taxonomy.roots("repression")
# Consultations: "A met B", "talks between A and B" are coded once, from the first party (gold README).
ONE_WAY_MEETING_ROOTS = taxonomy.roots("one_way_meeting")
# Statements of intent (03x): "would not take part", "would not accept" states no intent; the refusal (12x) is the event.
INTENT_STATEMENT_ROOTS = taxonomy.roots("intent_statement")


def _doer_nouns(verb: Token, passive: bool) -> list[Token]:
    """The nouns that do ``verb``: its by-agent's objects when passive ("was killed by a Russian rocket"), its subjects
    when active ("an air strike killed")."""
    if passive:
        return [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    return [c for c in verb.children if c.dep_ == "nsubj"]


# (verbal49) what the parser makes of the subject of a pronoun-less relative clause on a summing noun
MISPARSED_SUBJECTS = frozenset({"appos", "pobj", "dobj", "conj", "npadvmod"})


def _armed(m: Named) -> bool:
    """(violence52) An armed side: a force of a bearing-arms sector, or an international body's mission."""
    return m.sector in ARMED_SECTORS or m.code.startswith("IGO")


class RuleCoder(ImplicitActors):
    """The special constructions: events of their own, recodings, and the tests they need."""

    def _protest_relative(self, tok: Token) -> bool:
        """"police beat demonstrators who protested the result", "students who gathered to protest
        against fees were dispersed": a protest told in a relative clause on the people acted on is
        the occasion of the reported act, and an event of its own (issue 10). Other relative clauses
        stay background."""
        node = tok
        while node.dep_ in {"xcomp", "advcl", "conj"} and node.head.i != node.i and node.head.pos_ == "VERB":
            node = node.head
        if node.dep_ != "relcl" or node.head.pos_ not in {"NOUN", "PROPN"}:
            return False
        people = node.head   # the people acted on: object of the reported act, or subject of its passive
        acted_on = people.dep_ in PATIENTS or (
            people.dep_ == "pobj" and people.head.dep_ == "prep" and people.head.head.pos_ == "VERB")
        if not acted_on:
            return False
        match = self.code_verb(tok)
        return match is not None and bool(match.code) and match.code[:2] in PROTEST_ROOTS

    def _reaction_relative(self, verb: Token) -> bool:
        """ "..., which Tehran denied", "..., which Moscow blamed on Kyiv": a relative clause on "which"
        of a denying or blaming verb (data: reaction_relatives) is a reaction to what was said, an act
        of its own, not background; so is one with no pronoun ("an attack the government blamed on ...")."""
        if verb.dep_ != "relcl" or verb.lemma_.lower() not in self.words.reaction_relatives:
            return False
        if any(c.dep_ in PATIENTS and c.lower_ in {"which", "that"} for c in verb.children):
            return True   # (miss1112) "a bombing that his supporters blamed on Damascus": "that" as the object too
        # (silent10) with no pronoun: "killing 100 people in an attack the government blamed on al-Shabaab", "a
        # sarin attack which Western governments blamed on Syrian forces" (the noun is the verb's object: the
        # clause has a subject of its own and no object)
        return verb.head.pos_ == "NOUN" and not any(c.dep_ == "dobj" for c in verb.children) and any(
            c.dep_ == "nsubj" and c.lower_ not in cue("relative_pronouns") and c.pos_ != "PRON" for c in verb.children)

    def _brokered_by(self, verb: Token, reporter_of: dict[int, Named]) -> list[Candidate]:
        """ "Ethiopia and Eritrea swapped prisoners in a deal brokered by Qatar": the agent of a
        mediating participle (data: mediating_verbs) mediated between the parties that made the deal,
        the subjects of the clause the deal belongs to; the mediation is as factual as that clause. So does
        a name hyphened to the participle before the noun ("in a Qatar-brokered deal")."""
        negotiated = verb.lemma_.lower() in cue("deal_negotiating_verbs") and verb.head.lemma_.lower() in cue(
            "brokered_deal_nouns")
        # (consult42) a truce announced by one of neither party's country is its mediation, as announcing it in the
        # active voice is (_announced_truce): "a ceasefire announced by Trump took hold between Israel and Iran"
        announced = verb.lemma_.lower() in cue("truce_announcing_participles") and verb.dep_ == "acl" \
            and verb.head.lemma_.lower() in self.words.ceasefire_nouns
        if verb.lemma_.lower() not in self.words.mediating_verbs and not negotiated and not announced:
            return []
        # (skipped17) each broker named by coordinated agents mediates: "a truce brokered by Qatar and Egypt"
        agents = dedupe([m for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                         for o in (p, *p.conjuncts)
                         for m in ([Named(self.mention_at[o.i], o.i)] if o.i in self.mention_at
                                   else self._mediator_noun_actors(o))])
        if verb.dep_ == "amod":
            # "agreed to an Egyptian-mediated ceasefire", "swapped prisoners in a UAE-brokered deal": the name
            # joined to the participle by a hyphen is its agent
            agents = [Named(self.mention_at[c.i], c.i) for c in verb.children
                      if c.i == verb.i - 2 and word_at(verb.doc, verb.i - 1).text == "-" and c.i in self.mention_at]
        node = verb.head
        while node.dep_ in {"pobj", "prep", "dobj", "compound"} and node.head.i != node.i:
            node = node.head   # (miss0405) "signed a Norwegian-brokered ceasefire agreement": through the compound
        clause = node
        if clause.dep_ == "nsubj" and clause.lemma_.lower() in self.words.ceasefire_nouns:
            clause = clause.head   # "a truce mediated by Turkey ended the clashes between ..."
        elif clause.dep_ in {"nsubj", "nsubjpass"} and clause.lemma_.lower() in cue("brokered_deal_nouns"):
            # (coop32) "A deal brokered by Carter averted an invasion of Haiti", "hours before a U.N.-brokered deal was
            # signed": a deal that does or undergoes something was made; as factual as that clause
            clause = clause.head
        while clause.dep_ == "advcl" and clause.tag_ == "VBG" and clause.head.i < clause.i and \
                clause.head.pos_ in {"VERB", "AUX"} and not any(c.dep_ in SUBJECTS for c in clause.children):
            # (miss0304) "A and B agreed to restore relations, ending a rift, in a deal brokered by China": the
            # parser hangs the deal on the participle aside; the deal is the clause's the aside hangs on
            clause = clause.head
        while clause.dep_ == "xcomp" and clause.head.i != clause.i and not any(c.dep_ == "nsubj" for c in clause.children):
            # "A and B agreed to establish relations in a deal brokered by Washington": the parties are the
            # subjects of the verb the infinitive hangs on, and the deal is as factual as that verb
            clause = clause.head
        if not agents or clause.pos_ not in {"VERB", "AUX"} or clause.lemma_.lower() in cue("deal_leaving_verbs"):
            return []   # (nouns30b) "Moscow pulled out of the grain deal brokered by Turkey": no mediation told
        parties = dedupe([m for c in clause.children if c.dep_ == "nsubj" for t in c.subtree
                          for m in ([Named(self.mention_at[t.i], t.i)] if t.i in self.mention_at else [])])
        parties = [p for p in parties if not same_actor(p, agents)]
        if not parties and modality.of(clause)[0] == "asserted" and (clause.dep_ in {"conj", "advcl"} or any(
                c.dep_ == "nsubj" and c.pos_ == "PRON" for c in clause.children)):
            # (skipped18) the clause's doers told elsewhere: a pronoun ("Cuba said it freed the prisoners in a deal
            # brokered by the Vatican"), the subject of the verb it is coordinated with ("Hamas freed hostages and
            # released prisoners under a truce brokered by Qatar") or of the verb its aside hangs on ("..., signing a truce
            # mediated by Malaysia"), as the subject finder resolves them; for a clause told
            # as done only (a deal brokered for a future act would be coded 039 intended though the brokering is done);
            # not a gerund's doer ("captured the city after breaking a Russian-brokered truce": the deal is history)
            parties = [p for p in dedupe(self.subjects(clause)[0]) if not same_actor(p, agents)]
        if not parties and verb.head.lemma_.lower() in self.words.ceasefire_nouns and \
                clause.lemma_.lower() in self.words.ceasefire_halt_verbs:
            # "a truce mediated by Turkey ended the clashes between Russia and Ukraine": the fighters
            parties = dedupe([Named(self.mention_at[t.i], t.i) for o in clause.children if o.dep_ == "dobj"
                              for c in o.children if c.dep_ == "prep" and c.lower_ == "between"
                              for t in c.subtree if t.i in self.mention_at])
        parties = [p for p in parties if not same_actor(p, agents)]
        if not parties:
            parties = self._deal_countries(verb, clause, agents, reporter_of)
        if negotiated or announced:
            # (consult37) a deal negotiated by a party's own people is its own negotiation, no mediation ("Tehran
            # signed a deal negotiated by its foreign minister")
            parties = [p for p in parties if all(p.country != a.country for a in agents)]
        if announced and len({p.country for p in parties}) < 2:
            return []   # (consult42) a truce a party announced ("the truce announced by Hamas") mediates nothing
        if not parties:
            return []
        if len(parties) > 1 and parties[0].country and all(p.country == parties[0].country for p in parties):
            # (outranked14) "Kibaki and Odinga signed a deal brokered by Kofi Annan", "Colombo and the Tamil
            # Tigers signed a Norwegian-brokered ceasefire": a broker between the parties of one country mediates
            # towards that country, once (gold README, blind11a), not once per party
            parties = parties[:1]
        mod, governor = modality.of(clause)
        if mod == modality.NEGATED and self._occasion_held(verb.head):
            # (unreal54) "Kosovo and Serbia did not reach a deal at EU-brokered talks": the talks the negated act did not
            # come of were held, and mediated; only what was not reached there is negated
            mod, governor = modality.ASSERTED, None
        reporter = self._reporter(clause, reporter_of)
        out = []
        for source in agents:
            for p in parties:
                cand = Candidate(trigger=verb, code="045", pattern=f"<{verb.lemma_.lower()} by>", source=source,
                                 target=p, reported_by=reporter, modality=mod, governor=governor)
                cand.tokens = evidence(verb, source, p)
                out.append(cand)
        return out

    def _occasion_held(self, noun: Token) -> bool:
        """(unreal54) A meeting noun (event_words meeting_between_nouns: talks, a summit) in a phrase of the clause's
        occasion (event_cues meeting_occasion_preps: "at", "during", "after") is where the clause's act was to happen:
        the meeting itself was held, whatever the clause says of the act ("did not reach a deal at the talks", "failed
        to agree during the summit"). Not a meeting one takes part in or joins (cue_words participation_verbs: "would not
        take part in an Ethiopian-hosted meeting": what is refused may never be held)."""
        return noun.dep_ == "pobj" and noun.lemma_.lower() in self.words.meeting_between_nouns \
            and noun.head.lower_ in cue("meeting_occasion_preps") \
            and noun.head.head.lemma_.lower() not in modality.cues().participation_verbs

    def _visitor_hosted(self, verb: Token, reporter_of: dict[int, Named]) -> list[Candidate]:
        """(verbal54) "Ceausescu told visiting Soviet Prime Minister Ryzhkov that ...", "held talks in Muscat with a
        visiting Houthi delegation": one whom a clause's subject addresses or talks with, called "visiting" (the participle
        before the name; "touring" is left out), is the subject's guest: the subject hosts the visit (043),
        as "received visiting X" is coded. Only a visitor of another country than the host's, addressed by the verb
        (its object or dative) or met "with" it; not a verb that codes a meeting or a hosting itself (that act is the
        hosting, coded by the dictionary), and the hosting as factual as the clause."""
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma in self.words.hosting_verbs | self.words.meeting_verbs \
                | self.words.visitor_participles:
            return []
        match = self.code_verb(verb)
        if match is not None and match.code and match.code[:2] == "04" and match.code not in {"040", "046"}:
            return []
        nouns = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
        nouns += [p for h in [verb, *nouns] for c in h.children if c.dep_ == "prep" and c.lower_ in {"with", "to"}
                  for p in c.children if p.dep_ == "pobj"]
        visitors: list[Named] = []
        for n in nouns:
            marks = [t for t in n.subtree if t.i < n.i and t.lower_ in {"visiting"} and t.dep_ in {"amod", "compound"}]
            if not marks:
                continue
            # the name of the visitor's own phrase, up to its head (not a clause the parser hung on the participle)
            named = [t for t in n.subtree if marks[0].i < t.i <= n.i and t.i in self.mention_at]
            if named:
                visitors.append(Named(self.mention_at[named[0].i], named[0].i))
        if not visitors:
            return []
        # a state, its organs or its rulers host; refugees or villagers a visitor talks to do not
        hosts = [h for h in dedupe(self.subjects(verb)[0]) if h.country and (
            not h.sector or h.sector in cue("visit_host_sectors"))]
        mod, governor = modality.of(verb)
        reporter = self._reporter(verb, reporter_of)
        out = []
        for host in hosts:
            for guest in visitors:
                if same_actor(host, [guest]) or guest.country == host.country or not (guest.country or guest.code):
                    continue
                cand = Candidate(trigger=verb, code="043", pattern="<hosts visiting>", source=host, target=guest,
                                 reported_by=reporter, modality=mod, governor=governor)
                cand.tokens = evidence(verb, host, guest)
                out.append(cand)
        return out

    def _mediator_noun_actors(self, noun: Token) -> list[Named]:
        """(verbal53) The actor a mediator noun (event_cues mediator_nouns) stands for by the country or body named in
        its own modifiers: "a truce brokered by Kenyan mediators" (KEN), "a deal mediated by African Union mediators";
        [] for a mediator noun with none ("brokered by tribal mediators") or for any other noun."""
        if noun.lemma_.lower() not in cue("mediator_nouns"):
            return []
        return dedupe([Named(self.mention_at[c.i], c.i) for c in noun.children
                       if c.dep_ in {"amod", "compound", "nmod", "poss"} and c.i in self.mention_at])

    def _deal_countries(self, verb: Token, clause: Token, agents: list[Named],
                        reporter_of: dict[int, Named]) -> list[Named]:
        """(nouns30b) The parties of a brokered deal whose clause names none ("a truce mediated by Cairo ended fifty
        days of fighting with Israel", "hostages flew out of Tehran under an accord mediated by Algeria", "walked free
        under a swap mediated by Egypt"): one actor of each country the sentence's other actors belong to, the
        broker's own country and the reporters left out. Only for a deal made (data: brokered_deal_nouns), in a clause
        told as done that neither leaves nor breaks it (deal_leaving_verbs) and is no gerund ("after breaking a
        Russian-brokered truce": the deal is history)."""
        deal = verb.head
        if deal.lemma_.lower() not in cue("brokered_deal_nouns") or clause.tag_ == "VBG" or \
                clause.lemma_.lower() in cue("deal_leaving_verbs") or modality.of(clause)[0] != "asserted":
            return []
        if any(t.i in self.mention_at and not same_actor(Named(self.mention_at[t.i], t.i), agents)
               for t in verb.subtree if t.i != verb.i):
            return []   # the participle's own phrase names others ("brokered by X between A and B" is read elsewhere)
        reporters = list(reporter_of.values())
        broker_countries = {a.country for a in agents if a.country}
        out: list[Named] = []
        seen: set[str] = set()
        for t in tokens(verb.sent):
            m = self.mention_at.get(t.i)
            if m is None or not m.country or m.country in broker_countries or m.country in seen:
                continue
            named = Named(m, t.i)
            if same_actor(named, agents) or same_actor(named, reporters):
                continue
            seen.add(m.country)
            out.append(named)
        return out

    def _mediation_events(self, sent: Span, reporter_of: dict[int, Named], found: list[Candidate]) -> list[Candidate]:
        """(nouns20) "Sudan's army and the RSF signed a ceasefire under Saudi and American mediation", "Meeting under
        Malaysian mediation, the leaders of Thailand and Cambodia agreed ...": a mediation noun (a 045 noun) in a
        phrase of the clause (data: mediation_preps) whose own words name the mediator (an adjective, a compound, a
        possessive, an "of" or "by" phrase) is the mediator's act towards each party, the clause's subjects, as
        factual as the clause (gold README: a mediator's 045 goes to each party). A mediation with no mediator of
        its own ("under international mediation") names no one."""
        out: list[Candidate] = []
        for n in tokens(sent):
            p = n.head
            span: Token | None = None
            if n.pos_ == "NOUN" and n.dep_ == "pobj" and p.lower_ == "of" and p.head.dep_ == "pobj" \
                    and p.head.lemma_.lower() in cue("span_nouns") | cue("duration_nouns") \
                    and p.head.head.lower_ in cue("mediation_preps") | cue("mediated_occasion_preps"):
                # (verbal54) "agreed to form a unity government after two days of mediation by Belgian and French
                # envoys": the mediation told as a span of time the clause's act came after or under
                span, p = p.head, p.head.head
            clause = p.head
            for _ in range(3):
                if clause.pos_ in {"VERB", "AUX"} or clause.dep_ not in {"dobj", "pobj", "prep"}:
                    break
                # (verbal54) "signed a power-sharing deal in Pretoria under South African mediation": the phrase
                # the parser hangs on the clause's object is the clause's
                clause = clause.head
            # (verbal54) or the act came after it: "agreed ... after two days of mediation by Belgian and French envoys"
            if n.pos_ != "NOUN" or n.dep_ != "pobj" or p.dep_ != "prep" \
                    or p.lower_ not in cue("mediation_preps") | cue("mediated_occasion_preps") \
                    or clause.pos_ not in {"VERB", "AUX"} or no_det(n):
                continue
            match = self.verbs.match_noun(n.lemma_.lower(), [t.lemma_.lower() for t in n.subtree if t.i != n.i])
            if match is None or match.code != "045":
                continue
            mediators = dedupe([m for c in n.children if c.dep_ in {"amod", "compound", "poss", "nmod"}
                                for m in self.actors_of(c)]
                               + [m for h in [n, *([] if span is None else [span]),
                                              *(c for c in n.children if c.dep_ == "npadvmod"
                                                and c.lemma_.lower() in cue("span_nouns") | cue("duration_nouns"))]
                                  for q in h.children if q.dep_ == "prep" and q.lower_ in {"of", "by"}
                                  for o in q.children if o.dep_ == "pobj" and o.i != n.i
                                  for m in self.actors_of(o)])
            while clause.dep_ == "xcomp" and clause.head.i != clause.i and not any(
                    c.dep_ == "nsubj" for c in clause.children):
                clause = clause.head   # "agreed to a truce under Qatari mediation": the agreeing is the fact
            parties = [m for m in dedupe(self.subjects(clause)[0]) if not same_actor(m, mediators)]
            if not mediators or not parties:
                continue
            mod, governor = modality.of(clause)
            reporter = self._reporter(clause, reporter_of)
            pairs = untold_pairs(found, lambda code: code == "045", mediators, parties)
            out.extend(_nominal_candidates(n, match, pairs, reporter, mod, governor))
        return out

    def _guarantor_events(self, sent: Span, reporter_of: dict[int, Named], found: list[Candidate]) -> list[Candidate]:
        """(verbal56) "Colombia's government and the ELN agreed to a ceasefire, with Cuba and Norway acting as guarantors",
        "signed an agreement granting the south autonomy, with Emperor Haile Selassie as guarantor", "resumed talks with
        Norway as mediator": the names of a "with" phrase given the role of a third party between the sides (event_cues
        third_party_roles, after "as") mediate (045) between the clause's subjects, as factual as that clause (gold
        README: a mediator's 045 goes to each party; parties of one country take it once)."""
        out: list[Candidate] = []
        for role in tokens(sent):
            if role.lemma_.lower() not in cue("third_party_roles") or role.dep_ != "pobj" or role.head.lower_ != "as":
                continue
            as_ = role.head
            with_ = next((t for t in reversed(tokens(sent)) if t.i < as_.i and t.lower_ == "with"), None)
            if with_ is None or as_.i - with_.i > 12:
                continue
            between = [word_at(sent.doc, i) for i in range(with_.i + 1, as_.i)]
            if any(t.pos_ in {"VERB", "AUX"} and t.lemma_.lower() not in cue("role_taking_verbs") for t in between):
                continue   # "with Qatar, which hosted the talks, as ...": a clause between, read elsewhere
            mediators = dedupe([Named(self.mention_at[t.i], t.i) for t in between if t.i in self.mention_at])
            clause = with_.head
            for _ in range(6):
                if clause.pos_ in {"VERB", "AUX"} and clause.lemma_.lower() not in cue("role_taking_verbs") \
                        or clause.head.i == clause.i:
                    break
                clause = clause.head
            if not mediators or clause.pos_ not in {"VERB", "AUX"}:
                continue
            # (the subject finder may name a guarantor of the absolute clause again, as another mention)
            parties = [m for m in dedupe(self.subjects(clause)[0]) if not same_actor(m, mediators)
                       and m.code not in {a.code for a in mediators}]
            if len(parties) > 1 and parties[0].country and all(p.country == parties[0].country for p in parties):
                parties = parties[:1]   # a broker between the parties of one country mediates towards it once
            if not parties:
                continue
            mod, governor = modality.of(clause)
            if mod == modality.INTENDED:
                mod, governor = modality.ASSERTED, None   # "agreed to a truce, with X as guarantor": the agreeing was mediated
            reporter = self._reporter(clause, reporter_of)
            for source, target in untold_pairs(found + out, lambda code: code == "045", mediators, parties):
                cand = Candidate(trigger=role, code="045", pattern="<with * as guarantor>", source=source, target=target,
                                 reported_by=reporter, modality=mod, governor=governor)
                cand.tokens = evidence(role, source, target)
                out.append(cand)
        return out

    def _request_events(self, sent: Span, reporter_of: dict[int, Named], found: list[Candidate]) -> list[Candidate]:
        """(verbal25) "Rwanda deployed troops to Cabo Delgado at Maputo's request", "Saudi troops rolled into Bahrain at
        the invitation of the Manama government", "France launched air strikes, answering an appeal from Mali's
        president": a request noun (data: request_nouns) in a phrase of the clause (request_preps, or the object of
        an answering verb, request_answer_verbs, or "in response to") whose own words name the requester (a
        possessive, an adjective or compound, an "of", "from" or "by" phrase) is the requester's appeal (020) to the
        clause's doers. The appeal was made whatever became of the act (told as planned or refused too); not in a
        clause that is only weighed or conditional ("would allow troops to be deployed at Honiara's request")."""
        out: list[Candidate] = []
        for n in tokens(sent):
            lemma = n.lemma_.lower()
            if n.pos_ != "NOUN" or (lemma not in cue("request_nouns") and lemma not in cue("defied_request_nouns")):
                continue
            h = n.head
            defied = False
            if n.dep_ == "pobj" and h.dep_ == "prep" and h.lower_ in cue("request_preps") \
                    and lemma in cue("request_nouns"):
                clause = h.head
            elif n.dep_ == "dobj" and h.lemma_.lower() in cue("request_answer_verbs"):
                clause = h   # "..., answering an appeal from Bamako": the answerer is the participle's subject
            elif n.dep_ == "dobj" and lemma in cue("defied_demand_nouns") and self._defying_verb(h):
                # (ask58) a demand that is only the object of a refusal ("rejected Berlin's demand to return him",
                # "rebuffed Pyongyang's demand for sanctions relief") is the rejection's business (12x, aimed at the
                # demander); the demand is not coded beside it (gold README: not when X is only the object of a
                # verbal reaction, "rebuffed Pyongyang's demand")
                continue
            elif n.dep_ == "pobj" and h.dep_ == "prep" and h.lower_ in cue("defied_request_preps"):
                clause, defied = h.head, True   # (appeal47) "hanged nine activists despite appeals from ..."
            elif n.dep_ == "pobj" and h.lower_ == "to" and h.head.lemma_.lower() == "response" \
                    and h.head.dep_ == "pobj" and h.head.head.lower_ == "in":
                clause = h.head.head.head   # "in response to a request from Kyiv"
            else:
                continue
            if clause.pos_ not in {"VERB", "AUX"}:
                continue
            requesters = dedupe([m for c in n.children if c.dep_ in {"poss", "amod", "compound", "nmod"}
                                 for m in self.actors_of(c)]
                                + [m for q in n.subtree if q.dep_ == "prep" and (q.lower_ in {"from", "by"} or (
                                    q.lower_ == "of" and q.head.i == n.i))
                                   for o in q.children if o.dep_ == "pobj" for m in self.actors_of(o)])
            # named by its own words, not a bare "the government" given the sentence's country
            # (coop32) or by an owner of its own ("at the request of the kingdom's rulers": the kingdom read back)
            # (talk45) or a bare state organ the sentence gives another country than the doers' ("Australian troops
            # arrived in East Timor at the request of the government", "Soviet units entered Afghanistan at the request
            # of its government", "ended the mission in Mali at the junta's request"): the host state asked (the
            # doers' own government is no requester: the pairs below want two countries)
            requesters = [m for m in requesters if not m.mention.country_from or (
                m.mention.country_from == "coref" and any(
                    c.dep_ == "poss" and c.pos_ != "PRON" for c in word_at(n.doc, m.mention.head).children)) or (
                m.mention.country_from in {"sentence", "coref"} and m.mention.kind == "agent"
                and (m.mention.sector or "").lower() in cue("host_requester_sectors"))]
            if not requesters:
                continue
            mod, _ = modality.of(clause)
            if mod in {modality.CONSIDERED, modality.CONDITIONAL}:
                continue
            parties = [m for m in dedupe(self.subjects(clause)[0]) if not same_actor(m, requesters)]
            if not parties and clause.dep_ in {"ccomp", "xcomp"} and clause.head.pos_ == "VERB":
                # (coop32) "Israel allowed aid trucks to enter Gaza at Biden's request": a clause whose subject is no
                # actor was let or made to happen by the doer of the verb it hangs on
                parties = [m for m in dedupe(self.subjects(clause.head)[0]) if not same_actor(m, requesters)]
            told = {c.source.code for c in found + out if c.code[:2] == "02" and c.source is not None}
            # a request to one's own state is no appeal told here (a pronoun read to the requester's country); one
            # defied is told between two bodies of a state too ("rejecting calls from northern governors for dialogue")
            pairs: list[tuple[Named | None, Named | None]] = [
                (s, t) for s in requesters if s.code not in told for t in parties
                if t.country != s.country or (defied and t.code != s.code)]
            code = "100" if lemma in cue("defied_demand_nouns") else "020"
            match = VerbMatch(code=code, pattern=f"<{'defied' if defied else 'at'} {lemma} of>", specificity=1)
            out.extend(_nominal_candidates(n, match, pairs, self._reporter(clause, reporter_of),
                                           modality.ASSERTED, None))
        return out

    @staticmethod
    def _defying_verb(verb: Token) -> bool:
        """(appeal47) A verb that refuses, ignores or defies a demand (event_cues defied_request_verbs; "turn" with
        "down", "brush" with "aside"): "rejected Berlin's demand", "turned down Bishkek's demands"."""
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in cue("defied_request_verbs"):
            return False
        if lemma in {"turn", "brush"}:
            return any(c.dep_ in {"prt", "advmod"} and c.lower_ in {"down", "aside"} for c in verb.children)
        return True

    def _inquiry_findings(self, sent: Span, reporter_of: dict[int, Named], found: list[Candidate]) -> list[Candidate]:
        """(nouns20) "A UN inquiry found that ...", "an investigation by Bellingcat identified ...", "a UN commission of
        inquiry concluded that Israel had committed genocide": an investigation noun (or a body named for one, data:
        inquiry_bodies) that is the subject of a verb of finding (data: inquiry_finding_verbs) was held, by the owner its
        own words name (an adjective, a compound, a possessive, a "by" phrase), aimed at the actor the finding
        names as the doer (the subject of the found clause), as factual as the finding. No owner, no event."""
        out: list[Candidate] = []
        done = {c.trigger.i for c in found}
        for n in tokens(sent):
            verb = n.head
            if n.dep_ != "nsubj" or n.pos_ != "NOUN" or verb.pos_ != "VERB" or no_det(n) or \
                    verb.lemma_.lower() not in cue("inquiry_finding_verbs") | cue("inquiry_saying_verbs"):
                continue
            if verb.lemma_.lower() in cue("inquiry_saying_verbs") and not self._inquiry_told(verb, found):
                continue
            inquiry = n
            if n.lemma_.lower() in cue("inquiry_bodies"):
                inquiry = next((o for q in n.children if q.dep_ == "prep" and q.lower_ == "of" for o in q.children
                                if o.dep_ == "pobj" and o.pos_ == "NOUN"), n)
            # (aid30) inspectors or investigators who found something made the investigation ("its inspectors had
            # found uranium particles"): coded as their investigation
            lemma = "investigation" if inquiry.lemma_.lower() in cue("inquiry_agents") else inquiry.lemma_.lower()
            commissioners = self._inquiry_commissioners(n)
            if commissioners and inquiry.i == n.i and lemma in cue("inquiry_bodies") \
                    and verb.lemma_.lower() in cue("inquiry_finding_verbs"):
                lemma = "investigation"   # (material51) "a commission appointed by the king found that ...": its inquiry
            if lemma != inquiry.lemma_.lower() and not any(c.dep_ in {"ccomp", "dobj"} and c.i > verb.i
                                                           for c in verb.children):
                continue   # "..., U.N. inspectors later confirmed": people who confirm a report after it tell it
            match = self.verbs.match_noun(lemma, [])
            if match is None or not match.code or match.code[:2] != "09" or inquiry.i in done:
                continue
            owners = dedupe([m for x in {n.i: n, inquiry.i: inquiry}.values() for c in x.children
                             if c.dep_ in {"amod", "compound", "poss", "nmod"} for m in self.actors_of(c)]
                            + [m for o in doer_phrases(n) for m in self.actors_of(o)]) or commissioners
            if not owners:
                continue
            # whom the finding names as the doer: the subject of the clause it found ("found that Israel had ...")
            # or, the finding told as an aside ("X attacked opponents, a UN investigation found"), of the clause above
            clauses = [c for c in verb.children if c.dep_ == "ccomp"] or (
                [verb.head] if verb.dep_ in {"parataxis", "ccomp"} and verb.head.i != verb.i else [])
            targets = [m for c in clauses[:1] for m in dedupe(self.subjects(c)[0]) if not same_actor(m, owners)][:1]
            mod, governor = modality.of(verb)
            ends: list[Named | None] = list(targets) or [None]
            out.extend(_nominal_candidates(n, match, [(s, t) for s in owners for t in ends],
                                           self._reporter(verb, reporter_of), mod, governor))
        return out

    def _inquiry_commissioners(self, noun: Token) -> list[Named]:
        """(material51) Who set up an inquiry or the body holding it, named by the "by" phrase of a participle of
        setting it up on the noun (data: event_cues inquiry_commissioning_participles): "an inquiry commissioned by
        Bahrain's king", "an independent commission appointed by the president". The inquiry is theirs; not the one
        who leads it ("an inquiry led by a Swiss diplomat" is no inquiry of Switzerland)."""
        out: list[Named] = []
        for part in noun.children:
            if part.dep_ != "acl" or part.tag_ != "VBN" or part.i < noun.i:
                continue
            lemma = part.lemma_.lower()
            phrases = {lemma} | {f"{lemma} {c.lower_}" for c in part.children if c.dep_ == "prt"}
            if not phrases & cue("inquiry_commissioning_participles"):
                continue
            out += [m for p in part.children if p.dep_ in {"agent", "prep"} and p.lower_ == "by"
                    for o in p.children if o.dep_ == "pobj" for m in self.actors_of(o)]
        return dedupe(out)

    @staticmethod
    def _inquiry_told(verb: Token, found: list[Candidate]) -> bool:
        """(verbal36) A verb of saying (event_cues inquiry_saying_verbs) tells an inquiry's finding when what it says is
        a clause of its own about something other than the sayers ("Danish investigators said sabotage was likely"; not
        "inspectors said they needed more time"), and the sentence tells no investigation already ("investigators said
        they were looking into ...")."""
        if any(c.code[:2] == "09" and c.trigger.sent.start == verb.sent.start for c in found):
            return False
        for comp in (c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i):
            subjects = [s for s in comp.children if s.dep_ in {"nsubj", "nsubjpass"}]
            if subjects and not any(s.pos_ == "PRON" for s in subjects):
                return True
        return False

    def _inquiry_adjunct(self, sent: Span, reporter_of: dict[int, Named], found: list[Candidate]) -> list[Candidate]:
        """(aid34) An investigation noun (a 09 noun) in a phrase that tells the act of a clause done as part of it or
        while it runs (data: event_cues inquiry_adjunct_preps: "searched the offices of a company in an investigation
        into a recruitment scam", "raided the offices ... in their investigation of bribes", "placed port officials
        under house arrest pending an investigation") is an investigation held by the doer of that act (its own
        owner first: "their", "a police investigation"), at whom the investigation or the act names. The verb is
        active and has a subject of its own ("was arrested in a corruption probe", "ordered him to appear for
        questioning in an investigation": another's investigation) and no predicate noun the phrase may belong to
        ("named the envoy a person of interest in the murder inquiry")."""
        out: list[Candidate] = []
        done = {c.trigger.i for c in found}
        for n in tokens(sent):
            prep = n.head
            verb = prep.head
            if n.dep_ != "pobj" or n.pos_ != "NOUN" or prep.dep_ != "prep" or \
                    prep.lower_ not in cue("inquiry_adjunct_preps") or verb.pos_ != "VERB" or n.i in done or \
                    any(c.dep_ in {"nsubjpass", "auxpass", "oprd"} for c in verb.children) or \
                    not any(c.dep_ == "nsubj" for c in verb.children):
                continue   # another's investigation, or the phrase of a predicate ("named him a suspect in ...")
            match = self.verbs.match_noun(n.lemma_.lower(), [])
            if match is None or not match.code or match.code[:2] != "09":
                continue
            owners = dedupe([m for c in n.children if c.dep_ in {"poss", "compound", "amod", "nmod"}
                             for m in self.actors_of(c)])
            sources = owners or dedupe(self.subjects(verb)[0])
            if not sources:
                continue
            aimed = [m for p in n.children if p.dep_ == "prep" and p.lower_ in {"into", "of"} for o in p.children
                     if o.dep_ == "pobj" and (o.i in self.mention_at or o.i in self.pronouns)
                     for m in self.actors_of(o)]
            aimed = aimed or [c.target for c in found if c.trigger.i == verb.i and c.target is not None]
            targets = [t for t in dedupe(aimed) if not same_actor(t, sources)]
            mod, governor = modality.of(verb)
            ends: list[Named | None] = list(targets) or [None]
            out.extend(_nominal_candidates(n, match, [(s, t) for s in sources for t in ends],
                                           self._reporter(verb, reporter_of), mod, governor))
        return out

    def _truce_parties(self, verb: Token) -> list[Named]:
        """The two parties of a truce noun that is ``verb``'s object with a "between" phrase of its own ("announced a
        ceasefire between Israel and Hamas"); [] unless the phrase names exactly two."""
        parties: list[Named] = []
        for o in verb.children:
            if o.dep_ != "dobj" or o.lemma_.lower() not in self.words.ceasefire_nouns or no_det(o):
                continue
            for q in (c for c in o.children if c.dep_ == "prep" and c.lower_ == "between"):
                for b in (b for b in q.children if b.dep_ == "pobj"):
                    skip = {t.i for c in b.children if c.dep_ == "prep" for t in c.subtree}
                    parties += [Named(m, t.i) for t in b.subtree if t.i not in skip
                                for m in self.mentions_at(t.i)]
        parties = dedupe(parties)
        return parties if len(parties) == 2 else []

    def _announced_truce(self, cands: list[Candidate]) -> None:
        """(nouns20) "Egypt's foreign minister and Hillary Clinton announced a ceasefire between Israel and Hamas": a
        truce between two parties declared by a third, of neither party's country, is that third's mediation (045)
        towards each party (gold README: two mediators announcing a ceasefire give 045 from each mediator to each
        side), not a truce of its own; the parties' truce is coded on the noun (_between_events)."""
        for c in cands:
            if c.code != "0871" or c.nominal or c.source is None or c.trigger.pos_ != "VERB":
                continue
            parties = self._truce_parties(c.trigger)
            if parties and c.source.country and all(p.country and p.country != c.source.country for p in parties):
                c.code = "045"
                c.pattern = f"<{c.trigger.lemma_.lower()} truce between>"

    def _court_petitions(self, cands: list[Candidate]) -> None:
        """(verbal57) "Bolivia asked the International Court of Justice to order Chile to negotiate", "the ruling party
        asked the Constitutional Court to outlaw three opposition parties": a request (event_cues court_petition_verbs)
        whose addressee is a court or tribunal (court_nouns, or a judicial actor) and whose infinitive is a ruling on
        someone (court_petition_rulings) brings legal action (115) against the one the ruling is sought against (the
        ruling's object, or its owner: "to annul President Petro's decree"), not an appeal (020) to the court. With no
        actor in the ruling's object, the court stays the target ("asked the court to order a recount")."""
        for c in cands:
            verb = c.trigger
            if c.code[:2] != "02" or c.nominal or c.source is None or c.target is None or verb.pos_ != "VERB" \
                    or verb.lemma_.lower() not in cue("court_petition_verbs"):
                continue
            court = next((o for o in verb.children if o.dep_ == "dobj"), None)
            if court is None or not (court.lemma_.lower() in cue("court_nouns") or (
                    c.target.word == court.i and "JUD" in [c.target.code[k:k + 3] for k in range(3, len(c.target.code), 3)])):
                continue
            ruling = next((x for x in verb.children if x.dep_ == "xcomp" and x.i > court.i
                           and x.lemma_.lower() in cue("court_petition_rulings")), None)
            if ruling is None:
                continue
            objects = [o for o in ruling.children if o.dep_ == "dobj"] + [
                o for p in ruling.children if p.dep_ == "prep" and p.lower_ in cue("court_petition_object_preps")
                for o in p.children if o.dep_ == "pobj"] + [
                o for x in ruling.children if x.dep_ in {"ccomp", "xcomp"}
                for o in x.children if o.dep_ == "nsubj"]   # "to order Ecuador to withdraw": parsed as a clause
            targets: list[Named] = []
            for o in objects:
                targets = [m for m in (self.actors_of(o) or self._possessor(o)) if not same_actor(m, [c.source])]
                if targets:
                    break
            c.code = "115"
            c.pattern = f"<{verb.lemma_.lower()} court to {ruling.lemma_.lower()}>"
            if targets:
                c.target = targets[0]
                c.tokens = evidence(verb, c.source, targets[0])

    def _announced_agreement(self, cands: list[Candidate]) -> list[Candidate]:
        """(verbal30) "Egypt's foreign minister and Hillary Clinton announced in Cairo that Israel and Hamas had agreed to
        a truce", "the two neighbours agreed to stop all firing, Trump announced": a truce or deal (data: event_cues
        announced_pact_codes) told in the clause an announcing verb (pact_announcing_verbs) governs, by a speaker of
        neither party's country, is the speaker's mediation (045) towards each party (gold README: a ceasefire
        announced by a third state is 045 from it to each party). The announcement is made: asserted when the
        announcing verb is."""
        out: list[Candidate] = []
        pacts = [c for c in cands if c.code in cue("announced_pact_codes") and c.source is not None
                 and c.trigger.pos_ == "VERB"]
        done: set[int] = set()
        for c in pacts:
            verb = c.trigger
            while verb.dep_ in {"xcomp", "conj"} and verb.head.i != verb.i and verb.head.pos_ in {"VERB", "AUX"}:
                verb = verb.head   # "agreed to a truce and to talks", "had agreed to stop firing"
            head = verb.head
            if verb.dep_ not in {"ccomp", "parataxis"} or head.i == verb.i or head.i in done \
                    or head.lemma_.lower() not in cue("pact_announcing_verbs"):
                continue
            mod, governor = modality.of(head)
            if mod != modality.ASSERTED:
                continue
            announcers = [m for m in dedupe(self.subjects(head)[0]) if m.country]
            group = [d for d in pacts if d.trigger.i == c.trigger.i]
            parties = dedupe([m for d in group for m in (d.source, d.target) if m is not None and m.country])
            if not announcers or len({p.country for p in parties}) < 2 and not any(
                    d.target is not None and d.source is not None and d.target.country != d.source.country
                    for d in group):
                continue
            if any(a.country == p.country for a in announcers for p in parties):
                continue   # a party announcing its own truce ("Israel announced that it and Hamas had agreed")
            done.add(head.i)
            pairs = untold_pairs([*cands, *out], lambda code: code == "045", announcers, parties)
            for source, target in pairs:
                cand = Candidate(trigger=head, code="045", pattern=f"<{head.lemma_.lower()} that * agreed>",
                                 source=source, target=target, reported_by=None, modality=mod, governor=governor)
                cand.tokens = evidence(head, source, target)
                out.append(cand)
        return out

    def _mediator_reported(self, cands: list[Candidate]) -> list[Candidate]:
        """(consult34) A truce, deal or concession (announced_pact_codes, roots 03, 05, 08) told by a mediator (data: event_cues mediator_nouns) of
        neither party's country, in a clause the mediator's verb of saying governs or follows ("Armenia and Azerbaijan
        agreed on a ceasefire, Russian mediators said", "Saudi Arabia agreed to reopen its border to Qatar, a Kuwaiti
        mediator announced", "Egyptian mediators announced that a truce between Israel and Hamas had held"): the
        mediator brokered it, 045 towards one actor of each party's country (gold README: a mediator's 045 goes to
        each party). The mediator's word is said: asserted when its verb is."""
        out: list[Candidate] = []
        mediators = cue("mediator_nouns")
        # the truce or deal itself, or the concession it makes ("agreed to reopen its border": 0872 before finish)
        pacts = [c for c in cands if (c.code in cue("announced_pact_codes") or c.code[:2] in {"03", "05", "08"})
                 and c.source is not None]
        done: set[int] = set()
        for c in pacts:
            verb = c.trigger
            if verb.pos_ == "NOUN" and verb.dep_ in {"nsubj", "nsubjpass"}:
                verb = verb.head   # "a truce between Israel and Hamas had held"
            while verb.dep_ in {"xcomp", "conj"} and verb.head.i != verb.i and verb.head.pos_ in {"VERB", "AUX"}:
                verb = verb.head
            speakers = [verb.head] if verb.dep_ in {"ccomp", "parataxis"} and verb.head.i != verb.i else []
            speakers += [t for t in verb.children if t.dep_ in {"ccomp", "parataxis"} and t.i > verb.i]
            for head in speakers:
                if head.i in done or head.lemma_.lower() not in cue("mediator_saying_verbs"):
                    continue
                nouns = [t for t in head.children if t.dep_ == "nsubj" and t.lemma_.lower() in mediators]
                if not nouns:
                    continue
                mod, governor = modality.of(head)
                if mod != modality.ASSERTED:
                    continue
                brokers = dedupe([m for n in nouns for t in n.subtree if t.i in self.mention_at
                                  for m in [Named(self.mention_at[t.i], t.i)] if m.country])
                group = [d for d in pacts if d.trigger.i == c.trigger.i]
                parties: list[Named] = []
                for m in (m for d in group for m in (d.source, d.target) if m is not None and m.country):
                    if all(m.country != p.country for p in parties):
                        parties.append(m)
                if not brokers or len(parties) < 2 or any(
                        b.country == p.country for b in brokers for p in parties):
                    continue
                done.add(head.i)
                for source, target in untold_pairs([*cands, *out], lambda code: code == "045", brokers, parties):
                    cand = Candidate(trigger=head, code="045", pattern=f"<{head.lemma_.lower()} mediator>",
                                     source=source, target=target, reported_by=None, modality=mod, governor=governor)
                    cand.tokens = evidence(head, source, target)
                    out.append(cand)
        return out

    def _mediated_counterparts(self, cands: list[Candidate]) -> list[Candidate]:
        """(consult42) A mediation (045) with no party of its own, or towards one party only, in a sentence whose other
        acts tie the parties to each other ("India and Pakistan agreed to a ceasefire, Trump said, adding that
        Washington had mediated"; "Oman said it had mediated an understanding under which Washington would halt its
        bombing of the Houthis"): the mediator went between both, so it is aimed at each (gold README: a mediator's
        045 goes to each party). With no party: the two countries of the sentence's mutual acts (each on the other),
        when there is one such pair; with one party: the one other country its acts tie it to. Never the mediator's own
        country."""
        out: list[Candidate] = []
        groups: dict[tuple[int, str], list[Candidate]] = {}
        for c in cands:
            if c.code == "045" and c.source is not None and c.source.country:
                groups.setdefault((c.trigger.i, c.source.code), []).append(c)
        # (verbal56) nor is a co-mediator a party: "..., with Chile and Norway acting as guarantors" (an act tied to one
        # mediator, such as the agreeing aimed at it, ties no party to the other)
        brokers = {c.source.country for c in cands if c.code == "045" and c.source is not None and c.source.country}
        acts = [c for c in cands if c.code[:2] != "04" and c.source is not None and c.target is not None
                and c.source.country and c.target.country and c.source.country != c.target.country
                and not {c.source.country, c.target.country} & brokers]
        for group in groups.values():
            mediator = group[0].source
            if mediator is None:
                continue
            tied = [c for c in acts if mediator.country not in {c.source.country, c.target.country}]  # type: ignore[union-attr]
            parties = {c.target.country for c in group if c.target is not None and c.target.country}
            if not parties:
                pairs = {(c.source.country, c.target.country) for c in tied  # type: ignore[union-attr]
                         if any(d.source.country == c.target.country and d.target.country == c.source.country  # type: ignore[union-attr]
                                for d in tied)}
                sides = {frozenset(p) for p in pairs}
                if len(sides) != 1 or len(group) != 1:
                    continue
                a, b = sorted(str(x) for x in next(iter(sides)))
                ends = [next(m for c in tied for m in (c.source, c.target) if m is not None and m.country == x)
                        for x in (a, b)]
                first = group[0]
                first.target = ends[0]
                wanted = ends[1:]
            elif len(parties) == 1:
                party = next(iter(parties))
                wanted = [m for c in tied if party in {c.source.country, c.target.country}  # type: ignore[union-attr]
                          for m in (c.source, c.target) if m is not None and m.country != party]
                if len({m.country for m in wanted}) != 1:
                    continue
                first = next(c for c in group if c.target is not None)
                wanted = wanted[:1]
            else:
                continue
            for other in wanted:
                cand = Candidate(trigger=first.trigger, code="045", pattern=first.pattern + " <counterpart>",
                                 source=mediator, target=other, reported_by=first.reported_by, modality=first.modality,
                                 governor=first.governor, nominal=first.nominal)
                cand.tokens = set(first.tokens)
                out.append(cand)
        return out

    def _mutual_drills(self, cands: list[Candidate]) -> list[Candidate]:
        """(aid29) "U.S. troops began joint exercises with Georgian soldiers", "Egyptian and Sudanese pilots began joint
        exercises", "U.S. troops joined Egyptian forces in the Bright Star exercises": drills (data: event_cues
        drill_nouns) that tell a material-cooperation event (06) are military cooperation (062) of each side with the
        other (gold README: joint exercises and patrols are 062 both ways). The partner's event, when only the doer's
        was found, is added with the same modality; only between the state forces or states of two countries
        (drill_partner_sectors), not with armed groups ("joint patrols against the FNL rebels")."""
        drills = cue("drill_nouns")

        def drilled(c: Candidate) -> bool:
            t = c.trigger
            heads = [t, *(o for o in t.children if o.dep_ == "dobj")]
            heads += [o for p in t.children if p.dep_ == "prep" and p.lower_ in {"in", "with", "for"}
                      for o in p.children if o.dep_ == "pobj"]
            return any(h.lemma_.lower() in drills for h in heads)

        def state_side(m: Named | None) -> bool:
            return m is not None and bool(m.country) and m.kind != "person" and (
                m.sector is None or m.sector in cue("drill_partner_sectors"))

        out: list[Candidate] = []
        # (nouns30b) drills held by the forces of two countries together ("U.S. and South Korean forces held their
        # annual exercises", "Philippine and American troops wrapped up the Balikatan exercises"): one drill verb with
        # doers of two countries is a joint drill, each side's military cooperation (062) with the other, not a show
        # of force (150) by each
        shows = [c for c in cands if c.code in {"150", "060", "062"} and drilled(c) and state_side(c.source)]
        for c in shows:
            partners = [d.source for d in shows if d.trigger.i == c.trigger.i and d.source is not None
                        and c.source is not None and d.source.country != c.source.country]
            if not partners:
                continue
            c.code = "062"
            if c.target is None or c.source is None or c.target.country == c.source.country or \
                    c.target.kind in PLACE_KINDS:
                # no partner yet, or a place ("held naval drills in the Sea of Japan"): the partner
                c.target = partners[0]
                c.tokens = evidence(c.trigger, c.source, c.target)
            for p in partners:   # three or more sides: each with each
                if c.source is None or any(
                        d.code[:2] == "06" and d.source is not None and d.target is not None
                        and d.source.country == c.source.country and d.target.country == p.country
                        for d in [*cands, *out]):
                    continue
                more = Candidate(trigger=c.trigger, code="062", pattern=f"{c.pattern} <joint drills>", source=c.source,
                                 target=p, reported_by=c.reported_by, modality=c.modality, governor=c.governor,
                                 nominal=c.nominal)
                more.tokens = evidence(c.trigger, c.source, p)
                out.append(more)
        for c in cands:
            if c.code[:2] != "06" or c.code[:3] not in {"060", "062"} or not drilled(c):
                continue
            c.code = "062"
            s, t = c.source, c.target
            if not (state_side(s) and state_side(t)) or s is None or t is None or s.country == t.country:
                continue
            if any(d.code[:2] == "06" and d.source is not None and d.target is not None
                   and d.source.country == t.country and d.target.country == s.country for d in [*cands, *out]):
                continue
            back = Candidate(trigger=c.trigger, code="062", pattern=f"{c.pattern} <mutual drills>", source=t, target=s,
                             reported_by=c.reported_by, modality=c.modality, governor=c.governor, nominal=c.nominal)
            back.tokens = evidence(c.trigger, t, s)
            out.append(back)
        return out

    def _supplied_by(self, verb: Token, reporter_of: dict[int, Named]) -> list[Candidate]:
        """ "Colombian troops captured the drug lord using intelligence shared by US agencies", "the rebels
        fought with rifles supplied by Iran": a reduced passive relative of giving (data: event_cues
        supplied_verbs, supplied_roots) on the thing given is its agent's gift to the subject of the clause the
        thing belongs to, the one who uses it; as factual as that clause."""
        if verb.lemma_.lower() not in lexicon.words("event_cues", "supplied_verbs"):
            return []
        match = self.code_verb(verb)
        if match is None or not match.code or match.code[:2] not in lexicon.words("event_cues", "supplied_roots"):
            # the thing given stands before the participle: its patterns read it as the object ("* missile")
            given = [t.lemma_.lower() for t in verb.head.subtree if t.i < verb.i and t.dep_ in {"compound", "amod"}]
            match = self.verbs.match(self._verb_lemma(verb), given + [verb.head.lemma_.lower()], [])
        if match is None or not match.code or match.code[:2] not in lexicon.words("event_cues", "supplied_roots"):
            return []
        agents = dedupe([m for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"
                         for t in o.subtree if t.i in self.mention_at for m in [Named(self.mention_at[t.i], t.i)]])
        clause = verb.head
        while clause.dep_ in {"pobj", "prep", "dobj"} and clause.head.i != clause.i:
            clause = clause.head
        while clause.tag_ == "VBG" and clause.dep_ in {"acl", "advcl"} and not any(
                c.dep_ in SUBJECTS for c in clause.children) and clause.head.i != clause.i:
            # "captured X using intelligence shared by ...": the user is the subject of "captured" ("using" may
            # be hung on the captive)
            clause = clause.head
            while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
                clause = clause.head
        if not agents or clause.pos_ not in {"VERB", "AUX"} or in_background_clause(clause):
            return []   # (the clause of the thing given decides: "..., using intelligence shared by" is its manner)
        doers, passive, _ = self.subjects(clause)
        if passive:
            return []
        mod, governor = modality.of(clause)
        reporter = self._reporter(clause, reporter_of)
        out = []
        for a in agents:
            for d in doers:
                if same_actor(d, [a]):
                    continue
                cand = Candidate(trigger=verb, code=match.code, pattern=f"<given by> {match.pattern}", source=a,
                                 target=d, reported_by=reporter, modality=mod, governor=governor)
                cand.tokens = evidence(verb, a, d)
                out.append(cand)
        return out

    def _aid_arrival(self, verb: Token, reporter_of: dict[int, Named]) -> list[Candidate]:
        """(aid29) "The first trucks carrying humanitarian aid entered Gaza", "the first shipments of aid arrived in
        Gaza", "a WFP convoy carrying flour reached Gaza City", "a U.N. convoy reached Srebrenica with food": a carrier
        (data: event_cues aid_carrier_nouns) that goes into a place (aid_arrival_verbs) with aid goods named on it or
        on the verb's "with" phrase (aid_cargo_words) delivers humanitarian aid (073) to the country of the place. The
        giver is the one named on the carrier ("WFP convoy", "Russian aid convoy"), else no one (the gold README codes
        aid by unnamed donors with no source); a carrier of no aid goods ("a convoy entered the town") is no aid."""
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in cue("aid_arrival_verbs"):
            return []
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subj:
            return []
        carriers = [subj[0], *of_nouns(subj[0])]   # "the first of 20 aid trucks"
        carrier = next((c for c in carriers if c.lemma_.lower() in cue("aid_carrier_nouns")), None)
        if carrier is None:
            return []
        aims = [c for c in verb.children if c.dep_ == "dobj"]
        aims += [o for p in verb.children if p.dep_ in {"prep", "prt"} and p.lower_ in {"in", "into", "to", "at"}
                 for o in p.children if o.dep_ == "pobj"]
        goods = cue("aid_cargo_words")
        cargo = [t for t in subj[0].subtree if t.i != carrier.i and t.lemma_.lower() in goods]
        # "reached Srebrenica with food" (the parser may hang the "with" on the place or its "of" phrase)
        holders = [verb, *aims, *(o for a in aims for p in a.children if p.dep_ == "prep" for o in p.children)]
        cargo += [t for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "with"
                  for t in p.subtree if t.lemma_.lower() in goods]
        if not cargo:
            return []
        targets: list[Named] = []
        for o in aims:
            named = [m for m in self.actors_of(o) if m.country] or [m for m in self._places_of(o, []) if m.country]
            for m in named:
                if m.country and m.country not in {t.country for t in targets}:
                    targets.append(Named.country_at(o, m.country))
        if not targets:
            return []
        # the giver named on a carrier: "a WFP convoy", "a convoy of Turkish trucks" (not in its load or route)
        givers = dedupe([Named(self.mention_at[t.i], t.i) for c in carriers for t in c.subtree
                         if t.i <= c.i and t.i in self.mention_at])
        givers = [g for g in givers if g.country or g.code.startswith("IGO") or len(g.code) > 3]
        givers = [g for g in givers if not any(g.country and g.country == t.country for t in targets)]
        mod, governor = modality.of(verb)
        reporter = self._reporter(verb, reporter_of)
        code = min(cue("aid_arrival_code"))
        out = []
        sources: list[Named | None] = [*givers] or [None]
        for s in sources:
            for t in targets:
                cand = Candidate(trigger=verb, code=code, pattern=f"<aid arrival> {carrier.lemma_.lower()} {verb.lemma_.lower()}",
                                 source=s, target=t, reported_by=reporter, modality=mod, governor=governor)
                cand.tokens = evidence(verb, s, t)
                out.append(cand)
        return out

    def _strike_effect(self, verb: Token, reporter_of: dict[int, Named]) -> list[Candidate]:
        """(violence60) A labour strike that is the subject of a verb of its effect (data: event_cues strike_effect_verbs)
        was held (143): "a general strike paralysed the country", "a general strike called by the Histadrut shut down
        airports and ports", "Brazil's second general strike had shut most factories". A strike noun counts with a word
        of a labour strike before it (labour_strike_modifiers) and none of an armed one (armed_strike_words). The doer is
        the one "called by" names, else the noun's own actor or country ("Brazil's"), else the labour (LAB) of the
        country where it happened; the target the one "against" names, else that country's government."""
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in cue("strike_effect_verbs"):
            return []
        subj = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
        if not subj or subj[0].lemma_.lower() not in cue("strike_call_nouns"):
            return []
        noun = subj[0]
        words: set[str] = set()
        for t in noun.doc[noun.left_edge.i:noun.i]:
            words.add(t.lemma_.lower())
            words.update(part for part in t.lower_.split("-") if part)
        if words & cue("armed_strike_words") or (noun.lemma_.lower() == "strike" and not words & cue("labour_strike_modifiers")):
            return []
        callers = [o for a in noun.children if a.dep_ == "acl" for p in a.children if p.dep_ == "agent"
                   for o in p.children if o.dep_ == "pobj"]
        aims = [o for h in (noun, *(a for a in noun.children if a.dep_ == "acl")) for p in h.children
                if p.dep_ == "prep" and p.lower_ == "against" for o in p.children if o.dep_ == "pobj"]
        sources = [m for o in callers for m in self.actors_of(o) if m.country]
        owners = [m for t in noun.doc[noun.left_edge.i:noun.i] if t.dep_ in {"poss", "compound", "amod"}
                  and t.lemma_.lower() not in cue("labour_strike_modifiers")   # "general" names no officer here
                  for m in self.actors_of(t) if m.country]
        if not sources:
            sources = [m for m in owners if m.sector in self.words.civilian_sectors | {"OPP", "PTY"}
                       and m.kind not in {"country", "capital"}]   # "a Histadrut strike", not "Brazil's ... general"
        country = next((m.country for m in sources), None) or next((m.country for m in owners), None) \
            or self._sentence_country(verb) or next((m.country for m in self.mentions
                                                     if verb.sent.start <= m.start < verb.sent.end and m.country), None)
        if not country:
            return []
        if not sources:
            sources = [Named.agent_at(noun, country, "LAB")]
        targets = [m for o in aims for m in self.actors_of(o) if m.country] or [Named.agent_at(noun, country, "GOV")]
        mod, governor = modality.of(verb)
        reporter = self._reporter(verb, reporter_of)
        pattern = f"<strike held> {noun.lemma_.lower()} {verb.lemma_.lower()}"
        return [_verb_candidate(verb, "143", pattern, s, t, reporter, mod, governor)
                for s in sources for t in targets if not same_actor(s, [t])]

    def _handover_events(self, verb: Token, reporter_of: dict[int, Named]) -> list[Candidate]:
        """A place handed over (data: handover_verbs with a handover particle, handover_places) is
        occupied by the side it is handed to (192), aimed at that side's own country: "French troops
        left the base, handing it over to the Chadian army" (a pronoun object stands for the place
        object of the clause it hangs on). The withdrawal of the side that hands it over is coded on
        its own verb; an armed force handing over a place in a clause of its own leaves it (0874)."""
        if verb.lemma_.lower() not in cue("handover_verbs") or not any(
                c.dep_ == "prt" and c.lower_ in cue("handover_particles") for c in verb.children) and (
                verb.lemma_.lower() not in cue("bare_handover_verbs")):
            # (violence52) "hand" needs no particle: "the SDF handed neighbourhoods of Deir Hafer to government forces"
            return []
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if objects and objects[0].pos_ == "PRON" and verb.dep_ in {"advcl", "conj"}:
            # "left the base, handing it over", "withdrew from their base and handed it over"
            objects = [c for c in verb.head.children if c.dep_ == "dobj"] or [
                o for p in verb.head.children if p.dep_ == "prep" and p.lower_ in cue("left_place_preps")
                for o in p.children if o.dep_ == "pobj"]
        if len(objects) != 1 or objects[0].lemma_.lower() not in cue("handover_places"):
            return []
        # "handed over its camp in Ber to the Malian army": the parser may hang "to" on the place phrase
        preps = [p for p in verb.children if p.dep_ == "prep"]
        preps += [q for p in preps for o in p.children if o.dep_ == "pobj" for q in o.children if q.dep_ == "prep"]
        takers = [m for p in preps if p.lower_ in cue("handover_preps")
                  for o in p.children if o.dep_ == "pobj" for m in self.actors_of(o)]
        takers = [m for m in dedupe(takers) if m.country]
        if len(takers) != 1:
            return []
        taker = takers[0]
        # the place's own country when its town is named ("the town of Monguno"), else the taker's
        where = [m for m in self._places_of(objects[0], [taker]) if m.country]
        country = where[0] if len(where) == 1 else taker.changed(code=taker.country, sector=None, name=None,
                                                                 kind="country")
        mod, governor = modality.of(verb)
        cand = Candidate(trigger=verb, code="192", pattern="<hand over place>", source=taker, target=country,
                         reported_by=self._reporter(verb, reporter_of), modality=mod, governor=governor)
        cand.tokens = evidence(verb, taker, None)
        out = [cand]
        if verb.dep_ not in {"advcl", "conj"}:
            # "French troops handed over the base in Gao to Malian forces": forces that hand over their
            # own post leave it (0874), unless the clause it hangs on tells the leaving already
            givers = [m for m in self.subjects(verb)[0] if m.sector in ARMED_SECTORS or m.code.startswith("IGO")]
            for g in givers:
                if g.country == taker.country and not g.code.startswith("IGO"):
                    continue   # an army handing a town to its own militia withdraws nothing
                left = Candidate(trigger=verb, code="0874", pattern="<hand over own place>", source=g, target=country,
                                 reported_by=cand.reported_by, modality=mod, governor=governor)
                left.tokens = evidence(verb, g, None)
                out.append(left)
        return out

    def _departing_forces(self, sent: Span, reporter_of: dict[int, Named], found: list[Candidate]) -> list[Candidate]:
        """(force32) Forces told as leaving by a word on their own noun (data: departing_words), or as the agents of a
        place handed over or vacated (handover_verbs with a handover particle, vacated_place_verbs, handover_nouns),
        withdraw (0874): "took over Dhobley base from departing ATMIS troops", "a base in Dhobley handed over by AU
        troops", "the Kidal camp vacated by the UN mission", "following its handover by Armenian forces". Aimed at the
        country of the place taken in the same sentence (the one target country of its 192 events), else at the
        country of the place handed over; as factual as the clause that tells it. None where the force's own
        withdrawal is coded already."""
        departing = self._departing_nouns(sent)
        if not departing:
            return []   # (most sentences: the rule reads no more of them)
        taken = {c.target.country for c in found if c.code == "192" and c.target is not None and c.target.country}
        left = {c.source.code for c in found if c.code.startswith("087") and c.source is not None}
        out: list[Candidate] = []
        for tok, place in departing:
            # "the departing French contingent": a force noun whose actor is its country alone is that country's military
            givers = [m.changed(code=compose_code(m.country, "MIL"), sector="MIL")
                      if m.sector is None and m.country and m.kind == "country" and tok.lemma_.lower() in cue("departing_force_nouns")
                      else m for m in dedupe(self.actors_of(tok))]
            givers = [m for m in givers if (m.sector in ARMED_SECTORS or m.code.startswith("IGO")) and m.code not in left]
            if not givers:
                continue
            where = [m for m in self._places_of(place, givers) if m.country] if place is not None else []
            takers = {c.source.country for c in found if c.code == "192" and c.source is not None and c.source.country}
            if len(taken) == 1 and len(givers) == 1 and next(iter(taken)) == givers[0].country and len(takers) == 1:
                # "took over the base from departing French troops": the place taken "from" the French is not
                # France; the force leaves the country of those who take it over
                country = next(iter(takers))
            elif len(taken) == 1:
                country = next(iter(taken))
            elif len(where) == 1 and where[0].country:
                country = where[0].country
            else:
                continue
            governor_verb = tok
            while governor_verb.pos_ not in {"VERB", "AUX"} and governor_verb.head.i != governor_verb.i:
                governor_verb = governor_verb.head
            mod, governor = modality.of(governor_verb)
            for g in givers:
                target = g.changed(code=country, country=country, sector=None, name=None, kind="country")
                cand = Candidate(trigger=tok, code="0874", pattern="<departing force>", source=g, target=target,
                                 reported_by=self._reporter(governor_verb, reporter_of), modality=mod, governor=governor)
                cand.tokens = evidence(tok, g, None)
                out.append(cand)
        return out

    def _departing_nouns(self, sent: Span) -> list[tuple[Token, Token | None]]:
        """(force32) The nouns of forces told as leaving, each with the place they hand over or vacate (or None):
        a departing word on the noun ("departing ATMIS troops", parsed as its modifier or as a verb taking it as
        object), the agent of a place handed over or vacated ("a base handed over by AU troops"), the agent of a
        handover noun ("its handover by Armenian forces")."""
        out: list[tuple[Token, Token | None]] = []
        departing_words = cue("departing_words")   # (read once per sentence, not once per word)
        lowers = doc_lowers(sent.doc)[sent.start:sent.end]
        if "by" not in lowers and departing_words.isdisjoint(lowers):
            return out   # (most sentences: no word of the rule, no Token made)
        for tok in tokens(sent):
            if tok.lower_ in departing_words:
                if tok.dep_ == "amod" and tok.head.pos_ in {"NOUN", "PROPN"}:
                    out.append((tok.head, None))
                elif tok.pos_ == "VERB":
                    out.extend((c, None) for c in tok.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"})
                continue
            if tok.dep_ != "pobj" or tok.head.lower_ != "by" or tok.pos_ not in {"NOUN", "PROPN"}:
                continue
            owner = tok.head.head
            if owner.lemma_.lower() in cue("handover_nouns"):
                out.append((tok, None))
            elif tok.head.dep_ == "agent" and (owner.lemma_.lower() in cue("vacated_place_verbs") or (
                    owner.lemma_.lower() in cue("handover_verbs")
                    and any(c.dep_ == "prt" and c.lower_ in cue("handover_particles") for c in owner.children))):
                place = owner.head if owner.dep_ == "acl" and owner.head.lemma_.lower() in cue("handover_places") else None
                out.append((tok, place))
        return out

    def _moved_in_after_withdrawal(self, sent: Span, reporter_of: dict[int, Named],
                                   found: list[Candidate]) -> list[Candidate]:
        """(violence52) Armed forces that "move in" or "take their place" with no place of their own, in a sentence
        where another armed side leaves a place, take that place over (192; gold README: a camp or town handed over
        without a fight is 192 from the side taking it): "government troops abandoned their positions in Deir ez-Zor,
        and SDF fighters moved in", "Peshmerga units withdrew from three villages, and federal army units took their
        place". Aimed at the country of the place left (:meth:`_left_place_country`); as factual as the moving clause.
        A place taken over in such a sentence with no target of its own ("..., and Ethiopian troops took over the
        towns") is aimed there too."""
        lowers = doc_lowers(sent.doc)[sent.start:sent.end]
        if not {"in", "place", "places"} & set(lowers) and not any(
                c.code == "192" and c.target is None for c in found):
            return []   # (most sentences: no word of the rule, no Token made)
        out: list[Candidate] = []
        for cand in found:
            # "Eritrean forces pulled back from Adwa and Axum, and Ethiopian troops took over the towns"
            if cand.code == "192" and cand.target is None and cand.source is not None and _armed(cand.source):
                country = self._left_place_country(sent, cand.source, found, cand.trigger)
                if country is not None:
                    cand.target = cand.source.changed(code=country, country=country, sector=None, name=None,
                                                      kind="country")
        for verb in tokens(sent):
            if verb.pos_ != "VERB" or not self._moving_in(verb):
                continue
            movers = [m for m in self.subjects(verb)[0] if _armed(m) and m.country]
            if len(movers) != 1:
                continue
            mover = movers[0]
            if any(c.code == "192" and c.source is not None and same_actor(c.source, [mover]) for c in found):
                continue
            country = self._left_place_country(sent, mover, found, verb)
            if country is None:
                continue
            target = mover.changed(code=country, country=country, sector=None, name=None, kind="country")
            mod, governor = modality.of(verb)
            cand = Candidate(trigger=verb, code="192", pattern="<moved in after withdrawal>", source=mover,
                             target=target, reported_by=self._reporter(verb, reporter_of), modality=mod,
                             governor=governor)
            cand.tokens = evidence(verb, mover, None)
            out.append(cand)
        return out

    @staticmethod
    def _moving_in(verb: Token) -> bool:
        """(violence52) "moved in", "rolled in" (no place object of its own), or "took their place"."""
        if verb.lemma_.lower() == "take":
            return any(c.dep_ == "dobj" and c.lemma_.lower() == "place" and any(
                g.dep_ == "poss" and g.pos_ == "PRON" for g in c.children) for c in verb.children)
        if verb.lemma_.lower() not in cue("moved_in_verbs") or verb.i + 1 >= verb.sent.end:
            return False
        nxt = word_at(verb.doc, verb.i + 1)
        if nxt.lower_ != "in" or nxt.head.i != verb.i or any(c.dep_ == "dobj" for c in verb.children):
            return False
        # "moved in the town": a place of its own (the verb's own patterns)
        return not (nxt.dep_ == "prep" and any(o.dep_ == "pobj" and (
            o.pos_ == "PROPN" or o.lemma_.lower() in cue("handover_places")) for o in nxt.children))

    def _left_place_country(self, sent: Span, taker: Named, found: list[Candidate], verb: Token) -> str | None:
        """(violence52) The country of the place another armed side left in the sentence, as a fact: the target
        country of its coded withdrawal (087x), else of the places its leaving clause names ("pulled out of Halgan"),
        else the taker's own country when those who left are of it too or the takers are insurgents; None when no
        armed side left ("floods forced residents to leave", "said forces had not withdrawn")."""
        leaving = [c for c in found if c.code.startswith("087") and c.source is not None and _armed(c.source)
                   and not same_actor(c.source, [taker]) and c.modality == modality.ASSERTED]
        left_verbs = [t for t in tokens(sent) if t.pos_ == "VERB" and t.i != verb.i
                      and t.lemma_.lower() in cue("leaving_verbs") and modality.of(t)[0] == modality.ASSERTED]
        leavers = [c.source for c in leaving if c.source is not None] + [
            m for t in left_verbs for m in self.subjects(t)[0] if _armed(m) and not same_actor(m, [taker])]
        if not leavers:
            return None
        countries = {c.target.country for c in leaving if c.target is not None and c.target.country}
        if not countries:
            left_from = [o for t in [*left_verbs, *(c.trigger for c in leaving)] for p in t.subtree
                         if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
            left_from += [o for t in left_verbs for o in t.children if o.dep_ == "dobj"]
            countries = {m.country for o in left_from for m in self._places_of(o, leavers) if m.country}
        if len(countries) == 1:
            return next(iter(countries))
        if not countries and (all(m.country in {None, taker.country} for m in leavers)
                              or taker.sector in INSURGENT_SECTORS):
            return taker.country
        return None

    def _swap_returns(self, found: list[Candidate]) -> list[Candidate]:
        """(multi24) "Russia handed over 144 Ukrainian soldiers in exchange for Russian prisoners", "Hamas freed three
        hostages in exchange for 90 Palestinian prisoners", "Griner was released by Moscow in exchange for Viktor
        Bout": a release of people told with what it was exchanged for (event_cues swap_nouns with a swap_preps
        phrase; or a swapping verb's "for" phrase) is a swap; the other side, the state of the people first released,
        releases what they were exchanged for (0841), aimed at that phrase's actor (else at the first releaser's
        state); as factual as the first release."""
        out: list[Candidate] = []
        for cand in found:
            if not cand.code.startswith("084") or cand.source is None or cand.target is None:
                continue
            giver, taker = cand.source.country, cand.target.country
            if not giver or not taker or giver == taker:
                continue
            verb = cand.trigger
            heads = [verb, *[c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]]
            # (yield35) the freed people's own clause may tell it: "freed five detainees who flew to Doha in exchange
            # for five Iranians held in the United States"
            heads += [r for h in heads[1:] for r in h.children if r.dep_ == "relcl"]
            preps = [c for h in heads for c in h.children if c.dep_ == "prep"]
            swapped = [o for p in preps if p.lower_ in cue("swap_occasion_preps") for n in p.children
                       if n.dep_ == "pobj" and n.lemma_.lower() in cue("swap_nouns")
                       for q in n.children if q.dep_ == "prep" and q.lower_ in cue("swap_preps")
                       for o in q.children if o.dep_ == "pobj"]
            if verb.lemma_.lower() in cue("swap_verbs"):
                swapped += [o for p in preps if p.lower_ in cue("swap_preps") for o in p.children if o.dep_ == "pobj"]
            if len(swapped) != 1:
                continue
            back = [m for m in self.actors_of(swapped[0]) if m.country and m.country != taker]
            if not back and swapped[0].lemma_.lower() not in cue("swap_people_nouns") | self.words.held_people_nouns and not (
                    swapped[0].pos_ == "PROPN" or any(t.ent_type_ == "PERSON" for t in swapped[0].subtree)):
                continue   # "in exchange for sanctions relief": no people given back
            source = cand.target.changed(code=taker, sector=None, name=None, kind="country")
            target = back[0] if back else cand.source.changed(code=giver, sector=None, name=None, kind="country")
            ret = Candidate(trigger=verb, code="0841", pattern="<released in exchange>", source=source, target=target,
                            reported_by=cand.reported_by, modality=cand.modality, governor=cand.governor)
            ret.tokens = evidence(verb, None, target) | {swapped[0].i}
            out.append(ret)
        return out

    def _fallen_place(self, verb: Token, reporter_of: dict[int, Named]) -> list[Candidate]:
        """A place that falls to an armed side (data: fallen_place_verbs, fallen_place_preps) is occupied
        by that side (192), aimed at the place's country: "Vukovar fell to the Yugoslav army", "Kabul
        fell to the Taliban". Prices or ratings that fall to a level name no armed side."""
        if verb.lemma_.lower() not in cue("fallen_place_verbs"):
            return []
        preps = [p for p in verb.children if p.dep_ == "prep"]
        sides = [o for p in preps if p.lower_ in cue("fallen_place_preps") for o in p.children if o.dep_ == "pobj"]
        # "came under the control of M23 fighters", "fell under rebel control"
        controls = [o for p in preps if p.lower_ in cue("control_preps") for o in p.children
                    if o.dep_ == "pobj" and o.lemma_.lower() in cue("control_nouns")]
        sides += [g for o in controls for c in o.children
                  for g in ([c] if c.dep_ in {"amod", "compound", "poss"} else
                            [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ == "of" else [])]
        takers = dedupe([m for o in sides for m in self.actors_of(o) if m.sector in ARMED_SECTORS and m.country])
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        if not takers or len(subj) != 1:
            return []
        where = [m for m in self._places_of(subj[0], takers) if m.country]
        if not where:
            where = [m for m in self.actors_of(subj[0]) if m.kind in {"country", "capital"} and m.country]
        if not where and len(takers) == 1 and takers[0].sector in INSURGENT_SECTORS and self._town_subject(subj[0]):
            # "the provincial capital Zaranj fell to the Taliban": a town the gazetteer does not know, taken by
            # insurgents, lies in their own country (they fight the state of their own country)
            where = takers
        if len(where) != 1:
            return []
        place = where[0]
        country = place.changed(code=place.country, sector=None, name=None, kind="country")
        mod, governor = modality.of(verb)
        out = []
        for taker in takers:
            cand = Candidate(trigger=verb, code="192", pattern="<place fell to>", source=taker, target=country,
                             reported_by=self._reporter(verb, reporter_of), modality=mod, governor=governor)
            cand.tokens = evidence(verb, taker, None)
            out.append(cand)
        return out

    def _town_subject(self, subj: Token) -> bool:
        """The subject names a settlement: a place noun ("the provincial capital Zaranj", "the town") or a proper
        name that is no actor, with no actor among its words."""
        words = [t for t in subj.subtree if t.pos_ in {"NOUN", "PROPN"}]
        if any(t.i in self.mention_at for t in words):
            return False
        return any(t.lemma_.lower() in cue("handover_places") for t in words) or subj.pos_ == "PROPN"

    def _summary_reaction(self, verb: Token, reporter_of: dict[int, Named]) -> list[Candidate]:
        """ "Putin signed the annexation treaties, a move condemned by Western governments": a reaction
        (taxonomy class summary_reaction) told as a by-participle on an appositive noun that sums up the
        clause before it (data: summary_nouns) is the agent's act on that clause's subject, as factual
        as the clause. So is one told as a relative clause on that noun ("..., a move Ottawa dismissed as a
        stunt", "..., a step the General Assembly later condemned")."""
        noun = verb.head
        misparsed = self.summary_of_misparsed(verb)
        if misparsed is not None:
            noun = misparsed   # "..., a charge the Iraqi command dismissed as a lie": the subject hung on the noun
        # a statement summed up ("..., a charge Qatar rejected as baseless", "..., a finding the ministry rejected":
        # data: event_cues statement_summary_nouns) is the act of the one who made it; "finding" may be parsed a verb
        stated = bool({noun.lemma_.lower(), noun.lower_} & cue("statement_summary_nouns"))
        # (verbal50) "..., a deal the opposition warned would embolden the militias": harm foreseen of a deal or pact
        foreboding = None if stated or noun.lemma_.lower() not in self.words.summary_nouns | cue(
            "foreboding_summary_nouns") else self._said_foreboding(verb)
        if (noun.lemma_.lower() not in self.words.summary_nouns and not stated and foreboding is None) or \
                noun.left_edge.i == 0 or word_at(noun.doc, noun.left_edge.i - 1).text != ",":
            return []
        match = self.code_verb(verb)
        said = None if stated else (foreboding or self._said_censure(verb))
        if said is not None:
            # (react23) "..., a move Grossi said was disproportionate", "..., a step the UN said violated the accord"
            match = said
        elif match is None or not match.code or (match.code[:2] not in SUMMARY_REACTION_ROOTS and not (
                stated and match.code == "016")):
            # (a statement summed up and called a lie is denied: "..., a finding Pyongyang called a fabrication")
            return []
        agents = dedupe([m for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"
                         for m in self.actors_of(o)])
        if not agents and misparsed is not None:
            agents = dedupe(self.actors_of(verb.head))
        if not agents and verb.dep_ in {"relcl", "acl"}:
            # "..., a move Canada's foreign minister dismissed as a stunt": the subject of the relative clause
            # on the noun; "..., a step the General Assembly later condemned by a large majority": a subject
            # the parser hung on the noun itself, between the noun and the verb
            agents = dedupe([m for c in verb.children if c.dep_ == "nsubj" for m in self.actors_of(c)] or [
                m for c in noun.children if c.dep_ in {"appos", "compound"} and noun.i < c.i < verb.i
                for m in self.actors_of(c)])
        clause = noun.head   # up to the clause the appositive sums up ("signed treaties annexing X, a move ...")
        while (clause.dep_ in {"pobj", "prep", "dobj", "appos", "acl"} or clause.pos_ not in {"VERB", "AUX"}) \
                and clause.head.i != clause.i:
            clause = clause.head
        while stated and (clause.dep_ in {"ccomp", "pcomp", "prep", "pobj", "xcomp"} or (
                clause.dep_ == "dobj" and clause.pos_ in {"NOUN", "PROPN"})) and clause.head.i != clause.i:
            # "concluded that Israel had committed genocide, a finding ...", "accused Moscow of shelling the plant, a
            # charge ...": the reaction is aimed at the one who made the statement, not at the doer of its content
            # ((statement32) through the accused, the object the "of" phrase hangs on: "accused the army's general
            # staff of attempting a coup, a charge the generals flatly rejected")
            clause = clause.head
        if not agents or clause.pos_ not in {"VERB", "AUX"}:
            return []
        doers, _, _ = self.subjects(clause)
        # a reaction to a statement happened whatever the statement's truth: its own clause tells how factual it is
        mod, governor = modality.of(verb if stated else clause)
        if mod == modality.INTENDED and not stated and modality.of(verb)[0] == modality.ASSERTED:
            # (unreal53) a reaction to an act announced ahead ("said it would station warships at Ochamchira, a move
            # Tbilisi called a provocation", "said it would prosecute Bazoum, a move ECOWAS condemned") answers the
            # announcement, which was made: the reaction happened, told as a fact on its own
            mod, governor = modality.ASSERTED, None
        reporter = self._reporter(clause, reporter_of)
        code = match.code
        if {noun.lemma_.lower(), noun.lower_} & cue("denied_charge_nouns") and (
                code[:2] in cue("denied_charge_roots") or verb.lemma_.lower() in cue("denied_charge_verbs")):
            code = min(cue("denied_charge_code"))   # "..., a charge Qatar rejected as baseless": a denial of the charge
        out = []
        # a statement denied stands without a known maker ("investigators concluded ..., a finding Pyongyang called
        # a fabrication"): the denial, aimed at no one
        targets: list[Named | None] = list(doers) or ([None] if code == "016" else [])
        for a in agents:
            for d in targets:
                if d is not None and same_actor(d, [a]):
                    continue
                cand = Candidate(trigger=verb, code=code, pattern=f"<summary> {match.pattern}", source=a,
                                 target=d, reported_by=reporter, modality=mod, governor=governor)
                cand.tokens = evidence(verb, a, d)
                out.append(cand)
        if stated and code in cue("denied_charge_code"):
            out.extend(self._charge_stated(clause, doers, agents, reporter))
        return out

    def _charge_stated(self, clause: Token, makers: list[Named], deniers: list[Named],
                       reporter: Named | None) -> list[Candidate]:
        """(verbal55) "Mullen told a Senate panel that the Haqqani network acted as an arm of Pakistan's intelligence
        agency, a charge Islamabad flatly denied", "he said the vote was the result of a foreign conspiracy, a claim
        Washington denied": a saying (cue_words reporting_verbs) summed up as a charge that another denies was an
        accusation of the denier (112; gold README: an accusation the accused rejects in the same sentence is 112, the
        rejecter's 016 at the accuser). Only when what was said tells no act the dictionary codes ("said Armenian
        forces had opened fire on its positions, a charge Yerevan denied" is the fire, reported), and only a
        saying told as done (event_cues charge_saying_verbs: not "insisted", a defence of one's own)."""
        if clause.lemma_.lower() not in cue("charge_saying_verbs") or modality.of(clause)[0] != modality.ASSERTED:
            return []
        contents = [c for c in clause.children if c.dep_ == "ccomp" and c.i > clause.i]
        if not contents:
            return []
        for content in contents:
            for v in (content, *content.conjuncts):
                match = self.code_verb(v)
                if match is not None and match.code and not (match.code[:2] == "11" and not any(
                        c.dep_ in {"nsubj", "agent"} and self.actors_of(c) for c in v.children)):
                    # (an accusation with no accuser of its own is the sayer's: "told the House that agents of the
                    # Indian government were linked to the killing, an allegation New Delhi called absurd")
                    return []
                for o in v.children:   # "said Serbian police had committed a massacre": the act named by its object
                    if o.dep_ in {"dobj", "attr"} and o.pos_ == "NOUN" and (noun := self.verbs.match_noun(
                            o.lemma_.lower(), [t.lemma_.lower() for t in o.subtree if t.i != o.i])) is not None \
                            and noun.code:
                        return []
        mod, governor = modality.of(clause)
        out = []
        for maker in makers:
            for denier in deniers:
                if same_actor(denier, [maker]):
                    continue
                cand = Candidate(trigger=clause, code="112", pattern="<say> X, a charge <denied>", source=maker,
                                 target=denier, reported_by=reporter, modality=mod, governor=governor)
                cand.tokens = evidence(clause, maker, denier)
                out.append(cand)
        return out

    def summary_of_misparsed(self, verb: Token) -> Token | None:
        """(verbal49) A relative clause with no pronoun on a noun summing up a statement, whose subject the parser
        took for an appositive and whose verb for a participle on it: in "..., a charge the Iraqi military command
        dismissed as a lie" or "..., a charge the mission rejected on Monday" 'dismissed' and 'rejected' hang on
        'command' and 'mission' as if they described them (the subject hung on the noun, or on a place before it). The summing noun (event_cues statement_summary_nouns)
        stands just before the subject's phrase, after "a"/"an" and a comma; the verb has no subject of its own."""
        subject = verb.head
        if verb.dep_ != "acl" or verb.tag_ != "VBD" and verb.tag_ != "VBN" or subject.dep_ not in MISPARSED_SUBJECTS \
                or subject.pos_ not in {"NOUN", "PROPN"} or subject.left_edge.i < 3 or subject.i > verb.i:
            return None
        noun = word_at(verb.doc, subject.left_edge.i - 1)
        if noun.pos_ != "NOUN" or not {noun.lemma_.lower(), noun.lower_} & cue("statement_summary_nouns") \
                or word_at(verb.doc, noun.i - 1).lower_ not in {"a", "an"} \
                or word_at(verb.doc, noun.i - 2).text != "," \
                or any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "agent", "mark"} for c in verb.children):
            return None
        return noun

    def _said_foreboding(self, verb: Token) -> VerbMatch | None:
        """(verbal50) A saying or warning verb (event_cues foreboding_saying_verbs) in a clause on a noun summing up an
        act, whose complement has no subject of its own (the noun, or a relative pronoun for it) and foresees harm
        from that act with a modal (event_cues foreboding_verbs: "..., a move Washington warned would embolden
        militants", "..., a pact that the embassy said would undermine regional peace"): the sayer's pessimistic
        comment (012), no threat and no criticism."""
        if verb.lemma_.lower() not in cue("foreboding_saying_verbs") or verb.dep_ not in {"relcl", "acl"}:
            return None
        for comp in (c for c in verb.children if c.dep_ in {"ccomp", "xcomp"} and c.i > verb.i):
            if comp.lemma_.lower() in cue("foreboding_verbs") and _foreseen(comp) and not any(
                    c.dep_ in {"nsubj", "nsubjpass", "expl", "mark"} and not (
                        c.i < verb.i and c.lower_ in cue("relative_object_pronouns")) for c in comp.children):
                return VerbMatch(code="012", pattern=f"{verb.lemma_.lower()} * <foreboding>", specificity=1)
        return None

    def _stated_foreboding(self, verb: Token) -> list[Candidate]:
        """(verbal50) "the Kremlin said the presence of American instructors could destabilise the east", "the UN
        mission said an offensive could wreck the election plans": a speaker who foresees harm (event_cues
        foreboding_verbs, with "would", "could", "might", "will" or "may") from a thing or an act that is no actor
        makes a pessimistic comment (012), aimed at the actor the subject's phrase names (none named: no target). A
        named actor as the subject ("said Russia would undermine the talks") is reported speech, no comment."""
        for c in verb.children:
            if c.dep_ != "ccomp" or c.lemma_.lower() not in cue("foreboding_verbs") or not _foreseen(c):
                continue
            subj = [a for a in c.children if a.dep_ == "nsubj"]
            if not subj or subj[0].pos_ not in {"NOUN", "PROPN"} or subj[0].i in self.mention_at:
                continue   # (a phrase that holds an actor is the act's: "the presence of US troops")
            sources, _, _ = self.subjects(verb)
            mod, governor = modality.of(verb)
            if not sources or mod == modality.NEGATED:
                return []
            named = dedupe([m for t in subj[0].subtree for m in self.actors_of(t)])
            ends: list[Named | None] = [t for t in named if not same_actor(t, sources)]
            return _said_events(verb, "012", "<say> X would undermine", sources, ends or [None], mod, governor, {c.i})
        return []

    def _said_censure(self, verb: Token) -> VerbMatch | None:
        """(react23) A saying verb in a clause on a noun summing up an act, whose complement has no subject of its
        own (the noun is it) and censures that act: "..., a move Grossi said was disproportionate" (a critical
        adjective, event_cues critical_adjectives), "..., a step the UN said violated the 1974 accord" (a verb of
        breach, event_cues violating_verbs): the sayer's criticism (sense_cues verbal_attack_code)."""
        if verb.lemma_.lower() not in cue("censure_saying_verbs") or verb.dep_ not in {"relcl", "acl"}:
            return None
        for comp in (c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i):
            if any(c.dep_ in {"nsubj", "nsubjpass", "expl", "mark", "neg"} for c in comp.children):
                continue
            lemma = comp.lemma_.lower()
            preds = [c for c in comp.children if c.dep_ in {"acomp", "attr"}] if lemma == "be" else []
            preds += [c for p in list(preds) for c in p.children if c.dep_ == "conj"]
            if lemma in cue("violating_verbs") or any(
                    p.lemma_.lower() in cue("critical_adjectives") or p.lower_ in cue("critical_adjectives")
                    for p in preds):
                return VerbMatch(code=min(lexicon.words("sense_cues", "verbal_attack_code")),
                                 pattern=f"{verb.lemma_.lower()} * <censure>", specificity=1)
        return None

    def _labelled_reaction(self, verb: Token, reporter_of: dict[int, Named]) -> list[Candidate]:
        """ "Managua expelled the dissidents, in what opponents called a tactic to silence them": a free relative
        after "in" that names the clause's act with a label that condemns it (data: event_cues critical_labels),
        given by an actor other than the doer, is that actor's criticism (sense_cues verbal_attack_code) of the
        doer, as factual as the clause. A doer's own label ("in what it called a response") is no act."""
        prep = verb.head
        if verb.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ != "in" or not naming_relative(verb):
            return []
        labels = self._label_nouns(verb)
        critical = cue("critical_labels")

        def condemns(noun: Token) -> bool:
            mods = " ".join(c.lemma_.lower() for c in noun.children if c.dep_ == "compound" and c.i < noun.i)
            return noun.lemma_.lower() in critical or f"{mods} {noun.lemma_.lower()}".strip() in critical
        if not any(condemns(n) for n in labels):
            return []
        namers = dedupe([m for c in verb.children if c.dep_ == "nsubj" for m in self.actors_of(c)])
        clause = prep.head
        if not namers or clause.pos_ not in {"VERB", "AUX"}:
            return []
        doers, _, _ = self.subjects(clause)
        return self._label_criticism(verb, clause, namers, doers, "<labelled> in what * called", reporter_of)

    @staticmethod
    def _label_nouns(verb: Token) -> list[Token]:
        """The nouns a free relative names its act with: "in what X called a tactic", "what it described as theft"."""
        labels = [c for c in verb.children if c.dep_ in {"oprd", "attr", "dobj", "xcomp"} and c.pos_ == "NOUN"]
        return labels + [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                         for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"]

    def _label_criticism(self, verb: Token, clause: Token, namers: list[Named], targets: list[Named], pattern: str,
                         reporter_of: dict[int, Named]) -> list[Candidate]:
        """Each namer's criticism (sense_cues verbal_attack_code) of each target other than itself, as factual as the
        clause the label names."""
        mod, governor = modality.of(clause)
        reporter = self._reporter(clause, reporter_of)
        code = min(lexicon.words("sense_cues", "verbal_attack_code"))
        out = []
        for a in namers:
            for d in targets:
                if same_actor(d, [a]):
                    continue
                cand = Candidate(trigger=verb, code=code, pattern=pattern, source=a, target=d, reported_by=reporter,
                                 modality=mod, governor=governor)
                cand.tokens = evidence(verb, a, d)
                out.append(cand)
        return out

    def _grievance_label(self, verb: Token, reporter_of: dict[int, Named]) -> list[Candidate]:
        """(verbal56) "Lithuania expelled three Russian diplomats over what it called attempts to interfere in its
        affairs", "suspended Madagascar's membership over what it called an unconstitutional change of government",
        "imposed a tariff on Brazilian goods, citing what it called the political persecution of Bolsonaro": a free
        relative that gives the grievance an act answers (after event_cues grievance_preps, or the object of a verb of
        citing, grievance_citing_verbs), named with a word of censure (critical_labels, censure_labels,
        critical_adjectives), is its namer's criticism (sense_cues verbal_attack_code) of the one the grievance names:
        an actor of the label's own phrase ("Libyan-backed incursions"), else the one the clause acts on (its object,
        or the object's owner), as factual as the clause. The namer's own act so named ("in what it called
        self-defence") and a label that names no one are no event."""
        if not naming_relative(verb):
            return []
        prep = verb.head
        if verb.dep_ == "pcomp" and prep.dep_ == "prep" and prep.lower_ in cue("grievance_preps"):
            clause = prep.head
        elif verb.dep_ in {"ccomp", "dobj", "xcomp"} and verb.head.lemma_.lower() in cue("grievance_citing_verbs"):
            clause = verb.head
            if clause.dep_ == "advcl" and clause.tag_ == "VBG" and clause.head.pos_ in {"VERB", "AUX"}:
                clause = clause.head   # "imposed a tariff ..., citing what it called": the act the citing gives reasons for
        else:
            return []
        for _ in range(4):
            if clause.pos_ in {"VERB", "AUX"} or clause.head.i == clause.i:
                break
            clause = clause.head   # "cut ties with Morocco over ...": the parser may hang the phrase on the object
        if clause.pos_ not in {"VERB", "AUX"}:
            return []
        labels = self._label_nouns(verb)
        words = cue("critical_labels") | cue("censure_labels")
        adjectives = cue("critical_adjectives") | cue("censure_labels")

        def condemns(noun: Token) -> bool:
            mods = [c for c in noun.children if c.dep_ in {"amod", "compound"} and c.i < noun.i]
            compound = " ".join(c.lemma_.lower() for c in mods if c.dep_ == "compound")
            return bool({noun.lemma_.lower(), noun.lower_, f"{compound} {noun.lemma_.lower()}".strip()} & words) \
                or any({c.lemma_.lower(), c.lower_} & adjectives for c in mods)
        named = [n for n in labels if condemns(n)]
        if not named:
            return []
        namers = dedupe([m for c in verb.children if c.dep_ == "nsubj" for m in self.actors_of(c)])
        if not namers:
            return []
        # whom the grievance names: an actor in the label's own words, else the one the clause acts on
        blamed = dedupe([m for n in named for c in n.children if c.dep_ in {"amod", "compound", "poss", "nmod"}
                         and c.i < n.i for m in self.actors_of(c)]
                        + [m for n in named for c in n.children if c.dep_ == "prep" and c.lower_ == "by"
                           for p in c.children if p.dep_ == "pobj" for m in self.actors_of(p)])
        if not blamed:
            objects = [c for c in clause.children if c.dep_ == "dobj"]
            objects += [p for h in [clause, *objects] for c in h.children if c.dep_ == "prep"
                        and c.lower_ in {"with", "on", "against", "to"} for p in c.children if p.dep_ == "pobj"]
            blamed = dedupe([m for o in objects for m in (self.actors_of(o) or [
                x for c in o.children if c.dep_ in {"poss", "amod", "compound"} for x in self.actors_of(c)])])
        blamed = [b for b in blamed if not same_actor(b, namers) and b.country and all(
            b.country != a.country or (b.sector and b.sector != a.sector) for a in namers)]
        if not blamed:
            return []
        return self._label_criticism(verb, clause, namers, blamed, "<labelled> over what * called", reporter_of)

    def _drawn_reaction(self, verb: Token, reporter_of: dict[int, Named]) -> list[Candidate]:
        """ "Spain recognised a Palestinian state, drawing an angry rebuke from Israel": a participle that
        brings on a reaction (data: eliciting_verbs) whose object is a reaction noun (taxonomy class
        summary_reaction) codes the reaction of the actor after "from" on the subject of the clause, as
        factual as the clause. (drawn16b) The clause is the one that has an actor for subject: the parser hangs
        a participle after a comma on the nearest verb or noun ("said the embassy would be moved there, drawing
        condemnation from Arab governments", "executed four activists, ..., drawing condemnation"), and the
        reaction is to the act of the clause above. A reaction told of a noun that sums up the clause before it
        ("..., a decision that drew condemnation from the UN", "..., a move drawing criticism") is aimed at that
        clause's subject."""
        if verb.lemma_.lower() not in self.words.eliciting_verbs:
            return []
        summed = self._summed_clause(verb)
        if summed is not None:
            clause = summed
            doers = list(self.subjects(clause)[0])
            clause, doers = self._clause_with_doers(clause, doers, verb)
        elif verb.tag_ != "VBG" and verb.dep_ in {"ROOT", "conj"}:
            # (wire7) a finite clause: "Russia's annexation drew condemnation from the West", "the strikes
            # drew sharp criticism from China": the reaction is on the subject, or on the doer of the act
            # the subject names
            clause = verb
            doers = []
            for subj in (c for c in verb.children if c.dep_ == "nsubj"):
                doers = self.actors_of(subj) or [m for c in subj.children if c.dep_ in {"poss", "amod", "compound"}
                                                 for m in self.actors_of(c)]
            doers = dedupe(doers)
        elif verb.tag_ == "VBG" and verb.dep_ == "acl" and verb.i > 0 and word_at(verb.doc, verb.i - 1).text == "," and \
                any(a.pos_ in {"VERB", "AUX"} for a in verb.ancestors):
            # "executed four activists, including ..., drawing condemnation": a participle after a comma hung on
            # the object is the clause's
            clause = next(a for a in verb.ancestors if a.pos_ in {"VERB", "AUX"})
            clause, doers = self._clause_with_doers(clause, list(self.subjects(clause)[0]), verb)
        elif verb.tag_ != "VBG" or verb.dep_ not in {"advcl", "conj", "xcomp"} or verb.head.pos_ not in {"VERB", "AUX"}:
            return []
        else:
            clause = verb.head
            clause, doers = self._clause_with_doers(clause, list(self.subjects(clause)[0]), verb)
        if not doers:
            return []
        out = []
        mod, governor = modality.of(clause)
        if verb.tag_ == "VBG" and summed is None and mod in {modality.NEGATED, modality.INTENDED, modality.CONSIDERED}:
            # (wire41) a participle after the clause tells what its telling drew: "said he would not rule out a
            # military option, drawing condemnation from Caracas" (the refusal, the plan or the warning was made)
            mod, governor = modality.ASSERTED, None
        reporter = self._reporter(clause, reporter_of)
        for n in (c for c in verb.children if c.dep_ == "dobj"):
            match = self._drawn_feeling(n) or self.verbs.match_noun(
                n.lemma_.lower(), [t.lemma_.lower() for t in n.subtree if t.i != n.i])
            if match is None or not match.code or match.code[:2] not in SUMMARY_REACTION_ROOTS:
                continue
            froms = [o for p in list(n.children) + list(verb.children) if p.dep_ == "prep" and p.lower_ == "from"
                     for o in p.children if o.dep_ == "pobj"]
            agents = dedupe([m for o in froms for m in self.actors_of(o)])
            if match.code == "114":
                # a protest lodged is a state's or a body's; people protesting in the street demonstrate (14)
                agents = [a for a in agents if a.sector is None or a.sector in STATE_ORGAN_SECTORS]
            elif match.pattern.endswith("s from *"):
                # (verbal57) protests from a state, a body or an organisation (a rights or press group): criticism
                agents = [a for a in agents if self._protesting_body(a)]
            for a in agents:
                for d in doers:
                    if same_actor(d, [a]):
                        continue
                    cand = Candidate(trigger=n, code=match.code, pattern=f"<drawing> {match.pattern}", source=a,
                                     target=d, reported_by=reporter, modality=mod, governor=governor, nominal=True)
                    cand.tokens = evidence(n, a, d)
                    out.append(cand)
        return out

    @staticmethod
    def _protesting_body(a: Named) -> bool:
        """(verbal57) An actor whose protests are words, not a march: a state or its organs, an IGO or an NGO
        ("drawing protests from Belgrade", "from European governments", "from Amnesty International")."""
        return a.sector is None or a.sector in STATE_ORGAN_SECTORS or a.code[:3] in {"NGO", "IGO"} \
            or a.sector in {"NGO", "HRI"}

    @staticmethod
    def _drawn_feeling(noun: Token) -> VerbMatch | None:
        """(miss0811) The reaction an act draws told as a feeling or an outcry ("drawing anger from his victims'
        families", "drawing an angry reaction from Washington": criticism, 111) or as one protest ("drawing a protest
        from Pristina": an official complaint, 114), data: event_cues drawn_anger_nouns, drawn_reaction_nouns with
        drawn_anger_adjectives, drawn_protest_nouns. Read only as what an act draws, never as an act of its own."""
        lemma = noun.lemma_.lower()
        angry = any(c.dep_ == "amod" and c.lemma_.lower() in cue("drawn_anger_adjectives") for c in noun.children)
        if lemma in cue("drawn_anger_nouns") or (lemma in cue("drawn_reaction_nouns") and angry):
            return VerbMatch(code=min(lexicon.words("sense_cues", "verbal_attack_code")), pattern=f"{lemma} *",
                             specificity=1)
        if lemma in cue("drawn_protest_nouns") and noun.tag_ == "NN":
            return VerbMatch(code="114", pattern=f"{lemma} *", specificity=1)
        if lemma in cue("drawn_protest_nouns") and noun.tag_ == "NNS" and any(
                c.dep_ == "prep" and c.lower_ == "from" for c in list(noun.children) + list(noun.head.children)):
            # (verbal57) "sentenced four deputies, drawing protests from European governments", "sparking protests from
            # Belgrade": protests from a state, a body or a group are its criticism (111; the caller keeps those
            # only, not people who march)
            return VerbMatch(code=min(lexicon.words("sense_cues", "verbal_attack_code")), pattern=f"{lemma}s from *",
                             specificity=1)
        return None

    def _summed_clause(self, verb: Token) -> Token | None:
        """The clause a noun summing it up (data: summary_nouns) stands for, when ``verb`` is a clause on that
        noun and the noun follows a comma: "The Taliban suspended classes, a decision that drew condemnation"
        (-> "suspended"); None otherwise."""
        noun = verb.head
        if verb.dep_ not in {"relcl", "acl"} or noun.pos_ != "NOUN" or noun.lemma_.lower() not in self.words.summary_nouns \
                or noun.left_edge.i == 0 or word_at(noun.doc, noun.left_edge.i - 1).text != ",":
            return None
        clause = noun.head
        while (clause.dep_ in {"pobj", "prep", "dobj", "appos", "acl"} or clause.pos_ not in {"VERB", "AUX"}) \
                and clause.head.i != clause.i:
            clause = clause.head
        return clause if clause.pos_ in {"VERB", "AUX"} and clause.i < noun.i else None

    def _clause_with_doers(self, clause: Token, doers: list[Named], verb: Token) -> tuple[Token, list[Named]]:
        """(drawn16b) A clause with no actor for subject that a sentence-final participle was hung on ("said the
        embassy would be moved there, drawing ...", "a pact that would allow police to be deployed, drawing ..."):
        out of any relative clause (it describes its noun), then up to the nearest clause above that has one. A main clause with none (a dateline misparsed as its
        verb: "JOHANNESBURG, May 19 - South African forces raided ..., drawing ...") takes the subject of a
        clause joined to it before the participle."""
        node, top = clause, None
        while node.head.i != node.i:   # a relative clause describes its noun: the participle ends the clause above
            if node.dep_ == "relcl":
                top = node
            node = node.head
        if top is not None:
            node = top.head
            while node.pos_ not in {"VERB", "AUX"} and node.head.i != node.i:
                node = node.head
            if node.pos_ in {"VERB", "AUX"}:
                clause, doers = node, list(self.subjects(node)[0])
        node = clause
        while not doers and node.head.i != node.i:
            node = node.head
            if node.pos_ in {"VERB", "AUX"}:
                clause, doers = node, list(self.subjects(node)[0])
        if not doers and clause.head.i == clause.i:
            for c in clause.children:
                if c.dep_ in {"parataxis", "conj"} and c.pos_ in {"VERB", "AUX"} and c.i < verb.i:
                    found = list(self.subjects(c)[0])
                    if found:
                        return c, found
        return clause, doers

    def _provoking(self, verb: Token) -> bool:
        """``verb`` brings on an act that its subject does not do (data: provoking_verbs, with its particle for a
        phrasal one, eliciting_particles): "sparked", "prompting", "set off"."""
        lemma = verb.lemma_.lower()
        particle = dict(self.words.eliciting_particles).get(lemma)
        if particle is not None:
            return f"{lemma} {particle}" in self.words.provoking_verbs and any(
                c.dep_ == "prt" and c.lower_ == particle for c in verb.children)
        return lemma in self.words.provoking_verbs

    def _provoked_protest(self, verb: Token, reporter_of: dict[int, Named]) -> list[Candidate]:
        """(nouns16) "sentenced nine separatist leaders, prompting protests in Barcelona", "the verdict sparked
        riots across Pakistan", "..., setting off strikes by dockers": a protest noun (PROTEST_ROOTS) that a verb of
        bringing on (provoking_verbs) has for object is a protest that happened, as factual as the clause. It is
        held by the noun's own doers (its modifiers, its "by" phrase), else by the civilians of the country where
        it was (its place phrase; else the country of the clause's state doers, of the sentence); aimed at what
        its "against" phrase names, else at their government. The subject that provoked it never holds it."""
        if not self._provoking(verb):
            return []
        clause = verb.head if verb.tag_ == "VBG" and verb.dep_ in {"advcl", "conj", "xcomp"} and \
            verb.head.pos_ in {"VERB", "AUX"} else verb
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        objects += [c for o in list(objects) for c in o.conjuncts]
        out: list[Candidate] = []
        for n in objects:
            if n.pos_ != "NOUN" or no_det(n) or self._is_disaster(n):
                continue
            match = self.verbs.match_noun(n.lemma_.lower(), [t.lemma_.lower() for t in n.subtree if t.i != n.i])
            if match is None or not match.code or match.code[:2] not in PROTEST_ROOTS:
                continue
            if n.tag_ == "NNS" and n.lemma_.lower() in cue("drawn_protest_nouns") and any(
                    self._protesting_body(m) for q in n.children if q.dep_ == "prep" and q.lower_ == "from"
                    for o in q.children if o.dep_ == "pobj" for m in self.actors_of(o)):
                continue   # (verbal57) "sparking protests from Belgrade": a state's criticism (_drawn_reaction), no march
            own = [m for c in n.children if c.dep_ in {"amod", "compound", "poss", "nmod"} and c.pos_ != "PRON"
                   for m in self.actors_of(c)]
            own += [m for q in n.children if q.dep_ == "prep" and q.lower_ == "by"
                    for o in q.children if o.dep_ == "pobj" for m in self.actors_of(o)]
            # "Kenyan protests", "protests in Barcelona": where, not who
            places = [m for m in own if m.kind in PLACE_KINDS] + [
                m for q in n.children if q.dep_ == "prep" and q.lower_ in PLACE_PREPS | cue("located_preps")
                for o in q.children if o.dep_ == "pobj" for m in self._places_of(o, []) or self.actors_of(o)]
            sources = dedupe([m for m in own if m.kind not in PLACE_KINDS])
            if not sources:
                country = next((m.country for m in places if m.country), None) or self._ruler_protested(clause, n) \
                    or self._sentence_country(clause)
                if not country:
                    continue
                sources = [Named.agent_at(n, country, "CVL")]
            targets = dedupe([m for q in own_preps(n) if q.lower_ in cue("protest_target_preps") for o in q.children
                              if o.dep_ == "pobj" for m in self.actors_of(o) if not same_actor(m, sources)])
            if not targets:
                targets = self._domestic_default(match.code, sources)
            mod, governor = modality.of(clause)
            ends: list[Named | None] = list(targets) or [None]
            pairs: list[tuple[Named | None, Named | None]] = [(s, t) for s in sources for t in ends]
            out.extend(_nominal_candidates(n, match, pairs, self._reporter(clause, reporter_of), mod, governor))
        return out

    def _between_events(self, sent: Span, reporter_of: dict[int, Named]) -> list[Candidate]:
        """"Clashes between Sudanese troops and rebels killed dozens", "clashes broke out between
        Indian and Chinese troops": a fight named by a noun is each party's act on the other."""
        out: list[Candidate] = []
        for n in tokens(sent):
            gerund = n.tag_ == "VBG" and n.dep_ in SUBJECTS  # "Fighting between ... killed"
            meeting = n.pos_ == "NOUN" and n.lemma_.lower() in self.words.meeting_between_nouns
            if not (n.pos_ == "NOUN" or gerund) or not (
                    {n.lemma_.lower(), n.lower_} & self.words.between_nouns or meeting):
                continue
            # (consult42) "Qatar hosted a meeting between Tshisekedi and Kagame", "Oman hosted a third round of talks
            # between ...": talks or a meeting a third party hosted were held, between their parties
            held_by = n.head.head if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.dep_ == "dobj" else n
            host_verb = held_by.head if meeting and held_by.dep_ == "dobj" and held_by.head.pos_ == "VERB" \
                and held_by.head.lemma_.lower() in self.words.hosting_verbs \
                and modality.of(held_by.head)[0] == modality.ASSERTED else None   # ("offered to host talks": none yet)
            if meeting and host_verb is None and (
                    n.head.pos_ not in {"VERB", "AUX"} or n.head.lemma_.lower() in self.words.called_off_verbs):
                continue  # "the summit between A and B was postponed": no meeting took place
            # only the news itself: the subject of its clause ("clashes ... killed", "there were clashes"),
            # not a cause or a request ("because of fighting between", "an end to the fighting between")
            existential = n.dep_ == "attr" and any(c.dep_ == "expl" for c in n.head.children)
            truce = n.lemma_.lower() in self.words.ceasefire_nouns
            # "Egyptian mediators secured a truce between Israel and Islamic Jihad": mediated, the parties' truce
            # (done: "secured", "brokered"; not "is trying to broker", "is brokering": no truce yet)
            mediated = truce and n.dep_ == "dobj" and n.head.tag_ in {"VBD", "VBN"} and n.head.dep_ != "xcomp" and (
                (m := self.code_verb(n.head)) is not None and (m.code == "045" or m.code == "0871" and (
                    # (nouns20) "Egypt and the US announced a ceasefire between Israel and Hamas": a third's truce
                    # declared is the parties' truce, mediated (_announced_truce)
                    (doers := self.subjects(n.head)[0]) and all(m.country for m in doers) and all(
                        p.country not in {m.country for m in doers} for p in self._truce_parties(n.head))
                    and len(self._truce_parties(n.head)) == 2)))
            if not (n.dep_ in SUBJECTS or existential or mediated or host_verb is not None) \
                    or in_background_clause(n.head if host_verb is None else host_verb):
                continue
            ended = truce and n.head.lemma_.lower() in self.words.ceasefire_end_verbs
            halting = truce and n.head.lemma_.lower() in self.words.ceasefire_halt_verbs
            if truce and not ended and not halting and not mediated and \
                    n.head.lemma_.lower() not in self.words.ceasefire_start_verbs:
                continue  # "the ceasefire between Israel and Hamas was agreed" is reported elsewhere
            # "an exchange of prisoners between Russia and Ukraine": the phrase may hang lower
            preps = [c for c in n.subtree if c.dep_ == "prep" and c.lower_ == "between"][:1]
            if not preps:
                preps = [c for c in (held_by if host_verb is not None else n.head).children
                         if c.dep_ == "prep" and c.lower_ == "between"]
            if not preps and truce and not halting:
                # (nouns31) "a ceasefire took hold between Israel and Iran": the parser hangs the phrase on the
                # verb's object ("hold", "effect")
                preps = [c for o in n.head.children if o.dep_ == "dobj" and o.pos_ == "NOUN"
                         for c in o.children if c.dep_ == "prep" and c.lower_ == "between"][:1]
            if not preps and n.head.pos_ in {"VERB", "AUX"} and not truce:
                # (nouns17b) "fighting broke out in Juba between soldiers loyal to ... and ...", "clashes erupted on
                # the border between Indian and Chinese troops": the parser hangs the phrase on the verb's place
                preps = [c for q in n.head.children if q.dep_ == "prep" and q.lower_ in PLACE_PREPS | {"on", "along"}
                         for o in q.children if o.dep_ == "pobj" for c in o.children
                         if c.dep_ == "prep" and c.lower_ == "between"][:1]
            if not preps and halting:
                # "a truce ... halted the fighting between Israel and Hezbollah"
                preps = [c for o in n.head.children if o.dep_ == "dobj" and o.lemma_.lower() in self.words.between_nouns
                         for c in o.children if c.dep_ == "prep" and c.lower_ == "between"][:1]
            if not preps and (truce or n.head.pos_ in {"VERB", "AUX"}):
                pair = self._hyphened_pair(n)
                if len(pair) != 2 and truce:
                    # "took effect along the Iran-Iraq front"
                    fronts = [o for c in n.head.children if c.dep_ == "prep" and c.lower_ in self.words.front_preps
                              for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in self.words.front_nouns]
                    pair = self._hyphened_pair(fronts[0]) if fronts else []
                if len(pair) == 2:
                    a, b = pair
                    match = self.verbs.match_noun(n.lemma_.lower(), [])
                    if ended:
                        match = VerbMatch(code="196", pattern=f"{n.lemma_.lower()} {n.head.lemma_.lower()}", specificity=1)
                    if match is not None and match.code:
                        mod, governor = modality.of(n.head)
                        out.extend(_nominal_candidates(n, match, [(a, b), (b, a)], self._reporter(n, reporter_of),
                                                       mod, governor))
                continue
            parties: list = []
            for p in preps:
                for o in p.children:
                    if o.dep_ != "pobj":
                        continue
                    # "between Indian and Chinese troops": every actor of the phrase, not its places, whichever
                    # party the parser hangs the place on ("a summit between Trump and Kim Jong Un in Hanoi")
                    skip = {t.i for x in (o, *o.conjuncts) for c in x.children if c.dep_ == "prep" for t in c.subtree}
                    for t in o.subtree:
                        if t.i in skip:
                            continue
                        found = self.mentions_at(t.i)
                        parties.extend(Named(m, t.i) for m in found)
            parties = dedupe(parties)
            if preps:
                # (verbal53) "talks between their foreign ministers", "talks between the two countries' defence
                # ministers": the two states the pair words stand for
                parties = self._two_sides_between(preps[0], parties)
            rival = self._one_side_between(preps[0], n.head) if len(parties) < 2 and not truce and not meeting else None
            if rival is not None:
                parties = [rival, rival]
            if len(parties) != 2:
                continue
            match = self.verbs.match_noun(n.lower_ if gerund else n.lemma_.lower(),
                                          [t.lemma_.lower() for t in n.subtree if t.i != n.i])
            if ended:
                # "the ceasefire between Israel and Hamas collapsed": fighting resumed, blamed on neither
                match = VerbMatch(code="196", pattern=f"{n.lemma_.lower()} {n.head.lemma_.lower()}", specificity=1)
            if match is None or not match.code:
                continue
            # a meeting's predicate says whether it took place ("talks ... will be held": intended)
            # (nouns17b) so does the verb a fight is the subject of ("fighting could break out between": not yet)
            told_by_verb = n.dep_ in SUBJECTS and n.head.pos_ in {"VERB", "AUX"}
            mod, governor = modality.of(host_verb if host_verb is not None else
                                        n.head if ended or existential or meeting or truce or told_by_verb else n)
            if no_det(n):
                mod = modality.NEGATED  # "there were no clashes between"
            reporter = self._reporter(n, reporter_of)
            crowd = self._crowd_against_force(n, parties) if match.code[:2] in VIOLENT_ROOTS and not ended else None
            if crowd is not None:
                # (nouns18) "clashes between police and protesters left three dead": a riot and its repression
                out.extend(_riot_and_repression(n, match, crowd, reporter, mod, governor))
                continue
            a, b = parties
            if host_verb is not None and {a.country, b.country} & {m.country for m in self.subjects(host_verb)[0]}:
                continue   # (consult42) "Norway hosted talks between the Colombian government and the rebels": not
                # the host's own rebels (the parties' country is read with the mediation, _brokered_by)
            # (outranked14) "a meeting between Zelensky and Trump", "talks between Armenia and Azerbaijan": a
            # consultation is coded once, from the first party, as "A met B" (gold README, reciprocal acts)
            # (verbal29) but talks are each delegation's act: "talks between Ecuador and Peru collapsed" both ways
            pairs: list[tuple[Named | None, Named | None]] = (
                [(a, b)] if match.code[:2] in ONE_WAY_MEETING_ROOTS
                and n.lemma_.lower() not in self.words.negotiation_nouns else [(a, b), (b, a)])
            if rival is not None:
                pairs = [(a, a)]   # (violence49) one actor's groups fighting each other: coded once
            if meeting and mod == modality.ASSERTED and self._summit_elsewhere(n, a, b):
                # (consult42) "the summit in Hanoi between Trump and Kim broke down": a summit at a third place is
                # each party's meeting with the other (gold README: summits at a third place are 044 both ways)
                match = VerbMatch(code="044", pattern=f"<{n.lemma_.lower()} elsewhere>", specificity=match.specificity)
                pairs = [(a, b), (b, a)]
            out.extend(_nominal_candidates(n, match, pairs, reporter, mod, governor))
        return out

    def _two_sides_between(self, prep: Token, parties: list[Named]) -> list[Named]:
        """The parties a "between" phrase names: ``parties`` when they are two different states, else the two states
        its pair words stand for (``_pair_between``), else ``parties`` as they are."""
        if len(parties) == 2 and parties[0].country and parties[0].country != parties[1].country:
            return parties
        return self._pair_between(prep) or parties

    def _pair_between(self, prep: Token) -> list[Named]:
        """(verbal53) The two states a "between" phrase names by pair words alone: a plural owned by "their" that
        stands for two states ("talks between their foreign ministers": the states "their" refers to), or a pair noun
        ("the two countries", "both sides", coref pair_nouns) or a plural it owns ("the two countries' defence
        ministers"): the two states the sentence names outside the phrase, when it names exactly two. Each as the
        phrase's agent word of that state when it has one (GOV for "foreign ministers"). [] for anything else."""
        objs = [o for o in prep.children if o.dep_ == "pobj"]
        if len(objs) != 1 or objs[0].tag_ not in {"NNS", "NNPS"}:
            return []
        o = objs[0]
        owners = [c for c in o.children if c.dep_ == "poss"]
        their = [c for c in owners if c.lower_ == "their"]
        found = [Named(m, c.i) for c in their if c.i in self.pronouns for m in self.pronouns[c.i]]
        if len({m.country for m in found if m.country}) != 2 and (their or _pair_mark(o) or any(
                _pair_mark(c) for c in owners)):
            # "their" read as one side only, or a pair noun: the two states named outside the phrase
            inside = {t.i for t in prep.subtree}
            found = [Named(self.mention_at[t.i], t.i) for t in tokens(prep.sent)
                     if t.i not in inside and t.i in self.mention_at and t.pos_ != "PRON"]
        states: dict[str, Named] = {}
        for m in found:
            if m.country and m.country not in states and not m.code.startswith("IGO"):
                states[m.country] = m
        if len(states) != 2:
            return []
        agent = self.mention_at.get(o.i)
        sector = agent.sector if agent is not None and agent.kind == "agent" else None
        out = []
        for country, m in states.items():
            if agent is not None and sector:
                m = Named(replace(agent, code=compose_code(country, sector), country=country), o.i)
            out.append(m)
        return out

    def _one_side_between(self, prep: Token, verb: Token) -> Named | None:
        """(violence49) The one actor whose groups fight each other in a "between" phrase that names a single kind of
        armed men or people (gold README: "feuding tribes or rival militias of one country one `190 XUAF XUAF`"):
        one plural marked as rival (event_cues rival_side_words: "between rival gangs", "between two clans", "between
        rival factions of the Sinaloa cartel"), a plural of groups that fight each other (rival_side_nouns: "between
        gangs"), or of two kinds joined by "and" ("between Kusasi and Mamprusi youths", "between the Nawasi and Radaa
        militias"); or two phrases joined by "and" that name one actor. The actor is what the phrase names (an "of"
        phrase too), else, for a plural of its own, the unnamed armed men (criminal gangs: CRM) of the country where
        the fight was. None for anything else (two sides named, or none and no country)."""
        objs = [o for o in prep.children if o.dep_ == "pobj"]
        if len(objs) != 1:
            return None
        o = objs[0]
        heads = [o, *o.conjuncts]

        def named(x: Token, of: bool) -> list[Named]:
            skip = {t.i for c in x.children if c.dep_ == "prep" and not (of and c.lower_ == "of") for t in c.subtree}
            skip |= {t.i for c in x.children if c.dep_ == "conj" for t in c.subtree}
            return [Named(m, t.i) for t in x.subtree if t.i not in skip
                    for m in self.mentions_at(t.i)]

        if len(heads) > 1:
            each = [dedupe(named(x, False)) for x in heads]
            if not all(each) or len({m.code for ms in each for m in ms}) != 1:
                return None
            return each[0][0]
        if o.tag_ not in {"NNS", "NNPS"}:
            return None
        mods = [c for c in o.children if c.dep_ in {"amod", "compound", "nmod", "nummod", "det", "predet"}]
        rival = any(c.lower_ in cue("rival_side_words") for c in mods) or o.lemma_.lower() in cue("rival_side_nouns")             or any(c.dep_ in {"amod", "compound", "nmod"} and any(g.dep_ == "conj" for g in c.children) for c in mods)
        if not rival:
            return None
        found = dedupe(named(o, True))
        if len(found) == 1:
            return found[0]
        if found:
            return None
        country = self._sentence_country(verb)
        if not country:
            return None
        return Named.agent_at(o, country, "CRM" if o.lemma_.lower() in {"gang", "cartel"} else "UAF")

    def _summit_elsewhere(self, n: Token, a: Named, b: Named) -> bool:
        """(consult42) The summit or meeting noun ``n`` (event_cues third_place_meeting_nouns) of two parties of two
        countries names in its own place phrase a country neither belongs to ("the summit in Hanoi between Trump and
        Kim")."""
        if n.lemma_.lower() not in cue("third_place_meeting_nouns") or not a.country or not b.country \
                or a.country == b.country:
            return False
        # the parser may hang the place on the second party ("the summit between Trump and Kim in Hanoi")
        heads = [n, *(word_at(self.doc, m.word) for m in (a, b) if m.word is not None)]
        places = {p for h in heads if (p := self._venue_country(h)) is not None}
        return len(places) == 1 and not places & {a.country, b.country}

    def _hyphened_pair(self, n: Token) -> list[Named]:
        """The two actors of a hyphened pair before ``n``: "the Ethiopia-Eritrea ceasefire", "the Iran-Iraq
        front" (spaCy: two compounds with the hyphen between them); [] for anything else."""
        left = [t for t in n.subtree if t.i < n.i]
        if not any(t.lower_ == "-" for t in left):
            return []
        parties = dedupe([Named(self.mention_at[t.i], t.i) for t in left
                          if t.dep_ in {"compound", "amod", "nmod"} and t.i in self.mention_at])
        return parties if len(parties) == 2 and not same_actor(parties[0], [parties[1]]) else []

    def military_twin(self, noun: Token, words: list[str], doers: list) -> VerbMatch | None:
        """A noun of two senses (data: event_words military_senses) done by states or armed actors read as its
        military twin ("Israel could resume strikes", "after Israeli strikes on Iranian sites"); None otherwise."""
        twin = dict(self.words.military_senses).get(noun.lemma_.lower())
        if twin is None or not doers or not all(
                d.sector in ARMED_SECTORS or d.sector == "GOV" or (not d.sector and d.kind == "country") for d in doers):
            return None
        return self.verbs.match_noun(twin, words)

    def _attack_noun(self, n: Token) -> tuple[VerbMatch, list[Named]] | None:
        """The violent code of an attack noun ("air strike", "shelling") that is no disaster, and the doers
        its own words name ("an Israeli air strike", "Russia's shelling"); None for any other noun."""
        if self._is_disaster(n):
            return None
        doers = [m for c in n.children if c.dep_ in {"amod", "compound", "poss", "nmod"} for m in self.actors_of(c)]
        match = self.verbs.match_noun(n.lemma_.lower(), kind_words(n))
        if match is None or not match.code:
            # (fight36) a noun of two senses whose own words name a state or armed doer is its military twin when the
            # doer is armed or a government, or the noun is aimed at an actor or a place ("Israeli strikes on Gaza
            # continued", "after Israel's strikes on Iran"; data: event_words military_senses); "French strikes
            # paralysed rail traffic" are a labour stoppage
            armed = bool(doers) and all(d.sector in ARMED_SECTORS or d.sector == "GOV" for d in doers)
            # (strikes42) or at a named town or site, or a military target: "Israel's strikes on Natanz killed the
            # chief of staff", "strikes on air defence sites" (not "a strike on Tuesday", "on the coast")
            aimed = any(o.ent_type_ in {"GPE", "FAC"} or o.lemma_.lower() in cue("strike_target_nouns")
                        or any(t.i in self.mention_at for t in o.subtree)
                        for p in own_preps(n) if p.lower_ in cue("impact_preps") for o in p.children if o.dep_ == "pobj")
            match = self.military_twin(n, kind_words(n), doers) if armed or aimed else None
        if match is None or not match.code or match.code[:2] not in VIOLENT_ROOTS:
            return None
        return match, doers

    def _subject_attack(self, verb: Token, reporter_of: dict[int, Named]) -> list[Candidate]:
        """An attack named as the subject of what it did: "the overnight Russian attack on Kyiv left
        millions without power", "an Israeli air strike on Rafah destroyed a house". The noun's own
        words name the attacker and the preposition "on"/"against" the target."""
        subj = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
        attack = self._attack_noun(subj[0]) if subj else None
        if attack is None:
            return []
        n = subj[0]
        match, sources = attack
        # "attacks on Kharkiv by Russian forces intensified": the doer after "by" (arguments.doer_phrases)
        sources = sources or [m for o in doer_phrases(n) for m in self.actors_of(o)]
        if not sources:
            # (fight38) "gunfire from Israeli troops wounded two", "shelling from government forces killed three": an
            # armed force the fire came from fired it (a place it came from is no doer here)
            sources = [m for o in origin_phrases(n) for m in self.actors_of(o) if m.sector in ARMED_SECTORS]
        speaker = None if sources else self._own_campaign_speaker(n, verb, reporter_of)
        if speaker is not None:
            sources = [speaker]   # (recall28) "Nairobi said the operation would last as long as necessary"
        targets: list[Named] = []
        for p in own_preps(n):
            if p.lower_ in cue("impact_preps"):
                for o in p.children:
                    if o.dep_ == "pobj":
                        targets.extend(m for m in self.actors_of(o) or self._places_of(o, sources)
                                       if not same_actor(m, sources))
        if not targets and n.lemma_.lower() in self.words.patient_of_nouns:
            # "the assassination of the Haitian president shocked the region", "the shelling of Donetsk by
            # Ukrainian forces killed three": the "of" phrase of an act noun names whom it was done to
            for o in of_nouns(n):
                targets.extend(m for m in self.actors_of(o) or self._places_of(o, sources) if not same_actor(m, sources))
        if speaker is not None and not targets:
            # "said the offensive would not stop until Hezbollah freed the soldiers": whom the force is aimed at
            targets = [m for c in verb.children if c.dep_ == "advcl" and any(
                k.dep_ == "mark" and k.lower_ in cue("continuation_marks") for k in c.children)
                for s in c.children if s.dep_ in {"nsubj", "nsubjpass"} for m in self.actors_of(s)
                if not same_actor(m, sources) and m.country]
        lemma = verb.lemma_.lower()
        occurred = lemma in self.words.occurrence_verbs and (lemma != "take" or any(
            c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children))
        if occurred and not targets:
            # "an attack took place on a checkpoint near Kidal": the verb's own phrase, else the place
            for p in verb.children:
                if p.dep_ == "prep" and p.lower_ in cue("impact_preps") | cue("site_preps") | {"in"}:
                    for o in p.children:
                        if o.dep_ == "pobj":
                            targets.extend(m for m in self.actors_of(o) or self._places_of(o, sources)
                                           if not same_actor(m, sources))
            if not targets and (country := self._sentence_country(verb)):
                targets = [Named.country_at(n, country)]
        sources, targets = dedupe(sources), dedupe(targets)
        if not sources and not targets:
            return []
        mod, governor = modality.of(verb)
        if speaker is not None and mod == modality.NEGATED and _halt_withheld(verb):
            mod = modality.INTENDED   # (unreal49) "said the offensive would not stop until ...": it goes on, ahead
        if occurred and no_det(n):
            mod = modality.NEGATED  # "no attack took place"
        reporter = self._reporter(verb, reporter_of)
        nobody: list[Named | None] = [None]
        pairs = [(s, t) for s in sources or nobody for t in targets or nobody]
        return _nominal_candidates(n, match, pairs, reporter, mod, governor)

    def _own_campaign_speaker(self, n: Token, verb: Token, reporter_of: dict[int, Named]) -> Named | None:
        """(recall28) The state or armed group that says its own campaign of force will go on: the attack noun ``n``
        (no doer of its own, definite or its own: "the offensive", "its air strikes") the subject of a verb of going on
        (cue continuation_verbs) put ahead by "will"/"would", in what a state, its forces or an armed group says
        ("Kenya said the military operation would continue until the militants surrendered"). A speaker of no
        side (a monitor, the UN, analysts) tells of another's campaign: None then, as for any other clause."""
        if verb.dep_ != "ccomp" or not (_course_told(verb) & cue("continuation_verbs") or _halt_withheld(verb)) \
                or not any(c.dep_ == "aux" and c.lower_ in {"will", "would", "'ll"} for c in verb.children):
            return None
        if not any(c.dep_ in {"det", "poss"} and c.lower_ in {"the", "its", "their", "our", "this"}
                   for c in n.children):
            return None
        speaker = self._reporter(verb, reporter_of)
        if speaker is None or not speaker.country or not (
                speaker.sector in ARMED_SECTORS | STATE_FORCES | {"GOV"}
                or (not speaker.sector and speaker.kind in {"country", "capital"})):
            return None
        return speaker

    def _weapon_words(self, n: Token) -> list[str]:
        """The words that name a weapon's kind, nearest first: the noun's own lemma, its modifiers
        before it ("artillery fire", "machine-gun fire") and an "of" phrase ("a volley of rockets")."""
        words = [n.lemma_.lower()] + [t.lemma_.lower() for t in reversed(list(n.subtree)) if t.i < n.i]
        words += [o.lemma_.lower() for o in of_nouns(n)]
        return words

    def _weapon_fire(self, n: Token) -> bool:
        """Fire of a weapon named among the noun's own words ("artillery fire", "mortar rounds"), not a
        blaze or an industrial accident ("a fuel tank fire")."""
        w = self.words
        if n.lemma_.lower() not in w.weapon_fire_nouns:
            return False
        words = set(self._weapon_words(n)[1:])
        return bool(words & w.fire_weapons) and not words & w.accident_words

    def _weapon(self, n: Token) -> bool:
        """A noun naming a weapon or its fire (data: weapon_nouns; weapon_fire_nouns with one of
        fire_weapons): "an explosive device", "shells", "artillery fire"; no disaster or accident."""
        if n.pos_ not in {"NOUN", "PROPN"}:
            return False
        lemma = n.lemma_.lower()
        if lemma not in self.words.weapon_nouns and lemma not in self.words.weapon_fire_nouns:
            return False  # the cheap test first: this runs on every noun of an article
        if {t.lower_ for t in n.subtree} & self.words.spent_weapon_marks or \
                any(t.lower_ == "war" and t.nbor(1).lower_ in {"ii", "i", "2"} for t in n.subtree if t.i + 1 < len(t.doc)):
            return False  # "an unexploded shell", "a World War II bomb": an accident
        if self._weapon_fire(n):
            return True
        return n.lemma_.lower() in self.words.weapon_nouns and not self._is_disaster(n)

    def _weapon_code(self, weapon: Token, verb: Token) -> str:
        """The kind of attack a weapon names (data: weapon_codes; suicide_marks and bomb_kinds for a
        bomb), else the verb's own violent code, else an attack (190)."""
        w = self.words
        words = self._weapon_words(weapon)
        if set(words) & w.suicide_marks:
            return "1831"
        if weapon.lemma_.lower() in w.bombing_doers:
            for mark, marked in w.bomb_kinds:
                if mark in words:
                    return marked
        table = dict(w.weapon_codes)
        for word in words:
            if word in table:
                return table[word]
        match = self.code_verb(verb)
        if match is not None and match.code and match.code[:2] in VIOLENT_ROOTS:
            return match.code
        return "190"

    def _struck_weapon(self, verb: Token) -> tuple[Token | None, bool]:
        """The weapon an impact verb tells of, and whether its victims set it off: the verb's subject
        ("artillery fire hit", "shells landed"), the noun a misparsed participle hangs on ("an explosive
        device detonated near a market": no finite verb), or the mine a vehicle struck ("a truck hit a
        landmine", "ran over a mine")."""
        w = self.words
        lemma = verb.lemma_.lower()
        particles = {c.lower_ for c in verb.children if c.dep_ in {"prt", "prep"}}
        needed = dict(w.impact_particles).get(lemma)
        if needed is not None and not particles & needed:
            return None, False
        if lemma in w.impact_verbs:
            subj = [c for c in verb.children if c.dep_ == "nsubj"]
            if subj and self._weapon(subj[0]):
                return subj[0], False
            if not subj and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.dep_ == "ROOT" and \
                    not any(c.dep_ == "agent" for c in verb.children) and self._weapon(verb.head) and \
                    lemma in w.intransitive_impact_verbs:
                return verb.head, False
        if lemma in w.triggering_verbs:
            objects = [c for c in verb.children if c.dep_ == "dobj"] + [
                o for p in verb.children if p.dep_ == "prep" and p.lower_ in w.triggering_preps
                for o in p.children if o.dep_ == "pobj"]
            mines = [o for o in objects if o.lemma_.lower() in w.triggered_weapons
                     and not set(self._weapon_words(o)[1:]) & (w.mine_sites | w.accident_words)]
            subj = [c for c in verb.children if c.dep_ == "nsubj"]
            if mines and not (subj and (self._is_disaster(subj[0]) or subj[0].lemma_.lower() in w.weapon_nouns)):
                return mines[0], True   # "a cyclone hit a coal mine" sets off no weapon
        return None, False

    def _casualties(self, verb: Token, sources: list) -> list[Named]:
        """The people a participle or resultative after the act names as killed or wounded: "...,
        killing 4 soldiers", "..., leaving two policemen dead"."""
        out: list[Named] = []
        for c in verb.children:
            if c.dep_ in {"advcl", "conj", "xcomp"} and c.tag_ == "VBG" and c.lemma_.lower() in self.words.casualty_verbs:
                out.extend(m for o in c.children if o.dep_ == "dobj" for m in self.actors_of(o)
                           if not same_actor(m, sources))
        return dedupe(out)

    def _sentence_country(self, verb: Token) -> str | None:
        """The country where the act happened, else the country of a place the sentence names."""
        from . import places

        loc = places.event_location(verb.sent, verb)
        if loc is not None and loc.country:
            return loc.country
        named = [m for m in self.mentions if verb.sent.start <= m.start < verb.sent.end
                 and m.kind in {"country", "capital"} and m.country]
        return named[0].country if named else None

    def _unknown_attacker(self, verb: Token, at: Token) -> Named:
        """Unidentified armed forces (UAF) of the country where the act happened, as for a weapon with
        no doer (``ImplicitActors._unidentified_attacker``)."""
        country = self._sentence_country(verb)
        m = Mention(start=at.i, end=at.i + 1, text=at.text, code=f"{country or ''}UAF", country=country,
                    sector="UAF", name=UNNAMED_FORCES, kind="agent", head=at.i)
        return Named(m, at.i)

    def _recall_events(self, sent: Span, reporter_of: dict[int, Named], found: list[Candidate]) -> list[Candidate]:
        """The sentence-level rules of conflict reports the clause rules miss (issue 10), each only where
        the sentence has no violent event yet: a weapon that struck (:meth:`_weapon_events`), a toll
        "left N dead" (:meth:`_toll_events`), "came under fire" (:meth:`_under_fire`), an intercepted
        launch (:meth:`_interception`), a gathering to denounce (:meth:`_gathered_to_protest`). They
        may drop the misreadings of ``found`` they replace ("left" as a withdrawal)."""
        out = self._weapon_events(sent, reporter_of, found)
        out += self._toll_events(sent, reporter_of, found, out)
        out += self._under_fire(sent, reporter_of, found, out)
        out += self._interception(sent, reporter_of, found, out)
        out += self._protest_course(sent, reporter_of, [*found, *out])
        out += self._party_course(sent, reporter_of, [*found, *out])
        out += self._owned_course(sent, reporter_of, [*found, *out])
        out += self._meeting_with(sent, reporter_of, [*found, *out])
        out += self._visit_told(sent, reporter_of, [*found, *out])
        out += self._visit_where_acted(found, [*found, *out])
        out += self._backed_forces(sent, reporter_of, [*found, *out])
        out += self._blamed_fighting(sent, reporter_of, [*found, *out])
        out += self._claimed_attack(found, [*found, *out])
        out += self._act_subjects(sent, reporter_of, [*found, *out])
        out += self._toll_relatives(sent, reporter_of, [*found, *out])
        out += self._joint_action(sent, reporter_of, [*found, *out])
        out += self._dispersed_protest(reporter_of, [*found, *out])
        return out + self._gathered_to_protest(sent, [*found, *out])

    def _dispersed_protest(self, reporter_of: dict[int, Named], found: list[Candidate]) -> list[Candidate]:
        """ "Police dispersed a rally by opposition supporters", "a demonstration by students was broken up
        by riot police": a protest noun that a state's forces acted on (a repression act coded on the verb,
        the noun its object or passive subject) was held. Its holders are its own words (a by-phrase, a
        modifier), else the civilians of its country; it is aimed at what "against" names, else their
        government; the repression lands on those holders. The verb's modality."""
        out: list[Candidate] = []
        done = {c.trigger.i for c in found}
        for c in list(found):
            verb = c.trigger
            # force used on it ("dispersed", "broke up": 175), not a ban ("prevented the demonstration": maybe never held)
            if c.nominal or not (c.code == "175" or c.code[:2] in REPRESSION_ROOTS) or c.source is None \
                    or c.source.sector not in STATE_FORCES \
                    or verb.pos_ != "VERB":
                continue
            # (protest44) "broke up a sit-in by relatives" (the parser's proper noun "sit-in"), "nightly protests that
            # police broke up with tear gas" (the protest the relative clause's object stands for)
            acted = [x for x in verb.children if x.dep_ in {"dobj", "nsubjpass"} and (
                x.pos_ == "NOUN" or x.pos_ == "PROPN" and x.text.islower())]
            if verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" and verb.head.i < verb.i and all(
                    x.lower_ in RELATIVE_PRONOUNS for x in acted):
                acted = [verb.head]
            for n in acted:
                if n.i in done or self._is_disaster(n):
                    continue
                match = self.verbs.match_noun(n.lemma_.lower(), [t.lemma_.lower() for t in n.subtree if t.i != n.i])
                if match is None or not match.code or match.code[:2] not in PROTEST_ROOTS:
                    continue
                holders = dedupe([m for x in n.children if x.dep_ in {"amod", "compound", "poss", "nmod"}
                                  for m in self.actors_of(x)] +
                                 [m for q in n.children if q.dep_ == "prep" and q.lower_ == "by"
                                  for o in q.children if o.dep_ == "pobj" for m in self.actors_of(o)])
                holders = [m for m in holders if not same_actor(m, [c.source]) and m.kind not in PLACE_KINDS]
                if not holders:
                    # (protest44) "sparking nightly protests that police broke up": no place named, the protesters are
                    # of the country of the forces that broke the protest up
                    country = self._sentence_country(verb) or c.source.country
                    if not country:
                        continue
                    holders = [Named.agent_at(n, country, "CVL")]
                targets = dedupe([m for q in own_preps(n) if q.lower_ in {"against", "at"} for o in q.children
                                  if o.dep_ == "pobj" for m in self.actors_of(o) if not same_actor(m, holders)])
                targets = targets or self._domestic_default(match.code, holders)
                mod, governor = modality.of(verb)
                if mod == modality.NEGATED and not no_det(n):
                    mod = modality.ASSERTED   # "police did not disperse the vigil": the vigil was held
                ends: list[Named | None] = list(targets) or [None]
                pairs: list[tuple[Named | None, Named | None]] = [(h, t) for h in holders for t in ends]
                out.extend(_nominal_candidates(n, match, pairs, self._reporter(verb, reporter_of), mod, governor))
                done.add(n.i)
                if c.target is None or (c.target.country == holders[0].country and c.target.sector != holders[0].sector
                                        and c.target.sector not in self.words.civilian_sectors):
                    c.target = holders[0]   # "police dispersed a rally by opposition supporters": on them
                    c.tokens = evidence(verb, c.source, holders[0])
        return out

    def _joint_action(self, sent: Span, reporter_of: dict[int, Named], found: list[Candidate]) -> list[Candidate]:
        """ "Spanish and Moroccan police dismantled a jihadist cell in a joint operation", "Indonesian and
        Australian investigators worked together on the case": parties of two states acting jointly (an
        adverb or a "joint" operation, data: joint_action_words / joint_operation_nouns) cooperate with each
        other: police and courts judicially (063), armed forces militarily (062); others are not read."""
        out: list[Candidate] = []
        for verb in tokens(sent):
            if verb.pos_ != "VERB" or in_background_clause(verb):
                continue
            joint = [c for c in verb.children if c.dep_ == "advmod" and c.lower_ in self.words.joint_action_words]
            joint += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in {"in", "during", "through"}
                      for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in self.words.joint_operation_nouns
                      and any(a.lower_ == "joint" for a in o.children)]
            if not joint:
                continue
            parties = [m for m in dedupe(self.subjects(verb)[0]) if m.country]
            if len(parties) != 2 or parties[0].country == parties[1].country or any(
                    c.code[:2] == "06" and c.trigger.i in {verb.i, joint[0].i} for c in found):
                continue
            sectors = {m.sector for m in parties}
            if not (sectors <= {"COP", "JUD", "SPY"} or sectors <= {"MIL", "COP"}):
                continue  # "the two leaders walked together into the hall": no joint operation
            code = "063" if sectors <= {"COP", "JUD", "SPY"} else "062"
            mod, governor = modality.of(verb)
            match = VerbMatch(code=code, pattern=f"{verb.lemma_.lower()} {joint[0].lower_}", specificity=1)
            a, b = parties
            out.extend(_nominal_candidates(joint[0], match, [(a, b), (b, a)], self._reporter(verb, reporter_of),
                                           mod, governor))
        return out

    def _act_subjects(self, sent: Span, reporter_of: dict[int, Named], found: list[Candidate]) -> list[Candidate]:
        """ "The assassination of the Haitian president shocked the region", "the killing of a protester by
        police sparked riots": an act noun (data: patient_of_nouns) as the subject of what it caused is an
        event of its own, also when its verb has a code (:meth:`_subject_attack` runs only where it is not)."""
        out: list[Candidate] = []
        for n in tokens(sent):
            if n.dep_ != "nsubj" or n.pos_ != "NOUN" or n.lemma_.lower() not in self.words.patient_of_nouns:
                continue
            verb = n.head
            if verb.pos_ not in {"VERB", "AUX"} or in_background_clause(verb) or any(
                    c.trigger.i == n.i or (c.trigger.i == verb.i and c.code[:2] in VIOLENT_ROOTS) for c in found):
                continue  # "the bombing of the embassy killed 61": the killing verb carries the act already
            # only a past act told as a fact: "the assassination of the president would plunge ..." is none
            out.extend(c for c in self._subject_attack(verb, reporter_of)
                       if c.trigger.i == n.i and c.modality == modality.ASSERTED)
        return out

    def _toll_relatives(self, sent: Span, reporter_of: dict[int, Named], found: list[Candidate]) -> list[Candidate]:
        """(clauses45b) An attack noun whose relative clause tells its toll in the simple past (data: event_cues
        toll_relative_verbs): "opened an inquiry into a U.S. air strike that killed 30 civilians", "fled after a
        shootout that killed a police officer", "apologised for the missile attack, which killed 37 sailors". The
        relative tells the attack as done, as "the air strike killed 30 civilians" does: it is coded from the noun, its
        doer named by its own words or a by-phrase, its target by an on-phrase, else the people it killed. Not a
        war, a fight or a dispute of which the toll sums up a history ("after two years of war that killed
        hundreds of thousands": event_cues conflict_nouns), nor a toll of years, nor an attack only named as the
        object of a criticism or a protest ("condemned the air strike that killed 20": gold README, a nominal act
        that is only the object of a reaction is not coded beside it). Where the sentence tells an accusation or a
        denial (data: event_cues disputed_author_codes) the attack is told with its accused doer, under their
        modality ("Iran denied any role in the drone attack that killed three soldiers"): left to those rules."""
        out: list[Candidate] = []
        w = self.words
        if any(c.code.startswith(tuple(cue("disputed_author_codes"))) for c in found):
            return out   # "denied any role in the drone attack that killed ...": the attack is coded with the accused
        for verb in tokens(sent):
            if verb.dep_ != "relcl" or verb.tag_ != "VBD" or verb.head.pos_ != "NOUN" \
                    or verb.lemma_.lower() not in cue("toll_relative_verbs") | w.casualty_verbs:
                continue
            if any(c.dep_ in {"aux", "auxpass", "neg"} for c in verb.children) or not any(
                    c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in verb.children):
                continue
            victims = [o for d in verb.children if d.dep_ == "dobj" for o in (d, *d.conjuncts)]
            if verb.lemma_.lower() not in cue("toll_relative_verbs") and not any(
                    c.lower_ in w.casualty_states for d in victims for c in d.children) and not any(
                    c.dep_ == "oprd" and c.lower_ in w.casualty_states for c in verb.children):
                continue   # "a siege that left the town in ruins": a resultative toll only ("left 12 dead")
            n = verb.head
            if n.lemma_.lower() in cue("conflict_nouns") or n.dep_ not in {"dobj", "pobj", "nsubjpass"} or any(
                    t.lemma_.lower() in lexicon.words("sense_cues", "distant_time_units") for t in (*n.subtree, n.head)):
                continue
            attack = self._attack_noun(n)
            inside = {t.i for t in n.subtree}
            if attack is None or any(c.trigger.i == n.i or (c.code[:2] in VIOLENT_ROOTS and (
                    c.trigger.i in inside or n.i in c.tokens)) for c in found):
                continue   # coded already ("opened an inquiry into the strike": the inquiry rule codes the strike)
            if self._reaction_object(n):
                continue
            match, sources = attack
            sources = sources or [m for o in doer_phrases(n) for m in self.actors_of(o)]
            sources = sources or [m for o in origin_phrases(n) for m in self.actors_of(o) if m.sector in ARMED_SECTORS]
            sources = dedupe(sources)
            targets = [m for p in own_preps(n) if p.lower_ in cue("impact_preps") for o in p.children
                       if o.dep_ == "pobj" for m in self.actors_of(o) or self._places_of(o, sources)
                       if not same_actor(m, sources)]
            targets = targets or [m for o in victims for m in self.actors_of(o) if not same_actor(m, sources)]
            targets = dedupe(self._localized(verb, targets))
            if not sources and not targets:
                continue
            mod, governor = modality.of(verb)
            sides: list[Named | None] = list(sources) or [None]
            ends: list[Named | None] = list(targets) or [None]
            pairs: list[tuple[Named | None, Named | None]] = [
                (s, t) for s in sides for t in ends
                if not any(c.code[:2] == match.code[:2] and c.target is not None and t is not None
                           and c.target.code == t.code for c in found)]   # the same attack told by another rule
            out.extend(_nominal_candidates(n, match, pairs, self._reporter(verb, reporter_of), mod, governor))
        return out

    def _reaction_object(self, n: Token) -> bool:
        """(clauses45b) ``n`` is the object of a verb of criticism, complaint or protest ("condemned the strike",
        "protested against the raid"), through its preposition (data: event_cues reaction_object_codes; an accusation
        or a blame names the act as done: "blamed the militia for ambushes that killed 24 peacekeepers")."""
        node = n
        if node.dep_ == "pobj" and node.head.dep_ == "prep":
            node = node.head
        gov = node.head
        if gov.i == node.i or gov.pos_ != "VERB":
            return False
        match = self.code_verb(gov)
        return match is not None and bool(match.code) and match.code.startswith(tuple(cue("reaction_object_codes")))

    def _claimed_attack(self, claims: list[Candidate], found: list[Candidate]) -> list[Candidate]:
        """ "The Houthis claimed a drone attack on a tanker", "IS claimed responsibility for the bombing
        of a church": a claim of responsibility (data: claim_codes) says the claimant did the act its
        object names; that act (a violent event noun) is coded from the claimant, aimed at what the noun's
        "on"/"against" phrase names, as factual as the claim. Only where no event of the same root is
        coded on the noun already."""
        out: list[Candidate] = []
        for claim in claims:
            if claim.code not in self.words.claim_codes or claim.source is None or claim.nominal \
                    or claim.modality != modality.ASSERTED:
                continue
            verb = claim.trigger
            objs = [c for c in verb.children if c.dep_ == "dobj"]
            # "claimed responsibility for the attack": the act is the object of "for"
            acts = [o for d in objs for p in d.children if p.dep_ == "prep" and p.lower_ == "for"
                    for o in p.children if o.dep_ == "pobj"]
            acts += [p2 for p in verb.children if p.dep_ == "prep" and p.lower_ == "for" for p2 in p.children
                     if p2.dep_ == "pobj"]   # "took responsibility for" parsed with the verb
            acts += [d for d in objs if d.pos_ == "NOUN"]
            if self._claimed_before(claim, objs, acts, found):
                continue   # "..., and IS claimed the attack": the act told before is the claimant's
            for n in acts:
                if n.pos_ != "NOUN" or self._is_disaster(n):
                    continue
                match = self.verbs.match_noun(n.lemma_.lower(), [t.lemma_.lower() for t in n.subtree if t.i != n.i])
                if (match is None or not match.code) and self._weapon(n):
                    # (fight38) "claimed responsibility for a car bomb that killed 12", "claimed the blast": the
                    # weapon set off stands for its attack, of the kind it names
                    match = VerbMatch(code=self._weapon_code(n, verb), pattern=f"<claimed {n.lemma_.lower()}>",
                                      specificity=1)
                if (match is None or not match.code) and n.lemma_.lower() in cue("claimed_blast_nouns"):
                    match = VerbMatch(code="183", pattern=f"<claimed {n.lemma_.lower()}>", specificity=1)
                if match is None or not match.code or match.code[:2] not in VIOLENT_ROOTS:
                    continue
                if any(c.trigger.i == n.i and c.code[:2] in VIOLENT_ROOTS for c in found):
                    continue
                targets: list[Named] = []
                for q in own_preps(n):
                    if q.lower_ in cue("impact_preps"):
                        for o in q.children:
                            if o.dep_ == "pobj":
                                targets.extend(m for m in self.actors_of(o) or self._places_of(o, [claim.source])
                                               if not same_actor(m, [claim.source]))
                if not targets:
                    # (fight38) "... a car bomb that killed 12 soldiers in Baghdad": whom its toll clause names
                    # as harmed, else where it struck
                    tolls = [c for c in n.children if c.dep_ == "relcl" and c.lemma_.lower() in self.words.casualty_verbs]
                    targets = [m for c in tolls for o in c.children if o.dep_ == "dobj" for m in self.actors_of(o)
                               if not same_actor(m, [claim.source])]
                    targets = targets or [m for c in tolls for q in c.children if q.dep_ == "prep"
                                          and q.lower_ in cue("town_preps") for o in q.children if o.dep_ == "pobj"
                                          for m in self._places_of(o, [claim.source])]
                if not targets and claim.target is not None and not same_actor(claim.target, [claim.source]):
                    targets = [claim.target]
                ends: list[Named | None] = list(dedupe(targets))
                pairs: list[tuple[Named | None, Named | None]] = [(claim.source, t) for t in ends or [None]]
                out.extend(_nominal_candidates(n, match, pairs, claim.reported_by, claim.modality, claim.governor))
        return out

    def _claimed_before(self, claim: Candidate, objs: list[Token], acts: list[Token], found: list[Candidate]) -> bool:
        """ "A car bomb killed 12 people in Quetta, and the BLA claimed the attack" / "claimed it" / "claimed
        responsibility": a claim whose object only points back (a pronoun, "responsibility" for nothing named,
        an act noun with a definite article and no aim of its own) claims the violence told before it in the
        sentence with no doer named. That violence is the claimant's (its source), and the claim is aimed at
        its target. True when such violence was found and given its doer."""
        verb = claim.trigger
        acts = [n for n in acts if n.lemma_.lower() not in cue("claim_nouns")]
        if acts:
            if not all(n.pos_ == "NOUN" and any(d.dep_ == "det" and d.lower_ in cue("back_determiners") for d in n.children)
                       and not any(q.lower_ in cue("impact_preps") for q in own_preps(n)) for n in acts):
                return False
        elif not objs or not all(o.pos_ == "PRON" or o.lemma_.lower() in cue("claim_nouns") for o in objs):
            return False
        done = [c for c in found if c.code[:2] in VIOLENT_ROOTS and c.trigger.i < verb.i
                and c.trigger.sent.start == verb.sent.start and c.modality == modality.ASSERTED
                and (c.source is None or c.source.sector == "UAF")]
        if not done:
            return False
        for c in done:
            c.source = claim.source
            c.tokens = evidence(c.trigger, c.source, c.target)
        if claim.target is None and done[-1].target is not None:
            claim.target = done[-1].target
            claim.tokens = evidence(claim.trigger, claim.source, claim.target)
        return True

    def _blamed_fighting(self, sent: Span, reporter_of: dict[int, Named], found: list[Candidate]) -> list[Candidate]:
        """ "Ecuador and Peru traded accusations over fresh clashes", "blamed each other for the fighting":
        two parties that accuse each other (11x both ways) over a fight named by a noun (between_nouns coded
        19x) fought each other; the fight takes the accusation's modality."""
        out: list[Candidate] = []
        done = {c.trigger.i for c in found}
        for n in tokens(sent):
            if n.pos_ != "NOUN" or n.dep_ != "pobj" or n.i in done or n.head.lower_ not in {"over", "for"} \
                    or n.lemma_.lower() not in self.words.between_nouns:
                continue
            verb = n.head.head
            blame = [(c, c.source, c.target) for c in found if c.trigger.i == verb.i and c.code[:2] == "11"]
            ends = [(c, s, t) for c, s, t in blame if s is not None and t is not None]
            pairs = {(s.code, t.code) for c, s, t in ends}
            mutual = [(c, s, t) for c, s, t in ends if (t.code, s.code) in pairs and s.code != t.code]
            if len(mutual) != 2:
                continue
            match = self.verbs.match_noun(n.lemma_.lower(), [t.lemma_.lower() for t in n.subtree if t.i != n.i])
            if match is None or not match.code or match.code[:2] not in VIOLENT_ROOTS:
                continue
            first = mutual[0][0]
            out.extend(_nominal_candidates(n, match, [(s, t) for c, s, t in mutual],
                                           first.reported_by, first.modality, first.governor))
        return out

    def _protest_course(self, sent: Span, reporter_of: dict[int, Named], found: list[Candidate]) -> list[Candidate]:
        """Protests named as the subject of a verb that tells their course (data: protest_course_verbs,
        protest_course_nouns): "protests continued in Baghdad", "protests over shortages spread". The
        civilians of the country (the noun's own country word, else where it happened) protest against
        what "against" names, else their government; the verb's modality ("did not spread": negated)."""
        w = self.words
        out: list[Candidate] = []
        done = {c.trigger.i for c in found}
        for n in tokens(sent):
            verb = n.head
            if n.pos_ != "NOUN" or n.i in done or n.lemma_.lower() not in w.protest_course_nouns \
                    or self._is_disaster(n):
                continue
            yielders = self._yielded_to(n) if n.dep_ != "nsubj" else None
            misread = yielders is None and self._as_clause_subject(n)
            if yielders is not None:
                verb = yielders[0]
            elif misread:
                verb = n.head.head   # (nouns18) "..., as protests against his bid filled the streets": the parser's
                # "as" preposition is the clause's conjunction; the protests were under way as the main act was done
            elif n.dep_ != "nsubj" or verb.pos_ != "VERB":
                continue
            particle = " ".join(c.lower_ for c in verb.children if c.dep_ == "prt")
            lemma = verb.lemma_.lower()
            if yielders is None and not misread and (
                    f"{lemma} {particle}" if particle else lemma) not in w.protest_course_verbs:
                continue
            if verb.dep_ == "relcl" or any(c.code[:2] in PROTEST_ROOTS and c.source is not None
                                           and c.source.sector == "CVL" for c in [*found, *out]):
                continue
            match = self.verbs.match_noun(n.lemma_.lower(), [t.lemma_.lower() for t in n.subtree if t.i != n.i])
            if match is None or not match.code or match.code[:2] not in PROTEST_ROOTS:
                continue
            own = [m for c in n.children if c.dep_ in {"amod", "compound", "poss", "nmod"} for m in self.actors_of(c)
                   if m.kind in {"country", "capital"} and m.country]
            country = own[0].country if own else next(
                (m.country for m in (yielders[1] if yielders else []) if m.country), None) or \
                self._sentence_country(verb)
            if not country:
                # "Sri Lanka's cabinet resigned as protests spread": the one country the sentence's actors are of
                countries = {m.country for m in self.mentions if sent.start <= m.start < sent.end and m.country}
                country = countries.pop() if len(countries) == 1 else None
            if not country:
                continue
            crowd = Named.agent_at(n, country, "CVL")
            targets = [m for p in own_preps(n) if p.lower_ in {"against", "at"} for o in p.children
                       if o.dep_ == "pobj" for m in self.actors_of(o) if not same_actor(m, [crowd])]
            if yielders is not None and not targets:
                # "the president bowed to protests": aimed at the one who gave way, when a state organ of theirs
                targets = [m for m in yielders[1] if m.country == country and m.sector in STATE_ORGAN_SECTORS]
            targets = dedupe(targets) or self._domestic_default(match.code, [crowd])
            mod, governor = modality.of(verb)
            if yielders is not None and mod != modality.ASSERTED:
                continue   # "refused to bow to the protests", "may yield to protests": told only as cause of no act
            if no_det(n):
                mod = modality.NEGATED   # "no protests broke out"
            reporter = self._reporter(verb, reporter_of)
            nobody: list[Named | None] = [None]
            out += _course_candidates(n, match.code, lemma, [(crowd, t) for t in targets or nobody], reporter, mod,
                                      governor)
        return out

    def _party_course(self, sent: Span, reporter_of: dict[int, Named], found: list[Candidate]) -> list[Candidate]:
        """(carried18) A fight, truce, drills or talks noun (cue party_course_nouns) with no parties of its own, the
        subject of a verb telling its course (cue party_course_verbs: "the ceasefire took effect", "fighting broke
        out along the border", "the drills went ahead", "a truce was agreed"), is the act of the two countries of the
        nearest event of the sentence between two countries ("Kyrgyz and Tajik guards fought ... before a truce was
        agreed"), each side's on the other, with the verb's modality ("the truce could take effect": not asserted)."""
        out: list[Candidate] = []
        done = {c.trigger.i for c in found}
        course = cue("party_course_verbs")
        for n in tokens(sent):
            verb = n.head
            if n.i in done or n.dep_ not in {"nsubj", "nsubjpass"} or verb.pos_ != "VERB" or \
                    not (n.pos_ == "NOUN" or (n.tag_ == "VBG" and n.lower_ == "fighting")) or \
                    n.lemma_.lower() not in cue("party_course_nouns") and n.lower_ not in cue("party_course_nouns"):
                continue
            lemma = verb.lemma_.lower()
            told = _course_told(verb)
            # background ("while talks were continuing"), but a trailing "before" clause tells the later act as done
            # ("fought for days before a truce was agreed")
            later = verb.dep_ == "advcl" and verb.i > verb.head.i and any(
                c.dep_ == "mark" and c.lower_ in cue("later_act_marks") for c in verb.children)
            if not told & course or verb.dep_ == "relcl" or (in_background_clause(verb) and not later):
                continue
            if n.dep_ == "nsubj" and lemma in {"agree", "reach"}:
                continue   # "talks agreed" is no act; "a truce was agreed / reached" is
            # parties of its own ("between Israel and Hamas", "U.S.-brokered", "Gaza talks with Iran"): other rules
            if any(t.i in self.mention_at or t.i in self.pronouns for t in n.subtree) or \
                    any(c.dep_ == "prep" and c.lower_ in {"between", "with"} for c in [*n.children, *verb.children]) \
                    or self._hyphened_pair(n):
                continue
            word = n.lemma_.lower() if n.pos_ == "NOUN" else n.lower_
            match = self.verbs.match_noun(word, [t.lemma_.lower() for t in n.subtree if t.i != n.i])
            if (match is None or not match.code) and any(c.lower_ in cue("back_determiners") for c in n.children):
                # "threatened to end joint exercises with the US, but the drills went ahead": "the drills" points back
                # to the sentence's earlier noun of its kind, with that noun's words
                for prior in tokens(sent):
                    if prior.i >= n.i or prior.pos_ != "NOUN" or prior.lemma_.lower() not in cue("party_course_nouns"):
                        continue
                    mods = [w.lemma_.lower() for w in prior.subtree if w.i != prior.i]
                    before = self.verbs.match_noun(prior.lemma_.lower(), mods)
                    again = self.verbs.match_noun(word, mods)
                    if before is not None and again is not None and before.code and before.code == again.code:
                        match = again
            if match is None or not match.code:
                continue
            sides = [c for c in found if c.source is not None and c.target is not None and c.trigger.sent == sent
                     and c.source.country and c.target.country and c.source.country != c.target.country]
            if not sides:
                continue
            near = min(sides, key=lambda c: abs(c.trigger.i - n.i))
            a, b = (m.changed(code=m.country, sector=None, name=None, kind="country")
                    for m in (near.source, near.target) if m is not None)
            mod, governor = modality.of(verb)
            if no_det(n):
                mod = modality.NEGATED   # "no fighting broke out"
            reporter = self._reporter(verb, reporter_of)
            out += _course_candidates(n, match.code, lemma, [(a, b), (b, a)], reporter, mod, governor)
        return out

    def _owned_course(self, sent: Span, reporter_of: dict[int, Named], found: list[Candidate]) -> list[Candidate]:
        """(nouns19) An event noun whose own words name its doer ("the EU's price cap on Russian oil", "new U.S.
        sanctions against Iran", "British military aid to Kyiv"), the subject of a verb telling its course (cue
        party_course_verbs: "came into force", "took effect", "resumed", "went ahead"), is that doer's act, aimed at
        what the noun's own target phrase names, with the verb's modality ("will take effect next month": not yet).
        A fight, truce or meeting noun is left to the rules of its parties (_between_events, _party_course)."""
        out: list[Candidate] = []
        done = {c.trigger.i for c in found}
        course = cue("party_course_verbs") - {"agree", "reach"}
        for n in tokens(sent):
            verb = n.head
            # (violence53) an attack gerund the tagger read as a verb ("as Russian shelling/VBG of both cities went on")
            gerund = n.pos_ == "VERB" and n.tag_ == "VBG" and n.lower_ in cue("attack_gerunds")
            # (econ54) an owned sanction told as imposed again in the passive ("UN sanctions on Iran were reimposed",
            # cue owned_imposed_verbs) is imposed by its owner, as one that "came back into force"
            imposed = n.dep_ == "nsubjpass" and verb.lemma_.lower() in cue("owned_imposed_verbs")
            if n.i in done or (n.dep_ != "nsubj" and not imposed) or (n.pos_ != "NOUN" and not gerund) \
                    or verb.pos_ != "VERB" or no_det(n) or {n.lemma_.lower(), n.lower_} & (
                        self.words.between_nouns | self.words.meeting_between_nouns | cue("party_course_nouns")):
                continue
            if (not imposed and not _course_told(verb) & course) or verb.dep_ == "relcl":
                continue
            if n.i in self.mention_at or any(c.dep_ in {"xcomp", "ccomp"} for c in verb.children):
                continue   # "Russian peacekeepers began pulling out": an actor word, and the verb's own act below
            match = self.verbs.match_noun(n.lower_ if gerund else n.lemma_.lower(),
                                          [t.lemma_.lower() for t in n.subtree if t.i != n.i])
            if match is None or not match.code or match.code.startswith("---") or (imposed and match.code != "163"):
                continue
            if in_background_clause(verb) and not (match.code[:2] in VIOLENT_ROOTS and _concurrent_course(verb)):
                continue
            sources = dedupe([m for c in n.children if c.dep_ in {"amod", "compound", "poss", "nmod"} and c.pos_ != "PRON"
                              for m in self.actors_of(c)] + [
                m for q in n.children if q.dep_ == "prep" and q.lower_ == "by" for o in q.children if o.dep_ == "pobj"
                for m in self.actors_of(o)])
            if not sources:
                continue
            targets = dedupe([m for q in own_preps(n) if q.lower_ in cue("impact_preps") | cue("recipient_preps")
                              for o in q.children if o.dep_ == "pobj"
                              for m in self.actors_of(o) or self._places_of(o, sources) if not same_actor(m, sources)])
            mod, governor = modality.of(verb)
            ends: list[Named | None] = list(targets) or [None]
            out.extend(_nominal_candidates(n, match, [(s, t) for s in sources for t in ends],
                                           self._reporter(verb, reporter_of), mod, governor))
        return out

    def _visit_where_acted(self, acts: list[Candidate], found: list[Candidate]) -> list[Candidate]:
        """(visits39) A named leader's words (cue visit_place_roots) addressed to the host in the host's own land,
        named by the verb's place phrase: "Senegal's Macky Sall asked Putin in Sochi to free up grain exports" is also
        Sall's visit to Russia (042, done), as the gold README's "arrived in Moscow for talks with Gorbachev". Only a
        person named in the actor dictionary (an envoy posted there is no visitor), an act told as done, and a pair
        no 04 event tells yet."""
        out: list[Candidate] = []
        told = {(c.source.country, c.target.country) for c in found
                if c.code[:2] == "04" and c.source is not None and c.target is not None}
        for c in acts:
            s, t, verb = c.source, c.target, c.trigger
            if s is None or t is None or c.nominal or c.modality != modality.ASSERTED or verb.pos_ != "VERB" \
                    or c.code[:2] not in cue("visit_place_roots") or s.kind != "person" or s.sector != "GOV" \
                    or not s.country or not t.country or s.country == t.country or (s.country, t.country) in told:
                continue
            # the host is named apart from the place ("appealed for calm in Armenia" names no host there)
            places = [m for m in self._venue_places(verb, [s]) if m.country == t.country and m.word != t.word]
            if not places:
                continue
            told.add((s.country, t.country))
            visit = Candidate(trigger=verb, code="042", pattern="<visit where acted>", source=s, target=places[0],
                              reported_by=c.reported_by, modality=modality.ASSERTED, governor=c.governor)
            visit.tokens = evidence(verb, s, places[0])
            out.append(visit)
        return out

    def _visit_told(self, sent: Span, reporter_of: dict[int, Named], found: list[Candidate]) -> list[Candidate]:
        """(recall28) A visit told as past in a phrase of time (cue visit_sequel_preps: "China staged drills after Nancy
        Pelosi's visit to Taipei", "recalled its envoy following a visit by the French foreign minister to Chad")
        with its own visitor (a possessive, a "by" or "of" phrase) and its own destination (a "to" phrase) is that
        visit, 042, done: whatever the clause it dates tells, the visit before it took place. A phrase of a clause
        still ahead ("will sign the deal after a visit to Tokyo") is left alone, as is a visit with no visitor or no
        destination of its own (the clause's subject may be neither)."""
        out: list[Candidate] = []
        for n in tokens(sent):
            p = n.head
            if n.pos_ != "NOUN" or n.dep_ != "pobj" or n.lemma_.lower() not in cue("told_visit_nouns") \
                    or p.dep_ != "prep" or p.lower_ not in cue("visit_sequel_preps") or no_det(n):
                continue
            verb = p.head
            while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
                verb = verb.head
            if verb.pos_ not in {"VERB", "AUX"} or _ahead(verb) or modality.of(verb)[0] not in {
                    modality.ASSERTED, modality.NEGATED}:
                continue
            # "Speaking in Hanoi after his visit to Pyongyang, Putin warned ...": a pronoun's visit is the dated
            # clause's own subject's (its referent may come after it), never a guess from an earlier sentence
            owner = (self.subjects(verb)[0] if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in n.children)
                     else self._possessor(n))
            visitors = owner + [m for q in n.children if q.dep_ == "prep" and q.lower_ in {"by", "of"}
                                for o in q.children if o.dep_ == "pobj" for m in self.actors_of(o)]
            visitors = dedupe(visitors)
            if not visitors:
                continue
            targets = dedupe([m for q in n.children if q.dep_ == "prep" and q.lower_ == "to"
                              for o in q.children if o.dep_ == "pobj"
                              for m in self._places_of(o, visitors) or self.actors_of(o) if not same_actor(m, visitors)])
            if not targets and not any(q.dep_ == "prep" and q.lower_ == "to" for q in n.children):
                targets = self._visited_by_clause(verb, visitors)
            if not targets:
                continue
            # a capital visited is its country, not its government ("Pelosi's visit to Taipei": TWN)
            targets = [m.changed(code=m.country, sector=None, name=None, kind="country")
                       if m.kind == "capital" and m.country else m for m in targets]
            match = self.verbs.match_noun(n.lemma_.lower(), [])
            if match is None or match.code != "042":
                continue
            pairs = untold_pairs(found, lambda code: code[:2] == "04", visitors, targets)
            out.extend(_nominal_candidates(n, match, pairs, self._reporter(verb, reporter_of), modality.ASSERTED, None))
        return out

    def _visited_by_clause(self, verb: Token, visitors: list[Named]) -> list[Named]:
        """(consult42) The country a visit with no destination of its own went to, told by the clause it dates: the
        place of the clause ("signed a declaration in Asmara after Abiy's visit": ERI), else the country of the clause's
        subject when it acts on the visitor's country ("Chad ended its accord with France hours after a visit by the
        French foreign minister": TCD). Nothing when the clause names none, or more than one."""
        own = {m.country for m in visitors if m.country}
        if not own:
            return []
        places = [m for m in self._venue_places(verb, visitors) if m.country and m.country not in own
                  and m.word is not None and word_at(self.doc, m.word).head.lower_ == "in"]   # not "fired at X"
        if places:
            return places[:1]
        # the host acts on the visitor's country: its subject is of another country, and the clause's object or
        # partner is of the visitor's ("China staged drills around Taiwan after Pelosi's visit" names no host)
        subjects = self.subjects(verb)[0]
        partners = [m for c in verb.children if c.dep_ in {"dobj", "dative"} or c.dep_ == "prep" and c.lower_ == "with"
                    for t in c.subtree if t.i in self.mention_at for m in [Named(self.mention_at[t.i], t.i)]]
        others = {m.country for m in subjects if m.country}
        if len(others) != 1 or others & own or not any(m.country in own for m in partners):
            return []
        country = others.pop()
        m = next(m for m in subjects if m.country == country)
        return [m.changed(code=country, sector=None, name=None, kind="country")]

    def _backed_forces(self, sent: Span, reporter_of: dict[int, Named], found: list[Candidate]) -> list[Candidate]:
        """(recall28) Forces "backed by" another's means of war (a participle of cue backing_participles on the forces,
        its agent a noun of cue backing_means_nouns whose own words name its owner: "forces loyal to Hadi backed by
        Emirati armour", "Kurdish fighters backed by coalition air power", "backed by French and U.N. helicopters")
        fight with that owner's help: military cooperation (062) from the owner to the forces, as factual as the
        clause the forces act in. A backer named alone ("rebels backed by Rwanda": money, arms or troops) is left to
        the other rules."""
        out: list[Candidate] = []
        for v in tokens(sent):
            if v.lemma_.lower() not in cue("backing_participles") or v.tag_ != "VBN" or v.dep_ != "acl" \
                    or v.head.pos_ not in {"NOUN", "PROPN"}:
                continue
            head = v.head
            if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ == "ADJ" \
                    and head.head.head.dep_ == "amod":
                head = head.head.head.head   # "forces loyal to Ouattara, backed by ...": the forces
            backed = [m for m in self.actors_of(head) if m.sector in ARMED_SECTORS | STATE_FORCES]
            if not backed:
                continue
            backers: list[Named] = []
            fighters: list[tuple[Named, str]] = []
            for a in (c for c in v.children if c.dep_ == "agent"):
                for o in (p for p in a.children if p.dep_ == "pobj"):
                    for n in (o, *o.conjuncts):
                        lemma = n.lemma_.lower()
                        if lemma not in cue("backing_means_nouns") | cue("backing_force_nouns"):
                            continue
                        owners = [m for c in n.children if c.dep_ in {"amod", "compound", "poss", "nmod"}
                                  for x in (c, *c.conjuncts) for m in self.actors_of(x)]
                        if lemma in cue("backing_means_nouns"):
                            backers += owners
                            continue
                        # strikes or troops: the owner's own fighting ("air strikes" 195, troops 190)
                        m = self.verbs.match_noun(lemma, [t.lemma_.lower() for t in n.subtree if t.i != n.i])
                        code = m.code if m is not None and m.code and m.code[:2] == "19" else "190"
                        fighters += [(w, code) for w in owners]
            alien = [m for m in dedupe(backers + [w for w, _ in fighters]) if not same_actor(m, backed)
                     and not any(m.country and m.country == b.country for b in backed)]
            backers = [m for m in dedupe(backers) if any(m.same(a) for a in alien)]
            if not alien:
                continue
            clause = head.head if head.dep_ in SUBJECTS and head.head.pos_ in {"VERB", "AUX"} else None
            mod, governor = modality.of(clause) if clause is not None else (modality.ASSERTED, None)
            if clause is not None:
                # the backer fights the foe of the forces' own violent act in the clause
                foes = dedupe([c.target for c in found if c.trigger.i == clause.i and c.code[:2] in VIOLENT_ROOTS
                               and c.target is not None and c.source is not None
                               and same_actor(c.source, backed)])
                for w, code in fighters:
                    if any(w.same(a) for a in alien):
                        out.extend(_nominal_candidates(v, VerbMatch(code=code, pattern=f"<{v.lemma_.lower()} by> <force>",
                                                                    specificity=2),
                                                       [(w, f) for f in foes if not same_actor(f, [w])],
                                                       self._reporter(v, reporter_of), mod, governor))
            match = VerbMatch(code="062", pattern=f"<{v.lemma_.lower()} by> <means>", specificity=2)
            pairs = untold_pairs(found, lambda code: code[:2] == "06", backers, backed)
            out.extend(_nominal_candidates(v, match, pairs, self._reporter(v, reporter_of), mod, governor))
        return out

    @staticmethod
    def _as_clause_subject(n: Token) -> bool:
        """(nouns18) A bare plural protest noun the parser hung as the object of "as" on a verb is the subject of
        an "as" clause whose verb it misread ("cut the internet as protests over her death spread", "..., as
        protests against his bid filled the streets"); not "as a protest" (why one acted), nor the complement
        of a verb that names or regards ("dismissed the rallies as protests by a fringe": data as_complement_verbs)."""
        if n.dep_ != "pobj" or n.head.lower_ != "as" or n.head.dep_ != "prep" or n.tag_ != "NNS":
            return False
        verb = n.head.head
        return verb.pos_ == "VERB" and verb.lemma_.lower() not in cue("as_complement_verbs") | cue(
            "labelling_verbs") and not any(c.dep_ in {"det", "poss", "nummod"} for c in n.children)

    def _meeting_with(self, sent: Span, reporter_of: dict[int, Named], found: list[Candidate]) -> list[Candidate]:
        """(nouns17b) A meeting noun (meeting_between_nouns) in a phrase telling where or while the clause's act
        was done, with its partner in a "with" phrase: "accepted the terms at a meeting with US commanders",
        "announced the reform during talks with Milei", "in a tent meeting with Schwarzkopf" ("in" only with "a":
        "in the talks with" are talks under way, not the occasion): the clause's
        subject met the partner, as the clause tells (its modality). A meeting told for a purpose ("arrived for
        talks with") or ahead is not coded here."""
        out: list[Candidate] = []
        done = {c.trigger.i for c in found}
        verb: Token | None
        for n in tokens(sent):
            prep = n.head
            ending = _ending_participle(n)
            if ending is not None and n.i not in done and n.lemma_.lower() in self.words.meeting_between_nouns:
                # (coop35) "A and B signed an accord, ending two months of talks": the talks the clause's act ended
                # were held, as talks "after" which it was done
                verb, prep = ending.head, ending
            elif n.pos_ != "NOUN" or n.dep_ != "pobj" or n.i in done or \
                    prep.lower_ not in cue("meeting_occasion_preps") or \
                    n.lemma_.lower() not in self.words.meeting_between_nouns or no_det(n):
                continue
            else:
                verb = _occasion_verb(prep)
            if verb is None or in_background_clause(verb):
                continue
            if prep.lower_ == "in" and not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in n.children):
                continue  # "agreed to mediation in the talks with": the talks under way, not the occasion
            partners = dedupe([m for q in n.children if q.dep_ == "prep" and q.lower_ == "with"
                               for o in q.children if o.dep_ == "pobj"
                               for c in [o, *o.conjuncts] for m in self.actors_of(c)])
            subjects = list(self.subjects(verb)[0])
            doers = subjects
            if not partners:
                # (newest21b) the two parties named with the meeting ("after talks between Russia and Ukraine"), else
                # the two subjects that acted together at it ("Colombia and the ELN agreed to a truce at talks in
                # Havana"): each met the other. Not three or more (a summit of many is no meeting of each pair), nor
                # where the act is aimed at another party ("restored ties with Qatar at a Gulf summit")
                between = self._between_parties(n)
                doers = between if len(between) == 2 else subjects if len(subjects) == 2 and not self._third_party(
                    verb, subjects, prep) else []
                partners = doers
            told_at = n.lemma_.lower() in self.words.told_at_meeting_nouns and prep.lower_ in {"at", "during"} \
                and verb.lemma_.lower() in self.cues.reporting \
                and not any(c.dep_ == "prep" and c.lower_ == "of" for c in n.children)   # "a meeting of the cabinet"
            if not partners and len(subjects) == 1 and (n.lemma_.lower() in self.words.call_nouns or told_at) and (
                    (said := self.code_verb(verb)) is None or not said.code or said.code[:2] <= "13"):
                # (verbal29) a call with no partner of its own is one with whom the clause's act was done, its object:
                # "told Trump in a phone call that", "warned Putin in a video call", "apologised to Aliyev in a phone call"
                # (consult42) and so are talks or a meeting at which one told another something: "Gorbachev told Kohl
                # at talks in the Caucasus that a united Germany could join NATO"
                objs = [o for o in verb.children if o.dep_ in {"dobj", "dative"}] + [
                    o for q in verb.children if q.dep_ == "prep" and q.lower_ == "to" for o in q.children
                    if o.dep_ == "pobj"]
                partners = dedupe([m for o in objs for m in self.actors_of(o)
                                   if not (told_at and m.sector in cue("told_at_meeting_excluded_sectors"))])   # "told reporters at talks"
                doers = subjects
            mutual = partners is doers  # same object: not a token (one list read as both sides of the meeting)
            if not partners or not doers or (not mutual and any(same_actor(d, partners) for d in doers)):
                continue
            match = self.verbs.match_noun(n.lemma_.lower(), [t.lemma_.lower() for t in n.subtree if t.i != n.i])
            if match is None or not match.code or match.code[:2] != "04":
                continue
            # "declined to endorse the pact at a meeting with": the meeting is as the governing clause tells
            clause = verb
            while clause.dep_ == "xcomp" and clause.head.pos_ in {"VERB", "AUX"}:
                clause = clause.head
            mod, governor = modality.of(clause)
            if (prep.lower_ == "after" or ending is not None) and (_ahead(verb) or _ahead(clause)):
                continue   # "hope to reach a deal after a meeting with the rebels": a meeting yet to come
            if (prep.lower_ in {"after", "during"} or ending is not None) and not _ahead(verb) and not _ahead(clause):
                # (newest21b) "would scale back its forces after talks in Istanbul", "said they were not considering
                # a truce during peace talks with": what came after or during the talks may be promised or
                # refused, the talks themselves were held
                mod, governor = "asserted", None
            if mod == modality.NEGATED and prep.lower_ in {"at", "in"} and not _ahead(verb) and not _ahead(clause):
                # (modality38) "no agreement was reached at the talks between Armenia and Azerbaijan", "did not sign
                # the accord at the meeting with": what was not done there is negated, the meeting was held
                mod, governor = "asserted", None
            pairs: list[tuple[Named | None, Named | None]]
            if mutual:
                pairs = [(d, p) for d in doers for p in doers if d.code != p.code]
            else:
                pairs = [(d, p) for d in doers for p in partners]
                if match.code[:2] not in ONE_WAY_MEETING_ROOTS:
                    pairs += [(p, d) for d in doers for p in partners]
            out.extend(_nominal_candidates(n, match, pairs, self._reporter(verb, reporter_of), mod, governor))
        return out

    def _between_parties(self, tok: Token) -> list[Named]:
        """The actors after "between" in the phrase of ``tok`` ("talks between Armenia and Azerbaijan"), not
        its places ("between Russian forces in Kursk"), but "of" ("between the leaders of India and Pakistan")."""
        out: list[Named] = []
        for p in tok.subtree:
            if p.dep_ == "prep" and p.lower_ == "between":
                here: list[Named] = []
                for o in (o for o in p.children if o.dep_ == "pobj"):
                    skip = {t.i for c in o.children if c.dep_ == "prep" and c.lower_ != "of" for t in c.subtree}
                    for t in (t for t in o.subtree if t.i not in skip):
                        found = self.mentions_at(t.i)
                        here.extend(Named(m, t.i) for m in found)
                # (verbal53) "talks between their foreign secretaries", "between the two countries"
                out.extend(self._two_sides_between(p, dedupe(here)))
        return dedupe(out)

    def _third_party(self, verb: Token, subjects: list[Named], occasion: Token) -> bool:
        """(newest21b) The clause of ``verb`` names an actor besides its ``subjects`` (outside the phrase of
        ``occasion``): its act is aimed at that party ("restored ties with Qatar at a summit"). (wire41) Not an actor
        only in what they said ("Bush and Gorbachev declared at a summit in Helsinki that Iraq must withdraw": they
        met, whatever they said of Iraq)."""
        skip = {t.i for t in occasion.subtree} | {t.i for c in verb.children if c.dep_ in SUBJECTS | {"ccomp"}
                                                   for t in c.subtree}
        codes = {m.code for m in subjects}
        return any(m.code not in codes for t in verb.subtree if t.i not in skip and t.i in self.mention_at
                   for m in [self.mention_at[t.i]])

    def _yielded_to(self, n: Token) -> tuple[Token, list[Named]] | None:
        """(nouns17b) The verb of giving way (data: protest_yield_verbs) whose "to" phrase names ``n``, alone or as
        what a noun of length or amount is of ("bowed to weeks of street protests", "gave in to a wave of
        strikes"), with the ones who gave way (its subject; a participle's clause subject: "..., bowing to
        protests"). None when ``n`` is not there."""
        anchor = n
        while anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and anchor.head.head.pos_ == "NOUN":
            anchor = anchor.head.head
        prep = anchor.head
        if anchor.dep_ != "pobj" or prep.lower_ != "to" or prep.dep_ != "prep":
            return None
        verb = prep.head
        if verb.pos_ != "VERB" or in_background_clause(verb):
            return None
        # "caved in to": the particle may be read as a preposition with no object
        particle = " ".join(c.lower_ for c in verb.children if c.i < prep.i and (
            c.dep_ == "prt" or (c.dep_ == "prep" and not any(True for _ in c.children))))
        lemma = verb.lemma_.lower()
        if (f"{lemma} {particle}" if particle else lemma) not in self.words.protest_yield_verbs:
            return None
        yielders = list(self.subjects(verb)[0])
        if not yielders and verb.tag_ == "VBG" and verb.dep_ in {"advcl", "conj", "xcomp"} and \
                verb.head.pos_ in {"VERB", "AUX"}:
            yielders = list(self.subjects(verb.head)[0])
        return verb, yielders

    def _weapon_events(self, sent: Span, reporter_of: dict[int, Named], found: list[Candidate]) -> list[Candidate]:
        """A weapon that struck, with no attacker as the subject (issue 10): "artillery fire hit the
        outskirts of Bakhmut" (194), "mortar rounds fired by Al Shabaab landed near the palace", "an
        explosive device detonated near a market" (183), "a vehicle hit a landmine, killing 3
        passengers" (183). The attacker is named by the weapon's own words or a by-/from-phrase, else
        unidentified armed forces; the target is what was hit, else the casualties, else the place.
        Only where the sentence has no violent event yet; a mine set off replaces the vehicle's "hit"."""
        out: list[Candidate] = []
        for verb in tokens(sent):
            cause_of_harm = verb.dep_ == "advcl" and verb.head.lemma_.lower() in self.words.harm_verbs and \
                not in_background_clause(verb.head)   # "were killed as artillery fire hit their base"
            if verb.pos_ != "VERB" or (in_background_clause(verb) and not cause_of_harm):
                continue
            weapon, triggered = self._struck_weapon(verb)
            if weapon is None:
                continue
            if not triggered and any(o.lemma_.lower() in self.words.harmless_landing for p in verb.children
                                     if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"):
                continue  # "a missile landed in the sea off Japan": a test or a stray, no attack
            if triggered:
                found[:] = [c for c in found if c.trigger.i != verb.i]
            if any(c.code[:2] in VIOLENT_ROOTS for c in [*found, *out]):
                continue
            code = "183" if triggered else self._weapon_code(weapon, verb)
            if triggered:
                for mark, marked in self.words.bomb_kinds:
                    if mark in self._weapon_words(weapon):
                        code = marked
            sources: list[Named] = []
            if not triggered:
                owners = [m for c in weapon.children if c.dep_ in {"amod", "compound", "poss", "nmod"}
                          for m in self.actors_of(c)]
                sources = [m for m in owners if m.kind in {"country", "capital"} or m.sector in ARMED_SECTORS
                           or m.sector in STATE_ORGAN_SECTORS]
                if owners and not sources:
                    continue  # "a SpaceX rocket exploded": a business's rocket is no weapon
                sources = sources or self._launcher(weapon)
                sources += [m for p in weapon.children if p.dep_ == "prep" and p.lower_ in {"from", "by"}
                            for o in p.children if o.dep_ == "pobj" for m in self.actors_of(o)]
            sources = dedupe(sources) or [self._unknown_attacker(verb, weapon)]
            victims = self._casualties(verb, sources)
            if cause_of_harm:
                victims += [m for c in verb.head.children if c.dep_ in {"nsubjpass", "nsubj"}
                            for m in self.actors_of(c) if not same_actor(m, sources)]
            if triggered:
                targets = [m for c in verb.children if c.dep_ == "nsubj" for m in self.actors_of(c)] or victims
            else:
                targets = [m for m in self.targets(verb, False, sources, code) if m.sector or m.kind == "person"]
                targets = targets or victims or self.targets(verb, False, sources, code)
            targets = self._localized(verb, targets)
            if sources[0].sector == "UAF" and sources[0].country is None:
                # "shells landed on a camp for displaced people near Goma": the victims' country
                country = next((t.country for t in targets if t.country), None)
                if country:
                    sources = [sources[0].changed(country=country, code=f"{country}UAF")]
            if not targets:
                country = sources[0].country if sources[0].sector == "UAF" else None
                from . import places

                loc = places.event_location(verb.sent, verb)
                if loc is not None and loc.country and loc.country != country or sources[0].sector == "UAF":
                    country = loc.country if loc is not None else None
                if country:
                    targets = [Named.country_at(weapon, country)]
            mod, governor = modality.of(verb)
            if no_det(weapon):
                mod = modality.NEGATED  # "no shells landed on the camp"
            reporter = self._reporter(verb, reporter_of)
            ends: list[Named | None] = list(targets) or [None]
            for s in sources:
                for t in ends:
                    if t is not None and same_actor(t, [s]):
                        continue
                    source = None if self._unnamed_attacker(s, code) else s
                    out.append(_verb_candidate(verb, code, f"<weapon {verb.lemma_.lower()}>", source, t,
                                               reporter, mod, governor))
        return out

    def _gathered_to_protest(self, sent: Span, found: list[Candidate]) -> list[Candidate]:
        """ "Hundreds of women gathered in Bukavu to denounce insecurity": civilians who gather (data:
        assembly_verbs) for a denunciation or a demand (assembly_purpose_roots) demonstrate (141), aimed
        at whom the purpose names, else their own state; as factual as the gathering ("did not gather")."""
        w = self.words
        out: list[Candidate] = []
        for verb in tokens(sent):
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in w.assembly_verbs or in_background_clause(verb):
                continue
            purposes = {c.i for c in verb.children if c.dep_ in {"advcl", "xcomp"}
                        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)}
            for cand in [c for c in found if c.trigger.i in purposes and c.code[:2] in w.assembly_purpose_roots]:
                s = cand.source
                if s is None or s.sector not in w.civilian_sectors or any(
                        c.code[:2] in PROTEST_ROOTS and c.source is s for c in [*found, *out]):  # same object: not a token
                    continue
                targets = [cand.target] if cand.target is not None else self._domestic_default("141", [s])
                mod, governor = modality.of(verb)
                for t in targets or [None]:
                    protest = Candidate(trigger=verb, code="141", pattern=f"<{verb.lemma_.lower()} to protest>", source=s,
                                        target=t, reported_by=cand.reported_by, modality=mod, governor=governor)
                    protest.tokens = evidence(verb, s, t)
                    out.append(protest)
        return out

    def _interception(self, sent: Span, reporter_of: dict[int, Named], found: list[Candidate],
                      new: list[Candidate]) -> list[Candidate]:
        """ "Saudi air defences intercepted a drone launched by the Houthis": the launcher's attack on the
        defender's country (``ImplicitActors._intercepted_launch``), of the kind the weapon names, when
        the interception verb codes no violence of its own ("intercepted" a weapon is no act). ONE craft of
        another state ("Russian jets intercepted a US drone", ``ImplicitActors.intercepted_craft``) is
        the interceptor's force (190) against its owner."""
        out: list[Candidate] = []
        if any(c.code[:2] in VIOLENT_ROOTS for c in [*found, *new]):
            return out
        for verb in tokens(sent):
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in cue("interception_verbs") or in_background_clause(verb):
                continue
            sources, passive, _ = self.subjects(verb)
            weapons = [c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj") and self._weapon(c)]
            launch = self._intercepted_launch(verb, sources) if weapons and not passive else None
            owners = [m for w in weapons for m in self.intercepted_craft(w, sources)]
            if launch is None and owners:
                # "Russian jets intercepted a US drone": the interceptor's force against the craft's owner
                launch, code, label = (sources, owners[:1]), "190", "<intercepted craft>"
            elif launch is None:
                # (violence50) weapons a state's forces intercepted, their launcher named nowhere ("Iraqi border
                # guards intercepted a rocket fired from across the border", "police intercepted two drones loaded
                # with explosives"): the attack was made, by no one named, on the defenders' country (gold README:
                # an unattributed attack has no source; the interception is no act of the defender)
                defenders = [m for m in sources if m.country]
                mod, governor = modality.of(verb)
                if passive or not weapons or len({m.country for m in defenders}) != 1 or mod != modality.ASSERTED \
                        or verb.dep_ == "pcomp":
                    continue   # ("accused Algeria of shooting down a Malian drone": the accusation alone)
                out.append(_verb_candidate(verb, self._weapon_code(weapons[0], verb), "<intercepted, no launcher>",
                                           None, _as_place(defenders[0]), self._reporter(verb, reporter_of), mod,
                                           governor))
                continue
            else:
                code, label = self._weapon_code(weapons[0], verb), "<intercepted launch>"
            launchers, targets = launch
            mod, governor = modality.of(verb)
            reporter = self._reporter(verb, reporter_of)
            for s in launchers:
                for t in targets or [None]:
                    out.append(_verb_candidate(verb, code, label, s, t, reporter, mod, governor))
        return out

    def _under_fire(self, sent: Span, reporter_of: dict[int, Named], found: list[Candidate],
                    new: list[Candidate]) -> list[Candidate]:
        """ "A patrol came under fire near Kidal", "the convoy came under rocket fire from Russian
        positions" (data: under_fire_verbs, under_fire_nouns): the subject (or its place) is attacked by the "from"
        phrase, else by unidentified armed forces; the kind from the weapon named, else 190."""
        out: list[Candidate] = []
        w = self.words
        if any(c.code[:2] in VIOLENT_ROOTS for c in [*found, *new]):
            return out
        political = w.leader_sectors   # a political body "came under fire" from critics
        for verb in tokens(sent):
            lemma = verb.lemma_.lower()
            if verb.pos_ != "VERB" or lemma not in w.under_fire_verbs | w.suffering_verbs or in_background_clause(verb):
                continue
            nouns = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "under"
                     for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in w.under_fire_nouns]
            if lemma in w.suffering_verbs:
                # (fight38) "the town suffered heavy shelling by government troops": the object is the attack suffered
                nouns = [o for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() in w.under_fire_nouns]
            subj = [c for c in verb.children if c.dep_ == "nsubj"]
            if not nouns or not subj:
                continue
            n = nouns[0]
            targets = self._localized(verb, [m for m in self.actors_of(subj[0])])
            if not targets:
                targets = self._places_of(subj[0], [])   # (fight38) "Kherson came under Russian shelling": the town's
            if not targets and (country := self._sentence_country(verb)):
                # "the police station came under attack in Kandahar": the place's country
                targets = [Named.country_at(subj[0], country)]
            # (fight38) "came under a barrage of rockets fired from Lebanon": the weapons the noun counts and the
            # participle that fired them name the doer too
            holders = [n, verb, *of_nouns(n)]
            holders += [a for h in (n, *of_nouns(n)) for a in h.children if a.dep_ == "acl" and a.tag_ == "VBN"]
            sources = dedupe([m for h in holders if h.i != verb.i for c in h.children
                              if c.dep_ in {"amod", "compound", "poss", "nmod"} for m in self.actors_of(c)]
                             + [m for h in holders for p in h.children if p.dep_ in {"prep", "agent"}
                                and p.lower_ in {"from", "by"} for o in p.children for m in self.actors_of(o)]
                             + [m for h in of_nouns(n) if self._weapon(h)
                                for m in self._owners_named(h, lambda m: bool(m.country))])   # "of Russian missiles"
            words = set(self._weapon_words(n))
            armed = bool(words & (w.fire_weapons | w.weapon_nouns)) or any(m.sector in ARMED_SECTORS | {"COP"} for m in sources)
            reason = any(p.dep_ == "prep" and p.lower_ in w.criticism_preps for h in (n, verb) for p in h.children)
            if not targets or (not armed and (sources or reason or any(t.sector in political for t in targets))):
                continue  # "the government came under fire from opposition lawmakers": criticism
            sources = [m for m in sources if not same_actor(m, targets)] or [self._unknown_attacker(verb, n)]
            code = next((c for word, c in w.weapon_codes if word in words), "190")
            found[:] = [c for c in found if c.trigger.i != verb.i]   # not the dictionary's criticism reading
            mod, governor = modality.of(verb)
            reporter = self._reporter(verb, reporter_of)
            for s in sources:
                for t in targets:
                    source = None if self._unnamed_attacker(s, code) else s
                    pair_code = "175" if s.sector in STATE_ORGAN_SECTORS and self._protesters(t) and \
                        t.country == s.country else code   # "protesters came under fire from police"
                    out.append(_verb_candidate(verb, pair_code, "<come under fire>", source, t, reporter, mod, governor))
        return out

    def _toll_events(self, sent: Span, reporter_of: dict[int, Named], found: list[Candidate],
                     new: list[Candidate]) -> list[Candidate]:
        """A resultative that tells an attack's toll (data: resultative_verbs, casualty_states): "the
        blast left two soldiers dead" (183), "an ambush on a convoy left 12 soldiers dead", "an exchange
        of fire between ELN guerrillas and the Colombian army left 2 soldiers dead" (190 both ways).
        The cause is the subject (a weapon, an attack or a fight, not a disaster); its own words, its
        by-phrase or the parties "between" are the attackers, the people left dead the target. The
        "left" is no withdrawal, and the state ("wounded") no act of its own: their candidates go."""
        w = self.words
        out: list[Candidate] = []
        for verb in tokens(sent):
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in w.resultative_verbs or in_background_clause(verb):
                continue
            victims = [d for d in verb.children if d.dep_ == "dobj" and (
                any(c.dep_ == "oprd" and c.lower_ in w.casualty_states for c in verb.children)
                or any(c.dep_ in {"acl", "amod", "oprd"} and c.lower_ in w.casualty_states for c in d.children))]
            causes = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
            if not victims or not causes or any(self._is_disaster(c) for c in causes):
                continue
            cause, code = None, ""
            for c in causes:
                match = self.verbs.match_noun(c.lemma_.lower(), [t.lemma_.lower() for t in c.subtree if t.i != c.i])
                if match is not None and match.code and match.code[:2] in VIOLENT_ROOTS:
                    cause, code = c, match.code
                elif self._weapon(c) or c.lemma_.lower() in w.violent_means:
                    cause, code = c, self._weapon_code(c, verb)
                if cause is not None:
                    break
            if cause is None:
                continue
            states = {c.i for d in victims for c in d.children if c.lower_ in w.casualty_states}
            found[:] = [c for c in found if c.trigger.i != verb.i and c.trigger.i not in states]
            if any(c.code[:2] in VIOLENT_ROOTS or c.trigger.i == cause.i for c in [*found, *new, *out]):
                continue   # (nouns18) nor the cause already coded ("clashes between police and protesters": 145, 175)
            parties = dedupe([m for p in cause.children if p.dep_ == "prep" and p.lower_ == "between"
                              for t in p.subtree if t.i in self.mention_at for m in self.actors_of(t)])
            sources = dedupe([m for c in cause.children if c.dep_ in {"amod", "compound", "poss", "nmod"}
                              for m in self.actors_of(c)] + [m for p in cause.children if p.dep_ == "prep" and p.lower_ == "by"
                                                               for o in p.children for m in self.actors_of(o)])
            # the parser may take the second party for a subject of its own: "between A and the army left ..."
            parties = dedupe(parties + [m for c in causes if c.i != cause.i for m in self.actors_of(c)])
            targets = self._localized(verb, dedupe([m for d in victims for m in self.actors_of(d)]))
            pairs: list[tuple[Named | None, Named | None]]
            if len(parties) == 2:
                pairs = [(parties[0], parties[1]), (parties[1], parties[0])]
            else:
                sides: list[Named | None] = list(sources or parties) or [None]
                ends: list[Named | None] = list(targets) or [None]
                pairs = [(s, t) for s in sides for t in ends if not (s is not None and t is not None and same_actor(t, [s]))]
            if all(s is None and t is None for s, t in pairs):
                continue
            mod, governor = modality.of(verb)
            if no_det(cause):
                mod = modality.NEGATED
            reporter = self._reporter(verb, reporter_of)
            for s, t in pairs:
                out.append(_verb_candidate(verb, code, f"<{cause.lemma_.lower()} left dead>", s, t, reporter, mod, governor))
        return out

    def _circumstance_events(self, verb: Token, reporter_of: dict[int, Named], found: list[Candidate]) -> list[Candidate]:
        """An event noun in a phrase of the clause (data: circumstance_preps) names an act that
        happened: "shot down most of the missiles in the overnight attack on Kyiv", "two aid workers
        were killed in Israeli tank shelling" (violence: its own words name the attacker, "on" the
        target, else the clause's victims), "announced aid during a surprise visit to Kyiv" (a visit
        of the clause's subject, data: visit_preps). It takes the clause's modality. An attack with no
        attacker of its own in a clause of violence is that violence ("gunmen killed 12 villagers in
        an overnight raid"), no second act."""
        out: list[Candidate] = []
        roots = {c.code[:2] for c in found}
        violent_clause = bool(roots & VIOLENT_ROOTS)
        for p in verb.children:
            # (drawn16b) "were detained at anti-war rallies": "at" places people at a protest (no other event noun)
            at = p.lower_ == "at"
            # (visits39) "on a visit to New Delhi, Obama backed ...": "on" holds only a visit (told_visit_nouns) that
            # names where it went
            on_visit = p.lower_ in cue("visit_preps") and p.lower_ not in cue("circumstance_preps")
            if p.dep_ != "prep" or (p.lower_ not in cue("circumstance_preps") and not at and not on_visit):
                continue
            objs = [o for o in p.children if o.dep_ == "pobj"]
            # (nominal45b) "said it had not been informed in advance of the U.S. raid in Abbottabad", "had been told in
            # advance of Iran's drone attack on Israel": the act the clause was (or was not) told of beforehand is
            # the "of" phrase of "in advance", done whatever the clause says of the telling
            advance = [x for o in objs if p.lower_ == "in" and o.lower_ == "advance" for x in of_nouns(o)]
            for n in (o for o in advance or objs if o.pos_ == "NOUN"):
                if advance and not self._told_beforehand(n, verb):
                    continue
                if self._is_disaster(n) or no_det(n) or (on_visit and n.lemma_.lower() not in cue("told_visit_nouns")):
                    continue
                if n.tag_ == "NN" and n.lemma_.lower() == "protest" and not any(
                        c.dep_ in {"det", "poss", "amod", "compound", "nummod"} for c in n.children):
                    continue   # "summoned the envoy in protest": why the subject acted, no rally (unlike "in a protest")
                match = self._advance_match(n) if advance else self.verbs.match_noun(
                    n.lemma_.lower(), [t.lemma_.lower() for t in n.subtree if t.i != n.i])
                if match is None or not match.code:
                    continue
                visit = n.lemma_.lower() in cue("visit_nouns") and p.lower_ in cue("visit_preps")
                violent = match.code[:2] in VIOLENT_ROOTS
                protest = match.code[:2] in PROTEST_ROOTS
                if violent and match.code[:2] in roots and not at:
                    # (miss19) "twenty soldiers were killed in a clash with Chinese troops": the clause tells one
                    # side's violence; the fight is each side's act on the other, so the other way is added
                    out.extend(self._other_side(n, verb, match, found, reporter_of))
                    continue
                if not (visit or violent or protest) or match.code[:2] in roots or (at and not protest):
                    continue
                sources: list[Named] = []
                targets: list[Named] = []
                if protest:
                    self._repression_during(found)
                    # "troops shot dead five protesters during a rally against the junta": the people
                    # acted on held the protest, aimed at whom it is against, else their government
                    acted_on = [c for c in verb.children if c.dep_ in PATIENTS]
                    doers = self.subjects(verb)[0]
                    # "hundreds of men were detained at rallies": the people of a number held it
                    acted_on += [o for c in acted_on if not self.actors_of(c) for q in c.children
                                 if q.dep_ == "prep" and q.lower_ == "of" for o in q.children if o.dep_ == "pobj"]
                    sources = [m for c in acted_on for m in self.actors_of(c) if not same_actor(m, doers)]
                    # the clause is the state's force or arrest on them (not a riot, nor a killing at an election rally)
                    repressed = any(c.code[:2] in REPRESSION_ROOTS | {"17"} and c.source is not None
                                    and c.source.sector in STATE_ORGAN_SECTORS for c in found)
                    # (drawn16b) "people taking part in anti-junta demonstrations", "who took part in street
                    # protests": who takes part in a protest holds it
                    joined = verb.lemma_.lower() in cue("participation_verbs") or (verb.lemma_.lower() == "take" and any(
                        c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children))
                    if joined:
                        sources = [m for m in doers if m.sector not in STATE_ORGAN_SECTORS] or [
                            m for m in self.actors_of(verb.head) if verb.dep_ == "acl"]
                    if at and not (repressed or joined):
                        continue   # "was shot at a campaign rally": where the act was, no protest told
                    if not sources and (acted_on and repressed or joined) and (country := self._sentence_country(verb)):
                        # (drawn16b) people the state acted on at a protest, named by no actor word ("detained dozens
                        # at a rally in Minsk"): the civilians of the country where it was, as the sequel rule has it
                        sources = [Named.agent_at(n, country, "CVL")]
                    for q in own_preps(n):
                        if q.lower_ in cue("target_preps"):
                            for o in q.children:
                                if o.dep_ == "pobj":
                                    targets.extend(m for m in self.actors_of(o) if not same_actor(m, sources))
                    if sources and not targets:
                        targets = self._domestic_default(match.code, dedupe(sources))
                elif visit:
                    sources = self.subjects(verb)[0]
                    # (miss0405) "did not arrest Putin during his visit to Ulaanbaatar": the visit is its possessor's
                    # (syntax28) "signed a deal during a visit to Phnom Penh by Vietnam's party chief": the "by" phrase
                    visitor = self._possessor(n) or dedupe([m for o in doer_phrases(n) for m in self.actors_of(o)])
                    if visitor and not same_actor(visitor[0], sources):
                        sources = visitor
                    for q in own_preps(n):
                        if q.lower_ in cue("destination_preps"):
                            for o in q.children:
                                if o.dep_ == "pobj":   # a capital visited is its country, not its government
                                    targets.extend(m for m in self._places_of(o, sources) or self.actors_of(o)
                                                   if not same_actor(m, sources))
                    if not targets:
                        # (visits39) "signed eight deals in Beijing on his first official visit": a visit that names no
                        # destination went where the clause's act took place, a country not the visitor's own
                        targets = [m for m in self._venue_places(verb, sources)
                                   if m.country and all(m.country != v.country for v in sources)]
                    if on_visit and not targets:
                        continue
                else:
                    sources = [m for c in n.children if c.dep_ in {"amod", "compound", "poss", "nmod"}
                               for m in self.actors_of(c)]
                    fight = self._fight_sides(n, verb) if not sources and {
                        n.lemma_.lower(), n.lower_} & self.words.between_nouns and not (
                        n.lemma_.lower() in self.words.ceasefire_nouns) and not any(
                        c.dep_ == "det" and c.lower_ == "any" for c in n.children) else []
                    if fight:
                        # (nouns18) "looters ransacked shops during fighting between the army and the RSF", "killed
                        # dozens in clashes with FARC dissidents": a fight told in a phrase of the clause is each
                        # party's act on the other, as in the clause that happened
                        mod, governor = modality.of(verb)
                        reporter = self._reporter(verb, reporter_of)
                        crowd = self._crowd_against_force(n, fight)
                        if crowd is None:
                            out.extend(_nominal_candidates(n, match, _fight_pairs(fight), reporter, mod, governor))
                            continue
                        out.extend(_riot_and_repression(n, match, crowd, reporter, mod, governor))
                        continue
                    for q in own_preps(n):
                        for o in q.children:
                            if o.dep_ != "pobj":
                                continue
                            if q.lower_ == "by":
                                sources.extend(self.actors_of(o))
                            elif q.lower_ in cue("impact_preps"):
                                targets.extend(m for m in self.actors_of(o) or self._places_of(o, sources)
                                               if not same_actor(m, sources))
                    if not sources:
                        # (nouns29b) "villagers died in an attack by Boko Haram gunmen", "were killed in an attack on a
                        # village by Nigerian soldiers": the noun's "by" phrase names its doer (own_preps has no "by")
                        sources.extend(m for o in doer_phrases(n) for m in self.actors_of(o))
                    if not sources and not violent_clause and not roots & {"17"} and n.lemma_.lower() in cue(
                            "raid_nouns"):
                        # (nominal45b) "special forces rescued four hostages in a raid on two apartments", "was cornered
                        # by U.S. commandos in a raid on a compound": armed forces that did a thing in a raid made it
                        doers = self.subjects(verb)[0]
                        if doers and all(m.sector in {"MIL", "SPY"} for m in doers):
                            sources = list(doers)
                    if not targets:
                        # (nouns29b) "five policemen died in a car bombing": who dies is the victim too
                        victims = [c for c in verb.children if c.dep_ == "nsubjpass" or (
                            c.dep_ == "nsubj" and verb.lemma_.lower() in cue("victim_subject_verbs"))]
                        targets = [m for v in victims for m in self.actors_of(v) if not same_actor(m, sources)]
                sources, targets = dedupe(sources), dedupe(targets)
                if not sources and not (violent and targets and not violent_clause):
                    continue
                mod, governor = modality.of(verb)
                if advance:
                    mod, governor = modality.ASSERTED, None
                if visit and mod == modality.NEGATED:
                    # (miss0405) the visit during which something did not happen took place: "was not arrested
                    # during his visit", "did not meet the president during a trip to Paris"
                    mod = modality.ASSERTED
                reporter = self._reporter(verb, reporter_of)
                sides: list[Named | None] = list(sources) or [None]
                ends: list[Named | None] = list(targets) or [None]
                for s in sides:
                    for t in ends:
                        cand = Candidate(trigger=n, code=match.code, pattern=match.pattern, source=s, target=t,
                                         reported_by=reporter, modality=mod, governor=governor, nominal=True)
                        cand.tokens = evidence(n, s, t)
                        out.append(cand)
        return out

    def _told_beforehand(self, n: Token, verb: Token) -> bool:
        """(nominal45b) An act of force told in advance (the "of" phrase of "in advance") that its own words give a
        doer ("the Israeli air strikes", "Iran's drone attack"), under a clause told as a fact or denied: never a
        plan ("will be told in advance of any strike")."""
        match = self._advance_match(n)
        if match is None or not match.code or match.code[:2] not in VIOLENT_ROOTS:
            return False
        if any(c.dep_ == "det" and c.lower_ in {"any", "every", "each", "no"} for c in n.children):
            return False
        return modality.of(verb)[0] in {modality.ASSERTED, modality.NEGATED}

    def _advance_match(self, n: Token) -> VerbMatch | None:
        """The act of a noun told in advance, with a doer its own words name: "Iran's drone attack", "the American
        strikes on Syria" (a bare "strikes" read as military by its doer)."""
        own = dedupe([m for c in n.children if c.dep_ in {"amod", "compound", "poss", "nmod"} for m in self.actors_of(c)])
        if not own:
            return None
        words = kind_words(n)
        match = self.verbs.match_noun(n.lemma_.lower(), words)
        if match is None or not match.code:
            match = self.military_twin(n, words, own) or match
        return match

    def _possessor(self, n: Token) -> list[Named]:
        """The actors the possessive of ``n`` names: "his visit" (the pronoun's referent), "Abiy's visit"."""
        out: list[Named] = []
        for c in n.children:
            if c.dep_ != "poss":
                continue
            if c.pos_ == "PRON":
                out.extend(Named(m, c.i) for m in self.pronouns.get(c.i, []))
            else:
                out.extend(self.actors_of(c))
        return dedupe(out)

    def _other_side(self, n: Token, verb: Token, match: VerbMatch, found: list[Candidate],
                    reporter_of: dict[int, Named]) -> list[Candidate]:
        """(miss19) The directions of a fight noun in a phrase of a clause of the same root that the clause's own
        events leave out: "twenty Indian soldiers were killed in a clash with Chinese troops" (the killing is China's
        act on India; the clash is also India's on China). Only a fight of two sides (:meth:`_fight_sides`) whose one
        direction the clause already codes, as a fact, and no crowd against a force (its own rule)."""
        if not {n.lemma_.lower(), n.lower_} & self.words.between_nouns or n.lemma_.lower() in self.words.ceasefire_nouns \
                or any(c.dep_ == "det" and c.lower_ == "any" for c in n.children):
            return []
        sides = self._fight_sides(n, verb)
        if len(sides) != 2 or self._crowd_against_force(n, sides) is not None:
            return []
        root = match.code[:2]
        told = [c for c in found if c.trigger.i == verb.i and c.code[:2] == root and c.source is not None
                and c.target is not None and c.modality == modality.ASSERTED]
        a, b = sides
        def has(s: Named, t: Named) -> bool:
            return any(c.source is not None and c.target is not None and same_actor(c.source, [s])
                       and same_actor(c.target, [t]) for c in told)
        if not (has(a, b) or has(b, a)):
            return []
        missing: list[tuple[Named | None, Named | None]] = [(s, t) for s, t in ((a, b), (b, a)) if not has(s, t)]
        first = told[0]
        return _nominal_candidates(n, match, missing, self._reporter(verb, reporter_of), first.modality, first.governor)

    def _fight_sides(self, n: Token, verb: Token) -> list[Named]:
        """(nouns18) The two sides of a fight noun in a phrase of a clause: what its own "between" phrase names
        ("during fighting between the army and the RSF"), else the clause's doers (or, passive, those it was done
        to) and what the noun's "with" phrase names ("killed dozens in clashes with FARC dissidents", "were hurt
        in clashes with police"); [] unless there are exactly two distinct sides."""
        sides: list[Named] = []
        for p in (c for c in n.subtree if c.dep_ == "prep" and c.lower_ == "between"):
            for o in (o for o in p.children if o.dep_ == "pobj"):
                skip = {t.i for c in o.children if c.dep_ == "prep" for t in c.subtree}
                sides += [Named(m, t.i) for t in o.subtree if t.i not in skip
                          for m in self.mentions_at(t.i)]
            if len(dedupe(sides)) < 2 and (rival := self._one_side_between(p, verb)) is not None:
                return [rival, rival]   # (violence49) "died in fighting between gangs": one actor on itself
            break
        if not sides:
            partners = [m for q in n.children if q.dep_ == "prep" and q.lower_ == "with"
                        for o in q.children if o.dep_ == "pobj" for m in self.actors_of(o)]
            if len(dedupe(partners)) != 1:
                return []
            doers = self.subjects(verb)[0]
            if any(c.dep_ == "auxpass" for c in verb.children):
                doers = [m for c in verb.children if c.dep_ == "nsubjpass" for m in self.actors_of(c)]
            doers = [m for m in dedupe(doers) if not same_actor(m, partners)]
            if len(doers) != 1:
                return []
            sides = doers + partners
        sides = dedupe(sides)
        if len(sides) != 2 or same_actor(sides[0], [sides[1]]):
            return []
        return sides

    def _gerund_fight_between(self, verb: Token, code: str, pattern: str,
                              reporter_of: dict[int, Named]) -> list[Candidate]:
        """A fight told by a gerund with a "between" phrase of its own and no subject ("declared a state of emergency
        after fighting between the army and the Fano militia spread"): its two sides fight each other, as the noun
        does (_between_events), not the subject of the clause above ("the cabinet") on one of them."""
        if verb.tag_ != "VBG" or verb.lemma_.lower() not in self.words.with_fight_verbs | self.words.reciprocal \
                or any(c.dep_ in SUBJECTS for c in verb.children) \
                or not any(c.dep_ == "prep" and c.lower_ == "between" for c in verb.children):
            return []
        sides = self._fight_sides(verb, verb)
        if len(sides) != 2:
            return []
        mod, governor = modality.of(verb)
        reporter = self._reporter(verb, reporter_of)
        out = []
        for s, t in ((sides[0], sides[1]), (sides[1], sides[0])):
            cand = Candidate(trigger=verb, code=code, pattern=pattern, source=s, target=t, reported_by=reporter,
                             modality=mod, governor=governor)
            cand.tokens = evidence(verb, s, t)
            out.append(cand)
        return out

    def _crowd_against_force(self, n: Token, sides: list[Named]) -> tuple[Named, Named] | None:
        """(nouns18) A fight between protesters (data: protester_nouns) and a state's forces is no battle: the
        crowd riots against the forces (145) and, when they are its own state's, the forces repress it (175):
        "died in clashes between police and protesters", "were injured in clashes with Serb protesters" (gold
        README: ACLED protest with intervention). The crowd without a country of its own is of the forces'."""
        def protesting(m: Named) -> bool:
            return word_at(n.doc, m.word if m.word is not None else m.mention.head).lemma_.lower() in self.words.protester_nouns
        crowds = [m for m in sides if protesting(m) and m.sector in self.words.civilian_sectors | {None}]
        forces = [m for m in sides if m.sector in STATE_FORCES | {"PKO"} and not protesting(m)]
        if len(crowds) != 1 or len(forces) != 1:
            return None
        people, force = crowds[0], forces[0]
        if not people.country and force.country:
            people = people.changed(code=compose_code(force.country, "CVL"), country=force.country, sector="CVL")
        return people, force

    def _defied_events(self, verb: Token, reporter_of: dict[int, Named], found: list[Candidate]) -> list[Candidate]:
        """A warning, criticism, demand or rejection (data: defiance_roots) with an owner of its own in a phrase
        of defiance (data: defiance_preps) was made whatever the clause does: "China sent warships despite
        warnings from Washington", "Hungary signed the deal despite Ukrainian objections" (the owner's act at the
        clause's subject, asserted). A noun with no owner ("despite international pressure") tells no actor."""
        out: list[Candidate] = []
        nouns = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in cue("defiance_preps")
                 for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
        # (nominal33) "in retaliation for Tehran's missile barrage": force answered happened, as force defied did
        answered = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" for r in p.children
                    if r.dep_ == "pobj" and r.lemma_.lower() in cue("reprisal_nouns") for q in r.children
                    if q.dep_ == "prep" and q.lower_ in cue("reprisal_preps") for o in q.children
                    if o.dep_ == "pobj" and o.pos_ == "NOUN"]
        out.extend(c for n in answered for c in self._answered_force(n, verb, reporter_of, found, answer=True))
        if not nouns:
            return out
        subjects = self.subjects(verb)[0]
        for n in nouns:
            # the noun read as the clause subject's own act ("will launch a satellite despite Japanese warnings"
            # is no warning by North Korea): what is defied is another's
            for c in [c for c in found if c.trigger.i == n.i and c.source is not None and same_actor(c.source, subjects)]:
                found.remove(c)
            if no_det(n) or any(c.dep_ == "det" and c.lower_ == "any" for c in n.children):
                continue
            match = self.verbs.match_noun(n.lemma_.lower(), [t.lemma_.lower() for t in n.subtree if t.i != n.i])
            if self._force_noun(n, match) is not None:
                out.extend(self._answered_force(n, verb, reporter_of, found))   # "despite Russian air strikes"
                continue
            if n.lemma_.lower() in cue("span_nouns") or (match is not None and match.code[:2] in PROTEST_ROOTS):
                out.extend(self._defied_protest(n, verb, subjects, reporter_of))
                continue
            if match is None or not match.code or match.code[:2] not in cue("defiance_roots"):
                continue
            owners = [m for c in n.children if c.dep_ in {"amod", "compound", "poss", "nmod"} for m in self.actors_of(c)]
            owners += [m for q in n.children if q.dep_ == "prep" and q.lower_ in {"from", "by"}
                       for o in q.children if o.dep_ == "pobj" for m in self.actors_of(o)]
            owners = [m for m in dedupe(owners) if not same_actor(m, subjects)]
            reporter = self._reporter(verb, reporter_of)
            ends: list[Named | None] = list(subjects) or [None]
            for s in owners:
                for t in ends:
                    cand = Candidate(trigger=n, code=match.code, pattern=f"<{n.lemma_.lower()} despite>", source=s,
                                     target=t, reported_by=reporter, modality=modality.ASSERTED, governor=None)
                    cand.tokens = evidence(n, s, t)
                    out.append(cand)
        return out

    def _defied_protest(self, n: Token, verb: Token, subjects: list[Named], reporter_of: dict[int, Named]
                        ) -> list[Candidate]:
        """(protest44) Protests an act was done despite were held: "Fujimori said he would not veto the law despite
        protests by families of the victims", "the ruling party refused to hold new elections despite a month of
        protests". Their doers are their own words' ("by" phrase, modifier), else the civilians of the one country
        whose state organs did the act; they are aimed at that government. A state's protest ("despite Sri Lankan
        protests") is a complaint lodged, no rally."""
        if n.lemma_.lower() in cue("span_nouns"):   # "despite weeks of protests": the event filling the time
            n = next((o for q in n.children if q.dep_ == "prep" and q.lower_ == "of" for o in q.children
                      if o.dep_ == "pobj" and o.pos_ == "NOUN"), n)
        match = self.verbs.match_noun(n.lemma_.lower(), kind_words(n))
        if match is None or not match.code or match.code[:2] not in PROTEST_ROOTS:
            return []
        owners = dedupe([m for c in n.children if c.dep_ in {"amod", "compound", "poss", "nmod"} and c.pos_ != "PRON"
                         for m in self.actors_of(c)] + [m for o in doer_phrases(n) for m in self.actors_of(o)])
        owners = [m for m in owners if not same_actor(m, subjects)]
        if any(not m.sector or m.sector in STATE_ORGAN_SECTORS for m in owners):
            return []
        country = self._ruler_protested(verb, n)
        if not owners:
            if country is None:
                return []
            owners = [Named.agent_at(n, country, "CVL")]
        targets: list[Named | None] = list(self._domestic_default(match.code, owners)) or [None]
        return _nominal_candidates(n, match, [(s, t) for s in owners for t in targets],
                                   self._reporter(verb, reporter_of), modality.ASSERTED, None)

    def _force_noun(self, n: Token, match: VerbMatch | None) -> VerbMatch | None:
        """The violent code of event noun ``n`` (its own match, else its military twin: "Israeli strikes"); None else."""
        force = match if match is not None and match.code else self.military_twin(n, kind_words(n), [
            m for c in n.children if c.dep_ in {"amod", "compound", "poss", "nmod"} for m in self.actors_of(c)])
        return force if force is not None and force.code and force.code[:2] in VIOLENT_ROOTS else None

    def _answered_force(self, n: Token, verb: Token, reporter_of: dict[int, Named], found: list[Candidate],
                        answer: bool = False) -> list[Candidate]:
        """Force defied or answered (``n``, the noun after "despite" or "in retaliation for"), once, if it is force."""
        if n.lemma_.lower() in cue("span_nouns"):   # "in retaliation for weeks of attacks": the event filling the time
            n = next((o for q in n.children if q.dep_ == "prep" and q.lower_ == "of" for o in q.children
                      if o.dep_ == "pobj" and o.pos_ == "NOUN"), n)
        if no_det(n) or any(c.dep_ == "det" and c.lower_ == "any" for c in n.children) or any(
                c.trigger.i == n.i for c in found):
            return []
        match = self.verbs.match_noun(n.lemma_.lower(), [t.lemma_.lower() for t in n.subtree if t.i != n.i])
        force = self._force_noun(n, match)
        return self._defied_force(n, verb, force, reporter_of, answer) if force is not None else []

    def _defied_force(self, n: Token, verb: Token, match: VerbMatch, reporter_of: dict[int, Named],
                      answer: bool = False) -> list[Candidate]:
        """(nominal33) Force named in a phrase of defiance (data: defiance_preps) happened whatever the clause does, as
        an earlier act after "after" does: "recaptured Palmyra despite Russian air strikes", "delivered food to Biafra
        despite Nigerian air force attacks on the airstrip" (the gold codes the force, 4 of 4 in the tune batches). Its
        doer only from its own words (a country word, possessive or "by" phrase: the clause's subject never attacks
        in its own defiance), aimed at what its own target phrase names; asserted."""
        own = dedupe([m for c in n.children if c.dep_ in {"amod", "compound", "poss", "nmod"} and c.pos_ != "PRON"
                      for m in self.actors_of(c)] + [m for o in doer_phrases(n) for m in self.actors_of(o)])
        subjects = self.subjects(verb)[0]
        sources = [m for m in own if not same_actor(m, subjects)]
        if not sources:
            return []
        aims = [o for q in own_preps(n) if q.lower_ in cue("impact_preps") for o in q.children if o.dep_ == "pobj"]
        targets = dedupe([m for o in aims for m in self.actors_of(o) or self._places_of(o, sources)
                          if not same_actor(m, sources)])
        if answer and aims and not targets:
            # "in retaliation for the group's attacks on merchant shipping": aimed at no actor named, where force
            # answered with no target phrase is most often on the one answering ("for Tehran's missile barrage")
            return []
        ends: list[Named | None] = list(targets) or [None]
        return _nominal_candidates(n, match, [(s, t) for s in sources for t in ends], self._reporter(verb, reporter_of),
                                   modality.ASSERTED, None)

    def _reported_in_past(self, head: Token) -> bool:
        """ "Russia said it would ...", "Kenya will reopen its embassy ..., the minister said": the clause is what a
        reporting verb in the past tense tells (its complement, or the verb told in a trailing "X said")."""
        reporting = self.cues.reporting
        if head.dep_ == "ccomp" and head.head.lemma_.lower() in reporting and head.head.tag_ == "VBD":
            return True
        return any(c.dep_ in {"parataxis", "ccomp"} and c.i > head.i and c.lemma_.lower() in reporting
                   and c.tag_ == "VBD" for c in head.children)

    def _escorted_events(self, verb: Token, reporter_of: dict[int, Named], found: list[Candidate]) -> list[Candidate]:
        """(talk26) "Kuwaiti tankers sailed into the Gulf under U.S. Navy escort / under the escort of U.S. warships",
        "investigators began digging under the guard of NATO troops": a noun of escort (data: event_cues escort_nouns)
        after "under" (escort_preps) whose own words name the escort (a modifier, a compound, a possessive, an "of"
        or "by" phrase) is the escort's protection (074) of the clause's doers, as factual as the clause (gold
        README: escorting another country's ships is 074)."""
        out: list[Candidate] = []
        nouns = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in cue("escort_preps")
                 for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in cue("escort_nouns")]
        if not nouns or any(c.code.startswith("074") for c in found):
            return out
        n = nouns[0]
        escorts = dedupe([m for c in n.children if c.dep_ in {"amod", "compound", "poss", "nmod"}
                          for m in self.actors_of(c)]
                         + [m for q in n.children if q.dep_ == "prep" and q.lower_ in {"of", "by"}
                            for o in q.children if o.dep_ == "pobj" for m in self.actors_of(o)])
        if not escorts:
            return out
        # another's escort only: "marched under police guard" is no protection given to another (gold README)
        foreign = {m.code[:3] for m in escorts}
        guarded = [m for m in dedupe(self.subjects(verb)[0]) if not same_actor(m, escorts) and m.code[:3] not in foreign]
        if not guarded:
            # "the first convoy of Kuwaiti tankers sailed": the owners the subject's own phrase names
            guarded = [m for c in verb.children if c.dep_ == "nsubj" for t in c.subtree
                       if t.i in self.mention_at and t.dep_ not in {"relcl", "acl"}
                       for m in self.actors_of(t) if not same_actor(m, escorts) and m.code[:3] not in foreign][:1]
        if not guarded:
            return out
        mod, governor = modality.of(verb)
        reporter = self._reporter(verb, reporter_of)
        for s in escorts:
            for t in dedupe(guarded):
                cand = Candidate(trigger=n, code="074", pattern=f"<under {n.lemma_.lower()}>", source=s, target=t,
                                 reported_by=reporter, modality=mod, governor=governor, nominal=True)
                cand.tokens = evidence(n, s, t)
                out.append(cand)
        return out

    def _claimed_attacks(self, sent: Span, reporter_of: dict[int, Named], found: list[Candidate]) -> list[Candidate]:
        """(talk26) An attack told with its claim in a relative ("in an attack claimed by Somalia's al-Shabaab", "two car
        bombs claimed by al-Shabaab tore through ...", "a bombing that killed 30 people and was claimed by al-Shabaab",
        "an attack which the Taliban claimed"): a verb of claiming (data: event_cues claiming_relatives) on an attack
        noun or a violent means, with its claimant as a by-agent or the relative's subject, is the claimant's claim of
        responsibility (015), aimed at the target of the attack the sentence codes for it (as
        implicit._responsibility_targets does for "claimed the bombing that killed ..."); as factual as its clause."""
        out: list[Candidate] = []
        for verb in tokens(sent):
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in cue("claiming_relatives"):
                continue
            node = verb
            if node.dep_ == "conj" and node.head.dep_ == "relcl":
                node = node.head   # "a bombing that killed 30 people and was claimed by al-Shabaab"
            noun = node.head
            if node.dep_ not in {"acl", "relcl"} or noun.pos_ != "NOUN" or noun.i == node.i:
                continue
            if self._attack_noun(noun) is None and noun.lemma_.lower() not in self.words.violent_means:
                continue
            claimants = dedupe([m for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"
                                for m in self.actors_of(o)])
            if not claimants and verb.dep_ == "relcl" and not any(c.dep_ == "nsubjpass" for c in verb.children) and any(
                    c.dep_ in {"dobj"} and c.lower_ in {"which", "that"} or c.dep_ == "nsubj" for c in verb.children):
                claimants = dedupe([m for c in verb.children if c.dep_ == "nsubj" and c.lower_ not in {"which", "that"}
                                    for m in self.actors_of(c)])
            if not claimants or any(c.trigger.i == verb.i and c.code == "015" for c in found):
                continue
            # the attack's target as the sentence codes it: an act of force of the claimant's country
            attacks = [c for c in found if c.code[:2] in VIOLENT_ROOTS and c.target is not None
                       and c.modality == modality.ASSERTED and c.source is not None
                       and any(c.source.country == m.country for m in claimants)]
            target = attacks[0].target if attacks else None
            mod, governor = modality.of(verb)
            reporter = self._reporter(verb, reporter_of)
            for s in claimants:
                cand = Candidate(trigger=verb, code="015", pattern=f"<{verb.lemma_.lower()} by>", source=s,
                                 target=target, reported_by=reporter, modality=mod, governor=governor)
                cand.tokens = evidence(verb, s, target)
                out.append(cand)
        return out

    def _sequel_events(self, verb: Token, reporter_of: dict[int, Named], found: list[Candidate]) -> list[Candidate]:
        """An event noun after "after"/"following" (data: sequel_marks) names an earlier act that happened:
        "agreed to reopen the border after talks in Nairobi", "freed the hostages after mediation by Qatar",
        "surrendered after a three-month siege by Serbian forces". A consultation (04) is held by the
        clause's subjects, with what "with" or "between" names (else with each other); a mediation by its
        own "by" or modifier, helping the clause's subject; any other act (violence, protest, a visit) only
        by the noun's own words, so that "said after the attack" never makes the speaker an attacker. Only
        under a clause told as a fact (the earlier act of a planned one is not yet held either)."""
        out: list[Candidate] = []
        # "following mediation by Cuba" may be parsed as a participle with an object
        nouns = [o for p in verb.children if p.dep_ in {"prep", "advcl"} and p.lower_ in cue("sequel_marks")
                 for o in p.children if o.dep_ in {"pobj", "dobj"} and o.pos_ == "NOUN"]
        if not nouns:
            return out   # the common case, settled before the costlier reading of the clause's modality
        head = verb
        while head.dep_ == "xcomp" and head.head.i != head.i:
            head = head.head   # "agreed to return ambassadors after a summit": the agreement is the fact
        mod, governor = modality.of(head)
        # (verbal25) "Russia said it would scale back its forces after talks in Istanbul", "Kenya will reopen its
        # embassy after talks with Somalia, the minister said": a plan told in a past report follows talks already
        # held; only a consultation is read so (any other earlier act of a plan is not yet done either)
        # (protest44) "Chiluba said he would not seek a third term after weeks of protests", "Borisov said he would
        # cut prices after protests against power bills": a plan or refusal told in a past report answers protests
        # already held; only a protest is read so besides the talks above
        first = head
        while first.dep_ == "conj" and first.head.i != first.i and first.head.pos_ in {"VERB", "AUX"}:
            first = first.head   # "said he would cut prices and revoke a licence after protests"
        reported_plan = mod in {modality.INTENDED, modality.NEGATED} and self._reported_in_past(first)
        held_talks = reported_plan and mod == modality.INTENDED
        if mod != modality.ASSERTED and not reported_plan:
            return out
        if reported_plan:
            mod, governor = modality.ASSERTED, None
        done = {c.trigger.i for c in found}
        roots = {c.code[:2] for c in found}   # "rioted following a peaceful demonstration": one protest told twice
        # "after months of street protests", "following ten hours of talks": the event filling the time
        nouns = [next((o for q in n.children if q.dep_ == "prep" and q.lower_ == "of" for o in q.children
                       if o.dep_ == "pobj" and o.pos_ == "NOUN"), n) if n.lemma_.lower() in cue("span_nouns") else n
                 for n in nouns]
        for n in nouns:
            if n.i in done or self._is_disaster(n) or no_det(n):
                continue
            words = kind_words(n)
            match = self.verbs.match_noun(n.lemma_.lower(), words)
            own = dedupe([m for c in n.children if c.dep_ in {"amod", "compound", "poss", "nmod"}
                          for m in self.actors_of(c)])
            if match is None or not match.code:
                match = self.military_twin(n, words, own) or match   # "after Israeli strikes on Iranian sites"
            if match is None or not match.code or match.code.startswith("---"):
                continue
            # "after mediation by Qatar": the parser may hang the noun's by-phrase on the (active) verb
            passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
            by_preps = [q for q in n.children if q.dep_ == "prep" and q.lower_ == "by"] + [
                q for q in verb.children if q.dep_ == "prep" and q.lower_ == "by" and not passive
                and q.i == max(t.i for t in n.subtree) + 1]
            by = dedupe([m for q in by_preps for o in q.children if o.dep_ == "pobj" for m in self.actors_of(o)])
            fight = self._sequel_fight(n, verb) if match.code[:2] in VIOLENT_ROOTS and not own + by else []
            if match.code[:2] in roots and all(same_actor(m, self.subjects(verb)[0]) for m in own + by) and not fight:
                continue   # no other doer of its own: the clause's act told again (not a fight with another side)
            if reported_plan and match.code[:2] not in PROTEST_ROOTS and not (
                    held_talks and match.code[:2] == "04" and match.code != "045"
                    and n.lemma_.lower() not in cue("visit_nouns")):
                continue
            pairs: list[tuple[Named | None, Named | None]] = []
            if match.code == "045":
                helped: list[Named | None] = []
                helped += [m for m in self.subjects(verb)[0] if not same_actor(m, by or own)][:1]
                pairs = [(s, t) for s in (by or own) for t in (helped or [None])]
            elif match.code[:2] == "04" and n.lemma_.lower() not in cue("visit_nouns"):
                parties = dedupe([m for m in self.subjects(head)[0] if m.country]) or dedupe([
                    m for x in head.children if x.dep_ == "ccomp" for m in self.subjects(x)[0] if m.country])
                # "their presidents said after talks in Tashkent": the parties of what was said
                others = dedupe([m for q in n.children if q.dep_ == "prep" and q.lower_ in {"with", "between"}
                                 for o in q.subtree
                                 if o.i in self.mention_at for m in self.actors_of(o) if not same_actor(m, parties)])
                if not others and len(parties) == 1:
                    # "signed an accord with Indonesia following negotiations": the partner of the clause's act;
                    # "Kazakhstan and Uzbekistan agreed ..., their presidents said after talks": the other party
                    # of what was said
                    others = dedupe([m for x in [verb, *(c for c in verb.children if c.dep_ == "dobj")]
                                     for q in x.children if q.dep_ == "prep" and q.lower_ == "with"
                                     for o in q.children if o.dep_ == "pobj" for m in self.actors_of(o)
                                     if not same_actor(m, parties)]) or dedupe([
                        m for x in head.children if x.dep_ == "ccomp" for m in self.subjects(x)[0]
                        if m.country and m.country != parties[0].country])
                between = self._between_parties(n)
                if len(between) == 2 and between[0].country and between[1].country \
                        and between[0].country != between[1].country:
                    # (verbal53) "India and Bangladesh agreed ... after talks between their foreign secretaries", "his
                    # office said after talks between the two countries": the talks are the two sides' own, each way
                    pairs = [(between[0], between[1]), (between[1], between[0])]
                elif others:
                    pairs = [(s, t) for s in parties for t in others]
                elif len(parties) == 2 and parties[0].country != parties[1].country:
                    pairs = [(parties[0], parties[1]), (parties[1], parties[0])]
                elif len(parties) == 1 and (any(q.dep_ == "prep" and q.lower_ == "with" for q in n.children) or any(
                        m.kind in PLACE_KINDS and m.country and m.country != parties[0].country
                        for q in n.children if q.dep_ == "prep" and q.lower_ in {"in", "at"}
                        for o in q.children if o.dep_ == "pobj" for m in self._places_of(o, parties) or self.actors_of(o))):
                    # "its defence minister said after talks with allies", "after talks in Istanbul, Russia's
                    # minister said": talks abroad or with others unnamed; not "after a cabinet meeting in Moscow"
                    pairs = [(parties[0], None)]
            elif match.code[:2] in VIOLENT_ROOTS | PROTEST_ROOTS:
                # a pronoun's referent is a guess, too weak to name an attacker ("sanctions on Iran after its attack")
                sources = dedupe([m for c in n.children if c.dep_ in {"amod", "compound", "poss", "nmod"} and c.pos_ != "PRON"
                                  for m in self.actors_of(c)] + by)
                targets = dedupe([m for q in own_preps(n) if q.lower_ in cue("impact_preps") for o in q.children
                                  if o.dep_ == "pobj" for m in self.actors_of(o) or self._places_of(o, sources)
                                  if not same_actor(m, sources)])
                if not sources and match.code[:2] in VIOLENT_ROOTS:
                    winners, losers = self._surrendered_to(verb)
                    if winners and losers:
                        # (nouns21) "surrendered to British troops after a final assault on the hills", "defenders
                        # surrendered the town to the federal army after an 87-day siege": the force a surrender
                        # followed is the side given in to, on the ones who gave in
                        sources = winners
                        targets = [m for m in targets if not same_actor(m, winners)] or losers
                countries = {m.country for m in self.mentions if verb.sent.start <= m.start < verb.sent.end and m.country}
                country = self._sentence_country(verb) or (countries.pop() if len(countries) == 1 else None)
                if match.code[:2] in PROTEST_ROOTS and not sources:
                    country = self._ruler_protested(verb, n) or country
                if match.code[:2] in PROTEST_ROOTS and not sources and country:
                    # "ousted the president after months of street protests": the country's civilians
                    sources = [Named.agent_at(n, country, "CVL")]
                if match.code[:2] in PROTEST_ROOTS and sources and not targets:
                    targets = self._domestic_default(match.code, sources)
                if fight:
                    # (nouns19) "seized the town after weeks of clashes with Malian troops", "arrested 20 people after
                    # three days of clashes between Hindus and Muslims": a fight whose two sides its own words name
                    # (or the clause's armed doers and its "with" phrase) is each side's act on the other
                    reporter = self._reporter(verb, reporter_of)
                    crowd = self._crowd_against_force(n, fight)
                    out.extend(_nominal_candidates(n, match, _fight_pairs(fight), reporter, mod, governor)
                               if crowd is None else
                               _riot_and_repression(n, match, crowd, reporter, mod, governor))
                    continue
                ends: list[Named | None] = list(targets) or [None]
                pairs = [(s, t) for s in sources for t in ends]
                if not sources and targets and match.code[:2] in VIOLENT_ROOTS and not any(
                        c.dep_ == "poss" for c in n.children):
                    # (violence49) "imposed a curfew after a bomb attack on a police post", "a day after drone strikes
                    # on the city's fuel depots": an attack whose own words name whom it hit and no doer happened, by
                    # no one named (gold README: an unattributed bombing has no source); never the clause's subject
                    pairs = [(None, t) for t in targets]
            elif match.code[:2] not in taxonomy.roots("stated_reason"):
                pairs = self._sequel_parties(n)
            if not pairs:
                continue
            out.extend(_nominal_candidates(n, match, pairs, self._reporter(verb, reporter_of), mod, governor))
        return out

    def _conquest_fight(self, verb: Token, reporter_of: dict[int, Named], found: list[Candidate]) -> list[Candidate]:
        """(miss19) The fight a place was taken through: a fight or attack noun (root 19, itself no taking) after
        "after"/"following" or in a phrase of circumstance (data: sequel_marks, circumstance_preps) of a clause whose
        armed subjects took a place, as a fact ("recaptured Badme from Eritrea after three days of fighting", "seized
        Palma after a three-day assault on the town", "overran villages in an offensive against government forces"),
        is the takers' act on whom the noun's own words aim it at, else on the side the place was taken from ("from
        Eritrea"). Not when the noun names a doer of its own, nor when no other side is named ("captured Kigali after
        weeks of fighting": the gold codes the taking alone)."""
        taking = [c for c in found if c.trigger.i == verb.i and c.code.startswith("192") and not c.nominal
                  and c.modality == modality.ASSERTED and c.source is not None
                  and c.source.sector in ARMED_SECTORS | STATE_FORCES]
        if not taking:
            return []
        takers = dedupe([c.source for c in taking if c.source is not None])
        # "retook the town from al-Shabaab fighters after heavy fighting": the parser may hang the side taken from
        # and the phrase of time on the clause's object (or its last conjunct) or on that side
        objects = [o for c in verb.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
        froms = dedupe_tokens([o for q in [*verb.children, *(t for x in objects for t in x.subtree)]
                               if q.dep_ == "prep" and q.lower_ == "from" for o in q.children if o.dep_ == "pobj"])
        nouns = [o for p in verb.children if p.dep_ in {"prep", "advcl"}
                 and p.lower_ in cue("sequel_marks") | cue("circumstance_preps")
                 for o in p.children if o.dep_ in {"pobj", "dobj"} and o.pos_ == "NOUN"]
        nouns += dedupe_tokens([o for x in (*objects, *froms) for p in x.subtree
                                if p.dep_ == "prep" and p.lower_ in cue("sequel_marks")
                                for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"])
        # "after three days of fighting": the event filling the time
        nouns = dedupe_tokens([next((o for q in n.children if q.dep_ == "prep" and q.lower_ == "of" for o in q.children
                       if o.dep_ == "pobj" and o.pos_ == "NOUN"), n) if n.lemma_.lower() in cue("span_nouns") else n
                               for n in nouns])
        done = {c.trigger.i for c in found}
        out: list[Candidate] = []
        for n in nouns:
            if n.i in done or self._is_disaster(n) or no_det(n):
                continue
            match = self.verbs.match_noun(n.lemma_.lower(), [t.lemma_.lower() for t in n.subtree if t.i != n.i])
            if match is None or not match.code or match.code[:2] != "19" or match.code.startswith("192"):
                continue
            own = [m for c in n.children if c.dep_ in {"amod", "compound", "poss", "nmod"} for m in self.actors_of(c)]
            own += [m for q in n.children if q.dep_ == "prep" and q.lower_ in {"by", "with", "between"}
                    for o in q.subtree if o.i in self.mention_at for m in self.actors_of(o)]
            if own:
                continue   # a doer or side of its own: the rules of fights and attacks code it
            aimed = [o for q in own_preps(n) if q.lower_ in cue("impact_preps") for o in q.children if o.dep_ == "pobj"]
            targets = dedupe([m for o in aimed for m in self.actors_of(o) or self._places_of(o, takers)
                              if not same_actor(m, takers)])
            if not targets and aimed:
                # "after a three-day assault on the town": the place taken, as the taking has it
                targets = dedupe([c.target for c in taking if c.target is not None and not same_actor(c.target, takers)])
            if not targets:
                targets = dedupe([m for o in froms for m in self.actors_of(o) if not same_actor(m, takers)])
            if not targets:
                continue
            first = taking[0]
            out.extend(_nominal_candidates(n, match, [(s, t) for s in takers for t in targets],
                                           self._reporter(verb, reporter_of), first.modality, first.governor))
        return out

    def _repelled_attack(self, verb: Token, reporter_of: dict[int, Named], found: list[Candidate]) -> list[Candidate]:
        """An attack repelled was made (data: event_cues repelling_verbs): "government forces repelled an attack by
        Taliban fighters on a checkpoint", "repulsed an Iraqi counter-attack", "the assault by Russian airborne troops
        was beaten back by Ukrainian forces" is the attackers' force on the side that repelled it, beside the
        repelling (the gold codes both). Only when the attack noun names its doer by its own words (a country word,
        possessive, compound or "by" phrase) and the repelling is told as a fact; not a prevented attack ("foiled a
        bomb attack": data preventing_verbs, no repelling verb)."""
        lemma = verb.lemma_.lower()
        # "was beaten back": the parser may take the particle for an adverb
        prts = [c.lower_ for c in verb.children if c.dep_ in {"prt", "advmod"}]
        if lemma not in cue("repelling_verbs") and not any(f"{lemma} {p}" in cue("repelling_verbs") for p in prts):
            return []
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
        nouns = [c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj") and c.pos_ == "NOUN"]
        if not nouns:
            return []
        mod, governor = modality.of(verb)
        if mod != modality.ASSERTED:
            return []
        if passive:
            repellers = dedupe([m for q in verb.children if q.dep_ == "agent" for o in q.children if o.dep_ == "pobj"
                                for m in self.actors_of(o)])
        else:
            repellers = dedupe(self.subjects(verb)[0])
        done = {c.trigger.i for c in found}
        out: list[Candidate] = []
        for n in nouns:
            if n.i in done or no_det(n):
                continue
            match = self.verbs.match_noun(n.lemma_.lower(), [t.lemma_.lower() for t in n.subtree if t.i != n.i])
            if (match is None or not match.code or match.code[:2] != "19") and n.lemma_.lower() in cue("repelled_move_nouns") \
                    and not any(v.pos_ == "VERB" and (m := self.code_verb(v)) is not None and (m.code or "")[:2] == "19"
                                for v in n.children if v.dep_ in {"acl", "relcl"}):
                # (violence51) "repelled the FACT rebels' advance": a move of armed men repelled was their attack
                # (not one whose act is coded on its own verb: "repelled a Russian attempt to storm Avdiivka")
                match = self.verbs.match_noun("attack", [])
            if match is None or not match.code or match.code[:2] != "19" or match.code.startswith("192"):
                continue
            # "the assault on Hostomel airfield by Russian troops": the parser may hang the by-phrase on a word it
            # took for a participle of the noun
            by_clause = [o for c in n.children if c.dep_ == "acl" for q in c.children if q.dep_ == "agent"
                         for o in q.children if o.dep_ == "pobj"]
            # "an Iraqi counter-attack": the parser may split the compound into objects of the verb
            holders = [n, *(c for c in verb.children if c.dep_ == n.dep_ and c.i < n.i)]
            attackers = dedupe([m for h in holders for c in h.children
                                if c.dep_ in {"amod", "compound", "poss", "nmod"} and c.pos_ != "PRON"
                                for m in self.actors_of(c)]
                               + [m for o in doer_phrases(n) + by_clause for t in o.subtree if t.i in self.mention_at
                                  for m in self.actors_of(t)])
            attackers = [m for m in attackers if not same_actor(m, repellers)]
            if not attackers:
                continue
            # its own target when it names one ("an attack on the northern town of Djibo"), else the side that
            # repelled it
            aimed = dedupe([m for q in own_preps(n) if q.lower_ in cue("impact_preps") for o in q.children
                            if o.dep_ == "pobj" for m in self.actors_of(o) or self._places_of(o, attackers)
                            if not same_actor(m, attackers)])
            ends: list[Named | None] = list(aimed or repellers) or [None]
            out.extend(_nominal_candidates(n, match, [(a, t) for a in attackers for t in ends],
                                           self._reporter(verb, reporter_of), mod, governor))
        return out

    def _surrendered_to(self, verb: Token) -> tuple[list[Named], list[Named]]:
        """(nouns21) The two sides of a surrender (data: event_cues surrender_verbs): the side given in to (the verb's
        "to" phrase) and the ones who gave in (its subjects); ([], []) for any other verb."""
        if verb.lemma_.lower() not in cue("surrender_verbs"):
            return [], []
        winners = dedupe([m for q in verb.children if q.dep_ in {"prep", "dative"} and q.lower_ == "to"
                          for o in q.children if o.dep_ == "pobj" for m in self.actors_of(o)])
        losers = dedupe([m for m in self.subjects(verb)[0] if not same_actor(m, winners)])
        return winners, losers

    def _sequel_fight(self, n: Token, verb: Token) -> list[Named]:
        """(nouns19) The two sides of a fight noun (data: between_nouns, not a truce) after "after"/"following":
        what its "between" phrase names, or the clause's doers and its "with" phrase when the doers are armed and
        the clause's verb tells no statement ("said after clashes with rebels" makes no speaker a fighter)."""
        if not {n.lemma_.lower(), n.lower_} & self.words.between_nouns or n.lemma_.lower() in self.words.ceasefire_nouns \
                or any(c.dep_ == "det" and c.lower_ == "any" for c in n.children):
            return []
        if not any(c.dep_ == "prep" and c.lower_ == "between" for c in n.subtree):
            if verb.lemma_.lower() in self.cues.reporting or any(
                    m.sector not in ARMED_SECTORS | STATE_FORCES for m in self.subjects(verb)[0]):
                return []
        return self._fight_sides(n, verb)

    def _sequel_parties(self, n: Token) -> list[tuple[Named | None, Named | None]]:
        """(nouns17) The parties of an act of any other kind named after "after"/"following", by the noun's
        own words only: its doer a country word, possessive or "by" phrase ("after Russia's expulsion of two
        Estonian diplomats", "after a Chinese ban on Japanese seafood"), or the "of" phrase of a noun whose
        act has no object (data: doer_of_nouns: "after the withdrawal of separatist fighters"); its target
        what "of" (for other nouns) or a target preposition names. No doer of its own, no event: the clause's
        subject is never made the doer ("said after the expulsion ...")."""
        if n.lemma_.lower() in cue("visit_nouns"):
            return []   # "a day after Sharon's visit": a visit told with its visitor and place is RuleCoder._visit_told's
        of_doer = n.lemma_.lower() in cue("doer_of_nouns")
        ofs = [o for q in n.children if q.dep_ == "prep" and q.lower_ == "of" for o in q.children if o.dep_ == "pobj"]
        sources = dedupe([m for c in n.children if c.dep_ in {"amod", "compound", "poss", "nmod"} and c.pos_ != "PRON"
                          for m in self.actors_of(c)]
                         + [m for o in doer_phrases(n) for m in self.actors_of(o)]
                         + ([m for o in ofs for m in self.actors_of(o)] if of_doer else []))
        if not sources:
            return []
        objects = ([] if of_doer else ofs) + [o for q in own_preps(n) for o in q.children if o.dep_ == "pobj"]
        targets = dedupe([m for o in objects for m in self.actors_of(o) or self._places_of(o, sources)
                          if not same_actor(m, sources)])
        ends: list[Named | None] = list(targets) or [None]
        return [(s, t) for s in sources for t in ends]

    def _ruler_protested(self, verb: Token, noun: Token) -> str | None:
        """The country of the state organ or leader whose act follows protests that name no place of
        their own: "Ben Ali fled to Saudi Arabia after weeks of street protests", "Saleh signed the plan in
        the Saudi capital after months of protests against his rule" are protests at home, not where he
        went; None when the clause's doers are not one state's organs or the protests say where they were."""
        if any(q.dep_ == "prep" and q.lower_ in cue("located_preps") | PLACE_PREPS for q in noun.children):
            return None
        doers = self.subjects(verb)[0]
        countries = {m.country for m in doers}
        if len(countries) != 1 or not all(m.sector in STATE_ORGAN_SECTORS | {"ELI"} and m.country_from in {"", None}
                                          for m in doers):
            return None
        return countries.pop()

    def _repression_during(self, found: list[Candidate]) -> None:
        """ "Security forces shot dead 15 people during anti-coup demonstrations": force used by a state's
        own forces on its civilians (or on victims the sentence names only by the place) during a protest is
        violent repression (175), not a battle."""
        for c in found:
            s, t = c.source, c.target
            if c.code[:2] in REPRESSION_ROOTS and s is not None and s.sector in STATE_FORCES and (
                    t is None or (t.country == s.country and (t.word is None or t.sector is None or t.kind in PLACE_KINDS
                                                                   or t.sector in self.words.civilian_sectors))):
                c.code = "175"
                if t is not None and t.kind in PLACE_KINDS and t.country:
                    # the people of the place hit: its civilians, not its government
                    c.target = t.changed(code=f"{t.country}CVL", sector="CVL", kind="agent")

    def _response_threat(self, verb: Token, reporter_of: dict[int, Named]) -> list[Candidate]:
        """A response promised on a condition is a threat: "if Ukraine attacks ..., Russia will respond"
        (the actor of the if-clause is the target); "Iran's attack would be met with a response", said by
        Israel (the speaker threatens the actor of the act). A response to violence, or by force, is a
        threat of military force (138); any other a threat (130)."""
        lemma = verb.lemma_.lower()
        if lemma in cue("unanswered_verbs"):
            return self._unanswered(verb, reporter_of)
        particles = dict(self.words.retaliation_particles)
        if lemma in particles and not any(c.dep_ == "prt" and c.lower_ == particles[lemma] for c in verb.children):
            return []
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
        warner = False
        if lemma == "meet":
            with_ = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                     for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in self.words.response_nouns]
            subj = [c for c in verb.children if c.dep_ == "nsubjpass"]
            if not (passive and with_ and subj) or not any(a.lemma_.lower() in cue("future_modals")
                                                          for a in verb.children if a.dep_ == "aux"):
                return []
            reporter = self._reporter(verb, reporter_of)
            warner = verb.dep_ == "ccomp" and verb.head.i != verb.i and self.own_response(verb.head) == "met"
            if reporter is None and warner:
                # "Iran warned that any attack would be met with ...": the warner threatens
                warners, _, _ = self.subjects(verb.head)
                reporter = warners[0] if warners else None
            if reporter is None:
                return []
            sources = [reporter]
            targets: list[Named | None] = list(self.actors_of(subj[0]))
            if not targets and warner:
                targets = [None]   # "any attack on its nuclear sites": a threat with no one named
            violent = subj[0].lemma_.lower() in self.words.violent_means | self.words.violent_acts_answered or any(
                w.lemma_.lower() in cue("force_means") | self.words.forceful_response_words for w in with_[0].subtree)
        else:
            if passive or any(c.dep_ == "dobj" for c in verb.children):
                return []  # "responded to the letter" has an addressee, "hit back" an object: no threat
            conds = [ch for ch in verb.children if ch.dep_ == "advcl" and (any(
                g.dep_ == "mark" and g.lower_ in cue("threat_condition_marks") for g in ch.children)
                or modality.is_inverted_condition(ch))]   # "Should Russia use ..., NATO would respond"
            if not conds:
                return self._future_response(verb, reporter_of)
            sources, _, _ = self.subjects(verb)
            cond_subj = [c for c in conds[0].children if c.dep_ in SUBJECTS]
            targets = [m for m in self.actors_of(cond_subj[0]) if not same_actor(m, sources)] if cond_subj else []
            hostile = set(self.words.violent_means) | set(self.words.violent_acts_answered) | set(cue("hostile_act_nouns"))
            if not targets and cond_subj and cond_subj[0].lemma_.lower() in hostile:
                # (threat43) "would respond only if the attack caused serious damage": a response to a hostile act,
                # aimed at its doer where the act's noun names one ("if Israel's strike ..."), else at no one named
                doers: list[Named | None] = [m for k in cond_subj[0].children
                                             if k.dep_ in {"amod", "compound", "poss", "nmod"}
                                             for m in self.actors_of(k) if not same_actor(m, sources)]
                targets = doers[:1] or [None]
            match = self.code_verb(conds[0])
            violent = (match is not None and bool(match.code) and match.code[:2] in VIOLENT_ROOTS) or any(
                w.lemma_.lower() in cue("force_words") for w in self._clause_tokens(verb))
            reporter = self._reporter(verb, reporter_of)
        if not sources or not targets:
            return []
        mod, governor = modality.of(verb)
        if mod == modality.NEGATED:
            return []
        if lemma == "meet" and warner and mod == modality.INTENDED:
            mod, governor = modality.of(verb.head)   # the warning itself is the threat, made as it is told
        out = []
        for s in sources:
            for t in targets:
                if t is not None and same_actor(t, [s]):
                    continue
                cand = Candidate(trigger=verb, code="138" if violent else "130", pattern="<respond> if / met with response",
                                 source=s, target=t,
                                 reported_by=reporter if reporter is None or not reporter.same(s) else None,
                                 modality=mod, governor=governor)
                cand.tokens = evidence(verb, s, t)
                out.append(cand)
        return out

    def _unanswered(self, verb: Token, reporter_of: dict[int, Named]) -> list[Candidate]:
        """(recall12c) "Hamas vowed that the air strikes would not go unanswered", "warned the attack will not remain
        unpunished": the speaker threatens a response (138, intended) to the doer of the act its subject names."""
        kids = list(verb.children)
        if not any(k.lower_ in cue("unanswered_words") for k in kids) or not any(k.dep_ == "neg" for k in kids) \
                or not any(k.dep_ == "aux" and k.lemma_.lower() in cue("future_modals") for k in kids):
            return []
        subj = [k for k in kids if k.dep_ in SUBJECTS]
        if not subj or verb.dep_ != "ccomp" or verb.head.i == verb.i:
            return []
        speakers, _, _ = self.subjects(verb.head)
        if not speakers:
            return []
        hostile = set(self.words.violent_means) | set(self.words.violent_acts_answered) | set(cue("hostile_act_nouns"))
        if subj[0].lemma_.lower() not in hostile:
            return []   # "the crime will not go unpunished": a matter for the courts, no threat of force
        # the doer is named on the act's noun ("the American air strikes", "Israel's raid"), not in its "of" phrase
        doers: list[Named | None] = [m for k in subj[0].children if k.dep_ in {"amod", "compound", "poss", "nmod"}
                                     for m in self.actors_of(k) if not same_actor(m, speakers)]
        out = []
        for s in speakers:
            for t in doers[:1] or [None]:
                # governed by the vow or warning, whose bare statement (030, 130) yields to this threat
                cand = Candidate(trigger=verb, code="138", pattern="<act> will not go unanswered", source=s, target=t,
                                 modality=modality.INTENDED, governor=verb.head)
                cand.tokens = evidence(verb, s, t)
                out.append(cand)
        return out

    def _will_pay(self, verb: Token) -> list[Candidate]:
        """(precise12b) "Netanyahu vowed that Tehran would pay for its mistake", "warned the rebels will pay a heavy
        price", "said Iran would pay dearly": a punishment foretold by a speaker to someone else is a threat of force
        (138, intended) from the speaker to the one who "will pay", not a payment (061). Only with a future modal, in
        a clause reported by its speaker, and with a sign of punishment: a price, "dearly", or a wrong paid for
        ("for its mistake / crimes / aggression"); "Germany would pay for the reconstruction" stays a payment.
        (threat43) So is another's force or penalty foretold as suffered ("said Lebanon would bear the consequences":
        138; sanctions faced 1312) or regretted ("said Washington would regret the attack": 130)."""
        lemma = verb.lemma_.lower()
        suffered = lemma in cue("punishment_suffer_verbs")
        regretted = lemma in cue("punishment_regret_verbs")
        if lemma not in cue("punishment_pay_verbs") and not suffered and not regretted or verb.dep_ != "ccomp" \
                or verb.head.i == verb.i:
            return []
        kids = list(verb.children)
        if not any(k.dep_ == "aux" and k.lemma_.lower() in cue("future_modals") for k in kids) \
                or any(k.dep_ == "neg" for k in kids):
            return []
        code = "138"
        if suffered:
            # (threat43) "said Lebanon would bear the consequences", "would face a crushing response": another's force
            # or penalty suffered (sense_cues plight_threat_objects); sanctions faced are a threat of sanctions (1312)
            penalties = [k for k in kids if k.dep_ == "dobj"
                         and k.lemma_.lower() in lexicon.words("sense_cues", "plight_threat_objects")]
            punished = bool(penalties)
            if any(k.lemma_.lower() in cue("sanction_response_words") for k in penalties):
                code = "1312"
        elif regretted:
            punished = True   # (threat43) "said Washington would regret the attack": a threat foretold (130)
            code = "130"
        else:
            wrongs = set(cue("punishment_paid_for")) | set(cue("hostile_act_nouns"))
            punished = any(k.dep_ == "dobj" and k.lemma_.lower() in cue("punishment_prices") for k in kids) \
                or any(k.dep_ == "advmod" and k.lower_ in cue("punishment_prices") for k in kids) \
                or any(k.dep_ == "prep" and k.lower_ == "for" and any(
                    p.dep_ == "pobj" and p.lemma_.lower() in wrongs for p in k.children) for k in kids)
        subj = [k for k in kids if k.dep_ in SUBJECTS]
        if not punished or not subj:
            return []
        speakers, _, _ = self.subjects(verb.head)
        targets = [m for m in self.actors_of(subj[0]) if not same_actor(m, speakers)]
        if not targets and subj[0].lemma_.lower() in cue("wrongdoer_nouns"):
            # (verbal48) "PKK guerrillas killed 24 soldiers, and Erdogan vowed that the attackers would pay a heavy
            # price": the wrongdoers named by no actor are the doers of the act of force the sentence tells
            targets = self._sentence_attackers(verb, speakers)
        if suffered or regretted:
            # "Cameron said Britain would regret leaving": a plight of the speaker's own country is no threat
            homes = {m.country for m in speakers if m.country}
            targets = [m for m in targets if m.country not in homes]
        if not speakers or not targets:
            return []
        out = []
        for s in speakers:
            for t in targets:
                cand = Candidate(trigger=verb, code=code, pattern="<actor> will pay (for / a price)", source=s,
                                 target=t, modality=modality.INTENDED, governor=verb.head)
                cand.tokens = evidence(verb, s, t)
                out.append(cand)
        return out

    def _sentence_attackers(self, verb: Token, speakers: list[Named]) -> list[Named]:
        """(verbal48) The doer of the first act of force (VIOLENT_ROOTS) told in ``verb``'s sentence outside ``verb``'s
        own clause, of another side than the speakers: whom "the attackers", "the plotters" stand for."""
        inside = {t.i for t in verb.subtree}
        for v in verb.sent:
            if v.pos_ != "VERB" or v.i in inside:
                continue
            match = self.code_verb(v)
            if match is None or not match.code or match.code[:2] not in VIOLENT_ROOTS:
                continue
            doers = [d for d in self.subjects(v)[0] if d.country and not same_actor(d, speakers)]
            if doers:
                return doers[:1]
        return []

    def _future_response(self, verb: Token, reporter_of: dict[int, Named]) -> list[Candidate]:
        """(recall12c) A response announced with no condition, in a sentence of hostile acts, is a threat made:
        "Biden said Washington would respond at a time of its choosing" after a drone attack, "Tehran said it would
        respond with all available tools" (138, intended; 1312 when the response named is sanctions). Not a reply to
        words ("would respond to the proposal"), not one the text does not tell as lying ahead, and not "respond" or
        "react" with no hostile act in the sentence ("will respond to the letter next week")."""
        lemma = verb.lemma_.lower()
        if lemma not in cue("unconditional_response_verbs"):
            return []
        if not any(a.dep_ == "aux" and a.lemma_.lower() in cue("future_modals") for a in verb.children):
            return []   # "would respond", "will retaliate": the speaker's own word on what lies ahead
        mod, governor = modality.of(verb)
        if mod not in {modality.INTENDED, modality.CONDITIONAL}:
            return []   # (a response "to any provocation" is conditional on it)
        hostile = set(self.words.violent_means) | set(self.words.violent_acts_answered) | set(cue("hostile_act_nouns"))
        objects = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in {"to", "against"}
                   for p in c.children if p.dep_ == "pobj"]
        if any(p.lemma_.lower() not in hostile and not self.actors_of(p) for p in objects):
            return []   # "would respond to the proposal": a reply
        with_words = {w.lemma_.lower() for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                      for w in c.subtree}
        sanction = bool(with_words & set(cue("sanction_response_words")))
        sent_words = {t.lemma_.lower() for t in tokens(verb.sent)}
        if not sanction and not (sent_words & hostile or any(
                (m := self.code_verb(t)) is not None and bool(m.code) and m.code[:2] in VIOLENT_ROOTS
                for t in tokens(verb.sent) if t.pos_ == "VERB" and t.i != verb.i)):
            return []   # nothing hostile to answer
        sources, _, _ = self.subjects(verb)
        if not sources:
            return []
        targets: list[Named | None] = [m for p in objects for m in self.actors_of(p) if not same_actor(m, sources)]
        out = []
        for s in sources:
            for t in targets or [None]:
                cand = Candidate(trigger=verb, code="1312" if sanction else "138", pattern="<respond> (announced)",
                                 source=s, target=t, reported_by=self._reporter(verb, reporter_of),
                                 modality=mod, governor=governor)
                if cand.reported_by is not None and cand.reported_by.same(s):
                    cand.reported_by = None
                cand.tokens = evidence(verb, s, t)
                out.append(cand)
        return out

    def _stated_blame(self, verb: Token) -> list[Candidate]:
        """"X said (it was likely that) Y was responsible for / behind Z" is X accusing Y (112)."""
        clauses, frontier = [], [c for c in verb.children if c.dep_ == "ccomp"]
        for _ in range(3):  # "said it was highly likely that Russia was responsible": through the adjective
            nxt = []
            for c in frontier:
                clauses.append(c)
                nxt += [g for a in c.children if a.dep_ in {"acomp", "ccomp"} for g in [a, *a.children]
                        if g.dep_ == "ccomp"]
            frontier = nxt
        for c in clauses:
            if c.lemma_.lower() != "be" or modality.of(c)[0] == modality.NEGATED:
                continue
            if not any((a.dep_ == "acomp" and a.lemma_.lower() in self.words.blame_adjectives) or
                       (a.dep_ == "prep" and a.lower_ in self.words.blame_preps) for a in c.children):
                continue
            subj = [a for a in c.children if a.dep_ == "nsubj"]
            sources, _, _ = self.subjects(verb)
            if not subj or not sources:
                return []
            targets = [m for m in self.actors_of(subj[0]) if not same_actor(m, sources)]
            mod, governor = modality.of(verb)
            if mod == modality.NEGATED:
                return []
            return _said_events(verb, "112", "<say> X was responsible", sources, targets, mod, governor, {c.i})
        return self._stated_atrocity(verb) or self._stated_censure(verb) or self._stated_optimism(verb) or \
            self._stated_unyielding(verb)

    def _stated_unyielding(self, verb: Token) -> list[Candidate]:
        """ "Denmark said the island was not for sale", "Panama said sovereignty over the canal was not negotiable /
        non-negotiable": a speaker (an actor) that declares a thing not to be had, bargained or given up refuses to
        yield it (124, asserted: the refusal happened; nothing refused is coded). Without an actor as speaker ("the
        owner said the house is not for sale") there is no event; the speaker's refusal denied is none."""
        for c in verb.children:
            if c.dep_ != "ccomp" or c.lemma_.lower() != "be" or not any(a.dep_ == "nsubj" for a in c.children):
                continue
            negated = any(a.dep_ == "neg" for a in c.children)
            kids = list(c.children)
            firm = any(a.dep_ == "acomp" and a.lemma_.lower() in cue("unyielding_adjectives") for a in kids) and (
                negated or any(a.dep_ == "acomp" and a.lower_ in {"non", "non-"} for a in kids)) or (
                negated and any(a.dep_ == "prep" and a.lower_ == "for" and any(
                    o.dep_ == "pobj" and o.lemma_.lower() in cue("unyielding_for_nouns") for o in a.children)
                    for a in kids))
            firm = firm or any(a.dep_ == "acomp" and a.lemma_.lower() in {"non-" + w for w in
                                                                         cue("unyielding_adjectives")} for a in kids)
            if not firm:
                continue
            sources, _, _ = self.subjects(verb)   # (read only for a clause that refuses)
            mod, governor = modality.of(verb)
            if not sources or mod == modality.NEGATED:
                return []
            return _said_events(verb, "124", "<say> X was not for sale", sources, [None], mod, governor, {c.i})
        return []

    def _stated_atrocity(self, verb: Token) -> list[Candidate]:
        """ "A UN commission concluded that the army had committed genocide", "told senators that genocide had been
        committed in Darfur": a speaker who says that someone committed a crime under international law
        (event_cues atrocity_nouns, perpetrating_verbs) accuses that one of war crimes (1124); with no perpetrator
        named, the accusation has no target."""
        crimes = cue("atrocity_nouns")
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        clauses += [g for c in clauses if c.lemma_.lower() in cue("finding_verbs") for g in c.children
                    if g.dep_ == "ccomp"]   # "said it had determined that Russia had committed ..."
        for c in clauses:
            if c.dep_ != "ccomp" or c.lemma_.lower() not in cue("perpetrating_verbs") or \
                    modality.of(c)[0] == modality.NEGATED:
                continue
            passive = any(a.dep_ == "nsubjpass" for a in c.children)
            crime = [a for a in c.children if a.dep_ == ("nsubjpass" if passive else "dobj")]
            if not crime or not any(w in crimes for w in _phrases(crime[0])):
                continue
            # (the speaker and the saying's modality are read only now: most reporting verbs state no crime)
            sources, _, _ = self.subjects(verb)
            mod, governor = modality.of(verb)
            if not sources or mod == modality.NEGATED:
                return []
            doers = [a for a in c.children if a.dep_ == "nsubj"] if not passive else [
                p for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
            ends: list[Named | None] = list(dedupe([m for d in doers for m in self.actors_of(d)
                                                    if not same_actor(m, sources)]))
            return _said_events(verb, "1124", "<say> X committed genocide", sources, ends or [None], mod, governor,
                                {c.i, crime[0].i})
        return self._stated_atrocity_label(verb, clauses)

    def _judged_actors(self, head: Token, sources: list[Named]) -> tuple[list[Named], list[Named | None]]:
        """The actors a judged act names (its head, a possessive, adjective or compound on it, or an "of"/"by"
        phrase), and those of them that are not the speaker: the targets of a speaker's label on the act."""
        targets = self.actors_of(head) or [m for a in head.children if a.dep_ in {"poss", "amod", "compound"}
                                           for m in self.actors_of(a)] or [
            m for p in head.children if p.dep_ == "prep" and p.lower_ in {"of", "by"}
            for o in p.children if o.dep_ == "pobj" for m in self.actors_of(o)]
        return targets, [t for t in dedupe(targets) if not same_actor(t, sources)]

    def _stated_atrocity_label(self, verb: Token, clauses: list[Token]) -> list[Candidate]:
        """(crit25) "Blinken said the RSF's campaign amounted to ethnic cleansing", "said the killings constituted
        genocide", "said the army's operation appeared to be a textbook example of ethnic cleansing", "said the siege
        was a war crime": a speaker who names another's act a crime under international law (event_cues
        atrocity_nouns), through a verb of equating (event_cues equating_verbs), accuses the actor the act's phrase
        names of war crimes (1124), as the gold README codes a formal finding; the act itself is not told. The
        speaker's own act, a pronoun subject and a denial ("did not amount to genocide") are not."""
        crimes = cue("atrocity_nouns")
        for c in clauses:
            lemma = c.lemma_.lower()
            if lemma not in cue("equating_verbs") or modality.of(c)[0] == modality.NEGATED or any(
                    a.dep_ == "neg" for a in c.children):
                continue
            kids = list(c.children)
            if lemma in {"appear", "seem", "prove"}:   # "appeared to be a textbook example of ..."
                kids = [g for a in kids if a.dep_ == "xcomp" and a.lemma_.lower() == "be" for g in a.children]
            preds = [a for a in kids if a.dep_ in {"attr", "dobj"}]
            preds += [o for a in kids if a.dep_ == "prep" and a.lower_ in {"to", "like"} for o in a.children
                      if o.dep_ == "pobj"]
            # the name, or what a plain noun shows ("a textbook example of ethnic cleansing", "an act of genocide")
            preds += [o for p in list(preds) if p.lemma_.lower() in cue("showing_nouns") for a in p.children
                      if a.dep_ == "prep" and a.lower_ == "of" for o in a.children if o.dep_ == "pobj"]
            if not any(_phrases(p) & crimes for p in preds):
                continue
            subj = [a for a in c.children if a.dep_ == "nsubj"]
            if not subj or subj[0].pos_ == "PRON":
                continue
            sources, _, _ = self.subjects(verb)
            mod, governor = modality.of(verb)
            if not sources or mod == modality.NEGATED:
                return []
            targets, ends = self._judged_actors(subj[0], sources)
            if targets and not ends:
                continue   # the speaker naming its own act
            if mod == modality.ASSERTED and any(a.dep_ == "aux" and a.lower_ in modality.cues().considered_aux
                                                for a in c.children):
                mod, governor = modality.CONSIDERED, c   # (modality42) "said the destruction could be a war crime"
            return _said_events(verb, "1124", "<say> X amounted to genocide", sources, ends or [None], mod,
                                governor, {c.i})
        return []

    def _alleged_atrocity(self, verb: Token) -> bool:
        """The perpetrating verb of a crime a speaker alleges ("concluded that X had committed genocide"): the
        speaker's accusation is the event (_stated_atrocity), not the crime itself."""
        if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in self.cues.reporting:
            return False
        if verb.lemma_.lower() in cue("equating_verbs") - {"be"}:
            # (crit25) "said the offensive constituted genocide": the name, no act (_stated_atrocity_label)
            return any(a.dep_ in {"dobj", "attr"} and bool(_phrases(a) & cue("atrocity_nouns")) for a in verb.children)
        if verb.lemma_.lower() not in cue("perpetrating_verbs"):
            return False
        return any(a.dep_ in {"dobj", "nsubjpass"} and bool(_phrases(a) & cue("atrocity_nouns")) for a in verb.children)

    def _censured_breach(self, verb: Token) -> bool:
        """(miss1112) The breaking verb of a rule a speaker says another broke ("said the US strike violated Iraqi
        sovereignty"): the speaker's criticism is the event (_stated_censure), not a defiance of norms (128) of the
        one it names."""
        return verb.dep_ == "ccomp" and verb.lemma_.lower() in cue("violating_verbs") and \
            verb.head.lemma_.lower() in self.cues.reporting and bool(self._stated_censure(verb.head))

    def _stated_censure(self, verb: Token) -> list[Candidate]:
        """ "Tehran said the raids were a violation of Yemeni sovereignty", "said the occupation was unlawful", "said
        the annexation had no legal value": a speaker who calls an act a wrong (event_cues critical_labels,
        critical_adjectives, void_nouns) criticises (111) the actor the act's phrase names ("Israel's occupation");
        with none named, the criticism has no target. The speaker's own self-judgement ("it was ...") is not. (miss1112)
        So does one who says that another's act broke a rule (event_cues violating_verbs: "said the US strike
        violated Iraqi sovereignty"); a named actor said to break one ("Russia breached the treaty, NATO said") is
        reported speech: the breach is coded."""
        labels, adjectives = cue("critical_labels"), cue("critical_adjectives")
        for c in verb.children:
            broken = c.lemma_.lower() in cue("violating_verbs")   # "said the strike violated Iraqi sovereignty"
            if c.dep_ != "ccomp" or (c.lemma_.lower() not in {"be", "have"} and not broken) or (
                    c.lemma_.lower() != "have" and modality.of(c)[0] == modality.NEGATED) or any(
                    a.dep_ == "neg" for a in c.children):
                continue   # ("had no legal value" is negated only in its object, which is the point)
            subj = [a for a in c.children if a.dep_ == "nsubj"]
            if not subj or subj[0].pos_ == "PRON":
                continue
            if broken:
                # (miss1112) another's act said to break a rule: what is broken is named, the
                # breaking told as done (not "may have violated", "if they violate": modality.of). A named actor
                # said to break it ("Russia breached the treaty, NATO said") is reported speech: its breaking is
                # coded (128), as the README's rule says, and the saying is not
                wrong = modality.of(c)[0] == modality.ASSERTED and any(a.dep_ == "dobj" for a in c.children) \
                    and not (subj[0].pos_ == "PROPN" and self.actors_of(subj[0]))
            elif c.lemma_.lower() == "be":
                preds = [a for a in c.children if a.dep_ in {"acomp", "attr"}]
                wrong = any(p.lemma_.lower() in adjectives or p.lemma_.lower() in labels or any(
                    m.dep_ in {"amod", "conj"} and m.lemma_.lower() in adjectives for m in p.children) for p in preds)
            else:
                wrong = any(a.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in a.children)
                            and any(w in cue("void_nouns") for w in _phrases(a)) for a in c.children)
            if not wrong:
                continue
            sources, _, _ = self.subjects(verb)   # (read only for a clause that names a wrong)
            mod, governor = modality.of(verb)
            if not sources or mod == modality.NEGATED:
                return []
            targets, ends = self._judged_actors(subj[0], sources)
            if targets and not ends:
                continue   # the speaker judging its own act
            # (recall28) an act of will said to be illegal or invalid, or anything said to be null and void, is
            # rejected (120), as "called the vote illegal" is (TriggerFinder._voided)
            said = {p.lemma_.lower() for p in (a for a in c.children if a.dep_ in {"acomp", "attr"})
                    for p in (p, *(m for m in p.children if m.dep_ in {"amod", "conj"}))}
            voided = said & cue("void_adjectives") or (said & cue("voiding_adjectives") and subj[0].lemma_.lower() in
                                                       cue("voided_act_nouns"))
            code = "120" if voided else "111"
            return _said_events(verb, code, "<say> X was illegal", sources, ends or [None], mod, governor, {c.i})
        return []

    def _court_ruling(self, verb: Token) -> list[Candidate]:
        """(verbal56) "The International Court of Justice ruled that Uganda had violated Congo's sovereignty", "a WTO panel
        ruled that U.S. tariffs broke global trade rules", "the Strasbourg court ruled that Russia was responsible for the
        poisoning", "found Israel's presence to be unlawful", "a court ruled his government illegal": a court, tribunal
        or panel (a JUD actor, or event_cues court_nouns) that rules (ruling_verbs) that another broke a rule
        (violating_verbs), is responsible or liable for a wrong (court_blame_adjectives) or acts unlawfully
        (critical_adjectives) rules against it: a court ruling against a state is 111 (gold README). Aimed at the actor
        the judged phrase names; a ruling that clears ("did not violate") or names no one is no event here."""
        if verb.lemma_.lower() not in cue("ruling_verbs") or any(c.dep_ == "prt" for c in verb.children):
            return []
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subj:
            return []
        judges = [m for m in self.actors_of(subj[0]) if "JUD" in (m.code or "") or m.sector == "JUD"]
        if not judges and subj[0].lemma_.lower() not in cue("court_nouns"):
            return []
        judged: list[tuple[Token, Token]] = []   # (the judged phrase, the clause that judges it)
        for c in verb.children:
            if c.dep_ == "ccomp" and c.i > verb.i and not any(a.dep_ in {"neg", "mark"} and a.lower_ != "that"
                                                              for a in c.children):
                s_ = [a for a in c.children if a.dep_ in {"nsubj", "nsubjpass"}]
                if s_:
                    judged.append((s_[0], c))
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
        for c in verb.children:   # "found Israel's presence to be unlawful", "ruled his government illegal"
            if c.dep_ in {"oprd", "acomp", "xcomp", "ccomp"} and c.i > verb.i and objects:
                judged.append((objects[0], c))
        blame = cue("court_blame_adjectives") | cue("critical_adjectives")
        breaking = cue("violating_verbs") | cue("court_breaking_verbs")
        for phrase, c in judged:
            lemma = c.lemma_.lower()
            # (the parser's or the modality's reading of "ruled" as "ruled out" may negate the clause; its own "not" counts)
            if any(a.dep_ == "neg" for a in c.children) or modality.of(c)[0] == modality.NEGATED and lemma not in {
                    "be"} | breaking:
                continue
            if lemma in breaking:
                wrong = any(a.dep_ == "dobj" for a in c.children)
            else:
                kids = [c] if c.pos_ == "ADJ" else [a for a in c.children if a.dep_ in {"acomp", "attr", "oprd"}] \
                    + [g for a in c.children if a.dep_ == "xcomp" and a.lemma_.lower() == "be" for g in a.children
                       if g.dep_ in {"acomp", "attr"}]
                wrong = any({k.lemma_.lower(), k.lower_} & blame for k in kids)
            if not wrong:
                continue
            sources = judges or dedupe(self.actors_of(subj[0]))   # "a WTO panel": the body the court noun names
            if not sources:
                return []
            targets, ends = self._judged_actors(phrase, sources)
            if not ends:
                continue
            mod, governor = modality.of(verb)
            if mod == modality.NEGATED:
                return []
            return _said_events(verb, min(lexicon.words("sense_cues", "verbal_attack_code")), "<court ruled> X broke",
                                sources, [e for e in ends if e is not None], mod, governor, {c.i})
        return []

    def _stated_failing(self, verb: Token) -> list[Candidate]:
        """(verbal56) "..., saying the force had failed to protect the legal government", "..., saying Maduro had ignored
        their demands", "..., saying its leaders had defied Kiev's laws": a speaker who gives as the reason of its act
        that another failed to do what it should, or disregarded a rule or a demand (event_cues failing_verbs,
        disregarding_verbs), criticises (111) that other, the actor the clause's subject names (a pronoun as resolved);
        only when one other than the speaker is named, and not a failure the clause negates or only foresees
        ("if it failed to ...", "would fail")."""
        for c in verb.children:
            lemma = c.lemma_.lower()
            if c.dep_ != "ccomp" or lemma not in cue("failing_verbs") | cue("disregarding_verbs") \
                    or any(a.dep_ in {"neg", "mark"} for a in c.children) or modality.of(c)[0] != modality.ASSERTED:
                continue
            if lemma in cue("failing_verbs") and not any(a.dep_ == "xcomp" for a in c.children):
                continue   # "saying the talks had failed": no duty unmet
            if lemma in cue("disregarding_verbs") and not any(a.dep_ == "dobj" for a in c.children):
                continue
            subj = [a for a in c.children if a.dep_ == "nsubj"]
            if not subj:
                continue
            sources, _, _ = self.subjects(verb)
            mod, governor = modality.of(verb)
            if not sources or mod == modality.NEGATED:
                return []
            targets = [m for m in dedupe(self.actors_of(subj[0])) if not same_actor(m, sources)]
            if not targets:
                continue
            return _said_events(verb, min(lexicon.words("sense_cues", "verbal_attack_code")), "<saying> X had failed",
                                sources, targets, mod, governor, {c.i})
        return []

    def _stated_optimism(self, verb: Token) -> list[Candidate]:
        """ "Qatar said it was hopeful about a truce", "Gorbachev said the summit with Reagan had been a
        useful first step": a speaker calling itself hopeful, or a meeting useful, makes an optimistic
        comment (013; data: optimism_words), aimed at the partner the meeting is "with" or at the actor of
        the clause the speaker is confident of ("confident that the United States would not ..."). A
        speaker calling itself pessimistic, worried or concerned ("said it was deeply pessimistic about
        talks with Washington"; pessimism_words) makes a pessimistic comment (012); one calling itself
        disappointed or appalled (displeasure_words, statement32) criticises (111). Each is aimed at the
        actor named in what the speaker is hopeful or worried "about" (not a place "in" it)."""
        stances = ((self.words.optimism_words, "013", "<say> X was hopeful"),
                   (self.words.pessimism_words, "012", "<say> X was worried"),
                   (self.words.displeasure_words, "111", "<say> X was disappointed"))
        for c in verb.children:
            if c.dep_ != "ccomp" or c.lemma_.lower() != "be" or modality.of(c)[0] == modality.NEGATED:
                continue
            for words, code, pattern in stances:
                praise = [a for a in c.children if (a.dep_ == "acomp" and a.lemma_.lower() in words) or (
                    a.dep_ == "attr" and any(m.dep_ == "amod" and m.lemma_.lower() in words for m in a.children))]
                subj = [a for a in c.children if a.dep_ == "nsubj"]
                if not praise or not subj:
                    continue
                sources, _, _ = self.subjects(verb)   # (read only for a clause of praise)
                mod, governor = modality.of(verb)
                if not sources or mod == modality.NEGATED:
                    return []
                head = subj[0]
                meeting = self.verbs.match_noun(head.lemma_.lower(), [])
                named = self.actors_of(head) if head.pos_ != "PRON" else []
                if head.pos_ == "PRON" or (named and all(m.country and any(m.country == s.country for s in sources)
                                                         for m in named)):
                    # the speaker itself: hopeful about something, confident that someone will act; (verbal50) also
                    # named by its state or capital ("Turkmenistan's foreign minister said Ashgabat was optimistic
                    # that ...", "the Omani minister said the sultanate was worried about ...")
                    subjects = [s for a in praise for g in a.children if g.dep_ == "ccomp"
                                for s in g.children if s.dep_ in SUBJECTS]
                    targets = [m for s in subjects for m in self.actors_of(s)]
                    # (verbal50) else an actor the subject's phrase names: "optimistic that gas supplies to Russia
                    # would resume" (at Russia)
                    targets = targets or self._stance_topic_actors(praise) or [
                        m for s in subjects for t in s.subtree if t.i != s.i and t.i in self.mention_at
                        for m in self.actors_of(t)][:1]
                elif meeting is not None and meeting.code and meeting.code[:2] == "04" and code == "013":
                    targets = [m for p in head.children if p.dep_ == "prep" and p.lower_ in {"with", "between"}
                               for o in p.children if o.dep_ == "pobj" for m in self.actors_of(o)]
                else:
                    continue
                ends: list[Named | None] = [t for t in dedupe(targets) if not same_actor(t, sources)]
                return _said_events(verb, code, pattern, sources, ends or [None], mod, governor, {c.i})
        return []

    def _stance_topic_actors(self, stance: list[Token]) -> list[Named]:
        """The actors named in what a speaker is hopeful or worried about ("pessimistic about talks with
        Washington", "concerned about the abduction of activists in Zimbabwe"), the first found in the
        about/over phrase, looking through a place phrase's "in" ("prospects for a truce in Gaza" names no
        one)."""
        topics = [o for a in stance for p in a.children if p.dep_ == "prep" and p.lower_ in {"about", "over"}
                  for o in p.children if o.dep_ == "pobj"]
        for o in topics:
            places = {t.i for p in o.subtree if p.dep_ == "prep" and p.lower_ in {"in", "at", "near"}
                      for t in p.subtree}
            found = [m for t in o.subtree if t.i not in places for m in self.actors_of(t)]
            if found:
                return found[:1]
        return []

    def _stated_obligation(self, verb: Token, reporter_of: dict[int, Named]) -> list[Candidate]:
        """"X said Y must withdraw" is X demanding of Y (CAMEO 100); (ask59) also a second that-clause ("told the
        generals that their time was up and that they must leave")."""
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        clauses += [d for c in clauses for d in c.children if d.dep_ == "conj" and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in d.children)]
        for c in clauses:
            if c.lemma_.lower() in lexicon.words("event_cues", "permission_verbs") and any(
                    a.dep_ == "auxpass" for a in c.children):
                continue   # (ask59) "said the army should be allowed to pursue them": leave sought, no demand on it
            if c.pos_ in {"VERB", "AUX"} and modality.is_obligation(c):
                subj = [t for t in c.children if t.dep_ in SUBJECTS]
                sources, _, _ = self.subjects(verb)
                if not subj or not sources:
                    return []
                targets = [m for m in self.actors_of(subj[0]) if not same_actor(m, sources)]
                out = []
                for s in sources:
                    for t in targets:
                        cand = Candidate(trigger=verb, code="100", pattern="<say> that X must", source=s, target=t,
                                         reported_by=None, modality=modality.ASSERTED)
                        cand.tokens = evidence(verb, s, t) | {c.i}
                        out.append(cand)
                return out
        return []

    def _agentless(self, verb: Token, code: str, pattern: str, reporter_of: dict[int, Named]) -> list[Candidate]:
        """A passive with no agent ("Abe was shot dead", "three journalists were arrested") still
        codes the act on its patient: violence by nobody named has no source; an arrest or
        expulsion is the act of the state where it happens."""
        agents = [p for c in verb.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
                  for p in c.children if p.dep_ == "pobj"]
        if agents and all(a.lemma_.lower() in self.words.unnamed_agent_nouns and not self.actors_of(a) for a in agents):
            # (miss1718) "was shot dead at his villa by a commando squad", "were executed by a firing squad": a doer
            # named only by what such men are names no one; the act is coded as an agentless passive's
            agents = []
        group = agents[0] if len(agents) == 1 and self._unknown_group(agents[0]) else None
        if agents and group is None:
            return []
        subj = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if not subj and verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ in {"VERB", "AUX"} \
                and any(c.dep_ == "cc" and c.lower_ == "and" for c in verb.head.children if c.i < verb.i) \
                and not any(c.dep_ in SUBJECTS for c in verb.children):
            # (violence58) a passive coordinated after a verb whose subject it shares: "the opposition leader
            # returned to Seoul and was placed under house arrest", "the two gave themselves up and were led away
            # under arrest": the first verb's subject is the patient
            subj = [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if not subj:
            return []
        targets = [m for m in self.actors_of(subj[0]) if m.sector or m.kind == "person"]
        # (force47) an aircraft brought down by no one named ("an Italian relief plane was shot down", "died when his
        # plane was shot down"): the attack on the craft (195), aimed at its owner or the one aboard, a country too
        craft = not agents and code[:2] in VIOLENT_ROOTS and subj[0].pos_ == "NOUN" \
            and subj[0].lemma_.lower() in cue("downed_craft_nouns")
        if craft:
            targets = [m for m in self.actors_of(subj[0]) if m.sector or m.kind in {"person", "country"}]
            code = min(cue("downed_craft_code")) if code in self.words.generic_attack_codes else code
        accused = not agents and code in self.words.agentless_accusation_codes and subj[0].pos_ != "PRON" \
            and verb.lemma_.lower() in self.words.agentless_accusation_verbs and not any(
                t.lower_ == "by" and t.i > verb.i and any(self.actors_of(o) for o in t.children if o.dep_ == "pobj")
                for t in tokens(verb.sent))   # an accuser named in a by-phrase the parser hung elsewhere
        if accused:
            targets = self.actors_of(subj[0])   # (conflict30) "Iran was accused of ...": a country accused too
        # (violence57) a person or body "charged with" a crime by no one named (event_words legal_charge_verbs) is
        # charged by the courts of the state (173, the legal action, as "was arrested"), not merely accused: "three
        # Kenyan police officers were charged with murdering a lawyer", "the former president was charged with murder"
        charged = not agents and not accused and code in self.words.agentless_accusation_codes \
            and verb.lemma_.lower() in self.words.legal_charge_verbs and bool(targets) \
            and all(t.kind not in {"country", "capital"} for t in targets)
        sabotage = False
        # (material49) captives freed by no one named whose noun names who held them ("the four Japanese geologists held by
        # Islamic militants were freed", "three Americans held in North Korea were freed"): freed by their captors
        captors = [m for m in self._captors(subj[0]) if m.country] \
            if not agents and code in self.words.agentless_release_codes and subj[0].pos_ != "PRON" else []
        # the captors named by the by-agent, not the country of the place they were held in as well
        captors = [m for m in captors if m.kind not in {"country", "capital"}] or captors
        if not targets and captors and subj[0].pos_ == "NOUN":
            # captives named by their country only ("the four Japanese geologists") are that country's people
            targets = [m.changed(code=compose_code(m.country, "CVL"), sector="CVL") if m.kind == "country" else m
                       for m in self.actors_of(subj[0]) if m.country and not same_actor(m, captors)]
        if not targets and not agents and code in self.words.agentless_release_codes and subj[0].pos_ == "NOUN" \
                and subj[0].lemma_.lower() in cue("swap_people_nouns") | cue("held_prisoner_nouns"):
            # (yield43) "the 52 American hostages were freed": captives named by their country only (a nationality, no
            # sector) are that country's people, freed by no one named
            targets = [m for m in self.actors_of(subj[0]) if m.country]
        if not targets and not agents and code in self.words.agentless_state:
            targets = self._held_people(verb, subj[0])   # "a suspect was detained at the scene"
        aboard = craft and bool(targets)   # the act hit what carried them, not them: no assassination of its own
        if not targets and not agents and code[:2] in VIOLENT_ROOTS and subj[0].pos_ == "NOUN" \
                and not self.actors_of(subj[0]) and modality.of(verb)[0] == modality.ASSERTED:
            # (fight35) "the plane carrying President Habyarimana was shot down": the act on a craft or a site no actor
            # names, by no one named, is aimed at who is in it (place_cues occupant_words)
            targets = self._occupants(subj[0], [])
            aboard = bool(targets)
        if not targets and not agents and code in self.words.agentless_violence and \
                verb.lemma_.lower() in cue("instrument_verbs") and not self.actors_of(subj[0]):
            # "chlorine canisters were dropped on a residential building in Douma", "chlorine gas had been used on
            # villages in northern Syria": a weapon dropped or used on a place by no one named is an attack on
            # what it landed on, else on the country of the place
            aims = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in cue("impact_preps")
                    for o in p.children if o.dep_ == "pobj"]
            targets = [m for o in aims for m in self.actors_of(o)] or [m for o in aims for m in self._places_of(o, [])]
        if not targets and group is not None and code[:2] in VIOLENT_ROOTS:
            # "a police patrol was ambushed by the KLF near Imphal": the country where it struck
            country = self._sentence_country(verb)
            targets = [Named.country_at(subj[0], country)] if country else []
        elif not targets and not agents and code in self.words.sabotage_codes and subj[0].pos_ == "NOUN" \
                and not self.actors_of(subj[0]) and modality.of(verb)[0] == modality.ASSERTED \
                and self._sabotage_told(verb) and not self._disaster_cause(verb):
            # (force29) "the Kakhovka dam was destroyed in the early hours, and Kyiv blamed Russian forces": property
            # destroyed by no one named, in a sentence that lays the blame on someone or calls it sabotage, was
            # destroyed by someone (no source), in the country where it happened
            country = self._sentence_country(verb)
            targets = [Named.country_at(subj[0], country)] if country else []
            sabotage = bool(targets)
        elif not targets and not agents and code[:2] in VIOLENT_ROOTS and subj[0].pos_ == "NOUN" \
                and verb.lemma_.lower() in self.words.agentless_attack_verbs and not self.actors_of(subj[0]) \
                and modality.of(verb)[0] == modality.ASSERTED:
            # (force29) "a convoy carrying mine workers was ambushed in eastern Burkina Faso", "a bus was attacked
            # near Peshawar": a thing no actor names, attacked by no one named (the verb always tells an attack), is
            # an attack on the country where it happened (not a country named as the patient: "Belarus was attacked")
            country = self._sentence_country(verb)
            targets = [Named.country_at(subj[0], country)] if country else []
        elif not targets and not agents and code[:2] in VIOLENT_ROOTS \
                and verb.lemma_.lower() in self.words.agentless_attack_verbs and modality.of(verb)[0] == modality.CONDITIONAL:
            # (modality22) "would use nuclear weapons if Belarus were attacked", "should Taiwan be attacked": the
            # attack a condition names on a country is coded on it, conditional, by no one named (a country
            # attacked as a fact needs its attacker named: "Belarus was attacked" may be a storm's or a crowd's)
            targets = self.actors_of(subj[0]) if subj[0].pos_ != "PRON" else []
            if not targets:
                # "NATO would defend Estonia if it were attacked": a pronoun here stands for the country the
                # sentence is about, not for the defender the coreference rules prefer
                country = self._sentence_country(verb)
                targets = [Named.country_at(subj[0], country)] if country else []
        restriction = False
        if not targets and not agents and code in self.words.agentless_restriction_codes and subj[0].pos_ == "NOUN" \
                and not self.actors_of(subj[0]):
            # (restrict40) "a curfew was imposed across Sri Lanka": the government of the country where it is imposed
            country = self._sentence_country(verb)
            targets = [Named.country_at(subj[0], country)] if country else []
            restriction = bool(targets)
        if not targets:
            return []
        targets = self._localized(verb, targets)
        code = code if aboard else self._assassination(verb, code, targets)
        if code == "193" and not aboard and all(self._shot_dead(verb, code, t) == "1823" for t in targets):
            # (sources21) "Al Jazeera's reporter was shot dead while covering a raid": unarmed people shot dead by
            # no one named were killed by physical assault, as when the gunman is named (:meth:`_shot_dead`)
            code = "1823"
        leader_code = min(lexicon.words("sense_cues", "leader_killing_code"))
        if not agents and not aboard and all(leader_code in self._killed_leader(verb, code, t, True) for t in targets):
            # (violence13) "Hamas's political leader was killed in Tehran in a strike": the killing of a leader
            # by no one named is an assassination, whatever the means named
            code = leader_code
        if code in self.words.agentless_release_codes and not any(self.released_people(code, t) == "0841"
                                                                  for t in targets):
            return []   # "the funds were released": only people freed by no one named are coded
        code = self.released_people(code, targets[0])
        sources: list = [None]
        if group is not None and code[:2] in VIOLENT_ROOTS and code not in self.words.agentless_state:
            # "was ambushed by the ABC", "were abducted by UFLA": a group the dictionaries do not know,
            # named by an acronym, that does violence is an armed group of the country where it acts
            country = next((t.country for t in targets if t.country), None) or self._sentence_country(verb)
            if not country:
                return []
            sources = [Named.agent_at(group, country, "REB", name=group.text)]
        elif group is not None and code not in self.words.agentless_state:
            return []
        elif restriction:
            sources = [Named.agent_at(subj[0], targets[0].country, "GOV")]
        elif not agents and code[:2] in VIOLENT_ROOTS and self._executing_state(verb, targets):
            country = self._executing_state(verb, targets)
            s = subj[0]
            sources = [Named.agent_at(s, country, "GOV")]
        elif charged:
            country = self._state_country(verb, subj[0])
            if not country:
                return []
            code = "173"
            sources = [Named.agent_at(subj[0], country, "JUD")]
        elif code in self.words.agentless_state:
            country = self._state_country(verb, subj[0]) or next(
                (t.country for t in targets if t.mention.country_from == "sentence"), None)
            if not country:
                return []
            s = subj[0]
            sources = [Named.agent_at(s, country, "GOV")]
        elif code in self.words.agentless_court_codes and not agents:
            # (court37) "Imran Khan was sentenced to ten years in prison": a verdict with no court named is the act of
            # the courts of the state where it is given (the patient's own country when no place is named)
            country = self._state_country(verb, subj[0])
            if not country:
                return []
            sources = [Named.agent_at(subj[0], country, "JUD")]
        elif code in self.words.agentless_host_codes:
            # "Assad was granted asylum in Moscow": the state of the place where it is given (none named: no event)
            from . import places
            loc = places.event_location(verb.sent, verb)
            if loc is None or not loc.country or any(t.country == loc.country and t.mention.country_from != "sentence"
                                                     for t in targets):
                return []   # (a patient's country guessed from the sentence may be the host's)
            s = subj[0]
            sources = [Named.agent_at(s, loc.country, "GOV")]
        elif code in self.words.agentless_release_codes:
            # "peacekeepers held hostage by the rebels were freed": by their captors; else by no one named
            # (a captor whose country was only guessed from the captives' own: "two Algerian drivers held by armed men")
            sources = [m for m in captors if not same_actor(m, targets) and not (
                m.mention.country_from in {"sentence", "article"} and any(m.country == t.country for t in targets))] or [None]
        elif accused:
            pass   # (conflict30) "Iran was accused of supplying the Houthis": accused by no one named
        elif sabotage:
            pass   # (force29) property destroyed by no one named, blamed on someone: no source
        elif code[:2] in THREAT_ROOTS and not agents and (speaker := self._reporter(verb, reporter_of)) is not None:
            # (wire41) "protesters who breach public order will be dealt with decisively, the president said": a
            # threat told in the passive with no doer named is the speaker's
            sources = [speaker]
        elif code not in self.words.agentless_violence and verb.lemma_.lower() not in self.words.agentless_attack_verbs:
            return []
        elif verb.lemma_.lower() not in self.words.agentless_doer_verbs and (code != leader_code and any(
                c.dep_ in {"advcl", "prep"} and c.lower_ not in cue("site_preps") | cue("direction_preps")
                and any(p.pos_ == "NOUN" and not self.actors_of(p) for p in c.children)
                for c in verb.children if c.dep_ != "advcl") or any(c.dep_ == "advcl" for c in verb.children
                                                                    if c.pos_ == "VERB" and c.tag_ != "VBG")):
            # "was killed in a crash", "died when his helicopter crashed": the cause is named; a verb whose act
            # always has a doer (data: agentless_doer_verbs) names none ("was shot dead as he left a rally")
            return []
        return self._candidates_for_pairs(verb, code, pattern, [(s, t) for s in sources for t in targets], reporter_of)

    def _candidates_for_pairs(self, verb: Token, code: str, pattern: str, pairs: list[tuple[Named | None, Named | None]],
              reporter_of: dict[int, Named]) -> list[Candidate]:
        """One candidate per (source, target) pair for an act told on ``verb``, with its modality and reporter."""
        mod, governor = modality.of(verb)
        reporter = self._reporter(verb, reporter_of)
        out = []
        for s, t in pairs:
            cand = Candidate(trigger=verb, code=code, pattern=pattern, source=s, target=t, reported_by=reporter,
                             modality=mod, governor=governor)
            cand.tokens = evidence(verb, s, t)
            out.append(cand)
        return out

    def blamed_on(self, verb: Token, code: str, pattern: str, reporter_of: dict[int, Named]) -> list[Candidate]:
        """(conflict30) A participle of blame describing an act and laying it "on" an actor (event_words
        agentless_accusation_verbs; "a car bomb blamed on the Shining Path", "drone strikes blamed on the Arakan Army"):
        an accusation of that actor by no one named (112, no source), though the participle tells no act of its own."""
        if code not in self.words.agentless_accusation_codes or verb.lemma_.lower() not in \
                self.words.agentless_accusation_verbs or verb.dep_ != "acl" or verb.tag_ != "VBN":
            return []
        targets = [m for p in verb.children if p.dep_ == "prep" and p.lower_ == "on"
                   for o in p.children if o.dep_ == "pobj" for m in self.actors_of(o)]
        return self._candidates_for_pairs(verb, code, pattern, [(None, t) for t in targets], reporter_of)

    def _sabotage_told(self, verb: Token) -> bool:
        """(force29) The sentence of ``verb`` calls an act sabotage or deliberate, or lays blame (data: sabotage_cues)
        while naming a state, a capital or armed men ("Kyiv blamed Russian forces", "Kyiv and Moscow blamed each
        other"); not a blame laid on a landlord or a government's upkeep."""
        sent = verb.sent
        lemmas = {t.lemma_.lower() for t in tokens(sent)}
        if lemmas & self.words.sabotage_words:
            return True
        if not lemmas & self.words.sabotage_cues:
            return False
        return any(sent.start <= m.start < sent.end and (m.sector in ARMED_SECTORS or m.sector in STATE_FORCES
                                                         or (not m.sector and m.kind in {"country", "capital"}))
                   for m in self.mentions)

    def _held_people(self, verb: Token, subj: Token) -> list[Named]:
        """(miss1718) People told only by a noun of persons (data: event_words held_people_nouns, person_nouns) and
        held in a passive with no agent: "a 71-year-old suspect was detained at the scene", "more than 2,000 people
        had been detained", "two of Gaddafi's sons were detained", "the general was arrested hours later". They are
        civilians (CVL; an officer, MIL) of the country where they are held (the place of the act, else the country
        the sentence names); none when no country is told, or when the noun names an actor of its own."""
        head = subj
        if head.pos_ in {"NUM", "PRON"} or head.lemma_.lower() in {"some", "many", "several", "dozen", "dozens",
                                                                  "hundred", "hundreds", "thousand", "thousands"}:
            inner = of_nouns(head)
            if not inner:
                return self._elided_people(verb, head)
            head = inner[0]
        if head.pos_ != "NOUN" or head.lemma_.lower() not in self.words.held_people_nouns | self.words.person_nouns:
            return []
        if any(m.head == head.i for m in self.actors_of(head)) or any(self.actors_of(c) for c in head.children
                                                                       if c.dep_ == "prep"):
            return []
        owners = {m.country for c in head.children if c.dep_ == "poss" for m in self.actors_of(c)}
        if owners:
            # "two of Gaddafi's sons": a person's family is of the person's country
            country = next(iter(owners)) if len(owners) == 1 else None
        else:
            # the place of the act, a country or capital named, else the one country the sentence's actors are of
            named = {m.country for m in self.mentions if verb.sent.start <= m.start < verb.sent.end}
            country = self._sentence_country(verb) or (next(iter(named)) if len(named) == 1 else None)
        if not country:
            return []
        # "the general was arrested": an officer held is of the military (sense_cues military_titles)
        sector = "MIL" if head.lemma_.lower() in lexicon.words("sense_cues", "military_titles") else "CVL"
        m = Mention(start=head.i, end=head.i + 1, text=head.text, code=compose_code(country, sector), country=country,
                    sector=sector, name=None, kind="agent", head=head.i, country_from="sentence")
        return [Named(m, head.i)]

    def _elided_people(self, verb: Token, count: Token) -> list[Named]:
        """(force31) A bare count held in a passive with no agent, in a clause after a semicolon (conflict notes:
        "police fired tear gas to clear teachers blocking a street; 4 were detained", "students were dispersed by
        police; several dozen were detained"): the count is of the civilians the sentence named before it, the last
        of them. None for a pronoun, or when no civilians were named before."""
        if count.pos_ == "PRON" or not any(t.text == ";" for t in tokens(verb.sent) if t.i < count.i):
            return []
        before = [m for m in self.mentions if verb.sent.start <= m.start and m.end <= count.i
                  and m.sector in self.words.civilian_sectors and m.kind == "agent"]
        if not before:
            return []
        # (held people are placed from the sentence, as :meth:`_held_people` places them: the state that holds them)
        return [Named(before[-1], before[-1].head).changed(country_from="sentence")]

    def _executing_state(self, verb: Token, targets: list) -> str | None:
        """The state that executed people (data: sense_cues execution_verbs) in a passive with no agent: the
        executed people's own country, where the act happens there or no place is named ("Saddam Hussein
        was hanged at dawn", "were executed in Tehran"); None for people of another country than the place
        (hostages "executed" by their captors), with no country, or of the government itself."""
        from . import places

        if verb.lemma_.lower() not in lexicon.words("sense_cues", "execution_verbs"):
            return None
        countries = {t.country for t in targets}
        if len(countries) != 1 or None in countries or any(t.sector == "GOV" for t in targets):
            return None   # (a ruler "executed" in a coup is killed by those who took his state: no source named)
        country = next(iter(countries))
        loc = places.event_location(verb.sent, verb)
        if loc is not None and loc.country and loc.country != country:
            return None
        return country

    def released_people(self, code: str, target: Named | None) -> str:
        """A release (084) of people is a release of persons (0841): "Iran freed two Americans"."""
        if code == "084" and target is not None and (
                target.kind == "person" or target.sector in self.words.released_people_sectors):
            return "0841"
        return code

    def _unknown_group(self, tok: Token) -> bool:
        """A by-agent named only by an acronym the actor dictionaries do not know: "by NISA", "by the
        ABC near Imphal" (capitals, 2-6 letters, no mention, no modifier but an article)."""
        text = tok.text
        return tok.pos_ == "PROPN" and text.isalpha() and text.isupper() and 2 <= len(text) <= 6 and \
            not any(m.start <= tok.i < m.end for m in self.mentions) and tok.i not in self.pronouns and \
            all(c.dep_ in {"det", "prep", "punct"} for c in tok.children)

    def _passive_threat(self, verb: Token, code: str, reporter_of: dict[int, Named]) -> list:
        """ "Iran would be hit very hard if it attacked, Trump said": force promised on a condition, in a
        passive that names no one to use it, is the speaker's threat (138 once finished). The speaker,
        when of another country than every actor the passive strikes; else []."""
        if code[:2] not in VIOLENT_ROOTS or not modality.is_consequence(verb) or not modality.future_or_possible(verb):
            return []
        if any(c.dep_ == "agent" for c in verb.children):
            return []
        reporter = self._reporter(verb, reporter_of)
        country = reporter.country if reporter is not None else None
        struck = [m for c in verb.children if c.dep_ == "nsubjpass" for m in self.actors_of(c)]
        if not country or not struck or any(m.country in {None, country} for m in struck):
            return []
        return [reporter]

    def _warns_of_other(self, verb: Token) -> bool:
        """"warned that AI could affect jobs", "warned that Russia could attack": a warning whose clause is
        not the warner's own act (unlike "warned it would hit Israel")."""
        if verb.lemma_.lower() not in self.words.warning_verbs or self.own_response(verb) is not None:
            return False
        clause = [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"}]
        objs = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
        if verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" and not objs and not self.actors_of(verb.head) and not any(
                g.dep_ in {"nsubj", "nsubjpass", "expl"} for c in clause for g in c.children):
            # (conflict30) "a deal NATO officials warned would create a haven for militants": the relative's antecedent,
            # a thing of no actor, is what the warning foresees, no act of the warner's
            return True
        if not clause:
            return False
        subj = [c for c in clause[0].children if c.dep_ in {"nsubj", "nsubjpass", "expl"}]
        if objs:
            # (conflict30) "Moscow warned the move could push the country towards civil war": a noun of no actor parsed
            # as the object of the warning is the subject of the clause warned of, which has none of its own
            if subj or len(objs) > 1 or objs[0].pos_ != "NOUN" or self.actors_of(objs[0]) \
                    or not objs[0].i < clause[0].i:
                return False
            subj = objs
        if not subj:
            return False
        if subj[0].dep_ == "expl":
            return True  # "warned that there could be ..."
        pred = clause[0]
        if self._will_pay(pred):
            return False   # (threat43) "warned that Lebanon would bear the consequences": a punishment foretold, a threat
        if self._penalty_brought(pred, subj[0]):
            return False   # (threat43) "warned that any violation would bring the severest consequences": a threat
        if pred.lemma_.lower() in lexicon.words("sense_cues", "plight_verbs") and not any(
                o.dep_ == "dobj" and o.lemma_.lower() in lexicon.words("sense_cues", "plight_threat_objects")
                for o in pred.children) or (pred.lemma_.lower() == "be" and any(
                c.dep_ in {"acomp", "attr"} and c.lemma_.lower() in lexicon.words("sense_cues", "plight_adjectives")
                for c in pred.children)):
            # (verbal30) "Belgium warned it could face Russian lawsuits", "warned that Mexico would be unable to pay":
            # a plight foreseen for the warner or anyone, no act the warner would do
            return True
        if subj[0].dep_ == "nsubjpass" and clause[0].lemma_.lower() in lexicon.words("sense_cues", "treatment_verbs") \
                and not any(c.dep_ == "agent" for c in clause[0].children):
            return False  # (sense13) "warned that any unit approaching the border would be treated as a target": the warner's act
        if subj[0].dep_ == "nsubjpass" and not any(c.dep_ == "agent" for c in clause[0].children) and any(
                d.dep_ == "det" and d.lower_ in lexicon.words("modality_cues", "free_choice_determiners")
                for d in subj[0].children):
            # (falsepos22) "warned that any strike across the Line of Control would be answered", "that any attempt
            # would be resisted", "that any Iraqi aircraft crossing the parallel would be shot down": what any
            # comer would suffer, with no doer named, is the warner's own response, a threat (13x), no comment
            return False
        warner, _, _ = self.subjects(verb)
        if self._any_force_on_warner(subj[0], warner):
            return False
        if self._coercion_suffered(clause[0], subj[0], warner):
            return False
        theirs = self.actors_of(subj[0])
        if subj[0].pos_ == "PRON" and not theirs:
            return False  # an unresolved pronoun may be the warner
        return not any(same_actor(m, warner) or (m.country and any(m.country == w.country for w in warner))
                       for m in theirs)

    @staticmethod
    def _penalty_brought(pred: Token, subj: Token) -> bool:
        """(threat43) The clause of a warning tells another's act ahead that will bring a penalty (sense_cues
        penalty_bringing_verbs with one of plight_threat_objects among its words): "warned that any violation would
        bring the severest consequences", "that such strikes would mean war", "that their refusal would result in
        military conflict", "that sanctions would be a declaration of war". The act is one of anyone ("any", "such") or a
        hostile act's noun; the modal is will/would."""
        lemma = pred.lemma_.lower()
        # "warned that sanctions would be a declaration of war": what the act would be is the penalty's word
        named = lemma == "be" and any(c.dep_ == "attr" for c in pred.children)
        if (lemma not in lexicon.words("sense_cues", "penalty_bringing_verbs") and not named) \
                or not any(a.dep_ == "aux" and a.lemma_.lower() in cue("future_modals") for a in pred.children) \
                or any(a.dep_ == "neg" for a in pred.children):
            return False
        marked = any(d.dep_ in {"det", "amod", "poss"} and d.lower_ in
                     lexicon.words("modality_cues", "free_choice_determiners") | {"such", "their", "its"}
                     for d in subj.children)
        if not marked and subj.lemma_.lower() not in cue("hostile_act_nouns"):
            return False
        penalties = lexicon.words("sense_cues", "plight_threat_objects")
        subject_words = {t.i for t in subj.subtree}
        return any(t.lemma_.lower() in penalties for t in pred.subtree if t.i not in subject_words and t.i != pred.i)

    def _coercion_suffered(self, pred: Token, subj: Token, warner: list[Named]) -> bool:
        """(reject35) "warned that Tel Aviv would be hit if Israel bombed Beirut", "warned that visa-free travel for
        Georgians could be suspended": a coercive act (sense_cues warned_coercion_verbs) told as a passive with no doer,
        ahead or possible, that an actor of another country than the warner's would suffer (named in the subject's own
        words: its head, a possessor, a modifier or a "for" phrase) is the warner's own act, a threat (13x)."""
        if subj.dep_ != "nsubjpass" or pred.lemma_.lower() not in lexicon.words("sense_cues", "warned_coercion_verbs") \
                or any(c.dep_ == "agent" for c in pred.children) or not modality.future_or_possible(pred):
            return False
        if not warner:
            return False
        homes = {w.country for w in warner if w.country}   # (none for a body such as the EU)
        words = [subj, *(c for c in subj.children if c.dep_ in {"poss", "amod", "compound", "nmod"})]
        words += [o for p in subj.children if p.dep_ == "prep" and p.lower_ in {"for", "of"}
                  for o in p.children if o.dep_ == "pobj"]
        # (a town stands for its country: "Tel Aviv would be hit")
        sufferers = [m for t in words for m in self.actors_of(t) or self._places_of(t, warner)]
        return bool(sufferers) and all(m.country and m.country not in homes for m in sufferers)

    def _any_force_on_warner(self, noun: Token, warner: list[Named]) -> bool:
        """(dyad26) "warned that any U.S. military intervention would cause irreparable damage", "warned that any
        attack on the country would not be a walk in the park": force by anyone at all (a free-choice determiner,
        modality_cues free_choice_determiners, on a noun of force) that another would use on the warner is what the
        warner threatens to answer, a threat (13x), no comment on another's act; the force's doer must be named and
        of another country, or its aim be the warner's own country ("any intervention would threaten the region"
        by a neighbour stays a comment)."""
        if noun.dep_ != "nsubj" or not warner or not any(
                d.dep_ == "det" and d.lower_ in lexicon.words("modality_cues", "free_choice_determiners")
                for d in noun.children) or not self._violent_noun(noun):
            return False
        homes = {w.country for w in warner if w.country}
        if not homes:
            return False
        aims = [o for p in noun.children if p.dep_ == "prep" and p.lower_ in {"on", "against"}
                for o in p.children if o.dep_ == "pobj"]
        if aims:
            return all(o.lemma_.lower() in cue("homeland_nouns") or (
                self.actors_of(o) and all(m.country in homes for m in self.actors_of(o))) for o in aims)
        doers = [m for c in noun.children if c.dep_ in {"amod", "compound", "poss", "nmod"}
                 for t in c.subtree for m in self.actors_of(t)]
        return bool(doers) and all(m.country and m.country not in homes for m in doers)

    def _mutual_talks(self, verb: Token, code: str) -> bool:
        """(verbal29) "Russian and Ukrainian delegations held talks", "A and B held three hours of talks",
        "A and B negotiated": negotiations (046, or a meeting verb whose object is a negotiation noun, event_words
        negotiation_nouns) are each delegation's act on the other, unlike a meeting of two ("A and B met")."""
        if code[:3] == "046":
            return True
        if any(c.dep_ == "nsubj" and c.lemma_.lower() in self.words.negotiator_nouns for c in verb.children):
            return True   # "Ukrainian and Russian negotiators met face to face": delegations meeting negotiate
        objs = [c for c in verb.children if c.dep_ in {"dobj", "attr"}]
        objs += [o for c in objs for o in of_nouns(c)]
        return any(o.lemma_.lower() in self.words.negotiation_nouns for o in objs)

    def _beside_visit(self, verb: Token) -> bool:
        """"will visit Washington and meet Reagan": the visit is coded by its own verb; the meeting is a meeting."""
        others = [c for c in verb.children if c.dep_ == "conj"] + ([verb.head] if verb.dep_ == "conj" else [])
        for o in others:
            m = self.code_verb(o) if o.pos_ == "VERB" else None
            if m is not None and m.code and m.code[:3] in {"042", "043"}:
                return True
        return False

    def _meeting_place(self, verb: Token) -> str | None:
        """The country where a meeting takes place, when the sentence names it."""
        from . import places

        loc = places.event_location(verb.sent, verb)
        return loc.country if loc is not None and loc.country else None

    def _third_place(self, verb: Token, code: str, pairs: list, mod: str) -> bool:
        """(visits39) A meeting (a meeting verb, event_words meeting_verbs; codes event_cues third_place_codes) that
        happened in a country neither party belongs to: "Trump and Xi met in Busan", "the foreign ministers of India and
        Pakistan met in Thimphu", "Burns met Jalili in Geneva" (gold README: summits at a third place are 044 both
        ways). Every pair has two parties of two countries, neither the place's; delegations that negotiate keep 046."""
        held = any(c.dep_ == "dobj" and c.lemma_.lower() in cue("third_place_meeting_nouns") for c in verb.children)
        if code[:3] not in cue("third_place_codes") or (verb.lemma_.lower() not in self.words.meeting_verbs and not held) \
                or mod != modality.ASSERTED or not pairs or self._mutual_talks(verb, code):
            return False
        if any(t is None or not s.country or not t.country or s.country == t.country for s, t in pairs):
            return False
        place = self._venue_country(verb)
        return place is not None and all(place not in {s.country, t.country} for s, t in pairs)

    def _venue_places(self, verb: Token, sources: list) -> list[Named]:
        """The place the verb's own place phrase names ("signed eight deals in Beijing"), as its country (a town of the
        gazetteer, a capital): nothing when it is an actor of another country than its town's ("at the White House"
        is no town). The parser may hang the place on the verb's object ("signed six accords in Tokyo")."""
        heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        for o in (o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in PLACE_PREPS
                  for o in p.children if o.dep_ == "pobj"):
            named = self.actors_of(o)
            places = self._places_of(o, sources)
            if places and (not named or {m.country for m in named} == {m.country for m in places}):
                return places
            if named:
                # a capital or a country named as the place is that country ("in Tokyo": JPN, not its government)
                return [m.changed(code=m.country, sector=None, name=None, kind="country") for m in named
                        if m.kind in {"capital", "country"} and m.country]

        return []

    def _venue_country(self, verb: Token) -> str | None:
        """The country of the place named in the verb's own place phrase ("met in Busan", "met in a lakeside villa in
        Geneva", "met at the White House"), as an actor or a town of the gazetteer; not a place of another clause
        ("ordered a halt to operations in Georgia after meeting Sarkozy")."""
        # "met the Iranian negotiator in Geneva", "met with King Hussein in London": the parser may hang the place on
        # the one met
        met = [c for c in verb.children if c.dep_ == "dobj"]
        met += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children if o.dep_ == "pobj"]
        todo = [o for h in (verb, *met) for p in h.children if p.dep_ == "prep" and p.lower_ in PLACE_PREPS
                for o in p.children if o.dep_ == "pobj"]
        for _ in range(6):
            if not todo:
                break
            o = todo.pop(0)
            countries = {m.country for m in self.actors_of(o) or self._places_of(o, []) if m.country}
            if countries:
                return countries.pop() if len(countries) == 1 else None
            todo += [q for p in o.children if p.dep_ == "prep" and p.lower_ in PLACE_PREPS
                     for q in p.children if q.dep_ == "pobj"]
        return None

    def _each_other(self, verb: Token) -> bool:
        """The verb's object is a reciprocal pronoun ("blamed each other", "accused one another of")."""
        for c in verb.children:
            if c.dep_ in {"dobj", "dative", "prep"}:
                words = " ".join(t.lower_ for t in c.subtree)
                if any(p in words for p in self.words.reciprocal_pronouns):
                    return True
        return False

    def _host_place(self, m: Named) -> bool:
        """A country or capital named as where the act took place ("met in Doha", "talks in Riyadh")."""
        i = m.word
        if i is None or m.kind not in {"country", "capital"}:
            return False
        tok = word_at(self.doc, i)
        return tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPS

    def _at_shared_border(self, verb: Token) -> bool:
        """(target31) The verb, or its object, brings a force to a border named by no actor of its own ("moved
        missiles toward their common border", "massed troops along the border"; not "the border with India",
        whose actor the rules take as the target, nor "near the Kenyan border"; "their" is the parties themselves)."""
        heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        for p in (p for h in heads for p in h.children if p.dep_ == "prep"):
            if p.lower_ not in cue("border_move_preps"):
                continue
            for o in (o for o in p.children if o.dep_ == "pobj"):
                if o.lemma_.lower() in cue("shared_border_nouns") and not any(
                        self.actors_of(t) for t in o.subtree if t.i != o.i and t.pos_ != "PRON"):
                    return True
        return False

    def _battle_place(self, m: Named) -> bool:
        """(target31) A country, capital or gazetteer place named as where a fight was ("fought near Pokrovsk",
        "battled in Khartoum"): the object of a preposition of place, standing for no actor of its own, or the
        country of such a place the act was given for want of a target (no word of its own)."""
        i = m.word
        if i is None:
            return m.kind == "country"
        if m.kind in {"person", "organization", "agent", "block"} and m.mention.country_from != "place":
            return False
        tok = word_at(self.doc, i)
        # (target45) "fought a large air battle over the Bekaa valley", "clashed along the Line of Control": over a
        # land or along a line is where the sides fight too (event_cues battle_place_preps)
        return tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPS | cue("battle_place_preps")

    def _outside_mutual_act(self, verb: Token, target: Named) -> bool:
        """The target's word lies beyond the act's own words: outside the verb's phrase ("..., the three
        countries said in Beijing"), or reached from the verb through a clause of its own ("ending a standoff
        on the border with Bhutan", "as both face China") or a by-phrase ("a deal brokered by Qatar")."""
        i = target.word
        if i is None:
            return False
        if target.kind == "agent" and target.mention.country_from in {"sentence", "article"}:
            return True   # "agreed to reopen embassies": a bare agent noun of a guessed country (their own)
        tok = word_at(self.doc, i)
        if not (verb.left_edge.i <= i <= verb.right_edge.i):
            return True
        for _ in range(12):
            if tok.i == verb.i:
                return False
            if tok.dep_ in {"advcl", "relcl", "ccomp", "csubj", "parataxis", "agent"} or tok.head.i == tok.i \
                    or tok.dep_ == "conj" and tok.pos_ in {"VERB", "AUX"}:
                return True
            tok = tok.head
        return False

    def _shared_partner(self, verb: Token, sources: list[Named]) -> list[Named]:
        """The partner of the mutual act a conjunct with no subject of its own follows ("signed security
        agreements with Ukraine and pledged fresh ammunition"): the second act of the same parties is
        aimed at the same partner, not at each other ("held talks with Lithuania and agreed to boost ties")."""
        while verb.dep_ == "xcomp" and verb.head.i != verb.i:
            verb = verb.head
        head = verb.head
        if verb.dep_ != "conj" or head.pos_ not in {"VERB", "AUX"} or any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            return []
        words = [c for c in head.children if c.dep_ in {"dobj", "dative", "prep"} and c.i < verb.i]
        words += [p for c in words if c.dep_ == "dobj" for p in c.children if p.dep_ == "prep"]
        found = [m for w in words for o in ([w] if w.dep_ != "prep" else [o for o in w.children if o.dep_ == "pobj"])
                 for m in self.actors_of(o)]
        return dedupe([m for m in found if self._beside_parties(head, m, sources)])

    def _direct_partner(self, verb: Token, target: Named) -> bool:
        """The target is the verb's own object or its "with" partner ("met Kozyrev", "talks with Seoul")."""
        i = target.word
        if i is None:
            return False
        tok = word_at(self.doc, i)
        for _ in range(3):
            if tok.head.i == verb.i and tok.dep_ in {"dobj", "dative"}:
                return True
            if tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.head.i == verb.i:
                return True
            if tok.head.i == tok.i:
                break
            tok = tok.head
        return False

    def _with_partner(self, verb: Token, target: Named) -> bool:
        """The target is named by the verb's own "with" phrase ("fighting with the army"), not its object."""
        if target.word is None:
            return False
        tok = word_at(self.doc, target.word)
        for _ in range(3):
            if tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.head.i == verb.i:
                return True
            if tok.head.i == tok.i or tok.dep_ not in {"compound", "amod", "poss", "pobj", "conj"}:
                break
            tok = tok.head
        return False

    def _governed_by_joint(self, verb: Token) -> bool:
        """"A and B agreed to hold exercises": the joint verb above makes the act mutual; so does
        one below ("A and B failed to reach agreement")."""
        if any(c.dep_ == "xcomp" and c.lemma_.lower() in self.words.joint for c in verb.children):
            return True
        node = verb
        for _ in range(3):
            if node.head.i == node.i or node.dep_ not in {"xcomp", "acl", "pcomp", "pobj", "prep"} and not (
                    # (target48) "A and B agreed to build a dam and to share its power", "agreed to set up a commission
                    # to settle their dispute": a verb joined to the agreed act, or its purpose, with no subject of
                    # its own, is agreed too
                    node.dep_ in {"conj", "advcl"} and node.pos_ == "VERB"
                    # (not a verb joined to the joint verb itself: "met in Helsinki and jointly demanded that Iraq ...")
                    and (node.dep_ == "conj" and node.head.lemma_.lower() not in self.words.joint
                         or any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children))
                    and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children)):
                return False
            node = node.head
            if node.lemma_.lower() in self.words.joint:
                return True
        return False

    def _happens_in(self, verb: Token, country: str | None) -> bool:
        """The act takes place in ``country`` (police act at home; "fired on protesters in Andijan")."""
        from . import places

        loc = places.event_location(verb.sent, verb)
        return bool(country) and loc is not None and loc.country == country

    def _protesters(self, m: Named) -> bool:
        """The mention names protesters, students or a crowd, not civilians at large."""
        from .verbs import normal

        return any(normal(w) in self.words.protester_nouns for w in m.text.lower().replace("-", " ").split())

    def _is_disaster(self, noun: Token) -> bool:
        """A natural or industrial disaster: "earthquake", "floods", "a gas explosion", "a blast at a factory"."""
        w = self.words
        lemma = noun.lemma_.lower()
        if self._weapon_fire(noun):
            return False  # "artillery fire", "machine-gun fire": a weapon's, not a blaze
        mods = [c for c in noun.children if c.dep_ in {"compound", "amod", "nmod"}]
        if lemma in w.disaster_nouns or " ".join([*(m.lemma_.lower() for m in mods[-1:]), lemma]) in w.disaster_nouns:
            return not self.actors_of(noun)  # "a Russian drone crash" is still Russia's
        if lemma not in w.accidental_blasts:
            return False
        if any(t.lemma_.lower() in w.accident_words for m in mods for t in m.subtree):  # "coal mine explosion"
            return True
        # the site may hang on the blast's verb: "a blast ripped through a chemical plant"
        site_preps = [*noun.children, *(noun.head.children if noun.dep_ == "nsubj" else [])]
        for p in site_preps:
            if p.dep_ == "prep" and p.lower_ == "of" and p.head.i == noun.i and any(  # "an explosion of ammonium nitrate"
                    t.lemma_.lower() in w.accident_words for o in p.children for t in o.subtree):
                return True
            if p.dep_ == "prep" and p.lower_ in cue("accident_site_preps"):
                for o in p.children:
                    if o.dep_ == "pobj" and (o.lemma_.lower() in w.accident_sites or any(
                            m.dep_ in {"compound", "amod"} and m.lemma_.lower() in w.accident_words for m in o.children)):
                        return True
        return False

    def _disaster_cause(self, verb: Token) -> bool:
        """Harm done by a disaster and by no actor: "killed in an earthquake" is no attack."""
        causes = self._causes(verb)
        victims = {c.lemma_.lower() for c in verb.children if c.dep_ in PATIENTS}
        accidental = victims & self.words.accident_victims and any(
            n.lemma_.lower() in self.words.accidental_blasts for n in causes)
        if not causes or not (accidental or any(self._is_disaster(n) for n in causes)):
            return False
        # an actor that is the subject or by-agent still acts ("troops fired on crowds fleeing the flood")
        for c in verb.children:
            if c.dep_ in {"nsubj", "agent"}:
                heads = [c] if c.dep_ == "nsubj" else [p for p in c.children if p.dep_ == "pobj"]
                if any(self.actors_of(h) for h in heads if not self._is_disaster(h)):
                    return False
        return True

    def _unnamed_attacker(self, m: Named | None, code: str) -> bool:
        """Violence whose doers are named only by what they did or carried ("gunmen", "a suicide
        bomber", "armed men"): attackers of no group, whose country is only where they struck, are no
        source (the dev set's convention); "Palestinian gunmen", "Islamic State suicide attacker" name
        theirs. A weapon with no doer ("a roadside bomb") stays unidentified armed forces (UAF) of the
        country, as CAMEO wire coding has it."""
        if m is None or (code[:2] not in VIOLENT_ROOTS and code not in lexicon.words("actor_cues", "unnamed_attack_codes")):
            return False
        if m.kind != "agent" or m.name is not None or (m.country and not m.country_from):
            return False
        words = m.text.lower().split()
        unnamed = lexicon.words("actor_cues", "unnamed_attackers")
        head = word_at(self.doc, m.head)
        # (source31) "unknown persons torched ...", "unidentified looters": doers the text calls unidentified
        unknown = any(c.dep_ == "amod" and c.lower_ in lexicon.words("actor_cues", "unnamed_modifiers") for c in head.children)
        if not unknown and not any(" ".join(words[-n:]) in unnamed for n in (1, 2) if len(words) >= n):
            return False
        if any(w.startswith("pro-") for w in self.doc[head.left_edge.i:head.i + 1].text.lower().split()):
            return False   # (source31) "pro-Russian gunmen seized police stations": the side they fight for is named
        if m.country and any(c.dep_ in {"amod", "compound"} and c.lemma_.lower() in lexicon.words("actor_cues", "side_kind_modifiers")
                             for c in head.children):
            return False   # (mine43) "jihadist gunmen attacked an army post in Benin": named by their side's kind
        if m.country and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children):
            return False   # (actors28) "Russia said ... but its bombers struck Poti": the possessive names whose they are
        return not self._attackers_of(head)

    def _attackers_of(self, head: Token) -> list[Named]:
        """(sources21) The body or side that attackers named by what they did belong to, told on their own noun: "gunmen
        of the Ansar Dine group", "armed men from an Islamic State affiliate", "gunmen loyal to the former
        president". They are that side's armed men, no unnamed attackers."""
        objs = [o for p in head.children if p.dep_ == "prep" and p.lower_ in {"of", "from"}
                for o in p.children if o.dep_ == "pobj"]
        objs += [o for a in head.children if a.dep_ == "amod" and a.lemma_.lower() == "loyal"
                 for p in a.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]
        return [n for o in objs for n in self.actors_of(o)
                if n.kind in {"organization", "person"} or (n.sector and n.sector not in self.words.civilian_sectors)]

    @staticmethod
    def _retaking(verb: Token) -> bool:
        """(target49) A verb of winning land back: "recaptured", "retook", "regained control", "took back" (event_cues
        retaking_verbs, or retaking_back_verbs with the particle "back")."""
        lemma = verb.lemma_.lower()
        if lemma in cue("retaking_verbs"):
            return True
        return lemma in cue("retaking_back_verbs") and any(
            c.dep_ in {"prt", "advmod"} and c.lower_ in cue("retaking_particles") for c in verb.children)

    def _retaken_land(self, verb: Token, sources: list, targets: list) -> list:
        """(target49) Land won back is the taker's own (gold README: "a force retaking a place in its own country
        targets that country"): a foreign state or its forces named only as whom it was taken from ("Iraq said its
        forces recaptured the Faw peninsula from Iranian troops", "Ethiopia's troops retook the town from Eritrea")
        give way to the taker's country. A place the gazetteer knows keeps its own country ("Russian forces
        recaptured Robotyne from Ukrainian troops": UKR), and so does an armed group it was taken from (whose
        country is the land's)."""
        homes = {s.country for s in sources}
        if len(homes) != 1 or any(not s.country or s.sector not in STATE_FORCES | {"GOV", None} for s in sources):
            return targets
        home = sources[0].country
        out = []
        for t in targets:
            if t.country and t.country != home and (t.kind == "country" or t.sector in STATE_FORCES | {"GOV"}) \
                    and self._former_holder(verb, word_at(self.doc, t.head)):
                t = t.changed(code=home, country=home, sector=None, name=None, kind="country")
            out.append(t)
        return out

    @staticmethod
    def _former_holder(verb: Token, tok: Token) -> bool:
        """(target49) ``tok`` is named in a "from" phrase of ``verb`` or of its object: whom land was taken from."""
        for _ in range(6):
            if tok.i == verb.i or tok.head.i == tok.i:
                return False
            if tok.dep_ == "prep" and tok.lower_ in cue("former_holder_preps"):
                return True
            tok = tok.head
        return False

    def _post_country(self, t: Named) -> Named:
        """A force's post ("a military outpost", "army positions", "a police station": data handover_places) as the
        country it stands on, for a post taken (192): the territory is the country's, not the force's."""
        if t.kind != "agent" or not t.country or t.sector not in STATE_FORCES | ARMED_SECTORS:
            return t
        if word_at(self.doc, t.head).lemma_.lower() not in cue("handover_places"):
            return t
        return t.changed(code=t.country, sector=None, name=None, kind="country")

    def _assassination(self, verb: Token, code: str, targets: list) -> str:
        """Killing a political leader ("gunmen killed President Moise", "Abe was shot dead") is an
        assassination (186); shooting counts when it kills ("shot dead", "gunned down")."""
        if code[:2] not in KILLING_ROOTS or not targets or code in {"185", "186"}:
            return code
        lemma = verb.lemma_.lower()
        leaders = all(self._one_person(t) and (t.sector in self.words.leader_sectors or t.sector is None and t.kind == "person")
                      for t in targets)
        if lemma in lexicon.words("sense_cues", "wounding_verbs") and leaders:
            return "185"   # (recall12b) "shot and wounded the mayor": a leader hurt, not killed, survived an attempt
        if lemma not in self.words.assassination_verbs:
            return code
        leaders = all(self._one_person(t) and (t.sector in self.words.leader_sectors or t.sector is None and t.kind == "person")
                      for t in targets)
        if lemma in cue("shooting_verbs") and not any(c.lower_ in cue("killing_particles") for c in verb.children) and (
                verb.i + 1 >= len(verb.doc) or verb.nbor(1).lower_ not in cue("killing_particles")):  # "shot dead the prime minister": "dead" may parse as amod
            # (recall12b) a leader shot and not killed is the object of an attempt on his life: "the Pope was
            # shot and seriously wounded by a gunman" (185)
            return "185" if leaders else code
        if all((t.sector in self.words.leader_sectors or self._named_commander(t)) and self._one_person(t) for t in targets):
            return "186"
        return code

    def _named_commander(self, m: Named) -> bool:
        """(sides39) One named man of an armed group or force with a title of command before his name ("separatist
        leader Mako Tabuni", "guerrilla commander Raul Reyes"; event_words command_titles): a leader."""
        if m.kind != "agent" or m.sector not in ARMED_SECTORS or not self._one_person(m):
            return False
        words = " ".join(t.lower_ for t in tokens(self.doc)[m.start:m.end])
        return any(f" {title} " in f" {words} " for title in self.words.command_titles)

    def _killed_leader(self, verb: Token, code: str, t: Named | None, passive: bool) -> tuple[str, str | None]:
        """(violence13) The killing of a named leader or official is an assassination (186; gold README: "the
        killing of a named leader (bin Laden, Reyes, Dudayev, Ayro) is 186 beside the raid or strike that
        carried it out"): "troops killed rebel leader Velupillai Prabhakaran" (186), "a U.S. air strike
        killed the militia's commander Aden Ayro" (the strike 195 and the killing 186). The victim is one
        person of a state's or an armed group's leadership (data: event_words leader_sectors) or one named
        person who is no civilian (civilians killed are assaulted, 1823/180). Returns the code of the act and
        the 186 beside it when the doer is an attack or a weapon (data: sense_cues leader_killing_code)."""
        leader_code = min(lexicon.words("sense_cues", "leader_killing_code"))
        if t is None or code[:2] not in KILLING_ROOTS or code in {"185", leader_code} or code[:3] == "183":
            return code, None
        lemma = verb.lemma_.lower()
        if lemma not in self.words.assassination_verbs:
            return code, None
        if lemma in cue("shooting_verbs") and not any(c.lower_ in cue("killing_particles") for c in verb.children) and (
                verb.i + 1 >= len(verb.doc) or verb.nbor(1).lower_ not in cue("killing_particles")):
            return code, None   # "shot the mayor": wounded or killed, the shooting alone does not say
        if not self._one_person(t) and not self._named_victim(verb, t, passive):
            return code, None
        if not (t.sector in self.words.leader_sectors or (t.kind == "person" and t.sector not in self.words.civilian_sectors)
                or self._named_commander(t)):
            return code, None
        if self._attack_doer(verb, passive):
            return code, leader_code   # the strike that killed is coded too
        return leader_code, None

    def _leader_killing_force(self, verb: Token, passive: bool) -> tuple[str, Token] | None:
        """(force47) The act of force an assassination (186) by a named doer was done in, coded beside it on its own
        noun: a strike, raid or battle in the killing's own "in"/"during" phrase ("killed Hezbollah's leader in an air
        strike on Beirut": 195; "killed the FARC commander during a raid on a rebel camp": 190), or an attack as the
        doer ("a U.S. drone strike killed the Taliban leader": 195). None when the clause names no such act."""
        found = self._attack_means(verb)
        if found is None and self._attack_doer(verb, passive):
            doers = _doer_nouns(verb, passive)
            code = self._means_code(verb, "190", passive)
            if doers and doers[0].pos_ == "NOUN":
                found = (code, doers[0])
        return found if found is not None and found[0][:2] == "19" else None

    def _attack_means(self, verb: Token) -> tuple[str, Token] | None:
        """(force47) The code and noun of an act of force (root 19) the killing ``verb`` names as the occasion of the
        killing in its own "in"/"during" phrase (data: event_cues killing_occasion_preps, killing_occasion_nouns):
        "killed the general in a drone strike" (195), "in a raid on his compound" (190), "in a gunfight with police"
        (190). None when the phrase names none (a coup attempt the leader was killed in is no such act)."""
        for p in verb.children:
            if p.dep_ != "prep" or p.lower_ not in cue("killing_occasion_preps"):
                continue
            for o in p.children:
                if o.dep_ != "pobj" or o.pos_ != "NOUN" or no_det(o) or o.lemma_.lower() not in cue(
                        "killing_occasion_nouns"):
                    continue
                m = self.verbs.match_noun(o.lemma_.lower(), kind_words(o))
                if m is None or not m.code:   # "killed the Taliban's leader in a strike": the doer's strike
                    m = self.military_twin(o, kind_words(o), self.subjects(verb)[0]) or m
                if m is not None and m.code and m.code[:2] == "19":
                    return m.code, o
        return None

    def _named_victim(self, verb: Token, t: Named, passive: bool) -> bool:
        """(violence13) The verb's patient is one person named by a proper name the dictionaries do not know,
        and ``t`` is the body that person holds a post in, named in an appositive or a title: "shot dead
        Rifaat el-Mahgoub, the speaker of Egypt's parliament" (EGYLEG), "killed the rebels' number two Raul
        Reyes"."""
        patients = [c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
        if not patients:
            return False
        p = patients[0]
        if p.tag_ != "NNP" or p.i in self.mention_at or any(c.dep_ in {"conj", "nummod"} for c in p.children):
            return False
        titles = [c for c in p.children if (c.dep_ == "appos" and c.pos_ == "NOUN" and c.tag_ == "NN") or (
            c.dep_ == "compound" and c.lemma_.lower() in self.words.person_nouns)]
        return any(t.start <= x.i < t.end or any(t.start <= y.i < t.end for y in x.subtree) for x in titles)

    def _attack_doer(self, verb: Token, passive: bool) -> bool:
        """(violence13) The doer of ``verb`` is an attack or a weapon, not people: "an air strike killed",
        "a bombing raid killed", "was killed by a Russian rocket"."""
        if self._means_code(verb, "190", passive) != "190":
            return True
        doers = _doer_nouns(verb, passive)
        for d in doers[:1]:
            if d.i in self.mention_at or d.i in self.pronouns:
                return False
            m = self.verbs.match_noun(d.lemma_.lower(), [t.lemma_.lower() for t in d.subtree if t.i != d.i])
            return m is not None and bool(m.code) and m.code[:2] in VIOLENT_ROOTS
        return False

    def _means_code(self, verb: Token, code: str, passive: bool) -> str:
        """An attack named as the doer gives the act its kind: "a Russian missile strike on Dnipro killed
        eight" (195), "soldiers were killed in Israeli tank shelling" (194), not the killing's 190; so does an
        attack that destroyed ("an Israeli strike destroyed the consular building": 195, not 1712; data:
        sense_cues destruction_codes)."""
        artillery = code in cue("weapon_doer_artillery_codes")
        if code not in self.words.generic_attack_codes and code not in lexicon.words("sense_cues", "destruction_codes") \
                and code[:3] != "183" and not artillery:
            return code
        if passive:
            doers = [p for c in verb.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in cue("means_preps"))
                     for p in c.children if p.dep_ == "pobj"]
        else:
            doers = [c for c in verb.children if c.dep_ == "nsubj"]
        for d in doers[:1]:
            kind = self._doer_weapon_kind(d)
            if artillery:
                # (bombs42) PETRARCH's "hit * (by/with &weapon)" reads any weapon as artillery (194): "a tanker was hit
                # by Houthi missiles" is an air strike (195), as the missile says
                return kind if kind in cue("military_weapon_codes") else code
            if kind in cue("military_weapon_codes") and (code in self.words.generic_attack_codes or code[:3] == "183"):
                return kind   # (violence12b) "a mortar bomb exploded" (194), "missiles hit" (195): no bombing
            if code[:3] == "183":
                # (root32) an attack noun whose own words name a military weapon ("the overnight drone and missile
                # attack on Kyiv killed three", "a missile strike killed 50 people"): that attack, not a bombing
                m = self.verbs.match_noun(d.lemma_.lower(), kind_words(d))
                return m.code if m is not None and m.code in cue("military_weapon_codes") else code
            if d.lemma_.lower() in lexicon.words("sense_cues", "force_strike_nouns"):
                # "an Israeli strike destroyed the consulate": a strike that destroys or kills is a military one
                return min(lexicon.words("sense_cues", "force_strike_code"))
            m = self.verbs.match_noun(d.lemma_.lower(), kind_words(d))
            if m is not None and m.code and m.code[:2] in VIOLENT_ROOTS and m.code not in self.words.generic_attack_codes:
                return m.code
        return code

    def _doer_weapon_kind(self, d: Token) -> str | None:
        """(violence12b) The kind of attack a weapon or a military aircraft as the doer names: "missiles hit
        central Odesa" (195), "a mortar bomb exploded in the market" (194: its own modifier first), "an F-16
        shot down a bomber" (195). None for any other doer."""
        lemma = d.lemma_.lower()
        mods = [c.lemma_.lower() for c in d.children if c.dep_ in {"compound", "amod"} and c.i < d.i]
        if lemma in cue("aerial_doers") or d.lower_ in cue("aerial_doers"):
            return "195"
        if lemma not in self.words.weapon_nouns:
            return None
        table = dict(self.words.weapon_codes)
        for word in (*reversed(mods), lemma):
            if word in table:
                return table[word]
        return None

    def _chemical_means(self, verb: Token, code: str, passive: bool) -> str:
        """Violence done with a chemical agent is chemical warfare (2041) whatever carries it: "rockets
        carrying a nerve agent struck the suburbs", "fired shells filled with a chemical agent at the
        troops", "barrel bombs loaded with chlorine hit the town". The agent (data: sense_cues
        chemical_agents) is the doer or object weapon's content (a participle of event_words
        content_participles) or the verb's own "with" means."""
        if code[:2] not in VIOLENT_ROOTS or code in lexicon.words("sense_cues", "chemical_code"):
            return code
        agents = lexicon.words("sense_cues", "chemical_agents")
        weapons_ = self.words.violent_means | self.words.bombing_doers

        def named(n: Token) -> bool:
            mods = [c.lemma_.lower() for c in n.children if c.dep_ in {"compound", "amod"} and c.i < n.i]
            return n.lemma_.lower() in agents or (bool(mods) and f"{mods[-1]} {n.lemma_.lower()}" in agents) or (
                any(m in agents for m in mods) and n.lemma_.lower() in weapons_)   # (violence19) "sarin rockets"

        def filled(n: Token) -> bool:
            # (violence19) "a chlorine-filled rocket": the agent hangs on a participle before the weapon
            return any(c.dep_ in {"amod", "compound"} and c.i < n.i and c.lemma_.lower() in self.words.content_participles
                       and any(named(g) for g in c.children if g.i < c.i) for c in n.children)

        weapons = [c for c in verb.children if c.dep_ in {"nsubj", "dobj", "nsubjpass"}]
        weapons += [o for c in verb.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "with")
                    for o in c.children if o.dep_ == "pobj"]
        for w in weapons:
            held = [o for a in w.children if a.dep_ == "acl" and a.lemma_.lower() in self.words.content_participles
                    for x in (a, *(p for p in a.children if p.dep_ == "prep" and p.lower_ == "with"))
                    for o in x.children if o.dep_ in {"dobj", "pobj"}]
            if named(w) or filled(w) or any(named(n) for n in held):
                return min(lexicon.words("sense_cues", "chemical_code"))
        return code

    def _bombing(self, verb: Token, code: str, passive: bool) -> str:
        """A bomb or bomber as the doer makes an attack a bombing: "a car bomb hit a convoy" (183),
        "a suicide bomber blew himself up" (1831); a bomb dropped from the air (195) stays an air strike."""
        if code not in self.words.bombing_codes and code[:2] not in VIOLENT_ROOTS:
            return code
        doers = _doer_nouns(verb, passive)
        if not doers:
            return code
        words = {t.lower_ for t in doers[0].subtree if t.i <= doers[0].i}
        if words & self.words.suicide_marks and (code in self.words.bombing_codes or code[:3] == "183"):
            return "1831"
        if doers[0].lemma_.lower() in self.words.bombing_doers:
            for mark, marked in self.words.bomb_kinds:
                if mark in words:
                    return marked  # "hit by a car bomb" is a car bombing, even under "hit" (195)
            if code in self.words.bombing_codes:
                return code if code[:3] == "183" else "183"
            if code in cue("weapon_doer_artillery_codes") and self._doer_weapon_kind(doers[0]) != code:
                # (fight36) PETRARCH's "&weapon wreck *" (194) reads any weapon as artillery: "a bomb wrecked the
                # party headquarters" is a bombing; "a mortar bomb wrecked the market" names its artillery
                return "183"
        return code

    def _mass_killing(self, verb: Token, code: str, passive: bool, sources: list, targets: list) -> tuple[str, list]:
        """Killing non-combatants in large numbers is a mass killing (202): "killed hundreds of
        civilians", "killed 148 people", "at least 140 concertgoers were shot dead by gunmen". Soldiers
        and fighters killed, and killings by a bomb, missile or shell, keep their codes."""
        w = self.words
        lemma = verb.lemma_.lower()
        if code not in w.mass_killing_codes or lemma not in w.mass_killing_verbs:
            return code, targets
        if lemma in cue("shooting_verbs") and not any(c.lower_ in cue("killing_particles") for c in verb.children) \
                and (verb.i + 1 >= len(verb.doc) or verb.nbor(1).lower_ not in cue("killing_particles")):
            return code, targets   # "shot dead 60 villagers": "dead" may parse as the victims' modifier
        killer = _doer_nouns(verb, passive)
        if any(k.lemma_.lower() in w.weapon_means for k in killer):
            return code, targets
        if any((s.sector or "").lower() in lexicon.words("sense_cues", "gang_sectors") for s in sources) \
                and not self._killed_at_named_place(verb):
            return code, targets  # (violence13) "gangs killed 62 people in a day": criminals' killings, no massacre
        if killer and not any(k.i in self.mention_at or k.i in self.pronouns or any(
                c.dep_ == "compound" and c.i in self.mention_at for c in k.children) for k in killer):
            # (fight36: "Gran Grif gang members killed", the actor named before the killers' own noun)
            return code, targets  # "Iran's crackdown killed hundreds": the act named is not a massacre
        victims = [c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
        if not victims:
            return code, targets
        v = victims[0]
        large = False
        if v.lower_ in w.mass_quantity_words:
            # (violence59) a mob kills in the hundreds for a massacre: "mobs killed dozens of Tamils" is a killing
            large = v.lower_ in w.mob_mass_quantity_words or not sources or not all(
                s.sector in w.mob_killer_sectors for s in sources)
            inner = [p for c in v.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
            if inner:
                v = inner[0]
        else:
            for c in v.children:
                if c.dep_ == "nummod":
                    try:
                        large = int(c.text.replace(",", "")) >= w.mass_killing_min
                    except ValueError:
                        large = c.lower_ in w.mass_quantity_words
        if not large or v.lemma_.lower() not in w.mass_victim_nouns:
            return code, targets
        if any(t.sector is not None and t.sector not in w.civilian_sectors and (
                t.sector in ARMED_SECTORS | STATE_ORGAN_SECTORS or t.sector.lower() in lexicon.words("sense_cues", "gang_sectors")
                or t.kind != "agent") for t in targets):
            # soldiers, police or officials killed are no mass killing; people named by their ethnic group or
            # faith ("some 8,000 Muslim men", "1,000 Masalit men") are non-combatants
            return code, targets
        if not targets:
            from . import places

            loc = places.event_location(verb.sent, verb)
            country = loc.country if loc is not None else None
            if country:
                targets = [Named.agent_at(v, country, "CVL")]
        return "202", targets

    @staticmethod
    def _killed_at_named_place(verb: Token) -> bool:
        """(fight36) The killing's own clause names the one place where it happened ("gang members killed at least 70
        people in Pont-Sonde", "in the Cite Soleil slum"; data: event_cues town_preps): a massacre there, not a
        tally of killings across a country ("gangs killed 62 people in a single day"). The place phrase may hang on
        the verb or on its victims; a date ("on Monday", "in March") is no place."""
        calendar = lexicon.words("date_cues", "weekdays") | lexicon.words("date_cues", "months")
        heads = [verb, *(c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"})]
        return any(p.dep_ == "prep" and p.lower_ in cue("town_preps") and any(
            t.pos_ == "PROPN" and t.lower_ not in calendar for o in p.children if o.dep_ == "pobj" for t in o.subtree)
            for h in heads for p in h.children)

    def _mass_expulsion(self, verb: Token, code: str, passive: bool, targets: list) -> str:
        """(force29) People expelled or deported in their thousands, or as a whole class ("undocumented Afghans", "all
        Asians"), or forced, driven or pushed across a border or out of a place in their thousands, are a mass
        expulsion (201): "Ethiopia has expelled more than 50,000 people of Eritrean origin", "Pakistan began deporting
        hundreds of thousands of Afghans", "Bulgaria has forced tens of thousands of ethnic Turks across the border",
        "thousands of black Mauritanians have been driven across the Senegal river" (data: mass_expulsion_verbs,
        mass_displacement_verbs, mass_expulsion_marks). Diplomats, officials and armed men keep their codes."""
        w = self.words
        lemma = verb.lemma_.lower()
        if not code or code.startswith("---") or code == "201" or (
                lemma not in w.mass_expulsion_verbs and lemma not in w.mass_displacement_verbs):
            return code
        if lemma in w.mass_displacement_verbs and not any(
                c.dep_ in {"prep", "prt", "advmod"} and c.lower_ in w.displacement_preps for c in verb.children):
            return code
        people = [c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
        if not people:
            return code
        v = people[0]
        marks = {c.lower_ for c in v.children if c.dep_ in {"amod", "det", "predet"}}
        large = bool(marks & w.mass_expulsion_marks) and lemma in w.mass_expulsion_verbs
        words = [v, *(c for c in v.children if c.dep_ in {"nummod", "quantmod"})]
        words += [g for c in v.children if c.dep_ == "nummod" for g in c.children]
        words += [o for c in v.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
        for t in words:
            text = t.lower_.replace(",", "")
            if text in w.mass_expulsion_counts:
                large = True
            elif text.isdigit():
                large = int(text) >= w.mass_expulsion_min   # "400 undocumented Afghans": a count below it is no mass
                break
        if not large:
            return code
        if any(t.sector is not None and t.sector not in w.civilian_sectors and t.sector not in {"PPL", "REF"}
               for t in targets):
            return code   # diplomats, officials or fighters sent away are no population expelled
        return "201"

    def _taken_captive(self, verb: Token, code: str, passive: bool, s: Named, t: Named | None) -> str:
        """People seized or captured by an armed group, an opposition or a foreign state are taken hostage
        (181), not arrested or confiscated: "armed opposition supporters seized the president at the
        airport", "special forces of one state seized another's leader in a night raid", "the army said it
        had captured two enemy airmen" (blind5, blind8). A state's own forces seizing its own people arrest
        them (173: a coup's seizure of the president, police capturing a drug lord); a named person seized
        is never property (1711). Data: sense_cues captive_taking_verbs, seizing_verbs."""
        if code not in {"1711", "173"} or t is None or s is None or s.sector is None and s.kind != "country":
            return code
        lemma = verb.lemma_.lower()
        if lemma not in lexicon.words("sense_cues", "captive_taking_verbs"):
            return code
        seizing = lemma in lexicon.words("sense_cues", "seizing_verbs")
        if code == "1711":
            objs = [c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
            if not seizing or not objs or not self._one_person(t) or not t.start <= objs[0].i < t.end:
                return code
            code = "173"
        state = s.kind == "country" or s.sector in STATE_ORGAN_SECTORS | STATE_FORCES
        if state and s.country == t.country:
            return code
        if not state or (seizing and self._one_person(t)) or (
                t.country != s.country and t.sector in STATE_FORCES and t.country is not None):
            # (another state's soldiers or airmen; a state that captures foreign militants arrests them)
            return "181"
        return code

    def _vessel_seized(self, verb: Token, code: str, passive: bool) -> str:
        """A ship seized, impounded, hijacked or detained is taken with its crew (181), not property (1711) nor
        an arrest (173), nor territory taken (192: "seized an Iranian supertanker off Gibraltar"): "seized the Spanish trawler Estai", "detained the oil tanker Eagle S", "the tanker
        Stena Impero, seized by Iran's Revolutionary Guards", "seized three of its navy boats". The seized
        thing is the verb's object (the subject of a passive, the noun a passive participle modifies); a
        quantifier before "of" is looked through. Goods seized from a ship stay 1711. Data: sense_cues
        vessel_seizing_verbs, seized_vessel_nouns."""
        if code not in {"1711", "173", "192"} or verb.lemma_.lower() not in lexicon.words("sense_cues", "vessel_seizing_verbs"):
            return code
        objs = [c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
        if not objs and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.i != verb.i:
            objs = [verb.head]   # "the tanker Stena Impero, seized by ..."
        if not objs:
            return code
        obj = objs[0]
        if obj.pos_ in {"NUM", "PRON", "ADJ"} or obj.lower_ in {"some", "most", "all", "several", "one"}:
            pobjs = of_nouns(obj)
            if pobjs:
                obj = pobjs[0]
        nouns = lexicon.words("sense_cues", "seized_vessel_nouns")
        # the ship's own name told in apposition or compound ("the container ship MSC Aries"): the head is a name
        heads = [obj, *(c for c in obj.children if c.dep_ in {"compound", "appos"})]
        if obj.pos_ == "PROPN" and obj.dep_ in {"appos", "compound"} and obj.head.i != obj.i:
            heads.append(obj.head)
        if not any(h.lemma_.lower() in nouns or h.lower_ in nouns for h in heads):
            return code
        return "181"

    def _police_raid(self, verb: Token, code: str, passive: bool, s: Named, t: Named | None) -> tuple[str, Named | None]:
        """(coerce50) A raid by police, intelligence or prosecutors (sectors COP, SPY, JUD) on premises (the verb's
        object, data: sense_cues raided_premises_nouns) is no armed attack nor repression: the premises are searched
        and property taken (171: "police in Jakarta raided the office of a group campaigning for Aceh's
        independence"); a firm's premises, or premises raided for evidence (raid_evidence_nouns under the raid's own
        phrase), are searched in an investigation (091: "prosecutors raided the Lima offices of Odebrecht in search of
        evidence of bribes"). The target is the premises' owner where one is named ("the offices of Brazilian builder
        Odebrecht"). Not premises of armed men ("raided a Lashkar-e-Taiba camp"), not a passive."""
        if passive or not (code[:2] in VIOLENT_ROOTS or code in lexicon.words("sense_cues", "repression_code")) \
                or verb.lemma_.lower() not in lexicon.words("sense_cues", "premises_raid_verbs") \
                or s.sector not in {"COP", "SPY", "JUD"} \
                or (t is not None and t.sector in ARMED_SECTORS | STATE_FORCES):
            return code, t
        nouns = lexicon.words("sense_cues", "raided_premises_nouns")
        objs = [o for c in verb.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
        if not objs or not all(o.lemma_.lower() in nouns for o in objs):
            return code, t
        owners = [m for o in objs for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                  for n in p.children if n.dep_ == "pobj" for m in self.actors_of(n)] + \
                 [m for o in objs for n in o.children if n.dep_ == "poss" for m in self.actors_of(n)]
        if any(m.sector in ARMED_SECTORS for m in owners):
            return code, t
        phrases = [w.lemma_.lower() for c in verb.children if c.dep_ in {"prep", "advcl", "xcomp"} for w in c.subtree]
        if any(w in lexicon.words("sense_cues", "raid_inquiry_nouns") for w in phrases):
            return code, t   # "raided the offices ... in their investigation of bribes": the investigation's own
        searched = any(w in lexicon.words("sense_cues", "raid_evidence_nouns") for w in phrases)
        owner = next((m for m in owners if m.country and not same_actor(m, [s])), None)
        t = owner or t
        if searched or (t is not None and t.sector == "BUS"):
            return min(lexicon.words("sense_cues", "raid_search_code")), t
        return min(lexicon.words("sense_cues", "raided_premises_code")), t

    def _coup(self, verb: Token, code: str, s: Named, t: Named | None) -> str:
        """A country's own soldiers or armed men who oust, overthrow or topple its leader or government
        stage a coup, coded by its arrest of the ousted (173; data/gold/README.md, blind5 and blind9):
        "the army ousted the president after months of protests", "officers overthrew the elected
        president". A parliament or a party that ousts a leader is no coup; the verb keeps its code.
        Data: sense_cues coup_verbs."""
        if t is None or s is None or verb.lemma_.lower() not in lexicon.words("sense_cues", "coup_verbs"):
            return code
        if (s.sector not in STATE_FORCES | ARMED_SECTORS and not self._military_person(s)) or s.country is None \
                or s.country != t.country:
            return code
        if t.sector not in self.words.leader_sectors:
            return code
        return min(lexicon.words("sense_cues", "coup_code"))

    def _shot_dead(self, verb: Token, code: str, t: Named | None) -> str:
        """Unarmed people shot dead ("a soldier shot dead 16 villagers", "a guard shot dead two
        journalists") are killed by physical assault (1823), not met in a gunfight (193); armed men
        (criminal gangs included) shot dead stay small-arms fire, a state's force on its own protesters
        stays repression (175)."""
        if code != "193" or t is None or t.sector is None or verb.lemma_.lower() not in cue("shooting_verbs"):
            return code
        if not any(c.lower_ in cue("killing_particles") for c in verb.children) and (
                verb.i + 1 >= len(verb.doc) or verb.nbor(1).lower_ not in cue("killing_particles")):
            return code
        return "1823" if t.sector in self.words.civilian_sectors else code

    def _military_person(self, s: Named) -> bool:
        """(miss17) A person of a country named with a soldier's title in his own mention (data: sense_cues
        military_titles): "Army chief Pervez Musharraf", "special forces commander Mamady Doumbouya", "Captain
        Ibrahim Traore". Whatever office the actor dictionary gives him on the day he seizes power, the coup he
        leads is the military's."""
        if s.kind != "person" or not s.country or s.sector in STATE_FORCES:
            return False
        return any(t.lemma_.lower() in lexicon.words("sense_cues", "military_titles") for t in self.doc[s.start:s.mention.end]
                   if t.i != s.mention.head)

    def _as_military(self, s: Named) -> Named:
        """The coup leader ``s`` (:meth:`_military_person`) as his country's military."""
        return s.changed(code=compose_code(s.country or "", "MIL"), sector="MIL") if self._military_person(s) else s

    def _one_person(self, m: Named) -> bool:
        """A mention of one person: a named person, "the justice minister" (a singular person noun), or a role
        word before a person's name the dictionaries lack ("presidential candidate Fernando Villavicencio")."""
        if m.kind == "person":
            return True
        head = word_at(self.doc, m.head) if isinstance(m.head, int) and 0 <= m.head < len(self.doc) else None
        if head is not None and m.kind == "agent" and head.tag_ == "NNP" and m.start < head.i - 1 and all(
                _is_name_token(word_at(self.doc, i)) for i in (head.i - 1, head.i)) and not _agent_word(head.text):
            return True   # (sources21) a first name and a surname after the role word
        return head is not None and head.tag_ == "NN" and head.lemma_.lower() in self.words.person_nouns


def _phrases(noun: Token) -> set[str]:
    """The lemma of ``noun``, with its compounds before it and with its prepositional phrase after it: "genocide", "war
    crime", "crime against humanity", "legal value"."""
    lemma = noun.lemma_.lower()
    before = " ".join(t.lemma_.lower() for t in noun.children if t.dep_ in {"compound", "amod"} and t.i < noun.i)
    out = {lemma, noun.lower_, f"{before} {lemma}".strip()}
    for p in noun.children:
        if p.dep_ == "prep":
            out |= {f"{lemma} {p.lower_} {o.lemma_.lower()}" for o in p.children if o.dep_ == "pobj"}
            out |= {f"{noun.lower_} {p.lower_} {o.lower_}" for o in p.children if o.dep_ == "pobj"}
    return out


def refusal(cand: Candidate, refuser: Token | None) -> list[Candidate]:
    """ "Niger's junta said it would not release Bazoum", "Panama would not renew its agreement": an
    actor's stated refusal of its own act is the CAMEO 12x rejection, asserted, beside the act negated
    (modality.is_stated_refusal, the table in data/lexicon/modality_cues.yaml)."""
    if cand.modality != modality.NEGATED or refuser is None or cand.source is None:
        return []
    code = modality.refusal_code(cand.code) or dict(event_words().yield_refusal_codes).get(cand.code)
    reporter = cand.reported_by
    # (refuse30b) a reporter whose country is only the article's guess ("..., the interior minister said") tells no
    # foreign reporter: the refusal stands
    if code is None or not modality.is_stated_refusal(refuser) or (
            reporter is not None and reporter.country and reporter.country != cand.source.country
            and reporter.country_from != "article"):
        return []
    # (refuse59) "would not negotiate unless they laid down their weapons": the refusal is stated now, asserted; only
    # the other side's act in the unless-clause is conditional (gold README: "Refusals with a condition")
    mod = modality.ASSERTED
    fight_on = _fight_on_code(cand)
    if fight_on is not None:
        code, mod = fight_on, modality.INTENDED   # (precision34) "would not stop fighting": the threat of force
    ref = Candidate(trigger=cand.trigger, code=code, pattern=f"<will not> {cand.pattern}", source=cand.source,
                    target=cand.target, reported_by=reporter, modality=mod,
                    inherited_source=cand.inherited_source, nominal=cand.nominal)
    ref.tokens = set(cand.tokens)
    return [ref]


def refused_intent(cand: Candidate, refused: list[Candidate]) -> bool:
    """(unreal58) ``cand`` is a statement of intent (03x) negated whose stated refusal :func:`refusal` coded: "said it
    would not take part in the talks", "would not accept foreign troops", "refused to accept any preconditions" are
    the rejection (12x, asserted) only; no intent to cooperate was stated, so the negated 03x is dropped (gold
    README: "a refusal ('declined to send', 'will not allow') is the 12x rejection, asserted")."""
    return bool(refused) and cand.code[:2] in INTENT_STATEMENT_ROOTS and cand.modality == modality.NEGATED


def _fight_on_code(cand: Candidate) -> str | None:
    """(precision34) The threat a stated refusal to stop fighting makes (data: event_words fight_on_codes): "said they
    would not stop fighting the Kabul government" is a future act of force (138), not a refusal to de-escalate. Only a
    halting verb (force_halting_verbs, ceasefire_halt_verbs) whose object is no truce ("would not halt the ceasefire
    talks", "would not declare a truce" keep their refusal)."""
    words = event_words()
    code = dict(words.fight_on_codes).get(cand.code)
    verb = cand.trigger
    if code is None or cand.nominal or verb.lemma_.lower() not in words.force_halting_verbs | words.ceasefire_halt_verbs:
        return None
    if any(ch.dep_ in {"dobj", "xcomp"} and ch.lemma_.lower() in words.ceasefire_nouns for ch in verb.children):
        return None
    return code


def _fight_pairs(sides: list[Named]) -> list[tuple[Named | None, Named | None]]:
    """Each side of a fight (``RuleCoder._fight_sides``) on the other; one actor's groups fighting each other
    (both sides the same) once."""
    if len(sides) == 2 and sides[0] == sides[1]:
        return [(sides[0], sides[1])]
    return [(a, b) for a in sides for b in sides if a != b]


def _verb_candidate(verb: Token, code: str, pattern: str, source: Named | None, target: Named | None,
                    reporter: Named | None, mod: str, governor: Token | None) -> Candidate:
    """The event of ``verb`` from ``source`` to ``target``, its evidence the verb and both."""
    cand = Candidate(trigger=verb, code=code, pattern=pattern, source=source, target=target,
                     reported_by=reporter, modality=mod, governor=governor)
    cand.tokens = evidence(verb, source, target)
    return cand



def _riot_and_repression(n: Token, match: VerbMatch, crowd: tuple[Named, Named], reporter: Named | None, mod: str,
                          governor: Token | None) -> list[Candidate]:
    """(nouns18) A fight between protesters and a state's forces: the crowd's riot (145) on the forces, and the
    forces' repression (175) of the crowd when they are the crowd's own state's."""
    people, force = crowd
    acts = [("145", people, force)] + [("175", force, people)] * (force.country == people.country)
    return [c for code, doer, done_to in acts
            for c in _nominal_candidates(n, VerbMatch(code=code, pattern=match.pattern, specificity=1),
                                         [(doer, done_to)], reporter, mod, governor)]

def _course_candidates(n: Token, code: str, lemma: str, pairs: list, reporter: Named | None, mod: str,
                       governor: Token | None) -> list[Candidate]:
    """The acts of an event noun told by the course verb ``lemma``, one per (source, target) pair."""
    out: list[Candidate] = []
    for s, t in pairs:
        cand = Candidate(trigger=n, code=code, pattern=f"<{n.lemma_.lower()} {lemma}>", source=s, target=t,
                         reported_by=reporter, modality=mod, governor=governor, nominal=True)
        cand.tokens = evidence(n, s, t)
        out.append(cand)
    return out


def _halt_withheld(verb: Token) -> bool:
    """(unreal49) A halting verb (event_words force_halting_verbs) negated on its own, with no object: "the offensive would
    not stop until Hezbollah freed the soldiers" says the campaign goes on, as "would continue" does."""
    return verb.lemma_.lower() in event_words().force_halting_verbs and modality.is_negated(verb) and not any(
        c.dep_ in {"dobj", "xcomp"} for c in verb.children)


def _concurrent_course(verb: Token) -> bool:
    """(violence53) A clause of time after its head, in the simple past, that tells an attack going on beside the news
    ("Kyiv rejected the offer as Russian shelling of both cities went on", "a ceasefire collapsed as Syrian government
    shelling resumed"): the attack is news of its own, as when its doer is the subject ("as Russian troops shelled
    the city"); its modality is the clause's own (under a refusal the time is a condition)."""
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.head.children) and any(
            c.dep_ == "neg" for c in verb.head.children):
        return False   # "would not negotiate while Israeli shelling of Gaza continued": a condition, no news
    return verb.dep_ == "advcl" and verb.i > verb.head.i and verb.tag_ == "VBD" and not any(
        c.dep_ in {"aux", "auxpass", "neg"} for c in verb.children) and any(
        c.dep_ == "mark" and c.lower_ in cue("concurrent_course_marks") for c in verb.children)


def _course_told(verb: Token) -> set[str]:
    """The course a verb tells, as lemma with its particle or the word it needs ("take effect", "come into force",
    "break out"), each reading of it (cue party_course_verbs lists them)."""
    lemma = verb.lemma_.lower()
    # (nominal32) "came back into force", "went back into effect": the phrase may hang on the adverb "back"
    heads = [verb] + [c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "back"]
    extra = [c for c in verb.children if c.dep_ in {"prt", "advmod"}] + [
        c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "effect"] + [
        c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in {"into", "under"}]
    return {lemma} | {f"{lemma} {c.lower_}" for c in extra} | {
        f"{lemma} {c.lower_} {o.lower_}" for c in extra for o in c.children if o.dep_ == "pobj"}


def _ending_participle(n: Token) -> Token | None:
    """(coop35) The participle (event_cues meeting_ending_participles) whose object is ``n``, directly or through a noun
    of time span ("ending two months of talks"), hung on the verb of its clause as an aside; None else."""
    node = n
    if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.lemma_.lower() in cue("span_nouns"):
        node = n.head.head
    verb = node.head
    if node.dep_ != "dobj" or verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.head.pos_ not in {"VERB", "AUX"} \
            or verb.lemma_.lower() not in cue("meeting_ending_participles") or verb.head.i > verb.i:
        return None
    return verb


def _occasion_verb(prep: Token) -> Token | None:
    """The verb whose act a phrase of occasion (``prep``: "at talks in Havana") tells where or while it was done. The
    parser may hang the phrase on the verb's object or on a noun of its phrase ("accepted allied terms for a ceasefire
    at talks with", "agreed to a ceasefire at talks"): a meeting is no part of a thing, so it goes up to that verb."""
    head = prep.head
    for _ in range(4):
        if head.pos_ in {"VERB", "AUX"}:
            return head
        if head.pos_ not in {"NOUN", "PROPN"} or head.dep_ not in {"dobj", "pobj"}:
            return None
        head = head.head if head.dep_ == "dobj" else head.head.head
    return None


def _ahead(verb: Token) -> bool:
    """``verb`` tells what is to come or may be: a modal of the future or of possibility on it, or its present form
    ("will lift the ban after talks next week", "may lift it after talks", "lifts the ban after talks"); not "would"
    of reported speech ("said it would scale back after talks in Istanbul": the talks were held)."""
    return verb.tag_ in {"VBP", "VBZ"} or any(c.dep_ == "aux" and c.lower_ in {
        "will", "shall", "'ll", "may", "might", "must", "should", "can"} for c in verb.children)


def dedupe_tokens(toks: list[Token]) -> list[Token]:
    """``toks`` without repeats (compared by ``.i``), in order."""
    out: list[Token] = []
    for t in toks:
        if all(t.i != o.i for o in out):
            out.append(t)
    return out


def kind_words(n: Token) -> list[str]:
    """The lemmas that tell what kind of act an event noun is, its target phrase left out: "a nuclear attack"
    is one (2042), "an attack on nuclear sites" is not; "strikes on chemical plants" are air strikes, not a
    chemical attack (data: impact_preps)."""
    impact = cue("impact_preps")
    target = {t.i for p in n.children if p.dep_ == "prep" and p.lower_ in impact for t in p.subtree}
    return [t.lemma_.lower() for t in n.subtree if t.i != n.i and t.i not in target]


def _nominal_candidates(n: Token, match: VerbMatch, pairs: list[tuple[Named | None, Named | None]],
                        reporter: Named | None, mod: str, governor: Token | None) -> list[Candidate]:
    """One candidate of the event noun ``n`` per (source, target) pair, its evidence the noun and both."""
    out = []
    for source, target in pairs:
        cand = Candidate(trigger=n, code=match.code, pattern=match.pattern, source=source, target=target,
                         reported_by=reporter, modality=mod, governor=governor, nominal=True)
        cand.tokens = evidence(n, source, target)
        out.append(cand)
    return out


def _foreseen(verb: Token) -> bool:
    """(verbal50) ``verb`` is told as a harm ahead, with a modal of the future or of possibility ("would undermine",
    "could destabilise", "will damage"), not negated."""
    return not any(c.dep_ == "neg" for c in verb.children) and any(
        c.dep_ == "aux" and c.lower_ in FORESEEING_AUX for c in verb.children)


def _said_events(verb: Token, code: str, pattern: str, sources: Sequence[Named], targets: Sequence[Named | None],
                 mod: str, governor: Token | None, clause_tokens: set[int]) -> list[Candidate]:
    """One event of `code` from each speaker to each target of what it said ("X said Y was responsible"):
    the saying verb is the trigger, the evidence also holds the words of the clause that makes it an act."""
    out = []
    for src in sources:
        for t in targets:
            cand = Candidate(trigger=verb, code=code, pattern=pattern, source=src, target=t,
                             reported_by=None, modality=mod, governor=governor)
            cand.tokens = evidence(verb, src, t) | clause_tokens
            out.append(cand)
    return out


def untold_pairs(found: list[Candidate], fits: Callable[[str], bool], sources: list[Named],
                 targets: list[Named]) -> list[tuple[Named | None, Named | None]]:
    """The (source, target) pairs of a rule's act that no event already found tells: a rule that adds a mediation,
    a visit or a help in war leaves out the pairs some event of a code that ``fits`` already has."""
    told = {(c.source.code, c.target.code if c.target else None) for c in found if fits(c.code) and c.source is not None}
    return [(s, t) for s in sources for t in targets if (s.code, t.code) not in told]
