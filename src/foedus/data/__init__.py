"""Packaged data files (dictionaries, taxonomies, registries) and the helpers that read them.

Data lives here as YAML/TSV/JSONL, never as Python literals, so a user can update a leader or a
verb pattern without touching code. Every file has a loader and a validation test.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import DataError, Errors


def path(name: str) -> Path:
    """Filesystem path of packaged data file ``name`` (relative to ``foedus/data``)."""
    p = Path(str(resources.files(__package__).joinpath(name)))
    if not p.exists():
        raise DataError(Errors.E201.format(path=name))
    return p


def read_tsv(name: str) -> list[dict[str, str]]:
    """Rows of a tab-separated file with one header row; lines starting with '#' are comments."""
    from ..values import read_tsv as _read

    return _read(path(name), name)


@lru_cache(maxsize=None)
def read_yaml(name: str) -> Any:
    import yaml

    from ..values import load_yaml

    with path(name).open(encoding="utf-8") as fh:
        try:
            return load_yaml(fh)
        except yaml.YAMLError as exc:
            raise DataError(Errors.E202.format(path=name, entry="?", problem=f"invalid YAML: {exc}")) from exc


def read_jsonl(name: str) -> list[dict[str, Any]]:
    out = []
    with path(name).open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise DataError(Errors.E202.format(path=name, entry=f"line {n}", problem=str(exc))) from exc
    return out
