"""``doctext``: the text of a doc and of any span of it, joined once per doc, is exactly what spaCy's
``.text`` gives (spaces, newlines, tabs, a span ending before a space, an empty span)."""
from __future__ import annotations

from foedus.coder.doctext import doc_lowers, doc_text, fix_sentences, span_text, unfix_sentences

TEXTS = [
    "Kenya accused Somalia of shelling border villages on Monday. Nairobi recalled its envoy.",
    "  Leading spaces.  Two  spaces\n\nand a new line \t a tab, and the end  ",
    "KYIV, June 3 (Reuters) - \"We will respond,\" the president said.",
    "a",
]


def test_doc_and_span_text_are_spacy_text(nlp):
    for doc in nlp.pipe(TEXTS):
        assert doc_text(doc) == doc.text
        assert doc_text(doc) is doc_text(doc)   # same object: not a token (joined once)
        for sent in doc.sents:
            assert span_text(sent) == sent.text
        for a in range(len(doc) + 1):
            for b in range(a, min(len(doc), a + 8) + 1):
                assert span_text(doc[a:b]) == doc[a:b].text


def test_doc_lowers_are_spacy_lower(nlp):
    for doc in nlp.pipe(TEXTS):
        assert doc_lowers(doc) == [t.lower_ for t in doc]


def test_fixed_sentences_are_spacy_sentences(nlp):
    """After ``fix_sentences`` each word's ``.sent`` is the sentence spaCy's own walk finds; ``unfix_sentences``
    gives the walk back (a repair that re-hangs a word may move a boundary)."""
    for doc in nlp.pipe(TEXTS):
        native = [(t.sent.start, t.sent.end) for t in doc]
        fix_sentences(doc)
        assert [(t.sent.start, t.sent.end) for t in doc] == native
        assert [t.sent.text for t in doc] == [doc[a:b].text for a, b in native]
        unfix_sentences(doc)
        assert "sent" not in doc.user_token_hooks
        assert [(t.sent.start, t.sent.end) for t in doc] == native


def test_countries_in_names_of_one_two_three_words(nlp):
    """Country names of one word (capitalised), two and three words, and a feature's name that holds one."""
    from foedus.coder.places import Gazetteer

    gaz = Gazetteer.default()
    doc = nlp("Officials of the United States, South Korea and Chad met near Lake Chad; china was not there.")
    found = gaz.countries_in(doc)
    assert {"USA", "KOR", "TCD"} <= found and "CHN" not in found
    assert gaz.countries_in(doc[0:5]) == {"USA"}


def test_policy_signals_longest_phrase_wins(nlp):
    from foedus.commitments.policies import _signals, stated_policies

    d = stated_policies()
    sent = next(iter(nlp("Tokyo will no longer rule out a policy change and upheld its review.").sents))
    assert _signals(sent, d.shift) == [("no longer rule out", 2), ("policy change", 7), ("review", 12)]
    assert _signals(sent, d.reaffirm) == [("rule out", 4), ("upheld", 10)]


def test_tokens_are_the_words_and_made_once_while_kept(nlp):
    """(speed23) ``tokens`` of a doc or span is ``list(...)``; inside ``tokens_kept`` the doc's Token objects are made
    once and a span's words are cut from them; a tree repair made meanwhile is seen; outside, a fresh list."""
    from foedus.coder.doctext import tokens, tokens_kept

    doc = nlp("Ghana and Togo signed a border treaty in Accra on Friday. Lome welcomed it.")
    outside = tokens(doc)
    assert [t.i for t in outside] == [t.i for t in doc] and tokens(doc) is not outside
    with tokens_kept(doc):
        kept = tokens(doc)
        assert tokens(doc) is kept   # same object: not a token (one list per doc)
        for sent in doc.sents:
            words = tokens(sent)
            assert [t.i for t in words] == [t.i for t in sent]
            assert all(a is b for a, b in zip(words, kept[sent.start:sent.end]))   # same object: not a token
        other = nlp("Mali expelled the French ambassador.")
        assert [t.text for t in tokens(other)] == [t.text for t in other]
        treaty = next(t for t in doc if t.lower_ == "treaty")
        treaty.head = doc[0]
        assert tokens(doc)[treaty.i].head.i == 0
    assert tokens(doc) is not kept   # same object: not a token


