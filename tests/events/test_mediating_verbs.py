"""A meeting, talks or a release arranged, chaired, brokered or hosted by a third party is its mediation (045)
between the clause's subjects (event_words mediating_verbs); the verb alone, on one's own affairs, mediates nothing.
Our own sentences (arranged: thirty-second session; chaired: thirty-fifth)."""

import pytest

from gold_helpers import triples


@pytest.mark.parametrize("text, date, mediator", [
    ("The presidents of Sudan and South Sudan shook hands at a meeting arranged by the Ethiopian prime minister on "
     "Tuesday.", "2012-09-25", "ETH"),
    ("The guerrillas freed three hostages to Brazilian officials in a handover arranged by President Lula.",
     "2008-02-27", "BRA"),
    ("Sudan's army and the rebels signed a ceasefire after three weeks of talks chaired by the Kenyan president.",
     "2011-06-14", "KEN"),
    ("Cyprus and Turkey reached an accord on fishing rights at a meeting chaired by a former American senator.",
     "2011-06-14", "USA"),
])
def test_a_third_partys_arranging_or_chairing_is_its_mediation(coder, text, date, mediator):
    got = triples(coder, text, date)
    assert any(code == "045" and (src or "").startswith(mediator) for src, _, code, _ in got), got


@pytest.mark.parametrize("text, date", [
    ("The minister arranged a meeting with farmers for Friday.", "2008-02-27"),
    ("The senator chaired a hearing on farm subsidies on Friday.", "2011-06-14"),
])
def test_arranging_or_chairing_ones_own_affairs_mediates_nothing(coder, text, date):
    got = triples(coder, text, date)
    assert not any(code == "045" for _, _, code, _ in got), got
