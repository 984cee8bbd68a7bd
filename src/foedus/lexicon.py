"""Lexicons: the word lists of the coder as data, one YAML file per concept (issue 12).

Words and phrases the rules look for ("stipulate", "in the event", "shift in policy") live in
``src/foedus/data/lexicon/<name>.yaml``, never as Python literals, so a user can add a cue
without touching code. One loader reads them all::

    from foedus import lexicon
    cues = lexicon.load("commitment_cues")   # validated against its schema, cached per process
    cues.agreement_nouns                     # ['agreement', 'pact', 'treaty', ...]

Each file has a schema: a pydantic model named in ``SCHEMAS`` (file name without ``.yaml``), built
from the field types below (``Words``, ``LowerWords``, ``Phrase``, ``Pattern``, ``PatternMap``,
``Labels``). A file that breaks its schema stops loading with E210, naming the file and the key
(``obligation_phrases.consult``, ``commitment_verbs[3]``); an unreadable file is E211, a name
without a schema E212. ``read(path)`` checks an edited copy anywhere on disk. To move a module's
word list here: write the file, add its model to ``SCHEMAS``, call ``lexicon.load(name)`` in the
module; ``tests/lexicon/test_lexicon.py`` then validates the file (see docs/dictionaries.md).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Self

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, model_validator

from . import data
from .errors import DataError, Errors
from .schema import MODALITIES
from .values import load_yaml

FOLDER = "lexicon"


# ---- field types ---------------------------------------------------------------------------
def _phrase(value: str) -> str:
    if not value.strip():
        raise ValueError("an empty word")
    if value != value.strip() or "\n" in value or "  " in value:
        raise ValueError(f"{value!r} has stray spaces or a line break")
    return value


def _lower(value: str) -> str:
    if value != value.lower():
        raise ValueError(f"{value!r} must be lower case (it is compared with lower-cased text)")
    return value


def _unique(values: list[str]) -> list[str]:
    seen: set[str] = set()
    for v in values:
        if v in seen:
            raise ValueError(f"{v!r} is listed twice")
        seen.add(v)
    return values


def _pattern(value: str) -> str:
    try:
        re.compile(value)
    except re.error as exc:
        raise ValueError(f"{value!r} is not a valid regular expression ({exc})") from None
    if re.compile(value).search(""):
        raise ValueError(f"{value!r} matches the empty string, so it would match everywhere")
    return value


#: one word or phrase, no stray spaces
Phrase = Annotated[str, AfterValidator(_phrase)]
#: one lower-case word or phrase
LowerPhrase = Annotated[str, AfterValidator(_phrase), AfterValidator(_lower)]
#: a list of words or phrases, at least one, none twice (order kept: it may matter)
Words = Annotated[list[Phrase], Field(min_length=1), AfterValidator(_unique)]
#: the same, all lower case (for lists compared with ``tok.lower_`` or lower-cased lemmas)
LowerWords = Annotated[list[LowerPhrase], Field(min_length=1), AfterValidator(_unique)]
#: a regular expression that compiles and does not match the empty string
Pattern = Annotated[str, AfterValidator(_pattern)]
#: label -> regular expression (order kept)
PatternMap = Annotated[dict[Phrase, Pattern], Field(min_length=1)]
#: key -> output text (may be empty)
Labels = dict[Phrase, str]


class Lexicon(BaseModel):
    """Base of every lexicon schema: unknown keys are errors (a typo is never silently ignored)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    schema_version: int = 1


class KeyProblem(Exception):
    """Raised by a schema's cross-key check: ``key`` is the key to name in the E210 message."""

    def __init__(self, key: str, problem: str):
        super().__init__(f"{key}: {problem}")
        self.key, self.problem = key, problem


def _known(key: str, values: Iterable[str], allowed: Collection[str], what: str) -> None:
    unknown = [v for v in values if v not in allowed]
    if unknown:
        raise KeyProblem(key, f"{unknown[0]!r} is not one of the {what} ({', '.join(allowed)})")


# ---- schemas, one per file -----------------------------------------------------------------
class StrengthRule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    strength: int = Field(ge=0, le=5)
    kind: Phrase
    all: list[Phrase] = []
    any: list[Phrase] = []


class CommitmentCues(Lexicon):
    """commitment_cues.yaml: commitment clauses in news text (foedus.commitments.clauses)."""

    agreement_nouns: Words                   # regex alternatives: "agreement", "pact" (+ optional s)
    commitment_verbs: LowerWords             # lemmas
    commitment_modals: LowerWords            # words that commit alone: will, shall, must
    conditional_markers: LowerWords          # "if", "in the event"
    attack_words: PatternMap                 # trigger kind -> pattern
    attack_labels: dict[Phrase, Phrase]      # trigger kind -> words in the output trigger
    either_party: Pattern
    either_party_label: Phrase               # "either party"
    one_party_label: Phrase                  # "a party"
    obligation_phrases: PatternMap           # label -> pattern, in output order
    obligation_subsumes: dict[Phrase, Words]  # a label found hides these (more general) labels
    strength_rules: list[StrengthRule] = Field(min_length=1)
    condition_markers: LowerWords
    condition_end: Pattern                   # where the conditions after a marker end
    condition_separator: Pattern             # between two conditions
    condition_kinds: PatternMap
    condition_labels: dict[Phrase, Phrase]
    refers_back: Pattern
    signing_verbs: LowerWords
    reporting_verbs: LowerWords
    source_markers: LowerWords               # "according to"
    between_words: Words                     # "between X and Y"
    party_joiners: Words                     # the dash in "the X-Y pact"

    @model_validator(mode="after")
    def _cross_keys(self) -> Self:
        labels = list(self.obligation_phrases)
        if set(self.attack_labels) != set(self.attack_words):
            raise KeyProblem("attack_labels", f"must label exactly the attack_words kinds ({', '.join(self.attack_words)})")
        for label, hidden in self.obligation_subsumes.items():
            _known(f"obligation_subsumes.{label}", [label, *hidden], labels, "obligation_phrases labels")
        for n, rule in enumerate(self.strength_rules):
            _known(f"strength_rules[{n}]", rule.all + rule.any, labels, "obligation_phrases labels")
        _known("condition_labels", list(self.condition_labels), list(self.condition_kinds), "condition_kinds")
        return self


class PolicyCues(Lexicon):
    """policy_cues.yaml: signals that a state's stated policy shifts or holds (foedus.commitments.policies)."""

    shift_signals: LowerWords                # lemmas or phrases
    reaffirm_signals: LowerWords
    policy_nouns: LowerWords                 # "policy": an explicit policy phrase
    person_pronouns: LowerWords              # a pronoun subject that stands for a person, not a state


class UnRuleCues(Lexicon):
    """un_rule_cues.yaml: words that put an event under a UN rule check (foedus.commitments.rules)."""

    weapon_words: Words
    buy_words: Words
    breach_prefixes: Labels                  # event modality -> words before the flag's reason

    @model_validator(mode="after")
    def _modalities(self) -> Self:
        _known("breach_prefixes", list(self.breach_prefixes),
               [m for m in MODALITIES if m != "negated"], "flagged modalities")   # a negated act breaches nothing
        return self


class ActorCues(Lexicon):
    """actor_cues.yaml: words around an actor mention that change its code (foedus.coder.actors)."""

    former_words: LowerWords                 # "former", "ex-": the title is no longer held
    former_sectors: LowerWords               # sectors a former holder leaves (lower case: gov, mil...)
    people_counts: LowerWords                # "thousands of Egyptians": a demonym counted is people (CVL)
    supporter_prefixes: LowerWords           # "pro-Russian separatists": the country backed, not theirs
    wider_prefixes: LowerWords               # "the Pan-American Highway": a wider name, no country's
    possessives: Words                       # "'s", "’": between two pieces of one mention
    name_particles: LowerWords               # never used alone to find a person named earlier
    stateless_titles: LowerWords             # titles of an international body ("secretary general")
    flag_vessels: LowerWords                 # merchant ships: of the flag their own words name, else of none
    flag_participles: LowerWords             # "the Panama-flagged Niovi": a ship's name owned by the country before
    international_groups: LowerWords         # "rights groups" with no country: NGO + sector (NGOHRI)
    local_words: LowerWords                  # "a local rights group": the group keeps the country
    international_court_words: LowerWords    # "an international tribunal in The Hague": IGO + JUD, not the seat's
    envoy_words: LowerWords                  # "Syria's UN envoy": a state's envoy to a body is the state's (GOV)
    place_prepositions: LowerWords           # "rebels in Sudan": the actor's country
    destination_prepositions: LowerWords     # "deployed units to the Catatumbo region": where a force goes (bare32)
    near_prepositions: LowerWords            # "clashes near Goma": where a named place is
    calendar_words: LowerWords               # "Monday", "May": times, never actors
    hyphenated_citizens: LowerWords          # "Chinese Americans": the second word is the citizenship
    personal_pronouns: LowerWords            # foedus.coref: he, she ...
    neuter_pronouns: LowerWords              # it, its
    plural_pronouns: LowerWords              # they, them ...
    name_fillers: LowerWords                 # "of", "the" inside a name being split
    control_participles: LowerWords          # "Hamas-run", "Iran-backed"
    owner_participles: LowerWords            # "Vietnamese-led forces", "a Kuwaiti-flagged tanker": the country's own
    backer_participles: LowerWords           # "Iranian-backed militias": the country backs them, is not theirs
    not_plurals: LowerWords                  # foedus.coref: "US", "news"
    unnamed_attackers: LowerWords            # "gunmen", "a suicide bomber": an attacker nobody is named for
    unnamed_modifiers: LowerWords            # "unidentified", "unknown": doers so described are named by no one
    side_kind_modifiers: LowerWords          # "jihadist", "separatist": words before "gunmen" naming their side's kind
    foreign_modifiers: LowerWords            # "foreign forces": an agent of some other state, none guessed (mine43)
    member_words: LowerWords                 # lemmas: "Hamas activists": the movement's own people (mine43)
    member_group_sectors: LowerWords         # "reb", "opp": sectors of movements whose activists are the movement (mine43)
    unnamed_attack_codes: LowerWords         # "1712": non-violent-root acts of attackers nobody is named for
    led_coalitions: LowerWords               # "the Saudi-led coalition": the leader's armed forces (MIL)
    doer_modified_acts: LowerWords           # (fight38) "an army offensive", "a police raid": the modifier did it
    doer_modifier_adjectives: LowerWords     # (fight38) "a rebel attack": adjectives of such doers (not "naval")
    place_name_particles: LowerWords         # "Mocimboa da Praia": a capital inside another place's name
    place_after_names: LowerWords            # "Masisi territory": a person's name before a place noun is a place
    aircraft_words: LowerWords               # "Chinese fighters intercepted a plane": a state's fighters are jets
    fighter_words: LowerWords                # "fighters": armed men, or a state's fighter jets near aircraft words
    distributive_subjects: LowerWords        # "each accused the other", "both denied it": the parties named before
    group_numbers: Labels                    # "the two": number word -> how many parties it counts
    reciprocal_objects: LowerWords           # "each accused the other": the other party
    apart_marks: LowerWords                  # "signed separate deals": the parties did not act with each other
    together_marks: LowerWords               # "worked together", "joint patrols": conjoined parties cooperate with each other
    people_names: LowerWords                 # "Serb protesters in Kosovo": a people's name, not its state's adjective
    body_envoy_nouns: LowerWords             # (material49) "inspectors from the IAEA", "a team of UN experts": the body's people

    @model_validator(mode="after")
    def _pronouns(self) -> Self:
        kinds = [("personal_pronouns", self.personal_pronouns), ("neuter_pronouns", self.neuter_pronouns),
                 ("plural_pronouns", self.plural_pronouns)]
        for n, (key, words) in enumerate(kinds):
            for other, others in kinds[n + 1:]:
                both = sorted(set(words) & set(others))
                if both:
                    raise KeyProblem(other, f"{both[0]!r} is also in {key} (a pronoun has one kind)")
        return self


