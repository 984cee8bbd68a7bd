"""When an event happened: a date and its precision from the sentence and the publication date.

News text dates events relative to the publication day ("on Wednesday", "last week", "two
days ago"). We find date expressions with regular expressions on the sentence text (fast, no
per-token work), pick the one syntactically attached to the event verb, and resolve it with
our own calendar arithmetic: dateparser's relative-weekday handling moves a same-day weekday
to the week before, which is wrong for news ("announced Thursday" in a Thursday paper).

Conventions (docs/schema.md, "Dates"):

* the result is ``(iso_date, precision)``, precision ``day | week | month | year`` when a date
  expression dates the event, ``published`` when none does and the date is the publication
  date; a week is dated by its Monday, a month by its first day, a year by 1 January;
* no publication date: ``(None, None)`` (the pipeline adds warning W101);
* no date expression for the event (or only one that is not an event date, below): the
  publication date, precision ``published``, whatever the verb's tense;
* an expression is read forward (the next such day/month after publication) when the clause it
  hangs from looks ahead: future tense ("will", "'ll", "shall"), "is to", "is going/set/due to",
  "plans/agrees/is expected/is scheduled to"; backward (the latest such day on or before
  publication) otherwise, except that a calendar date in a present-tense clause takes whichever
  reading is nearer to publication ("the conference opens on April 29" in March: ahead; "police
  arrest ... on March 3" in a March 10 paper: just past).
  The direction is the expression's clause's, not the event verb's, so one expression gives one
  date to every event that takes it ("will visit Washington on April 29 and meet Reagan");
* a date that bounds a period rather than dating an act ("since 1932", "until June", "by 2030",
  "before/after May 3", "ahead of Monday", "for the past week") is not an event date.
"""

from __future__ import annotations

import datetime as dt
import re
import weakref
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .. import lexicon
from ..errors import Errors, InputError
from .doctext import span_text, word_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

DAY, WEEK, MONTH, YEAR = "day", "week", "month", "year"
PUBLISHED = "published"  # no expression dates the event: the publication date stands in
PRECISIONS = (DAY, WEEK, MONTH, YEAR, PUBLISHED)
PAST, FUTURE, PAST_PERFECT = "past", "future", "past_perfect"
NEAREST = "nearest"  # a present-tense clause: whichever reading is closer to publication

_DATE_CUES = lexicon.load("date_cues")
assert isinstance(_DATE_CUES, lexicon.DateCues), "date_cues"
WEEKDAYS = list(_DATE_CUES.weekdays)  # Monday first: the index is the weekday number
MONTHS = list(_DATE_CUES.months)  # January first
MONTH_ABBR = dict(_DATE_CUES.month_abbreviations)
NUMBER_WORDS = dict(_DATE_CUES.number_words)

# Governing verbs whose infinitive complement lies ahead in time ("agreed to meet on Monday").
FORWARD_LOOKING = lexicon.words("date_cues", "forward_looking")
# Words before a date that make it the bound of a period or a reference point, not the act's date.
BOUND_WORDS = lexicon.words("date_cues", "bound_words")
STRETCH_ONLY_BOUNDS = lexicon.words("date_cues", "stretch_only_bounds")  # "for": stretches only


def _cue(key: str) -> frozenset[str]:
    """A word list of data/lexicon/date_cues.yaml (loaded once, cached)."""
    return lexicon.words("date_cues", key)
CLAUSE_DEPS = {"ROOT", "ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "csubjpass", "conj", "parataxis",
               "pcomp"}

_MONTH = r"(?P<month>" + "|".join(m.capitalize() for m in [*MONTHS, *MONTH_ABBR]) + r")\.?"
_WEEKDAY = r"(?P<weekday>" + "|".join(d.capitalize() for d in WEEKDAYS) + r")s?"
_NUM = r"(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few)"

