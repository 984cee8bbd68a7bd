"""Verb dictionary: data validity, counts and matching semantics."""

from __future__ import annotations

import json
from pathlib import Path
import re

import pytest
import yaml

from foedus import data, taxonomy
from foedus.errors import DataError
from foedus.coder.verbs import VerbDictionary, normal


@pytest.fixture(scope="module")
def verbs() -> VerbDictionary:
    return VerbDictionary.default()


def _converted() -> list[dict]:
    return data.read_jsonl("verbs/cameo_verbs.jsonl")


def _all_codes() -> list[tuple[str, str]]:
    """(where, code) for every code written in every verb, pattern and noun file."""
    out = []
    for block in _converted():
        out.append((block["id"], block["code"]))
        out += [(block["id"], c) for c in block.get("verb_codes", {}).values()]
        for p in block["patterns"]:
            out += [(f"line {p['source_line']}", p["code"]), (f"line {p['source_line']}", p.get("passive_code"))]
    for name, key in [("verbs/foedus_verbs.yaml", "verbs"), ("verbs/nouns.yaml", "nouns")]:
        for entry in data.read_yaml(name)[key]:
            out.append((f"{name} {entry[key][0]}", entry.get("code")))
            out += [(f"{name} {entry[key][0]} {k}", c) for k, c in (entry.get("patterns") or {}).items()]
    return [(w, c) for w, c in out if c not in (None, "---")]


def test_every_code_is_a_cameo_code():
    bad = [(w, c) for w, c in _all_codes() if not taxonomy.is_valid(c)]
    assert bad == []


def test_every_root_has_a_verb(verbs):
    roots = {c[:2] for _, c in _all_codes()}
    assert roots == {f"{n:02d}" for n in range(1, 21)}


def test_counts_keep_all_of_petrarch():
    blocks = _converted()
    assert len(blocks) == 397
    assert sum(len(b["verbs"]) for b in blocks) >= 1600
    assert sum(len(b["patterns"]) for b in blocks) == 4668
    assert len(data.read_jsonl("verbs/synsets.jsonl")) >= 40


def test_curated_file_is_large_and_lower_case():
    entries = data.read_yaml("verbs/foedus_verbs.yaml")["verbs"]
    lemmas = [v for e in entries for v in e["verbs"]]
    patterns = [p for e in entries for p in (e.get("patterns") or {})]
    assert len(lemmas) + len(patterns) >= 300
    assert all(v == v.lower() for v in lemmas)
    assert all("*" in p for p in patterns)


def test_converted_lemmas_are_lemmas():
    lemmas = {v for b in _converted() for v in b["verbs"]}
    assert {"supply", "rule out", "dismiss", "hurry", "ask for"} <= lemmas
    assert not any(re.search(r"[A-Z_+{}]", v) for v in lemmas)


def test_contradictory_defaults_are_resolved_by_the_documented_rule(verbs):
    # 18 lemmas sit in two blocks with different defaults (PETRARCH2's own file); the verb's own
    # block wins, else the first block with a code. Curated entries override some of them.
    assert 10 <= len(verbs.conflicts) <= 30
    assert verbs.conflicts["ask for"] == ["020", "040"]
    assert verbs.match("ask", ["for"]).code == "020"
    assert verbs.match("abandon", []).code == "080"


@pytest.mark.parametrize("lemma, words, before, code", [
    ("rule", ["out", "talk"], [], "125"),             # particle verb + noun
    ("rule", ["out", "the", "idea"], [], "120"),
    ("rule", ["out", "any", "concession"], [], "124"),   # PETRARCH: refuse to yield
    ("condemn", ["the", "launch"], [], "111"),
    ("impose", ["new", "sanction"], [], "163"),
    ("impose", ["sanctions", "on", "iran"], [], "163"),  # plural-tolerant
    ("provide", ["humanitarian", "aid", "to", "gaza"], [], "073"),
    ("provide", ["military", "aid"], [], "072"),
    ("sign", ["a", "defence", "pact"], [], "057"),
    ("sign", ["agreement"], [], "057"),
    ("strike", ["a", "deal"], [], "057"),
    ("rush", ["police", "to", "the", "border"], [], "153"),  # prepositional phrase (TO BORDER)
    ("rush", ["to", "the", "border"], [], "154"),
    ("meet", ["with", "the", "envoy"], [], "040"),
    ("visit", ["seoul"], [], "042"),
    ("accuse", ["the", "north", "of", "espionage"], [], "1125"),
    ("threaten", ["to", "cut", "tie"], [], "1313"),
    ("call", ["for", "a", "ceasefire"], [], "0256"),
    ("crack", ["down", "on", "protester"], [], "175"),
    ("step", ["up", "patrol"], [], "151"),
])
def test_match(verbs, lemma, words, before, code):
    match = verbs.match(lemma, words, before)
    assert match is not None and match.code == code, (lemma, words, match)


