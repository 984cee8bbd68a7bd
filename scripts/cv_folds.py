"""The cross-validation folds the training scripts share (train_event_vetter.py, train_target_model.py).

Folds are by batch, never by sentence: each holds out whole blind batches of the tune part, the newest ones, so a
model is judged on writers and eras it did not train on (docs/model.md). Since the forty-sixth session: blind39-41,
blind42-43, blind44-45 and blind46 (batches 39 on come in parts, tagged blind39a, blind39b ... blind46d; each part
goes to its batch's fold). blind4-38 and the era sentences are never held out (always trained on).
"""


def _batches(first: int, last: int) -> set[str]:
    """The tags of batches first..last, with the parts ("blind39a" ... "blind46d") later batches are tagged with."""
    return {f"blind{n}{part}" for n in range(first, last + 1) for part in ("", "a", "b", "c", "d")}


FOLDS = (_batches(39, 41), _batches(42, 43), _batches(44, 45), _batches(46, 46))
FOLD_NAMES = ("blind39-41", "blind42-43", "blind44-45", "blind46")
