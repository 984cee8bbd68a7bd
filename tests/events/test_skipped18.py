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


def test_gerund_doer_not_a_party(coder):
    # "after breaking a Russian-brokered truce": the deal broken is history, no mediation told
    text = "Separatist forces captured the port after breaking a truce brokered by Turkey."
    assert not any(c == "045" for s, t, c, m in coded(coder, text)), triples(coder, text)


@pytest.mark.parametrize("text,code,source", [
    ("Poland closed two border crossings, adding that Minsk had expelled three Polish diplomats.", "174", "BLR"),  # (violence56) expelled envoys are 174 (gold README since blind21)
    ("Seoul cancelled the talks, saying Pyongyang had threatened its border guards.", "13", "PRK"),
])
def test_aside_of_saying_tells_another_actors_act(coder, text, code, source):
    assert any(c.startswith(code) and s.startswith(source) and m == "asserted" for s, t, c, m in coded(coder, text)), \
        triples(coder, text)


@pytest.mark.parametrize("text", [
    "Iran shot down a drone over the Strait of Hormuz, saying it had violated its airspace.",
    "Washington imposed an embargo on Caracas, saying Venezuela had not cooperated on counterterrorism.",
    "Germany expelled two diplomats, adding that Moscow would face further measures.",
])
def test_aside_of_saying_reasons_stay_background(coder, text):
    # the speaker's own reasons, acts denied and what lies ahead are no act of their own
    assert len({c for s, t, c, m in coded(coder, text)}) == 1, triples(coder, text)
