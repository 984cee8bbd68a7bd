"""Round 20b (actors20b): leaders the converted Phoenix file codes wrong (a rebel leader as his country's
government, a US administrator as an Iraqi) or lacks, with the dates their role changed. Names and
sentences written for these tests."""

from __future__ import annotations

import pytest

from foedus.coder.actors import resolve


def _code(name, date):
    actor = resolve(name, date)
    return actor.code if actor else None


@pytest.mark.parametrize(("name", "date", "code"), [
    ("Charles Taylor", "1990-08-25", "LBRREB"),     # NPFL leader, not yet president
    ("Charles Taylor", "2000-05-01", "LBRGOV"),
    ("Prince Johnson", "1990-09-09", "LBRREB"),
    ("Paul Bremer", "2003-12-14", "USAGOV"),        # the US administrator in Iraq, not an Iraqi
    ("Ruslan Khasbulatov", "1993-09-22", "RUSLEG"),
    ("Khasbulatov", "1993-10-04", "RUSLEG"),
    ("Khaled Meshaal", "2009-01-10", "PSEREBHMS"),
    ("Mohammed Deif", "2014-07-20", "PSEREBHMS"),
    ("Manuel Marulanda", "1999-01-07", "COLREB"),
    ("Abu Bakr al-Baghdadi", "2014-07-04", "IMGMOSALQ"),
])
def test_leaders_code_by_date(name, date, code):
    assert _code(name, date) == code
