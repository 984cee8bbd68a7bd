"""`foedus explain`: why the coder coded what it coded in a sentence, and why a word gave nothing."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from ..errors import Errors, InputError
from . import main


@main.command("explain")
@click.argument("text", nargs=-1)
@click.option("--file", "-f", "paths", multiple=True, type=click.Path(path_type=str),
              help="Explain the articles of a file (.txt, .jsonl, HTML ...) instead; '-' reads stdin. Repeatable.")
@click.option("--date", help="Publication date (YYYY-MM-DD): dates people's roles and the events.")
@click.option("--json", "as_json", is_flag=True, help="Print the explanation as JSON (foedus.explain(...).to_dict()).")
def explain_cmd(text: tuple[str, ...], paths: tuple[str, ...], date: str | None, as_json: bool) -> None:
    """Explain the coding of TEXT: the parse in brief, the dictionary words and the codes they offer, the
    actors and how they were resolved, every candidate event and the stage that kept or dropped it, the
    words that gave no event and why, and the final events.

    TEXT is the sentence(s) to explain (several words are joined by spaces). Without TEXT and --file the
    text is read from stdin when it is not a terminal.

    \b
    Examples:
      foedus explain "Iran did not attack Israel." --date 2024-05-01
      foedus explain "Rebels shelled Goma." --json
      foedus explain --file article.txt --date 2024-06-20
      echo "Kenya recalled its ambassador to Uganda." | foedus explain
    """
    from ..coder.explain import explain, format_text
    from ..coder.pipeline import default_coder

    if date:
        from ..coder.dates import parse_date

        parse_date(date)   # a bad --date is the user's mistake: say so before loading anything
    items = _texts(text, paths, date)
    coder = default_coder()
    docs: list[dict[str, Any]] = []
    done = problems = 0
    for where, body, when in items:
        if body is None:
            problems += 1
            click.echo(f"Skipped: {where}", err=True)
            continue
        ex = explain(body, date=when, coder=coder)
        done += 1
        if as_json:
            docs.append(ex.to_dict())
        else:
            if len(items) > 1:
                click.echo(f"== {where}")
            click.echo(format_text(ex))
    if as_json and docs:
        click.echo(json.dumps(docs[0] if len(docs) == 1 else docs, ensure_ascii=False, indent=2))
    if done == 0:
        raise InputError(Errors.E110.format(path=", ".join(paths) or "the text", count=problems))


def _texts(text: tuple[str, ...], paths: tuple[str, ...], date: str | None) -> list[tuple[str, str | None, str | None]]:
    """(where, text or None with the problem in where, date) of every text to explain."""
    if text and paths:
        raise InputError(Errors.E124.format(problem="give either TEXT or --file, not both"))
    if text:
        return [("the text", " ".join(text), date)]
    if not paths:
        if sys.stdin is None or sys.stdin.isatty():
            raise InputError(Errors.E124.format(problem="no text was given"))
        paths = ("-",)
    out: list[tuple[str, str | None, str | None]] = []
    files = [p for p in paths if p != "-"]
    if "-" in paths:
        out.append(("stdin", sys.stdin.read(), date))
    if files:
        from ..ingest.readers import read_inputs
        from ..ingest.records import InputProblem

        for item in read_inputs([Path(p) for p in files], date=date):
            if isinstance(item, InputProblem):
                out.append((item.message, None, None))
            else:
                out.append((item.origin or item.id, item.text, item.date or date))
    return out
