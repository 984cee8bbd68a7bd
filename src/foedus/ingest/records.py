"""Reading user input: plain-text articles and JSON Lines, with clear errors and nothing lost.

Every problem is reported with the file (and line) it comes from and the others go on:
``read_inputs`` yields ``InputProblem`` items in place of what could not be read, so a bad
line in a 10,000-line file costs that line only. Choices (docs/inputs.md):

* text that is not valid UTF-8 is still coded: a file with some valid multi-byte UTF-8 is read
  as UTF-8 with U+FFFD replacement characters, otherwise as Windows-1252 (a superset of
  Latin-1), with warning W102 naming the first bad byte's offset;
* an article longer than ``MAX_CHARS`` (1,000,000 characters) is cut at the last sentence or
  word boundary before the limit, with the E111 message as a warning;
* characters that break the coder or the output (lone surrogates, which JSON can carry as
  ``"\\ud800"``; NUL and other control characters) are replaced, with warning W120: ``clean_text``,
  called by ``prepare_text``, the one door every reader (and ``Coder.code_text``) takes; invisible
  format characters (zero-width joiners, direction marks, soft hyphens) are removed, with warning W123;
* a run of more than ``MAX_RUN`` (1,000) characters without whitespace gets a space every 1,000
  characters, with warning W122: spaCy's tokenizer is quadratic on such runs (a stall no time
  budget can stop, as it is compiled code);
* a text that does not look like English is refused (E108): foedus's dictionaries are English.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..errors import Errors, InputError, Warnings

MAX_CHARS = 1_000_000
MAX_RUN = 1_000          # characters without whitespace before a space is put in (see break_long_runs)
SNIFF_BYTES = 8192
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
_ISO_LINE = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})\s*$")
_WORD = re.compile(r"[^\W\d_]+")
# Lone surrogates cannot be encoded (spaCy's tokenizer, hashing, DuckDB, Parquet and stdout all fail);
# C0/C1 control characters other than tab, line feed, vertical tab, form feed and carriage return are
# noise that breaks JSON consumers and C strings (NUL). Each is replaced one for one, so offsets hold.
_LONG_RUN = re.compile(r"\S{%d,}" % (MAX_RUN + 1))
_BAD_CHARS = re.compile("[\ud800-\udfff\x00-\x08\x0e-\x1f\x7f-\x9f]")
# Invisible format characters (Unicode category Cf): zero-width (non-)joiners, left-to-right and right-to-left
# marks, embeddings, overrides and isolates, the word joiner, soft hyphens, a byte-order mark inside the text,
# emoji tags. Pasted from web pages and social media, they sit inside words ("accused\u200d") and the parser
# then reads no verb and no name there. They are removed (not replaced: a space would split the word); a
# zero-width space, a word break, becomes a space.
_INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f"
                        "\ufeff\ufff9-\ufffb\U000e0001\U000e0020-\U000e007f]")

# Frequent English function words, and frequent function words of other languages written in
# Latin letters (French, German, Spanish, Italian, Portuguese, Dutch, Indonesian, Turkish).
ENGLISH_WORDS = frozenset("""
the of and to in on at a an is was that for with as by from it its his her their are were be been has have
had will would not this which who after said but or he she they we than also about into more against there
what when where while these those them our your could should can may must over under between during before
since because if then
""".split())
FOREIGN_WORDS = frozenset("""
le la les des du une et est que qui dans pour sur pas au aux avec une ce cette sont ont été
der die das und ist nicht mit dem den von zu sich auf ein eine einer des im für wird wurde auch
el los las y del por con una para es lo al se su como pero más fue
il di che della delle per non gli sono è anche alla nel
o os do da dos das em não uma para com pelo pela foi são
het een van niet op zijn voor met ook wordt werd
yang dan di ke dari itu ini dengan untuk tidak akan pada
ve bir bu için ile olarak da de
""".split())


@dataclass
class ArticleInput:
    """One article to code; ``origin`` says where it came from ("path" or "path:line")."""

    id: str
    text: str
    date: str | None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    origin: str = ""
    warnings: list[str] = field(default_factory=list)  # input-level notes (encoding, length)


@dataclass
class InputProblem:
    """Something that could not be read or coded; the caller reports it and carries on."""

    where: str
    message: str
    id: str | None = None       # the article's id when it is known (a record that failed to code)


def content_id(text: str) -> str:
    """The id of an article given without one: a short content hash (as in ``pipeline.article_id``)."""
    return hashlib.sha1(text.encode("utf-8", "replace")).hexdigest()[:12]


# ---- bytes to text -------------------------------------------------------------------------------
def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        raise InputError(Errors.E101.format(path=path)) from None
    except OSError as exc:   # the real reason (permission denied, an I/O error), not "File not found"
        raise InputError(Errors.E452.format(path=path, reason=exc.strerror or exc)) from None


def check_not_binary(raw: bytes, where: str) -> None:
    """E103 for NUL bytes or mostly control bytes in the first few kilobytes."""
    head = raw[:SNIFF_BYTES]
    if b"\x00" in head:
        raise InputError(Errors.E103.format(path=where, reason="it contains NUL bytes"))
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    if head and control / len(head) > 0.1:
        raise InputError(Errors.E103.format(path=where, reason=f"{control / len(head):.0%} of its first bytes are control characters"))


def decode(raw: bytes, where: str, offset_base: int = 0) -> tuple[str, list[str]]:
    """Text from bytes, never failing: UTF-8 (BOM allowed), UTF-16 with a BOM, else a documented fallback."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), []
        except UnicodeDecodeError:
            pass
    check_not_binary(raw, where)
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        offset = exc.start
    replaced = raw.decode("utf-8", errors="replace")
    has_utf8 = any(ord(ch) > 127 and ch != "\ufffd" for ch in replaced)
    if has_utf8:
        text, encoding = replaced, "UTF-8 with replacement characters"
    else:
        text = _cp1252(raw)
        encoding = "Windows-1252 (Latin-1)"
    return text, [Warnings.W102.format(path=where, offset=offset + offset_base, encoding=encoding)]


