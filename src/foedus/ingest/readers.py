"""Turn files and folders into a stream of articles: plain text, JSON Lines, HTML pages, RSS/Atom feeds.

Everything yields ``foedus.reader.ArticleInput`` (an article to code) or ``InputProblem`` (a file or
record that cannot be used, with its path and the reason), one file at a time, so a corpus of
any size streams through without being loaded. A bad file never stops the others.

How each kind is read:

* **Plain text** (``.txt``, ``.text``, ``.md``, or anything that sniffs as text): one article per
  file, through ``foedus.reader.read_text_file``. Its date is, in this order: ``--date``; a
  sidecar ``<file>.date`` (holding a date) or ``<file>.json`` (``{"date": ..., "title": ...,
  "source": ..., "url": ...}``); the file's first line when that line is only a date (the line is
  then removed from the text).
* **JSON Lines** (``.jsonl``, ``.ndjson``): ``foedus.reader.read_jsonl``; fields ``id, title,
  date, source, url, text``.
* **HTML** (``.html``, ``.htm``, ...): main text, title, publication date and site name extracted
  offline by trafilatura; a page without main text is reported (E451), not coded.
* **RSS/Atom** (``.rss``, ``.atom``, or ``.xml`` that is a feed): one article per item, with its
  title, link and date; the text is the item's content or summary (markup removed).
* **Folders** (the one meaning of a folder for `foedus code`, `foedus ingest` and `foedus batch`,
  ``expand_paths``): every file under it with one of the suffixes above (``FOLDER_SUFFIXES``),
  recursively, in name order; hidden files and folders, sidecars and files of other types are
  skipped; links to folders are not followed. A folder with no such file is reported (E457); a
  subfolder that cannot be listed (E462), a broken link (E452) and a file deleted before it is read
  (E463) are reported with the real reason, and the walk goes on. A file named on its own is read
  whatever its suffix (its format is sniffed).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import json
import os
import re
import stat
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import Errors, FoedusError, InputError, Warnings
from . import records

TEXT_SUFFIXES = {".txt", ".text", ".md"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
FEED_SUFFIXES = {".rss", ".atom", ".xml", ".feed"}
# The files a folder stands for (sidecars ``.date``/``.json`` are not among them).
FOLDER_SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES
SIDECAR_SUFFIXES = (".date", ".json")
# A page or feed item with fewer words than this is a stub (a menu, a teaser), not an article.
MIN_WORDS = 12
_SNIFF_BYTES = 4096
# How many of the left-out files a warning names.
LEFT_OUT_NAMES = 5


@dataclass
class LeftOut:
    """What the folders given hold that they do not stand for, as ``expand_paths`` walks them: hidden
    files and folders (a hidden folder counts once, as itself), files of other types (``.png``,
    ``.pdf``, a ``.json`` that is no article's sidecar ...) and links to folders. The sidecars of
    articles (``<file>.date``, ``<file>.json``) are read with their article, so they are not here.

    ``count`` is how many; ``names`` the first ``LEFT_OUT_NAMES`` of them, relative to their folder."""

    count: int = 0
    names: list[str] = field(default_factory=list)

    def add(self, path: Path, root: Path, folder: bool = False) -> None:
        self.count += 1
        if len(self.names) < LEFT_OUT_NAMES:
            name = path.relative_to(root).as_posix() if path.is_relative_to(root) else path.name
            self.names.append(name + "/" if folder else name)

    def warning(self) -> str | None:
        """W104, naming a few of them; None when nothing was left out."""
        if not self.count:
            return None
        names = ", ".join(self.names) + (" ..." if self.count > len(self.names) else "")
        return Warnings.W104.format(count=self.count, names=names, suffixes=" ".join(sorted(FOLDER_SUFFIXES)))


def expand_paths(paths: Iterable[str | Path], left_out: LeftOut | None = None) -> Iterator[Path | records.InputProblem]:
    """The files the paths a user names stand for, in order, or the problem with a path: the one
    meaning of an input path for `foedus code`, `foedus ingest` and `foedus batch`.

    A file stands for itself, whatever its suffix (its format is detected when it is read). A
    folder stands for every file under it with a suffix of ``FOLDER_SUFFIXES`` (text, JSON Lines,
    HTML, RSS/Atom), recursively, in name order (a folder's files and subfolders sorted together by
    name); hidden files and folders, sidecars, files of other types and links to folders are left
    out. Problems: a path that does not exist (E101) or cannot be reached (E452), a folder with no
    such file (E457), a subfolder that cannot be listed (E462), a broken link or a special file with
    such a suffix (E452), a file gone before it is listed (E463); the walk goes on after each.
    ``left_out`` (a ``LeftOut``), when given, counts and names the files the folders hold that were
    left out, for a warning (W104): the callers say so, the walk itself stays quiet. A folder with no
    article file is E457 alone (its files are not counted there again).
    """
    for path in paths:
        path = Path(path)
        try:
            is_dir = stat.S_ISDIR(os.stat(path).st_mode)
        except FileNotFoundError:
            yield _problem(path, Errors.E101.format(path=path))
            continue
        except OSError as exc:      # e.g. a folder on the way that may not be entered: the real reason
            yield _problem(path, Errors.E452.format(path=path, reason=exc.strerror or exc))
            continue
        if not is_dir:
            yield path
            continue
        empty = True
        before = (left_out.count, len(left_out.names)) if left_out is not None else (0, 0)
        for item in _walk(path, path, left_out):
            empty = False
            yield item
        if empty:
            if left_out is not None:        # E457 says it for the whole folder: not counted again
                left_out.count, left_out.names[before[1]:] = before[0], []
            yield _problem(path, Errors.E457.format(path=path, suffixes=" ".join(sorted(FOLDER_SUFFIXES))))


def iter_inputs(paths: Iterable[str | Path], date: str | None = None, left_out: LeftOut | None = None) -> Iterator:
    """Every article (``ArticleInput``) or problem (``InputProblem``) in ``paths``, in order
    (folders as ``expand_paths`` walks them; ``left_out`` as there). The one reader of input files:
    ``read_inputs`` (`foedus code`, `foedus batch`, ``foedus.read_inputs``) is this function."""
    for item in expand_paths(paths, left_out):
        if isinstance(item, Path):
            yield from read_path(item, date)
        else:
            yield item


def walk_entries(folder: Path, date: str | None = None) -> Iterator:
    """The articles and problems of every file under ``folder`` (``expand_paths``'s walk)."""
    return iter_inputs([folder], date)


def count_inputs(paths: Iterable[str | Path], budget: float = 2.0) -> int | None:
    """About how many items ``iter_inputs(paths)`` will yield (articles and problems), for a progress
    bar's total and ETA; None when counting would take longer than ``budget`` seconds.

    Cheap: no file is parsed. A text or HTML file counts 1, a JSON Lines file its non-blank lines, a
    feed its ``<item``/``<entry`` tags. The count can be off by a little (a stub feed item, a record
    that is not JSON); the bar is corrected as the items come.
    """
    deadline = time.monotonic() + budget
    total = 0
    for path in paths:
        path = Path(path)
        for file in expand_paths([path]):
            if not isinstance(file, Path):
                total += 1          # a problem is one item too
                continue
            if time.monotonic() > deadline:
                return None
            total += _count_file(file, deadline)
    return total


def _count_file(path: Path, deadline: float) -> int:
    try:
        kind = kind_of(path)
        if kind == "jsonl":
            n = 0
            with path.open("rb") as fh:
                for n_line, line in enumerate(fh):
                    if line.strip():
                        n += 1
                    if n_line % 100_000 == 0 and time.monotonic() > deadline:
                        break
            return max(n, 1)
        if kind == "feed":
            data = path.read_bytes().lower()
            return max(len(re.findall(rb"<(?:item|entry)[\s>]", data)), 1)
    except OSError:
        pass
    return 1


def walk(folder: Path) -> Iterator[Path]:
    """Files under ``folder`` as ``expand_paths`` finds them (its problems left out)."""
    return (item for item in _walk(folder, folder) if isinstance(item, Path))


def _walk(root: Path, folder: Path, left_out: LeftOut | None = None) -> Iterator[Path | records.InputProblem]:
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        what = "it disappeared during the run" if isinstance(exc, FileNotFoundError) else exc.strerror or exc
        yield _problem(folder, Errors.E462.format(path=folder, reason=what))
        return
    names = {entry.name for entry in entries}

    def leave_out(path: Path, entry: os.DirEntry) -> None:
        if left_out is not None:
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            left_out.add(path, root, folder=is_dir)

    for entry in entries:
        path = Path(entry.path)
        if entry.name.startswith("."):
            leave_out(path, entry)
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                yield from _walk(root, path, left_out)
                continue
            if path.suffix.lower() not in FOLDER_SUFFIXES:
                # not an article file (images, ...): a folder stands for articles only; an article's
                # sidecar is read with the article
                if not (path.suffix.lower() in SIDECAR_SUFFIXES and entry.name[:-len(path.suffix)] in names):
                    leave_out(path, entry)
                continue
            if entry.is_file():
                yield path
                continue
            if entry.is_symlink():
                if not os.path.exists(path):
                    yield _problem(path, Errors.E452.format(path=path, reason="a broken symbolic link"))
                else:
                    leave_out(path, entry)
                continue        # a link to a folder is not followed, as before
            if not os.path.lexists(path):
                yield _problem(path, Errors.E463.format(path=path))
            else:
                yield _problem(path, Errors.E452.format(path=path, reason="not a regular file (a pipe, socket or device)"))
        except OSError as exc:
            yield _unreadable(path, exc)


def kind_of(path: Path) -> str:
    """``text``, ``jsonl``, ``html``, ``feed``, ``json`` or ``binary``: by suffix, else by sniffing."""
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return "text"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix == ".json":
        return "json"
    head = _head(path)
    if b"\x00" in head:
        return "binary"
    lowered = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if re.search(rb"<(rss|feed|rdf:rdf)[\s>]", lowered):
        return "feed"
    if suffix in FEED_SUFFIXES:
        return "xml"
    if lowered.startswith((b"<!doctype html", b"<html")) or b"<body" in lowered:
        return "html"
    if lowered.startswith(b"{"):
        return "jsonl"
    return "text"


def read_path(path: Path, date: str | None = None) -> Iterator:
    """The articles in one file (a feed or JSONL file holds many)."""
    try:
        kind = kind_of(path)
    except OSError as exc:
        yield _unreadable(path, exc)
        return
    if kind == "jsonl":
        yield from read_jsonl_file(path, date)
    elif kind == "html":
        yield read_html(path, date)
    elif kind == "feed":
        yield from read_feed(path, date)
    elif kind == "xml":
        yield _problem(path, Errors.E451.format(path=path, reason="an XML file that is not an RSS or Atom feed"))
    elif kind == "json":
        yield _problem(path, Errors.E451.format(
            path=path, reason="a .json file that is not the sidecar of an article; put records in JSON Lines (.jsonl)"))
    elif kind == "binary":
        yield _problem(path, Errors.E103.format(path=path, reason="it contains NUL bytes"))
    else:
        yield read_plain(path, date)


# ---- plain text -------------------------------------------------------------------------------
def read_plain(path: Path, date: str | None = None) -> records.ArticleInput | records.InputProblem:
    """One plain-text article; its date from ``date``, a sidecar, or a first line that is a date."""
    from . import records as reader

    try:
        meta = sidecar(path)
        item = reader.read_text_file(path, date=date or meta.get("date"))
    except FoedusError as exc:
        if not os.path.lexists(path):     # listed a moment ago, gone now
            return _problem(path, Errors.E463.format(path=path))
        return _problem(path, str(exc))
    except OSError as exc:
        return _unreadable(path, exc)
    changes: dict = {}
    # foedus.reader takes an ISO first line as the date; a date written out ("June 20, 2024") too.
    first, _, rest = item.text.lstrip().partition("\n")
    first_date = line_date(first)
    if first_date and rest.strip():
        changes["text"] = rest.strip()
        if not item.date:
            changes["date"] = first_date
    side = {key: str(meta[key]) for key in ("title", "source", "url", "id") if meta.get(key)}
    text = changes.get("text", item.text)
    body, title = records.split_headline(text, side.get("title"), MIN_WORDS)
    if title is not None:
        changes["text"] = body
        side.setdefault("title", title)
    side, cleaned = reader.clean_meta(side, str(path))
    changes.update(side)
    if cleaned:
        changes["warnings"] = item.warnings + cleaned
    return dataclasses.replace(item, **changes) if changes else item


def is_headline(line: str, rest: str) -> bool:
    """A first line is a headline when it stands alone above the story (``records.is_headline``)."""
    return records.is_headline(line, rest, MIN_WORDS)


def sidecar(path: Path) -> dict:
    """Metadata from ``<file>.date`` or ``<file>.json`` beside ``path`` (``{}`` when neither exists)."""
    date_file = path.with_name(path.name + ".date")
    json_file = path.with_name(path.name + ".json")
    meta: dict = {}
    if json_file.is_file():
        try:
            data = json.loads(json_file.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError) as exc:
            raise InputError(Errors.E105.format(path=json_file, line=1, reason=exc)) from None
        if not isinstance(data, dict):
            raise InputError(Errors.E105.format(path=json_file, line=1, reason="not an object"))
        meta.update(data)
    if date_file.is_file():
        meta["date"] = date_file.read_text(encoding="utf-8").strip()
    if meta.get("date"):
        iso = iso_date(str(meta["date"]))
        if iso is None:
            raise InputError(Errors.E107.format(value=meta["date"]))
        meta["date"] = iso
    return meta


_DATE_LINE = re.compile(r"^[\w ,./:+-]{6,40}$")


def line_date(line: str) -> str | None:
    """The ISO date when ``line`` is nothing but a date ("2024-06-20", "June 20, 2024"), else None."""
    line = line.strip()
    if not _DATE_LINE.match(line) or not re.search(r"\d", line) or len(line.split()) > 6:
        return None
    return iso_date(line, strict=True)


def iso_date(value: str, strict: bool = False) -> str | None:
    """ISO ``YYYY-MM-DD`` for a date written in any common way, or None."""
    value = value.strip()
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        pass
    import dateparser

    settings = {"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}
    if strict:
        settings.update({"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]})
    try:
        parsed = dateparser.parse(value, languages=["en"], settings=settings)
    except Exception:  # dateparser raises assorted errors on odd strings
        return None
    return parsed.date().isoformat() if parsed else None


# ---- JSON Lines -------------------------------------------------------------------------------
def read_jsonl_lines(path: str | Path, first_line: int = 1, last_line: int | None = None,
                     start_byte: int = 0, date: str | None = None) -> Iterator:
    """Lines ``first_line``..``last_line`` of a JSON Lines file (the first at ``start_byte``), one at
    a time, through the same decoding and record parser as ``records.read_jsonl`` (same ids, dates,
    warnings); a bad line is an ``InputProblem`` at ``path:line``. ``foedus batch`` reads its
    partitions of a file with this."""
    from . import records as reader

    path = Path(path)
    last = last_line or float("inf")
    with path.open("rb") as fh:
        fh.seek(start_byte)
        offset, number = start_byte, first_line
        for raw in fh:
            if number > last:
                break
            line = raw[:-1] if raw.endswith(b"\n") else raw
            start, offset = offset, offset + len(raw)
            where = f"{path}:{number}"
            if line.strip():
                try:
                    text, warnings = reader.decode(line, str(path), offset_base=start)
                    yield reader.parse_record(text, where, path, number, warnings, date)
                except InputError as exc:
                    yield reader.InputProblem(where=where, message=str(exc))
            number += 1


def read_jsonl_file(path: Path, date: str | None = None) -> Iterator:
    """Records of a JSON Lines file through ``foedus.reader.read_jsonl`` (``date`` fills missing dates)."""
    from . import records as reader

    try:
        yield from reader.read_jsonl(path, date=date)
    except FoedusError as exc:
        yield _problem(path, Errors.E463.format(path=path) if not os.path.lexists(path) else str(exc))
    except OSError as exc:
        yield _unreadable(path, exc)


# ---- HTML -------------------------------------------------------------------------------------
def read_html(path: Path, date: str | None = None) -> records.ArticleInput | records.InputProblem:
    """The main text of an HTML page, with its title, date and site name (trafilatura, offline)."""
    import trafilatura

    try:
        data = path.read_bytes()
    except OSError as exc:
        return _unreadable(path, exc)
    if b"\x00" in data[:_SNIFF_BYTES]:
        return _problem(path, Errors.E103.format(path=path, reason="it contains NUL bytes"))
    try:
        found = trafilatura.extract(data, output_format="json", with_metadata=True, include_comments=False,
                                    include_tables=False, deduplicate=False)
    except Exception as exc:  # a page trafilatura cannot parse is one bad file, not a crash
        return _problem(path, Errors.E451.format(path=path, reason=f"the HTML could not be parsed: {exc}"))
    meta = json.loads(found) if found else {}
    text = (meta.get("text") or "").strip()
    title = (meta.get("title") or "").strip() or None
    if title:
        first, _, rest = text.partition("\n")
        if first.strip() == title:
            text = rest.strip()
    if len(text.split()) < MIN_WORDS:
        return _problem(path, Errors.E451.format(path=path, reason="no main article text was found in the page"))
    return _article(path, text, date=meta.get("date") or date, title=title,
                    source=meta.get("sitename") or meta.get("source-hostname") or meta.get("hostname"),
                    url=meta.get("url") or meta.get("source"))


# ---- RSS / Atom -------------------------------------------------------------------------------
def read_feed(path: Path, date: str | None = None) -> Iterator:
    """One article per feed item: content (or summary) as text, with title, link and date."""
    import feedparser

    try:
        data = path.read_bytes()
    except OSError as exc:
        yield _unreadable(path, exc)
        return
    feed = feedparser.parse(data)
    if not feed.entries:
        reason = f"{feed.bozo_exception}" if feed.get("bozo") else "the feed has no items"
        yield _problem(path, Errors.E453.format(path=path, reason=reason))
        return
    source = (feed.feed.get("title") or "").strip() or None
    for n, entry in enumerate(feed.entries, start=1):
        where = f"{path}, item {n}"
        body = ""
        if entry.get("content"):
            body = max((c.get("value", "") for c in entry.content), key=len)
        body = html_to_text(body or entry.get("summary", "") or "")
        title = html_to_text(entry.get("title", "") or "") or None
        if len(body.split()) < MIN_WORDS:
            yield _problem(where, Errors.E451.format(path=where, reason="the item has no article text, only "
                                                     + ("a headline" if title else "nothing")))
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        item_date = time.strftime("%Y-%m-%d", stamp) if stamp else date
        yield _article(where, body, date=item_date, title=title, source=source, url=entry.get("link"))


_BLOCK = re.compile(r"<\s*(br|/p|/div|/li|/h\d|/blockquote)\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>]+>")


def html_to_text(markup: str) -> str:
    """Plain text of a feed's HTML snippet: block ends become line breaks, tags go, entities decode."""
    text = _BLOCK.sub("\n", markup)
    text = html.unescape(_TAG.sub("", text))
    lines = (re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)


# ---- helpers ----------------------------------------------------------------------------------
def _head(path: Path) -> bytes:
    with open(path, "rb") as fh:
        return fh.read(_SNIFF_BYTES)


def _article(where: str | Path, text: str, **meta: Any) -> records.ArticleInput | records.InputProblem:
    """An ``ArticleInput`` with foedus.reader's checks (bad characters, English, length), or an ``InputProblem``."""
    from . import records as reader

    text, cleaned = reader.clean_text(text, str(where))
    meta, more_cleaned = reader.clean_meta(meta, str(where))
    reason = reader.not_english_reason(text)
    if reason:
        return _problem(where, Errors.E108.format(where=where, reason=reason))
    text, warnings = reader.fit_text(text, str(where))
    if meta.get("date"):
        meta["date"] = iso_date(str(meta["date"]))
    return reader.ArticleInput(id=reader.content_id(text), text=text, origin=str(where),
                               warnings=cleaned + more_cleaned + warnings, **meta)


def _unreadable(path: Path, exc: OSError) -> records.InputProblem:
    """The problem for a file that could not be read: gone since it was listed (E463), or the real
    reason it cannot be read (E452: permission denied, an I/O error...)."""
    if isinstance(exc, FileNotFoundError):
        return _problem(path, Errors.E463.format(path=path))
    return _problem(path, Errors.E452.format(path=path, reason=exc.strerror or exc))


def _problem(where: str | Path, message: str) -> records.InputProblem:
    from .records import InputProblem

    return InputProblem(where=str(where), message=message)


__all__ = ["expand_paths", "LeftOut", "iter_inputs", "walk_entries", "FOLDER_SUFFIXES", "read_path", "read_plain", "read_html", "read_feed", "read_jsonl_file", "walk",
           "kind_of", "sidecar", "line_date", "iso_date", "html_to_text", "MIN_WORDS"]


# ---- the way in for `foedus code`, `foedus batch` and `foedus.read_inputs` --------------------------
# One reader for every command (issue 12): `foedus code` and the text files of `foedus batch` read a
# file exactly as `foedus ingest` does (sidecars, a first line that is a written-out date, formats
# detected by ``kind_of``), so the same folder gives the same articles whichever command reads it.
read_inputs = iter_inputs