class EventCues(Lexicon):
    """event_cues.yaml: words around an event verb for its target, place and background (foedus.events)."""

    target_preps: LowerWords                 # "sanctions against Moscow": the object is the target
    at_verbs: LowerWords                     # lemmas: "fired at" names a target
    place_preps: LowerWords                  # their objects are places, never targets
    border_nouns: LowerWords                 # "on the Thai border": a place, not a target
    shared_border_nouns: LowerWords          # (target31) the line two states share: "toward their common border"
    border_move_preps: LowerWords            # (target31) prepositions bringing a force to it: "massed troops along"
    mutual_nouns: LowerWords                 # lemmas: "A and B renewed talks" is mutual
    agreement_nouns: LowerWords              # lemmas: an agreement as subject is no actor
    two_way_pact_codes: LowerWords           # (coop36) 057: a pact made "with" a partner, coded both ways
    made_pact_nouns: LowerWords              # (deal58) pact nouns a participle or relative clause makes ("a deal struck")
    truce_nouns: LowerWords                  # lemmas: "A and B observed a ceasefire": each toward the other
    truce_started_phrases: LowerWords        # "a ceasefire that took effect": a truce that started (yield35)
    requesting_verbs: LowerWords             # lemmas: "applied to join NATO": what is asked for, no intent (yield35)
    bomb_vehicles: LowerWords                # lemmas: "a truck hit a pedestrian" is no attack; one laden with explosives is
    vehicle_bomb_words: LowerWords           # lemmas: what makes a vehicle a bomb ("packed with explosives", "car bomb")
    background_marks: LowerWords             # "before", "because": a background clause
    trailing_news_marks: LowerWords          # "..., though Netanyahu warned ...": a concessive clause after its head is news
    series_nouns: LowerWords                 # "a wave of air strikes killed 30": the acts are the subject
    concurrent_marks: LowerWords             # "... as Tigrayan forces advanced": a past act at the same time, after its head, is news
    pending_marks: LowerWords                # "... would stay frozen until Kyiv holds elections": the condition waited on, coded conditional
    sequel_marks: LowerWords                 # "after": an earlier act that happened; speech there is background
    doer_of_nouns: LowerWords                # "after the withdrawal of separatist fighters": "of" names the doer
    surrender_verbs: LowerWords              # lemmas: "surrendered to X after a siege": the force followed was X's
    repelling_verbs: LowerWords              # lemmas or "lemma particle": "repelled an attack by X": X attacked
    repelled_move_nouns: LowerWords          # (violence51) "repelled the rebels' advance": the advance was an attack
    presupposing_witness_verbs: LowerWords   # lemmas: "while covering an Israeli raid": the raid took place
    deadline_verbs: LowerWords               # lemmas: "gave Moscow until midnight to withdraw": an ultimatum (139)
    deadline_nouns: LowerWords               # lemmas: "30 days", "48 hours": the time given
    deadline_preps: LowerWords               # "until midnight": the time given
    deadline_leave_verbs: LowerWords         # lemmas: "72 hours to leave": an expulsion, not an ultimatum, with no penalty
    deadline_people_sectors: LowerWords      # sector codes: private people given time to leave: an ultimatum (139)
    own_denial_roots: LowerWords             # CAMEO roots/codes: a speaker saying it had not done such an act denies it (016)
    own_denial_blockers: LowerWords          # "had not yet fired", "would not attack": no denial of a done act
    own_denial_objects: LowerWords           # lemmas: "said it was not staging a coup": a denial whatever the verb's code
    own_denial_sectors: LowerWords           # (verbal60) sectors of a state and its organs ("state": no sector): "Togo said the police had not"
    own_claim_roots: LowerWords              # CAMEO roots: an armed group saying it did such an act claims it (015)
    own_claim_verbs: LowerWords              # lemmas: "said its fighters had attacked a post", "said it carried out a raid"
    own_claim_sectors: LowerWords            # sectors of the armed groups whose own acts told are claims ("al-Shabaab said it")
    accused_punishing_codes: LowerWords      # (verbal59) acts of a state on people "accused of" something: its charge
    accusing_participles: LowerWords         # (verbal59) lemmas: "a diplomat accused of spying"
    standing_force_verbs: LowerWords         # lemmas: "the troops it had massed": a deployment still standing, news
    accepted_plan_verbs: LowerWords          # lemmas: "a proposal that Israel had accepted": news
    accepted_plan_nouns: LowerWords          # lemmas: the plans those verbs take
    span_nouns: LowerWords                   # "after weeks of protests": a stretch of time filled by the event noun
    duration_nouns: LowerWords               # "fought them for ten days": how long, not what for
    people_object_verbs: LowerWords          # "shot dead protesters marching ...": the participle is on the object
    object_declaring_verbs: LowerWords       # "declared a state of emergency and police detained ...": two acts
    clauseless_verbs: LowerWords             # "stormed parliament and police shot ...": verbs that take no clause
    mediated_occasion_preps: LowerWords      # "swapped prisoners in a UAE-mediated exchange": the mediated act's occasion
    escort_preps: LowerWords                 # (talk26) "sailed under U.S. Navy escort"
    escort_nouns: LowerWords                 # escort, guard, protection
    claiming_relatives: LowerWords           # (talk26) lemmas: "an attack claimed by al-Shabaab": a claim (015)
    brokering_participles: LowerWords        # "in a UAE-mediated handover": a deal brokered, whatever its noun
    deal_negotiating_verbs: LowerWords       # "a deal negotiated by Carter": an outsider's mediation (consult37)
    truce_announcing_participles: LowerWords  # (consult42) a truce announced by a third party: its mediation
    mediation_preps: LowerWords              # "signed a truce under Saudi mediation": the clause's act, mediated
    request_nouns: LowerWords                # "deployed troops at Maputo's request": the requester's appeal (020)
    request_preps: LowerWords                # "at the request of", "upon the invitation of"
    request_answer_verbs: LowerWords         # "..., answering an appeal from Bamako"
    host_requester_sectors: LowerWords       # "at the request of the government": a bare state organ of the host
    defied_request_verbs: LowerWords = []    # (appeal47) "rejected Berlin's demand": the demand was made (100)
    defied_request_preps: LowerWords = []    # (appeal47) "hanged him despite appeals from the Commonwealth" (020)
    defied_request_nouns: LowerWords = []    # (appeal47) call, demand: requests read only when overridden or answered
    defied_demand_nouns: LowerWords = []     # (appeal47) demand: the demand (100) a rejecting verb names
    inquiry_finding_verbs: LowerWords        # lemmas: "a UN inquiry found that ...": the inquiry was held
    inquiry_saying_verbs: LowerWords = []    # (verbal36) lemmas: "investigators said sabotage was likely": found too
    inquiry_bodies: LowerWords               # "a UN commission of inquiry concluded": the body named for its inquiry
    inquiry_agents: LowerWords               # lemmas: inspector, investigator: who finds, having investigated (aid30)
    inquiry_commissioning_participles: LowerWords  # "an inquiry commissioned by the king": its owner (material51)
    inquiry_nouns: LowerWords                # lemmas: investigation, inquiry, probe: opened, the inquiry is the act (material50)
    inquiry_adjunct_preps: LowerWords        # in, pending, during: an act done inside its doer's investigation (aid34)
    release_demand_nouns: LowerWords         # release, freedom: a demand for them is made of the holder (aid34)
    relative_pronouns: LowerWords            # "that", "which", "who" as a relative clause's subject
    news_relative_pronouns: LowerWords       # "..., who asked Washington for help": a past relative clause is news
    relative_accusation_verbs: LowerWords    # lemmas: accuse, blame: "which it accused of ..." is news
    relative_object_pronouns: LowerWords     # which, whom: "which it accused of ..." accuses the antecedent
    combat_participles: LowerWords           # (clause33) "guerrillas fighting Soviet troops": an ongoing war, coded
    two_object_verbs: LowerWords             # (force45) "prisoners given medals": a passive participle with an object
    combat_toll_codes: LowerWords            # (clause33) 191, 192: "overran the base, killing 100 soldiers" adds 190
    protest_relative_verbs: LowerWords       # (miss0314) "people who had gathered to protest": a protest in progress is news
    continuative_subject_pronouns: LowerWords  # "..., where he praised ...": a continuative place relative is news
    causing_participles: LowerWords          # lemmas: "..., forcing the troops to withdraw": the object's own act
    statement_summary_nouns: LowerWords      # "..., a charge Qatar rejected": a noun summing up a statement, its maker's act
    censure_saying_verbs: LowerWords         # (react23) "..., a move Grossi said was disproportionate"
    foreboding_verbs: LowerWords             # (verbal50) lemmas: "said the pact would undermine peace": 012
    foreboding_saying_verbs: LowerWords      # (verbal50) lemmas: say, warn: "..., a move X warned would embolden militants"
    foreboding_summary_nouns: LowerWords     # (verbal50) deal, pact: "..., a deal X warned would create a haven"
    terms_preps: LowerWords                  # "a deal under which Tehran will curb ...": the terms of an agreement
    pledged_only_verbs: LowerWords           # (intent31) lemmas: "would hold elections" 034; "held elections" no event
    source_place_preps: LowerWords           # (review44) "banks in Europe and the US": the source's lands, no target
    halting_verbs: LowerWords                # (review44) "sent to stop the massacres": the violence is not theirs
    apology_words: LowerWords                # (unreal50) "expressed regret but did not apologise": regret, no apology
    arrival_verbs: LowerWords                # (review44) "troops arrived in X to help": 074 on a protective errand
    protective_verbs: LowerWords             # (review44) the errand's infinitive ("to lead a mission", "to quell")
    arrival_recoded_codes: LowerWords        # (review44) codes of an arrival recoded 074 (154, 072, 042, 190)
    relief_deploy_verbs: LowerWords          # (mine45) send, deploy, dispatch...: forces sent on a relief errand give aid (073)
    relief_verbs: LowerWords                 # (mine45) the errand's infinitive ("to evacuate residents", "to help search")
    relief_nouns: LowerWords                 # (mine45) "to help Japan with relief": the help is relief
    relief_recoded_codes: LowerWords         # (mine45) codes of a deployment recoded 073 (154, 062, 070)
    penalty_verbs: LowerWords                # (review44) "warned X to free them or face destruction": an ultimatum
    penalty_seeing_verbs: LowerWords = []    # (ask55) see: "or see their homes burned", a penalty undergone
    reviewing_verbs: LowerWords              # (review44) lemmas: "was reviewing its aid" 162 considered, not 1311
    withheld_comment_verbs: LowerWords       # (round46) lemmas: "did not comment/confirm": a comment withheld (011)
    comment_nouns: LowerWords                # (verbal51) lemmas: "had no comment": a comment withheld (011)
    comment_giving_verbs: LowerWords         # (verbal51) lemmas: have, make, offer, give ("made no comment")
    symbolic_meeting_verbs: LowerWords       # (verbal51) lemmas: "shook hands": 040 and a symbolic act, 017
    plan_announcing_verbs: LowerWords        # (intent46) lemmas: "announced the withdrawal of its troops": a plan told
    announced_plan_codes: LowerWords         # (intent46) codes of an act noun such a verb tells as ahead (0874)
    announced_plan_nouns: LowerWords         # (intent46) lemmas of that act noun (withdrawal, pullout)
    supplied_verbs: LowerWords               # lemmas: "using intelligence shared by US agencies": the agent gives to the user
    supplied_roots: LowerWords               # CAMEO roots such a giving participle may code (material cooperation, aid)
    denied_charge_nouns: LowerWords          # lemmas: "..., a charge Qatar rejected as baseless": rejecting it denies it
    denied_charge_roots: LowerWords          # the reaction roots that deny a charge (reject)
    denied_charge_verbs: LowerWords          # lemmas that deny a charge whatever their code ("a claim the rebels disputed")
    critical_labels: LowerWords              # lemmas: "in what opponents called a tactic": the namer's criticism
    critical_adjectives: LowerWords          # lemmas: "called it an unforgivable act", "said the vote was illegal": censure
    censure_labels: LowerWords               # lemmas: "called the deal a mistake": censure as a name given
    entry_verbs: LowerWords = []             # (patterns21) "would not let Syrian refugees cross": leave to enter
    permission_threat_verbs: LowerWords = []   # (ask59) "would not allow China to expand": a threat, no leave refused
    permission_saying_verbs: LowerWords = []   # (ask59) "Damascus said it would not let ...": the pronoun's sayer
    permission_verbs: LowerWords = []        # (patterns21) "would not allow Chinese vessels to board": a refusal
    lent_place_nouns: LowerWords = []        # (yield45) "would not let its airspace be used": one's own ground lent
    lent_use_verbs: LowerWords = []          # (yield45) "would not allow the contras to use its territory"
    lent_against_preps: LowerWords = []      # (yield45) "... to use Nepali soil against India": a pledge, no refusal
    office_seeking_verbs: LowerWords = []    # (refuse30b) "would not seek re-election": the intent to leave office
    abiding_verbs: LowerWords = []           # (refuse29b) "would not be bound by the deal": abiding refused, a rejection
    obligation_verbs: LowerWords = []        # (refuse29b) "would not meet the target": with an obligation noun as object
    obligation_nouns: LowerWords = []        # (refuse29b) the obligations those verbs refuse: ruling, target, deal
    arming_verbs: LowerWords                 # lemmas: "would not allow Iran to acquire nuclear weapons" (verbal27)
    mass_weapon_nouns: LowerWords            # lemmas: the weapon such a refusal keeps from another (verbal27)
    mass_weapon_words: LowerWords            # "nuclear", "mass destruction": words of that weapon's phrase (verbal27)
    showing_nouns: LowerWords = []           # (patterns21) "an act of desperation": a label told by its "of" phrase
    denial_labels: LowerWords                # lemmas: "called the reports fake news": the namer denies them (016)
    denial_adjectives: LowerWords            # "called the allegations baseless": a denial of a statement
    statement_scorn_adjectives: LowerWords   # "called the allegation preposterous": scorn that denies a statement
    denied_statement_nouns: LowerWords       # lemmas: statements a word of censure denies ("called the charge absurd")
    denial_charge_marks: LowerWords          # (target56) marks of a time clause whose subject a denial answers
    denial_charge_verbs: LowerWords          # (target56) lemmas: a clause beside a denial that charges its accuser
    denial_time_clause_verbs: LowerWords     # (target56) lemmas: a time clause on a denial that tells its accuser
    labelling_verbs: LowerWords              # lemmas: "called the deal a mistake", "dismissed the move as a stunt"
    name_giving_verbs: LowerWords            # lemmas: (statement32) "a step Cairo called a blatant violation"
    namer_pronouns: LowerWords               # (verbal54) pronouns naming the namer of a censure relative: "a vote it called a sham"
    visitor_addressing_verbs: LowerWords     # (verbal54) lemmas: "told visiting Soviet Prime Minister Ryzhkov that ..."
    visit_host_sectors: Words                # (verbal54) sectors of a host of a visitor it addresses
    proposal_nouns: LowerWords               # lemmas: "dismissed the plan as unrealistic" rejects it, does not censure
    answering_codes: LowerWords              # CAMEO code prefixes of a reply to what another did to the replier (deny, reject, threaten)
    answering_force_codes: LowerWords        # CAMEO code prefixes of forces readied in reply (alert, mobilisation, deployment)
    rejected_act_nouns: LowerWords           # lemmas: "rejected the move", "a ruling Beijing rejected": another's act a refusal answers
    atrocity_nouns: LowerWords               # lemmas: "concluded that X had committed genocide": an accusation (1124)
    void_nouns: LowerWords                   # "said the annexation had no legal value": censure
    violating_verbs: LowerWords = []         # lemmas: "said the strike violated Iraqi sovereignty": censure
    failing_verbs: LowerWords = []           # lemmas: "..., saying the force had failed to protect them": censure
    disregarding_verbs: LowerWords = []      # lemmas: "..., saying Maduro had ignored their demands": censure
    grievance_preps: LowerWords = []         # "expelled diplomats over what it called interference": censure
    grievance_citing_verbs: LowerWords = []  # lemmas: "..., citing what it called persecution": censure
    third_party_roles: LowerWords = []       # "..., with Cuba and Norway acting as guarantors": mediation
    role_taking_verbs: LowerWords = []       # lemmas: "acting as", "serving as": no clause of their own
    ruling_verbs: LowerWords = []            # lemmas: "the ICJ ruled that Uganda had violated ...": the court's 111
    court_nouns: LowerWords = []             # "a WTO panel ruled ...": a judging body by its noun
    court_blame_adjectives: LowerWords = []  # "ruled that Russia was responsible for the poisoning"
    court_breaking_verbs: LowerWords = []    # lemmas: "ruled that the tariffs broke trade rules" (with violating_verbs)
    court_petition_verbs: LowerWords = []    # lemmas: "asked the ICJ to order Chile ...": a lawsuit (115), not an appeal
    court_petition_rulings: LowerWords = []  # lemmas of the ruling sought: "to order", "to outlaw", "to annul"
    court_petition_object_preps: LowerWords = []   # "to rule on X's decree": the ruling's object in a phrase
    perpetrating_verbs: LowerWords           # lemmas: "committed", "perpetrated" genocide
    equating_verbs: LowerWords               # lemmas: "amounted to", "constituted" genocide (crit25)
    finding_verbs: LowerWords                # lemmas: "concluded", "found", "told senators" that X committed genocide
    denied_charge_code: LowerWords           # the one CAMEO code of the denial (deny responsibility)
    charge_saying_verbs: LowerWords          # (verbal55) sayings a denied charge sums up: the sayer accuses the denier
    party_preps: LowerWords                  # "by the army", "between A and B"
    conflict_nouns: LowerWords               # lemmas: "a ceasefire in the war between A and B"
    toll_relative_verbs: LowerWords          # lemmas: "an air strike that killed 30 civilians" (clauses45b)
    disputed_author_codes: LowerWords        # CAMEO code prefixes of an accusation or a denial of an attack (clauses45b)
    reaction_object_codes: LowerWords        # CAMEO code prefixes of a reaction whose object act is not coded again (clauses45b)
    site_preps: LowerWords                   # "exploded at a market (in Quetta)"
    direction_preps: LowerWords              # "bombed from the air": a direction, not a cause
    within_preps: LowerWords                 # "in Quetta": the town of a site
    located_preps: LowerWords                # "bombed a house in Rafah": the place the thing attacked is in
    landmark_preps: LowerWords               # "the Golden Temple in Amritsar": the town of a landmark
    destination_preps: LowerWords            # "sent troops to Ladakh": a town abroad the act goes to
    visit_nouns: LowerWords                  # "during a visit to Kyiv": the host of a visitor's acts
    visit_place_preps: LowerWords            # "landed in Havana", "a visit to the summit in Biarritz"
    defiance_preps: LowerWords               # "refused despite Chinese pressure": the pressing actor
    defiance_roots: LowerWords                # "despite warnings from Beijing": the owner's 10-13 act, aimed at the clause's subject
    rejected_demand_roots: LowerWords = []    # (demand42) roots of a rejection aimed at the demand's owner only
    rejected_demand_nouns: LowerWords = []    # (demand42) lemmas: "rejected calls to free X": a demand made of the rejecter
    rejected_demand_kept_codes: LowerWords = []   # (demand42) "rejected calls for talks with X": the talks' party kept
    rejected_demand_owner_preps: LowerWords = []  # (demand42) "calls from Chad", "a request by Kyrgyzstan": the demander
    anaphoric_determiners: LowerWords = []   # (demand42) "rejected the demand": one told before
    war_partner_roots: LowerWords = []       # (target45) roots of an acceptance aimed at the other party of the war
    war_partner_nouns: LowerWords = []       # (target45) "a ceasefire in its war with Iraq": the war or its end
    war_partner_preps: LowerWords = []       # (target45) "war with X", "the war between his troops and X"
    battle_place_preps: LowerWords = []      # (target45) "fought a battle over the Bekaa valley": where two sides fight
    captive_holding_verbs: LowerWords = []   # (demand42) "the journalists held by Iran": the holder of the captives
    reprisal_nouns: LowerWords                # (nominal33) "in retaliation for", "in response to": force answered happened
    reprisal_preps: LowerWords
    circumstance_preps: LowerWords           # "killed in Israeli shelling": an event noun that happened
    raid_nouns: LowerWords = []              # (nominal45b) "rescued hostages in a raid": the armed doers' raid
    rival_side_words: LowerWords = []        # (violence49) "clashes between rival gangs": both sides of one kind
    rival_side_nouns: LowerWords = []        # (violence49) "fighting between gangs": a plural of armed groups
    setting_preps: LowerWords                # "ceased fire after talks": a pattern word of the setting, not the act
    victim_subject_verbs: LowerWords         # (nouns29b) "died in a car bombing": the subject is the victim
    framework_preps: LowerWords              # "under a new agreement": a standing frame, not a new act
    topic_preps: LowerWords                  # "talks on ending the war": a gerund topic of a noun, not an act
    document_nouns: LowerWords               # lemmas: "a resolution condemning X": the document's act, no description
    visit_preps: LowerWords                  # "during a visit to Kyiv", "on a trip to Beijing"
    handover_verbs: LowerWords               # lemmas: "handed the base over to ...": the receiver occupies it
    handover_particles: LowerWords           # "over"
    bare_handover_verbs: LowerWords          # (violence52) lemmas: "handed the town to a militia": no particle needed
    handover_places: LowerWords              # lemmas: "base", "town": the places handed over
    departing_words: LowerWords              # "departing ATMIS troops": forces told as leaving (0874, force32)
    departing_force_nouns: LowerWords        # lemmas: "the departing French contingent" is FRAMIL (force32)
    vacated_place_verbs: LowerWords          # lemmas: "the camp vacated by the UN mission" (0874, force32)
    handover_nouns: LowerWords               # "its handover by Armenian forces" (0874, force32)
    handover_preps: LowerWords               # "to": the receiver
    demanded_release_verbs: LowerWords       # (material52) "demanded that Iran free the lawyer": 1053
    demanded_extradition_verbs: LowerWords   # (material52) "demanded that Kabul hand over the militants": 1013
    demanded_withdrawal_verbs: LowerWords    # (material52) "demanded that India withdraw its troops": 1056
    demanded_resignation_verbs: LowerWords   # (material52) "demanded that Wade step down": 1041
    demanded_act_particles: LowerWords       # (material52) "hand over", "step down", "pull out"
    demanded_release_things: LowerWords      # (material52) "release the results": no captive freed
    demanded_withdrawn_things: LowerWords    # (material52) "withdraw its lawsuit": no forces withdrawn
    demanded_leadership_objects: LowerWords  # (material52) "leave office", "hand over power": 1041
    demanded_leavers: LowerWords             # (material52) forces whose leaving is demanded (1056)
    demand_verbs: LowerWords                 # demand verbs whose complement names the act asked for
    demanded_particle_verbs: LowerWords      # "hand over", "step down", "pull out" ask for an act; "hand in" no
    demanded_office_verbs: LowerWords        # "leave office", "hand over power": 1041
    fallen_place_verbs: LowerWords           # "Kabul fell to the Taliban": the place is taken
    fallen_place_preps: LowerWords           # "to": by whom it is taken
    retaking_verbs: LowerWords = []          # (target49) lemmas: recapture, retake: land won back is the taker's own
    retaking_back_verbs: LowerWords = []     # (target49) lemmas: take, win: with "back" ("took back"), land won back
    retaking_particles: LowerWords = []      # (target49) "back": "took back", "won back"
    former_holder_preps: LowerWords = []     # (target49) "from": whom land won back was taken from
    control_preps: LowerWords                # "came under the control of M23": the place is taken
    control_nouns: LowerWords                # lemmas: "control", "rule": whose, after "of" or before it
    enacting_verbs: LowerWords               # lemmas: "signed decrees annexing four regions": the signer acts
    enacted_nouns: LowerWords                # lemmas: the documents signed ("order", "decree", "treaty")
    pact_announcing_verbs: LowerWords        # lemmas: a third party announcing others' truce or deal mediates (045)
    announced_pact_codes: LowerWords         # codes of the truce or deal so announced (0356, 057, 0871)
    mediator_nouns: LowerWords               # (consult34) a mediator telling of a truce or deal brokered it (045)
    mediator_saying_verbs: LowerWords        # (consult34) lemmas: the mediator's verbs of telling ("said", "announced")
    inner_event_preps: LowerWords            # "protests in which police killed hundreds": news of its own
    left_place_preps: LowerWords             # "withdrew from Kherson", "pulled out of Snake Island"
    left_place_verbs: LowerWords             # "left Lachin": the object is the place left
    part_preps: LowerWords                   # "the centre of Sumy": a part of a named town
    impact_preps: LowerWords                 # "strikes on Kyiv"
    strike_target_nouns: LowerWords          # (strikes42) "strikes on air defence sites": a military strike
    captive_predicates: LowerWords           # (hostage42) "took hundreds of diplomats hostage": a word of the taking
    meeting_occasion_preps: LowerWords       # "agreed to a truce at talks in Havana", "after talks with"
    meeting_ending_participles: LowerWords   # "signed an accord, ending two months of talks"
    protest_target_preps: LowerWords         # "protests against the junta" (not "over the death of")
    court_venue_preps: LowerWords            # "filed a complaint with the World Court": a court is where, not whom
    aim_participles: LowerWords              # lemmas: "an IED targeting a police convoy"
    casualty_civilian_nouns: LowerWords      # (assault41) lemmas: "killing nine people" at a place: its civilians
    casualty_police_nouns: LowerWords        # (assault41) lemmas: "killing six officers" at a place: its police
    border_crossing_verbs: LowerWords        # (target51) lemmas: "crossed into Honduras chasing Contra rebels": at the land
    moved_in_verbs: LowerWords               # (violence52) lemmas: "..., and Russian units moved in": the place left taken
    leaving_verbs: LowerWords                # (violence52) lemmas: the leaving that a force "moving in" follows
    membership_request_nouns: LowerWords     # lemmas: "handed in their applications to join NATO"
    joining_verbs: LowerWords                # lemmas: the body an application asks to join is the target
    interception_verbs: LowerWords           # lemmas: "shot down drones launched by Russia"
    intercepted_craft: LowerWords            # lemmas: "intercepted a US drone": a craft, not a launch
    town_preps: LowerWords                   # a town deeper in the clause
    protest_place_preps: LowerWords          # "demonstrated in Serbia": aimed at Serbia
    goods_nouns: LowerWords                  # lemmas: "protested against U.S. beef imports": not the target
    extradition_verbs: LowerWords            # lemmas: "extradited X to the United States": the receiver
    amount_preps: LowerWords                 # "six million pounds in aid (for Malawi)": what an amount is of
    amount_words: LowerWords                 # "six million pounds": a sum of money or goods
    receipt_verbs: LowerWords                # lemmas: "received a call from X": X acts on the subject
    giver_preps: LowerWords                  # "from": the giver of what was received
    making_verbs: LowerWords                 # lemmas: develop, build: weapons made are given to no one (aid42)
    made_gift_roots: LowerWords              # CAMEO roots ("07") of object nouns no making verb gives (aid42)
    refuge_verbs: LowerWords                 # "take", "find": refuge taken, granted by the place's state
    refuge_nouns: LowerWords                 # "refuge", "sanctuary": the object of a refuge verb
    refuge_preps: LowerWords                 # "in", "at": the place (embassy, country) whose state grants it
    refuge_seeking_verbs: LowerWords         # "seek": refuge sought in a place is taken there (aid42)
    refuge_sought_nouns: LowerWords          # "refuge", "sanctuary" (not "asylum": asked for) (aid42)
    exile_going_verbs: LowerWords            # lemmas: go, fly, leave: "flew into exile in Spain" (aid42)
    exile_going_preps: LowerWords            # "into", "for": "into exile", "for asylum" (aid42)
    exile_going_nouns: LowerWords            # lemmas: exile, asylum: the refuge gone into (aid42)
    exile_host_preps: LowerWords             # "in", "to": the host state of the exile (aid42)
    exile_flight_verbs: LowerWords           # lemmas: flee, escape: a ruler's flight abroad, the host's asylum (aid30)
    exile_destination_preps: LowerWords      # "to", "into": where the one who fled went (aid30)
    exile_host_words: LowerWords             # lemmas: asylum, receive, welcome: the host told taking him in (aid30)
    exile_passage_words: LowerWords          # lemmas: later, transit, way: the place he fled to a stop on his way (ask57)
    landing_verbs: LowerWords                # lemmas: land: troops landing on another state's soil (aid30)
    incursion_verbs: LowerWords              # lemmas: send, move: forces sent into another state's soil (aid30)
    incursion_preps: LowerWords              # "into": where they are sent (aid30)
    landing_place_preps: LowerWords          # "on", "in": where they land (aid30)
    landing_welcome_words: LowerWords        # lemmas: help, request, mission, unopposed: a landing that is no invasion (aid30)
    peacekeeping_mission_words: LowerWords   # lemmas: peacekeeping, relief, request: forces moved abroad on a mission (confusion33)
    peacekeeping_naming_verbs: LowerWords    # lemmas: call, describe: a mission only so called (confusion33)
    unyielding_adjectives: LowerWords        # "negotiable": "not negotiable" said by an actor is a refusal to yield
    unyielding_for_nouns: LowerWords         # "sale": "not for sale" said by an actor is a refusal to yield
    recipient_preps: LowerWords              # "sent aid to Haiti"
    gift_preps: LowerWords                   # "shared satellite images with Kyiv"
    instrument_verbs: LowerWords             # "launched Iranian drones at Kyiv"
    weapon_gift_verbs: LowerWords            # lemmas: pledge, send: weapons given are the gift, no target (intend41)
    truce_accepting_verbs: LowerWords        # lemmas: accept, agree: a truce's state proposer is no target (intend41)
    addressee_preps: LowerWords              # "called on all parties"
    known_parties_marks: LowerWords          # "urged both sides"
    cause_preps: LowerWords                  # "killed in an earthquake"
    means_preps: LowerWords                  # "killed in a car bombing"
    downed_craft_nouns: LowerWords           # (force47) lemmas: "an Italian plane was shot down" (195 at ITA)
    downed_craft_code: LowerWords            # (force47) its code
    killing_occasion_preps: LowerWords       # (force47) "killed the general in a drone strike": the strike too
    killing_occasion_nouns: LowerWords       # (force47) lemmas: the acts of force a leader is killed in
    holder_participles: LowerWords           # "pagers used by Hezbollah members": holders, not attackers
    operation_preps: LowerWords              # "killed in an operation by FSB troops": the act's doer did it
    charging_verbs: LowerWords               # "convicted X of plotting a coup": the "of" gerund is X's deed, the charge
    force_operation_verbs: LowerWords        # lemmas: "police raided a house and a suspect was detained"
    outcome_marks: LowerWords                # "was arrested after troops stormed it": the clause's force did it
    claim_verbs: LowerWords                  # lemmas: "the Islamic State claimed the attack": the claimer did it
    claimed_objects: LowerWords              # "claimed it / responsibility / the bombing": an attack claimed
    claimed_doing_verbs: LowerWords          # lemmas: "said it carried out the attack": the sayer did it
    act_doing_participles: LowerWords        # (fight38) "a strike carried out by the coalition": who did the act
    claimed_blast_nouns: LowerWords          # (fight38) "claimed the blast": a bombing (183) by the claimant
    claimed_behind_words: LowerWords         # "said it was behind the blasts / responsible for the attack"
    accident_site_preps: LowerWords          # "a blast at a chemical plant"
    future_modals: LowerWords                # "will be met with force"
    response_verbs: LowerWords               # lemmas: "met with force"
    force_means: LowerWords                  # lemmas: "with force", "military"
    force_words: LowerWords                  # lemmas: "respond militarily"
    threat_condition_marks: LowerWords       # "if", "unless", "should"
    unconditional_response_verbs: LowerWords  # "would respond" after an attack: a threat made (recall12c)
    hostile_act_nouns: LowerWords            # "would respond to the expulsions"
    unanswered_verbs: LowerWords             # "would not go unanswered": a threat (recall12c)
    unanswered_words: LowerWords             # "unanswered", "unpunished"
    punishment_pay_verbs: LowerWords         # "pay" ("vowed that Tehran would pay for its mistake": 138)
    punishment_prices: LowerWords            # "price", "dearly"
    wrongdoer_nouns: LowerWords              # lemmas: "the attackers would pay": the doers of the sentence's act of force
    punishment_paid_for: LowerWords          # "mistake", "crime", "aggression"
    punishment_suffer_verbs: LowerWords      # "face", "suffer", "bear" (a penalty foretold to another: threat43)
    punishment_regret_verbs: LowerWords      # "regret", "rue"
    sanction_response_words: LowerWords      # "would respond with further sanctions": 1312
    owned_imposed_verbs: LowerWords          # (econ54) "UN sanctions on Iran were reimposed": 163 from the owner
    aid_kind_nouns: LowerWords               # (econ54) "economic and military aid": one act per kind
    economic_aid_words: LowerWords           # 1621 / 071
    military_aid_words: LowerWords           # 1622 / 072
    humanitarian_aid_words: LowerWords       # 1623 / 073
    shooting_verbs: LowerWords               # lemmas: "shot dead", "gunned down"
    killing_particles: LowerWords            # "dead", "down"
    naming_verbs: LowerWords                 # foedus.quotes, lemmas: "called it ..."
    title_small_words: LowerWords            # foedus.quotes: "Ministry of Foreign Affairs"
    aerial_doers: LowerWords                 # lemmas: "an F-16 shot down a bomber": 195 (violence12b)
    military_weapon_codes: LowerWords        # codes of weapons whose firing is no bombing (183) (violence12b)
    weapon_doer_artillery_codes: LowerWords  # artillery code of "&weapon <verb> *" patterns; a bomb doer is a bombing (fight36)
    statehood_verbs: LowerWords              # lemmas: "declared independence": a statement, 010 (clause13)
    statehood_nouns: LowerWords              # lemmas: independence, republic, caliphate ... (clause13)
    statehood_adjectives: LowerWords         # "an independent state" (not "a state of emergency") (clause13)
    self_declared_titles: LowerWords         # lemmas: "declared himself president": a statement, 010 (verbal51)
    self_declaring_verbs: LowerWords         # lemmas beside statehood_verbs with a reflexive: "swore himself in" (verbal51)
    reflexive_pronouns: LowerWords           # "himself", "itself" (verbal51)
    proclaimed_government_adjectives: LowerWords  # "proclaimed an interim government": 010 (verbal51)
    force_ordering_verbs: LowerWords         # lemmas: "ordered 3,200 troops to Honduras": 154 (clause13)
    ordered_force_nouns: LowerWords          # lemmas of the forces ordered somewhere (clause13)
    posted_force_nouns: LowerWords           # lemmas: "Interior Ministry troops were sent to Comrat" (violence50)
    roving_verbs: LowerWords                 # lemmas: "went door to door, beating residents" (violence50)
    roving_harm_roots: LowerWords            # CAMEO roots of such an aside coded as the goers' act (violence50)
    aside_seizure_codes: LowerWords          # codes of goods seized in a participle aside: a second act (violence58)
    seized_goods_nouns: LowerWords           # movable goods such an aside seizes (not a place or building)
    police_force_nouns: LowerWords           # lemmas: "deployed police officers to Haiti": protection abroad (074)
    capital_country_codes: LowerWords        # codes whose target named by its capital is the country: sanctions (econ28)
    country_target_codes: LowerWords         # codes whose target is a bare country: territory taken (192, force32)
    aimed_only_codes: LowerWords             # acts that exist only as aimed at someone: an ultimatum (mine29)
    own_country_target_roots: LowerWords     # roots of acts aimed at the doer's own country when no one is named (material48, own48)
    own_country_target_excluded: LowerWords  # of those, codes eased on others only: sanctions (085, material48)
    voiced_demand_codes: LowerWords          # demands a protest made "to demand" them voices as it goes (material51)
    attempted_result_codes: LowerWords       # result acts an attempt leaves undone: "tried to retake" (unreal55)
    attempted_force_codes: LowerWords        # of those, a place taken by force: the attempt is an assault (unreal55)
    attempted_force_code: LowerWords         # the assault's code (190, unreal55)
    strike_call_verbs: LowerWords            # lemmas: "called / announced a general strike" (strike58)
    strike_call_nouns: LowerWords            # lemmas of a strike called: strike, hartal, shutdown (strike58)
    armed_strike_words: LowerWords           # modifiers of an armed strike: air, missile (strike58)
    labour_strike_modifiers: LowerWords      # modifiers of a labour strike: general, nationwide (strike58)
    armed_caller_sectors: LowerWords         # sectors whose bare "strike" called is no labour strike (strike58)
    strike_held_verbs: LowerWords            # lemmas telling a strike held: "shops stayed closed" (strike58)
    strike_held_subjects: LowerWords         # their subjects: shops, offices, civil servants (strike58)
    strike_effect_verbs: LowerWords          # lemmas of a strike that "paralysed the country" (violence60)
    indefinite_party_words: LowerWords  # pronouns naming anyone at all: a threat at them is aimed at home (own49)
    foreign_party_nouns: LowerWords  # nouns under "any" of a state or a party from abroad: no one at home (unreal59)
    foreign_party_modifiers: LowerWords  # modifiers that make such a noun one from abroad ("any foreign pilot")
    partner_yield_roots: LowerWords          # roots of concessions two parties make to each other (material48)
    doer_aimed_roots: LowerWords             # reactions aimed at the by-agent of the act noun they name (reject35)
    instructed_act_demands: Labels           # act code prefix -> the demand of it: "told Manila to withdraw" 1056 (mine29)
    ordered_force_preps: LowerWords          # the prepositions of the place they are ordered to (clause13)
    protective_purpose_verbs: LowerWords     # the purpose verbs of forces sent to protect another country: 074 (orders17)
    protected_state_nouns: LowerWords        # the objects of those verbs that name the country protected (orders17)
    supporting_purpose_verbs: LowerWords     # purpose verbs of forces sent abroad to help a state (062, ask56)
    sanction_keeping_verbs: LowerWords       # verbs keeping a sanction in place: a refusal to ease, asserted (ask56)
    person_handover_verbs: LowerWords        # lemmas: "would never hand over bin Laden": 0841 (clause13)
    person_handover_particles: LowerWords    # over, back (clause13)
    handed_person_nouns: LowerWords          # lemmas of people handed over: activist, dissident ... (clause13)
    handed_person_pronouns: LowerWords       # pronouns of a person handed over: him, her (conflict30)
    drawn_anger_nouns: LowerWords            # "drawing anger from": 111 (miss0811)
    drawn_reaction_nouns: LowerWords         # "drew an angry reaction from": with drawn_anger_adjectives (miss0811)
    drawn_anger_adjectives: LowerWords       # angry, furious, sharp ... (miss0811)
    drawn_protest_nouns: LowerWords          # "drawing a protest from Pristina": 114 (miss0811)
    time_subordinators: LowerWords           # "after", "when": a time clause a speech participle is not of (source13)
    speech_participles: LowerWords           # lemmas: "accusing", "saying" after a time clause: the main subject's (source13)
    speech_roots: LowerWords                 # CAMEO roots of verbal acts whose participles count so (source13)
    leader_removal_verbs: LowerWords         # lemmas: "lawmakers removed President Castillo": 0831 (verbs14)
    leader_nouns: LowerWords                 # lemmas of heads of state or government: president, king ... (verbs14)
    coup_sectors: Words                      # sectors whose removal of a leader is a coup, not 0831 (verbs14)
    first_time_saying_verbs: LowerWords      # lemmas: "confirmed for the first time that ...": said, no relative (coop47)
    first_time_ordinals: LowerWords          # first, last: "for the first time that" (coop47)
    office_dismissal_verbs: LowerWords       # lemmas: an office-holder dismissed or sacked leaves office, 0831 (coop47)
    office_holder_sectors: Words             # sectors of an office-holder whose dismissal is 0831 (coop47)
    office_nouns: LowerWords                 # lemmas of offices and office-holders ("sacked the government") (coop47)
    back_determiners: LowerWords             # "claimed the attack": an act noun that points back (dyad14)
    participation_verbs: LowerWords          # "people taking part in demonstrations": who holds the protest (drawn16b)
    as_complement_verbs: LowerWords          # "saw the rallies as protests": an "as" complement, no clause (nouns18)
    party_course_nouns: LowerWords           # "the drills went ahead": a fight, truce, drills or talks noun (carried18)
    later_act_marks: LowerWords              # "fought before a truce was agreed": a later act, done (carried18)
    party_course_verbs: LowerWords           # "took effect", "broke out": verbs telling such a noun's course (carried18)
    attack_gerunds: LowerWords = []          # "as Russian shelling/VBG went on": an attack noun the tagger read as a verb (violence53)
    concurrent_course_marks: LowerWords = []  # "as"/"while" an attack noun's course went on beside the news (violence53)
    backing_participles: LowerWords          # "backed by Emirati armour": forces helped in war (recall28)
    backing_force_nouns: LowerWords          # strikes, troops...: means by which the backer fights itself (recall28)
    backing_means_nouns: LowerWords          # armour, air power, helicopters...: the means of that help (recall28)
    continuation_verbs: LowerWords           # "would continue", "would go on": a campaign of force said to go on (recall28)
    justice_transfer_verbs: LowerWords       # "sent 29 cartel figures to the United States": handing over for trial (recall28)
    wanted_person_nouns: LowerWords          # suspect, fugitive, terrorist...: people handed over for trial (recall28)
    wanted_person_heads: LowerWords          # figure, militant, man...: people those words make wanted (recall28)
    denying_verbs: LowerWords                # deny: with a gerund, a denial of one's own act (016, mine45)
    conceding_verbs: LowerWords              # concede: with a that-clause, an admission (015, precision47)
    wanted_person_words: LowerWords          # suspected, wanted, jailed, cartel...: words that make them wanted (recall28)
    voiding_adjectives: LowerWords           # "called the referendum illegal": an act of will rejected (recall28)
    void_adjectives: LowerWords              # "null", void: anything so called is rejected (recall28)
    voided_act_nouns: LowerWords             # vote, referendum, declaration...: acts of will so rejected (recall28)
    voiding_verbs: LowerWords                # call, declare...: verbs that name them so (recall28)
    visit_sequel_preps: LowerWords           # "after Pelosi's visit to Taipei": a past visit with its own visitor (recall28)
    told_visit_nouns: LowerWords             # visit, trip, tour, stopover: the nouns of such a visit (recall28)
    continuation_marks: LowerWords           # "until"/"till": the clause naming whom the continued force is aimed at (recall28)
    claim_nouns: LowerWords                  # "claimed responsibility" with no act named: the act told before (dyad14)
    claim_pronouns: LowerWords               # lemmas: "the BLA claimed it": a claim pointing back to an act (talk27)
    warring_side_nouns: LowerWords           # lemmas: "Libya's two warring sides signed": the state and its rebels (talk27)
    warring_side_adjectives: LowerWords      # "warring", "rival": the sides of one country's war (talk27)
    swap_occasion_preps: LowerWords          # "freed them in exchange for ...": the swap noun's preposition (multi24)
    swap_nouns: LowerWords                   # lemmas: exchange, swap, trade (multi24)
    swap_preps: LowerWords                   # "for": what the released were exchanged for (multi24)
    swap_verbs: LowerWords                   # lemmas: "swapped 40 soldiers for ...": a "for" of their own (multi24)
    swap_people_nouns: LowerWords            # lemmas: "in exchange for prisoners": people given back (multi24)
    held_prisoner_nouns: LowerWords          # lemmas: "pardoned 400 prisoners": people a state holds (dyad26)
    pardon_verbs: LowerWords                 # lemmas: "pardoned 24 people": a release of the pardoner's prisoners (coerce44)
    pardoned_people_nouns: LowerWords        # lemmas: "pardoned 24 people": plain nouns of persons pardoned (coerce44)
    prison_term_nouns: LowerWords            # lemmas: "jailed for seven years": a prison term's noun (coerce44)
    release_receiver_preps: LowerWords       # "freed two hostages to the Red Cross": whom released people go to (yield35)
    jailing_sectors: Words                   # sectors of a source that holds people in its prisons (dyad26)
    homeland_nouns: LowerWords               # lemmas: "any attack on the country": the speaker's own state (dyad26)
    drafting_verbs: LowerWords               # lemmas: "an Algerian-drafted resolution": its drafter (dyad26)
    monument_nouns: LowerWords               # lemmas: "a crowd toppled a statue": destroyed property, no riot (coerce27)
    vetoed_text_nouns: LowerWords            # lemmas: "vetoed an aid package for Kyiv": what a veto blocks (verbal27)
    vetoed_text_bodies: Labels               # "resolution": "IGOUNO": the body of such a text when none is named (verbal27)
    vetoed_law_nouns: LowerWords = []        # (verbal36) lemmas: "vetoed a bill": aimed at the vetoer's legislature
    pact_sides: Labels                       # "new start": "RUS SUN | USA": a named pact's two sides (targets19)
    aid_carrier_nouns: LowerWords            # lemmas: convoy, truck, shipment: what brings aid that arrives (aid29)
    aid_arrival_verbs: LowerWords            # lemmas: arrive, reach, enter: the carrier's going into a place (aid29)
    aid_cargo_words: LowerWords              # lemmas: aid, food, medicine: goods that make the carrier's load aid (aid29)
    aid_arrival_code: LowerWords             # the one CAMEO code of aid so delivered (humanitarian aid) (aid29)
    drill_nouns: LowerWords                  # lemmas: exercise, drill, patrol: drills held together (aid29)
    drill_partner_sectors: Words             # sectors of a drill partner coded both ways (state forces) (aid29)
    two_party_codes: Words                   # CAMEO codes of acts that take two sides: none with itself (nouns30b)
    concurrent_visit_verbs: LowerWords       # (visits39) "as he arrived in X", "as he welcomed Y": the visit is news
    visit_place_roots: Words                 # (visits39) a leader's act to the host in its land: a visit too
    third_place_codes: Words                 # (visits39) meetings that, in a third country, are 044 both ways
    third_place_meeting_nouns: Words         # (consult42) summits held there by the two: 044 both ways
    told_at_meeting_excluded_sectors: Words  # (consult42) no partner at talks: the press told of them
    mutual_codes: Words                      # CAMEO codes done by conjoined parties with each other (target33)
    one_way_gift_codes: Words                # code beginnings of gifts: conjoined donors give to no one of them (intend41)
    mutual_gift_words: LowerWords            # "pledged mutual aid": a gift the conjoined parties give each other (intend41)
    own_country_codes: Words                 # CAMEO codes a state does only in its own land: aimed at it (target33)
    whole_country_codes: Words               # of those, codes aimed at the country, not its civilians (coerce36)
    eased_dissent_codes: Words               # easing one's own dissent (082, 0832): at the doers' own government (short59)
    eased_dissent_sectors: Words             # non-civilian sectors whose eased dissent is so aimed: the opposition (short59)
    brokered_deal_nouns: Words               # deals whose broker mediates towards the sentence's other countries (nouns30b)
    deal_leaving_verbs: Words                # verbs that leave or break a deal: no mediation read from it (nouns30b)
    aid_halt_verbs: Words                    # verbs of stopping an aid agency's own work (conflict31)
    aid_work_nouns: Words                    # nouns of an agency's own work: operations, work (conflict31)
    aid_agency_codes: Words                  # actor code beginnings of aid agencies: NGO, UN aid agencies (conflict31)
    self_leaving_aid_verbs: LowerWords       # lemmas: evacuate: no aid when civilians do it (disaster32)
    business_deal_roots: Words               # CAMEO roots of deals: none between companies alone (disaster32)
    business_sectors: Words                  # actor sectors of companies: BUS (disaster32)
    reacted_plan_nouns: LowerWords           # lemmas: plan, offer: its infinitive's act not coded when reacted to (falsepos31)
    reacted_text_nouns: LowerWords           # lemmas: resolution, draft: its participle's act not coded when reacted to (falsepos31)
    plan_reacting_verbs: LowerWords          # lemmas: block, back, suspend: another act on a plan (falsepos31)
    outward_roots: Words                     # roots of acts aimed at another party, never at one's own land (target32)
    weapon_test_words: LowerWords            # lemmas: test, test-fire: a weapons test (15x) is aimed at no one (source33)
    means_purpose_roots: Words               # roots whose means yields to its purpose act of the same doer (coerce35)
    domestic_refusal_nouns: LowerWords = []   # (reject44) lemmas: election, result, tally: a refusal at one's own land
    domestic_refusal_codes: Words = []       # (reject44) 1231: a refused change of leadership, at one's own land
    vote_judging_verbs: LowerWords           # lemmas that judge a vote ("said the vote was not fair") (short59)
    fair_vote_adjectives: LowerWords         # what a fair vote is: denied, the judge criticises (short59)
    foul_vote_adjectives: LowerWords         # what a foul vote is: said, the judge criticises (short59)
    fair_vote_nouns: LowerWords              # what a fair vote has: "lacked credibility" (short59)
    vote_standard_nouns: LowerWords          # "fell short of international standards" (short59)
    foul_vote_verbs: LowerWords              # a vote spoiled: "was rigged", "was marred by fraud" (short59)
    bare_refusal_code: Words = []           # (ask55) 120: a stated refusal whose verb codes no act of its own
    bare_refusal_skip_verbs: LowerWords = []  # (ask55) verbs whose stated negation is no refusal (happen, hesitate)
    bare_refusal_time_marks: LowerWords = []  # (ask55) until, unless: a refusal for a time or on a condition
    bare_refusal_skip_sectors: Words = []   # (ask55) CVL, REF: people who "would not" reject no one's request
    refusal_against_marks: LowerWords = []   # (ask55) despite, whatever: a refusal told against a request
    refused_request_nouns: LowerWords = []   # (ask55) pressure, call, request, demand: what a refusal answers
    kept_course_verbs: LowerWords = []   # (ask60) change, reverse, rescind, cut: a policy kept, refused without a request
    unbending_verbs: LowerWords = []   # (ask60) bend, cave, kowtow: "would not bend to X" refuses X
    kept_course_code: Words = []   # (ask60) 1232: the refusal of a change of one's policy
    kept_course_skip_objects: LowerWords = []   # (ask60) rate: a kept course no one's request is about
    insisted_obligation_modals: LowerWords = []   # (ask60) must, should: an obligation laid on another, insisted
    outside_request_words: LowerWords = []   # (ask58) international, foreign, third-party: a request from abroad
    outside_actor_codes: Words = []   # (ask58) IGO, NGO: bodies above states, whose requests come from outside
    endangering_verbs: LowerWords = []   # (intent60) threaten, endanger: a thing put at risk, no threat made
    endangered_things: LowerWords = []   # (intent60) security, stability, peace, the region: what is put at risk

    @model_validator(mode="after")
    def _pacts(self) -> Self:
        for name, sides in self.pact_sides.items():
            if name != name.lower() or not re.fullmatch(r"[A-Z]{3}( [A-Z]{3})* \| [A-Z]{3}( [A-Z]{3})*", sides):
                raise KeyProblem("pact_sides", f"{name!r}: a lower-case name and two sides of country codes "
                                               f"split by ' | ' (\"RUS | UKR\"), not {sides!r}")
        return self

    @model_validator(mode="after")
    def _preps(self) -> Self:
        both = sorted(set(self.target_preps) & set(self.place_preps))
        if both:
            raise KeyProblem("place_preps", f"{both[0]!r} is also in target_preps (a place is never a target)")
        return self


