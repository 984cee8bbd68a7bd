"""foedus: turn news into political event data, quotes, alliance commitments and policy stances.

Public API (see docs/schema.md for the output)::

    from foedus import code_text
    result = code_text(text, date="2024-06-20")   # a CodingResult; result.to_dict() is the JSON
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