def test_more_specific_pattern_wins_and_reports_specificity(verbs):
    plain = verbs.match("rush", ["to", "the", "border"])
    fuller = verbs.match("rush", ["police", "to", "the", "border"])
    assert fuller.specificity > plain.specificity
    assert fuller.pattern == "rush * police (to border)"


def test_words_must_come_in_order(verbs):
    # "(to border)" needs "to" before "border"
    assert verbs.match("rush", ["border", "to"]).code != "154"


def test_before_words(verbs):
    assert verbs.match("accelerate", ["troop"], ["military"]).code == "154"
    assert verbs.match("accelerate", ["troop"], []) is None   # block default [---]


def test_no_event_and_unknown_verbs(verbs):
    assert verbs.match("sign", ["the", "bill"]) is None       # curated "---"
    assert verbs.match("impose", ["a", "new", "structure"]) is None
    assert verbs.match("rule", ["the", "country"]) is None   # curated: governing is no event
    assert not verbs.has_verb("blorf")
    assert verbs.match("blorf", ["sanction"]) is None
    assert verbs.has_verb("condemn") and verbs.has_verb("rule")


def test_nouns(verbs):
    assert verbs.match_noun("sanction", []).code == "163"
    assert verbs.match_noun("sanctions", ["new"]).code == "163"
    assert verbs.match_noun("condemnation", []).code == "111"
    assert verbs.match_noun("aid", ["humanitarian"]).code == "073"
    assert verbs.match_noun("aid", ["military"]).code == "072"
    assert verbs.match_noun("attack", []).code == "190"
    assert verbs.match_noun("talk", []).code == "046"
    assert verbs.match_noun("table", []) is None


def test_spacy_lemmas_reach_the_patterns(nlp, verbs):
    doc = nlp("The ministry ruled out talks and imposed sanctions on the regime.")
    ruled = next(t for t in doc if t.text == "ruled")
    imposed = next(t for t in doc if t.text == "imposed")
    assert verbs.match(ruled.lemma_, [t.lemma_.lower() for t in doc[ruled.i + 1: ruled.i + 3]]).code == "125"
    assert verbs.match(imposed.lemma_, [t.lemma_.lower() for t in doc[imposed.i + 1:]]).code == "163"


def test_normal():
    assert normal("Sanctions") == "sanction" and normal("casualties") == "casualty"
    assert normal("press") == "press" and normal("us") == "us" and normal("crisis") == "crisis"


def test_bad_curated_code_is_a_data_error():
    with pytest.raises(DataError, match=r"E202.*not a CAMEO event code"):
        VerbDictionary([], {}, [{"verbs": ["scold"], "code": 111}], [])
    with pytest.raises(DataError, match=r"E202.*unknown synonym set"):
        VerbDictionary([], {}, [{"verbs": ["scold"], "patterns": {"* &nothing": "111"}}], [])
    with pytest.raises(DataError, match=r"E202.*no '\*'"):
        VerbDictionary([], {}, [{"verbs": ["scold"], "patterns": {"sanction": "163"}}], [])


def test_user_pattern_without_python(tmp_path):
    """A user's YAML entry, in the documented format, is read and wins over the defaults."""
    entry = yaml.safe_load('- verbs: [snub]\n  code: "125"\n  patterns:\n    "* (at) summit": "1246"\n')
    d = VerbDictionary(_converted(), {r["name"]: r["members"] for r in data.read_jsonl("verbs/synsets.jsonl")},
                       entry, [])
    assert d.match("snub", ["the", "talk"]).code == "125"
    assert d.match("snub", ["partner", "at", "the", "summit"]).code == "1246"


def test_conversion_matches_reference_when_present():
    SHARED = Path(__file__).resolve().parents[2].parent / "shared"

    source = SHARED / "reference" / "dictionaries" / "CAMEO.2.0.txt"
    if not source.exists():
        pytest.skip(f"{source} absent (it lives in ../shared, not in a fresh clone)")
    text = source.read_text(encoding="utf-8").splitlines()
    assert sum(1 for line in text if line.startswith("- ")) == sum(len(b["patterns"]) for b in _converted())
    first = json.loads(json.dumps(_converted()[0]))
    assert first["id"] == "ACCELERATE" and "rush" in first["verbs"]
