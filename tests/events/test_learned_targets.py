"""The learned target chooser (coder/learned.py, docs/model.md): its model file's loader, its features on
our own sentences, its decision rule, the training step, and targets the shipped model fills."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from foedus.coder import learned
from foedus.errors import DataError
from gold_helpers import script, training_lines_unchanged

ROOT = Path(__file__).resolve().parents[2]


def _raw() -> dict:
    return json.loads((ROOT / "src/foedus/data/models/target_ranker.json").read_text(encoding="utf-8"))


def _coded(coder, text: str) -> set[tuple[str, str, str]]:
    result = coder.code_text(text, date="2024-06-20")
    return {(e.root, e.source.code if e.source else "", e.target.code if e.target else "") for e in result.events}


def _records(coder, text: str) -> list[dict]:
    with learned.recording() as rec:
        coder.code_text(text, date="2024-06-20")
    return rec


# ---- the model file ------------------------------------------------------------------------
def test_the_packaged_model_loads_with_its_margins_and_training_hash():
    model = learned.default_model()
    assert len(model.weights) > 100
    assert model.replace >= model.fill >= 0
    assert len(model.meta["training"]["sha1"]) == 40
    assert model.meta["training"]["file"] == "devset_tune.jsonl"


def test_the_packaged_model_was_trained_on_the_tune_file_or_its_unchanged_first_lines():
    # a changed tune part means a stale model: retrain with scripts/train_target_model.py (docs/model.md). The tune
    # part grows only by appending new batches; a model kept after a batch was added (because retrained weights
    # measured worse on the unseen files, docs/model.md) was trained on the file's first "lines" lines, unchanged
    # but for the labels corrected since, which the model file lists
    assert training_lines_unchanged(learned.default_model().meta["training"])


@pytest.mark.parametrize("change, problem", [
    (lambda d: d.update(kind="something else"), "\"kind\" must be"),
    (lambda d: d.update(version=99), "\"version\" must be 1"),
    (lambda d: d.update(weights={}), "\"weights\" must be a non-empty object"),
    (lambda d: d["weights"].update(rule="high"), "weight 'rule' must be a finite number"),
    (lambda d: d.update(margins={"fill": 1.0}), "margin 'replace' must be a number of 0 or more"),
    (lambda d: d.update(margins={"fill": -1, "replace": 3}), "margin 'fill' must be a number of 0 or more"),
    (lambda d: d.pop("training"), "\"training\" must name the training file"),
])
def test_a_broken_model_file_is_a_numbered_data_error(change, problem):
    raw = _raw()
    change(raw)
    with pytest.raises(DataError) as err:
        learned.parse_model(raw)
    assert str(err.value).startswith("[E220] Model file models/target_ranker.json: ")
    assert problem in str(err.value)
    assert "scripts/train_target_model.py" in str(err.value)


def test_a_model_file_that_is_not_json_is_a_numbered_data_error():
    with pytest.raises(DataError, match=r"^\[E220\] .*not valid JSON"):
        learned.load_model('{"kind": "foedus-target-ranker", ')
    with pytest.raises(DataError, match=r"^\[E220\] .*one JSON object"):
        learned.load_model("[1, 2]")


# ---- the features ---------------------------------------------------------------------------
def test_a_partner_named_by_a_preposition_is_a_candidate_with_its_path_and_prepositions(coder):
    rec = _records(coder, "India's navy began two weeks of joint patrols with the Maldives in the Indian Ocean.")
    (r,) = [r for r in rec if r["cand"].code[:2] == "06"]
    kinds = [(o.kind, o.named.code if o.named else None) for o in r["options"]]
    assert kinds[0] == ("none", None) and ("actor", "MDV") in kinds
    assert ("actor", "INDMIL") not in kinds               # the source is no candidate of its own act
    assert r["rule"] == 0                                 # the rules gave no target
    none, mdv = r["features"][0], r["features"][kinds.index(("actor", "MDV"))]
    assert {"NONE", "NONE|root=06", "NONE|rule_none", "NONE|nominal"} <= set(none)
    assert {"kind=actor", "mkind=country", "after", "first=vprep", "ups=0", "prep=of", "last_prep=with",
            "path=vprep vpobj vprep vpobj"} <= set(mdv)
    assert "rule" not in mdv


def test_the_rules_target_is_marked_and_a_town_abroad_is_a_candidate_by_its_country(coder):
    rec = _records(coder, "Egyptian tanks rolled into Libya near the port of Tobruk.")
    (r,) = rec
    kinds = [(o.kind, o.named.code if o.named else None) for o in r["options"]]
    assert ("place", "LBY") in kinds                      # Tobruk, of Libya
    lby = r["features"][r["rule"]]
    assert {"rule", "root=19|rule", "prep=into", "path=vprep vpobj", "dist=after2"} <= set(lby)


def test_a_town_of_the_sources_own_country_and_a_sector_without_country_are_no_candidates(coder):
    rec = _records(coder, "Rioters smashed shop windows and set fire to a market in Kisumu.")
    assert rec
    for r in rec:
        # (the rules' own target, the country of the market burned, is the one option besides "none")
        assert [o.kind for o in r["options"] if o.kind != "rule"] == ["none"]


def test_the_reporter_is_no_candidate_target(coder):
    rec = _records(coder, "Unknown drones attacked overnight, the African Union said.")
    assert rec
    for r in rec:
        assert all(not (o.named and o.named.code.startswith("IGO")) for o in r["options"])


# ---- the decision ---------------------------------------------------------------------------
def test_decide_fills_an_empty_target_only_past_the_fill_margin():
    assert learned.decide([0.0, 2.5, 1.0], rule=0, fill=2.0, replace=5.0) == 1
    assert learned.decide([0.0, 1.5, 1.0], rule=0, fill=2.0, replace=5.0) is None
    assert learned.decide([0.0], rule=0, fill=2.0, replace=5.0) is None


def test_decide_replaces_a_rule_target_only_past_the_replace_margin():
    assert learned.decide([0.0, 1.0, 7.0], rule=1, fill=2.0, replace=5.0) == 2
    assert learned.decide([0.0, 1.0, 5.5], rule=1, fill=2.0, replace=5.0) is None
    assert learned.decide([9.0, 1.0, 2.0], rule=1, fill=2.0, replace=5.0) is None   # never to "none"


def test_a_margin_of_off_or_more_never_moves():
    assert learned.decide([0.0, 1.0, 500.0], rule=1, fill=2.0, replace=learned.OFF) is None
    assert learned.decide([0.0, 500.0], rule=0, fill=learned.OFF, replace=learned.OFF) is None


def test_with_replacing_off_only_events_without_a_target_are_scored(coder, monkeypatch):
    """Scoring an event whose target the model may not replace is wasted work: it is skipped."""
    scored = []
    real = learned.options

    def spy(finder, sent, cand, co_agents=()):
        scored.append(cand.target)
        return real(finder, sent, cand, co_agents)

    monkeypatch.setattr(learned, "options", spy)
    shipped = learned.default_model()   # the shipped margins may turn replacing on: test the "off" path alone
    off = dataclasses.replace(shipped, replace=learned.OFF)
    monkeypatch.setattr(learned, "default_model", lambda: off)
    result = coder.code_text("Turkey condemned Sweden over the protest. Officials said troops were sent on "
                             "Monday.", date="2024-06-20")
    targets = [e.target for e in result.events]
    assert any(t is not None for t in targets) and None in targets   # events with and without a target
    assert scored == [None]   # only the one without was scored


# ---- the training step ----------------------------------------------------------------------
def _trainer():
    return script("train_target_model")


def test_training_is_deterministic_and_learns_which_option_is_right():
    T = _trainer()
    groups = [{"case": f"c{n}", "rule": 0, "alone": True,
               "features": [["NONE"], ["prep=with", "after"], ["prep=in", "after"]],
               "labels": [False, True, False]} for n in range(6)]
    w1, w2 = T.train(groups), T.train(groups)
    assert w1 == w2
    assert w1["prep=with"] > w1["prep=in"]
    assert w1["prep=with"] > w1.get("NONE", 0.0)
    assert T.net_changes(groups, w1, fill=0.0, replace=99.0) == (6, 0)


def test_the_trainer_refuses_the_measure_part(capsys):
    T = _trainer()
    assert T.main(["--check", "--gold", "src/foedus/data/gold/devset_measure.jsonl"]) == 2


# ---- the shipped model on our own sentences ---------------------------------------------------
@pytest.mark.parametrize("text, root, source, target", [
    ("India's navy began two weeks of joint patrols with the Maldives in the Indian Ocean.", "06", "INDMIL", "MDV"),
    ("France has not yet sent any of the tanks it promised Ukraine, critics in Paris said.", "07", "FRA", "UKR"),
    ("Canada welcomed the ceasefire in Yemen and said it stood ready to help with reconstruction.", "03", "CAN", "YEM"),
    ("Chile and Bolivia agreed to a deal, and Santiago promised 20 million dollars in aid.", "03", "CHLGOV", "BOL"),
])
def test_the_shipped_model_fills_a_target_the_rules_left_empty(coder, text, root, source, target, monkeypatch):
    assert (root, source, target) in _coded(coder, text)
    monkeypatch.setattr(learned, "choose_targets", lambda *a, **k: None)
    assert (root, source, "") in _coded(coder, text)       # the rules alone give no target


def test_a_sentence_with_hundreds_of_names_keeps_only_the_nearest_options(coder):
    # a run-on text of 144 strikes and 300 names: each event weighs at most MAX_OPTIONS targets
    names = ["Russia", "Ukraine", "France", "Germany", "China", "Iran", "Israel", "Syria", "Mali", "Niger", "Chad", "Sudan"]
    text = ", ".join(f"a missile fired by {a} hit a school in {b}" for a in names for b in names) + "."
    with learned.recording() as rec:
        coder.code_text(text, date="2024-06-20")
    assert rec and max(len(group["options"]) for group in rec) <= learned.MAX_OPTIONS + 2
