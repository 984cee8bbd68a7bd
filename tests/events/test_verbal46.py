"""(verbal46) Verbal conflict the coder missed. Defiance and rebuffs told in a participle aside ("..., defying a ruling
of the supreme court", "..., spurning an offer from Brussels") are acts of their own (12x), as rejections are; so are
charges and complaints ("..., alleging fraud", "..., complaining that ..."). A new clause's subject the parser joined to
the clause before (", and U.S. envoy William Walker accused ...") is still its verb's subject. A coup, a threat or
retaliation named by a labelling verb is criticism; a label inside a demand ("demanded a halt to what it called an
aggression") criticises the doer of the act it names. Sentences written for these tests."""

from __future__ import annotations

import pytest

from gold_helpers import hand_parsed, triples


def _events(coder, text, date):
    """(code, source, target, modality) of each event, "" for an empty side (the shared ``coder`` fixture)."""
    return [(c, s or "", t or "", m) for s, t, c, m in triples(coder, text, date=date)]


@pytest.mark.parametrize(("text", "date", "source"), [
    ("Bolivia's government extradited the former minister to Argentina, defying a ruling of the Supreme Court.",
     "2015-04-02", "BOL"),
    ("Kenya went ahead with the deportations, flouting an order of the East African Court of Justice.", "2018-02-11",
     "KEN"),
    ("Ankara resumed drilling off Cyprus on Monday, spurning an offer of talks from the European Union.", "2020-08-10",
     "TUR"),
    ("The Sudanese army extended its offensive on Friday, rebuffing an appeal from the African Union for a truce.",
     "2023-06-02", "SDN"),
])
def test_a_defiance_or_a_rebuff_in_a_participle_aside_is_a_rejection_of_its_own(coder, text, date, source):
    events = _events(coder, text, date)
    assert any(c[:2] == "12" and s.startswith(source) and m == "asserted" for c, s, t, m in events), events


def test_a_charge_in_a_participle_aside_is_an_accusation_of_its_own(coder):
    events = _events(coder, "Zambia's opposition leader refused to accept the result, alleging massive fraud by the "
                            "ruling party.", "2016-08-16")
    assert any(c[:2] == "11" and s.startswith("ZMB") and m == "asserted" for c, s, t, m in events), events


def _walker_doc(comma=","):
    # "Bodies were found in the village of Racak, and envoy Walker accused Serb police.", with the parser's slip: the
    # envoy hung on the village as its conjunct and the verb joined to the first clause with no subject of its own
    return hand_parsed([
        ("Bodies", "NNS", "NOUN", "nsubjpass", 2, "body"),
        ("were", "VBD", "AUX", "auxpass", 2, "be"),
        ("found", "VBN", "VERB", "ROOT", 2, "find"),
        ("in", "IN", "ADP", "prep", 2, "in"),
        ("the", "DT", "DET", "det", 5, "the"),
        ("village", "NN", "NOUN", "pobj", 3, "village"),
        ("of", "IN", "ADP", "prep", 5, "of"),
        ("Racak", "NNP", "PROPN", "pobj", 6, "Racak"),
        (comma, comma, "PUNCT", "punct", 7, comma),
        ("and", "CC", "CCONJ", "cc", 7, "and"),
        ("envoy", "NN", "NOUN", "compound", 11, "envoy"),
        ("Walker", "NNP", "PROPN", "conj", 7, "Walker"),
        ("accused", "VBD", "VERB", "conj", 2, "accuse"),
        ("Serb", "JJ", "ADJ", "amod", 14, "serb"),
        ("police", "NN", "NOUN", "dobj", 12, "police"),
        (".", ".", "PUNCT", "punct", 2, "."),
    ])


def test_a_subject_the_parser_joins_to_the_clause_before_is_the_verbs_subject():
    from foedus.coder.arguments import swallowed_subject

    doc = _walker_doc()
    assert swallowed_subject(doc[12], None).i == 11
    assert swallowed_subject(doc[2], None) is None   # the first clause keeps its own subject


def test_a_noun_joined_without_a_comma_and_and_is_no_swallowed_subject():
    from foedus.coder.arguments import swallowed_subject

    assert swallowed_subject(_walker_doc(comma="-")[12], None) is None


@pytest.mark.parametrize(("text", "date", "source", "target"), [
    ("Burundi's president extended his term by decree, which exiled opposition leaders called a coup against the "
     "constitution.", "2016-03-01", "BDI", "BDI"),
    ("Ankara announced new drilling off Cyprus, which Nicosia called a threat to regional peace.", "2019-05-06", "CYP",
     "TUR"),
])
def test_a_coup_or_a_threat_named_by_a_labelling_verb_is_criticism(coder, text, date, source, target):
    events = _events(coder, text, date)
    assert any(c[:2] == "11" and s.startswith(source) and t.startswith(target) and m == "asserted"
               for c, s, t, m in events), events


def test_a_label_inside_a_demand_criticises_the_doer_of_the_act_named(coder):
    events = _events(coder, "Ethiopian troops shelled villages across the border, and Asmara demanded an immediate end "
                            "to what it called a brutal aggression.", "1999-02-10")
    assert any(c[:2] == "10" and s.startswith("ERI") for c, s, t, m in events), events
    assert any(c[:2] == "11" and s.startswith("ERI") and t.startswith("ETH") and m == "asserted"
               for c, s, t, m in events), events


def test_a_doers_own_label_of_its_act_stays_no_criticism(coder):
    events = _events(coder, "Israeli jets struck weapons depots near Damascus, in what the Israeli army called precise "
                            "strikes.", "2019-01-21")
    assert not any(c[:2] == "11" for c, s, t, m in events), events