def _cp1252(raw: bytes) -> str:
    """Windows-1252, or Latin-1 when a byte is undefined in it (0x81, 0x8D, ...): no byte is lost."""
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


# ---- text checks ---------------------------------------------------------------------------------
def not_english_reason(text: str) -> str | None:
    """Why ``text`` is not English, or None. Cheap: letters and function words of the first 5,000 characters.

    English news has 25-50% function words ("the", "of", "in"); French or German text has
    mostly its own. Too short a text (under 8 words) is never refused.
    """
    sample = text[:5000]
    letters = [ch for ch in sample if ch.isalpha()]
    if len(letters) >= 20:
        ascii_share = sum(1 for ch in letters if ch.isascii()) / len(letters)
        if ascii_share < 0.6:
            return f"only {ascii_share:.0%} of its letters are Latin letters"
    found = _WORD.findall(sample)
    if len(found) < 8:
        return None
    # names (capitalised words) are no language's words: "Albania, Algeria, ... and Zambia condemned the coup" is
    # English. The others are judged (an all-capitals wire text keeps its words); too few of them: no verdict
    words = [w.lower() for w in found if not w[:1].isupper() or w.isupper()]
    if len(words) < 8:
        return None
    english = sum(1 for w in words if w in ENGLISH_WORDS) / len(words)
    foreign = sum(1 for w in words if w in FOREIGN_WORDS) / len(words)
    if foreign > english and foreign >= 0.1:
        return f"{foreign:.0%} of its words are common words of other languages, {english:.0%} English ones"
    if len(words) >= 30 and english < 0.05:
        return f"only {english:.0%} of its words are common English words"
    return None


def clean_text(text: str, where: str, field: str = "the text") -> tuple[str, list[str]]:
    """``text`` with lone surrogates replaced by U+FFFD and control characters by spaces, and a W120
    warning when there were any; tab, newlines and form feeds are kept. Then invisible format
    characters removed (a zero-width space made a space), with a W123 warning."""
    text, warnings = _replace_bad(text, where, field)
    text, more = _remove_invisible(text, where, field)
    return text, warnings + more


