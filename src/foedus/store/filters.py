"""The event filters, declared once.

Each ``FilterField`` names an ``EventFilter`` field with its help text and validation; the CLI's
filter options (``foedus events``, ``export``) and the API's query parameters (``/api/events``,
``/api/timeline``, ...) are generated from ``FILTERS``, so a filter added here reaches both.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..schema import MODALITIES

ACTOR_RE = r"^[A-Za-z0-9]{1,20}$"
SECTOR_RE = r"^[A-Za-z]{2,6}$"
CAMEO_RE = r"^[0-9]{2,4}$"
ROOT_RE = r"^[0-9]{1,3}$"
PLOVER_RE = r"^[A-Za-z_]{2,30}$"
DATE_RE = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
ID_RE = r"^[A-Za-z0-9_.:\-]{1,200}$"
COUNTRY3_RE = r"^[A-Za-z]{3}$"
_MOD = "(?:" + "|".join(MODALITIES) + ")"
MODALITY_RE = rf"^(?:all|{_MOD}(?:,{_MOD})*)$"
MODALITY_HELP = (", ".join(MODALITIES) + ", a comma list of them, or all. "
                 "Default: every modality in listings (events, their count, csv/parquet/plover exports); "
                 "events that happened (asserted acts, and statements of intent or threats made: happened) in counts: timeline, dyads, actors, network, places, "
                 "gdelt and graphml exports.")


@dataclass(frozen=True)
class FilterField:
    """One filter: ``name`` is the ``EventFilter`` field and the API parameter; ``cli`` the CLI option
    (``--cli``; ``None``: not on the CLI); ``pattern`` (text) or ``minimum``/``maximum`` (whole numbers)
    validate it in the API (the store validates again, with its own E405)."""

    name: str
    help: str
    pattern: str | None = None
    kind: type = str
    minimum: int | None = None
    maximum: int | None = None
    cli: str | None = ""

    @property
    def option(self) -> str | None:
        """The CLI option, e.g. ``--quad``; None when the filter is the API's only."""
        if self.cli is None:
            return None
        return "--" + (self.cli or self.name).replace("_", "-")


FILTERS: tuple[FilterField, ...] = (
    FilterField("source", "Source actor code, prefix match (KOR matches KORGOV).", ACTOR_RE),
    FilterField("target", "Target actor code, prefix match.", ACTOR_RE),
    FilterField("actor", "Actor code on either side, prefix match.", ACTOR_RE),
    FilterField("sector", "Sector on either side: GOV, MIL, MED, ...", SECTOR_RE),
    FilterField("cameo", "CAMEO code prefix: 11 matches 111 and 112.", CAMEO_RE),
    FilterField("root", "CAMEO root code (01-20).", ROOT_RE),
    FilterField("plover", "PLOVER event type, e.g. ACCUSE.", PLOVER_RE),
    FilterField("quad_class", "Quad class: 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict.",
                kind=int, minimum=1, maximum=4, cli="quad"),
    FilterField("modality", MODALITY_HELP, MODALITY_RE),
    FilterField("place_country", "Country code of the event's place, e.g. UKR.", COUNTRY3_RE, cli="place"),
    FilterField("since", "First date, inclusive (YYYY-MM-DD).", DATE_RE),
    FilterField("until", "Last date, inclusive (YYYY-MM-DD).", DATE_RE),
    FilterField("article_id", "Only events of this article.", ID_RE, cli=None),
)
