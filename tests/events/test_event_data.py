"""The event-stage data files load and hold valid, non-overlapping entries."""

from foedus import data, taxonomy
from foedus.coder import coref, event_words, modality


def test_intent_codes_are_valid_cameo_codes():
    rows = data.read_tsv("events/intent_codes.tsv")
    assert len(rows) > 20
    prefixes = [r["act_prefix"] for r in rows]
    assert len(prefixes) == len(set(prefixes))
    for r in rows:
        assert taxonomy.is_valid(r["act_prefix"]), r
        # a statement of intent (03x) or threat (13x); or (intent31) the act itself, an announced act the gold keeps
        # as the act, intended ("said it would lift the state of emergency": 0814)
        assert taxonomy.cameo(r["intent_code"]).root in {"03", "13"} or r["intent_code"] == r["act_prefix"], r
    assert event_words.intent_code("0721") == "0332" and event_words.intent_code("190") == "138"


def test_cue_words_load_and_do_not_contradict():
    c = modality.cues()
    for name in ("intended_verbs", "considered_verbs", "requesting", "negating", "reporting", "conditional_marks"):
        assert getattr(c, name), name
    assert not (c.intended_verbs & c.negating)
    assert not (c.considered_verbs & c.negating)
    assert {"try", "attempt", "decide"}.isdisjoint(c.intended_verbs)  # attempts and decisions are acts


def test_event_words_load():
    w = event_words.event_words()
    assert w.reciprocal <= w.joint
    assert {"meet", "sign"} <= w.reciprocal and "bomb" in w.violent_means
    assert "president" in coref.person_nouns() and "government" not in coref.person_nouns()
