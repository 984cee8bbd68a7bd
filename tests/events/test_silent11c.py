"""A label that condemns the act, given in a free relative after "in" (silent11c): "..., in what opponents called a
tactic to silence dissent" is the namer's criticism (111) of the doer of the clause, as factual as the clause. The
doer's own label, or a label that does not condemn, is no act. Our own sentences."""

import pytest

from gold_helpers import has_coded, triples

DATE = "2024-03-01"


@pytest.mark.parametrize("text,source,target", [
    ("The Hungarian government expelled two Dutch diplomats on Tuesday, in what opposition parties called a tactic "
     "to silence critics.", "HUNOPP", "HUNGOV"),
    ("Belarus jailed three journalists, in what the European Union described as a sham trial.", "IGOEUR", "BLR"),
    ("Russian forces shelled a hospital in Kharkiv, in what Kyiv called a war crime.", "UKR", "RUS"),
    ("Venezuela's government barred the opposition candidate from the election, in what Washington termed a power "
     "grab.", "USA", "VEN"),
    ("Turkish police detained the mayor of Istanbul, in what his party called a political witch hunt.", "TUR", "TUR"),
])
def test_condemning_label_is_the_namers_criticism(coder, text, source, target):
    got = triples(coder, text, DATE)
    assert has_coded(got, "111", source, target), got


@pytest.mark.parametrize("text", [
    "Israeli aircraft struck sites in Iran in what the military called a response to Iranian missile fire.",
    "Pakistan struck militant hideouts in Iran, in what it called a defensive operation.",
    "Ethiopia released two thousand prisoners, in what officials called a goodwill gesture.",
    "The Hungarian government did not expel the diplomats, in what opposition parties called a tactic.",
])
def test_no_criticism_from_own_or_neutral_label(coder, text):
    got = triples(coder, text, DATE)
    assert not has_coded(got, "111"), got