def test_words_read_their_parse_as_spacy_does(nlp):
    """(speed24) Once the parse is final (``fix_sentences`` of the doc being coded) ``tokens`` gives Words: each
    reads its head, children, subtree, ancestors, edges, conjuncts and strings from spaCy once, and the words they
    name are the kept Words. Every read equals spaCy's own; a Word equals and hashes as the Token at its place."""
    from spacy.tokens import Token

    from foedus.coder.doctext import Word, tokens, tokens_kept, word_at

    texts = ["Rwanda and Uganda accused Burundi of shelling border villages, and Kigali recalled its envoy on Monday.",
             "The talks, which Qatar brokered, collapsed after rebels attacked a convoy near Goma."]
    for doc in nlp.pipe(texts):
        with tokens_kept(doc):
            assert not isinstance(tokens(doc)[0], Word)   # the parse may still be repaired
            fix_sentences(doc)
            words = tokens(doc)
            assert all(isinstance(w, Word) for w in words)
            assert all(word_at(doc, w.i) is w for w in words)   # same object: not a token
            for w in words:
                t = doc[w.i]
                assert type(t) is Token and w == t and hash(w) == hash(t) and {w: 1}[t] == 1
                for name in ("dep_", "lemma_", "lower_", "pos_", "tag_", "text", "idx", "i"):
                    assert getattr(w, name) == getattr(t, name)
                assert w.head.i == t.head.i and w.head is words[t.head.i]   # same object: not a token
                for name in ("children", "lefts", "rights", "subtree", "ancestors", "conjuncts"):
                    assert [x.i for x in getattr(w, name)] == [x.i for x in getattr(t, name)]
                    assert all(x is words[x.i] for x in getattr(w, name))   # same object: not a token
                assert (w.left_edge.i, w.right_edge.i) == (t.left_edge.i, t.right_edge.i)
                assert (w.sent.start, w.sent.end) == (t.sent.start, t.sent.end)
            unfix_sentences(doc)
            assert not isinstance(tokens(doc)[0], Word)
        assert not isinstance(word_at(doc, 0), Word)


def test_a_write_to_a_word_goes_to_the_doc(nlp):
    """(speed24) A Word's parse written (no rule does once the tree is final) is the doc's: what the Words kept is
    read again, so the new head's children and the word's own head agree with spaCy's."""
    from foedus.coder.doctext import tokens, tokens_kept

    doc = nlp("Kenya accused Somalia of shelling border villages.")
    with tokens_kept(doc):
        fix_sentences(doc)
        words = tokens(doc)
        somalia, villages = words[2], words[6]
        assert [c.i for c in villages.children] == [c.i for c in doc[6].children]
        old_head = somalia.head.i
        somalia.head = villages
        somalia.dep_ = "nmod"
        assert doc[2].head.i == 6 and doc[2].dep_ == "nmod" and somalia.head.i == 6 and somalia.dep_ == "nmod"
        assert [c.i for c in villages.children] == [c.i for c in doc[6].children] and 2 in [c.i for c in villages.children]
        assert 2 not in [c.i for c in words[old_head].children]
        unfix_sentences(doc)


def test_words_are_filled_at_once_from_the_doc_arrays(nlp):
    """(speed25) The Words of a doc whose parse is final come with their place, strings, head and children filled in
    (read from spaCy's arrays in one pass, not one Token per read); a non-projective tree (an arc crossing another,
    which spaCy's parser can give) reads its subtree, lefts, rights and ancestors in spaCy's own order."""
    from spacy.tokens import Doc

    from foedus.coder.doctext import tokens, tokens_kept

    doc = nlp("Kenya accused Somalia of shelling border villages.")
    with tokens_kept(doc):
        fix_sentences(doc)
        for w in tokens(doc):
            assert {"i", "pos_", "tag_", "dep_", "lemma_", "lower_", "text", "idx", "head", "children", "lefts", "rights"} \
                <= set(vars(w))
        unfix_sentences(doc)
    # 0 <- 2, 1 <- 4, 3 <- 2, 2 <- 4 (root 4): the arc 4 -> 1 crosses the arcs 2 -> 0 and 2 -> 3
    crossed = Doc(nlp.vocab, words=["a", "b", "c", "d", "e"], heads=[2, 4, 4, 2, 4],
                  deps=["dep", "dep", "dep", "dep", "ROOT"], sent_starts=[True, False, False, False, False])
    with tokens_kept(crossed):
        fix_sentences(crossed)
        for w in tokens(crossed):
            t = crossed[w.i]
            assert w.head.i == t.head.i
            for name in ("children", "lefts", "rights", "subtree", "ancestors"):
                assert [x.i for x in getattr(w, name)] == [x.i for x in getattr(t, name)], (w.i, name)
        unfix_sentences(crossed)


