"""The treaty registry: security commitments as validated data, and what binds a state on a date.

The registry is YAML (``data/treaties/treaties.yaml``) so an analyst can add a treaty without
Python; every entry is validated here with pydantic, and a broken entry names the file, the
treaty and the field. ``FOEDUS_TREATIES`` (or ``load(path)``) points at a user's own registry.
Countries, treaty zones and named places live in ``data/treaties/places.yaml``.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, NoReturn, overload

from pydantic import BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, field_validator

from .. import data
from ..errors import DataError, Errors, InputError
from ..values import load_yaml, partial_day

ENV_VAR = "FOEDUS_TREATIES"
REGISTRY_FILE = "treaties/treaties.yaml"
PLACES_FILE = "treaties/places.yaml"

CLAUSE_KINDS = (
    "mutual_defence", "collective_defence", "mutual_assistance", "consultation", "non_aggression",
    "non_assistance", "neutrality", "military_aid", "scope_definition", "basing", "nuclear_guarantee",
    "unilateral_guarantee", "policy_statute", "solidarity",
)
ATTACK_KINDS = ("armed_attack", "armed_attack_and_state_of_war", "aggression", "threat", "standing",
                "disaster_or_terror")
CONDITION_KINDS = (
    "un_art51", "unsc_report", "constitutional_processes", "national_law", "request_by_victim", "state_of_war",
    "geographic_scope", "no_provocation", "self_judging", "joint_determination", "neutrality_carve_out",
    "nato_primacy", "reservation", "unpublished", "other",
)
STATUSES = ("in_force", "in_force_partially", "in_force_dormant", "signed", "terminated")
# Kinds whose clause answers an attack with help for the victim (the "casus foederis").
DEFENCE_KINDS = {"mutual_defence", "collective_defence", "mutual_assistance", "military_aid", "unilateral_guarantee",
                 "nuclear_guarantee"}


@overload
def period(value: str, end: bool = True) -> dt.date: ...
@overload
def period(value: None, end: bool = True) -> None: ...
@overload
def period(value: str | None, end: bool = True) -> dt.date | None: ...
def period(value: str | None, end: bool = True) -> dt.date | None:
    """An ISO date that may be partial ("2025-03", "2022"): the last (or first) day of that period.

    Registry dates known only to the month or year count from the *end* of the period, so the
    registry never claims a treaty bound a state before we know it did.
    """
    if value is None:
        return None
    return partial_day(value, end=end)


def _check_partial_date(value: Any) -> Any:
    if value is None:
        return None
    text = str(value)
    try:
        period(text)
    except (ValueError, IndexError):
        raise ValueError(f"{text!r} is not a date; use YYYY-MM-DD (or YYYY-MM / YYYY when only that is known)") from None
    if not (len(text) in (4, 7, 10)):
        raise ValueError(f"{text!r} is not a date; use YYYY-MM-DD (or YYYY-MM / YYYY when only that is known)")
    return text


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Trigger(_Strict):
    """What must happen for a clause to apply: what attack, on whom, where."""

    attack: Literal[ATTACK_KINDS]  # type: ignore[valid-type]
    victim: Literal["any_party"] | list[str] = "any_party"   # whom the attack must hit
    where: Literal["anywhere", "territory", "zone"] = "anywhere"
    zone: str | None = None
    administered_by: str | None = None
    forces_abroad: bool = False
    metropolitan_territory: bool = False
    text: str

    @field_validator("zone")
    @classmethod
    def _zone_needs_where(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value is not None and info.data.get("where") != "zone":
            raise ValueError("zone is given but where is not 'zone'")
        return value


class Condition(_Strict):
    kind: Literal[CONDITION_KINDS]  # type: ignore[valid-type]
    text: str


class Statement(_Strict):
    """An official statement on how a clause applies (US: Art. V of the US-Japan treaty covers the Senkakus).

    Not part of the treaty text: a scenario cites it next to the clause when the attack is at one of
    ``places`` (names from places.yaml), or always when no place is given."""

    date: str
    by: str                      # country code of the state that said it
    text: str                    # paraphrase
    source: str                  # official statement title and date
    places: list[str] = []
    confidence: Literal["high", "medium", "low"] = "high"

    _dates = field_validator("date", mode="before")(lambda cls, v: _check_partial_date(v))


class Clause(_Strict):
    article: str
    kind: Literal[CLAUSE_KINDS]  # type: ignore[valid-type]
    trigger: Trigger
    obligation: str
    strength: int | None = Field(default=None, ge=0, le=5)
    features: list[str] = []
    conditions: list[Condition] = []
    scope: str | None = None
    confidence: Literal["high", "medium", "low"] | None = None
    verify: str | None = None
    statements: list[Statement] = []

    @field_validator("article", mode="before")
    @classmethod
    def _article_text(cls, value: object) -> str:
        return str(value)


PARTY_STATUSES = ("active", "suspended")


class PartyStatus(_Strict):
    """A dated interval of a party's standing inside a treaty it has not left (Armenia froze its CSTO
    participation in 2024). ``suspended``: the party has declared it does not take part, so its own
    obligations are not counted as "bound to act"; ``active`` closes or documents a normal period.
    A withdrawal is not a status: it is the party's ``exit`` date."""

    status: str
    since: str
    until: str | None = None     # first day the status no longer holds; null = still holds
    source: str                  # official statement title and date
    note: str | None = None
    confidence: Literal["high", "medium", "low"] = "high"

    _dates = field_validator("since", "until", mode="before")(lambda cls, v: _check_partial_date(v))

    @field_validator("status")
    @classmethod
    def _known_status(cls, value: str) -> str:
        if value == "withdrawn":
            raise ValueError("'withdrawn' is not a status: a withdrawal is the party's exit date (exit: YYYY-MM-DD)")
        if value not in PARTY_STATUSES:
            raise ValueError(f"{value!r} is not a party status; use one of {', '.join(PARTY_STATUSES)}")
        return value

    def covers(self, on: dt.date) -> bool:
        return period(self.since, end=False) <= on and (self.until is None or on < period(self.until, end=False))


