"""coder/finish.py and SentenceCoder.sentence_events (issue 12): a candidate becomes an Event outside the pipeline."""

from __future__ import annotations

import pytest

from foedus.coder import coref, finish, sentence


def _sentences(coder, text: str, date: str = "2024-05-01"):
    doc = coder.nlp(text)
    mentions = coder.matcher.find(doc, date)
    sc = sentence.SentenceCoder(doc, mentions, coref.resolve(doc, mentions), coder.verbs)
    return sc, list(doc.sents)


def test_a_sentence_without_actor_gives_no_candidate_and_the_next_one_does(coder):
    sc, sents = _sentences(coder, "The weather stayed mild all week. Canada condemned Belarus for jailing the journalists.")
    assert not sc.may_hold_events(sents[0]) and sc.sentence_events(sents[0]) == []
    [cand] = sc.sentence_events(sents[1])
    ev = finish.event(cand, sents[1], 1, "art-e0")
    assert (ev.id, ev.sentence, ev.cameo, ev.source.code, ev.target.code) == ("art-e0", 1, "111", "CAN", "BLR")
    assert ev.evidence == "Canada condemned Belarus" and ev.modality == "asserted"
    assert 0.4 <= ev.confidence <= 0.85


def test_an_intended_act_is_coded_as_the_statement_of_intent(coder):
    sc, [sent] = _sentences(coder, "Germany will deliver more artillery shells to Ukraine next spring.")
    [cand] = sc.sentence_events(sent)
    assert (cand.code, cand.modality) == ("072", "intended")
    assert finish.final_code(cand) == "0332"
    ev = finish.event(cand, sent, 0, "a-e0")
    assert (ev.cameo, ev.root, ev.modality) == ("0332", "03", "intended")


def test_a_conditional_strike_is_a_threat_and_the_condition_stays_an_act(coder):
    sc, [sent] = _sentences(coder, "Turkey will strike back if Syria attacks its border posts.")
    codes = sorted((c.source.code, finish.final_code(c), c.modality) for c in sc.sentence_events(sent))
    assert codes == [("SYR", "190", "conditional"), ("TUR", "138", "conditional")]


def test_a_shelled_capital_is_its_country(coder):
    sc, [sent] = _sentences(coder, "Russian troops shelled Kyiv overnight, city officials said.")
    [cand] = sc.sentence_events(sent)
    assert (cand.target.code, cand.target.kind) == ("UKRGOV", "capital")
    ev = finish.event(cand, sent, 0, "a-e0")
    assert (ev.cameo, ev.target.code, ev.target.sector) == ("194", "UKR", None)


@pytest.mark.parametrize("code,expected", [("190", True), ("042", True), ("043", False), ("111", False)])
def test_which_acts_may_take_a_place_as_object(code, expected):
    from foedus.coder import places

    assert places.object_is_place(code) is expected