class PlaceCues(Lexicon):
    """place_cues.yaml: words that find an event's place (foedus.places)."""

    locative_preps: LowerWords               # "in Geneva", "near Goma"
    person_titles: LowerWords                # "President Jordan": a person, not a place
    name_joiners: LowerWords                 # "Port-au-Prince", "Strait of Hormuz"
    place_nouns: LowerWords                  # lemmas: "the town of Samarra"
    region_nouns: LowerWords                 # lemmas: administrative areas (a subset of place_nouns)
    country_region_nouns: dict[LowerPhrase, Phrase]  # (own50) "Mangu LGA": an area noun of one country only -> its code
    participant_preps: LowerWords            # "talks with X in Y": X takes part
    place_object_verbs: LowerWords           # lemmas: "visit X and meet Y"
    feature_words: LowerWords                # "Lake Chad", "Gulf of Guinea", "Niger Delta": not the country
    trailing_feature_words: LowerWords       # "the Congo river": lower-case feature words after a name (mine43)
    named_site_words: LowerWords             # "Victoria Park": a capitalised site word after a name (target60)
    pact_nouns: LowerWords                   # lemmas: "the Algiers accord", "the Doha talks": the town names it
    placed_preps: LowerWords                 # "detonated a device under a police van": the van was aimed at
    frontier_nouns: LowerWords               # lemmas: "near the Chadian border": Chad is across it, not the place
    occupant_words: LowerWords               # "a base housing US troops": who is in the site attacked
    carrier_words: LowerWords                # (fight35) "a plane carrying President X": the occupant words naming a craft's load
    arrival_verbs: LowerWords                # lemmas: "arrived in Hanoi for talks": the town visited is the host
    broker_nouns: LowerWords                 # lemmas: "under Qatari mediation": the broker, no party
    broker_verbs: LowerWords                 # lemmas: "a truce brokered by Egypt": the broker, no target
    civilian_vehicles: LowerWords            # vehicles people travel or work in: violence on one aimed at no one named hits the place's civilians
    onlooker_verbs: LowerWords               # lemmas: "with UN chief Annan looking on": an onlooker, no party
    presence_words: LowerWords               # lemmas: "with Trump in attendance", "with the envoy present": no party
    venue_verbs: LowerWords                  # lemmas: "met in Geneva": the town is the venue, no party (dyad30)
    venue_nouns: LowerWords                  # lemmas: "talks resumed in Mexico City": the venue (dyad30)
    town_site_nouns: LowerWords              # lemmas: "at Quetta railway station": the town names the site (bare32)
    way_nouns: LowerWords                    # lemmas: "on Gaza City's Rashid road": the name is the road's (mine43)
    venue_country_preps: LowerWords          # "signed the deal in Scotland": a country there is the venue (target33)
    venue_country_heads: LowerWords          # lemmas: "invest in Kenya": the country is where the act goes (target33)

    @model_validator(mode="after")
    def _regions(self) -> Self:
        _known("region_nouns", self.region_nouns, self.place_nouns, "place_nouns")
        return self