class Party(_Strict):
    code: str
    entry: str
    exit: str | None = None      # first day the state is no longer a party
    note: str | None = None
    status: list[PartyStatus] = []

    _dates = field_validator("entry", "exit", mode="before")(lambda cls, v: _check_partial_date(v))

    @field_validator("code")
    @classmethod
    def _code_shape(cls, value: str) -> str:
        if len(value) != 3 or not value.isalpha() or not value.isupper():
            raise ValueError(f"{value!r} is not a 3-letter upper-case country code such as KOR")
        return value


class Suspension(_Strict):
    """A party's obligations towards another party suspended (ANZUS: USA towards NZL since 1986)."""

    party: str
    towards: str
    since: str
    note: str | None = None

    _dates = field_validator("since", mode="before")(lambda cls, v: _check_partial_date(v))


class Invocation(_Strict):
    article: str
    date: str
    note: str | None = None

    @field_validator("article", "date", mode="before")
    @classmethod
    def _text(cls, value: object) -> str:
        return str(value)


class Treaty(_Strict):
    id: str
    name: str
    atop_id: int | None = None
    signed: str | None = None
    in_force: str | None = None
    status: Literal[STATUSES]  # type: ignore[valid-type]
    status_note: str | None = None
    confidence: Literal["high", "medium", "low"] = "high"
    verify: str | None = None
    term_note: str | None = None
    instrument_note: str | None = None
    parties_note: str | None = None
    notes: str | None = None
    parties: list[Party] = Field(min_length=1)
    suspended: list[Suspension] = []
    clauses: list[Clause]
    invocations: list[Invocation] = []
    sources: list[str] = Field(min_length=1)

    _dates = field_validator("signed", "in_force", mode="before")(lambda cls, v: _check_partial_date(v))

    # ---- questions the scenario engine asks ---------------------------------------------
    def in_force_on(self, on: dt.date) -> bool:
        """True when the treaty binds on ``on`` (status in force and past its entry into force)."""
        start = period(self.in_force)
        return self.status not in {"signed", "terminated"} and start is not None and start <= on

    def member_on(self, code: str, on: dt.date) -> bool:
        for p in self.parties:
            if p.code == code and period(p.entry) <= on and (p.exit is None or on < period(p.exit, end=False)):
                return True
        return False

    def members_on(self, on: dt.date) -> list[str]:
        seen: list[str] = []
        for p in self.parties:
            if p.code not in seen and self.member_on(p.code, on):
                seen.append(p.code)
        return seen

    def row_on(self, code: str, on: dt.date) -> Party | None:
        """The membership row of ``code`` that covers ``on`` (a state that left and rejoined has two)."""
        for p in self.parties:
            if p.code == code and period(p.entry) <= on and (p.exit is None or on < period(p.exit, end=False)):
                return p
        return None

    def party_status(self, code: str, on: dt.date) -> PartyStatus | None:
        """The dated status interval of a member on ``on`` (None: an ordinary active party)."""
        row = self.row_on(code, on)
        if row is None:
            return None
        return next((s for s in row.status if s.covers(on)), None)

    def suspended_party(self, code: str, on: dt.date) -> PartyStatus | None:
        status = self.party_status(code, on)
        return status if status is not None and status.status == "suspended" else None

    def membership_reason(self, code: str, on: dt.date) -> str:
        """Why ``code`` is not a party on ``on``: not yet, or no longer (with the dates)."""
        rows = [p for p in self.parties if p.code == code]
        left = [(p, period(p.exit, end=False)) for p in rows if p.exit]
        left = [(p, out) for p, out in left if out <= on]
        later = [p for p in rows if period(p.entry) > on]
        if later and not left:
            return f"{code} was not a party of {self.id} on {on.isoformat()} (it became one on {later[0].entry})"
        if left:
            last = max(left, key=lambda row: row[1])[0]
            again = f"; it rejoined on {later[0].entry}" if later else ""
            return (f"{code} was no longer a party of {self.id} on {on.isoformat()} (a party from {last.entry}; "
                    f"no longer one from {last.exit}{again})")
        return f"{code} was not a party of {self.id} on {on.isoformat()}"

    def suspended_towards(self, party: str, towards: str, on: dt.date) -> Suspension | None:
        for s in self.suspended:
            if s.party == party and s.towards == towards and period(s.since, end=False) <= on:
                return s
        return None

    def party_note(self, code: str) -> str | None:
        return next((p.note for p in self.parties if p.code == code and p.note), None)


