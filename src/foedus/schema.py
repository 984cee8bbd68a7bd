"""The output schema of foedus, defined once (documented in docs/schema.md).

Every public result is built from these dataclasses; ``to_dict`` gives the JSON shape
whose field names are a stable contract for the CLI, the store and the API.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Actor:
    """Who acts or is acted on: ``code`` is country + sector (``KORGOV``), or an IGO/NGO code."""

    text: str
    code: str
    country: str | None = None
    sector: str | None = None
    name: str | None = None


@dataclass
class Location:
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass
class Plover:
    type: str | None
    mode: str | None = None


# The modalities of an event, declared once: the coder, the store, its filters (CLI and API) and
# `foedus eval` take them from here.
MODALITIES: tuple[str, ...] = ("asserted", "negated", "intended", "considered", "conditional")

# Which coded events took place: every asserted act, and the statements made about acts that lie
# ahead: a statement of intent (CAMEO 03x) coded for an intended act ("pledged to send aid"), a threat
# (13x) coded for an intended or conditional act ("will strike if ..."). Counts, the GDELT export and
# `foedus eval` all use this one rule; a negated, considered or merely intended act never counts.
STATEMENT_MODALITIES: dict[str, tuple[str, ...]] = {"03": ("intended",), "13": ("intended", "conditional")}


def happened(modality: str, root: str | None) -> bool:
    """True when an event with this modality and CAMEO root took place (see STATEMENT_MODALITIES)."""
    return modality == "asserted" or modality in STATEMENT_MODALITIES.get(root or "", ())


@dataclass
class Event:
    id: str
    sentence: int
    evidence: str
    span: list[int]
    source: Actor | None
    target: Actor | None
    cameo: str
    root: str
    cameo_name: str
    quad_class: int
    goldstein: float
    plover: Plover
    modality: str = "asserted"
    reported_by: Actor | None = None
    date: str | None = None
    date_precision: str | None = None
    location: Location | None = None
    confidence: float = 0.5
    # Rule checks (e.g. arms to the DPRK against UNSC resolutions): [{"rule", "reason"}].
    flags: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Quote:
    text: str
    speaker: Actor | None
    sentence: int
    span: list[int] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Commitment:
    parties: list[Actor]
    kind: str
    trigger: str
    obligation: str
    strength: int
    conditions: list[str]
    source: Actor | None
    treaty: str | None
    agrees_with_registry: bool | None
    sentences: list[int]
    evidence: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Policy:
    actor: Actor
    policy: str
    shift: bool
    signals: list[str]
    date: str | None
    sentences: list[int] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Article:
    id: str
    title: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None
    sentences: list[str] = field(default_factory=list)


@dataclass
class CodingResult:
    """Everything foedus finds in one article."""

    article: Article
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)
    policies: list[Policy] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
