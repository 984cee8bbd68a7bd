"""Property: no shape of text stalls the coder. Random fragments, headlines, bullet lists, tables
(pipes and tabs), numbers only, verbless sentences, long runs of punctuation and odd characters
each code within a bound, or fail with a foedus InputError (an empty text), never anything else.

Bounded: ``MAX_EXAMPLES`` examples, no per-example deadline (the machine is shared), the whole
test well under 30 s; the coder's own time budget turns a stall into a failure instead of a hang.
"""

from __future__ import annotations

import time

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from foedus.budget import ArticleTimeout  # noqa: E402
from foedus.errors import InputError  # noqa: E402

MAX_EXAMPLES = 80
BOUND_SECONDS = 10.0        # per text; they code in milliseconds, the slack is for a loaded machine

WORDS = ("Seoul", "Pyongyang", "North Korea", "South Korea's", "President", "Yoon", "Russia", "Moscow", "the",
         "ministry", "said", "will", "would", "not", "if", "unless", "condemned", "signed", "sanctions",
         "against", "with", "talks", "troops", "arms", "aid", "deny", "pledged", "to", "in", "on", "Monday",
         "June", "2024", "it", "its", "they", "who", "which", "that", "and", "or", ",", ".", "\"", "'s", "(", ")")
PUNCT = "!?.,;:-\u2014\u2013()[]{}\"'\u201c\u201d\u2026*/\\|#@&%$^~`_+=<>"

word = st.sampled_from(WORDS)
fragment = st.lists(word, min_size=1, max_size=30).map(" ".join)
headline = st.lists(word.map(str.title), min_size=1, max_size=12).map(" ".join)
bullets = st.lists(st.tuples(st.sampled_from(["- ", "* ", "\u2022 ", "1. ", "a) ", ""]), fragment),
                   min_size=1, max_size=12).map(lambda rows: "\n".join(b + f for b, f in rows))
cell = st.one_of(fragment, st.integers(-10**6, 10**6).map(str), st.just(""))
table = st.tuples(st.sampled_from([" | ", "|", "\t", " \t "]),
                  st.lists(st.lists(cell, min_size=1, max_size=6), min_size=1, max_size=10)).map(
    lambda t: "\n".join(t[0].join(row) for row in t[1]))
numbers = st.lists(st.one_of(st.integers(-10**9, 10**9).map(str), st.floats(allow_nan=False).map(str),
                             st.sampled_from(["%", "$", "-", "/", "2024-06-20", "06/20/2024"])),
                   min_size=1, max_size=60).map(" ".join)
verbless = st.lists(st.tuples(st.sampled_from(["The", "A", "No", "More"]),
                              st.lists(st.sampled_from(["ministry", "of", "defence", "in", "Seoul", "talks",
                                                        "with", "Moscow", "sanctions", "border", "troops"]),
                                       min_size=1, max_size=8)),
                    min_size=1, max_size=8).map(lambda ss: " ".join(f"{a} {' '.join(b)}." for a, b in ss))
punctuation = st.tuples(st.text(alphabet=PUNCT, min_size=1, max_size=3), st.integers(50, 4000)).map(
    lambda t: (t[0] * t[1])[:6000])
odd = st.text(alphabet=st.characters(codec=None, categories=("L", "N", "P", "S", "Z", "Cc", "Cs", "Mn")),
              max_size=300)
mixed = st.lists(st.one_of(fragment, headline, bullets, table, numbers, verbless, punctuation, odd),
                 min_size=1, max_size=4).map("\n\n".join)
article = st.one_of(fragment, headline, bullets, table, numbers, verbless, punctuation, odd, mixed)


@pytest.fixture(scope="module")
def coder(nlp):
    from foedus.coder.pipeline import Coder

    return Coder(nlp, time_limit=BOUND_SECONDS)


@settings(max_examples=MAX_EXAMPLES, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large])
@given(text=article, dated=st.booleans())
def test_no_text_stalls_the_coder(coder, text, dated):
    started = time.monotonic()
    try:
        result = coder.code_text(text, date="2024-06-20" if dated else None)
    except ArticleTimeout as exc:   # the budget caught a stall: that is the failure this test looks for
        pytest.fail(f"coding stalled on {text[:200]!r}: {exc}")
    except InputError as exc:
        assert "[E102]" in str(exc)   # only an empty (or blank once cleaned) text may be refused
        result = None
    took = time.monotonic() - started
    assert took < BOUND_SECONDS, f"{took:.1f} s for {text[:200]!r}"
    if result is not None:
        for ev in result.events:
            assert ev.cameo and 0 <= ev.sentence < len(result.article.sentences)
        result.to_dict()