@dataclass(frozen=True)
class Zone:
    id: str
    name: str
    territory_regions: frozenset[str]
    forces_regions: frozenset[str]
    administered_by: str | None = None


@dataclass(frozen=True)
class Place:
    """Where an attack happens: a named territory or sea area, or a country's home territory."""

    name: str
    kind: str                       # "territory" | "sea" | "country"
    regions: frozenset[str]
    country: str | None = None      # sovereign
    administered_by: str | None = None
    claimed_by: tuple[str, ...] = ()

    @property
    def holder(self) -> str | None:
        """The state that administers the place (what treaties like US-Japan Art. V look at)."""
        return self.administered_by or self.country


@dataclass
class Registry:
    treaties: list[Treaty]
    path: str
    countries: dict[str, dict[str, Any]] = field(default_factory=dict)
    zones: dict[str, Zone] = field(default_factory=dict)
    places: list[Place] = field(default_factory=list)
    place_aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def get(self, treaty_id: str) -> Treaty:
        for t in self.treaties:
            if t.id == treaty_id:
                return t
        raise KeyError(treaty_id)

    def binding(self, party: str, on: dt.date) -> list[tuple[Treaty, Clause]]:
        """Every clause with an obligation that binds ``party`` on ``on``, strongest first."""
        out = []
        for t in self.treaties:
            if not t.in_force_on(on) or not t.member_on(party, on):
                continue
            for c in t.clauses:
                if c.strength is None:
                    continue
                out.append((t, c))
        out.sort(key=lambda tc: (-(tc[1].strength or 0), tc[0].id))
        return out

    def binding_rows(self, party: str | None, on: dt.date) -> list[tuple[str, Treaty, Clause]]:
        """``(party, treaty, clause)`` for `foedus treaties` and ``/api/treaties``: the clauses that bind
        the country code ``party`` on ``on`` (``binding``), or, without a party, every clause with a
        strength of every treaty in force then (``party`` is then its members joined by commas)."""
        if party:
            return [(party, t, c) for t, c in self.binding(party, on)]
        rows = []
        for t in self.treaties:
            if t.in_force_on(on):
                rows += [(",".join(t.members_on(on)), t, c) for c in t.clauses if c.strength is not None]
        return rows

    @staticmethod
    def binding_record(party: str, treaty: Treaty, clause: Clause, on: dt.date) -> dict[str, Any]:
        """One row of ``binding_rows`` as JSON: the one shape of `foedus treaties --format json` and
        ``/api/treaties``; ``party_status`` is a member's dated status (suspended participation), null
        for an ordinary party or a row of several parties."""
        status = None if "," in party else treaty.party_status(party, on)
        return {"party": party, "treaty": treaty.id, "name": treaty.name, "article": clause.article, "kind": clause.kind,
                "strength": clause.strength, "trigger": clause.trigger.model_dump(mode="json"),
                "obligation": clause.obligation, "conditions": [x.model_dump(mode="json") for x in clause.conditions],
                "in_force": treaty.in_force, "parties": treaty.members_on(on),
                "confidence": clause.confidence or treaty.confidence, "sources": treaty.sources,
                "party_status": status.model_dump(mode="json") if status else None}

    def earliest_in_force(self) -> tuple[Treaty, dt.date] | None:
        dated = [(t, period(t.in_force)) for t in self.treaties if t.in_force]
        return min(dated, key=lambda td: td[1]) if dated else None

    # ---- countries and places ------------------------------------------------------------
    def country_code(self, value: str, option: str = "the country") -> str:
        """A known country code from a code or a name ("prk", "North Korea"); E503 otherwise."""
        text = (value or "").strip()
        if text.upper() in self.countries:
            return text.upper()
        low = text.lower()
        for code, info in self.countries.items():
            names = [info.get("name", "")] + list(info.get("aliases", []))
            if any(low == n.lower() for n in names):
                return code
        raise InputError(Errors.E503.format(code=value, option=option))

    def country_name(self, code: str) -> str:
        return self.countries.get(code, {}).get("name", code)

    def home(self, code: str) -> Place:
        info = self.countries.get(code, {})
        return Place(name=info.get("name", code), kind="country", regions=frozenset(info.get("regions", [])),
                     country=code, administered_by=code)

    def place(self, value: str) -> Place:
        """Resolve ``--where``: a named place, or a country (its home territory); E504 otherwise."""
        low = value.strip().lower()
        for p in self.places:
            if low == p.name.lower() or low in {a.lower() for a in self.place_aliases.get(p.name, ())}:
                return p
        try:
            return self.home(self.country_code(value, "--where"))
        except InputError:
            pass
        examples = ", ".join(p.name for p in self.places[:12]) + ", ..."
        raise InputError(Errors.E504.format(value=value, examples=examples))


