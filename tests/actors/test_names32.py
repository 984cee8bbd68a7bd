"""Helper names32: names as the news writes them. The converted (Phoenix) people files write three-part Korean,
Chinese and Taiwanese names without the hyphen the news puts in the given name ("Jang Song Thaek" for "Jang
Song-thaek"), and full names with middle initials ("Lynden O. Pindling") the news shortens; and a hand-curated
entry that replaces a converted one keeps the converted entry's other spellings ("Hasan Ruhani"). Sentences
written for these tests."""

from __future__ import annotations

import pytest


def _codes(matcher, nlp, text, date):
    return {m.text: m.code for m in matcher.find(nlp(text), date)}


@pytest.mark.parametrize(("text", "date", "name", "code"), [
    ("Jang Song-thaek flew to Beijing for talks on trade.", "2012-08-13", "Jang Song-thaek", "PRKGOV"),
    ("Pak Pong-ju toured a steel works near Pyongyang.", "2004-05-02", "Pak Pong-ju", "PRK"),
    ("Lynden Pindling called an early election.", "1987-05-01", "Lynden Pindling", "BHSGOV"),
    ("Hasan Ruhani told parliament the talks would go on.", "2015-04-03", "Hasan Ruhani", "IRNGOV"),
    ("Leon E. Panetta arrived in Kabul on Thursday.", "2012-03-15", "Leon E. Panetta", "USAGOV"),
])
def test_news_forms_of_listed_names(matcher, nlp, text, date, name, code):
    assert _codes(matcher, nlp, text, date).get(name, "").startswith(code)


def test_generated_forms_are_checked(dictionary):
    # a converted entity's places are not its other names
    entry = dictionary.lookup("Banja Luka")
    assert entry is None or entry.kind != "person"
    # a common surname with a first name is many people: "Charles Q. Brown" does not give "Charles Brown"
    entry = dictionary.lookup("Charles Brown")
    assert entry is None or entry.person is None or entry.person.id != "charles-q-brown"
    # spellings with a title are left to the matcher's titles
    assert dictionary.lookup("President-Elect Obama") is None


def test_a_hyphenated_converted_name_is_a_person_he_can_stand_for(coder):
    from foedus.coder import coref

    text = ("President Chun Doo-hwan met Secretary of State George Shultz in Seoul on Monday. "
            "Prime Minister Lee Han-key appealed to the opposition for calm. "
            "He warned the students that the army might be called in.")
    doc = coder.nlp(text)
    mentions = coder.matcher.find(doc, "1987-06-18")
    he = next(t.i for t in doc if t.text == "He")
    assert [m.text for m in coref.resolve(doc, mentions)[he]] == ["Prime Minister Lee Han-key"]
