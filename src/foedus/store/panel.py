"""Dyad panels: counts per directed country dyad and year or month, for regression-style analysis.

One row per (source country, target country, period) with at least one event — a dyad-period
absent from the file had no event (count 0, mean Goldstein undefined). Columns: ``source``,
``target`` (foedus country codes, ISO alpha-3), their Correlates of War and Gleditsch-Ward numbers
(``source_cow``, ``source_gw``, ``target_cow``, ``target_gw``; empty when the country has none),
``year`` (and ``month``), ``events``, ``q1``..``q4`` (per quad class), one ``plover_<type>`` count per
PLOVER event type, ``mean_goldstein`` and ``modality`` (the modalities counted).

Like every count, only events that happened unless the filter names modalities (``EventFilter.counted``).
Events without a date, without a country on either side (an IGO, an unknown actor) or inside one
country (source country = target country) are left out.
"""

from __future__ import annotations

from pathlib import Path

from .. import data
from ..errors import Errors, InputError
from .records import EventFilter

from .store import Store

PANELS = ("dyad-year", "dyad-month")
FILE_NAMES = {"dyad-year": "dyad_year.csv", "dyad-month": "dyad_month.csv"}


def plover_types() -> list[str]:
    return [r["event_type"] for r in data.read_tsv("taxonomy/plover_event_types.tsv")]


def panel_select(panel: str, where: str) -> str:
    """The panel's SELECT over ``events`` (joined to the registered ``_foedus_codes`` view)."""
    periods = ["year(e.date) AS year"] + (["month(e.date) AS month"] if panel == "dyad-month" else [])
    group = "year, month" if panel == "dyad-month" else "year"
    counts = [f"count(*) FILTER (WHERE e.quad_class = {q}) AS q{q}" for q in (1, 2, 3, 4)]
    counts += [f"count(*) FILTER (WHERE upper(e.plover_type) = '{t}') AS plover_{t.lower()}" for t in plover_types()]
    return f"""
        WITH counted AS (
            SELECT e.source_country AS source, e.target_country AS target, {', '.join(periods)},
                   count(*) AS events, {', '.join(counts)}, round(avg(e.goldstein), 3) AS mean_goldstein
            FROM events e
            WHERE {where} AND e.date IS NOT NULL AND e.source_country IS NOT NULL
              AND e.target_country IS NOT NULL AND e.source_country <> e.target_country
            GROUP BY source, target, {group})
        SELECT c.source, c.target, s.cow AS source_cow, s.gw AS source_gw, t.cow AS target_cow, t.gw AS target_gw,
               c.* EXCLUDE (source, target)
        FROM counted c LEFT JOIN _foedus_codes s ON s.code = c.source LEFT JOIN _foedus_codes t ON t.code = c.target
        ORDER BY {group}, c.source, c.target"""


def write_panel(store: Store, panel: str, out_dir: Path, flt: EventFilter | None = None) -> list[Path]:
    """Write the ``panel`` ("dyad-year" or "dyad-month") as CSV into ``out_dir``; returns the file."""
    import pyarrow as pa

    from ..statecodes import state_codes

    panel = str(panel).strip().lower()
    if panel not in PANELS:
        raise InputError(Errors.E480.format(value=panel, options=", ".join(PANELS)))
    flt = (flt or EventFilter()).counted()
    where, params = flt.where("e")
    codes = list(state_codes().values())
    table = pa.table({"code": [c.code for c in codes],
                      "cow": pa.array([c.cow for c in codes], pa.int16()),
                      "gw": pa.array([c.gw for c in codes], pa.int16())})
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / FILE_NAMES[panel]
    cur = store.con.cursor()
    try:
        cur.register("_foedus_codes", table)
        label = flt.modality_label()      # names from MODALITIES joined by commas, or "all": safe as a literal
        rel = cur.sql(panel_select(panel, where), params=params)
        rel.project(f"*, '{label}' AS modality").write_csv(str(target), header=True)
    finally:
        cur.close()
    return [target]