def _field_path(loc: tuple) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out or "(entry)"


def _read_yaml_file(path: Path) -> Any:
    import yaml

    try:
        with path.open(encoding="utf-8") as fh:
            return load_yaml(fh)
    except FileNotFoundError:
        raise InputError(Errors.E502.format(path=path, reason="the file does not exist")) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(Errors.E502.format(path=path, reason=str(exc))) from None
    except yaml.YAMLError as exc:
        raise DataError(Errors.E502.format(path=path, reason=f"invalid YAML ({exc})".replace("\n", " "))) from None


def _places() -> tuple[dict, dict[str, Zone], list[Place], dict[str, tuple[str, ...]]]:
    raw = data.read_yaml(PLACES_FILE)
    zones = {}
    for zid, z in (raw.get("zones") or {}).items():
        zones[zid] = Zone(id=zid, name=z["name"], territory_regions=frozenset(z.get("territory_regions", [])),
                          forces_regions=frozenset(z.get("forces_regions", [])),
                          administered_by=z.get("administered_by"))
    places, aliases = [], {}
    for n, p in enumerate(raw.get("places") or []):
        if p.get("kind") not in {"territory", "sea"} or not p.get("regions"):
            raise DataError(Errors.E509.format(path=PLACES_FILE, entry=f"places[{n}] {p.get('name')!r}",
                                               problem="kind must be territory or sea, and regions must be listed"))
        places.append(Place(name=p["name"], kind=p["kind"], regions=frozenset(p["regions"]), country=p.get("country"),
                            administered_by=p.get("administered_by"), claimed_by=tuple(p.get("claimed_by", []))))
        aliases[p["name"]] = tuple(p.get("aliases", []))
    return raw.get("countries") or {}, zones, places, aliases


def load(path: str | Path | None = None) -> Registry:
    """Load and validate a registry: ``path``, else ``$FOEDUS_TREATIES``, else the packaged one."""
    if path is None and os.environ.get(ENV_VAR):
        path = os.environ[ENV_VAR]
    if path is None:
        return _default()
    return _load(Path(path))


@lru_cache(maxsize=1)
def _default() -> Registry:
    return _load(data.path(REGISTRY_FILE))


