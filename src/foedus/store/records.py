"""What goes into the store (``ArticleRecord``) and how queries select events (``EventFilter``).

``EventFilter`` turns into a parameterised SQL WHERE clause: user values are only ever passed as
parameters; the column names come from this module, never from the user.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields, replace
from typing import Any

from ..errors import Errors, InputError
from ..schema import MODALITIES, STATEMENT_MODALITIES
from ..values import iso_day

# What counts, series, networks, panels and the GDELT export look at unless a modality is given:
# events that happened. "Argentina did not want to follow Brazil" (negated) is no event of
# Argentina on Brazil to count. Listings (``Store.events``) show every modality unless filtered.
HAPPENED = "happened"     # asserted acts and the statements of intent or threat that were made (schema.happened)
COUNTED_MODALITIES = (HAPPENED,)
ALL_MODALITIES = "all"


def _happened_sql(p: str) -> str:
    """``schema.happened`` in SQL: asserted, or a statement (03x/13x) about an act that lies ahead."""
    statements = " OR ".join(f"({p}root = '{root}' AND {p}modality IN ({', '.join(repr(m) for m in mods)}))"
                             for root, mods in STATEMENT_MODALITIES.items())
    return f"({p}modality = 'asserted' OR {statements})"


def parse_modalities(value: Any) -> tuple[str, ...] | None:
    """The modalities a user value selects: a name, a comma list (``"asserted,intended"``), a list of
    names, or ``"all"``; ``None`` (or ``"all"``) selects every modality. A bad name raises E405."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    parts = value.split(",") if isinstance(value, str) else list(value)
    names = [str(p).strip().lower() for p in parts if str(p).strip()]
    if not names or ALL_MODALITIES in names:
        return None
    bad = [n for n in names if n not in MODALITIES and n != HAPPENED]
    if bad:
        raise InputError(Errors.E405.format(field="modality", value=value,
                                            expected="one or more (comma-separated) of " + ", ".join(MODALITIES)
                                                     + ", happened, or all"))
    return tuple(dict.fromkeys(names))


@dataclass
class ArticleRecord:
    """One article as the ingest step knows it, stored beside its ``CodingResult``.

    ``content_hash`` makes ingest idempotent (the same text is stored once); ``story_id`` links wire
    copies of one story published by several outlets (GDELT's NumArticles/NumSources).
    """

    id: str
    content_hash: str
    story_id: str | None = None
    title: str | None = None
    date: str | None = None              # ISO date (a time part is ignored)
    source: str | None = None            # outlet, e.g. "Yonhap"
    url: str | None = None
    origin: str | None = None            # file path (and line) it was read from
    text: str = ""
    ingested_at: dt.datetime | None = None   # None: now (UTC)

    def __post_init__(self) -> None:
        # Only http(s) links are stored: a feed or a POST could carry `javascript:` or `data:` URLs,
        # which a page showing the link would run (issue 9). Another scheme is dropped, not kept.
        if self.url is not None and not is_web_url(self.url):
            self.url = None


def is_web_url(url: str) -> bool:
    """True for an http:// or https:// address without whitespace inside."""
    text = url.strip()
    return text.lower().startswith(("http://", "https://")) and not any(c.isspace() for c in text)


