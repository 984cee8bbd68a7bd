"""What the two learned components' model files share (docs/model.md): the JSON header and the weights.

Each component says its own error (E220 for the target chooser, E222 for the event vetter) through ``bad``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from typing import Any

from ..errors import DataError


def decode(text: str, bad: Callable[[str], DataError]) -> Any:
    """The model file's JSON; ``bad`` for text that is not JSON."""
    try:
        return json.loads(text)
    except ValueError as exc:
        raise bad(f"not valid JSON ({exc})") from None


def linear_weights(raw: Any, kind: str, version: int, bad: Callable[[str], DataError]) -> dict[str, float]:
    """The checked feature weights of a linear model file whose header names ``kind`` and ``version``."""
    if not isinstance(raw, dict):
        raise bad("the file must hold one JSON object")
    if raw.get("kind") != kind:
        raise bad(f"\"kind\" must be {kind!r}, not {raw.get('kind')!r}")
    if raw.get("version") != version:
        raise bad(f"\"version\" must be {version}, not {raw.get('version')!r} (retrain the model)")
    weights = raw.get("weights")
    if not isinstance(weights, dict) or not weights:
        raise bad("\"weights\" must be a non-empty object of feature -> number")
    for k, v in weights.items():
        if not isinstance(k, str) or isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
            raise bad(f"weight {k!r} must be a finite number, not {v!r}")
    training = raw.get("training")
    if not isinstance(training, dict) or not isinstance(training.get("sha1"), str):
        raise bad("\"training\" must name the training file and its \"sha1\"")
    return {k: float(v) for k, v in weights.items()}
