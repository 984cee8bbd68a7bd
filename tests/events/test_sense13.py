"""Round 13b (sense13): verb senses whose object or clause decides the code, so that a bare verb does not code a
concession, a meeting or a verbal defence it does not mean. Our own sentences."""

import pytest

from gold_helpers import triples


def roots(t):
    return {c[:2] for _, _, c, _ in t}


@pytest.mark.parametrize("text, code", [
    # suspending what one gives reduces relations or sanctions; it concedes nothing
    ("Ankara suspended its strategic dialogue with Athens after the incident.", "164"),
    ("Moscow suspended the military hotline with Washington.", "160"),
    ("Seoul suspended all imports of North Korean coal.", "163"),
    ("Jakarta suspended the operating licence of an Australian mining firm.", "172"),
    ("Paris suspended all military sales to Chile after the coup.", "162"),
])
def test_suspending_what_one_gives_is_no_concession(coder, text, code):
    t = triples(coder, text)
    assert any(c.startswith(code) for _, _, c, _ in t), t
    assert "08" not in roots(t), t


@pytest.mark.parametrize("text", [
    "Brussels scrapped a trade contract with the Chinese firm.",
    "The regional airline suspended flights to the island for a week.",
    "The Security Council authorised a naval mission off the Somali coast.",
    "Nigeria and Ghana abstained in the vote on the resolution.",
    "Police cleared the square of vendors before the parade.",
])
def test_no_bare_concession(coder, text):
    t = triples(coder, text)
    assert "08" not in roots(t), t


@pytest.mark.parametrize("text, code", [
    ("The junta lifted the curfew in the capital.", "0813"),
    ("Washington suspended sanctions on Caracas for six months.", "085"),
    ("The government scrapped the ban on opposition rallies.", "081"),
])
def test_lifting_what_was_imposed_still_yields(coder, text, code):
    t = triples(coder, text)
    assert any(c.startswith(code) for _, _, c, _ in t), t


def test_troops_sent_to_defend_someone_protect_him(coder):
    t = triples(coder, "Pretoria sent troops to defend the president of Lesotho against the mutineers.",
                date="1998-09-22")
    assert any(c.startswith("074") or c.startswith("0334") for _, _, c, _ in t), t
    assert not any(c == "052" for _, _, c, _ in t), t


def test_words_in_defence_stay_verbal(coder):
    t = triples(coder, "The foreign minister defended the decision to expel the envoy.")
    assert any(c == "052" for _, _, c, _ in t), t


def test_an_invitation_to_join_an_alliance_is_no_meeting(coder):
    t = triples(coder, "NATO invited Finland and Sweden to join the alliance.", date="2022-06-29")
    assert any(c.startswith("03") for _, _, c, _ in t), t
    assert "04" not in roots(t), t