class DateCues(Lexicon):
    """date_cues.yaml: words that place an event in time (foedus.dates)."""

    number_words: dict[LowerPhrase, int] = Field(min_length=1)   # "two weeks ago"
    forward_looking: LowerWords              # lemmas: "agreed to meet on Monday" looks ahead
    bound_words: LowerWords                  # "since May", "until Friday": a bound, not the act's date
    stretch_only_bounds: LowerWords          # bound words that bound only stretches ("for a week")
    scheduling_verbs: LowerWords             # lemmas: "is set to", "are due to"
    scheduled_verbs: LowerWords              # lemmas: "is scheduled for June 8"
    future_auxes: LowerWords                 # "will", "'ll"
    past_auxes: LowerWords                   # "did", "had"
    present_be: LowerWords                   # "is", "'re"
    past_be: LowerWords                      # "was", "were"
    weekdays: LowerWords                     # Monday first: the order is the weekday number
    months: LowerWords                       # January first
    month_abbreviations: dict[LowerPhrase, int] = Field(min_length=1)   # "sept": 9
    past_weekday_words: LowerWords           # "last Monday"
    future_weekday_words: LowerWords         # "next Friday"
    past_period_words: LowerWords            # "the past week"
    future_period_words: LowerWords          # "the coming month"

    @model_validator(mode="after")
    def _bounds(self) -> Self:
        _known("stretch_only_bounds", self.stretch_only_bounds, self.bound_words, "bound_words")
        for key, names, n in (("weekdays", self.weekdays, 7), ("months", self.months, 12)):
            if len(names) != n:
                raise KeyProblem(key, f"{len(names)} names, not {n} (the order gives each its number)")
        bad = [k for k, v in self.month_abbreviations.items() if not 1 <= v <= 12]
        if bad:
            raise KeyProblem(f"month_abbreviations.{bad[0]}", "a month number is 1 to 12")
        for key, words, other_key, others in (
                ("future_weekday_words", self.future_weekday_words, "past_weekday_words", self.past_weekday_words),
                ("future_period_words", self.future_period_words, "past_period_words", self.past_period_words)):
            both = sorted(set(words) & set(others))
            if both:
                raise KeyProblem(key, f"{both[0]!r} is also in {other_key} (a word points one way)")
        return self


