"""docs/reliability.md promises a test for every fault it lists: each test file it names exists."""
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_fault_row_names_tests_that_exist():
    text = (ROOT / "docs" / "reliability.md").read_text(encoding="utf-8")
    rows = [line for line in text.splitlines() if line.startswith("| ") and not line.startswith("| fault")
            and not line.startswith("|---")]
    assert len(rows) >= 30
    for row in rows:
        cell = row.rstrip(" |").rsplit("|", 1)[1]
        names = re.findall(r"(?:tests/[\w/]+/)?(test_\w+\.py)", cell)
        assert names, f"no test named for: {row[:60]}"
        for name in names:
            assert list((ROOT / "tests").rglob(name)), f"{name} (named in docs/reliability.md) does not exist"
