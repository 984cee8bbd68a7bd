"""The learned event vetter (coder/vetter.py, docs/model.md): its model file's loader, the stage with toy
models and with the shipped one on our own sentences, and the drop shown by ``foedus explain``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from foedus.coder import trace, vetter
from foedus.coder.explain import explain, format_text
from foedus.errors import DataError
from gold_helpers import training_lines_unchanged

ROOT = Path(__file__).resolve().parents[2]


def _raw() -> dict:
    return json.loads((ROOT / "src/foedus/data/models/event_vetter.json").read_text(encoding="utf-8"))


def _coded(coder, text: str) -> set[tuple[str, str, str, str]]:
    result = coder.code_text(text, date="2024-06-20")
    return {(e.cameo, e.source.code if e.source else "", e.target.code if e.target else "", e.modality)
            for e in result.events}


def _toy(bias: float, threshold: float) -> vetter.EventVetter:
    return vetter.EventVetter({"bias": bias}, threshold, {})


# ---- the model file ------------------------------------------------------------------------
def test_the_packaged_model_loads_with_its_threshold_and_training_hash():
    model = vetter.default_model()
    assert len(model.weights) > 100
    assert 0 < model.threshold < 0.5          # chosen by cross-validation over held-out batches
    training = model.meta["training"]
    assert training["file"] == "devset_tune.jsonl" and len(training["sha1"]) == 40
    assert model.meta["cv"]["threshold"] == model.threshold


def test_the_packaged_model_was_trained_on_the_tune_files_first_lines():
    # the tune part grows only by appending batches: the model was trained on its first "lines" lines, unchanged
    # but for the labels corrected since, which the model file lists
    assert training_lines_unchanged(vetter.default_model().meta["training"])


@pytest.mark.parametrize("change, problem", [
    (lambda d: d.update(kind="foedus-target-ranker"), "\"kind\" must be 'foedus-event-vetter'"),
    (lambda d: d.update(version=2), "\"version\" must be 1"),
    (lambda d: d.update(weights={}), "\"weights\" must be a non-empty object"),
    (lambda d: d["weights"].update(bias="low"), "weight 'bias' must be a finite number"),
    (lambda d: d["weights"].update(bias=True), "weight 'bias' must be a finite number"),
    (lambda d: d.update(threshold=1.5), "\"threshold\" must be a probability from 0 to 1"),
    (lambda d: d.pop("threshold"), "\"threshold\" must be a probability from 0 to 1"),
    (lambda d: d.update(training={"file": "x"}), "\"training\" must name the training file"),
])
def test_a_broken_model_file_is_a_numbered_data_error(change, problem):
    raw = _raw()
    change(raw)
    with pytest.raises(DataError) as err:
        vetter.parse_model(raw)
    assert str(err.value).startswith("[E222] Model file models/event_vetter.json: ")
    assert problem in str(err.value)
    assert "scripts/train_event_vetter.py" in str(err.value)


def test_a_model_file_that_is_not_json_or_no_object_is_a_numbered_data_error():
    with pytest.raises(DataError, match=r"^\[E222\] .*not valid JSON"):
        vetter.load_model('{"kind": "foedus-event-vetter", ')
    with pytest.raises(DataError, match=r"^\[E222\] .*one JSON object"):
        vetter.load_model("[1, 2]")


def test_a_valid_model_text_loads():
    model = vetter.load_model(json.dumps({"kind": "foedus-event-vetter", "version": 1, "threshold": 0.3,
                                          "training": {"file": "t.jsonl", "sha1": "0" * 40}, "weights": {"bias": 1.5}}))
    assert model.threshold == 0.3
    assert model.probability(["bias", "unknown feature"]) == pytest.approx(1 / (1 + 2.718281828 ** -1.5))


# ---- the stage with toy models ---------------------------------------------------------------
TWO_ACTS = "Kenyan troops shelled rebel positions near the border, and the Kenyan government refused to hold talks with the rebels."


def test_a_model_sure_every_event_is_false_drops_the_counted_ones_only(coder, monkeypatch):
    before = _coded(coder, TWO_ACTS)
    assert {e[3] for e in before} == {"asserted", "negated"}
    monkeypatch.setattr(vetter, "default_model", lambda: _toy(-5.0, 0.5))
    after = _coded(coder, TWO_ACTS)
    assert after == {e for e in before if e[3] == "negated"}    # an act not done is never scored


def test_a_model_sure_every_event_is_right_or_a_zero_threshold_keeps_them_all(coder, monkeypatch):
    before = _coded(coder, TWO_ACTS)
    monkeypatch.setattr(vetter, "default_model", lambda: _toy(5.0, 0.5))
    assert _coded(coder, TWO_ACTS) == before
    monkeypatch.setattr(vetter, "default_model", lambda: _toy(-5.0, 0.0))
    assert _coded(coder, TWO_ACTS) == before


def test_training_turns_the_stage_off(coder, monkeypatch):
    monkeypatch.setattr(vetter, "default_model", lambda: _toy(-5.0, 0.5))
    dropped = _coded(coder, TWO_ACTS)
    with vetter.disabled():
        kept = _coded(coder, TWO_ACTS)
    assert dropped < kept


def test_a_dropped_event_is_shown_by_explain_with_the_models_probability(coder, monkeypatch):
    monkeypatch.setattr(vetter, "default_model", lambda: _toy(-2.0, 0.5))
    with trace.recording() as rec:
        coder.code_text(TWO_ACTS, date="2024-06-20")
    reasons = [d.reason for d in rec.drops if "event vetter" in d.reason]
    assert reasons and all("probability 0.12 of a right event, below its threshold 0.50" in r for r in reasons)
    shown = format_text(explain(TWO_ACTS, date="2024-06-20", coder=coder))
    assert "dropped: the event vetter (docs/model.md) judged it false: probability 0.12" in shown


def test_the_features_are_general_syntax_of_the_event(coder):
    seen: list[list[str]] = []
    original = vetter.vet

    def record(cands, model=None, before=None):
        seen.extend(vetter.features(view, ruled) for view, ruled in vetter.judged(cands, before))
        return original(cands, model, before)

    vetter.vet = record   # type: ignore[assignment]
    try:
        coder.code_text("Chilean police officers arrived in Lima to lead a security mission in Peru.", date="2024-06-20")
    finally:
        vetter.vet = original   # type: ignore[assignment]
    by_root = {next(f for f in fs if f.startswith("root=")): fs for fs in seen}
    visit = by_root["root=04"]
    assert {"lem=arrive", "pos=VERB", "dep=ROOT", "src=COP", "tgt=state", "how=verb", "clause=main",
            "n_events=2", "mod=asserted"} <= set(visit)
    lead = by_root["root=03"]
    # (unreal52) what a visitor arrived to do is done there ("arrived in Tokyo to seek aid"), so its modality is asserted
    assert {"lem=lead", "dep=advcl", "hlem=arrive", "mod=asserted", "same_clause=0", "same_trigger=0"} <= set(lead)


# ---- the shipped model on our own sentences --------------------------------------------------
@pytest.mark.parametrize("text, gone, kept", [
    # an act named only as the purpose of a move is no act done
    ("Nigerian troops crossed into Niger on Monday to force the junta to release the president.",
     "170", ("190", "NGAMIL", "NER", "asserted")),
    # (review44) the arrival on a protective errand is the protection it provides (074), no visit
    ("Chilean police officers arrived in Lima to lead a regional security mission in Peru.",
     "036", ("074", "CHLCOP", "PER", "asserted")),
    ("A mob of protesters stormed the parliament in Nairobi as lawmakers met to approve the budget.",
     "051", ("145", "KENCVL", "KENLEG", "asserted")),
])
def test_the_shipped_model_drops_acts_named_only_as_a_purpose(coder, text, gone, kept):
    coded = _coded(coder, text)
    assert kept in coded
    assert not any(e[0] == gone for e in coded)
    with vetter.disabled():
        assert any(e[0] == gone for e in _coded(coder, text))


@pytest.mark.parametrize("text, event", [
    ("French troops attacked rebel positions in northern Mali on Tuesday.", ("190", "FRAMIL", "MLIREB", "asserted")),
    ("The Brazilian president met his Argentine counterpart in Brasilia on Friday.", ("043", "BRAGOV", "ARGGOV", "asserted")),
    ("Ghana's foreign minister condemned the coup in Burkina Faso.", ("111", "GHAGOV", "BFA", "asserted")),
])
def test_the_shipped_model_keeps_plain_reported_acts(coder, text, event):
    assert event in _coded(coder, text)
