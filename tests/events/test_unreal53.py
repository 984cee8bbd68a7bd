"""(unreal53) Modality. Acts that may or may not come, coded as facts before: an act named inside a noun phrase opened
by "any" that is the subject of a verb told ahead ("any attempt to search the vessel would be met with force"), or a
relative clause on such an object ("troops would detain any smugglers who crossed the river"). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from gold_helpers import triples


def _events(coder, text, date):
    """(code, source, target, modality) of each event, "" for an empty side (the shared ``coder`` fixture)."""
    return [(c, s or "", t or "", m) for s, t, c, m in triples(coder, text, date=date)]


@pytest.mark.parametrize(("text", "root"), [
    ("Iran's navy warned that any British attempt to inspect its tankers in the Gulf would be answered with force.",
     "09"),
    ("The interior minister of Peru said police would clear any protesters who blocked the highway to Cusco.", "14"),
])
def test_an_act_under_any_told_ahead_is_a_condition(coder, text, root):
    events = _events(coder, text, "2019-07-10")
    assert any(c[:2] == root and m == "conditional" for c, s, t, m in events), events
    assert not any(c[:2] == root and m == "asserted" for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "root"), [
    ("Peruvian police cleared the protesters who blocked the highway to Cusco on Tuesday.", "14"),
    ("British marines inspected an Iranian tanker in the Gulf, the navy said.", "09"),
])
def test_the_same_acts_told_as_done_stay_asserted(coder, text, root):
    events = _events(coder, text, "2019-07-10")
    assert any(c[:2] == root and m == "asserted" for c, s, t, m in events), events


def test_any_after_a_negated_verb_is_no_condition(coder):
    events = _events(coder, "Saudi Arabia said it would not take part in any military action against Iran.",
                     "2019-07-10")
    assert not any(m == "conditional" for c, s, t, m in events), events


def _summary_doc(words, heads, deps, pos, tags):
    from spacy.tokens import Doc

    from foedus.coder.nlp import load

    return Doc(load().vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)


def test_a_summing_noun_read_as_subject_is_rehung_on_the_clause():
    """(unreal53) "The U.S. designated the cartel as a terrorist group, a move Caracas rejected as a fabrication": the
    parser read "move" as a second subject of "rejected" and the clause before it as its complement (so the
    designation was what was rejected: negated). The repair makes the clause the root again, the noun an appositive
    of it and the verb a relative clause on the noun, also with "as ..." after the verb."""
    from foedus.coder.syntax import repair_summary_root

    words = ["The", "U.S.", "designated", "the", "cartel", "as", "a", "terrorist", "group", ",", "a", "move",
             "Caracas", "rejected", "as", "a", "fabrication", "."]
    heads = [1, 2, 13, 4, 2, 2, 8, 8, 5, 13, 11, 13, 13, 13, 13, 16, 14, 13]
    deps = ["det", "nsubj", "ccomp", "det", "dobj", "prep", "det", "amod", "pobj", "punct", "det", "nsubj", "nsubj",
            "ROOT", "prep", "det", "pobj", "punct"]
    pos = ["DET", "PROPN", "VERB", "DET", "NOUN", "ADP", "DET", "ADJ", "NOUN", "PUNCT", "DET", "NOUN", "PROPN", "VERB",
           "ADP", "DET", "NOUN", "PUNCT"]
    tags = ["DT", "NNP", "VBD", "DT", "NN", "IN", "DT", "JJ", "NN", ",", "DT", "NN", "NNP", "VBD", "IN", "DT", "NN", "."]
    doc = _summary_doc(words, heads, deps, pos, tags)
    repair_summary_root(doc)
    assert doc[2].dep_ == "ROOT"
    assert (doc[13].dep_, doc[13].head.i) == ("relcl", 11)
    assert doc[12].head.i == 13


def test_a_summing_noun_with_its_name_in_apposition_is_rehung():
    """(unreal53) "..., a charge Asmara rejected" read as "charge" the subject with "Asmara" in apposition to it."""
    from foedus.coder.syntax import repair_summary_root

    words = ["The", "council", "imposed", "an", "embargo", "on", "Eritrea", ",", "a", "charge", "Asmara", "rejected",
             "."]
    heads = [1, 2, 11, 4, 2, 4, 5, 11, 9, 11, 9, 11, 11]
    deps = ["det", "nsubj", "ccomp", "det", "dobj", "prep", "pobj", "punct", "det", "nsubj", "appos", "ROOT", "punct"]
    pos = ["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "DET", "NOUN", "PROPN", "VERB", "PUNCT"]
    tags = ["DT", "NN", "VBD", "DT", "NN", "IN", "NNP", ",", "DT", "NN", "NNP", "VBD", "."]
    doc = _summary_doc(words, heads, deps, pos, tags)
    repair_summary_root(doc)
    assert doc[2].dep_ == "ROOT"
    assert (doc[10].dep_, doc[10].head.i) == ("nsubj", 11)
    assert (doc[11].dep_, doc[11].head.i) == ("relcl", 9)


def test_a_charge_rejected_is_still_a_denial(coder):
    events = _events(coder, "The European Union imposed sanctions on Belarus on Monday, accusing Minsk of forcing "
                            "down a passenger jet, a charge Minsk rejected.", "2023-01-01")
    assert ("016", "BLRGOV", "IGOEUREEC", "asserted") in events, events


def test_a_reaction_to_an_act_announced_ahead_happened(coder):
    """(unreal53) "said it would deploy warships ..., a move Washington called a provocation": the criticism answers
    the announcement, which was made (before: as intended as the deployment)."""
    events = _events(coder, "Tehran said it would deploy warships to the Strait of Hormuz, a move Washington called a "
                            "provocation.", "2023-01-01")
    assert ("111", "USAGOV", "IRNGOV", "asserted") in events, events
    assert any(c[:2] in {"03", "15"} and m == "intended" for c, s, t, m in events), events


@pytest.mark.parametrize(("text", "root"), [
    ("Peru's government said it would hand over the files only if a Chilean court asked for them, and denied that it "
     "had spied on the envoy.", "01"),
    ("Colombia's defence minister said Bogota would hold talks with the rebels if they freed their hostages, but ruled "
     "out any discussion of land reform.", "12"),
])
def test_a_past_verb_beside_an_act_told_ahead_is_the_speakers_own(coder, text, root):
    """(unreal53) "said it would X only if Y, and denied Z": the past "denied" cannot share the "would" nor its
    condition; it is the speaker's act, told as done (before: conditional with the act ahead)."""
    events = _events(coder, text, "2010-01-01")
    assert any(c[:2] == root and m == "asserted" for c, s, t, m in events), events
    assert any(m == "conditional" for c, s, t, m in events), events   # the act ahead keeps its condition


def test_a_second_verb_sharing_the_would_keeps_the_condition(coder):
    events = _events(coder, "Colombia's defence minister said Bogota would hold talks with the rebels if they freed "
                            "their hostages and would rule out any discussion of land reform.", "2010-01-01")
    assert not any(c[:2] == "12" and m == "asserted" for c, s, t, m in events), events
