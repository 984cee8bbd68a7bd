"""Dictionary words written with a hyphen, and words spaCy keeps whole around a hyphen (round 20, helper
`lexicon20`). Sentences written for these tests."""

from __future__ import annotations

import pytest

from gold_helpers import triples

from foedus.coder import nlp
from foedus.coder.hyphens import retokenize
from foedus.coder.verbs import VerbDictionary


def codes(got, root):
    return {(s, t, m) for s, t, c, m in got if c.startswith(root)}


def tokens(text):
    return [(t.text, t.lemma_) for t in nlp.load()(text)]


def test_hyphenated_dictionary_words_are_one_token_with_the_dictionary_lemma():
    assert ("test-fired", "test-fire") in tokens("Pyongyang test-fired two cruise missiles on Sunday.")
    assert ("baton-charged", "baton-charge") in tokens("Riot police baton-charged the marchers in Harare.")
    assert ("tear-gassed", "teargas") in tokens("Riot police tear-gassed the marchers in Harare.")
    assert ("sit-ins", "sit-in") in tokens("Teachers held sit-ins across the province.")
    # closed up, a verb or noun of data/verbs: "cease-fire" is the dictionary's "ceasefire"
    assert ("cease-fire", "ceasefire") in tokens("The cease-fire held for a third day.")
    assert ("re-opened", "reopen") in tokens("The two states re-opened their embassies.")


def test_other_hyphenated_words_stay_split_and_the_text_is_kept():
    assert ("well", "well") in tokens("A well-known journalist spoke.")
    text = "A pro-government rally, then a U.N.-mediated truce."
    doc = nlp.load()(text)
    assert doc.text == text
    assert [t.text for t in doc][-5:] == ["U.N.", "-", "mediated", "truce", "."]


def test_retokenize_leaves_a_doc_without_such_words_alone():
    doc = nlp.load().tokenizer.tokenizer("Troops crossed the border at dawn.")
    assert retokenize(doc) is doc


def test_pattern_words_with_a_hyphen_match_the_split_tokens():
    verbs = VerbDictionary.default()
    match = verbs.match("authorise", ["a", "no", "-", "fly", "zone", "over", "the", "north"])
    assert match is not None and match.code == "191", match
    # a word the tokenizer kept whole still reads as its parts: "dispute * election" (no event)
    assert verbs.match("dispute", ["the", "president", "'s", "re-election"]) is None


def test_slashes_in_a_pattern_word_are_alternatives():
    verbs = VerbDictionary.default()
    match = verbs.match("hit", ["back", "with", "sanction"])
    assert match is not None and match.code == "163", match


def test_events_of_hyphenated_words(coder):
    got = triples(coder, "Pakistani police tear-gassed the lawyers in Lahore.")
    assert any(s == "PAKCOP" for s, _, _ in codes(got, "17")), got
    got = triples(coder, "Opposition supporters began a sit-in outside the election commission in Kinshasa.")
    assert codes(got, "14"), got
    got = triples(coder, "Iran test-fired a new ballistic missile on Saturday.")
    assert ("IRN", None, "asserted") in codes(got, "15") or any(s == "IRN" for s, _, _ in codes(got, "15")), got


def test_an_aspectual_verb_leaves_the_act_to_its_complement(coder):
    got = triples(coder, "Iran began test-firing missiles into the Gulf on Friday.")
    assert codes(got, "15") and not codes(got, "19"), got


def test_no_event_from_hyphenated_words_of_no_act(coder):
    got = triples(coder, "The well-known singer held a sit-down dinner for her fans in Lagos.")
    assert not got, got
    got = triples(coder, "The factory re-opened after the holidays.")
    assert not codes(got, "1") and not codes(got, "0"), got


def test_a_shootout_is_a_gunfight(coder):
    got = triples(coder, "A shootout between Kosovo police and Serbian gunmen killed three people.")
    assert codes(got, "19"), got
    got = triples(coder, "Two policemen and a gunman were killed in a shoot-out in Mitrovica on Sunday.")
    assert codes(got, "19"), got
    got = triples(coder, "The film ends with a shootout in a saloon.")
    assert not got, got


# (hyph36) A joined past form the tagger reads as an adjective on the noun after it ("Police tear-gassed
# protesters": tear-gassed/JJ, Police a modifier of protesters) is the verb of its clause.

@pytest.mark.parametrize("text, date, source, target", [
    ("Police tear-gassed opposition supporters in Nairobi on Tuesday.", "2024-06-25", "KENCOP", "KENOPP"),
    ("Police baton-charged farmers near Amritsar on Monday.", "2024-07-16", "INDCOP", "INDAGR"),
    ("Police pepper-sprayed demonstrators in Tbilisi.", "2024-05-01", "GEOCOP", "GEOCVL"),
])
def test_a_joined_past_verb_read_as_an_adjective_heads_its_clause(coder, text, date, source, target):
    got = triples(coder, text, date)
    assert ("175", source, target) in {(c, s, t) for s, t, c, _ in got}, got


def test_a_joined_participle_before_its_noun_stays_an_adjective(coder):
    got = triples(coder, "The tear-gassed crowd scattered into side streets of Nairobi.", "2024-06-25")
    assert not any(c.startswith("17") for _, _, c, _ in got), got
