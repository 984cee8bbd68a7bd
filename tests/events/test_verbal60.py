"""Helper verbal60 (issue 10): verbal and diplomatic acts (CAMEO roots 01, 02, 04, 05, 11) in wording nobody tuned
on. Our own sentences, not gold sentences."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, source, date", [
    # a state, or an organ of it, saying its own state's forces had not done an act of force denies it (016)
    ("Kenya's interior ministry said the police had not fired on the marchers in Nairobi.", "KENGOV",
     "2023-07-08"),
    ("Chad's government insisted that the army had never attacked villagers near the Sudanese border.", "TCDGOV",
     "2021-05-04"),
    ("Peru's defence ministry said soldiers had not shot at the demonstrators in Ayacucho.", "PERGOV", "2022-12-17"),
])
def test_state_saying_its_forces_had_not_used_force_denies_it(coder, text, source, date):
    t = triples(coder, text, date=date)
    assert has_coded(t, "016", source), t


@pytest.mark.parametrize("text, date", [
    # the opposition speaking of the army denies nothing of its own
    ("Opposition leaders in Lima said soldiers had not shot at the demonstrators.", "2022-12-17"),
    # a refusal ahead, not a denial of a done act
    ("Kenya's interior ministry said the police would not use live bullets against the marchers.", "2023-07-08"),
    # where the forces stand, not a denial
    ("Thai troops have not entered the disputed temple grounds, the army spokesman said.", "2011-02-10"),
    # a wish, its act in the complement
    ("The Jordanian foreign minister said Jordan did not want to be dragged into a war between Israel and Iran.",
     "2024-04-14"),
])
def test_no_denial_from_others_refusals_positions_or_wishes(coder, text, date):
    t = triples(coder, text, date=date)
    assert not has_coded(t, "016", modality=None), t


def test_state_saying_it_had_not_sent_troops_denies_it(coder):
    # a build-up of force (15) denied as an act of force is
    t = triples(coder, "Armenia said it had not sent any extra troops to the border with Azerbaijan.", date="2021-05-14")
    assert has_coded(t, "016", "ARM"), t


def test_a_refusal_to_send_troops_is_no_denial(coder):
    t = triples(coder, "Armenia said it would not send any extra troops to the border with Azerbaijan.",
                date="2021-05-14")
    assert not has_coded(t, "016", modality=None), t
