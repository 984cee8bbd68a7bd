"""Actor mentions built by hand from surface strings, for the commitments tests."""

from __future__ import annotations

import re

from foedus.coder.actors import Mention


# The real stage type: these tests pin the input, not the type.
HandMention = Mention


def mentions_for(doc, table: list[tuple[str, str, str | None, str | None]]) -> list[HandMention]:
    """Every occurrence of each surface string: (text, code, country, sector)."""
    out = []
    taken: set[int] = set()
    for surface, code, country, sector in sorted(table, key=lambda row: -len(row[0])):
        for m in re.finditer(re.escape(surface), doc.text):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or any(i in taken for i in range(span.start, span.end)):
                continue
            taken |= set(range(span.start, span.end))
            out.append(HandMention(span.start, span.end, span.text, code, country, sector, surface,
                                   "country" if sector is None else "agent", span.root.i))
    return sorted(out, key=lambda m: m.start)


EXAMPLE_ACTORS = [
    ("South Korea's President Yoon Suk Yeol", "KORGOV", "KOR", "GOV"),
    ("South Korean Foreign Minister Cho Tae-yul", "KORGOV", "KOR", "GOV"),
    ("National Security Adviser Chang Ho-jin", "KORGOV", "KOR", "GOV"),
    ("North Korean leader Kim Jong-un", "PRKGOV", "PRK", "GOV"),
    ("Russian President Vladimir Putin", "RUSGOV", "RUS", "GOV"),
    ("the Korean Central News Agency", "PRKMED", "PRK", "MED"),
    ("North Korea's state media", "PRKMED", "PRK", "MED"),
    ("South Korea", "KOR", "KOR", None),
    ("North Korea", "PRK", "PRK", None),
    ("Russia", "RUS", "RUS", None),
    ("Ukraine", "UKR", "UKR", None),
    ("Seoul", "KOR", "KOR", None),
    ("Moscow", "RUS", "RUS", None),
    ("Pyongyang", "PRK", "PRK", None),
    ("Putin", "RUSGOV", "RUS", "GOV"),
    ("Kim", "PRKGOV", "PRK", "GOV"),
    ("Yoon", "KORGOV", "KOR", "GOV"),
]
