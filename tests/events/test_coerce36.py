"""Coercion, reduced relations and force posture (CAMEO 15-17) the coder missed, each fixed as a class and tested on
our own sentences (helper coerce36 of the thirty-sixth session)."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, source, target", [
    # clubbing people is beating them; a state's police clubbing a crowd or protesters represses them (175)
    ("Riot police clubbed students in Prague on Friday.", "CZECOP", "CZECVL"),
    ("Police clubbed the crowd outside the meeting hall in Belgrade.", "SRBCOP", "SRBCVL"),
])
def test_police_clubbing_a_crowd_is_repression(coder, text, source, target):
    t = triples(coder, text)
    assert has_coded(t, "175", source, target), t


def test_clubbing_by_gunmen_is_a_beating(coder):
    t = triples(coder, "Gunmen bludgeoned two farmers in a village near Jos.")
    assert has_coded(t, "182", None, "NGAAGR"), t


def test_clubbed_to_death_stays_a_killing(coder):
    t = triples(coder, "Villagers clubbed a suspected thief to death in Kenya.")
    assert has_coded(t, "1823", modality=None), t
    assert not any(c == "182" for _, _, c, _ in t), t


def test_a_club_is_no_beating(coder):
    t = triples(coder, "The club hosted a dinner for the visiting minister.")
    assert not has_coded(t, "18", modality=None), t
