"""Round 12 (dyad12): a surname the dictionaries file alone under a person names someone else right after
another given name ("Grace Mugabe" is not Robert Mugabe); a title or the person's own given name before
it keeps the person. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _people(matcher, nlp, text, date):
    return [(m.text, m.name) for m in matcher.find(nlp(text), date) if m.kind == "person"]


@pytest.mark.parametrize(("text", "surname"), [
    ("Grace Mugabe flew to Singapore on Tuesday for a medical check.", "Mugabe"),
    ("Saif Gaddafi told reporters the family would stay in Tripoli.", "Gaddafi"),
    ("Chelsea Clinton spoke at a charity dinner in New York.", "Clinton"),
])
def test_another_given_name_is_not_the_person(matcher, nlp, text, surname):
    found = _people(matcher, nlp, text, "2011-03-01")
    assert not any(surname in (name or "") for _, name in found)


@pytest.mark.parametrize(("text", "name"), [
    ("President Mugabe flew to Singapore on Tuesday.", "Robert Mugabe"),
    ("Robert Mugabe flew to Singapore on Tuesday.", "Robert Mugabe"),
    ("Mr Mugabe flew to Singapore on Tuesday.", "Robert Mugabe"),
])
def test_title_or_own_name_keeps_the_person(matcher, nlp, text, name):
    assert any(n == name for _, n in _people(matcher, nlp, text, "2011-03-01"))


def test_sacked_namesake_is_not_a_foreign_leader(coder):
    result = coder.code_text("Zimbabwe's cabinet sacked deputy minister Tendai Mugabe on Friday.", date="2011-03-01")
    assert all(not (e.target and e.target.code.startswith("ZWEGOV") and e.target.name == "Robert Mugabe")
               for e in result.events)