class ModalityCues(Lexicon):
    """modality_cues.yaml: verbs that decide an event's modality once its code is known (foedus.coder.modality)."""

    intent_statement_verbs: LowerWords       # lemmas: "pledged aid" (03x) is a statement of intent
    vowing_verbs: LowerWords                 # lemmas: "vowed revenge" (13x) is a threat of an act ahead (intended)
    vowed_noun_skipped_roots: LowerWords     # (modality26) roots of object nouns a vow does not code ("promised an inquiry")
    threat_making_verbs: LowerWords          # lemmas: "threatened sanctions if ..." is a threat made (asserted)
    weighing_verbs: LowerWords               # lemmas: "is considering sanctions" weighs the act
    weighing_marks: LowerWords               # "weighing whether to launch": a weighed act, not a condition
    preventing_verbs: LowerWords             # "blocked X from sending": the act did not take place
    near_miss_words: LowerWords              # "stopped short of", "came close to": the act did not take place
    not_yet_adverbs: LowerWords              # "has yet to approve": the act has not taken place
    deferring_phrasal_verbs: LowerWords      # "held off on sending troops": the act did not take place
    participation_verbs: LowerWords          # (mine47) "did not join its neighbours in condemning": the joined act as joining is
    delaying_verbs: LowerWords               # (modality32) "would not delay the vote": negated, the act goes ahead
    act_halting_verbs: LowerWords            # (unreal50) "suspended the withdrawal of its troops": the act stopped
    pondering_verbs: LowerWords              # "is thinking about sending troops": considered
    pondering_preps: LowerWords              # "about", "of" after a pondering verb
    obligation_auxes: LowerWords             # "must", "should": an obligation, not the act
    negating_adverbs: LowerWords             # "never", "not"
    consequence_marks: LowerWords            # "if", "unless": the main clause is a consequence
    concessive_adverbs: LowerWords           # (refuse32) "even" before "if": a concessive clause, no condition
    renouncing_verbs: LowerWords             # (refuse32) "renounce": of force, a ruling out of it
    renounced_force_words: LowerWords        # (refuse32) "force", "violence": renounced, ruled out
    contrast_marks: LowerWords               # "while", "whereas": a clause of its own beside the main one (multi24)
    near_miss_preps: LowerWords              # "short of", "close to"
    negative_determiners: LowerWords         # "no troops crossed", "neither India nor China imposed": negated
    mercy_nouns: LowerWords                  # (miss0314) "will show no mercy": a threat, no negation
    negative_pronouns: LowerWords            # "nobody fired", "none of the ships entered": negated
    negating_prepositions: LowerWords        # "without clashing", "without an agreement": did not take place
    manner_without_words: LowerWords         # (denial21b) "fired without warning": a manner, no act negated
    intention_nouns: LowerWords              # "its plan to annex" intended; "no intention of attacking" negated
    secret_plan_words: LowerWords            # "a plot to kill": the act only suspected of its plotters (considered)
    scheduling_words: LowerWords             # "is scheduled to visit", "is due to sign": intended
    others_expectation_verbs: LowerWords     # (modality38) "X is expected to sign": what others expect, considered
    conditional_nouns: LowerWords            # "in case of an attack", "in the event of a blockade": conditional
    inverted_condition_auxiliaries: LowerWords  # "Should Russia attack, ...", "Had Kyiv fallen, ...": a condition
    counterfactual_modals: LowerWords        # "would have sent": did not happen (conditional)
    agreement_acts: LowerWords               # "agreed to a truce" declares it (asserted)
    refusal_codes: Labels                    # act prefix -> 12x: "would not release" is a refusal (1243)
    refusal_auxiliaries: LowerWords          # "will not", "would not", "won't": a stated refusal
    refusal_report_marks: LowerWords         # (yield45) "..., though Delhi said it would not accept": the sayer's refusal
    refusal_report_preps: LowerWords         # (yield45) "..., with Saied saying his country would not accept charity"
    free_choice_determiners: LowerWords      # "will sink any ship that enters": conditional on the relative clause
    answered_acts: LowerWords                # lemmas: "would respond to any provocation": conditional on it
    answering_preps: LowerWords              # "respond to", "retaliate against", "answer on": an act answered
    attempt_nouns: LowerWords                # "an attempt to storm": the attempted act, not a purpose
    attempting_verbs: LowerWords             # lemmas: "tried to assassinate": an attempted assassination (185)
    preparing_verbs: LowerWords              # "are preparing an offensive": the act lies ahead (intended)
    pledged_roots: LowerWords                # CAMEO roots whose act, announced or pledged, lies ahead ("announced aid")
    focus_particles: LowerWords              # "not only did X ...": a focus, not a negation
    sequel_particles: LowerWords             # "only to lift it hours later": what came next, not a purpose
    record_ordinals: LowerWords              # "became the first minister to visit Damascus": the visit was made
    generic_doers: LowerWords = []           # (unreal48) "anyone who attacked police would be prosecuted": any who might
    lenience_words: LowerWords = []          # (unreal48) lemmas: "an amnesty to rebels who laid down their arms": on condition
    starting_infinitives: LowerWords = []    # (unreal48) lemmas: "a ceasefire, to start on Sunday": set for a day ahead
    accusing_reports: LowerWords = []        # (unreal48) lemmas: "accused by a UN panel of shelling X, which Y denied"
    halting_rejections: LowerWords = []      # (unreal48) lemmas: "would suspend payments": a 12x act ahead, not a refusal stated
    calling_ahead_verbs: LowerWords = []     # (unreal51) lemmas: "called a strike for Wednesday": the protest set ahead
    calling_ahead_roots: LowerWords = []     # (unreal51) CAMEO roots of acts called for a day ahead (protests: 14)
    calling_ahead_preps: LowerWords = []     # (unreal51) "for Wednesday", "from Sunday": the day the called act starts
    foiling_means_preps: LowerWords = []     # (unreal51) "foiled a plan to attack by arresting three men": the foiler's means
    record_copulas: LowerWords               # lemmas whose attribute ranked first/last records its subject's act
    record_person_nouns: LowerWords          # "Sadat, the first Arab leader to visit Israel": titles of persons (coop32)
    negative_premodifiers: LowerWords        # "not a single soldier", "neither side": a negative subject
    negative_conjunctions: LowerWords        # "..., nor has it expelled": the conjunct is negated
    contrast_adverbs: LowerWords             # "did not sign and instead launched": the conjunct has its own modality
    contrast_conjunctions: LowerWords        # "did not condemn but urged": the conjunct has its own modality
    rebutting_verbs: LowerWords = []         # (unreal49) "said it would not X, and denied Y": the denial is the speaker's own
    base_like_pasts: LowerWords = []         # (unreal49) "would ... and lay down": a past form that is also a base form
    factual_clause_marks: LowerWords         # "after troops entered the war": a clause with its own modality
    deciding_verbs: LowerWords               # "voted to demand": the decision performs the act
    choosing_verbs: LowerWords = []          # (unreal58) "voted/decided to withdraw": the decided act is the event
    reluctance_verbs: LowerWords             # "hesitated to send" negated; "will not hesitate to use force" intended
    achieving_verbs: LowerWords              # "went on to kill", "managed to arrest": the act carried out (asserted)
    arriving_verbs: LowerWords               # "visited Bucha to collect evidence": done on arrival (asserted)
    dispatching_verbs: LowerWords            # "appointed a judge to investigate": done by those named (asserted)
    sending_verbs: LowerWords                # (modality26) "sent a team to investigate": done by the envoys sent ...
    envoy_nouns: LowerWords                  # (modality26) ... when they are envoys, inspectors or a delegation
    envoy_task_verbs: LowerWords             # (modality26) ... on a task of looking or talking ("investigate", "urge")
    envoy_arrival_verbs: LowerWords          # (material49) "inspectors arrived in Syria to examine the site": done there
    founding_verbs: LowerWords               # (modality33) "set up a commission to investigate": done by the body ...
    body_nouns: LowerWords                   # (modality33) ... set up (commission, committee, panel, inquiry)
    unrealised_plan_verbs: LowerWords        # "had planned a rally, but ...": the plan was not carried out
    predicting_requests: LowerWords          # "X could attack, analysts warned": a possibility, not a demand
    happening_verbs: LowerWords              # "the talks will take place in Oman": the noun's act lies ahead
    responsibility_nouns: LowerWords         # "denied any role in the attack": the attack, the denier's, negated
    truth_adjectives: LowerWords             # "it is not true that X attacked": X negated
    falsity_adjectives: LowerWords           # "reports that X attacked are false": X negated
    claim_nouns: LowerWords                  # "reports", "claims" whose that-clause is called false
    unconfirmed_marks: LowerWords            # (modality42) "unconfirmed reports that X": X left open (considered)
    plain_saying_verbs: LowerWords           # (modality33) "NATO said X, a charge Moscow rejected": X stays reported
    ceasing_adverbs: LowerWords              # "no longer sends aid": negated by the "no" they carry
    own_forces_codes: LowerWords             # "Algerian troops were sent to Niger": the forces' state acts
    announced_passive_roots: LowerWords      # "X said the pilot would be released": the speaker's own act
    ultimatum_marks: LowerWords              # "will resume enrichment unless Europe ...": a threat to Europe (130)
    taking_effect_phrases: LowerWords        # (modality28) "ordered sanctions to take effect next month": ahead (intended)
    signing_codes: LowerWords                # (unreal50) "signed a truce to take effect on Monday": the signing done
    starting_date_openers: LowerWords        # (modality30) "tightened controls, effective from Thursday": ahead (intended)
    starting_date_ranges: LowerWords         # (modality30) "from May to July": a period, not a start
    starting_date_ahead: LowerWords          # (modality30) "starting next month"
    starting_date_units: LowerWords          # (modality30) "next month", "next year"
    starting_date_roots: LowerWords          # (modality30) CAMEO roots of measures that take effect on a day
    plan_dropping_verbs: LowerWords          # (modality30) "shelved plans to retaliate": the giving up is no act
    agreeing_verbs: LowerWords               # (modality30) "failed to agree on X": the agreement (057) negated
    departure_codes: LowerWords              # (modality30) "would step down once ...": intended, not conditional
    hedged_doer_words: LowerWords            # (modality28) "suspected militants attacked": the doer only suspected
    identifying_participles: LowerWords      # (parse37) "gunmen suspected to be bandits abducted ...": the verb is "abducted"
    confirming_verbs: LowerWords             # "did not confirm reports that X attacked": X considered
    investigating_words: LowerWords          # "will investigate reports that X attacked", "an inquiry into claims": considered
    linking_verbs: LowerWords                # "rumours that X attacked proved false": like "are false"
    claim_rejecting_verbs: LowerWords        # "reports that X attacked were denied": X negated
    equating_words: LowerWords               # "did not amount to recognising Israel": negated
    authorising_verbs: LowerWords            # "authorised air strikes": the force lies ahead (intended)
    authorised_force_codes: LowerWords       # CAMEO prefixes of acts of force an authorisation puts ahead
    ordering_verbs: LowerWords               # "ordered air strikes to begin": the force lies ahead (intended)
    force_using_verbs: LowerWords            # "refused to rule out using force to seize Greenland": a threat
    force_purpose_threats: Labels            # purpose verb -> 138x: "... to seize" is a threat of occupation (1382)


