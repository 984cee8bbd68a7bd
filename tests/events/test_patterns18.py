"""Phrasal uses and stances (round 18, patterns18): a state that becomes a member of an alliance or a bloc joins it
(057); laying siege to a place blockades it (191); seeing little or no hope of something, or a speaker saying it is
pessimistic, worried or concerned about something, is a pessimistic comment (012), aimed at the actor named in what it
is worried about (as an optimistic comment, 013, is); signatures put to a treaty sign it (057); patrol boats,
gunboats or coast-guard vessels sent somewhere are a show of force (150). Our own sentences, each family with sentences where the same
words mean something else."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, code, source, target", [
    # a state becoming a member of an alliance or a bloc
    ("Finland became the thirty-first member of NATO on Tuesday.", "057", "FIN", "IGOWSTNAT"),
    ("Croatia became the European Union's 28th member state.", "057", "HRV", None),
    # laying siege to a place
    ("Rebel fighters laid siege to the town of Goma.", "191", None, None),
    # signatures put to a treaty; patrol boats sent
    ("The two presidents put their signatures to a treaty banning chemical weapons.", "057", None, None),
    ("China sent coast guard vessels to the disputed shoal.", "150", "CHN", None),
    ("Greece sent two patrol boats to the island.", "150", "GRC", None),
    # seeing little or no hope
    ("Japanese Prime Minister Shinzo Abe said he saw little hope of a breakthrough with Pyongyang.", "012", "JPN", "PRK"),
    # a speaker pessimistic, worried or concerned about something
    ("Beijing said it was deeply pessimistic about the prospects for a resumption of arms-control talks with Washington.",
     "012", "CHN", "USA"),
    ("The French foreign minister said he was worried about Iran's nuclear programme.", "012", "FRA", "IRN"),
    # an optimistic speaker's topic names the target too
    ("China's commerce ministry said it was optimistic about the new round of trade talks with Washington.",
     "013", "CHN", "USA"),
])
def test_phrasal_uses_and_stances(coder, text, code, source, target):
    t = triples(coder, text)
    assert has_coded(t, code, source, target), t


@pytest.mark.parametrize("text, absent", [
    ("The team became champion after a late goal.", "05"),
    ("She became a member of the party's central committee.", "05"),
    ("The president laid a wreath at the war memorial.", "19"),
    ("The coach saw little hope for the season.", "01"),
    ("The coach said he was concerned about the team's form.", "01"),
    ("Germany said it was not concerned about the Russian exercises.", "01"),
    ("The storm rolled toward the coast.", "15"),
    ("The governor put his signature to the budget bill.", "05"),
    ("The police sent a patrol to the village.", "15"),
    ("The club sent its team to the tournament.", "15"),
])
def test_other_uses_are_not_coded_so(coder, text, absent):
    t = triples(coder, text, modality=None)
    assert not has_coded(t, absent, modality=None), t


def test_a_place_the_topic_is_in_is_no_target(coder):
    t = triples(coder, "Qatar's negotiator said he was more hopeful about the prospects for a truce in Gaza.")
    assert has_coded(t, "013", "QAT", None), t
    assert not has_coded(t, "013", "QAT", "PSE"), t
