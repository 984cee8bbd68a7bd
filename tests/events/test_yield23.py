"""Yields of round 23 (our own sentences): soldiers handed over by their captors are released, not troops sent; an
aid worker freed is a person released, not aid given; a military presence ended is a withdrawal."""

from gold_helpers import triples


def test_soldiers_handed_over_are_released(coder):
    t = triples(coder, "Azerbaijan handed over five Armenian soldiers to Yerevan on Wednesday.")
    assert any(s == "AZE" and c == "0841" for s, tgt, c, m in t), t
    assert not any(c == "154" for s, tgt, c, m in t), t


def test_troops_sent_stay_a_deployment(coder):
    t = triples(coder, "Kenya sent 400 soldiers to Haiti on Tuesday.")
    assert any(s == "KEN" and c == "154" for s, tgt, c, m in t), t


def test_freed_aid_worker_is_a_released_person(coder):
    t = triples(coder, "A French aid worker was freed by kidnappers in Niger after five months.")
    assert any(c == "0841" for s, tgt, c, m in t), t
    assert not any(c == "070" for s, tgt, c, m in t), t


def test_ended_military_presence_is_a_withdrawal(coder):
    t = triples(coder, "Britain ended its military presence in Iraq on Friday.")
    assert ("GBR", "IRQ", "0874", "asserted") in t, t


def test_regret_for_ones_own_act_is_an_apology(coder):
    t = triples(coder, "Japan expressed regret that its fishing boat had entered South Korean waters.")
    assert any(s == "JPN" and c == "055" for s, tgt, c, m in t), t


def test_regret_at_anothers_decision_is_disapproval(coder):
    # (precision47) regret at another's decision disapproves of it (110, PETRARCH's code of "regret"; the gold codes
    # 11x in every tune sentence so told), no pessimistic comment (012) and no apology (055)
    t = triples(coder, "Germany expressed regret at the American decision to leave the climate accord.")
    assert any(s == "DEU" and c == "110" for s, tgt, c, m in t), t
    assert not any(c == "055" for s, tgt, c, m in t), t