class SenseCues(Lexicon):
    """sense_cues.yaml: argument classes that give an event verb its non-political sense (foedus.coder.sentence)."""

    sport_contests: LowerWords               # lemmas: "defeated her rivals in the Berlin marathon"
    athletes: LowerWords                     # lemmas: "the cyclist attacked on the final climb"
    sport_fans: LowerWords                   # lemmas: "thousands of fans poured onto the streets": no protest
    figurative_patients: LowerWords          # lemmas: "battling a cholera outbreak", "fight inflation"
    nonagent_subjects: LowerWords            # lemmas: "the budget attacked the middle class"
    market_agents: LowerWords                # lemmas: "investors stormed into the shares": a market move
    celebration_verbs: LowerWords            # (falsepos30b) lemmas: "gathered to mark the anniversary": no rally (141)
    sport_sentence_codes: LowerWords         # (falsepos30b) code prefixes a sport word anywhere in the sentence voids
    sport_sentence_words: LowerWords         # (falsepos30b) lemmas beside sport_words for that: "world record"
    sport_bodies: LowerWords                 # (coerce46) lemmas: "the Awami League": a body of people, no sport
    sport_league_names: LowerWords           # (coerce46) lemmas that make a league a sport's: "the Premier League"
    market_agent_word_roots: LowerWords      # (falsepos30b) roots of words a market's people say no act with: "05"
    market_quantities: LowerWords            # lemmas: (falsepos30b) "Tokyo stocks crashed": no doer of any act
    money_sinks: LowerWords                  # lemmas: (mine45) "pumped billions into the money markets": no aid
    electorate_words: LowerWords             # lemmas: (mine45) "voters rejected the proposal": a vote's result
    electorate_roots: LowerWords             # (mine45) roots of acts voters take as a body: "05", "08", "11", "12"
    accident_verbs: LowerWords               # lemmas: "a jet collided with a helicopter, killing 67": an accident
    electoral_contests: LowerWords           # lemmas: "defeated Bolsonaro in the run-off": a result
    contest_delay_verbs: LowerWords          # lemmas: (coerce47) "postponed the election": a delay, no result
    electoral_prizes: LowerWords             # lemmas: "defeated Harris to win a second term": a result
    site_adverbs: LowerWords                 # "an explosion there killed eleven workers": a site named before
    civil_craft: LowerWords                  # lemmas: "a Boeing 777 ... after leaving Kuala Lumpur": no visit
    dismissal_verbs: LowerWords              # lemmas: "fired his chief of staff": a dismissal
    staff_nouns: LowerWords                  # lemmas: "fired 200 workers"
    business_nouns: LowerWords               # lemmas: "seized control of the largest bank": 1711, not 192
    event_subjects: LowerWords               # lemmas: "the rebels' advance stalled": no rejection
    force_verbs: LowerWords                  # lemmas: "hit back at Hezbollah with air strikes": force
    police_raid_verbs: LowerWords            # lemmas: "police raided X and arrested seven": one act, 173
    protest_doers: LowerWords                # lemmas: "protesters attacked the French embassy": a riot (145)
    policy_patients: LowerWords              # lemmas: "attacked the budget as reckless" (criticism)
    verbal_attack_verbs: LowerWords          # lemmas: "attack", "assail" with a policy object criticise
    armed_attack_verbs: LowerWords = []     # (violence56) "attack": done by armed men, an attack with arms, never words
    verbal_attack_code: LowerWords           # the code of that criticism ("111")
    hazard_nouns: LowerWords                 # lemmas: "warned of famine" is no threat
    treatment_verbs: LowerWords              # lemmas: "warned that X would be treated as a target": a threat
    warned_coercion_verbs: LowerWords        # lemmas: "warned that Tel Aviv would be hit": a threat (reject35)
    plight_verbs: LowerWords                 # lemmas: "warned it could face lawsuits": a plight foreseen, no threat
    plight_adjectives: LowerWords            # lemmas: "warned that Mexico would be unable to pay": a plight foreseen
    plight_threat_objects: LowerWords        # lemmas: "would face a crushing response": a threat, no plight
    penalty_bringing_verbs: LowerWords       # lemmas: "any violation would bring the severest consequences" (threat43)
    risk_nouns: LowerWords                   # lemmas: "the threat of famine": looked through
    fight_nouns: LowerWords                  # lemmas: "declared war on drugs": the object is what is fought
    animals: LowerWords                      # lemmas: "a crocodile killed a fisherman": no political violence
    livestock_taking_verbs: LowerWords = []  # (violence56) "seized cattle": livestock taken is property, no act on a beast
    team_nouns: LowerWords                   # lemmas: "backed the national football team": sport
    contraband: LowerWords                   # lemmas: "seized 2 tonnes of cocaine": no confiscation from an actor
    quantity_nouns: LowerWords               # lemmas: "2 tonnes of": looked through
    opinion_verbs: LowerWords                # lemmas: "agreed that the recession would be short": an opinion
    cause_blaming_verbs: LowerWords          # lemmas: "blamed heavy rains for the collapse": no accusation
    session_verbs: LowerWords                # lemmas: "the Security Council met in emergency session": no partner
    partner_nouns: LowerWords                # lemmas: "the warring parties met": partners, a meeting
    creative_works: LowerWords               # lemmas: "the novel describes how soldiers attacked": depicted
    private_visitors: LowerWords             # lemmas: "welcomed Chinese tourists": no visit hosted
    staged_events: LowerWords                # lemmas: "hosted the Olympic Games": no visit hosted
    distant_time_units: LowerWords           # lemmas: "two years after Russia invaded": a time anchor
    anchor_marks: LowerWords                 # "after", "since"
    conventional_attack_codes: LowerWords    # "190", "193": attacks whose doer gives them their code
    irregular_attack_code: LowerWords        # "180": "gunmen stormed a hotel" (unnamed attackers)
    irregular_sectors: LowerWords            # "reb": armed men of no state; on civilians their attack is 180
    civilian_sites: LowerWords               # lemmas: "raided a village": a place of civilian life
    crowd_doers: LowerWords                  # lemmas: "his supporters attacked ...": a crowd that riots (145)
    crowd_entry_verbs: LowerWords            # lemmas: "stormed the parliament and set it on fire": riot, then 1712
    crowd_property_codes: LowerWords = []    # "1712": a crowd's destruction or looting, coded beside its riot (coerce40)
    online_platforms: LowerWords = []        # lemmas: "blocked Facebook": a curb on the own country, not the firm (coerce40)
    fired_on_protest_codes: LowerWords = []  # "193": gunmen no one names firing on protesters repress them (175, coerce40)
    crowd_protest_props: LowerWords = []     # lemmas: "set tyres ablaze": burned as a protest, no property destroyed (coerce40)
    public_building_nouns: LowerWords = []   # lemmas: "set fire to the state television building": the public's property (force45)
    confiscation_codes: LowerWords           # "1711": a seizure whose object gives its kind
    occupation_code: LowerWords              # "192": a place seized by armed men
    plunder_verbs: LowerWords                # lemmas: "looted Monrovia": a capital plundered, not taken (force32)
    territory_quantifiers: LowerWords        # lemmas: "most of Goma": looked through
    seized_places: LowerWords                # lemmas: "seized the town"
    seized_buildings: LowerWords = []        # lemmas: "seized a hospital": property confiscated (1711), no place taken (root32)
    property_taking_verbs: LowerWords = []   # lemmas: "occupied the farms", "took over the offices": seized_buildings held are 1711 (violence54)
    crowd_seat_nouns: LowerWords = []        # lemmas: "students occupying parliament": a crowd in the state's building riots (violence54)
    mission_buildings: LowerWords = []       # lemmas: "a crowd stoned the U.S. embassy": a riot (145), not an assault
    seized_person_sectors: LowerWords = []   # "opp": a proper noun seized that names such a person is no place (miss1718)
    policing_sectors: LowerWords             # "cop": police using such force at home repress
    repression_code: LowerWords              # "175"
    fire_on_verbs: LowerWords = []           # lemmas: "fired on residents": shots fired on people (violence53)
    fired_on_people_nouns: LowerWords = []   # lemmas: "fired on residents / civilians": people at large repressed (violence53)
    fired_on_home_only_nouns: LowerWords = []   # lemmas: "fired on crowds": repressed only at home (violence60)
    gang_sectors: LowerWords                 # "crm": armed criminals (no repression, no mass killing)
    protesting_words: LowerWords             # lemmas: "fired on rioting youths": people shown protesting
    air_attack_codes: LowerWords             # "195": an air strike on a crowd stays one (not 175)
    fired_on_crowds: LowerWords              # lemmas: "troops fired on crowds": a crowd repressed (miss17)
    riot_words: LowerWords                   # lemmas: "fired on rioting youths": their protest is a riot (145)
    labour_strike_words: LowerWords          # lemmas: "fired on striking miners": a strike, no rally
    striker_words: LowerWords                # words: "detained dozens of strikers": a strike held (strike58)
    protest_cause_preps: LowerWords          # "protesters against police brutality": people told protesting
    fired_on_preps: LowerWords               # "fired on / at / into" the people force lands on
    destruction_codes: LowerWords            # "1712": "a strike destroyed X" takes the strike's code
    force_strike_nouns: LowerWords           # lemmas: "a strike destroyed X": a military strike
    force_strike_code: LowerWords            # "195"
    leader_killing_code: LowerWords          # "186": a named leader killed (violence13)
    mutual_fight_verbs: LowerWords           # (violence13) "fought gun battles with police": both sides fight
    chemical_agents: LowerWords              # lemmas: "rockets carrying sarin struck X": chemical warfare
    chemical_code: LowerWords                # "2041"
    captive_taking_verbs: LowerWords         # lemmas: "seized / captured two soldiers": people taken (181, 173)
    seizing_verbs: LowerWords                # lemmas: "seized the president": a named person is no property
    vessel_seizing_verbs: LowerWords         # lemmas: "seized / detained the tanker": a ship taken with its crew (181)
    seized_vessel_nouns: LowerWords          # "tanker", "trawler", "ship": vessels whose seizure is hostage-taking
    premises_raid_verbs: LowerWords          # lemmas: "police raided the office of a group": premises searched
    raided_premises_nouns: LowerWords        # lemmas: "police raided the office": premises searched (171)
    raid_evidence_nouns: LowerWords          # lemmas: "raided the offices in search of evidence": an investigation (091)
    raid_inquiry_nouns: LowerWords           # lemmas: "raided ... in their investigation of": the investigation's act
    raided_premises_code: LowerWords         # "171": premises raided by police
    raid_search_code: LowerWords             # "091": a firm's premises raided, or raided for evidence
    vessel_owner_words: LowerWords           # "owned": a seized ship of a named owner is aimed at its business (BUS)
    coup_verbs: LowerWords                   # lemmas: "the army ousted the president": a coup
    coup_code: LowerWords                    # "173": a coup is coded by its arrest of the ousted
    power_objects: LowerWords                # (violence13) "seized power", "took control of the government": a coup
    coup_attempt_verbs: LowerWords           # "tried to seize power": a failed coup
    failed_coup_code: LowerWords             # "190"
    military_titles: LowerWords              # lemmas: "army chief X seized power": a coup by the military (miss17)
    wounding_verbs: LowerWords               # lemmas: "shot and wounded the mayor": an attempt on a leader (185)
    execution_verbs: LowerWords              # lemmas: "was hanged at dawn": a passive execution is the state's act