# Ordered: the first pattern that matches a stretch of text wins it (longest forms first).
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [(kind, re.compile(rx)) for kind, rx in [
    ("iso", r"\b(?P<year>(?:19|20)\d\d)-(?P<mon>[01]\d)-(?P<day>[0-3]\d)\b"),
    ("day_month", r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?: of)? " + _MONTH + r"(?:,? (?P<year>(?:19|20)\d\d)\b)?"),
    ("month_day", r"\b" + _MONTH + r" (?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,? (?P<year>(?:19|20)\d\d)\b)?"),
    ("month_year", r"\b" + _MONTH + r",? (?P<year>(?:19|20)\d\d)\b"),
    ("rel_month", r"\b(?P<rel>[Ll]ast|[Nn]ext|[Tt]his) " + _MONTH + r"\b"),
    ("in_month", r"\b(?:[Ii]n|[Dd]uring|[Ss]ince|[Uu]ntil|[Bb]y|[Ee]arly|[Ll]ate|[Mm]id-?|[Ee]nd of) (?:early |late |mid-?)?"
                 + _MONTH + r"\b"),
    ("in_year", r"\b(?:[Ii]n|[Dd]uring|[Ss]ince|[Uu]ntil|[Bb]y|[Ee]arly|[Ll]ate) (?P<year>(?:19|20)\d\d)\b"),
    ("ago", r"\b" + _NUM + r" (?P<unit>day|week|month|year)s? ago\b"),
    ("rel_weekday", r"\b(?P<rel>[Ll]ast|[Nn]ext|[Tt]his(?: past| coming)?|[Pp]ast|[Cc]oming) " + _WEEKDAY + r"\b"),
    ("weekday", r"\b" + _WEEKDAY + r"\b"),
    ("period", r"\b(?P<rel>[Ee]arlier this|[Ll]ater this|[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming|[Tt]he past|"
               r"[Tt]he previous|[Tt]he coming) (?P<unit>week|month|year|weekend)\b"),
    ("weekend", r"\b(?:[Oo]ver|[Dd]uring|[Aa]t) the weekend\b"),
    ("today", r"\b(?P<word>[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow|[Ll]ast night|"
              r"[Tt]his (?:morning|afternoon|evening))\b"),
]]

# A pattern matches only a text holding one of these strings (each a piece of every text the pattern can
# match: a month's or weekday's first letters, a year's or day's digits, a word every form of it has): the
# others are not scanned. The same mentions, found without running a dozen patterns over every sentence.
_MONTH_PIECES = tuple(sorted({m.capitalize()[:3] for m in [*MONTHS, *MONTH_ABBR]}))
_DIGITS = tuple("0123456789")
_NEEDS: dict[str, tuple[str, ...]] = {
    "iso": ("-",),
    "day_month": _MONTH_PIECES, "month_day": _MONTH_PIECES, "month_year": _MONTH_PIECES,
    "rel_month": _MONTH_PIECES, "in_month": _MONTH_PIECES,
    "in_year": _DIGITS,
    "ago": (" ago",),
    "rel_weekday": tuple(sorted({d.capitalize()[:3] for d in WEEKDAYS})),
    "weekday": tuple(sorted({d.capitalize()[:3] for d in WEEKDAYS})),
    "period": ("week", "month", "year"),
    "weekend": ("weekend",),
    "today": ("oday", "onight", "esterday", "omorrow", "ast night", "his "),
}
# each kind's strings as one search (a text holds one of them): one scan, not a Python step per string
_NEEDED = {kind: re.compile("|".join(re.escape(piece) for piece in pieces)) for kind, pieces in _NEEDS.items()}


@dataclass(frozen=True)
class DateMention:
    """One date expression in a sentence: where it is and what it says."""

    start_char: int  # offset in the sentence text
    end_char: int
    kind: str
    groups: dict[str, str | None]


@lru_cache(maxsize=512)
def find_mentions(text: str) -> tuple[DateMention, ...]:
    """Non-overlapping date expressions in ``text``, in order (earlier patterns win overlaps).

    Cached: a sentence with several events is scanned once."""
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    for kind, rx in _PATTERNS:
        needed = _NEEDED.get(kind)
        if needed is not None and needed.search(text) is None:
            continue
        for m in rx.finditer(text):
            a, b = m.span()
            if any(a < e and s < b for s, e in taken):
                continue
            # "Wednesday's vote" dates the vote, not the clause's event (see ``_dates_the_act``)
            own = "weekday_poss" if kind == "weekday" and text[b:b + 2] in {"'s", "\u2019s"} else kind
            taken.append((a, b))
            found.append(DateMention(a, b, own, m.groupdict()))
    found.sort(key=lambda d: d.start_char)
    return tuple(found)