def _remove_invisible(text: str, where: str, field: str) -> tuple[str, list[str]]:
    found = _INVISIBLE.search(text)
    if found is None:
        return text, []
    count = len(_INVISIBLE.findall(text))
    cleaned = _INVISIBLE.sub(lambda m: " " if m.group() == "\u200b" else "", text)
    first = f"U+{ord(found.group()):04X}"
    return cleaned, [Warnings.W123.format(where=where, count=count, field=field, first=first, offset=found.start())]


def _replace_bad(text: str, where: str, field: str) -> tuple[str, list[str]]:
    found = _BAD_CHARS.search(text)
    if found is None:
        return text, []
    count = 0

    def swap(match: re.Match) -> str:
        nonlocal count
        count += 1
        return "\ufffd" if "\ud800" <= match.group() <= "\udfff" else " "

    cleaned = _BAD_CHARS.sub(swap, text)
    first = f"U+{ord(found.group()):04X}"
    return cleaned, [Warnings.W120.format(where=where, count=count, field=field, first=first, offset=found.start())]


def clean_meta(meta: dict, where: str) -> tuple[dict, list[str]]:
    """Every str value of ``meta`` (id, title, source, url) through ``clean_text``."""
    warnings: list[str] = []
    out = dict(meta)
    for key, value in meta.items():
        if isinstance(value, str):
            out[key], more = clean_text(value, where, field=f"the {key!r} field")
            warnings += more
    return out, warnings


def break_long_runs(text: str, where: str) -> tuple[str, list[str]]:
    """A space after every ``MAX_RUN`` characters of a run without whitespace, with a W122 warning.

    spaCy's tokenizer takes time quadratic in the length of such a run (80,000 characters of
    punctuation: 9 s; a million: about 20 minutes, in compiled code no time budget can stop);
    in runs of ``MAX_RUN`` the same text parses in well under a second. No English word is that long.
    """
    runs = [m.span() for m in _LONG_RUN.finditer(text)]
    if not runs:
        return text, []
    parts, last = [], 0
    for start, end in runs:
        parts.append(text[last:start])
        parts.append(" ".join(text[i:min(i + MAX_RUN, end)] for i in range(start, end, MAX_RUN)))
        last = end
    parts.append(text[last:])
    longest = max(end - start for start, end in runs)
    return "".join(parts), [Warnings.W122.format(where=where, count=len(runs), longest=longest, limit=MAX_RUN,
                                                 offset=runs[0][0])]


def fit_text(text: str, where: str) -> tuple[str, list[str]]:
    """Long runs without spaces broken (W122), then the text cut to ``MAX_CHARS`` (E111)."""
    text, warnings = break_long_runs(text, where)
    text, more = limit_length(text, where)
    return text, warnings + more


def prepare_text(text: str, where: str) -> tuple[str, list[str]]:
    """The one door for an article's text: bad characters replaced (W120), long runs without
    spaces broken (W122), then cut to ``MAX_CHARS`` (E111). The readers run the same steps, with
    their empty and language checks between the first and the others."""
    text, warnings = clean_text(text, where)
    text, more = fit_text(text, where)
    return text, warnings + more


def limit_length(text: str, where: str) -> tuple[str, list[str]]:
    """Cut a text above ``MAX_CHARS`` at the last sentence (or word) boundary, with a warning."""
    if len(text) <= MAX_CHARS:
        return text, []
    cut = max(text.rfind(". ", 0, MAX_CHARS), text.rfind("\n", 0, MAX_CHARS))
    if cut < MAX_CHARS // 2:
        cut = text.rfind(" ", 0, MAX_CHARS)
    if cut < MAX_CHARS // 2:
        cut = MAX_CHARS - 1
    return text[:cut + 1], [Errors.E111.format(path=where, size=len(text), limit=MAX_CHARS)]


def _normalize_date(value: object, where: str) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    from ..coder.dates import parse_date

    try:
        return parse_date(str(value)).isoformat()
    except InputError as exc:
        raise InputError(f"{where}: {exc}") from exc


