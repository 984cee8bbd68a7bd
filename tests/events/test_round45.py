"""Round 45 rules (our own sentences): denying one's own act told with a gerund is a denial (016), whatever noun the
denied act governs; "denied any motive" denies, it rejects nothing."""

from gold_helpers import triples


def test_denying_a_gerund_act_is_a_denial_not_a_refusal(coder):
    # "truce" would make the verb a refusal to de-escalate (1246) if the truce itself were denied
    t = triples(coder, "Tuareg rebels in Mali denied breaking the truce near Kidal and blamed the army.", date="2023-09-12")
    assert any(c == "016" and m == "asserted" for s, tgt, c, m in t), t
    assert not any(c.startswith("124") for s, tgt, c, m in t), t


def test_denying_making_an_offer_rejects_no_offer(coder):
    t = triples(coder, "The Kenyan contractor denied offering money to the customs chief.", date="2021-04-30")
    assert any(c == "016" for s, tgt, c, m in t), t
    assert not any(c.startswith("12") for s, tgt, c, m in t), t


def test_a_denied_thing_stays_a_refusal(coder):
    # a noun object is what is withheld: "denied them entry" refuses entry (1245), no gerund act is denied
    t = triples(coder, "Hungary denied entry to the Serbian delegation at the border crossing.", date="2015-09-16")
    assert not any(c == "016" for s, tgt, c, m in t), t


def test_denying_a_motive_is_a_denial(coder):
    t = triples(coder, "Beijing raised tariffs on Lithuanian timber but denied any political motive.", date="2021-12-10")
    assert any(c == "016" and (s or "").startswith("CHN") for s, tgt, c, m in t), t
    assert not any(c == "120" for s, tgt, c, m in t), t
