"""``TokenPhraseMatcher`` finds exactly the spans spaCy's PhraseMatcher finds (LOWER and ORTH)."""

from __future__ import annotations

from foedus.coder.actors import ActorDictionary, TokenPhraseMatcher, _pattern_texts


def test_same_spans_as_spacy_phrase_matcher(nlp, example_text):
    from spacy.matcher import PhraseMatcher

    text = example_text + " The US and the U.S. Navy met NATO, the UN and South Korea's Yoon Suk Yeol in Seoul."
    doc = nlp(text)
    dictionary = ActorDictionary.default()
    lowered = text.lower()
    surfaces = [p for p in dictionary.surfaces if p.lower() in lowered][:3000]
    for sensitive, attr in ((False, "LOWER"), (True, "ORTH")):
        phrases = [p for p in surfaces if dictionary.surfaces[p] == sensitive]
        spacy_matcher = PhraseMatcher(nlp.vocab, attr=attr)
        spacy_matcher.add("ACTOR", list(nlp.tokenizer.pipe(phrases)))
        ours = TokenPhraseMatcher([tuple(t.lower_ if attr == "LOWER" else t.text for t in d)
                                   for d in nlp.tokenizer.pipe(phrases)], lower=attr == "LOWER")
        expected = sorted({(s, e) for _, s, e in spacy_matcher(doc)})
        assert expected, f"the text should hold some {attr} phrases"
        assert sorted({(s, e) for _, s, e in ours(doc)}) == expected


def test_packaged_phrases_cover_the_dictionary(nlp):
    texts = _pattern_texts(nlp, ActorDictionary.default())
    assert len(texts["lower"]) > 30_000 and ("south", "korea") in texts["lower"] and ("US",) in texts["exact"]