def _load(path: Path) -> Registry:
    raw = _read_yaml_file(path)
    name = str(path)
    if not isinstance(raw, dict) or not isinstance(raw.get("treaties"), list):
        raise DataError(Errors.E502.format(path=name, reason="there is no top-level \"treaties:\" list"))
    countries, zones, places, aliases = _places()
    treaties: list[Treaty] = []
    seen: set[str] = set()
    for n, entry in enumerate(raw["treaties"]):
        tid = entry.get("id") if isinstance(entry, dict) else None
        label = tid or f"#{n + 1}"
        try:
            treaty = Treaty.model_validate(entry)
        except ValidationError as exc:
            err = exc.errors()[0]
            raise DataError(Errors.E501.format(path=name, treaty=label, field=_field_path(err["loc"]),
                                               problem=err["msg"])) from None
        if treaty.id in seen:
            raise DataError(Errors.E501.format(path=name, treaty=label, field="id", problem="the id is used twice"))
        seen.add(treaty.id)
        _check_references(treaty, name, countries, zones, {p.name for p in places})
        treaties.append(treaty)
    return Registry(treaties=treaties, path=name, countries=countries, zones=zones, places=places, place_aliases=aliases)


def _check_references(t: Treaty, path: str, countries: dict, zones: dict[str, Zone],
                      place_names: set[str] | None = None) -> None:
    """Cross-field checks pydantic cannot do alone: known codes and zones, dates in order."""
    def fail(fld: str, problem: str) -> NoReturn:
        raise DataError(Errors.E501.format(path=path, treaty=t.id, field=fld, problem=problem))

    for i, p in enumerate(t.parties):
        if p.code not in countries:
            fail(f"parties[{i}].code", f"unknown country code {p.code!r} (add it to data/treaties/places.yaml)")
        if p.exit and period(p.exit) < period(p.entry, end=False):
            fail(f"parties[{i}].exit", f"exit {p.exit} is before entry {p.entry}")
        previous = None
        for j, st in enumerate(p.status):
            where = f"parties[{i}].status[{j}]"
            if period(st.since, end=False) < period(p.entry, end=False):
                fail(f"{where}.since", f"since {st.since} is before the party's entry {p.entry}")
            if st.until and period(st.until) < period(st.since, end=False):
                fail(f"{where}.until", f"until {st.until} is before since {st.since}")
            if p.exit and period(st.since, end=False) >= period(p.exit, end=False):
                fail(f"{where}.since", f"since {st.since} is not before the party's exit {p.exit}")
            if previous is not None and (previous.until is None
                                         or period(st.since, end=False) < period(previous.until, end=False)):
                fail(f"{where}.since", "status intervals must be in date order and must not overlap "
                                       f"(the one before runs {previous.since} to {previous.until or 'open'})")
            if not st.source.strip():
                fail(f"{where}.source", "a party status needs a source (statement title and date)")
            previous = st
    if t.signed and t.in_force and period(t.in_force) < period(t.signed, end=False):
        fail("in_force", f"in_force {t.in_force} is before signed {t.signed}")
    if t.status in {"in_force", "in_force_partially", "in_force_dormant"} and not t.in_force:
        fail("in_force", f"status is {t.status} but no in_force date is given")
    codes = {p.code for p in t.parties}
    for i, c in enumerate(t.clauses):
        if c.trigger.where == "zone" and c.trigger.zone not in zones:
            fail(f"clauses[{i}].trigger.zone", f"unknown zone {c.trigger.zone!r}; known: {', '.join(sorted(zones))}")
        for j, said in enumerate(c.statements):
            if said.by not in countries:
                fail(f"clauses[{i}].statements[{j}].by", f"unknown country code {said.by!r}")
            unknown = [n for n in said.places if place_names is not None and n not in place_names]
            if unknown:
                fail(f"clauses[{i}].statements[{j}].places", f"unknown places {unknown} (names from places.yaml)")
        if isinstance(c.trigger.victim, list) and not set(c.trigger.victim) <= codes:
            fail(f"clauses[{i}].trigger.victim", f"{sorted(set(c.trigger.victim) - codes)} are not parties of the treaty")
        if c.kind in DEFENCE_KINDS | {"consultation", "non_assistance", "solidarity"} and c.strength is None \
                and c.kind != "nuclear_guarantee":
            fail(f"clauses[{i}].strength", f"a {c.kind} clause needs a strength from 0 to 5")
