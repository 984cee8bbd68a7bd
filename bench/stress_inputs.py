"""Stress harness: hostile input through the whole coder, and how coding time grows with its size.

    PYTHONPATH=src .venv/bin/python bench/stress_inputs.py [--scale 1.0] [--only NAME,...] [--profile NAME]

For each kind of hostile input (a sentence of thousands of words without a full stop, 300 coordinated
countries, hundreds of nested relative clauses or quotes, repeated tokens, odd Unicode, tables, all-caps
wire, whitespace) the harness builds the text at several sizes (each double the last), parses it once
with the coder's spaCy pipeline and times foedus's own coding (``Coder.code_doc``) apart from the parse.
It prints, per kind and size: characters, sentences, events, parse seconds, coding seconds, coding
milliseconds per 1,000 characters, and the growth exponent of the coding time between two sizes
(``log(t2/t1) / log(n2/n1)``: 1 is linear, 2 quadratic). An exponent well above 1 on the largest sizes
marks a super-linear path in foedus's code; ``--profile NAME`` runs cProfile on the largest size of
that kind and prints the 25 costliest functions.

The texts are our own sentences; the harness is deterministic. Speed is measured here, never in tests
(tests/reliability/test_robust11.py asserts on behaviour only).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import math
import pstats
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

COUNTRIES = ["Albania", "Algeria", "Angola", "Argentina", "Armenia", "Austria", "Bahrain", "Belarus", "Belgium",
             "Bolivia", "Botswana", "Brazil", "Bulgaria", "Burundi", "Cambodia", "Cameroon", "Canada", "Chad",
             "Chile", "Colombia", "Croatia", "Cuba", "Cyprus", "Denmark", "Ecuador", "Egypt", "Eritrea", "Estonia",
             "Ethiopia", "Finland", "France", "Gabon", "Georgia", "Germany", "Ghana", "Greece", "Guatemala",
             "Guinea", "Haiti", "Honduras", "Hungary", "Iceland", "India", "Indonesia", "Iraq", "Ireland",
             "Italy", "Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya", "Kuwait", "Laos", "Latvia", "Lebanon",
             "Liberia", "Libya", "Lithuania", "Madagascar", "Malawi", "Malaysia", "Mali", "Malta", "Mexico",
             "Moldova", "Mongolia", "Morocco", "Mozambique", "Namibia", "Nepal", "Nicaragua", "Niger", "Nigeria",
             "Norway", "Oman", "Pakistan", "Panama", "Paraguay", "Peru", "Poland", "Portugal", "Qatar", "Romania",
             "Rwanda", "Senegal", "Serbia", "Slovakia", "Slovenia", "Somalia", "Spain", "Sudan", "Sweden",
             "Syria", "Tanzania", "Thailand", "Togo", "Tunisia", "Turkey", "Uganda", "Uruguay", "Venezuela",
             "Vietnam", "Yemen", "Zambia", "Zimbabwe"]
CLAUSES = ["{a} accused {b} of shelling border villages", "{a} expelled two diplomats from {b}",
           "the army of {a} attacked rebels near the frontier with {b}", "{a} signed a grain deal with {b}",
           "{a} threatened {b} with sanctions", "police in {a} arrested protesters outside the embassy of {b}",
           "{a} praised {b} for releasing the hostages", "{a} recalled its ambassador from {b}"]
NEWS = ["Kenya accused Somalia of shelling border villages on Monday.",
        "The foreign minister of Peru met her Chilean counterpart in Lima to discuss fishing rights.",
        "Police in Dhaka arrested dozens of garment workers who marched for higher wages.",
        "Norway said it would not send troops to the mission, officials said.",
        "Egypt and Sudan signed an agreement on the sharing of river water in Cairo."]


def country(i: int) -> str:
    return COUNTRIES[i % len(COUNTRIES)]


def no_full_stops(n: int) -> str:
    """One 'sentence' of ~n words: clauses joined by commas and 'and', never a full stop."""
    parts, words, i = [], 0, 0
    while words < n:
        part = CLAUSES[i % len(CLAUSES)].format(a=country(i), b=country(i * 7 + 3))
        parts.append(part)
        words += len(part.split()) + 1
        i += 1
    return ", and ".join(parts)


def coordination(n: int) -> str:
    names = [country(i) for i in range(n)]   # past the list's 106 names, they come round again
    return ", ".join(names[:-1]) + " and " + names[-1] + " condemned the invasion of Ukraine by Russia on Monday."


def nested_relatives(n: int) -> str:
    heads = ["the minister", "the envoy", "the general", "the spokesman", "the ambassador"]
    verbs = ["met", "praised", "criticised", "visited", "thanked"]
    text = "The president of Kenya, who met " + heads[0]
    for i in range(1, n):
        text += f" who {verbs[i % len(verbs)]} {heads[i % len(heads)]} of {country(i)}"
    return text + ", condemned Somalia on Friday."


def many_quotes(n: int) -> str:
    out = []
    for i in range(n):
        out.append(f'"We will not accept threats from {country(i + 1)}," the foreign minister of {country(i)} said. ')
        if i % 7 == 3:
            out.append('He added: "The talks are over ')   # an unclosed quote now and then
    return "".join(out)


def repeated_word(n: int) -> str:
    return ("attack " * n).strip()


def repeated_name(n: int) -> str:
    return " ".join(["Iran"] * n) + " condemned Israel."


def repeated_sentence(n: int) -> str:
    return " ".join([NEWS[0]] * n)


def odd_unicode(n: int) -> str:
    marks = ["\u200f", "\u200d", "\u0301", "\U0001F525", "\u202e", "\ufeff", "\u00a0", "\u2028", "\x00", "\ud800"]
    out = []
    for i in range(n):
        s = NEWS[i % len(NEWS)]
        k = (i * 13) % len(s)
        out.append(s[:k] + marks[i % len(marks)] + s[k:])
    return " ".join(out)


def html_table(n: int) -> str:
    rows = "".join(f"<tr><td>{country(i)}</td><td>{i}</td><td>attacked</td><td>{country(i + 1)}</td></tr>"
                   for i in range(n))
    return f"<html><body><p>{NEWS[0]}</p><table>{rows}</table><p>{NEWS[1]}</p></body></html>"


def markdown_table(n: int) -> str:
    rows = "\n".join(f"| {country(i)} | {i} | condemned | {country(i + 1)} |" for i in range(n))
    return f"{NEWS[0]}\n\n| Country | Day | Act | Target |\n|---|---|---|---|\n{rows}\n\n{NEWS[2]}"


def all_caps(n: int) -> str:
    return " ".join(NEWS[i % len(NEWS)].upper() for i in range(n))


def plain_news(n: int) -> str:
    """The control: ordinary sentences, one after the other (should grow linearly)."""
    return " ".join(NEWS[i % len(NEWS)] for i in range(n))


def whitespace(n: int) -> str:
    return NEWS[0] + ("\n \t\u3000" * n) + NEWS[1]


def no_spaces(n: int) -> str:
    return "Kenya" + "x" * (n * 10) + " accused Somalia of shelling villages."


# kind -> (generator, sizes at scale 1)
KINDS: dict[str, tuple[Callable[[int], str], list[int]]] = {
    "plain_news": (plain_news, [100, 200, 400, 800]),
    "no_full_stops": (no_full_stops, [400, 800, 1600, 3200]),
    "coordination": (coordination, [40, 80, 160, 320]),
    "nested_relatives": (nested_relatives, [25, 50, 100, 200]),
    "many_quotes": (many_quotes, [60, 125, 250, 500]),
    "repeated_word": (repeated_word, [500, 1000, 2000, 4000]),
    "repeated_name": (repeated_name, [250, 500, 1000, 2000]),
    "repeated_sentence": (repeated_sentence, [100, 200, 400, 800]),
    "odd_unicode": (odd_unicode, [100, 200, 400, 800]),
    "html_table": (html_table, [50, 100, 200, 400]),
    "markdown_table": (markdown_table, [50, 100, 200, 400]),
    "all_caps": (all_caps, [100, 200, 400, 800]),
    "whitespace": (whitespace, [1000, 2000, 4000, 8000]),
    "no_spaces": (no_spaces, [1000, 2000, 4000, 8000]),
}


def measure(coder, text: str) -> dict:
    from foedus.ingest.records import prepare_text

    text, _ = prepare_text(text, "stress")
    t0 = time.perf_counter()
    doc = coder.nlp(text)
    t1 = time.perf_counter()
    result = coder.code_doc(doc, None, id="stress")
    t2 = time.perf_counter()
    return {"chars": len(text), "sents": sum(1 for _ in doc.sents), "events": len(result.events),
            "parse": t1 - t0, "code": t2 - t1}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--scale", type=float, default=1.0, help="multiply every size by this")
    ap.add_argument("--only", default="", help="comma-separated kinds (default: all)")
    ap.add_argument("--profile", default="", help="profile the largest size of this kind")
    ap.add_argument("--big", action="store_true", help="also code a 2 MB article through Coder.code_text")
    args = ap.parse_args()

    from foedus.coder.pipeline import Coder

    coder = Coder(time_limit=0)
    coder.code_text(NEWS[0] + " " + NEWS[1], date="2025-01-01")   # lazy loads are not timed below
    kinds = [k for k in args.only.split(",") if k] or list(KINDS)
    if args.profile:
        gen, sizes = KINDS[args.profile]
        text = gen(max(1, int(sizes[-1] * args.scale)))
        doc = coder.nlp(text)
        prof = cProfile.Profile()
        prof.enable()
        coder.code_doc(doc, None, id="stress")
        prof.disable()
        out = io.StringIO()
        pstats.Stats(prof, stream=out).sort_stats("cumulative").print_stats(25)
        print(out.getvalue())
        out = io.StringIO()
        pstats.Stats(prof, stream=out).sort_stats("tottime").print_stats(25)
        print(out.getvalue())
        return
    print(f"{'kind':18} {'size':>6} {'chars':>8} {'sents':>6} {'events':>6} {'parse s':>8} {'code s':>8} "
          f"{'ms/1k ch':>9} {'growth':>6}")
    for kind in kinds:
        gen, sizes = KINDS[kind]
        prev = None
        for size in sizes:
            n = max(1, int(size * args.scale))
            row = measure(coder, gen(n))
            growth = ""
            if prev and prev["code"] > 0.005 and row["chars"] > prev["chars"]:
                growth = f"{math.log(row['code'] / prev['code']) / math.log(row['chars'] / prev['chars']):.2f}"
            print(f"{kind:18} {n:>6} {row['chars']:>8} {row['sents']:>6} {row['events']:>6} {row['parse']:>8.2f} "
                  f"{row['code']:>8.3f} {1000 * 1000 * row['code'] / max(1, row['chars']):>9.2f} {growth:>6}",
                  flush=True)
            prev = row
    if args.big:
        text = plain_news(int(2_000_000 / 70))
        t0 = time.perf_counter()
        result = coder.code_text(text, date="2025-01-01", id="two-megabytes")
        print(f"2 MB article: {len(text)} chars in, {len(result.article.sentences)} sentences, "
              f"{len(result.events)} events, {time.perf_counter() - t0:.1f} s, warnings: "
              f"{[w[:6] for w in result.warnings]}")


if __name__ == "__main__":
    main()
