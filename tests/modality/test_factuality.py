"""Factuality rules of foedus.coder.modality on our own sentences (Andean border news, invented wording):
negative subjects, "without", "nor", the scope of negation over conjoined verbs, nouns of intention,
scheduled acts, inverted and "in case of" conditions, counterfactuals, yes/no questions and
agreements that declare a truce."""

from __future__ import annotations

import pytest

from foedus.coder import modality


def _tok(doc, word):
    """The first token whose text or lemma is ``word`` (verbs before nouns when both occur)."""
    hits = [t for t in doc if word in {t.lower_, t.lemma_.lower()}]
    verbs = [t for t in hits if t.pos_ in {"VERB", "AUX"}]
    return (verbs or hits)[0]


@pytest.mark.parametrize("text, word, expected", [
    # a negative subject negates its clause
    ("No Peruvian soldiers crossed the border into Chile.", "crossed", "negated"),
    ("Neither Chile nor Bolivia has recalled its ambassador from Lima.", "recalled", "negated"),
    ("Nobody fired at the convoy near Arica.", "fired", "negated"),
    ("None of the Chilean warships entered Peruvian waters.", "entered", "negated"),
    ("Not only did Chile expel the envoy, it also closed the consulate.", "expel", "asserted"),
    # "without": the act did not take place; the act it accompanies did
    ("Chilean troops left the disputed village without firing a shot.", "firing", "negated"),
    ("Chilean troops left the disputed village without firing a shot.", "left", "asserted"),
    ("The talks in Lima ended without an agreement on the maritime border.", "agreement", "negated"),
    # "nor" carries the negation to its own clause
    ("Bolivia has not closed its embassy, nor has it expelled Chilean diplomats.", "expelled", "negated"),
    # the scope of a negation over conjoined verbs
    ("Bolivia did not attack the outpost or shell the village.", "shell", "negated"),
    ("Peru did not expel the envoy but summoned him for an explanation.", "summoned", "asserted"),
    ("Peru did not expel the envoy but summoned him for an explanation.", "expel", "negated"),
    ("Chile did not sign the accord and instead imposed new tariffs on Peru.", "imposed", "asserted"),
    ("Chile will send two frigates and train Peruvian sailors.", "train", "intended"),
    # nouns of intention, negated on the noun or on its light verb
    ("Lima has no intention of expelling the Chilean ambassador.", "expelling", "negated"),
    ("Bolivia does not have any plans to close the border with Chile.", "close", "negated"),
    ("Chile announced a plan to deploy troops to the northern border.", "deploy", "intended"),
    # scheduled acts
    ("The Bolivian president is to visit Santiago on Monday.", "visit", "intended"),
    ("Peru's foreign minister is scheduled to meet his Chilean counterpart in Quito.", "meet", "intended"),
    ("Chile's president is due to sign the trade pact with Peru on Friday.", "sign", "intended"),
    ("The Bolivian president visited Santiago on Monday.", "visited", "asserted"),
    # conditions: inverted, "in case of", "in the event of", and counterfactuals
    ("Should Bolivia close the border, Chile would impose tariffs on Bolivian goods.", "close", "conditional"),
    ("Should Bolivia close the border, Chile would impose tariffs on Bolivian goods.", "impose", "conditional"),
    ("Had Peru attacked the outpost, Chile would have retaliated.", "attacked", "conditional"),
    ("Chile would send warships in case of a Peruvian blockade of Arica.", "send", "conditional"),
    ("Chile will retaliate in the event of an attack on its fishing boats.", "retaliate", "conditional"),
    ("Without the papal mediation, Chile would have attacked Argentina in 1978.", "attacked", "conditional"),
    # a condition in a relative clause: "any X that ..." with a future or modal verb
    ("Chile will seize any Peruvian trawler that enters its waters.", "seize", "conditional"),
    ("Chile seized a Peruvian trawler that entered its waters.", "seized", "asserted"),
    ("Chile condemned any attack that targets fishermen.", "condemned", "asserted"),
    # yes/no questions ask; wh-questions take the act as given
    ("Did Chile shell the Peruvian outpost?", "shell", "considered"),
    ("Will Bolivia expel the Chilean envoy?", "expel", "considered"),
    ("Who shelled the Peruvian outpost?", "shelled", "asserted"),
    # agreeing to a truce declares it; agreeing to withdraw states an act ahead
    ("Peru and Chile agreed to a truce along the border.", "truce", "asserted"),
    ("Peru and Chile agreed to withdraw their troops from the border.", "withdraw", "intended"),
    ("Peru said it would agree to a ceasefire along the border.", "ceasefire", "intended"),
    # the clause of a negated noun of evidence did not happen
    ("Lima said it had found no evidence that Chilean ships fired on the trawler.", "fired", "negated"),
    ("Lima said it had found evidence that Chilean ships fired on the trawler.", "fired", "asserted"),
    # "whether" without a weighing verb: an open question, not a condition
    ("Bolivia has not yet decided whether to expel the Chilean envoy.", "expel", "considered"),
    # a background clause keeps its own modality; a vote performs what it decides
    ("Lima is considering new patrols after Chilean trawlers entered its waters.", "entered", "asserted"),
    ("Lima is considering new patrols before Chilean trawlers enter its waters.", "patrols", "considered"),
    ("The Peruvian Congress voted to censure the foreign minister.", "censure", "asserted"),
    ("The Peruvian Congress did not vote to censure the foreign minister.", "censure", "negated"),
    ("Peru plans to censure the foreign minister.", "censure", "intended"),
    # a conjoined act with a subject of its own is not under its sibling's cue word
    ("Lima is weighing sanctions on Chile and Chilean troops entered the disputed valley.", "entered", "asserted"),
    ("Lima is weighing sanctions on Chile.", "sanctions", "considered"),
    # a plan in the past perfect was not carried out
    ("Farmers had planned to march on the Congress in Lima, but police sealed off the roads.", "march", "negated"),
    ("Farmers plan to march on the Congress in Lima.", "march", "intended"),
    # negated considerations
    ("Chile is not considering sending troops to Bolivia.", "sending", "negated"),
    ("Lima is not discussing whether to expel the Chilean envoy.", "expel", "negated"),
])
def test_modality_of(nlp, text, word, expected):
    assert modality.of(_tok(nlp(text), word))[0] == expected


def test_a_counterfactual_threatens_nothing(nlp):
    doc = nlp("Had Peru attacked the outpost, Chile would have retaliated.")
    assert modality.is_counterfactual(_tok(doc, "retaliated"))
    assert not modality.is_consequence(_tok(doc, "retaliated"))
    doc = nlp("Chile would send warships in case of a Peruvian blockade of Arica.")
    assert modality.is_consequence(_tok(doc, "send"))
    assert not modality.is_counterfactual(_tok(doc, "send"))
