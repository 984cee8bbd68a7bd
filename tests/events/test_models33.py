"""Session 33's retraining of the two learned components (docs/model.md, "Thirty-third session"): the target
chooser's cross-validation by batch and the event vetter's blend of two weight sets, on toy rows."""

from __future__ import annotations

from gold_helpers import script


def test_the_target_chooser_holds_out_the_newest_batches_and_trains_on_the_rest():
    T = script("train_target_model")
    assert T.fold_of({"batch": "blind39a"}) == 0    # batches that come in parts: each part in its batch's fold
    assert T.fold_of({"batch": "blind41b"}) == 0
    assert T.fold_of({"batch": "blind43b"}) == 1
    assert T.fold_of({"batch": "blind44c"}) == 2
    assert T.fold_of({"batch": "blind46d"}) == 3
    assert T.fold_of({"batch": "blind38"}) == -1    # older batches and era sentences: always trained on
    assert T.fold_of({"case": "c1"}) == -1


def test_the_target_chooser_cross_validation_reports_each_fold():
    T = script("train_target_model")
    groups = [{"case": f"c{n}", "batch": f"blind{b}", "rule": 0, "alone": True,
               "features": [["NONE"], ["prep=with", "after"], ["prep=in", "after"]],
               "labels": [False, True, False]} for n in range(3) for b in ("39a", "42b", "45c", "46d", "5")]
    fill, replace, report = T.cross_validate(groups)
    assert report["folds"] == ["blind39-41", "blind42-43", "blind44-45", "blind46"]
    assert report["per_fold"] == [[3, 0]] * 4    # each held-out fold: three targets filled right, none broken
    assert report["groups"] == 12                 # the held-out groups only (blind5 is never held out)
    assert replace == 99.0


def test_the_vetter_blend_is_the_weighted_mean_of_two_weight_sets():
    V = script("train_event_vetter")
    new, old = {"bias": 2.0, "lem=walk": -1.0}, {"bias": 1.0, "code=170": -2.0}
    assert V.blend(new, None, 0.5) == new
    assert V.blend(new, old, 0.0) == new
    assert V.blend(new, old, 0.5) == {"bias": 1.5, "code=170": -1.0, "lem=walk": -0.5}


def test_the_vetter_folds_are_the_newest_batches():
    V = script("train_event_vetter")
    assert V.FOLD_NAMES == ("blind39-41", "blind42-43", "blind44-45", "blind46")
    assert all(f"blind{n}" in fold for fold, n in zip(V.FOLDS, ("41a", "42b", "44d", "46c"), strict=True))
    assert not any("blind38" in fold or "blind35" in fold for fold in V.FOLDS)
