"""Skipped clauses (skipped18): the parties of "a deal brokered by X" when the clause the deal belongs to names them
only through a pronoun or a coordinated verb's subject. Our own sentences."""

import pytest

from gold_helpers import triples


def coded(coder, text, date="2024-05-01"):
    return {(s, t, c, m) for s, t, c, m in triples(coder, text, date)}


@pytest.mark.parametrize("text,broker,party", [
    ("The rebels freed forty soldiers and handed over weapons under a truce mediated by Norway.", "NOR", "REB"),
    ("Hamas released ten hostages and received food under a truce brokered by Qatar.", "QAT", "PSE"),
])
def test_broker_mediates_for_the_coordinated_subject(coder, text, broker, party):
    assert any(c == "045" and s.startswith(broker) and t is not None and party in t and m == "asserted"
               for s, t, c, m in coded(coder, text)), triples(coder, text)


def test_broker_of_a_future_act_not_coded_as_intent(coder):
    # the brokering is done though the act under the deal lies ahead: no 039 intended for the broker
    text = "Kenya said it would withdraw troops under a deal brokered by the African Union."
    assert not any(s.startswith("IGO") and c[:2] in {"03", "04"} for s, t, c, m in coded(coder, text)), \
        triples(coder, text)


@pytest.mark.parametrize("text,broker", [
    ("Thailand and Cambodia ended their border clashes, signing a truce mediated by Malaysia.", "MYS"),
    ("Rebels shelled the town after the army and the militia signed a truce brokered by Angola.", "AGO"),
])
def test_broker_in_an_aside_or_time_clause(coder, text, broker):
    assert any(c == "045" and s.startswith(broker) and m == "asserted" for s, t, c, m in coded(coder, text)), \
        triples(coder, text)


def test_broker_of_a_deal_not_signed_not_asserted(coder):
    text = "Officials said the two sides would not sign any deal brokered by Russia."
    assert not any(c == "045" and m == "asserted" for s, t, c, m in coded(coder, text)), triples(coder, text)
