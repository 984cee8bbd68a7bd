"""CAMEO event codes and their PLOVER equivalents, read from data/taxonomy/.

Codes are strings with their leading zeros ("057", "0871"): as numbers they collide. A code
missing from a mapping table falls back to its parent code's row, so a 4-digit code inherits
the type of its 3-digit parent.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from . import data
from .errors import DataError, Errors
from .schema import Plover


@dataclass(frozen=True)
class CameoCode:
    code: str          # "057"
    name: str          # "Sign formal agreement"
    root: str          # "05"
    quad_class: int    # 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
    goldstein: float   # -10 (most hostile) .. +10 (most cooperative)


@lru_cache(maxsize=1)
def _codes() -> dict[str, CameoCode]:
    out = {}
    for n, row in enumerate(data.read_tsv("taxonomy/cameo_event_codes.tsv"), 2):
        try:
            code = row["code"].strip()
            out[code] = CameoCode(code=code, name=row["name"], root=code[:2],
                                  quad_class=int(row["quad_class"]), goldstein=float(row["goldstein"]))
        except (KeyError, ValueError, AttributeError) as exc:
            raise DataError(Errors.E202.format(path="taxonomy/cameo_event_codes.tsv", entry=f"line {n}",
                                               problem=f"bad row ({exc})")) from exc
    return out


@lru_cache(maxsize=1)
def _plover_rows() -> dict[str, Plover]:
    out = {}
    for row in data.read_tsv("taxonomy/cameo_to_plover.tsv"):
        etype = (row.get("plover_event_type") or "").strip()
        if etype in {"", "dropped"}:
            out[row["cameo_code"]] = Plover(type=None, mode=None)
        else:
            # "08" maps to "CONCEDE|RETREAT" (its children split): the first is the root's type.
            out[row["cameo_code"]] = Plover(type=etype.split("|")[0], mode=(row.get("plover_mode") or "").strip() or None)
    return out


@lru_cache(maxsize=1)
def _plover05_rows() -> dict[str, str | None]:
    return {row["cameo_code"]: (row["plover05"].strip() or None) for row in data.read_tsv("taxonomy/plover05.tsv")}


def _normal(code: str) -> str:
    if not isinstance(code, str):
        raise DataError(Errors.E204.format(code=code) + " Give the code as a string with its leading zero, e.g. \"057\".")
    code = code.strip()
    if code not in _codes():
        raise DataError(Errors.E204.format(code=code) +
                        " CAMEO codes are 2-4 digit strings such as \"04\", \"057\", \"0871\"; "
                        "see src/foedus/data/taxonomy/cameo_event_codes.tsv.")
    return code


def is_valid(code: object) -> bool:
    """True when ``code`` is a CAMEO event code string ("057"; 57 and "57" are not)."""
    return isinstance(code, str) and code.strip() in _codes()


def cameo(code: str) -> CameoCode:
    """The CAMEO row of ``code``; raises DataError (E204) for an unknown code."""
    return _codes()[_normal(code)]


def all_codes() -> list[str]:
    """Every CAMEO event code, in codebook order."""
    return list(_codes())


def _lookup(table: dict, code: str):
    c = _normal(code)
    while c:
        if c in table:
            return table[c]
        c = c[:-1] if len(c) > 2 else ""
    return None


def plover(code: str) -> Plover:
    """PLOVER (0.8+) type and mode of a CAMEO code; Plover(None, None) when PLOVER drops it."""
    return _lookup(_plover_rows(), code) or Plover(type=None, mode=None)


def plover05(code: str) -> str | None:
    """PLOVER 0.5 type used by the event-coding benchmark (table in docs/verbs.md), or None."""
    return _lookup(_plover05_rows(), code)
