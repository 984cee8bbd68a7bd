"""Acts that did not happen (round 17, negated17): force weighed, planned or promised for a purpose that names what it
would do is the threat of that kind ("refused to rule out using force to seize" an island: 1382, considered), not the
force (190) and the seizure besides, while force used keeps its code; police sent into another country protect it
(074), police at home and troops abroad stay a mobilisation (153/154); the xcomp of a relative clause ("rebels, who
denied having blown it up") has the relative pronoun's antecedent for subject. Our own sentences."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, code, source, target, modality", [
    ("The president refused to rule out using military force to seize the Azores.", "1382", None, None, "considered"),
    ("China said it could use force to take Taiwan.", "1382", "CHN", "TWN", "considered"),
    ("The general said the army would use force to overthrow the government if the talks failed.", "1384", None, None,
     "conditional"),
])
def test_force_for_a_purpose_is_a_threat(coder, text, code, source, target, modality):
    got = triples(coder, text)
    assert has_coded(got, code, source, target, modality), got
    assert not has_coded(got, "190", modality=None) and not has_coded(got, "171", modality=None), got


def test_force_used_keeps_its_code(coder):
    got = triples(coder, "Argentina used force to seize the islands in 1982.", date="1982-04-03")
    assert has_coded(got, "190", "ARG"), got
    assert not has_coded(got, "138", modality=None), got


@pytest.mark.parametrize("text, code, source, target, modality", [
    ("Kenya sent 400 police officers to Haiti.", "074", "KEN", "HTI", "asserted"),
    ("Kenya's cabinet postponed the deployment of police officers to Haiti.", "074", "KEN", "HTI", "negated"),
    ("Russia deployed troops to Belarus.", "154", "RUS", "BLR", "asserted"),
    ("The government deployed riot police to the capital.", "153", None, None, "asserted"),
])
def test_police_sent_abroad_protect(coder, text, code, source, target, modality):
    got = triples(coder, text)
    assert has_coded(got, code, source, target, modality), got


def test_relative_clause_subject_reaches_its_infinitive(coder):
    got = triples(coder, "The dam was destroyed, and Kyiv blamed Russian forces, who denied having blown it up.",
                  date="2023-06-06")
    assert has_coded(got, "016", "RUS"), got
    assert has_coded(got, "1712", "RUS", modality="negated"), got
    # (force29) the destruction itself happened, by no one named (gold: "1712 - -> UKR asserted" on the dev-set twin of
    # this sentence); what Russia denies is not coded as done by Russia
    assert not has_coded(got, "1712", "RUS", modality="asserted"), got
