"""Criticism and accusation missed on the tune part (miss1112). A speaker who says that another's act or another actor
broke a rule (a law, a right, a treaty, a sovereignty) criticises that actor (111), and the breaking is no defiance of
norms (128) of its own; an accusation or a criticism told in an "after" clause is an act of its own, coded as the
clause's other acts are. Our own sentences, each family with sentences where the same words mean something else."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, code, source, target", [
    # a rule said to be broken by another's act
    ("Kenya's foreign minister said the Somali naval patrols violated Kenyan sovereignty.", "111", "KEN", "SOM"),
    ("The Polish government said Belarus's airspace incursion breached international law.", "111", "POL", "BLR"),
    # a named actor said to break it: reported speech, the breach is the act (README), not the saying
    ("Seoul said Pyongyang flouted the armistice agreement.", "128", "PRK", ""),
])
def test_a_rule_said_to_be_broken_is_criticism(coder, text, code, source, target):
    t = triples(coder, text)
    assert has_coded(t, code, source, target), t


@pytest.mark.parametrize("text", [
    "Kenya's foreign minister said the Somali naval patrols violated Kenyan sovereignty.",
])
def test_the_breaking_said_is_no_defiance_of_its_own(coder, text):
    t = triples(coder, text, modality=None)
    assert not has_coded(t, "128", modality=None), t


@pytest.mark.parametrize("text, absent", [
    # one's own act, an act denied, a breach that may come, and a thing that breaks nothing of a rule
    ("Kenya said it had not violated Somali waters.", "111"),
    ("Nairobi said it had violated no agreement.", "111"),
    ("Seoul said it would respond if Pyongyang violated the armistice.", "111"),
    ("The coach said the referee's decision broke his heart.", "111"),
])
def test_other_breaches_are_no_criticism(coder, text, absent):
    t = triples(coder, text, modality=None)
    assert not has_coded(t, absent, modality=None), t


@pytest.mark.parametrize("text, code, source, target", [
    # an accusation or a criticism aimed at an object of its own in an "after" clause
    ("Estonia expelled two Russian diplomats after Tallinn accused Moscow of cyber attacks on its banks.", "112", "EST",
     "RUS"),
    ("Peru recalled its ambassador after the Mexican president criticised the new Peruvian government.", "111", "MEX",
     "PER"),
    ("The junta expelled the Danish envoy hours after accusing Copenhagen of interference.", "112", None, "DNK"),
])
def test_a_reproach_in_an_after_clause_is_an_act(coder, text, code, source, target):
    t = triples(coder, text)
    assert has_coded(t, code, source, target), t


def test_a_charge_told_as_a_that_clause_after_after_stays_the_reason(coder):
    t = triples(coder, "Norway froze its grants to the ministry after Sweden alleged that officials had taken bribes.")
    assert not any(c.startswith("11") for s, tgt, c, m in t), t


@pytest.mark.parametrize("text, code, source, target", [
    # a reaction told in a relative clause opened by "that" as its object, as by "which", also inside a clause of
    # time that is background
    ("A week after the opposition leader was shot in an ambush that his supporters blamed on Kigali, the talks "
     "collapsed.", "112", "RWAOPP", "RWA"),
    ("The former minister was killed in a car bombing that his party blamed on the army.", "112", None, None),
])
def test_a_reaction_in_a_that_relative_is_an_act(coder, text, code, source, target):
    t = triples(coder, text)
    assert has_coded(t, code, source, target), t


@pytest.mark.parametrize("text, code, source, target", [
    # more names of scorn given to another's act
    ("The opposition won the vote, and Caracas called the result a pantomime.", "111", "VEN", None),
    ("Serbia called the decision disrespectful.", "111", "SRB", None),
])
def test_more_names_of_scorn(coder, text, code, source, target):
    t = triples(coder, text)
    assert has_coded(t, code, source, target), t
