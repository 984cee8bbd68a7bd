"""The ``foedus`` command line: thin click commands over the Python API.

Each command group lives in its own module and registers itself on ``main``; every
``FoedusError`` becomes a one-line message and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from ..errors import FoedusError

T = TypeVar("T")


class FoedusGroup(click.Group):
    """A click group that turns foedus' own errors into clean messages."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except FoedusError as exc:
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(1)
        except KeyboardInterrupt as exc:   # Ctrl-C; SIGTERM too where a command handles it (ingest)
            message = getattr(exc, "message", None)   # IngestInterrupted says what was kept
            click.echo(f"Error: {message}" if message else "Interrupted.", err=True)
            ctx.exit(getattr(exc, "exit_code", None) or 128 + getattr(exc, "signum", 2))


@click.group(cls=FoedusGroup)
@click.version_option(package_name="foedus")
def main() -> None:
    """foedus: political events, quotes, commitments and policy stances from news text."""


def friendly(func: Callable[..., T]) -> Callable[..., T]:
    """Decorator for helpers called outside click's invoke (kept for symmetry in tests)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> T:
        try:
            return func(*args, **kwargs)
        except FoedusError as exc:
            click.echo(f"Error: {exc}", err=True)
            sys.exit(1)

    return wrapper


# Command modules register themselves on import. One line per module.
from . import code as _code  # noqa: E402,F401
from . import store as _store  # noqa: E402,F401
from . import batch as _batch  # noqa: E402,F401
from . import treaties as _treaties  # noqa: E402,F401
from . import serve as _serve  # noqa: E402,F401
from . import explain as _explain  # noqa: E402,F401