SCHEMAS: dict[str, type[Lexicon]] = {
    "actor_cues": ActorCues,
    "date_cues": DateCues,
    "event_cues": EventCues,
    "place_cues": PlaceCues,
    "modality_cues": ModalityCues,
    "commitment_cues": CommitmentCues,
    "policy_cues": PolicyCues,
    "un_rule_cues": UnRuleCues,
    "sense_cues": SenseCues,
}


# ---- loading -------------------------------------------------------------------------------
@lru_cache(maxsize=None)
def words(name: str, key: str) -> frozenset[str]:
    """The list ``key`` of lexicon ``name`` as a frozenset, for membership tests; cached per process."""
    return frozenset(getattr(load(name), key))


def names() -> list[str]:
    """The lexicon files in the package (names without ``.yaml``)."""
    return sorted(p.stem for p in data.path(FOLDER).glob("*.yaml"))


@lru_cache(maxsize=None)
def load(name: str) -> Lexicon:
    """The packaged lexicon ``name``, validated; loaded once per process."""
    schema_of(name)
    return read(data.path(f"{FOLDER}/{name}.yaml"), name)


def schema_of(name: str) -> type[Lexicon]:
    try:
        return SCHEMAS[name]
    except KeyError:
        raise DataError(Errors.E212.format(name=name, known=", ".join(sorted(SCHEMAS)))) from None


