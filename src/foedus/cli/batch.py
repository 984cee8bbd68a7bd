"""`foedus batch` (code a corpus into Parquet, locally or on Dask) and `foedus load` (Parquet into the store)."""

from __future__ import annotations

import click

from ..budget import DEFAULT_SECONDS
from . import main


@main.command("batch")
@click.argument("patterns", nargs=-1, required=True)
@click.option("--out", "out", required=True, type=click.Path(file_okay=False, path_type=str),
              help="Output folder (Parquet per table and month, errors.jsonl). Rerunning with the same folder resumes.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="dask", show_default=True,
              help="dask: a Dask cluster (a LocalCluster unless --scheduler is given); local: one process, no Dask.")
@click.option("--workers", type=str, default=None,
              help="Worker processes of the LocalCluster, one thread each (default: every core).")
@click.option("--scheduler", default=None, help="Address of an existing Dask scheduler, e.g. tcp://host:8786.")
@click.option("--date", default=None, help="Publication date (YYYY-MM-DD) for records and text files without one.")
@click.option("--partition-size", type=str, default="500", show_default=True,
              help="Records (JSONL lines, or text files) per partition: one task, one set of output files.")
@click.option("--time-limit", "time_limit", default=f"{DEFAULT_SECONDS:g}", show_default=True, metavar="SECONDS",
              help="Longest time one article may take once parsed; a slower one goes to errors.jsonl (E120) and "
                   "the partition goes on. 0: no limit.")
@click.option("--progress/--no-progress", default=True, help="Show a progress bar on stderr.")
@click.option("--dashboard-address", default="127.0.0.1:8787", show_default=True,
              help="Where the LocalCluster's Dask dashboard listens: loopback by default; 0.0.0.0:8787 shows it "
                   "to the network, 'none' turns it off. Its scheduler and workers listen on 127.0.0.1 only.")
def batch_cmd(patterns: tuple[str, ...], out: str, engine: str, workers: str | None, scheduler: str | None,
              date: str | None, partition_size: str, time_limit: str, progress: bool,
              dashboard_address: str) -> None:
    """Code a large corpus into Parquet files, on a Dask cluster or in one process.

    PATTERNS are files, folders and quoted globs ('corpus/**/*.jsonl').
    A folder stands for every article file under it (.txt .text .md .jsonl .ndjson .html .htm .xhtml
    .shtml .rss .atom .xml .feed), recursively, in name order; hidden files and folders and files of
    other types are left out with a warning (W104), and a folder with no article file is reported (E457).

    \b
    Examples:
      foedus batch 'corpus/*.jsonl' --out events/                          # LocalCluster, every core
      foedus batch 'corpus/*.jsonl' --out events/ --workers 2
      foedus batch 'news/2024-*.jsonl' --out events/ --scheduler tcp://host:8786
      foedus batch 'corpus/*.jsonl' --out events/ --engine local           # no Dask needed
      foedus batch corpus/ --out events/                                   # every article file under corpus/
    Then: foedus load events/ --db foedus.duckdb
    """
    from ..batch import run_batch
    from ..values import positive_int

    size = positive_int(partition_size, "--partition-size")
    n_workers = positive_int(workers, "--workers") if workers is not None else None
    summary = run_batch(patterns, out, engine=engine, workers=n_workers, scheduler=scheduler, date=date,
                        records_per_partition=size, progress=progress, time_limit=time_limit,
                        on_dashboard=lambda link: click.echo(f"Dask dashboard: {link}", err=True),
                        dashboard_address=None if dashboard_address.strip().lower() in {"", "none", "off"}
                        else dashboard_address)
    click.echo(summary.format())
    warning = summary.left_out.warning()
    if warning:
        click.echo(f"Warning: {warning}", err=True)
    if summary.failed:
        raise click.exceptions.Exit(1)


@main.command("load")
@click.argument("out", type=click.Path(file_okay=False, path_type=str))
@click.option("--db", default="foedus.duckdb", show_default=True, type=click.Path(dir_okay=False, path_type=str),
              help="The event database to load into (created if missing).")
@click.option("--progress/--no-progress", default=True, help="Show a progress bar on stderr.")
def load_cmd(out: str, db: str, progress: bool) -> None:
    """Bring `foedus batch` output into the event database; already stored articles are skipped.

    \b
    Example:
      foedus load events/ --db foedus.duckdb
    """
    from ..batch import load_batch

    summary = load_batch(out, db, progress=progress)
    click.echo(summary.format(db))
