"""The strings ``dates._NEEDS`` asks of a text before a date pattern scans it: every form of every
pattern still found (a month by its name or abbreviation, a year, a day, a weekday, "ago", "tonight")."""
from __future__ import annotations

import pytest

from foedus.coder.dates import _NEEDS, _PATTERNS, find_mentions

EXAMPLES = [
    ("The deal was signed on 2024-06-20 in Doha.", "iso"),
    ("Troops withdrew on 3rd of May 1999.", "day_month"),
    ("Talks resume Sept. 4 in Geneva.", "month_day"),
    ("The ceasefire collapsed in Jan 2020.", "month_year"),
    ("Seoul protested last March.", "rel_month"),
    ("Elections are due in mid-April.", "in_month"),
    ("The border was closed in 1988.", "in_year"),
    ("Envoys met two weeks ago.", "ago"),
    ("Rebels attacked this past Sunday.", "rel_weekday"),
    ("Protesters marched on Mondays.", "weekday"),
    ("Aid rose over the past year.", "period"),
    ("Police clashed with fans over the weekend.", "weekend"),
    ("Jets struck the port tonight.", "today"),
    ("Jets struck the port last night.", "today"),
    ("This evening the army withdrew.", "today"),
]


@pytest.mark.parametrize("text,kind", EXAMPLES)
def test_each_pattern_still_found(text, kind):
    assert kind in {m.kind for m in find_mentions(text)}


def test_every_pattern_has_its_pieces():
    assert {kind for kind, _ in _PATTERNS} == set(_NEEDS)