def test_doc_text_read_from_the_arrays(nlp):
    """(speed26) ``doc_text`` joins each word's string and space read from spaCy's arrays: spaCy's ``doc.text``
    exactly (leading, doubled and trailing spaces, new lines, tabs, one word, no word)."""
    from foedus.coder.doctext import _joined

    for doc in nlp.pipe([*TEXTS, ""]):
        assert _joined(doc) == doc.text


def test_sentences_are_read_once_when_the_parse_is_final(nlp):
    """(speed26) ``sentences(doc)`` is ``list(doc.sents)``; while the doc is coded and its parse final, one list made
    by ``fix_sentences``, whose spans are also each word's ``.sent``. Before the repairs, after a write to the parse
    and once unfixed, spaCy's walk again."""
    from foedus.coder.doctext import sentences, tokens, tokens_kept

    doc = nlp("Kenya accused Somalia of shelling border villages. Nairobi recalled its envoy on Monday.")
    native = [(s.start, s.end) for s in doc.sents]
    with tokens_kept(doc):
        before = sentences(doc)
        assert [(s.start, s.end) for s in before] == native and sentences(doc) is not before
        fix_sentences(doc)
        kept = sentences(doc)
        assert sentences(doc) is kept and [(s.start, s.end) for s in kept] == native
        assert [s.text for s in kept] == [s.text for s in doc.sents]
        for w in tokens(doc):
            assert any(w.sent is s for s in kept)   # same object: not a token (the kept span, not a new one)
        words = tokens(doc)
        words[2].head = words[6]   # a write to the parse: the sentences are read from it again
        assert sentences(doc) is not kept and [(s.start, s.end) for s in sentences(doc)] == [(s.start, s.end) for s in doc.sents]
        fix_sentences(doc)
        unfix_sentences(doc)
        assert [(s.start, s.end) for s in sentences(doc)] == [(s.start, s.end) for s in doc.sents]
        assert sentences(doc) is not sentences(doc)


def test_countries_in_as_the_plain_scan(nlp):
    """(speed26) ``countries_in`` tries a name of two or three words only from the first word of one (or where the
    span's end cuts the slice short, as the plain scan did): the same countries as the scan of every one, two and
    three words, on every span of a few sentences."""
    from foedus.coder.places import Gazetteer, _in_feature_name

    gaz = Gazetteer.default()

    def scan(words):
        lowers = [t.lower_ for t in words]
        found = set()
        for i in range(len(lowers)):
            for n in (1, 2, 3):
                code = gaz.country_names.get(" ".join(lowers[i:i + n]))
                heads_ok = n == 1 or lowers[i].partition(" ")[0] in gaz._name_heads() or i + n > len(lowers)
                if code and heads_ok and (n > 1 or words[i].text[:1].isupper()) and not _in_feature_name(words, i, i + n):
                    found.add(code)
        return found

    for doc in nlp.pipe(["Officials of the United States, South Korea and Chad met near Lake Chad on Monday.",
                         "The Central African Republic and the Democratic Republic of the Congo signed it in South"]):
        for a in range(len(doc)):
            for b in range(a + 1, len(doc) + 1):
                assert gaz._countries_in(doc[a:b]) == scan(doc[a:b]), (a, b)


def test_final_reading_is_remembered_once_the_parse_is_final(nlp):
    """(speed41) ``final_reading`` remembers a reading of the parse per kept Word once the parse is final, reads it
    afresh before then and for words of other docs, and forgets it on a write to a Word's parse."""
    from foedus.coder.doctext import final_reading, tokens, tokens_kept

    asked: list[int] = []

    def head_of(word):
        asked.append(word.i)
        return word.head.i

    doc = nlp("Kenya accused Somalia of shelling border villages.")
    with tokens_kept(doc):
        first = tokens(doc)[0]
        assert final_reading(first, head_of) == final_reading(first, head_of) == doc[0].head.i
        assert asked == [0, 0]   # the parse may still be repaired: read each time
        fix_sentences(doc)
        words = tokens(doc)
        asked.clear()
        assert [final_reading(w, head_of) for w in words] == [t.head.i for t in doc]
        assert [final_reading(w, head_of) for w in words] == [t.head.i for t in doc]
        assert asked == list(range(len(doc)))   # once per word
        assert final_reading(doc[1], head_of) == doc[1].head.i and asked[-1] == 1   # a plain Token: read afresh
        words[0].head = words[0]   # a write: every reading made again
        asked.clear()
        assert final_reading(words[0], head_of) == 0 and asked == [0]
        unfix_sentences(doc)