def read(path: str | Path, name: str | None = None) -> Lexicon:
    """Read and validate a lexicon file anywhere on disk against the schema ``name`` (default: its stem)."""
    import yaml

    path = Path(path)
    model = schema_of(name or path.stem)
    try:
        with path.open(encoding="utf-8") as fh:
            raw = load_yaml(fh)   # a key written twice is an error, not a silently lost list
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(Errors.E211.format(path=path, reason=str(exc))) from None
    except yaml.YAMLError as exc:
        raise DataError(Errors.E211.format(path=path, reason=f"invalid YAML ({exc})".replace("\n", " "))) from None
    if not isinstance(raw, dict):
        raise DataError(Errors.E211.format(path=path, reason="the file must be a mapping of keys to word lists"))
    return validate(model, raw, str(path))


def validate(model: type[Lexicon], raw: dict[str, Any], where: str) -> Lexicon:
    """``raw`` checked against ``model``; E210 names ``where`` and the first bad key."""
    try:
        return model.model_validate(raw)
    except KeyProblem as exc:
        raise DataError(Errors.E210.format(path=where, key=exc.key, problem=exc.problem)) from None
    except ValidationError as exc:
        err = exc.errors()[0]
        problem = err["msg"].removeprefix("Value error, ")
        if err["type"] == "extra_forbidden":
            problem = f"unknown key (known: {', '.join(k for k in model.model_fields)})"
        raise DataError(Errors.E210.format(path=where, key=_key(err["loc"]), problem=problem)) from None


def _key(loc: tuple) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif not str(part).startswith("function-after"):
            out += ("." if out else "") + str(part)
    return out or "(file)"
