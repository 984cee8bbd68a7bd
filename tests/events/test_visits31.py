"""Hosting a visitor named with an actor before the name (thirty-first session, found on blind 31 tune): our own
sentences."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, source, target", [
    # the visitor's name outside the actor's words ("Nigerian Senate" + "president David Mark")
    ("Chinese Vice President Xi Jinping received visiting Nigerian Senate president David Mark in Beijing.",
     "CHNGOV", "NGALEG"),
    # a parliament's people received are hosted, not material cooperation (CAMEO.2.0's "receive * parliament")
    ("Chinese Vice Premier Hui Liangyu received visiting Nepalese parliament chairman Subas Nembang in Beijing.",
     "CHNGOV", "NPLLEG"),
    # "visiting" read as a clause of its own under "received": the host is no visitor
    ("Chinese Premier Wen Jiabao received visiting Kenyan Foreign Minister Moses Wetangula in Beijing.",
     "CHNGOV", "KENGOV"),
    ("President Lula hosted visiting Angolan defence minister Joao Ernesto dos Santos at the Planalto palace.",
     "BRAGOV", "AGO"),
])
def test_a_visitor_named_with_an_actor_is_hosted(coder, text, source, target):
    t = triples(coder, text, date="2010-06-01")
    assert has_coded(t, "043", source, target), t


def test_the_host_is_not_the_visitor(coder):
    t = triples(coder, "Chinese Premier Wen Jiabao received visiting Kenyan Foreign Minister Moses Wetangula in Beijing.",
                date="2009-06-01")
    assert not any(c.startswith("042") and (s or "").startswith("CHN") for s, tg, c, m in t), t


def test_a_parliaments_approval_received_is_no_visit(coder):
    t = triples(coder, "The Estonian government received parliament's approval for the budget on Tuesday.")
    assert not any(c.startswith(("043", "06")) for s, tg, c, m in t), t


def test_goods_received_from_an_actor_are_no_visit(coder):
    t = triples(coder, "Turkey began receiving parts of the S-400 air defence system from Russia on Friday.")
    assert not any(c.startswith("043") for s, tg, c, m in t), t
