"""Lexicons as data (issue 12): every file in data/lexicon validates; a broken one names file and key."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from foedus import data, lexicon
from foedus.errors import DataError

LEXICON_DIR = Path(str(data.path("lexicon")))


def _raw(name: str) -> dict:
    return yaml.safe_load((LEXICON_DIR / f"{name}.yaml").read_text(encoding="utf-8"))


def _write(tmp_path: Path, name: str, raw) -> Path:
    path = tmp_path / f"{name}.yaml"
    path.write_text(raw if isinstance(raw, str) else yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return path


# ---- every file ------------------------------------------------------------------------------
def test_every_file_has_a_schema_and_every_schema_a_file():
    assert lexicon.names() == sorted(lexicon.SCHEMAS) == ["actor_cues", "commitment_cues", "date_cues", "event_cues",
                                                            "modality_cues", "place_cues", "policy_cues", "sense_cues",
                                                            "un_rule_cues"]


@pytest.mark.parametrize("name", lexicon.names())
def test_each_packaged_lexicon_validates(name):
    lex = lexicon.load(name)
    assert isinstance(lex, lexicon.SCHEMAS[name])
    assert lex is lexicon.load(name)   # cached
    # the file holds nothing the schema does not know (extra keys are errors), and a copy validates too
    assert set(_raw(name)) <= set(lexicon.SCHEMAS[name].model_fields)


@pytest.mark.parametrize("name", lexicon.names())
def test_read_validates_an_edited_copy(tmp_path, name):
    assert lexicon.read(_write(tmp_path, name, _raw(name))) == lexicon.load(name)


# ---- what each file must say -----------------------------------------------------------------
def test_commitment_cues_use_registry_codes():
    from foedus.commitments import clauses, treaties

    cues = lexicon.load("commitment_cues")
    assert set(cues.condition_kinds) <= set(treaties.CONDITION_KINDS)
    assert clauses.TEXT_CONDITION_KINDS <= set(cues.condition_kinds)
    assert {r.kind for r in cues.strength_rules} <= set(treaties.CLAUSE_KINDS)
    # clauses.py compares these trigger kinds with the registry
    assert {"invasion", "armed_attack", "aggression", "state_of_war"} <= set(cues.attack_words)
    assert cues.commitment_modals == ["will", "shall", "must"]
    assert cues.obligation_subsumes == {"military and other assistance": ["military assistance", "assistance"],
                                        "military assistance": ["assistance"]}
    assert [r.strength for r in cues.strength_rules] == [5, 4, 4, 2, 3, 1, 0]


def test_policy_cues_say_shift_or_reaffirm_never_both():
    cues = lexicon.load("policy_cues")
    assert not set(cues.shift_signals) & set(cues.reaffirm_signals)
    assert {"considering", "shift in policy", "departure from"} <= set(cues.shift_signals)
    assert cues.policy_nouns == ["policy"] and cues.person_pronouns == ["he", "she", "him", "her"]


def test_un_rule_cues_cover_every_flagged_modality():
    from foedus.coder import modality

    cues = lexicon.load("un_rule_cues")
    assert set(cues.breach_prefixes) == set(modality.MODALITIES) - {modality.NEGATED}
    assert cues.breach_prefixes["asserted"] == "" and cues.breach_prefixes["considered"] == "considered breach: "
    assert "artillery" in cues.weapon_words and "bought" in cues.buy_words


def test_coding_modules_read_their_words_from_the_lexicons():
    """The word lists of the coding modules are the lexicons' lists (issue 12), loaded once."""
    from foedus import actors, coref, dates, modality, places
    from foedus.coder import arguments, clauses, sentence

    assert arguments.TARGET_PREPS == lexicon.words("event_cues", "target_preps") and "against" in arguments.TARGET_PREPS
    assert "at" in arguments.PLACE_PREPS and "at" not in arguments.TARGET_PREPS and "fire" in arguments.AT_VERBS
    assert "whereas" in clauses.BACKGROUND_MARKS and "treaty" in arguments.AGREEMENT_NOUNS & sentence.MUTUAL_NOUNS
    assert "sheikh" in places.PERSON_TITLES and places.REGION_NOUNS < places.PLACE_NOUNS and "off" in places.LOCATIVE_PREPS
    assert dates.NUMBER_WORDS["twelve"] == 12 and dates.STRETCH_ONLY_BOUNDS == {"for"} < dates.BOUND_WORDS
    assert "secretary general" in actors.STATELESS_TITLES and "’s" in actors.POSSESSIVE and "may" in actors.CALENDAR_WORDS
    assert coref.PRONOUNS == coref.PERSONAL | coref.NEUTER | coref.PLURAL and "themselves" in coref.PLURAL
    assert modality.OBLIGATION_AUX == {"must", "should", "ought"}
    assert lexicon.words("place_cues", "name_joiners") is lexicon.words("place_cues", "name_joiners")   # cached


