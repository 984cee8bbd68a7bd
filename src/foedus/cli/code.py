"""`foedus code` (articles to events) and `foedus eval` (score against a gold file)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import click

from ..errors import Errors, InputError
from ..budget import DEFAULT_SECONDS
from ..values import positive_int
from . import main

if TYPE_CHECKING:
    from ..ingest.records import ArticleInput, InputProblem
    from ..schema import Actor, CodingResult

FORMATS = ("table", "json", "jsonl")
# Starting worker processes costs about a second each: worth it only for enough articles.
MIN_ARTICLES_PER_PROCESS = 8


def _inputs(paths: tuple[str, ...], date: str | None) -> list[ArticleInput | InputProblem]:
    """The articles and problems of ``paths``; what the folders hold that is not an article is said on
    stderr (W104)."""
    from ..ingest.readers import LeftOut, read_inputs

    left_out = LeftOut()
    items = list(read_inputs([Path(p) for p in paths], date=date, left_out=left_out))
    warning = left_out.warning()
    if warning:
        click.echo(f"Warning: {warning}", err=True)
    return items


@main.command("code")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--date", help="Publication date (YYYY-MM-DD) of plain-text articles; JSONL records carry their own.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="table (default for .txt), json (one document), jsonl (default for .jsonl input: one line per record).")
@click.option("--processes", "-j", type=int, default=None, help="Worker processes (default: every core for many articles).")
@click.option("--time-limit", "time_limit", default=f"{DEFAULT_SECONDS:g}", show_default=True, metavar="SECONDS",
              help="Longest time one article may take once parsed; a slower one is reported (E120) and the run "
                   "goes on. 0: no limit.")
@click.option("--progress/--no-progress", default=None,
              help="A progress bar on stderr with the article count and an ETA (default: when stdout is "
                   "redirected to a file and stderr is a terminal, for more than one article).")
def code_cmd(paths: tuple[str, ...], date: str | None, fmt: str | None, processes: int | None,
             time_limit: str, progress: bool | None) -> None:
    """Code news articles into events, quotes, actors, commitments and policies.

    PATHS are files (.txt, .jsonl, HTML, RSS/Atom) and folders of them.
    A folder stands for every article file under it (.txt .text .md .jsonl .ndjson .html .htm .xhtml
    .shtml .rss .atom .xml .feed), recursively, in name order; hidden files and folders and files of
    other types are left out with a warning (W104), and a folder with no article file is reported (E457).

    \b
    Examples:
      foedus code examples/seoul-considers-arms-for-ukraine.txt --date 2024-06-20
      foedus code article.txt --date 2024-06-20 --format json
      foedus code sentences.jsonl --format jsonl
      foedus code news/ --date 2024-06-20                 # every article file under news/
    """
    from ..budget import parse_limit
    from ..coder.pipeline import Coder, default_processes
    from ..ingest.records import InputProblem

    seconds = parse_limit(time_limit)
    if processes is not None:
        processes = positive_int(processes, "--processes")   # E454, as for --workers of ingest and batch
    if date:
        from ..coder.dates import parse_date

        parse_date(date)  # a bad --date is the user's mistake: say so before loading anything
    if fmt is None:
        fmt = "jsonl" if any(p.endswith(".jsonl") for p in paths) else "table"
    items = _inputs(paths, date)
    articles = [i for i in items if not isinstance(i, InputProblem)]
    if processes is None:
        processes = default_processes() if len(articles) >= 2 * MIN_ARTICLES_PER_PROCESS else 1
    coder = Coder(time_limit=seconds)
    coded = problems = 0
    results = []

    def skipped(problem: InputProblem) -> None:
        click.echo(f"Skipped: {problem.message}" if problem.where in problem.message
                   else f"Skipped {problem.where}: {problem.message}", err=True)
        if fmt == "jsonl":
            click.echo(json.dumps({"id": getattr(problem, "id", None), "where": problem.where,
                                   "error": problem.message}, ensure_ascii=False))

    if progress is None:
        progress = len(items) > 1 and sys.stderr.isatty() and not sys.stdout.isatty()
    bar = _bar(len(items)) if progress else None
    for out in coder.code_inputs(items, n_process=processes):
        if bar is not None:
            bar.update(1)
        if isinstance(out, InputProblem):
            problems += 1
            skipped(out)
            continue
        try:
            # rendered in full before anything is printed, so a failure costs this article only
            rendered = (json.dumps(out.to_dict(), ensure_ascii=False) if fmt == "jsonl"
                        else out.to_dict() if fmt == "json" else format_table(out))
        except Exception as exc:  # one article that cannot be written out never costs the others
            problems += 1
            skipped(InputProblem(where=out.article.id, id=out.article.id, message=Errors.E123.format(
                where=out.article.id, id=out.article.id, reason=f"its output could not be written: {exc!r}")))
            continue
        coded += 1
        for w in out.warnings:
            click.echo(f"Warning ({out.article.id}): {w}", err=True)
        if fmt == "json":
            results.append(rendered)
        else:
            click.echo(rendered)
    if bar is not None:
        bar.close()
    if fmt == "json" and results:
        doc = results[0] if len(results) == 1 else results
        click.echo(json.dumps(doc, ensure_ascii=False, indent=2))
    if coded == 0:
        raise InputError(Errors.E110.format(path=", ".join(paths), count=problems))


def _bar(total: int) -> Any:
    """A tqdm bar on stderr (tqdm comes with spaCy), or None without tqdm."""
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    return tqdm(total=total, unit=" articles", file=sys.stderr, dynamic_ncols=True, mininterval=0.5)


def _actor(a: Actor | None) -> str:
    return a.code if a else "-"


def format_table(result: CodingResult) -> str:
    """A readable table of one article's events, quotes, commitments and policies."""
    art = result.article
    lines = [f"Article {art.id}" + (f" ({art.date})" if art.date else " (no date)")
             + f": {len(result.events)} events, {len(result.quotes)} quotes, "
               f"{len(result.commitments)} commitments, {len(result.policies)} policies"]
    if result.events:
        lines.append("")
        lines.append(f"{'#':>2} {'source':<8} {'target':<8} {'CAMEO':<5} {'PLOVER':<10} {'modality':<11} "
                     f"{'date':<10} {'place':<14} evidence")
        for ev in result.events:
            place = ev.location.name if ev.location else ""
            evidence = ev.evidence if len(ev.evidence) <= 70 else ev.evidence[:67] + "..."
            lines.append(f"{ev.sentence:>2} {_actor(ev.source):<8} {_actor(ev.target):<8} {ev.cameo:<5} "
                         f"{(ev.plover.type or '-'):<10} {ev.modality:<11} {ev.date or '-':<10} {place[:14]:<14} "
                         f"{evidence}")
            lines.append(f"{'':>3}{ev.cameo_name}" + (f"  [reported by {ev.reported_by.code}]" if ev.reported_by else "")
                         + ("".join(f"  [flag: {f.get('rule')}]" for f in ev.flags)))
    if result.quotes:
        lines += ["", "Quotes:"]
        for q in result.quotes:
            text = q.text if len(q.text) <= 80 else q.text[:77] + "..."
            who = f"{q.speaker.code} ({q.speaker.name or q.speaker.text})" if q.speaker else "unknown"
            lines.append(f"  {who}: \u201c{text}\u201d")
    if result.commitments:
        lines += ["", "Commitments:"]
        for c in result.commitments:
            parties = ", ".join(p.code for p in c.parties)
            lines.append(f"  [{parties}] {c.kind}, strength {c.strength}: if {c.trigger} -> {c.obligation}")
            if c.conditions:
                lines.append(f"    conditions: {'; '.join(c.conditions)}")
            if c.treaty:
                lines.append(f"    registry: {c.treaty} (agrees: {c.agrees_with_registry})")
    if result.policies:
        lines += ["", "Policies:"]
        for p in result.policies:
            lines.append(f"  {p.actor.code}: {p.policy}" + (f"  SHIFT ({', '.join(p.signals)})" if p.shift else ""))
    return "\n".join(lines)


