"""Correlates of War and Gleditsch-Ward state numbers beside foedus' country codes.

Data: ``foedus/data/countries/state_codes.tsv`` (every UN member state, plus Taiwan, Kosovo,
Palestine and the Holy See); an empty cell means "not a state of that list, or not verified".
The dyad panels (``foedus export --panel``) carry these codes so they join to COW/GW data sets.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from . import data
from .errors import DataError, Errors

FILE = "countries/state_codes.tsv"


@dataclass(frozen=True)
class StateCodes:
    code: str                 # foedus/CAMEO country code (ISO alpha-3; KSV for Kosovo)
    name: str
    cow: int | None           # Correlates of War ccode
    gw: int | None            # Gleditsch-Ward number
    un_member: bool


def _number(value: str, column: str, code: str) -> int | None:
    value = (value or "").strip()
    if not value:
        return None
    if not value.isdigit() or not 1 <= int(value) <= 999:
        raise DataError(Errors.E481.format(path=FILE, reason=f"{code}: {column} {value!r} is not a number 1-999"))
    return int(value)


@lru_cache(maxsize=1)
def state_codes() -> dict[str, StateCodes]:
    """Every row of the table by country code; E481 on a broken table (bad number, repeated code)."""
    out: dict[str, StateCodes] = {}
    for row in data.read_tsv(FILE):
        code = (row.get("code") or "").strip()
        if len(code) != 3 or not code.isalpha() or not code.isupper():
            raise DataError(Errors.E481.format(path=FILE, reason=f"bad country code {code!r}"))
        if code in out:
            raise DataError(Errors.E481.format(path=FILE, reason=f"{code} is listed twice"))
        if row.get("un_member") not in ("yes", "no"):
            raise DataError(Errors.E481.format(path=FILE, reason=f"{code}: un_member must be yes or no"))
        out[code] = StateCodes(code=code, name=row["name"], cow=_number(row["cow"], "cow", code),
                               gw=_number(row["gw"], "gw", code), un_member=row["un_member"] == "yes")
    for column in ("cow", "gw"):
        seen: dict[int, str] = {}
        for sc in out.values():
            number = getattr(sc, column)
            if number is not None and number in seen:
                raise DataError(Errors.E481.format(
                    path=FILE, reason=f"{column} {number} is given to both {seen[number]} and {sc.code}"))
            if number is not None:
                seen[number] = sc.code
    return out


def cow_code(code: str) -> int | None:
    """COW ccode of a country code (``"USA"`` -> 2), None when unknown."""
    sc = state_codes().get(str(code).upper())
    return sc.cow if sc else None


def gw_code(code: str) -> int | None:
    """Gleditsch-Ward number of a country code (``"DEU"`` -> 260), None when unknown."""
    sc = state_codes().get(str(code).upper())
    return sc.gw if sc else None


__all__ = ["StateCodes", "state_codes", "cow_code", "gw_code"]
