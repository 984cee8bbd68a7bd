"""Optional dependencies of the store, shared by ``store.py`` and ``export.py`` (so neither imports the other
for them): pandas is not a core dependency of foedus."""

from __future__ import annotations

from typing import Any

from ..errors import Errors, InputError


def require_pandas(what: str) -> Any:
    """pandas, or E640 naming what needed it and how to install it (pandas is not a core dependency)."""
    try:
        import pandas
    except ImportError:
        raise InputError(Errors.E640.format(what=what)) from None
    return pandas