def test_rule_word_sets_are_data():
    """Word sets once written inside rule bodies (issue 12) are lexicon keys with the same words."""
    w = lambda name, key: lexicon.words(name, key)  # noqa: E731
    assert w("event_cues", "killing_particles") == {"dead", "down"} and w("event_cues", "shooting_verbs") == {"shoot", "gun"}
    assert w("event_cues", "threat_condition_marks") == {"if", "unless", "should"}
    assert w("event_cues", "force_means") < w("event_cues", "force_words") and "militarily" in w("event_cues", "force_words")
    assert w("modality_cues", "consequence_marks") == {"if", "unless"} and "n't" in w("modality_cues", "negating_adverbs")
    assert w("date_cues", "future_auxes") == {"will", "shall", "'ll", "wo"} and not w("date_cues", "present_be") & w(
        "date_cues", "past_be")
    assert w("actor_cues", "not_plurals") == {"us", "news"} and "backed" in w("actor_cues", "control_participles")


def test_words_live_in_one_place_only():
    """The moved lists are gone from the registry files they came from."""
    policies = data.read_yaml("treaties/policies.yaml")
    rules = data.read_yaml("treaties/un_rules.yaml")
    assert "shift_signals" not in policies and "reaffirm_signals" not in policies and policies["policies"]
    assert "weapon_words" not in rules and "buy_words" not in rules and rules["checks"]
    assert not (Path(str(data.path("treaties"))) / "commitment_cues.yaml").exists()


# ---- broken files: E210 names the file and the key ---------------------------------------------
def _broken(name, change):
    raw = _raw(name)
    change(raw)
    return raw


CASES = [
    ("commitment_cues", lambda r: r.pop("commitment_modals"), "commitment_modals", "Field required"),
    ("commitment_cues", lambda r: r.update(commitment_modal=["will"]), "commitment_modal",
     "unknown key (known: schema_version, agreement_nouns, "),
    ("commitment_cues", lambda r: r["conditional_markers"].__setitem__(0, "If"), "conditional_markers[0]",
     "'If' must be lower case"),
    ("commitment_cues", lambda r: r["obligation_phrases"].update(consult="(consult"), "obligation_phrases.consult",
     "'(consult' is not a valid regular expression"),
    ("commitment_cues", lambda r: r.update(refers_back="^(?:this)?"), "refers_back", "matches the empty string"),
    ("commitment_cues", lambda r: r["strength_rules"][0]["all"].append("all meens"), "strength_rules[0]",
     "'all meens' is not one of the obligation_phrases labels"),
    ("commitment_cues", lambda r: r["strength_rules"][1].update(strength=7), "strength_rules[1].strength",
     "less than or equal to 5"),
    ("commitment_cues", lambda r: r["attack_labels"].pop("threat"), "attack_labels",
     "must label exactly the attack_words kinds"),
    ("commitment_cues", lambda r: r["obligation_subsumes"].update(bogus=["assistance"]), "obligation_subsumes.bogus",
     "'bogus' is not one of the obligation_phrases labels"),
    ("policy_cues", lambda r: r["shift_signals"].append("reassess"), "shift_signals", "'reassess' is listed twice"),
    ("policy_cues", lambda r: r["reaffirm_signals"].insert(2, " uphold"), "reaffirm_signals[2]", "stray spaces"),
    ("policy_cues", lambda r: r.update(policy_nouns=[]), "policy_nouns", "at least 1 item"),
    ("un_rule_cues", lambda r: r["breach_prefixes"].update(negated="x"), "breach_prefixes",
     "'negated' is not one of the flagged modalities"),
    ("un_rule_cues", lambda r: r["weapon_words"].append(""), "weapon_words[25]", "an empty word"),
    ("event_cues", lambda r: r.pop("target_preps"), "target_preps", "Field required"),
    ("event_cues", lambda r: r.update(taget_preps=["to"]), "taget_preps", "unknown key (known: schema_version, target_preps, "),
    ("event_cues", lambda r: r["place_preps"].append("against"), "place_preps",
     "'against' is also in target_preps (a place is never a target)"),
    ("event_cues", lambda r: r["at_verbs"].__setitem__(1, "Shoot"), "at_verbs[1]", "'Shoot' must be lower case"),
    ("place_cues", lambda r: r["region_nouns"].append("canton"), "region_nouns", "'canton' is not one of the place_nouns"),
    ("place_cues", lambda r: r.pop("person_titles"), "person_titles", "Field required"),
    ("place_cues", lambda r: r.update(name_joiner=["of"]), "name_joiner", "unknown key (known: "),
    ("date_cues", lambda r: r["number_words"].update(dozen="twelve"), "number_words.dozen", "valid integer"),
    ("date_cues", lambda r: r["stretch_only_bounds"].append("during"), "stretch_only_bounds",
     "'during' is not one of the bound_words"),
    ("date_cues", lambda r: r.update(bound_word=["since"]), "bound_word", "unknown key (known: schema_version, number_words"),
    ("date_cues", lambda r: r["weekdays"].pop(), "weekdays", "6 names, not 7"),
    ("date_cues", lambda r: r["months"].append("smarch"), "months", "13 names, not 12"),
    ("date_cues", lambda r: r["month_abbreviations"].update(sept=13), "month_abbreviations.sept", "1 to 12"),
    ("date_cues", lambda r: r["future_weekday_words"].append("last"), "future_weekday_words",
     "'last' is also in past_weekday_words"),
    ("actor_cues", lambda r: r["plural_pronouns"].append("its"), "plural_pronouns",
     "'its' is also in neuter_pronouns (a pronoun has one kind)"),
    ("actor_cues", lambda r: r.pop("calendar_words"), "calendar_words", "Field required"),
    ("actor_cues", lambda r: r["name_particles"].append("bin"), "name_particles", "'bin' is listed twice"),
    ("modality_cues", lambda r: r.pop("obligation_auxes"), "obligation_auxes", "Field required"),
]


