"""The cross-validation folds the training scripts share (train_event_vetter.py, train_target_model.py).

Folds are by batch, never by sentence: each holds out whole blind batches of the tune part, the newest ones, so a
model is judged on writers and eras it did not train on (docs/model.md).
"""

FOLDS = (
    {f"blind{n}" for n in range(17, 22)},
    {f"blind{n}" for n in range(22, 26)},
    {f"blind{n}" for n in range(26, 29)},
    {f"blind{n}" for n in range(29, 32)},
)
FOLD_NAMES = ("blind17-21", "blind22-25", "blind26-28", "blind29-31")
