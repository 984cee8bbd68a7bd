"""coop32: routine diplomacy missed outright. Our own sentences.

- a fronted preposition whose bare object the parser made the main verb's subject, the real subject swallowed as a
  conjunct after the comma ("After talks in Oslo, Riyadh and Tehran agreed ..."): the tree is built by hand in the
  misparsed shape, then the coder reads our own sentences."""

import pytest

from foedus.coder.syntax import repair_fronted_object_read_as_subject
from gold_helpers import hand_parsed, triples


def _fronted_object():
    # "After talks in Oslo , Riyadh and Tehran agreed to reopen embassies ." with "talks" the subject of "agreed"
    return hand_parsed([("After", "IN", "ADP", "prep", 8, "after"), ("talks", "NNS", "NOUN", "nsubj", 8, "talk"),
                        ("in", "IN", "ADP", "prep", 1, "in"), ("Oslo", "NNP", "PROPN", "pobj", 2, "Oslo"),
                        (",", ",", "PUNCT", "punct", 3, ","), ("Riyadh", "NNP", "PROPN", "conj", 3, "Riyadh"),
                        ("and", "CC", "CCONJ", "cc", 5, "and"), ("Tehran", "NNP", "PROPN", "conj", 5, "Tehran"),
                        ("agreed", "VBD", "VERB", "ROOT", 8, "agree"), ("to", "TO", "PART", "aux", 10, "to"),
                        ("reopen", "VB", "VERB", "xcomp", 8, "reopen"), ("embassies", "NNS", "NOUN", "dobj", 10, "embassy"),
                        (".", ".", "PUNCT", "punct", 8, ".")])


def test_fronted_object_goes_back_to_its_preposition():
    doc = _fronted_object()
    repair_fronted_object_read_as_subject(doc)
    assert doc[1].dep_ == "pobj" and doc[1].head.i == 0
    assert doc[5].dep_ == "nsubj" and doc[5].head.i == 8


def test_a_preposition_with_its_object_is_left_alone():
    doc = _fronted_object()
    doc[1].head = doc[0]
    doc[1].dep_ = "pobj"
    doc[5].head = doc[3]
    repair_fronted_object_read_as_subject(doc)
    assert doc[5].dep_ == "conj" and doc[5].head.i == 3


@pytest.mark.parametrize("text, date, want", [
    ("After talks in Geneva, Washington and Beijing agreed to cut their tariffs.", "2025-05-12",
     {("USAGOV", "CHNGOV", "046"), ("CHNGOV", "USAGOV", "046")}),
])
def test_the_coder_reads_the_repaired_shapes(coder, text, date, want):
    got = {(s, t, c) for s, t, c, m in triples(coder, text, date)}
    assert want <= got, got


@pytest.mark.parametrize("text, date, want", [
    # a brokered deal that does something was made: its broker mediated towards the parties
    ("An accord brokered by Norway ended two decades of war in Sri Lanka.", "2002-02-23", ("NOR", "LKA", "045")),
    ("Hours later an EU-brokered deal was signed by Serbia and Kosovo.", "2013-04-19", ("IGOEUREEC", "SRB", "045")),
])
def test_a_brokered_deal_as_subject_is_mediated(coder, text, date, want):
    got = {(s, t, c) for s, t, c, m in triples(coder, text, date)}
    assert want in got, got


@pytest.mark.parametrize("text, date", [
    ("A deal brokered by Qatar would let hostages leave Gaza, officials said.", "2023-11-20"),
    ("A deal brokered by Turkey collapsed within days.", "2023-07-20"),
])
def test_a_brokered_deal_not_made_or_left_is_no_mediation(coder, text, date):
    got = {c for s, t, c, m in triples(coder, text, date) if m == "asserted"}
    assert "045" not in got, got


@pytest.mark.parametrize("text, date, want", [
    # a request hung on a clause whose subject is no actor goes to the doer of the verb that lets it happen
    ("Jordan let the convoy cross into Syria at Washington's request.", "2017-06-01", ("USAGOV", "JOR", "020")),
    ("Egypt allowed the wounded to leave Gaza through Rafah at Qatar's request.", "2023-11-01", ("QAT", "EGY", "020")),
])
def test_a_request_goes_to_the_doer_that_lets_it_happen(coder, text, date, want):
    got = {(s, t, c) for s, t, c, m in triples(coder, text, date)}
    assert want in got, got


@pytest.mark.parametrize("text, date, want", [
    # a person's title in apposition with a record ordinal and an infinitive: what the named person did
    ("Blinken, the first U.S. secretary of state to visit Beijing in five years, met Xi Jinping on Monday.", "2023-06-19",
     ("USAGOV", "CHN", "042")),
    ("Anwar Sadat, the first Arab leader to visit Israel, addressed the Knesset on Sunday.", "1977-11-20",
     ("EGYGOV", "ISR", "042")),
])
def test_a_record_in_apposition_is_the_named_persons_act(coder, text, date, want):
    got = {(s, t[:3], c) for s, t, c, m in triples(coder, text, date) if m == "asserted"}
    assert want in got, got


def test_a_things_record_in_apposition_is_no_act_of_its_own(coder):
    text = "Reagan and Gorbachev signed the INF Treaty, the first accord to scrap a whole class of nuclear weapons."
    got = {(s, c) for s, t, c, m in triples(coder, text, "1987-12-08") if m == "asserted"}
    assert not any(c.startswith("08") for s, c in got), got


def test_the_jewish_state_is_israel(coder):
    got = {(s, t) for s, t, c, m in triples(coder, "Hamas fighters fired rockets at the Jewish state on Sunday.",
                                            "2023-10-08")}
    assert any(t == "ISR" for s, t in got), got
