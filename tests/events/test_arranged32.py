"""A meeting or a release arranged by a third party is its mediation (045), as one brokered or mediated by it
(event_words mediating_verbs): the arranger mediates between the clause's subjects. Our own sentences."""

from gold_helpers import triples


def test_a_meeting_arranged_by_an_envoy_is_his_mediation(coder):
    got = triples(coder, "The presidents of Sudan and South Sudan shook hands at a meeting arranged by the Ethiopian "
                  "prime minister on Tuesday.", "2012-09-25")
    assert any(code == "045" and (src or "").startswith("ETH") for src, _, code, _ in got), got


def test_a_release_arranged_by_a_president_is_his_mediation(coder):
    got = triples(coder, "The guerrillas freed three hostages to Brazilian officials in a handover arranged by "
                  "President Lula.", "2008-02-27")
    assert any(code == "045" and (src or "").startswith("BRA") for src, _, code, _ in got), got


def test_arranging_ones_own_affairs_mediates_nothing(coder):
    got = triples(coder, "The minister arranged a meeting with farmers for Friday.", "2008-02-27")
    assert not any(code == "045" for _, _, code, _ in got), got
