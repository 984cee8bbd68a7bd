"""Content hash and wire-copy linking."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from corpus import ARTICLES, wire_copy  # noqa: E402

from foedus.ingest.dedup import THRESHOLD, StoryLinker, content_hash, signature, similarity  # noqa: E402


def test_content_hash_folds_case_and_whitespace_only():
    text = ARTICLES["seoul"]
    assert content_hash(text) == content_hash("  " + text.upper().replace(" ", "\n  ") + "\n")
    assert content_hash(text) != content_hash(text.replace("Tuesday", "Wednesday"))
    assert len(content_hash(text)) == 64


def test_signatures_are_stable_and_estimate_similarity():
    a, b = ARTICLES["seoul"], wire_copy(ARTICLES["seoul"])
    assert (signature(a) == signature(a)).all()
    assert similarity(signature(a), signature(b)) >= 0.7
    assert similarity(signature(a), signature(ARTICLES["manila"])) < 0.1


def test_wire_copies_join_the_first_story_and_others_do_not():
    linker = StoryLinker()
    first = linker.link("s1", ARTICLES["seoul"])
    other = linker.link("m1", ARTICLES["manila"])
    copy = linker.link("s2", wire_copy(ARTICLES["seoul"]))
    edited = linker.link("s3", ARTICLES["seoul"].replace("on Tuesday", "late on Tuesday") + " More follows.")
    assert (first.story_id, first.linked) == ("s1", False)
    assert (other.story_id, other.linked) == ("m1", False)
    assert (copy.story_id, copy.linked) == ("s1", True) and copy.similarity >= THRESHOLD
    assert edited.story_id == "s1"
    # same actors and topic, different text: a different story
    rewrite = ("Seoul lodged a protest with Moscow about the treaty it signed with Pyongyang. "
               "Diplomats in the Russian capital were called in, and ministers discussed arms for Kyiv.")
    assert linker.link("s4", rewrite).story_id == "s4"


def test_index_is_bounded_and_seedable():
    linker = StoryLinker(max_stories=2)
    linker.add_known("old", signature(ARTICLES["seoul"]))
    assert linker.link("x", wire_copy(ARTICLES["seoul"])).story_id == "old"
    linker.link("m", ARTICLES["manila"])
    linker.link("b", ARTICLES["berlin"])
    assert len(linker) == 2
    # "old" was the least recently used story and has been evicted
    assert linker.link("y", wire_copy(ARTICLES["seoul"])).story_id == "y"
