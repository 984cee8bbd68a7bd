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


@pytest.mark.parametrize("text", [
    "Ankara warned that any Syrian unit approaching the border would be treated as a hostile target.",
    "Moscow warned that ships heading to Ukrainian ports could be regarded as military targets.",
])
def test_a_warning_of_how_others_will_be_treated_is_a_threat(coder, text):
    t = triples(coder, text, date="2023-07-20")
    assert "13" in roots(t), t
    assert not any(c == "012" for _, _, c, _ in t), t


def test_a_warning_of_what_others_may_suffer_stays_pessimistic(coder):
    t = triples(coder, "The WHO warned that hospitals could be overwhelmed by the outbreak.")
    assert any(c == "012" for _, _, c, _ in t), t


@pytest.mark.parametrize("text", [
    "Kenya sent 400 police officers to Haiti at the request of its government.",
    "Tanzania began deploying soldiers to the Comoros at the invitation of the island's president.",
    "Saudi troops rolled into Bahrain at the invitation of the Manama government.",
])
def test_forces_sent_at_a_governments_request_protect_it(coder, text):
    t = triples(coder, text, date="2021-08-27")
    assert any(c == "074" for _, _, c, _ in t), t
    assert not ({"15", "19"} & roots(t)), t


@pytest.mark.parametrize("text, code", [
    ("The junta ordered the Dutch ambassador in Bamako to leave within 48 hours.", "174"),  # (violence56) expelled envoys are 174 (gold README since blind21)
    ("The president ordered all foreign aid agencies out of the province.", "1663"),
    ("Lithuania ordered the closure of Belarus's consulate in Vilnius.", "161"),
])
def test_ordered_to_leave_is_an_expulsion(coder, text, code):
    t = triples(coder, text, date="2022-06-01")
    assert any(c == code for _, _, c, _ in t), t
    assert "10" not in roots(t), t


def test_handing_oneself_over_is_a_surrender(coder):
    t = triples(coder, "The rebel commander handed himself over to army troops in Goma.", date="2013-03-18")
    assert "08" in roots(t), t
    assert "15" not in roots(t), t


@pytest.mark.parametrize("text, code", [
    ("The government ordered air raids on the rebel-held town.", "195"),
    ("The president ordered tanks to shell the rebel barracks.", "194"),
    ("The governor ordered the demolition of the squatters' homes.", "1712"),
])
def test_an_attack_ordered_is_the_act(coder, text, code):
    t = triples(coder, text)
    assert any(c == code for _, _, c, _ in t), t
    assert "10" not in roots(t), t
