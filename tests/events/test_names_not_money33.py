"""A currency word inside a many-word proper name is no money (the verbs' &currency synset): "Leone" of
Sierra Leone sends no leones. Our own sentences."""

from gold_helpers import triples


def test_troops_sent_to_sierra_leone_are_no_money(coder):
    got = triples(coder, "Nigeria sent two battalions of troops to Sierra Leone on Monday.", "2000-05-08")
    assert not any(c == "071" for s, t, c, m in got), got
    assert any(c.startswith("15") and (s or "").startswith("NGA") and (t or "").startswith("SLE")
               for s, t, c, m in got), got


def test_money_sent_to_sierra_leone_is_still_money(coder):
    got = triples(coder, "Japan sent five million dollars to Sierra Leone for refugees.", "2000-05-08")
    assert any(c == "071" and (s or "").startswith("JPN") and (t or "").startswith("SLE")
               for s, t, c, m in got), got
