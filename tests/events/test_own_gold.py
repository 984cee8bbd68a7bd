"""A small gold set of our own modern sentences, scored with `foedus eval` like the benchmark.

It guards the project's first principle: acts that did not happen (negated, denied, conditional,
only considered) are never counted as events, and what is coded is coded right.
"""


import pytest

from gold_helpers import score_cases

CASES = [
    ("Turkey's foreign minister met his Greek counterpart in Athens on Monday.",
     [("TURGOV", "GRCGOV", "CONSULT")]),
    ("Pakistan accused India of violating the ceasefire along the Line of Control.",
     [("PAK", "IND", "DISAPPROVE")]),
    ("Israeli jets struck targets in southern Lebanon overnight, the army said.", [("ISRMIL", "LBN", "FIGHT")]),
    ("The European Union imposed new sanctions on Belarus over the migrant crisis.",
     [("IGOEUREEC", "BLR", "SANCTION")]),
    ("Protesters in Nairobi demanded the resignation of President William Ruto.", [("KENCVL", "KENGOV", "DEMAND")]),
    ("China and Brazil agreed to expand trade in local currencies.",
     [("CHN", "BRA", "AGREE"), ("BRA", "CHN", "AGREE")]),
    ("Police in Tbilisi arrested dozens of demonstrators outside parliament.", [("GEOCOP", "GEOCVL", "COERCE")]),
    # nothing happened in these
    ("Germany will not send Taurus missiles to Ukraine, Chancellor Olaf Scholz said on Friday.", []),
    ("North Korea denied supplying artillery shells to Russia.", []),
    ("Japan is considering lifting its ban on exports of lethal weapons.", []),
    ("If Canada is attacked, Norway will send troops to Canada.", []),
    ("Chile did not recall its ambassador from Peru.", []),
]


@pytest.fixture(scope="module")
def report(nlp, tmp_path_factory):
    return score_cases(nlp, CASES, tmp_path_factory.mktemp("gold"), "2025-03-06", "own")


def test_no_false_events_where_nothing_happened(report):
    assert report.empty_sentences == 5
    assert report.false_events_on_empty == 0


def test_coded_events_are_right(report):
    dyad = report.levels["type+dyad"]
    assert dyad.precision >= 0.85 and dyad.recall >= 0.75, report.as_dict()
