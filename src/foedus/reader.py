"""Moved to ``foedus.ingest.records`` (issue 12: ``foedus.ingest`` is the one way in for input files).

``foedus.reader`` stays importable as an alias of that very module (not a copy), so
``from foedus.reader import ArticleInput`` and ``monkeypatch.setattr(reader, "MAX_CHARS", ...)`` act
on the one implementation.
"""

import sys

from .ingest import records as _records

sys.modules[__name__] = _records
