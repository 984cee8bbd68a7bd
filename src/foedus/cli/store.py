"""Database commands: `foedus ingest`, `events`, `dyad`, `actors`, `export`, `stats`.

Thin over ``foedus.ingest`` and ``foedus.store.Store``: every option maps to a library argument.
``--db`` defaults to ``foedus.duckdb`` (or the ``FOEDUS_DB`` environment variable).
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import click

from ..errors import Errors, InputError
from ..budget import DEFAULT_SECONDS
from ..store import EXPORT_FORMATS, PANELS   # the one list of each (the filter options load foedus.store anyway)
from . import main

if TYPE_CHECKING:
    from ..store import EventFilter, Store

F = TypeVar("F", bound=Callable[..., Any])     # a command function, returned decorated
TABLE_FORMATS = ("table", "csv", "json")


def db_option(func: F) -> F:
    return click.option("--db", default="foedus.duckdb", envvar="FOEDUS_DB", show_default=True,
                        type=click.Path(dir_okay=False, path_type=str),
                        help="The event database file (env FOEDUS_DB).")(func)


def format_option(func: F) -> F:
    return click.option("--format", "fmt", type=click.Choice(TABLE_FORMATS), default="table", show_default=True,
                        help="table for reading, csv or json for other programs.")(func)


def filter_options(func: F) -> F:
    """The event filters shared by `events` and `export` (all combine with AND), from ``store.filters.FILTERS``."""
    from ..store.filters import FILTERS

    for f in reversed(FILTERS):
        if f.option:
            func = click.option(f.option, f.name, type=f.kind, help=f.help)(func)
    return func


def _filter(kw: dict[str, Any]) -> EventFilter:
    from ..store import EventFilter
    from ..store.filters import FILTERS

    return EventFilter(**{f.name: kw.get(f.name) for f in FILTERS if f.option})


def modality_option(func: F) -> F:
    """``--modality`` of the counting commands (dyad, actors): what they count; asserted by default."""
    return click.option("--modality", default=None, metavar="LIST",
                        help="Count these modalities: asserted (default: events that happened), negated, intended, "
                             "considered, conditional, a comma list of them, or all.")(func)


def _open(db: str) -> Store:
    from ..store import Store

    return Store(db, read_only=True)


def _emit(rows: list[dict], fmt: str, columns: list[str], widths: dict[str, int] | None = None) -> None:
    """Rows as an aligned table, CSV (header + rows) or a JSON array."""
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
        return
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=list(rows[0]) if rows else columns, extrasaction="ignore")
        writer.writeheader()
        # lists and objects (an event's flags) as JSON, as in `foedus export --format csv`, not Python reprs
        writer.writerows({k: _csv_value(v) for k, v in row.items()} for row in rows)
        click.echo(buf.getvalue(), nl=False)
        return
    widths = widths or {}
    cells = [[_cell(row.get(c)) for c in columns] for row in rows]
    size = {c: max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)}
    for c, w in widths.items():
        size[c] = min(size.get(c, w), w)
    click.echo("  ".join(c.ljust(size[c]) for c in columns).rstrip())
    for r in cells:
        click.echo("  ".join(_clip(v, size[c]).ljust(size[c]) for v, c in zip(r, columns)).rstrip())


def _csv_value(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value).replace("\n", " ")


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[:max(width - 1, 0)] + "…"


# ---- ingest ----------------------------------------------------------------------------------
@main.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@db_option
@click.option("--date", help="Publication date (YYYY-MM-DD) for articles that carry none.")
@click.option("--workers", "-j", type=int, default=None, help="Parsing processes (default: every core).")
@click.option("--batch-size", type=int, default=64, show_default=True, help="Articles per database transaction.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Summary as text or JSON.")
@click.option("--time-limit", "time_limit", default=f"{DEFAULT_SECONDS:g}", show_default=True, metavar="SECONDS",
              help="Longest time one article may take once parsed; a slower one is reported (E120) and skipped, "
                   "the run goes on. 0: no limit.")
def ingest_cmd(paths: tuple[str, ...], db: str, date: str | None, workers: int | None, batch_size: int, quiet: bool,
               fmt: str, time_limit: str) -> None:
    """Code articles and store them: text, JSON Lines, HTML, RSS/Atom files and folders of them.

    The same text is stored once (a rerun resumes where the last stopped); wire copies of
    one story are linked; bad files are reported and skipped.

    A folder stands for every article file under it (.txt .text .md .jsonl .ndjson .html .htm .xhtml
    .shtml .rss .atom .xml .feed), recursively, in name order; hidden files and folders and files of
    other types are left out with a warning (W104), and a folder with no article file is reported (E457).

    \b
    Examples:
      foedus ingest news/ feeds/world.xml more.jsonl --db foedus.duckdb
      foedus ingest articles/ --date 2024-06-20 --workers 4
    """
    from ..ingest import ingest

    summary = ingest(paths, db, date=date, workers=workers, batch_size=batch_size, progress=not quiet,
                     time_limit=time_limit)
    if fmt == "json":
        click.echo(json.dumps(summary.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(summary.format())
    warning = summary.left_out.warning()
    if warning:
        click.echo(f"Warning: {warning}", err=True)
    if summary.seen == 0 and summary.bad:
        raise InputError(Errors.E110.format(path=", ".join(paths), count=len(summary.bad)))


# ---- events ----------------------------------------------------------------------------------
EVENT_COLUMNS = ["date", "source_code", "target_code", "cameo", "plover_type", "quad_class", "goldstein",
                 "modality", "evidence"]


@main.command("events")
@db_option
@filter_options
@click.option("--limit", type=int, default=50, show_default=True, help="Events per page.")
@click.option("--offset", type=int, default=0, show_default=True, help="Skip this many events (next page).")
@format_option
def events_cmd(db: str, limit: int, offset: int, fmt: str, **filters: Any) -> None:
    """List stored events, newest first, filtered by actor, type, date and place.

    \b
    Examples:
      foedus events --source KOR --target RUS --root 11 --since 2024-06-01
      foedus events --actor PRK --quad 4 --format csv --limit 1000 > prk.csv
    """
    flt = _filter(filters)
    with _open(db) as store:
        total = store.count_events(flt)
        rows = store.events(flt, limit=limit, offset=offset)
    _emit(rows, fmt, EVENT_COLUMNS, widths={"evidence": 60})
    if fmt == "table":
        shown = f"{offset + 1}-{offset + len(rows)}" if rows else "none"
        more = f"; next page: --offset {offset + len(rows)}" if offset + len(rows) < total else ""
        click.echo(f"({shown} of {total} event(s){more})", err=True)


# ---- dyad ------------------------------------------------------------------------------------
@main.command("dyad")
@click.argument("a")
@click.argument("b")
@db_option
@click.option("--by", type=click.Choice(["day", "week", "month"]), default="week", show_default=True)
@click.option("--since", help="First date, inclusive (YYYY-MM-DD).")
@click.option("--until", help="Last date, inclusive (YYYY-MM-DD).")
@click.option("--both", is_flag=True, help="Count B acting on A too.")
@modality_option
@click.option("--plot", type=click.Path(dir_okay=False, path_type=str), help="Draw a chart to this .png/.svg/.pdf.")
@format_option
def dyad_cmd(a: str, b: str, db: str, by: str, since: str | None, until: str | None, both: bool, modality: str | None,
             plot: str | None, fmt: str) -> None:
    """Events of actor A on actor B per day, week or month: counts per quad class and mean Goldstein.

    Only events that happened (asserted acts; statements of intent or threats made) are counted unless --modality says otherwise.

    \b
    Examples:
      foedus dyad KOR RUS --by week --plot kor-rus.png
      foedus dyad USA CHN --by month --both --since 2024-01-01 --format csv
      foedus dyad KOR UKR --modality intended,considered
    """
    from ..store import EventFilter

    flt = EventFilter(modality=modality)
    with _open(db) as store:
        series = store.dyad_series(a, b, by=by, since=since, until=until, both_directions=both, flt=flt)
    if plot:
        from ..analysis import plot_dyad

        if not any(row["total"] for row in series):
            span = f" between {since or 'the start'} and {until or 'the end'}" if since or until else ""
            raise InputError(Errors.E456.format(a=a, b=b, period=span))
        arrow = "↔" if both else "→"
        counted = flt.modality_label(counted=True)         # the chart says what it counts: "asserted" by default
        plot_dyad(series, a.upper(), b.upper(), plot, by=by,
                  title=f"{a.upper()} {arrow} {b.upper()}: {counted} events per {by}")
        click.echo(f"Chart written to {plot}", err=True)
    _emit(series, fmt, ["period", "q1", "q2", "q3", "q4", "total", "mean_goldstein"])


# ---- actors ----------------------------------------------------------------------------------
@main.command("actors")
@db_option
@click.option("--top", type=int, default=20, show_default=True, help="How many.")
@click.option("--since", help="First date, inclusive (YYYY-MM-DD).")
@click.option("--until", help="Last date, inclusive (YYYY-MM-DD).")
@click.option("--dyads", is_flag=True, help="Top source-target pairs instead of actors.")
@modality_option
@format_option
def actors_cmd(db: str, top: int, since: str | None, until: str | None, dyads: bool, modality: str | None,
               fmt: str) -> None:
    """The most active actors (or dyads) in a period.

    Only events that happened (asserted acts; statements of intent or threats made) are counted unless --modality says otherwise.

    \b
    Examples:
      foedus actors --top 20 --since 2024-01-01
      foedus actors --dyads --top 10 --format json
      foedus actors --modality all
    """
    from ..store import EventFilter

    flt = EventFilter(modality=modality)
    with _open(db) as store:
        if dyads:
            rows = store.top_dyads(top, since=since, until=until, flt=flt)
            columns = ["source", "target", "events", "mean_goldstein", "conflict_share"]
        else:
            rows = store.top_actors(top, since=since, until=until, flt=flt)
            columns = ["code", "name", "events", "as_source", "as_target"]
    _emit(rows, fmt, columns)


# ---- export ----------------------------------------------------------------------------------
@main.command("export")
@db_option
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default=None,
              help="parquet (by month), csv, gdelt (GDELT 2.0 event TSV), plover (JSON), graphml (actor network).")
@click.option("--panel", type=click.Choice(PANELS), default=None,
              help="Instead of events: counts per quad class and PLOVER type and mean Goldstein per directed "
                   "country dyad and year or month (CSV, with COW and Gleditsch-Ward codes).")
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=str),
              help="Folder to write into (created if needed).")
@filter_options
def export_cmd(db: str, fmt: str | None, panel: str | None, out_dir: str, **filters: Any) -> None:
    """Export stored events for other tools.

    parquet, csv and plover carry every modality (in their modality column/field) unless
    --modality is given. gdelt has no modality column, so it holds events that happened only unless
    --modality says otherwise (e.g. --modality all); graphml counts events that happened likewise.

    \b
    Examples:
      foedus export --format parquet --out exports/
      foedus export --format gdelt --actor PRK --since 2024-01-01 --out gdelt/
      foedus export --format graphml --out network/      # open in Gephi
      foedus export --panel dyad-year --since 2020-01-01 --out panel/
    """
    if (fmt is None) == (panel is None):
        raise click.UsageError("Give either --format or --panel.")
    flt = _filter(filters)
    if panel:
        from ..store import export_panel

        with _open(db) as store:
            files = export_panel(store, panel, out_dir, flt)
        click.echo(str(files[0]))
        click.echo(f"{panel} panel of {flt.modality_label(counted=True)} events written to {files[0]}", err=True)
        return
    from ..store import export_events

    assert fmt is not None, "one of --format and --panel was given"
    with _open(db) as store:
        files = export_events(store, fmt, out_dir, flt)
        left_out = store.count_events(flt) - store.count_events(flt.counted()) if fmt == "gdelt" else 0
    for path in files:
        click.echo(str(path))
    click.echo(f"{len(files)} file(s) written to {out_dir}", err=True)
    if left_out:
        click.echo(f"Note: {left_out} event(s) that did not happen (negated, considered, or an act only intended "
                   "or conditional) were left out of the GDELT file (GDELT has no modality column; every row "
                   "reads as an event that happened; statements of intent and threats that were made stay in). "
                   "Add --modality all to include them.", err=True)


# ---- stats -----------------------------------------------------------------------------------
@main.command("stats")
@db_option
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def stats_cmd(db: str, fmt: str) -> None:
    """What the database holds: articles, stories, events, quotes, actors and the date range.

    \b
    Example:
      foedus stats --db foedus.duckdb
    """
    with _open(db) as store:
        stats = store.stats()
    if fmt == "json":
        click.echo(json.dumps(stats, indent=2, default=str))
        return
    width = max(len(k) for k in stats)
    for key, value in stats.items():
        click.echo(f"{key.replace('_', ' '):<{width}}  {value}")
    sys.stdout.flush()
