"""Policy stances: stated policies as data, shift and reaffirmation signals in text."""

from __future__ import annotations

from foedus.commitments import policies

from hand_mentions import mentions_for

TABLE = [("Germany", "DEU", "DEU", None), ("Berlin", "DEU", "DEU", None), ("Japan", "JPN", "JPN", None),
         ("Tokyo", "JPN", "JPN", None), ("Switzerland", "CHE", "CHE", None), ("Ukraine", "UKR", "UKR", None),
         ("Chancellor Olaf Scholz", "DEUGOV", "DEU", "GOV"), ("Brazil", "BRA", "BRA", None)]


def detect(nlp, text, date="2024-01-10"):
    doc = nlp(text)
    return policies.detect(doc, mentions_for(doc, TABLE), date)


def test_the_example_article(example_doc, example_mentions):
    found = policies.detect(example_doc, example_mentions, "2024-06-20")
    assert len(found) == 1
    p = found[0]
    assert p.actor.code == "KOR" and p.shift is True and p.date == "2024-06-20"
    assert "no lethal weapons to countries at war" in p.policy
    assert {"considering", "shift in policy", "reassess", "departure from"} <= set(p.signals)
    # "did not rule out supplying weapons" is Putin's, not South Korea's.
    assert not any("rule out" in s for s in p.signals)


def test_stated_policies_are_data_with_dates():
    kor = policies.policies_of("KOR", "2024-06-20")
    assert kor and kor[0]["topic"] == "arms_exports"
    assert policies.policies_of("KOR", "2010-01-01") == []
    assert {p["actor"] for p in policies.stated_policies().policies} >= {"KOR", "DEU", "JPN", "CHE"}


def test_reaffirmed_policy_is_not_a_shift(nlp):
    found = detect(nlp, "Germany reaffirmed its restrictions on arms exports on Monday, saying it would not send "
                        "weapons to the region.")
    assert len(found) == 1
    assert found[0].actor.code == "DEU" and found[0].shift is False and found[0].signals == ["reaffirmed"]


def test_shift_signals(nlp):
    found = detect(nlp, "Japan is reviewing its arms export principles, officials said.")
    assert found[0].actor.code == "JPN" and found[0].shift is True and found[0].signals == ["reviewing"]
    negated = detect(nlp, "Switzerland said it is not considering any change to its neutrality.")
    assert negated[0].actor.code == "CHE" and negated[0].shift is False
    assert negated[0].signals == ["not considering"]


def test_a_policy_not_in_the_data_is_taken_from_the_text(nlp):
    found = detect(nlp, "Brazil is reconsidering its policy of buying no foreign fighter jets.")
    assert found[0].actor.code == "BRA" and found[0].shift is True
    assert "policy of buying no foreign fighter jets" in found[0].policy


def test_no_policy_without_a_signal_or_a_topic(nlp):
    assert detect(nlp, "Germany sent a delegation to Ukraine on Monday.") == []
    assert detect(nlp, "Japan is considering a visit by the prime minister to Tokyo's sister cities.") == []


def test_us_taiwan_policy_is_a_stated_policy_not_a_treaty():
    from foedus.commitments import policies as pol

    found = [p for p in pol.policies_of("USA", "2025-06-01") if p["id"] == "usa_taiwan_strategic_ambiguity"]
    assert found and "not a treaty" in found[0]["policy"] and "strategic ambiguity" in found[0]["policy"]


def test_hyphenated_signals_match_though_spacy_splits_them(nlp):
    """spaCy parses "U-turn" as three tokens: the cue is matched on the text."""
    found = detect(nlp, "Berlin made a U-turn on its ban on arms exports to Ukraine, officials said.")
    assert found and found[0].actor.code == "DEU" and found[0].shift is True
    assert any(s.lower() == "u-turn" for s in found[0].signals), found[0].signals
    found = detect(nlp, "Tokyo will re-examine its arms export principles next year.")
    assert found and found[0].actor.code == "JPN" and found[0].shift is True
    assert [s.lower() for s in found[0].signals] == ["re-examine"]
    # a hyphenated word that merely holds a cue's letters is no cue
    turnkey = detect(nlp, "Germany signed a turn-key contract for arms exports to Ukraine.")
    assert not any("turn" in s.lower() for p in turnkey for s in p.signals)
