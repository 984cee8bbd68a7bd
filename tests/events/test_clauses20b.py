"""Acts in descriptions (clauses20b): a third party that hosted talks between two sides mediated between them (045 to
each, gold README); one that will host them states an intent (039). Our own sentences."""

import pytest

from gold_helpers import triples


def coded(coder, text, date="2024-05-01"):
    return {(s, t, c, m) for s, t, c, m in triples(coder, text, date)}


@pytest.mark.parametrize("text,host,parties", [
    ("Qatar hosted talks between Rwanda and Congo last week.", "QAT", {"RWA", "COD"}),
    ("Norway hosted a round of negotiations between the Colombian government and the ELN rebels.", "NOR",
     {"COL"}),
])
def test_hosted_talks_between_is_mediation(coder, text, host, parties):
    got = coded(coder, text)
    for p in parties:
        assert any(c == "045" and s.startswith(host) and t is not None and t.startswith(p) and m == "asserted"
                   for s, t, c, m in got), triples(coder, text)


def test_will_host_talks_between_is_intent(coder):
    text = "Uganda's foreign minister said his government would host talks between Kenya and Ethiopia."
    got = coded(coder, text)
    assert any(c == "039" and s.startswith("UGA") for s, t, c, m in got), triples(coder, text)
    assert not any(c == "045" and m == "asserted" for s, t, c, m in got), triples(coder, text)