@dataclass
class EventFilter:
    """Which events a query looks at; every field is optional and fields combine with AND.

    Actor codes match by prefix (``KOR`` matches ``KORGOV``), ``cameo`` is a code prefix
    (``11`` matches ``111``, ``1121``), ``since``/``until`` are inclusive ISO dates.
    """

    source: str | None = None
    target: str | None = None
    actor: str | None = None             # either side
    sector: str | None = None            # GOV, MIL, ... on either side
    cameo: str | None = None
    root: str | None = None              # CAMEO root, "11" or "011"-style is normalised to two digits
    plover: str | None = None            # PLOVER event type, e.g. "ACCUSE"
    quad_class: int | None = None
    modality: str | tuple[str, ...] | None = None    # a name, comma list or "all"; None: every modality
                                                     # here, asserted in counts (see ``counted``)
    since: str | dt.date | None = None
    until: str | dt.date | None = None
    place_country: str | None = None
    article_id: str | None = None
    story_id: str | None = None

    def where(self, alias: str = "") -> tuple[str, list[Any]]:
        """SQL condition (``TRUE`` when empty) and its parameters, for the ``events`` table."""
        p = f"{alias}." if alias else ""
        conds: list[str] = []
        params: list[Any] = []

        def add(sql: str, *values: Any) -> None:
            conds.append(sql)
            params.extend(values)

        if self.source:
            add(f"starts_with({p}source_code, ?)", _code(self.source, "source"))
        if self.target:
            add(f"starts_with({p}target_code, ?)", _code(self.target, "target"))
        if self.actor:
            code = _code(self.actor, "actor")
            add(f"(starts_with({p}source_code, ?) OR starts_with({p}target_code, ?))", code, code)
        if self.sector:
            sector = _code(self.sector, "sector")
            add(f"({p}source_sector = ? OR {p}target_sector = ?)", sector, sector)
        if self.cameo:
            add(f"starts_with({p}cameo, ?)", _digits(self.cameo, "cameo"))
        if self.root:
            root = _digits(self.root, "root")
            root = root[-2:].zfill(2) if len(root) <= 3 else root
            add(f"{p}root = ?", root)
        if self.plover:
            add(f"upper({p}plover_type) = ?", str(self.plover).strip().upper())
        if self.quad_class is not None:
            try:
                quad = int(self.quad_class)
            except (TypeError, ValueError):
                quad = 0
            if quad not in (1, 2, 3, 4):
                raise InputError(Errors.E405.format(field="quad_class", value=self.quad_class,
                                                    expected="1, 2, 3 or 4"))
            add(f"{p}quad_class = ?", quad)
        modalities = parse_modalities(self.modality)
        if modalities is not None:
            plain = [m for m in modalities if m != HAPPENED]
            parts = [_happened_sql(p)] if HAPPENED in modalities else []
            if plain:
                parts.append(f"{p}modality IN ({', '.join('?' * len(plain))})")
            add("(" + " OR ".join(parts) + ")", *plain)
        if self.since:
            add(f"{p}date >= ?", parse_date(self.since, "since"))
        if self.until:
            add(f"{p}date <= ?", parse_date(self.until, "until"))
        if self.place_country:
            add(f"{p}place_country = ?", _code(self.place_country, "place_country"))
        if self.article_id:
            add(f"{p}article_id = ?", str(self.article_id))
        if self.story_id:
            add(f"{p}story_id = ?", str(self.story_id))
        return (" AND ".join(conds) or "TRUE"), params

    def counted(self) -> "EventFilter":
        """This filter as counts see it: without a modality given, only events that happened (``HAPPENED``:
        asserted acts and statements of intent or threat, ``schema.happened``).

        Every count, series, top-N, network, panel and the GDELT export go through this, so a negated,
        intended, considered or conditional event is never counted as one that happened unless asked
        for (``modality="all"`` or a list).
        """
        if self.modality is None or (isinstance(self.modality, str) and not self.modality.strip()):
            return replace(self, modality=",".join(COUNTED_MODALITIES))
        parse_modalities(self.modality)   # a bad value fails here, before any query
        return replace(self, modality=self.modality)

    def modality_label(self, counted: bool = False) -> str:
        """The modalities selected, as text for notes and headers: "asserted", "asserted,intended" or "all"."""
        flt = self.counted() if counted else self
        modalities = parse_modalities(flt.modality)
        return ",".join(modalities) if modalities else ALL_MODALITIES

    def is_empty(self) -> bool:
        return all(getattr(self, f.name) in (None, "") for f in fields(self))


def parse_date(value: str | dt.date | None, name: str) -> dt.date | None:
    """An ISO date from a user value; a clear E405 otherwise."""
    try:
        return iso_day(value)
    except ValueError:
        raise InputError(Errors.E405.format(field=name, value=value,
                                            expected="an ISO date such as 2024-06-01")) from None


def _code(value: Any, name: str) -> str:
    code = str(value).strip().upper()
    if not code or not code.isalnum():
        raise InputError(Errors.E405.format(field=name, value=value,
                                            expected="a CAMEO actor code (letters/digits) such as KOR, KORGOV, IGOUNO"))
    return code


def _digits(value: Any, name: str) -> str:
    code = str(value).strip()
    if not code.isdigit() or len(code) > 4:
        raise InputError(Errors.E405.format(field=name, value=value,
                                            expected="a CAMEO code of 2 to 4 digits such as 11, 112, 0332"))
    return code


__all__ = ["ArticleRecord", "EventFilter", "parse_date", "parse_modalities", "MODALITIES", "COUNTED_MODALITIES"]
