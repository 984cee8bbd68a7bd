"""Session 46's retraining of the event vetter (docs/model.md, "Forty-sixth session"): the training rows mark as
counted only what the stage scores, named rules share a pooled feature, and the trainer can leave a rare rule's own
features out (``--rule-min``)."""

from __future__ import annotations

import json

from foedus.coder import vetter
from gold_helpers import script


def _judged(coder, text: str) -> list[tuple[str, str, list[str]]]:
    seen: list[tuple[str, str, list[str]]] = []
    original = vetter.vet

    def record(cands, model=None, before=None):
        seen.extend((view.code, view.modality, vetter.features(view, ruled))
                    for view, ruled in vetter.judged(cands, before))
        return original(cands, model, before)

    vetter.vet = record   # type: ignore[assignment]
    try:
        coder.code_text(text, date="2024-06-20")
    finally:
        vetter.vet = original   # type: ignore[assignment]
    return seen


def test_an_event_of_a_named_rule_also_has_the_pooled_rule_features(coder):
    # the demand read by "<say> that X must": its rule's own features and the two every named rule shares
    (code, _, feats), = _judged(coder, "France said on Monday that Iran must release the detained aid workers.")
    assert code == "100"
    assert {"how=rule:say", "how|root=rule:say|10", "how=rule", "how|root=rule|10"} <= set(feats)


def test_an_event_of_a_verb_has_no_pooled_rule_feature(coder):
    judged = _judged(coder, "Thai police arrested two opposition activists in Bangkok on Sunday.")
    assert judged and all("how=rule" not in feats and "how=verb" in feats for _, _, feats in judged)


def test_the_pooled_features_leave_the_packaged_weights_sums_unchanged():
    # the session-33 weights have no pooled feature: an event of a named rule is scored as before
    weights = vetter.default_model().weights
    assert "how=rule" not in weights and not any(f.startswith("how|root=rule|") for f in weights)


def test_a_rare_rules_own_features_get_no_weight_and_the_pooled_one_does():
    V = script("train_event_vetter")
    rows = [{"features": ["bias", "how=rule", "how|root=rule|10", "how=rule:say", "how|root=rule:say|10"]}] * 3 + \
        [{"features": ["bias", "how=rule", "how|root=rule|11", "how=rule:summary", "how|root=rule:summary|11"]}] * 30 + \
        [{"features": ["bias", "how=verb", "lem=meet"]}] * 3
    vocab = V.vocabulary(rows, min_count=2, rule_min=20)
    assert "how=rule:say" not in vocab and "how|root=rule:say|10" not in vocab
    assert {"how=rule", "how|root=rule|10", "how=rule:summary", "how|root=rule:summary|11", "lem=meet"} <= set(vocab)
    assert "how=rule:say" in V.vocabulary(rows)          # without --rule-min: every feature seen twice
    weights = V.train([{**r, "label_happened": 1} for r in rows], "label_happened", rule_min=20)
    assert "how|root=rule|10" in weights and "how=rule:say" not in weights


def test_a_training_row_is_counted_only_when_the_stage_scores_its_event(coder, monkeypatch, tmp_path):
    # "will send police to Haiti": the stage sees an intended deployment (never scored), which becomes a counted
    # statement of intent (0334) after it; the row must not be trained on nor dropped in the cross-validation
    from foedus import taxonomy
    from foedus.coder import pipeline

    V = script("train_event_vetter")
    gold = tmp_path / "t_tune.jsonl"
    gold.write_text(json.dumps({
        "id": "t1", "text": "Kenya said on Friday it will send 1,000 police officers to Haiti.", "date": "2024-06-20",
        "scheme": "CAMEO", "split": "tune", "expected": [
            {"code": "0334", "plover": taxonomy.plover("0334").type or "", "source": "KENGOV", "target": "HTI", "modality": "intended"}],
        "tags": ["blind99a"]}) + "\n", encoding="utf-8")
    monkeypatch.setattr(pipeline, "Coder", lambda **kw: coder)
    _, rows, results = V.collect(gold)
    assert [e.cameo for e in results[0].events] == ["0334"]
    (row,) = rows
    assert "code=153" in row["features"] and "mod=intended" in row["features"]
    assert row["counted"] is False and row["label_happened"] == 1
