"""(court37) A verdict told in a passive with no court named (event_words agentless_court_codes: 116) is the act of
the courts (JUD) of the state where it is given, the patient's own country when no place is named, as an agentless
arrest is the state's (the gold codes "was sentenced to 14 years" 116 from the country's JUD). Our own sentences."""

import pytest
from gold_helpers import triples


@pytest.mark.parametrize("text, date, source, target", [
    ("Pakistan's former prime minister Imran Khan was sentenced to ten years in prison.", "2024-01-30", "PAKJUD", "PAK"),
    ("Three opposition activists were found guilty of treason in Minsk.", "2021-09-06", "BLRJUD", "BLR"),
])
def test_a_verdict_with_no_court_named_is_the_courts(coder, text, date, source, target):
    got = triples(coder, text, date)
    assert any(c == "116" and s == source and (t or "").startswith(target) for s, t, c, m in got), got


def test_a_named_court_stays_the_doer(coder):
    got = triples(coder, "Two American soldiers were sentenced by a Japanese court in Naha.", "2001-03-29")
    assert any(c == "116" and s == "JPNJUD" for s, t, c, m in got), got


def test_a_verdict_only_expected_is_no_fact(coder):
    got = triples(coder, "The opposition leader is expected to be sentenced next week.", "2024-01-30")
    assert not any(c == "116" and m == "asserted" for s, t, c, m in got), got