def _open_cases(path: str) -> TextIO:
    try:
        return open(path, "w", encoding="utf-8")
    except OSError as exc:
        raise InputError(Errors.E157.format(path=path, reason=exc.strerror or exc)) from None


@main.command("eval")
@click.argument("gold", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@click.option("--cases", "cases_out", type=click.Path(path_type=str), default=None,
              help="Write each sentence's gold and predicted events to this JSONL file.")
@click.option("--misses", "misses", type=int, default=0, show_default=True,
              help="Show the N worst misses: false events where nothing happened, acts that did not happen "
                   "coded as facts, gold events not found, other false events, wrong modality.")
@click.option("--processes", "-j", type=int, default=1, help="Worker processes for parsing.")
def eval_cmd(gold: tuple[str, ...], fmt: str, cases_out: str | None, misses: int, processes: int) -> None:
    """Score foedus against a gold file: precision, recall and F1 of (type, source, target), per CAMEO
    root and per modality, events found at all, false events where nothing happened.

    GOLD is JSONL: the project's dev set (CAMEO codes with modality; src/foedus/data/gold/) or the
    shared PLOVER benchmark format. Several GOLD files are scored each on its own, a sentence they
    share coded once, and a summary table (or, with --format json, a "summary" list) ends the output.

    \b
    Examples:
      foedus eval src/foedus/data/gold/devset_measure.jsonl --misses 20
      foedus eval ../shared/benchmarks/event-coding/cases.jsonl --format json
      foedus eval src/foedus/data/gold/devset_tune.jsonl src/foedus/data/gold/devset_measure.jsonl -j 2
    """
    from ..evaluate import evaluate, evaluate_many, format_report, format_summary, summary_rows

    processes = positive_int(processes, "--processes")
    # The cases file is opened before the scoring, which can take minutes: a bad path fails at once.
    cases_fh = _open_cases(cases_out) if cases_out else None
    try:
        if len(gold) == 1:
            reports = {gold[0]: evaluate(gold[0], keep_cases=bool(cases_out), n_process=processes)}
        else:
            reports = evaluate_many(list(gold), keep_cases=bool(cases_out), n_process=processes)
    except BaseException:
        if cases_fh is not None:
            cases_fh.close()
        raise
    if cases_fh is not None:
        with cases_fh as fh:
            for path, report in reports.items():
                for c in report.cases:
                    line = c if len(reports) == 1 else {"file": path, **c}
                    fh.write(json.dumps(line, ensure_ascii=False) + "\n")
    if len(reports) == 1:
        report = next(iter(reports.values()))
        if fmt == "json":
            click.echo(json.dumps(report.as_dict(misses=misses), indent=2, ensure_ascii=False))
        else:
            click.echo(format_report(report, misses=misses))
    elif fmt == "json":
        click.echo(json.dumps({"files": {p: r.as_dict(misses=misses) for p, r in reports.items()},
                               "summary": summary_rows(reports)}, indent=2, ensure_ascii=False))
    else:
        for path, report in reports.items():
            click.echo(f"== {path}\n")
            click.echo(format_report(report, misses=misses) + "\n")
        click.echo(format_summary(reports))
    sys.stdout.flush()
