"""constraints.txt is the tested set `make install` and CI install on a fresh machine.

A line written by `pip freeze` after a package was installed from a local wheel reads
`name @ file:///tmp/...`: it installs on the machine that froze it and nowhere else, so a fresh
clone's `make test` fails before a single test runs. Every line must be a plain `name==version`.
"""

from __future__ import annotations

import re
from pathlib import Path

CONSTRAINTS = Path(__file__).resolve().parents[1] / "constraints.txt"
PINNED = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*(\[[A-Za-z0-9,._-]+\])?==[A-Za-z0-9.+!_-]+$")


def _requirement_lines() -> list[str]:
    lines = []
    for raw in CONSTRAINTS.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if line:
            lines.append(line)
    return lines


def test_constraints_pin_every_package_by_version_only() -> None:
    lines = _requirement_lines()
    assert len(lines) > 20
    bad = [line for line in lines if not PINNED.match(line)]
    assert bad == [], f"constraints.txt lines that are not name==version (local paths break CI): {bad}"


def test_constraints_name_no_local_file() -> None:
    text = CONSTRAINTS.read_text(encoding="utf-8")
    assert "file://" not in text
    assert "/tmp/" not in text
