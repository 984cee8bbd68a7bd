"""The learned trigger finder (coder/learned_triggers.py, docs/model.md): its model file's loader, its threshold
switch, its candidates (verbs and argument nouns) on our own sentences, the same actor and modality stages as rule
events, and the trainer with its trigger-word labels."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import sys
from pathlib import Path

import numpy as np
import pytest

from foedus.coder import learned_triggers as lt
from foedus.errors import DataError

ROOT = Path(__file__).resolve().parents[2]


def _raw() -> dict:
    return json.loads((ROOT / "src/foedus/data/models/trigger_model.json").read_text(encoding="utf-8"))


def _toy(lemma: str, root: str = "11", code: str = "112") -> lt.TriggerModel:
    """A model that codes the word ``lemma`` as ``root`` and nothing else."""
    return lt.parse_model({"kind": lt.MODEL_KIND, "version": lt.MODEL_VERSION, "classes": [root, lt.NONE], "codes": {root: code},
                           "sparse": {f"lemma={lemma}": [9.0, 0.0]}, "dense": [[0.0, 0.0]] * 96,
                           "bias": [0.0, 2.0], "scale": 1.0, "threshold": 0.5, "training": {"sha1": ""}})


def _events(coder, text: str) -> list[tuple[str, str, str, str]]:
    result = coder.code_text(text, date="2024-06-20")
    return [(e.cameo, e.source.code if e.source else "", e.target.code if e.target else "", e.modality)
            for e in result.events]


# ---- the model file ------------------------------------------------------------------------
def test_the_packaged_model_loads_with_its_threshold_and_training_hash():
    model = lt.default_model()
    assert lt.NONE in model.classes and len(model.classes) > 5
    assert model.dense.shape == (96, len(model.classes))
    assert 0 < model.threshold
    assert model.meta["training"]["file"] == "devset_tune.jsonl"
    assert (ROOT / "src/foedus/data/models/trigger_model.json").stat().st_size < 2_000_000


def test_the_packaged_model_was_trained_on_the_tune_file_as_it_is_now():
    # a changed tune part means a stale model: retrain with scripts/train_trigger_model.py (docs/model.md)
    tune = (ROOT / "src/foedus/data/gold/devset_tune.jsonl").read_bytes()
    assert lt.default_model().meta["training"]["sha1"] == hashlib.sha1(tune).hexdigest()


@pytest.mark.parametrize("change, problem", [
    (lambda d: d.update(kind="something else"), "\"kind\" must be"),
    (lambda d: d.update(version=1), "\"version\" must be 2"),
    (lambda d: d.update(classes=["19"]), "\"classes\" must be a list of distinct CAMEO roots and 'NONE'"),
    (lambda d: d.update(codes={}), "\"codes\" must give a CAMEO code"),
    (lambda d: d["codes"].update({d["classes"][0]: "999"}), "\"codes\" must give a CAMEO code of that root"),
    (lambda d: d["sparse"].update({"lemma=x": [1.0]}), "sparse weight 'lemma=x' must be a list of"),
    (lambda d: d.update(bias=["high"] * len(d["classes"])), "\"bias\" must be a list of"),
    (lambda d: d.update(threshold=-0.5), "\"threshold\" must be a number of 0 or more"),
    (lambda d: d.pop("training"), "\"training\" must name the training file"),
])
def test_a_broken_model_file_is_a_numbered_data_error(change, problem):
    raw = _raw()
    change(raw)
    with pytest.raises(DataError) as err:
        lt.parse_model(raw)
    assert str(err.value).startswith("[E221] Model file models/trigger_model.json: ")
    assert problem in str(err.value)
    assert "scripts/train_trigger_model.py" in str(err.value)


def test_a_model_file_that_is_not_json_is_a_numbered_data_error():
    with pytest.raises(DataError, match=r"^\[E221\] .*not valid JSON"):
        lt.load_model('{"kind": "foedus-trigger-model", ')


# ---- the switch -------------------------------------------------------------------------------
def test_a_model_whose_threshold_cannot_be_passed_does_no_work(coder):
    never = dataclasses.replace(_toy("cajole"), threshold=1.01)
    assert not never.active and _toy("cajole").active
    with lt.using(never):
        assert _events(coder, "Germany cajoled Poland over the pipeline on Monday.") == []


# ---- candidates and decisions -------------------------------------------------------------------
def test_a_verb_the_rules_do_not_know_is_a_candidate_with_its_syntax_and_vector(coder):
    with lt.recording() as rec:
        assert _events(coder, "Germany cajoled Poland over the pipeline on Monday.") == []
    verbs = [r for r in rec if r["pos"] == "VERB"]
    assert [r["lemma"] for r in verbs] == ["cajole"]
    feats = verbs[0]["features"]
    assert {"lemma=cajole", "dict=none", "dobj=poland", "prep=over", "lemma|prep=cajole|over", "pos=VERB",
            "mod=asserted", "src_sector=-"} <= set(feats)
    assert len(verbs[0]["vector"]) == 96 and verbs[0]["rule"] == ""
    text = "Germany cajoled Poland over the pipeline on Monday."
    assert text[verbs[0]["start"]:verbs[0]["end"]] == "cajoled"


def test_an_argument_noun_is_a_candidate_and_a_name_is_not(coder):
    with lt.recording() as rec:
        _events(coder, "Germany sought a rapprochement with Poland on Monday.")
    assert "rapprochement" in [r["lemma"] for r in rec if r["pos"] == "NOUN"]
    assert "poland" not in [r["lemma"] for r in rec]


def test_a_verb_the_rules_coded_is_recorded_with_its_code_and_a_reporting_verb_is_none(coder):
    with lt.recording() as rec:
        _events(coder, "Germany criticised Poland over the pipeline, the minister said.")
    assert [(r["lemma"], r["rule"][:2]) for r in rec if r["rule"]] == [("criticise", "11")]
    assert "say" not in [r["lemma"] for r in rec]


def test_pick_takes_the_best_root_only_past_the_threshold():
    classes = ["11", "19", lt.NONE]
    assert lt.pick(np.array([0.1, 0.7, 0.2]), classes, 0.6) == "19"
    assert lt.pick(np.array([0.1, 0.7, 0.2]), classes, 0.7) is None
    assert lt.pick(np.array([0.3, 0.2, 0.5]), classes, 0.1) is None


def test_a_learned_event_goes_through_the_rules_actor_and_modality_stages(coder):
    with lt.using(_toy("cajole")):
        assert _events(coder, "Germany cajoled Poland over the pipeline on Monday.") == [("112", "DEU", "POL", "asserted")]
        assert _events(coder, "Germany did not cajole Poland over the pipeline.") == [("112", "DEU", "POL", "negated")]
        assert _events(coder, "If talks fail, Germany will cajole Poland over the pipeline.")[0][3] != "asserted"


def test_a_learned_noun_takes_the_modality_of_its_verb_and_never_comes_out_asserted_when_denied(coder):
    with lt.using(_toy("rapprochement", root="06", code="060")):
        assert _events(coder, "Germany achieved a rapprochement with Poland on Monday.") == [("060", "DEU", "POL", "asserted")]
        assert _events(coder, "Germany did not complete a rapprochement with Poland.") == [("060", "DEU", "POL", "negated")]
        for text in ("Germany denied any plan for a rapprochement with Poland.",
                     "Germany ruled out a rapprochement with Poland.",
                     "Germany may complete a rapprochement with Poland."):
            learned = [e for e in _events(coder, text) if e[0] == "060"]
            assert all(e[3] != "asserted" for e in learned), text
        assert [e[3] for e in _events(coder, "Germany ruled out a rapprochement with Poland.") if e[0] == "060"] == [
            "negated"]


def test_a_sentence_without_actors_gets_no_learned_event(coder):
    with lt.using(_toy("strike", root="19", code="190")):
        assert _events(coder, "A strong earthquake struck the coast before dawn.") == []


def test_the_shipped_model_keeps_the_rules_events_of_a_plain_sentence(coder):
    text = "Turkish jets bombed Kurdish militant positions in northern Iraq on Sunday."
    before = set(_events(coder, text))
    with lt.using(dataclasses.replace(lt.default_model(), threshold=1.01)):
        assert set(_events(coder, text)) == before


# ---- the trainer -------------------------------------------------------------------------------
def _trainer():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import train_trigger_model
    finally:
        sys.path.pop(0)
    return train_trigger_model


def test_training_is_deterministic_and_learns_a_root_from_syntax_and_vector():
    T = _trainer()
    vec = [0.0] * 96
    rows = [{"case": f"c{n}", "features": ["dobj=talks", "lemma=hold"], "vector": vec, "lemma": "hold",
             "pos": "VERB", "label": "04", "code": "043"} for n in range(6)]
    rows += [{"case": f"d{n}", "features": ["dobj=view", "lemma=hold"], "vector": vec, "lemma": "hold",
              "pos": "VERB", "label": lt.NONE, "code": ""} for n in range(6)]
    classes = T.classes_of(rows)
    assert classes == ["04", lt.NONE]
    a, b = T.train(rows, classes, 1.0), T.train(rows, classes, 1.0)
    assert a == b
    model = T.to_model(a, 0.5, T.codes_of(rows, classes))
    assert model.codes == {"04": "043"}
    assert model.decide(["dobj=talks", "lemma=hold"], np.zeros(96)) == "04"
    assert model.decide(["dobj=view", "lemma=hold"], np.zeros(96)) is None


def test_the_trainer_refuses_the_measure_part():
    T = _trainer()
    assert T.main(["--check", "--gold", "src/foedus/data/gold/devset_measure.jsonl"]) == 2


def test_a_model_with_a_vector_of_another_width_ignores_the_vector():
    toy = _toy("cajole")
    narrow = dataclasses.replace(toy, dense=np.zeros((8, 2)))
    assert narrow.decide(["lemma=cajole"], np.ones(96)) == "11"


def test_the_trigger_words_of_a_gold_event_label_the_candidate_that_heads_them():
    T = _trainer()
    text = "Kenya hosted Uganda for talks on the fishing dispute."
    assert T._span(text, "hosted") == (6, 12)
    assert T._span(text, "TALKS on") == (24, 32)
    assert T._span(text, "host") is None   # whole words only
    rec = [{"start": 6, "end": 12, "head_start": 6, "pos": "VERB"},        # hosted (the root)
           {"start": 24, "end": 29, "head_start": 20, "pos": "NOUN"},      # talks, under "for"
           {"start": 45, "end": 52, "head_start": 30, "pos": "NOUN"}]      # dispute, under "on"
    assert T._head_row(rec, (24, 52)) == (1, [1, 2])
    assert T._head_row(rec, (0, 5)) == (None, [])