# ---- calendar arithmetic ---------------------------------------------------------------------
def _monday(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


def _add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    return dt.date(d.year + y, m + 1, 1)


def _month_number(name: str | None) -> int:
    name = (name or "").lower().rstrip(".")
    return MONTHS.index(name) + 1 if name in MONTHS else MONTH_ABBR[name[:4] if name == "sept" else name[:3]]


def _weekday(published: dt.date, weekday: int, direction: str, strict: bool = False) -> dt.date:
    """Latest ``weekday`` on/before ``published`` (past) or next one after it (future)."""
    if direction == FUTURE:
        ahead = (weekday - published.weekday()) % 7 or 7
        return published + dt.timedelta(days=ahead)
    back = (published.weekday() - weekday) % 7
    if strict and back == 0:
        back = 7
    return published - dt.timedelta(days=back)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _group(g: dict[str, str | None], name: str) -> str:
    """The group ``name`` of a mention whose pattern (its kind) always captures it."""
    value = g[name]
    assert value is not None, name
    return value


def resolve(mention: DateMention, published: dt.date, direction: str = PAST) -> tuple[dt.date, str] | None:
    """The date and precision ``mention`` names, read relative to ``published``."""
    g, kind = mention.groups, mention.kind
    future = direction == FUTURE
    if kind == "iso":
        d = _safe_date(int(_group(g, "year")), int(_group(g, "mon")), int(_group(g, "day")))
        return (d, DAY) if d else None
    if kind in {"day_month", "month_day"}:
        month, day = _month_number(g["month"]), int(_group(g, "day"))
        if g.get("year"):
            d = _safe_date(int(_group(g, "year")), month, day)
            return (d, DAY) if d else None
        d = _safe_date(published.year, month, day)
        if d is None:
            return None
        if direction == NEAREST:
            options = [x for x in (_safe_date(published.year + k, month, day) for k in (-1, 0, 1)) if x]
            return min(options, key=lambda x: (abs((x - published).days), x > published)), DAY
        if future and d < published:
            d = _safe_date(published.year + 1, month, day)
        elif not future and d > published:
            d = _safe_date(published.year - 1, month, day)
        return (d, DAY) if d else None
    if kind == "month_year":
        return dt.date(int(_group(g, "year")), _month_number(g["month"]), 1), MONTH
    if kind in {"in_month", "rel_month"}:
        month = _month_number(g["month"])
        rel = (g.get("rel") or "").lower()
        year = published.year
        if rel == "last":
            year -= 0 if month < published.month else 1
        elif rel == "next":
            year += 0 if month > published.month else 1
        elif rel != "this" and direction == NEAREST:
            ahead = (month - published.month) % 12
            year += (0 if month >= published.month else 1) if ahead <= 6 else (0 if month <= published.month else -1)
        elif rel != "this":
            if future and month < published.month:
                year += 1
            elif not future and month > published.month:
                year -= 1
        return dt.date(year, month, 1), MONTH
    if kind == "in_year":
        return dt.date(int(_group(g, "year")), 1, 1), YEAR
    if kind == "ago":
        n = NUMBER_WORDS.get(_group(g, "n").lower()) or int(_group(g, "n"))
        unit = g["unit"]
        if unit == "day":
            return published - dt.timedelta(days=n), DAY
        if unit == "week":
            return _monday(published - dt.timedelta(weeks=n)), WEEK
        if unit == "month":
            return _add_months(published.replace(day=1), -n), MONTH
        return dt.date(published.year - n, 1, 1), YEAR
    if kind in {"weekday", "rel_weekday", "weekday_poss"}:
        wd = WEEKDAYS.index(_group(g, "weekday").lower())
        rel = (g.get("rel") or "").lower()
        if rel in _cue("past_weekday_words"):
            return _weekday(published, wd, PAST, strict=True), DAY
        if rel in _cue("future_weekday_words"):
            return _weekday(published, wd, FUTURE), DAY
        return _weekday(published, wd, FUTURE if future else PAST), DAY
    if kind == "period":
        rel, unit = _group(g, "rel").lower(), g["unit"]
        step = -1 if rel in _cue("past_period_words") else 1 if rel in _cue("future_period_words") else 0
        if unit == "weekend":
            sat = _weekday(published, 5, FUTURE if step > 0 else PAST, strict=step < 0 and published.weekday() != 6)
            return sat, WEEK
        if unit == "week":
            return _monday(published) + dt.timedelta(weeks=step), WEEK
        if unit == "month":
            return _add_months(published.replace(day=1), step), MONTH
        return dt.date(published.year + step, 1, 1), YEAR
    if kind == "weekend":
        return _weekday(published, 5, FUTURE if future else PAST, strict=published.weekday() == 5 and not future), WEEK
    if kind == "today":
        word = _group(g, "word").lower()
        shift = -1 if word in {"yesterday", "last night"} else 1 if word == "tomorrow" else 0
        return published + dt.timedelta(days=shift), DAY
    return None


# ---- syntax: which expression belongs to which verb ------------------------------------------
def _is_clause_head(tok: Token) -> bool:
    return tok.pos_ in {"VERB", "AUX"} and (tok.dep_ in CLAUSE_DEPS or tok.head.i == tok.i)


def _clause_head(tok: Token) -> Token:
    while not _is_clause_head(tok) and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _own_auxes(tok: Token) -> list[Token]:
    """Auxiliaries of ``tok``, or of the first conjunct it shares them with ("will visit ... and meet")."""
    for _ in range(10):
        auxes = [c for c in tok.children if c.dep_ in {"aux", "auxpass"}]
        if auxes or tok.dep_ != "conj" or tok.head.i == tok.i:
            return auxes
        tok = tok.head
    return []


def _looks_ahead(t: Token) -> bool:
    """``t`` is the infinitive of "is to", "is going/set/due to", "plans/agreed/is expected to ..."."""
    if t.dep_ != "xcomp" or not any(c.tag_ == "TO" for c in t.children):
        return False
    gov = t.head
    if gov.lemma_.lower() == "be":
        return True  # "Putin is to visit Beijing"
    if gov.lemma_.lower() in _cue("scheduling_verbs") and any(
            a.lower_ in _cue("present_be") | _cue("past_be") for a in gov.children if a.dep_ in {"aux", "auxpass"}):
        return True
    return gov.lemma_.lower() in FORWARD_LOOKING


def tense(verb: Token) -> str:
    """``future``, ``past_perfect`` or ``past`` (past and present read the same way in news)."""
    head = _clause_head(verb)
    toks = [verb] if verb.i == head.i else [verb, head]
    words = {a.lower_ for t in toks for a in _own_auxes(t)}
    if words & _cue("future_auxes"):
        return FUTURE
    for t in toks:
        first = t
        for _ in range(10):  # a conjunct shares its first conjunct's construction
            if first.dep_ != "conj" or first.head.i == first.i:
                break
            first = first.head
        if _looks_ahead(t) or _looks_ahead(first):
            return FUTURE
    if "had" in words and any(t.tag_ == "VBN" for t in toks):
        return PAST_PERFECT
    return PAST


def _present(head: Token) -> bool:
    """A present-tense clause without past auxiliaries: "Talks open on April 29", "is visiting"."""
    auxes = {a.lower_ for a in _own_auxes(head)}
    if auxes & _cue("past_auxes"):
        return False
    return head.tag_ in {"VBZ", "VBP"} or (head.tag_ == "VBG" and bool(auxes & _cue("present_be")))


# parsed text -> (first char, end char) of a date expression -> its words (start, end), or None: each expression's
# words are read three times per event of its sentence (its clause, whether it bounds a period, its distance)
_WORDS_MEMO: weakref.WeakKeyDictionary[Doc, dict[tuple[int, int], tuple[int, int] | None]] = weakref.WeakKeyDictionary()


def _span(sent: Span, mention: DateMention) -> Span | None:
    doc = sent.doc
    chars = (sent.start_char + mention.start_char, sent.start_char + mention.end_char)
    memo = _WORDS_MEMO.setdefault(doc, {})
    if chars not in memo:
        span = doc.char_span(*chars, alignment_mode="expand")
        memo[chars] = None if span is None else (span.start, span.end)
    words = memo[chars]
    return None if words is None else doc[words[0]:words[1]]


def _attached_clause(sent: Span, mention: DateMention) -> Token | None:
    """The clause head a date expression hangs from, or None when it maps to no tokens."""
    span = _span(sent, mention)
    if span is None or len(span) == 0:
        return None
    root = word_at(span.doc, span.root.i)   # the kept word: its head and children are read once
    return _clause_head(root.head if root.head.i != root.i else root)


def is_bound(sent: Span, mention: DateMention) -> bool:
    """The expression bounds a period or names a reference point ("since 1932", "by 2030", "until
    June", "before the summit in June", "for the past week"): it does not date the act."""
    text = span_text(sent)
    before = text[:mention.start_char].split()
    first = text[mention.start_char:mention.end_char].split()[:1]
    words = [w.lower().strip(",;:(") for w in before[-1:] + first]
    bounds = BOUND_WORDS if mention.kind in {"period", "weekend"} else BOUND_WORDS - STRETCH_ONLY_BOUNDS
    if any(w in bounds for w in words) or " ".join(before[-2:]).lower() == "ahead of":
        return True  # "for" bounds a stretch ("for the past week"), but "set for Monday" dates
    span = _span(sent, mention)
    if span is None or len(span) == 0:
        return False
    node, head = word_at(span.doc, span.root.i), _attached_clause(sent, mention)
    for _ in range(12):  # "before the Venice summit in June": the date sits inside a bounding phrase
        if head is None or node.i == head.i or node.head.i == node.i:
            return False
        if node.dep_ == "prep" and (node.lower_ in BOUND_WORDS - STRETCH_ONLY_BOUNDS or node.lower_ == "ahead"):
            return True
        node = node.head
    return False


def direction_of(sent: Span, mention: DateMention, hint_future: bool = False) -> str:
    """``future`` when the expression's clause looks ahead, ``nearest`` for a calendar date in a
    present-tense clause, else ``past``: the same for every event that takes this expression."""
    head = _attached_clause(sent, mention)
    if head is None:
        return FUTURE if hint_future else PAST
    if tense(head) == FUTURE or hint_future:
        return FUTURE
    if head.lemma_.lower() in _cue("scheduled_verbs") and any(
            a.lower_ in _cue("present_be") for a in head.children if a.dep_ in {"aux", "auxpass"}):
        return FUTURE  # "the vote is scheduled for June 8"
    if mention.kind in {"day_month", "month_day", "in_month"} and _present(head):
        return NEAREST  # "the conference opens on April 29" (ahead), "police arrest ... on March 3" (just past)
    return PAST


def _clause_chain(verb: Token) -> list[tuple[Token, float]]:
    """(clause head, rank): the verb's own clause (0), the first conjunct it is coordinated with
    (0.5: "will visit ... on April 29 and meet ..."), then each governing clause (1, 2, ...)."""
    chain = [(_clause_head(verb), 0.0)]
    rank = 0.0
    for _ in range(20):
        tok, _r = chain[-1]
        if tok.head.i == tok.i:
            break
        up = _clause_head(tok.head)
        rank = rank + 0.5 if tok.dep_ == "conj" and rank == int(rank) else float(int(rank) + 1)
        chain.append((up, rank))
    return chain


def _dates_the_act(sent: Span, mention: DateMention, verb: Token) -> bool:
    """ "Saturday's raid" dates the event only when the raid is the event: the trigger itself, or the
    object of a preposition on the trigger ("42 refugees were killed in Saturday's raid"); "said
    Wednesday's vote was fair" does not date the saying."""
    span = _span(sent, mention)
    if span is None or len(span) == 0:
        return False
    noun = span.root.head
    if noun.i == verb.i:
        return True
    return noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.i == verb.i


def event_date(sent: Span, verb: Token, published: dt.date | None, future: bool = False) -> tuple[str | None, str | None]:
    """(ISO date, precision) of the event whose trigger is ``verb`` in ``sent``.

    Prefers a date expression in the verb's own clause, then one of a first conjunct, then one in
    a governing clause (for non-finite and reported clauses: "announced Thursday it is
    considering ..."); a date in a subordinate clause of the verb or in a sibling clause is never
    taken, nor one that bounds a period (``is_bound``). ``future``: the coder found the act
    intended ("plans to", "vowed to"), which reads the verb's own clause forward. Without any
    expression: the publication date, precision ``published``.
    """
    if published is None:
        return None, None
    verb_tense = tense(verb)
    mentions = find_mentions(span_text(sent))
    best: tuple[float, int, DateMention] | None = None
    if mentions:
        chain = _clause_chain(verb)
        ranks: dict[int, float] = {}
        for tok, rank in chain:
            ranks.setdefault(tok.i, rank)
        for m in mentions:
            if m.kind == "weekday_poss" and not _dates_the_act(sent, m, verb):
                continue
            head = _attached_clause(sent, m)
            if head is None or head.i not in ranks or is_bound(sent, m):
                continue
            rank = ranks[head.i]
            if rank >= 1 and verb_tense in {FUTURE, PAST_PERFECT}:
                continue  # a governing clause's date is the report's, not this event's
            span = _span(sent, m)
            assert span is not None  # _attached_clause found its tokens
            distance = abs(span.start - verb.i)
            if best is None or (rank, distance) < best[:2]:
                best = (rank, distance, m)
    if best is not None:
        rank, _, m = best
        got = resolve(m, published, direction_of(sent, m, hint_future=future and rank == 0))
        if got is not None:
            return got[0].isoformat(), got[1]
    return published.isoformat(), PUBLISHED


# ---- user input --------------------------------------------------------------------------------
_DMY = re.compile(r"^(?P<day>[0-3]?\d)(?:st|nd|rd|th)? " + _MONTH + r",? (?P<year>\d{4})$", re.I)
_MDY = re.compile(r"^" + _MONTH + r" (?P<day>[0-3]?\d)(?:st|nd|rd|th)?,? (?P<year>\d{4})$", re.I)
_YMD = re.compile(r"^(?P<year>\d{4})[/.](?P<mon>\d{1,2})[/.](?P<day>\d{1,2})$")


def parse_date(value: str) -> dt.date:
    """A publication date given by a user: ISO (``2024-06-20``, or a timestamp), ``20 June 2024``,
    ``June 20, 2024``, ``2024/06/20``, an RFC 2822 mail/RSS date, or (lazily) what dateparser reads
    when the value names a four-digit year. Raises InputError E107 on anything else.
    """
    text = str(value).strip() if value is not None else ""
    if text:
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            pass
        try:
            return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
        except ValueError:
            pass
        for rx in (_DMY, _MDY):
            m = rx.match(text)
            if m:
                try:
                    d = _safe_date(int(m["year"]), _month_number(m["month"]), int(m["day"]))
                except KeyError:
                    d = None
                if d:
                    return d
        m = _YMD.match(text)
        if m and (d := _safe_date(int(m["year"]), int(m["mon"]), int(m["day"]))):
            return d
        from email.utils import parsedate_to_datetime

        try:
            return parsedate_to_datetime(text).date()
        except (TypeError, ValueError, IndexError):
            pass
        if re.search(r"\b(?:19|20)\d\d\b", text) and not re.fullmatch(r"[\d/.\-\s]+", text):
            d = _dateparser(text)
            if d:
                return d
    raise InputError(Errors.E107.format(value=value))


def _dateparser(text: str) -> dt.date | None:
    """dateparser, imported only here (slow import); English only, strict, offline."""
    try:
        import dateparser
    except ImportError:  # pragma: no cover - pinned dependency
        return None
    got = dateparser.parse(text, languages=["en"],
                           settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]})
    return got.date() if got else None
