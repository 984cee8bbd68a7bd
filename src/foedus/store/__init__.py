"""The embedded event database (DuckDB, one file): store coded articles, query, export.

This package is the only place in foedus that imports duckdb. Tables are documented in
docs/schema.md ("Database tables").

API::

    from foedus.store import Store, EventFilter, ArticleRecord

    with Store("foedus.duckdb", read_only=False) as store:   # creates/migrates the schema
        store.known_hashes() -> set[str]                       # content hashes already stored
        store.write_batch(items: list[tuple[ArticleRecord, CodingResult]]) -> int
            # ONE transaction per batch, Arrow bulk appends; skips stored content hashes;
            # returns the number of articles written (E408 on an id reused for another text)
        store.events(flt: EventFilter | None = None, limit=100, offset=0) -> list[dict]
            # newest first (undated last); flat dicts keyed by events-table column
        store.count_events(flt=None) -> int
        store.event(event_id) -> dict | None                   # + article_title/url/source/date
        store.article(article_id) -> dict | None               # + text, events, quotes, actors, commitments, policies
        store.dyad_series(a, b, by="day"|"week"|"month", since=None, until=None,
                          both_directions=False, flt=None) -> list[dict]
            # [{"period": "2024-06-03", "q1", "q2", "q3", "q4", "total", "mean_goldstein"}], gaps filled with 0
        store.top_actors(n=20, since=None, until=None, flt=None) -> [{"code","name","events","as_source","as_target"}]
        store.top_dyads(n=20, since=None, until=None, flt=None) -> [{"source","target","events","mean_goldstein","conflict_share"}]
        store.network(since=None, until=None, min_weight=1, flt=None)
            -> {"nodes": [{"id","name","events"}], "edges": [{"source","target","weight","mean_goldstein","conflict_share"}]}
        store.to_dataframe(flt=None, limit=None) -> pandas.DataFrame   # events; needs pandas (E640)
        store.stats() -> dict   # articles, events, quotes, actors, commitments, policies, stories, date ranges
        store.story_signatures(days=30, limit=100_000) -> Iterator[(story_id, text)]
            # first article of each recent story, for linking wire copies across ingest runs

    # exports are functions taking a Store (store/export.py depends on store.py, never the reverse)
    export_events(store, fmt: "parquet"|"csv"|"gdelt"|"plover"|"graphml", out_dir, flt=None) -> list[Path]
    export_panel(store, "dyad-year"|"dyad-month", out_dir, flt=None) -> [Path]
        # counts per quad class / PLOVER type and mean Goldstein per directed country dyad and period,
        # COW and Gleditsch-Ward codes beside ISO3; events that happened unless flt.modality says otherwise

    to_dataframe(rows) -> pandas.DataFrame          # any list of result rows; needs pandas (E640)
    read_events_csv(path, engine="pandas"|"duckdb") # a CSV export read back, codes as text, flags parsed

    EventFilter(source, target, actor, sector, cameo, root, plover, quad_class, modality,
                since, until, place_country, article_id, story_id)
        # actor codes match by prefix (KOR matches KORGOV); cameo is a code prefix; dates inclusive
        # modality: a name, comma list or "all"; listings show every modality by default, while
        # every count (series, top-N, network, GDELT/GraphML export) uses flt.counted(): what happened
    ArticleRecord(id, content_hash, story_id=None, title=None, date=None, source=None, url=None,
                  origin=None, text="", ingested_at=None)

Bad user values raise ``InputError`` (E405, E407); database problems raise ``StoreError`` (E4xx).
"""

from __future__ import annotations

from typing import Any

from .export import EXPORT_FORMATS, export_events, export_panel, read_events_csv
from .migrations import LATEST as SCHEMA_VERSION
from .optional import require_pandas
from .panel import PANELS
from .records import ArticleRecord, EventFilter
from .store import PERIODS, Store



def to_dataframe(rows: list[dict[str, Any]]) -> Any:
    """Any list of result rows (``events``, ``dyad_series``, ``top_actors``, ...) as a pandas DataFrame.

    Needs pandas (not a core dependency of foedus): E640 says how to install it when it is missing.
    """
    pd = require_pandas("to_dataframe")
    return pd.DataFrame.from_records(list(rows))


__all__ = ["Store", "EventFilter", "ArticleRecord", "SCHEMA_VERSION", "EXPORT_FORMATS", "PERIODS",
           "to_dataframe", "read_events_csv", "PANELS", "export_events", "export_panel"]
