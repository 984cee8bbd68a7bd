"""The CLI as a user runs it, for the store command tests."""

from __future__ import annotations

from click.testing import CliRunner

from foedus.cli import main


def run(*args: str, ok: bool = True):
    """``foedus ARGS``; with ``ok`` the command must succeed."""
    result = CliRunner().invoke(main, list(args))
    if ok:
        assert result.exit_code == 0, result.output
    return result
