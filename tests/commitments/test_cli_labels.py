"""Issue 11: clause labels in the `foedus scenario` table wrap, never cut ("... Art. U", "Shusha Decla" before).

(`foedus treaties` still cuts its article column at 12 characters: that line is being changed on main at the same
time; `_cell_row` in cli/treaties.py is the fix to apply there after the merge.)"""

from __future__ import annotations

from click.testing import CliRunner

from foedus.cli import main


def _out(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def _column(out: str, header: str, name: str, width: int) -> str:
    """The words of one column of the table under ``header``, top to bottom, wrapped lines joined."""
    lines = out.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith(header))
    start = lines[at].index(name)
    cells = []
    for line in lines[at + 1:]:
        if not line.strip():
            break
        cells.append(line[start:start + width].strip())
    return " ".join(c for c in cells if c)


def test_scenario_table_wraps_long_clause_labels():
    out = _out("scenario", "--attacked", "UKR", "--by", "RUS", "--on", "2025-01-01")
    clauses = _column(out, "  str  state", "clause", 38)
    assert "Art. UK-Ukraine, section on future attack; US-Ukraine, Art. on consultation" in clauses
    out = _out("scenario", "--attacked", "ARM", "--by", "AZE", "--on", "2025-01-01", "--depth", "2")
    assert "turkey_azerbaijan Art. Shusha Declaration, defence section" in _column(out, "  str  state", "clause", 38)
