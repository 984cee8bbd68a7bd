"""The cross-validation folds the training scripts share (train_event_vetter.py, train_target_model.py).

Folds are by batch, never by sentence: each holds out whole blind batches of the tune part, the newest ones, so a
model is judged on writers and eras it did not train on (docs/model.md). Since the forty-third session: blind29-31,
blind32-34, blind35-38 (the tune part has no blind37) and blind39-41 (batches 39-41 come in halves, tagged
blind39a, blind39b ...); blind42, the newest, is never held out
(always trained on).
"""


def _batches(first: int, last: int) -> set[str]:
    """The tags of batches first..last, with the halves ("blind39a", "blind39b") some batches are tagged with."""
    return {f"blind{n}{half}" for n in range(first, last + 1) for half in ("", "a", "b")}


FOLDS = (_batches(29, 31), _batches(32, 34), _batches(35, 38), _batches(39, 41))
FOLD_NAMES = ("blind29-31", "blind32-34", "blind35-38", "blind39-41")