# HTML tags of a news snippet (a feed's description pasted into a JSON "text" field); two or more of them and
# the text is read as HTML. A lone "<" of plain text ("a < b") is no tag.
_MARKUP = re.compile(r"<\s*/?\s*(p|br|hr|div|span|a|table|thead|tbody|tfoot|caption|col|colgroup|tr|td|th|li|ul|ol|dl|"
                     r"dt|dd|h[1-6]|strong|em|b|i|u|s|small|sup|sub|font|center|img|picture|source|figure|figcaption|"
                     r"script|style|noscript|iframe|svg|blockquote|q|cite|abbr|time|code|pre|section|article|nav|header|"
                     r"footer|main|aside|html|body|head|title|meta|link|form|input|button|label)\b[^<>]*>|<!--.*?-->|"
                     r"<!doctype[^<>]*>", re.I | re.S)
_SCRIPT = re.compile(r"<\s*(script|style)\b.*?<\s*/\s*\1\s*>", re.I | re.S)


_BLOCK_END = re.compile(r"<\s*(br|/p|/div|/li|/h[1-6]|/blockquote|/tr|/table|/section|/article)\b[^<>]*>", re.I)
_CELL_END = re.compile(r"<\s*/\s*t[dh]\s*>", re.I)


def markup_to_text(text: str, where: str) -> tuple[str, list[str]]:
    """A text with HTML markup in it read as HTML (W124): scripts and styles removed, block ends made line
    breaks, table cells apart, tags removed, entities decoded. Otherwise ``text`` as it is."""
    import html

    tags = [m.group() for m in _MARKUP.finditer(text[:MAX_CHARS])]
    if len(tags) < 2:
        return text, []
    plain = _CELL_END.sub(" ", _BLOCK_END.sub("\n", _SCRIPT.sub(" ", text)))
    plain = html.unescape(_MARKUP.sub("", plain))
    lines = (re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in plain.splitlines())
    plain = "\n".join(line for line in lines if line)
    return plain, [Warnings.W124.format(where=where, count=len(tags), first=tags[0])]


def _article(text: str, where: str, warnings: list[str], **meta: Any) -> ArticleInput:
    """Checks shared by both formats: bad characters, markup, empty, language, length."""
    text, cleaned = clean_text(text, where)
    text, marked = markup_to_text(text, where)
    cleaned += marked
    meta, more_cleaned = clean_meta(meta, where)
    if not text.strip():
        raise InputError(Errors.E102.format(path=where))
    reason = not_english_reason(text)
    if reason:
        raise InputError(Errors.E108.format(where=where, reason=reason))
    text, more = fit_text(text, where)
    ident = meta.pop("id", None) or content_id(text)
    return ArticleInput(id=str(ident), text=text, origin=where, warnings=warnings + cleaned + more_cleaned + more,
                        **meta)


# ---- the two formats -----------------------------------------------------------------------------
def read_text_file(path: str | Path, date: str | None = None) -> ArticleInput:
    """One plain-text article. A first line holding only an ISO date is the publication date
    (used unless ``date`` is given) and is not part of the text. Raises InputError."""
    path = Path(path)
    where = str(path)
    raw = _read_bytes(path)
    if not raw.strip():
        raise InputError(Errors.E102.format(path=where))
    text, warnings = decode(raw, where)
    first, _, rest = text.lstrip("\ufeff").partition("\n")
    found = _ISO_LINE.match(first)
    if found:
        from ..coder.dates import parse_date

        try:
            file_date = parse_date(found.group(1)).isoformat()
            text = rest
            date = date or file_date
        except InputError:
            warnings.append(Warnings.W103.format(where=where, value=first.strip()))
    return _article(text, where, warnings, date=_normalize_date(date, where))


