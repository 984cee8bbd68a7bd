"""The word lists of the event rules: data/events/event_words.yaml, the intent-code table
(data/events/intent_codes.tsv) and the cue lists of data/lexicon/event_cues.yaml."""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import lru_cache
from typing import Any

from spacy.tokens import Token

from .. import data, lexicon
from .doctext import tokens


@lru_cache(maxsize=None)   # asked some two million times per 2,000 articles: one lookup, not two calls
def cue(key: str) -> frozenset[str]:
    """A word list of data/lexicon/event_cues.yaml (loaded once, cached)."""
    return lexicon.words("event_cues", key)


def plain_vehicle(tok: Token) -> bool:
    """``tok`` is a car, truck or van in a sentence that names no explosive: an accident's vehicle, no violent means
    ("a truck hit a pedestrian"), where "a truck laden with explosives crashed into the barracks" is a bombing."""
    if tok.lemma_.lower() not in cue("bomb_vehicles"):
        return False
    bomb = cue("vehicle_bomb_words")
    return not any(t.lemma_.lower() in bomb or t.lower_ in bomb or any(p in bomb for p in t.lower_.split("-"))
                   for t in tokens(tok.sent))


@dataclass(frozen=True)
class EventWords:
    reciprocal: frozenset[str]
    joint: frozenset[str]
    violent_means: frozenset[str]
    disaster_nouns: frozenset[str]
    accidental_blasts: frozenset[str]
    accident_words: frozenset[str]
    accident_sites: frozenset[str]
    accident_victims: frozenset[str]
    between_nouns: frozenset[str]
    crowd_nouns: frozenset[str]
    named_crowd_nouns: frozenset[str]
    ceasefire_nouns: frozenset[str]
    recognition_verbs: frozenset[str]
    recognition_objects: frozenset[str]
    signing_verbs: frozenset[str]
    protester_nouns: frozenset[str]
    ceasefire_start_verbs: frozenset[str]
    stance_passives: frozenset[str]
    emotion_passives: frozenset[str]
    light_verbs: frozenset[str]
    agentless_violence: frozenset[str]
    agentless_state: frozenset[str]
    assassination_verbs: frozenset[str]
    leader_sectors: frozenset[str]
    command_titles: frozenset[str]
    person_nouns: frozenset[str]
    mass_killing_verbs: frozenset[str]
    mass_killing_codes: frozenset[str]
    mass_quantity_words: frozenset[str]
    mob_killer_sectors: frozenset[str]
    mob_mass_quantity_words: frozenset[str]
    mass_killing_min: int
    mass_toll_means_codes: frozenset[str]
    mass_toll_vague_counts: frozenset[str]
    mass_expulsion_min: int
    mass_victim_nouns: frozenset[str]
    weapon_means: frozenset[str]
    civilian_sectors: frozenset[str]
    retaliation_verbs: frozenset[str]
    retaliation_particles: tuple[tuple[str, str], ...]
    response_nouns: frozenset[str]
    arresting_agents: tuple[tuple[str, str], ...]
    legal_charge_verbs: frozenset[str]
    legal_sectors: frozenset[str]
    meeting_verbs: frozenset[str]
    warning_verbs: frozenset[str]
    abductor_sectors: frozenset[str]
    official_protest_verbs: frozenset[str]
    official_protest_sectors: frozenset[str]
    blame_adjectives: frozenset[str]
    blame_preps: frozenset[str]
    posture_preps: frozenset[str]
    intent_codes: tuple[tuple[str, str], ...]
    bombing_doers: frozenset[str] = frozenset()
    suicide_marks: frozenset[str] = frozenset()
    bombing_codes: frozenset[str] = frozenset()
    personal_violence_codes: frozenset[str] = frozenset()
    aside_second_codes: frozenset[str] = frozenset()
    aside_taking_codes: frozenset[str] = frozenset()
    aside_breach_codes: frozenset[str] = frozenset()
    community_property: frozenset[str] = frozenset()
    generic_attack_codes: frozenset[str] = frozenset()
    bomb_kinds: tuple[tuple[str, str], ...] = ()
    preventing_verbs: frozenset[str] = frozenset()
    witness_verbs: frozenset[str] = frozenset()
    surviving_verbs: frozenset[str] = frozenset()
    agentless_attack_verbs: frozenset[str] = frozenset()
    agentless_doer_verbs: frozenset[str] = frozenset()
    agentless_release_codes: frozenset[str] = frozenset()
    agentless_host_codes: frozenset[str] = frozenset()
    agentless_court_codes: frozenset[str] = frozenset()
    agentless_restriction_codes: frozenset[str] = frozenset()
    agentless_accusation_codes: frozenset[str] = frozenset()
    agentless_accusation_verbs: frozenset[str] = frozenset()
    arresting_reporter_sectors: frozenset[str] = frozenset()
    held_people_nouns: frozenset[str] = frozenset()
    unnamed_agent_nouns: frozenset[str] = frozenset()
    told_arrest_verbs: frozenset[str] = frozenset()
    released_people_sectors: frozenset[str] = frozenset()
    ceasefire_end_verbs: frozenset[str] = frozenset()
    reciprocal_pronouns: tuple[str, ...] = ()
    visit_verbs: frozenset[str] = frozenset()
    denial_codes: frozenset[str] = frozenset()
    reported_stance_codes: frozenset[str] = frozenset()
    visit_codes: frozenset[str] = frozenset()
    responsibility_codes: frozenset[str] = frozenset()
    unaimed_codes: frozenset[str] = frozenset()
    claim_codes: frozenset[str] = frozenset()
    optimism_words: frozenset[str] = frozenset()
    pessimism_words: frozenset[str] = frozenset()
    displeasure_words: frozenset[str] = frozenset()
    territorial_codes: frozenset[str] = frozenset()
    recipient_first_codes: frozenset[str] = frozenset()
    partner_preps: frozenset[str] = frozenset()
    cause_not_target_codes: frozenset[str] = frozenset()
    home_codes: frozenset[str] = frozenset()
    alert_codes: frozenset[str] = frozenset()
    own_forces_moved_codes: frozenset[str] = frozenset()
    stance_codes: frozenset[str] = frozenset()
    meeting_between_nouns: frozenset[str] = frozenset()
    negotiation_nouns: frozenset[str] = frozenset()
    call_nouns: frozenset[str] = frozenset()
    told_at_meeting_nouns: frozenset[str] = frozenset()
    negotiator_nouns: frozenset[str] = frozenset()
    mutual_codes: frozenset[str] = frozenset()
    with_fight_verbs: frozenset[str] = frozenset()
    called_off_verbs: frozenset[str] = frozenset()
    mediating_verbs: frozenset[str] = frozenset()
    statement_participles: frozenset[str] = frozenset()
    answer_participles: frozenset[str] = frozenset()
    reaction_relatives: frozenset[str] = frozenset()
    summary_nouns: frozenset[str] = frozenset()
    eliciting_verbs: frozenset[str] = frozenset()
    eliciting_particles: tuple[tuple[str, str], ...] = ()
    provoking_verbs: frozenset[str] = frozenset()
    means_response_verbs: frozenset[str] = frozenset()
    descriptive_participles: frozenset[str] = frozenset()
    aspectual_verbs: frozenset[str] = frozenset()
    impact_verbs: frozenset[str] = frozenset()
    weapon_nouns: frozenset[str] = frozenset()
    weapon_fire_nouns: frozenset[str] = frozenset()
    fire_weapons: frozenset[str] = frozenset()
    weapon_codes: tuple[tuple[str, str], ...] = ()
    triggered_weapons: frozenset[str] = frozenset()
    triggering_verbs: frozenset[str] = frozenset()
    impact_particles: tuple[tuple[str, frozenset[str]], ...] = ()
    intransitive_impact_verbs: frozenset[str] = frozenset()
    triggering_preps: frozenset[str] = frozenset()
    casualty_verbs: frozenset[str] = frozenset()
    mine_sites: frozenset[str] = frozenset()
    harmless_landing: frozenset[str] = frozenset()
    spent_weapon_marks: frozenset[str] = frozenset()
    resultative_verbs: frozenset[str] = frozenset()
    casualty_states: frozenset[str] = frozenset()
    occurrence_verbs: frozenset[str] = frozenset()
    harm_verbs: frozenset[str] = frozenset()
    sabotage_codes: frozenset[str] = frozenset()
    sabotage_cues: frozenset[str] = frozenset()
    sabotage_words: frozenset[str] = frozenset()
    mass_expulsion_verbs: frozenset[str] = frozenset()
    mass_displacement_verbs: frozenset[str] = frozenset()
    displacement_preps: frozenset[str] = frozenset()
    mass_expulsion_marks: frozenset[str] = frozenset()
    mass_expulsion_counts: frozenset[str] = frozenset()
    planted_bombing_nouns: frozenset[str] = frozenset()
    aerial_bombing_words: frozenset[str] = frozenset()
    under_fire_verbs: frozenset[str] = frozenset()
    under_fire_nouns: frozenset[str] = frozenset()
    suffering_verbs: frozenset[str] = frozenset()
    assembly_verbs: frozenset[str] = frozenset()
    assembly_purpose_roots: frozenset[str] = frozenset()
    criticism_preps: frozenset[str] = frozenset()
    content_participles: frozenset[str] = frozenset()
    protest_course_verbs: frozenset[str] = frozenset()
    protest_course_nouns: frozenset[str] = frozenset()
    protest_yield_verbs: frozenset[str] = frozenset()
    military_senses: tuple[tuple[str, str], ...] = ()
    sport_words: frozenset[str] = frozenset()
    visit_object_verbs: frozenset[str] = frozenset()
    visit_object_codes: frozenset[str] = frozenset()
    hosting_verbs: frozenset[str] = frozenset()
    visitor_participles: frozenset[str] = frozenset()
    bare_infinitive_verbs: frozenset[str] = frozenset()
    public_space_nouns: frozenset[str] = frozenset()
    patient_of_nouns: frozenset[str] = frozenset()
    late_particles: frozenset[str] = frozenset()
    crowd_place_preps: frozenset[str] = frozenset()
    joint_action_words: frozenset[str] = frozenset()
    joint_operation_nouns: frozenset[str] = frozenset()
    forceful_response_words: frozenset[str] = frozenset()
    violent_acts_answered: frozenset[str] = frozenset()
    forceful_retaliation_verbs: frozenset[str] = frozenset()
    ceasefire_halt_verbs: frozenset[str] = frozenset()
    force_halting_verbs: frozenset[str] = frozenset()
    front_nouns: frozenset[str] = frozenset()
    front_preps: frozenset[str] = frozenset()
    yield_refusal_codes: tuple[tuple[str, str], ...] = ()
    announced_act_codes: tuple[str, ...] = ()
    home_announced_act_codes: tuple[str, ...] = ()
    pursuit_verbs: frozenset[str] = frozenset()
    fight_on_codes: tuple[tuple[str, str], ...] = ()
    demand_participles: frozenset[str] = frozenset()
    commitment_participles: frozenset[str] = frozenset()
    appeal_participles: frozenset[str] = frozenset()
    appeal_call_preps: frozenset[str] = frozenset()
    helping_verbs: frozenset[str] = frozenset()
    crowd_building_owners: tuple[tuple[str, str], ...] = ()   # (violence55) a building's words -> its owner's sector
    crowd_owned_buildings: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def event_words() -> EventWords:
    raw = data.read_yaml("events/event_words.yaml")
    rows = data.read_tsv("events/intent_codes.tsv")
    pairs = sorted(((r["act_prefix"], r["intent_code"]) for r in rows), key=lambda p: -len(p[0]))
    # Fields named after their key in event_words.yaml are word sets read as they are; the rest are
    # built here (renamed keys, unions, numbers and tables).
    built: dict[str, Any] = {
        "reciprocal": frozenset(raw["reciprocal_verbs"]),
        "joint": frozenset(raw["joint_verbs"]) | frozenset(raw["reciprocal_verbs"]),
        "agentless_violence": frozenset(raw["agentless_violence_codes"]),
        "agentless_state": frozenset(raw["agentless_state_codes"]),
        "mass_killing_min": int(raw["mass_killing_min"]),
        "mass_toll_means_codes": frozenset(str(c) for c in raw["mass_toll_means_codes"]),
        "mass_expulsion_min": int(raw["mass_expulsion_min"]),
        "retaliation_particles": tuple(sorted(raw["retaliation_particles"].items())),
        "eliciting_particles": tuple(sorted(raw["eliciting_particles"].items())),
        "arresting_agents": tuple(sorted(raw["arresting_agents"].items())),
        "intent_codes": tuple(pairs),
        "bomb_kinds": tuple(sorted(raw["bomb_kinds"].items())),
        "reciprocal_pronouns": tuple(raw["reciprocal_pronouns"]),
        "denial_codes": frozenset(str(c) for c in raw["denial_codes"]),
        "reported_stance_codes": frozenset(str(c) for c in raw["reported_stance_codes"]),
        "aside_second_codes": frozenset(str(c) for c in raw["aside_second_codes"]),
        "aside_taking_codes": frozenset(str(c) for c in raw["aside_taking_codes"]),
        "aside_breach_codes": frozenset(str(c) for c in raw.get("aside_breach_codes", [])),
        "weapon_codes": tuple((str(k), str(v)) for k, v in raw["weapon_codes"].items()),
        "impact_particles": tuple((str(k), frozenset(v)) for k, v in sorted(raw["impact_particles"].items())),
        "visit_codes": frozenset(str(c) for c in raw["visit_codes"]),
        "responsibility_codes": frozenset(str(c) for c in raw["responsibility_codes"]),
        "unaimed_codes": frozenset(str(c) for c in raw["unaimed_codes"]),
        "claim_codes": frozenset(str(c) for c in raw["claim_codes"]),
        "home_codes": frozenset(str(c) for c in raw["home_codes"]),
        "alert_codes": frozenset(str(c) for c in raw["alert_codes"]),
        "territorial_codes": frozenset(str(c) for c in raw["territorial_codes"]),
        "military_senses": tuple(sorted((str(k), str(v)) for k, v in raw["military_senses"].items())),
        "visit_object_codes": frozenset(str(c) for c in raw["visit_object_codes"]),
        "recipient_first_codes": frozenset(str(c) for c in raw["recipient_first_codes"]),
        "home_announced_act_codes": tuple(str(c) for c in raw.get("home_announced_act_codes", [])),
        "announced_act_codes": tuple(str(c) for c in raw.get("announced_act_codes", [])),
        "fight_on_codes": tuple(sorted((str(k), str(v)) for k, v in raw.get("fight_on_codes", {}).items())),
        "yield_refusal_codes": tuple(sorted((str(k), str(v)) for k, v in raw.get("yield_refusal_codes", {}).items())),
        "crowd_building_owners": tuple(sorted((str(k), str(v)) for k, v in raw.get("crowd_building_owners", {}).items())),
    }
    word_sets: dict[str, Any] = {f.name: frozenset(raw[f.name]) for f in fields(EventWords) if f.name not in built}
    return EventWords(**word_sets, **built)


def intent_code(code: str) -> str:
    """The CAMEO code for intending or considering the act ``code`` (072 -> 0332)."""
    for prefix, intent in event_words().intent_codes:
        if code.startswith(prefix):
            return intent
    return code
