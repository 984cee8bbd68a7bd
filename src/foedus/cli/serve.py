"""`foedus serve`: the JSON API and the dashboard over an event database, on one port."""

from __future__ import annotations

import os
import re
from pathlib import Path

import click

from ..errors import Errors, InputError
from . import main

ORIGIN_RE = re.compile(r"^https?://[A-Za-z0-9.\-]+(:[0-9]{1,5})?$")


@main.command("serve")
@click.option("--db", default="foedus.duckdb", show_default=True, type=click.Path(dir_okay=False),
              help="The event database (made by `foedus ingest`).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (127.0.0.1: this machine only).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--token", default=None,
              help="Enable POST /api/articles for requests carrying this bearer token (default: $FOEDUS_TOKEN). "
                   "Without a token the database is opened read-only.")
@click.option("--cors", "cors", multiple=True, metavar="ORIGIN",
              help="Allow pages from ORIGIN (e.g. http://localhost:3000) to call the API; repeatable. Off by default.")
def serve_cmd(db: str, host: str, port: int, token: str | None, cors: tuple[str, ...]) -> None:
    """Serve the JSON API (/api, docs at /docs) and the dashboard (/) over DB.

    \b
    Examples:
      foedus serve --db foedus.duckdb                  # then open http://127.0.0.1:8000/
      FOEDUS_TOKEN=s3cret foedus serve --db news.duckdb --port 9000
    """
    try:
        import uvicorn

        from ..serve import create_app
    except ImportError as exc:
        raise InputError(Errors.E609.format(reason=str(exc))) from None
    for origin in cors:
        if not ORIGIN_RE.match(origin):
            raise InputError(Errors.E611.format(value=origin))
    token = token or os.environ.get("FOEDUS_TOKEN") or None
    path = Path(db)
    if not path.exists():
        raise InputError(Errors.E410.format(path=path))
    app = create_app(path, token=token, cors=list(cors) or None)
    app.state.backend.store()   # open now, so a locked or broken database fails before listening
    mode = "read-write, POST /api/articles enabled" if token else "read-only"
    click.echo(f"foedus serving {path} ({mode}) on http://{host}:{port}/  (API docs: /docs; Ctrl+C stops)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