def read_jsonl(path: str | Path, date: str | None = None) -> Iterator[ArticleInput | InputProblem]:
    """Records of a JSON Lines file (fields ``text`` and optional ``id``, ``date``, ``title``,
    ``source``, ``url``); a bad line becomes an ``InputProblem`` and the others go on.
    ``date`` is the fallback for records without their own."""
    path = Path(path)
    try:
        raw = _read_bytes(path)
        if not raw.strip():
            raise InputError(Errors.E102.format(path=path))
        check_not_binary(raw, str(path))
    except InputError as exc:
        yield InputProblem(where=str(path), message=str(exc))
        return
    offset = 0
    for number, line in enumerate(raw.split(b"\n"), 1):
        start, offset = offset, offset + len(line) + 1
        where = f"{path}:{number}"
        if not line.strip():
            continue
        try:
            text, warnings = decode(line, str(path), offset_base=start)
            yield parse_record(text, where, path, number, warnings, date)
        except InputError as exc:
            yield InputProblem(where=where, message=str(exc))


def parse_record(line: str, where: str, path: Path | str, number: int, warnings: list[str], date: str | None) -> ArticleInput:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(Errors.E105.format(path=path, line=number, reason=f"invalid JSON: {exc.msg} at column {exc.colno}")) from exc
    if not isinstance(record, dict):
        raise InputError(Errors.E105.format(path=path, line=number, reason=f"got a JSON {type(record).__name__}"))
    return article_from_record(record, where, path, number, warnings, date)


def read_records(records: Iterable[dict], where: str, date: str | None = None) -> Iterator[ArticleInput | InputProblem]:
    """Records already in memory (a JSON API's body), numbered from 1 and named ``where:N`` in
    problems, read like JSON Lines records: a bad one becomes an ``InputProblem``, the others go on."""
    for number, record in enumerate(records, 1):
        at = f"{where}:{number}"
        try:
            yield article_from_record(record, at, where, number, [], date)
        except InputError as exc:
            yield InputProblem(where=at, message=str(exc))


def article_from_record(record: dict, where: str, path: Path | str, number: int, warnings: list[str],
                        date: str | None) -> ArticleInput:
    """One JSON Lines record (a dict with ``text`` and optional ``id``, ``date``, ``title``, ``source``, ``url``)."""
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(Errors.E106.format(path=path, line=number))
    meta = {k: (str(record[k]) if record.get(k) is not None else None) for k in ("id", "title", "source", "url")}
    record_date = record.get("date")
    article = _article(text, where, warnings, date=_normalize_date(record_date if record_date else date, where), **meta)
    # a headline above the story in the text field is its title, as in a plain-text file; the id stays the one
    # of the whole text, so a record read before this rule keeps its id (and is not stored twice)
    body, title = split_headline(article.text, article.title)
    if title is None:
        return article
    return replace(article, text=body, title=article.title or title)


_SENTENCE_END = tuple(".!?;:,-\u2013\u2014")
_QUOTES = "\"'\u201d\u2019)"
HEADLINE_MIN_BODY_WORDS = 12   # the words of story a headline must stand above (readers.MIN_WORDS)


def is_headline(line: str, rest: str, min_body_words: int = HEADLINE_MIN_BODY_WORDS) -> bool:
    """A text's first line is its headline when it stands alone (a blank line follows), is short (2 to 20 words),
    ends with no sentence punctuation (a lead sentence ends with a full stop; a dateline or a cut line with a
    dash, comma or colon), is no byline ("By Jane Doe") and a story of at least ``min_body_words`` follows it."""
    line = line.strip()
    words = line.split()
    if not 2 <= len(words) <= 20 or words[0].lower() == "by" or not rest.startswith(("\n", "\r\n")):
        return False
    if line.rstrip(_QUOTES).endswith(_SENTENCE_END):
        return False
    return len(rest.split()) >= min_body_words


def split_headline(text: str, title: str | None,
                   min_body_words: int = HEADLINE_MIN_BODY_WORDS) -> tuple[str, str | None]:
    """``(story, headline)`` when ``text`` opens with a headline (:func:`is_headline`) and ``title`` is unset or
    the same words; else ``(text, None)``. "Iran warns Gulf states over U.S. escorts"
    above the story is its title, as an HTML page's is, not a sentence to code: a headline's clipped grammar
    codes badly, and the lead tells the same act."""
    head, _, body = text.lstrip().partition("\n")
    if not is_headline(head, body, min_body_words) or (title and title.strip() != head.strip()):
        return text, None
    return body.strip(), head.strip()
