"""Round 35 sources: a state's force named without its country ("the army") that arrests or ousts a named
person in an office of one state is that state's own force, not the state the article named first; an
embassy or barracks it acts on names no owner of the force. Sentences written for these tests."""

from __future__ import annotations

from foedus.coder.pipeline import code_text


def _sources(text, root, date):
    return [e.source.code if e.source else None for e in code_text(text, date).events if e.cameo.startswith(root)]


def test_army_detaining_a_named_leader_is_of_the_leaders_state():
    text = ("Paris suspended its budget support to Niger after the army seized power and detained "
            "President Mohamed Bazoum.")
    got = _sources(text, "17", "2023-07-28")
    assert got and all(s and s.startswith("NER") for s in got), got


def test_army_acting_on_a_foreign_embassy_keeps_the_articles_state():
    # the rule reads named persons only: an embassy is another state's organ on the force's own soil
    text = "Guatemala's government said the army stormed the Spanish embassy, which farmers had occupied."
    got = _sources(text, "1", "1980-01-31")
    assert not [s for s in got if s and s.startswith("ESP")], got
