"""(reply37) A reply (a denial, a rejection, a threat: event_cues answering_codes) aimed at its own bare country (read
from the place of the act it answers) names no one: it answers the doer of the conflictual act the sentence tells on
that country, as a reply with no target does (implicit._answered_targets). Our own sentences."""

from gold_helpers import triples


def test_a_vowed_response_answers_the_striker(coder):
    got = triples(coder, "Israeli jets bombed two air bases in Syria, and Damascus vowed to respond.", "2024-04-02")
    assert any(c.startswith("13") and (s or "").startswith("SYR") and (t or "").startswith("ISR")
               for s, t, c, m in got), got
    assert not any(c.startswith("13") and (t or "") == "SYR" for s, t, c, m in got), got


def test_a_reply_with_no_act_before_it_is_left_alone(coder):
    got = triples(coder, "Tehran vowed to respond to any attack on Iran.", "2024-04-02")
    assert not any(c.startswith("13") and (t or "").startswith("ISR") for s, t, c, m in got), got
