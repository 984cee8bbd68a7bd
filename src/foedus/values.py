"""Shared coercers for values users and data files give foedus: ISO days (whole or partial), whole numbers, TSV rows,
YAML mappings.

One implementation each; the callers decide which numbered error a bad value becomes (a bad
``--on`` is E505, a bad store filter E405, a bad API parameter E601 ...), so the functions here
raise ``ValueError`` (days) or the one shared code (``positive_int``: E454).
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from .errors import DataError, Errors, InputError


def iso_day(value: Any, *, whole: bool = False) -> dt.date | None:
    """The calendar day of an ISO value: None for None/""; a ``date`` or ``datetime`` as its day;
    a string by its first ten characters after stripping (``2024-06-01T12:00Z`` -> 2024-06-01),
    or by the whole string when ``whole`` is true. Raises ``ValueError`` on anything else."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value) if whole else str(value).strip()[:10]
    return dt.date.fromisoformat(text)


def iso_day_or_none(value: Any, *, whole: bool = False) -> dt.date | None:
    """``iso_day``, or None where it would raise."""
    try:
        return iso_day(value, whole=whole)
    except ValueError:
        return None


_PARTIAL_DAY = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def partial_day(value: str, *, end: bool = False) -> dt.date:
    """The first day (``end``: the last day) of an ISO date that may be partial: "2024" -> January 1
    (December 31), "2024-06" -> June 1 (June 30), "2024-06-20" -> itself. Raises ``ValueError`` on
    anything else. The one reader of partial dates: treaty registry dates and stored event dates."""
    m = _PARTIAL_DAY.fullmatch(str(value).strip())
    if not m:
        raise ValueError(f"{value!r} is not an ISO date (YYYY-MM-DD, YYYY-MM or YYYY)")
    year, month, day = int(m[1]), m[2], m[3]
    if month is None:
        return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
    if day is None:
        first = dt.date(year, int(month), 1)
        return dt.date(year, int(month), calendar.monthrange(year, int(month))[1]) if end else first
    return dt.date(year, int(month), int(day))


def positive_int(value: Any, option: str) -> int:
    """A whole number of 1 or more (an int or a string of digits; not a bool or 2.5), or InputError E454."""
    if isinstance(value, bool) or not (isinstance(value, int) or str(value).strip().isdigit()) or int(value) < 1:
        raise InputError(Errors.E454.format(option=option, value=value))
    return int(value)


def read_tsv(path: str | Path, name: str | None = None, *, empty_as_none: bool = False,
             strict: bool = False) -> list[dict[str, Any]]:
    """Rows of a tab-separated file with one header row; blank lines and lines starting with '#'
    are skipped. ``empty_as_none``: empty cells are None. ``strict``: a row whose number of cells
    differs from the header's is DataError E202 (``name`` is the file's name in the message)."""
    with Path(path).open(encoding="utf-8", newline="") as fh:
        lines = [line.rstrip("\r\n") for line in fh if line.strip() and not line.startswith("#")]
    if not lines:
        return []
    rows = list(csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    header, out = rows[0], []
    for n, cells in enumerate(rows[1:], 2):
        if strict and len(cells) != len(header):
            raise DataError(Errors.E202.format(path=name or str(path), entry=f"row {n}", problem=(
                f"{len(cells)} tab-separated cells where the header has {len(header)}")))
        row: dict[str, Any] = dict(zip(header, cells))
        if len(cells) < len(header):          # csv.DictReader's filling
            row.update({k: None for k in header[len(cells):]})
        elif len(cells) > len(header):
            row[None] = cells[len(header):]   # type: ignore[index]
        if empty_as_none:
            row = {k: (v or None) for k, v in row.items()}
        out.append(row)
    return out


def load_yaml(stream: Any) -> Any:
    """YAML through the safe loader, refusing a key written twice in one mapping.

    Plain YAML keeps the last of two equal keys without a word, so two branches that each added a
    word list under one name lost one of them; here that is a ``yaml.YAMLError`` naming the key and
    its line, which each caller turns into its own numbered error.
    """
    import yaml

    return yaml.load(stream, Loader=_unique_key_loader())  # noqa: S506 - a safe loader (C or Python)


@lru_cache(maxsize=1)
def _unique_key_loader() -> type:
    import yaml

    # libyaml's C parser when PyYAML was built with it: the same safe constructor, several times faster.
    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class UniqueKeyLoader(base):  # type: ignore[valid-type,misc]  # base is chosen at run time
        def construct_mapping(self, node: Any, deep: bool = False) -> Any:
            seen: set[Any] = set()
            for key_node, _ in node.value:
                key = self.construct_object(key_node, deep=deep)
                try:
                    twice = key in seen
                    seen.add(key)
                except TypeError:   # an unhashable key: the constructor below reports it
                    continue
                if twice:
                    raise yaml.constructor.ConstructorError(
                        None, None, f"the key {key!r} is written twice in one mapping", key_node.start_mark)
            return super().construct_mapping(node, deep=deep)

    return UniqueKeyLoader