@pytest.mark.parametrize("name, change, key, words", CASES)
def test_a_broken_lexicon_names_file_and_key(tmp_path, name, change, key, words):
    path = _write(tmp_path, name, _broken(name, change))
    with pytest.raises(DataError) as info:
        lexicon.read(path)
    msg = str(info.value)
    assert msg.startswith(f"[E210] Lexicon {path}, key {key}: "), msg
    assert words in msg, msg
    assert msg.endswith("Fix that key (each file's schema is in docs/dictionaries.md).")


def test_unreadable_lexicons(tmp_path):
    bad_yaml = _write(tmp_path, "policy_cues", "shift_signals: [consider,\n")
    with pytest.raises(DataError, match=r"^\[E211\] Lexicon .*policy_cues\.yaml cannot be read: invalid YAML"):
        lexicon.read(bad_yaml)
    a_list = _write(tmp_path, "un_rule_cues", "- weapon\n- arms\n")
    with pytest.raises(DataError, match=r"^\[E211\] .*un_rule_cues\.yaml cannot be read: the file must be a mapping"):
        lexicon.read(a_list)
    with pytest.raises(DataError, match=r"^\[E211\] .*nowhere\.yaml cannot be read: .*No such file"):
        lexicon.read(tmp_path / "nowhere.yaml", "policy_cues")
    twice = _write(tmp_path, "un_rule_cues", "arms_words: [rifle]\nother: [x]\narms_words: [tank]\n")
    with pytest.raises(DataError, match=r"^\[E211\] .*un_rule_cues\.yaml cannot be read: .*'arms_words' is written twice.*line 3"):
        lexicon.read(twice)


def test_an_unknown_lexicon_name():
    with pytest.raises(DataError) as info:
        lexicon.load("verb_cues")
    assert str(info.value) == ("[E212] Unknown lexicon 'verb_cues': foedus.lexicon has no schema for it (known: "
                               "actor_cues, commitment_cues, date_cues, event_cues, modality_cues, place_cues, policy_cues, "
                               "sense_cues, un_rule_cues). Add its model to lexicon.SCHEMAS "
                               "(see docs/dictionaries.md).")


def test_the_word_types_are_reusable():
    """Other modules' lists move onto the same loader: the field types work in a new schema."""
    class Demo(lexicon.Lexicon):
        verbs: lexicon.LowerWords
        patterns: lexicon.PatternMap

    ok = lexicon.validate(Demo, {"verbs": ["say", "tell"], "patterns": {"x": "a|b"}}, "demo.yaml")
    assert ok.verbs == ["say", "tell"] and re.compile(ok.patterns["x"]).search("b")
    with pytest.raises(DataError, match=r"^\[E210\] Lexicon demo\.yaml, key patterns\.x: "):
        lexicon.validate(Demo, {"verbs": ["say"], "patterns": {"x": "a|"}}, "demo.yaml")
