"""CAMEO event codes and their PLOVER equivalents, read from data/taxonomy/; the classes of CAMEO
roots and of actor sectors that the coding rules test (``roots("violent")``, ``sectors("state_organ")``).

Codes are strings with their leading zeros ("057", "0871"): as numbers they collide. A code
missing from a mapping table falls back to its parent code's row, so a 4-digit code inherits
the type of its 3-digit parent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from collections.abc import Callable
from functools import lru_cache
from typing import TypeVar

from . import data
from .errors import DataError, Errors
from .schema import Plover

T = TypeVar("T")


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


def _lookup(table: dict[str, T], code: str) -> T | None:
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


# ---- classes of roots and sectors (data/taxonomy/cameo_root_classes.tsv, data/actors/sector_classes.tsv) ----
ANNOUNCED_ACTS = "taxonomy/announced_acts.tsv"
ROOT_LABELS = "taxonomy/cameo_root_labels.tsv"


@lru_cache(maxsize=1)
def announced_acts() -> dict[str, str]:
    """Code of a statement of intent or threat -> root of the act it announces (0332 -> 07), from
    announced_acts.tsv; E202 for a code or root that is not CAMEO's."""
    out: dict[str, str] = {}
    for n, row in enumerate(data.read_tsv(ANNOUNCED_ACTS), 2):
        code, root = (row.get("code") or "").strip(), (row.get("act_root") or "").strip()
        problem = (f"{code!r} is not a CAMEO event code" if not is_valid(code) else
                   f"{root!r} is not a CAMEO root" if not (len(root) == 2 and is_valid(root)) else
                   f"{code!r} is listed twice" if code in out else None)
        if problem:
            raise DataError(Errors.E202.format(path=ANNOUNCED_ACTS, entry=f"row {n}", problem=problem))
        out[code] = root
    return out


@lru_cache(maxsize=1)
def root_labels() -> dict[str, str]:
    """Short label of each CAMEO root ("19": "fight") for reports, from cameo_root_labels.tsv; E202
    unless every root 01-20 has one."""
    out = {(row.get("root") or "").strip(): (row.get("label") or "").strip() for row in data.read_tsv(ROOT_LABELS)}
    roots = {f"{n:02d}" for n in range(1, 21)}
    if set(out) != roots or not all(out.values()):
        raise DataError(Errors.E202.format(path=ROOT_LABELS, entry="roots", problem=(
            "every CAMEO root 01-20 needs one label, and nothing else is allowed")))
    return out


CODE_ALIASES = "taxonomy/actor_code_aliases.tsv"


def code_aliases() -> dict[str, str]:
    """Older country segments a gold file may use and the segment foedus emits ("JAP": "JPN"), from
    actor_code_aliases.tsv, in file order; E202 for a row without both codes, a code that is not 2-3
    upper-case letters, or an old code listed twice."""
    out: dict[str, str] = {}
    for n, row in enumerate(data.read_tsv(CODE_ALIASES), 2):
        old, new = (row.get("old") or "").strip(), (row.get("new") or "").strip()
        if not (re.fullmatch(r"[A-Z]{2,3}", old) and re.fullmatch(r"[A-Z]{3}", new)) or old in out:
            raise DataError(Errors.E202.format(path=CODE_ALIASES, entry=f"row {n}", problem=(
                "each row needs an old code of 2-3 capitals, listed once, and a new code of 3 capitals")))
        out[old] = new
    return out


ROOT_CLASSES = "taxonomy/cameo_root_classes.tsv"
SECTOR_CLASSES = "actors/sector_classes.tsv"
NO_SECTOR = "-"   # in sector_classes.tsv: a bare country code (the state itself); None in ``sectors()``


def _classes(name: str, column: str, valid: Callable[[str], bool]) -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for n, row in enumerate(data.read_tsv(name), 2):
        cls, members = (row.get("class") or "").strip(), (row.get(column) or "").split()
        problem = ("no class name" if not cls else f"class {cls!r} is listed twice" if cls in out
                   else f"no {column}" if not members else next(
                       (f"{m!r} is not a valid {column[:-1]}" for m in members if not valid(m)), None))
        if problem:
            raise DataError(Errors.E202.format(path=name, entry=f"row {n}", problem=problem))
        out[cls] = frozenset(members)
    return out


@lru_cache(maxsize=1)
def _root_classes() -> dict[str, frozenset[str]]:
    return _classes(ROOT_CLASSES, "roots", lambda r: len(r) == 2 and is_valid(r))


@lru_cache(maxsize=1)
def _sector_classes() -> dict[str, frozenset[str | None]]:
    segments = {row["code"] for row in data.read_tsv("actors/codes.tsv")}
    return {cls: frozenset(None if s == NO_SECTOR else s for s in members) for cls, members in
            _classes(SECTOR_CLASSES, "sectors", lambda s: s == NO_SECTOR or s in segments).items()}


def _member(table: dict[str, T], cls: str, what: str, path: str) -> T:
    try:
        return table[cls]
    except KeyError:
        raise DataError(Errors.E202.format(path=path, entry=f"class {cls!r}", problem=(
            f"no such {what} class (known: {', '.join(sorted(table))})"))) from None


@lru_cache(maxsize=None)
def roots(cls: str) -> frozenset[str]:
    """The CAMEO roots ("18", "19", "20") of the class ``cls`` of cameo_root_classes.tsv; E202 for an unknown class."""
    return _member(_root_classes(), cls, "root", ROOT_CLASSES)


def root_classes() -> list[str]:
    return list(_root_classes())


@lru_cache(maxsize=None)
def sectors(cls: str) -> frozenset[str | None]:
    """The actor sectors ("GOV", "MIL"; None: no sector) of the class ``cls`` of sector_classes.tsv."""
    return _member(_sector_classes(), cls, "sector", SECTOR_CLASSES)


def sector_classes() -> list[str]:
    return list(_sector_classes())
