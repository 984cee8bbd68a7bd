"""Round 14 (dyad14): British and American spellings of one word in a name ("Organisation" /
"Organization", "Defence" / "Defense", "Programme" / "Program") name the same actor. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from foedus.coder.actors import key_of


def test_the_key_folds_british_and_american_spellings():
    assert key_of("Organisation of American States") == key_of("Organization of American States")
    assert key_of("Ministry of Defence") == key_of("ministry of defense")
    assert key_of("World Food Programme") == key_of("World Food Program")


@pytest.mark.parametrize("text, name, code", [
    # the dictionaries spell these with a "z": the British spelling in the text finds them
    ("The Organisation of American States condemned the coup in Bolivia.", "Organisation of American States", "IGOOAS"),
    ("The International Labour Organisation criticised the treatment of migrant workers.",
     "International Labour Organisation", "IGOUNOLABILO"),
    # and the American spelling of a name filed with an "s"
    ("The World Health Organization sent vaccines to Malawi.", "World Health Organization", "IGOUNOHLHWHO"),
])
def test_a_name_in_the_other_spelling_is_found(matcher, nlp, text, name, code):
    found = {m.text: m.code for m in matcher.find(nlp(text), "2020-05-01")}
    assert found.get(name) == code
