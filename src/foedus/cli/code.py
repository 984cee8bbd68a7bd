"""`foedus code` and `foedus eval` (placeholder until the coder lands)."""
from __future__ import annotations

from . import main  # noqa: F401
