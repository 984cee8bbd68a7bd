"""Talks chaired by a third party are its mediation (045), as talks brokered or hosted by it (event_words
mediating_verbs): the chair mediates between the clause's subjects. Our own sentences."""

from gold_helpers import triples


def test_talks_chaired_by_a_foreign_president_are_his_mediation(coder):
    got = triples(coder, "Sudan's army and the rebels signed a ceasefire after three weeks of talks chaired by the "
                  "Kenyan president.", "2011-06-14")
    assert any(code == "045" and (src or "").startswith("KEN") for src, _, code, _ in got), got


def test_a_meeting_chaired_by_a_former_senator_is_his_mediation(coder):
    got = triples(coder, "Cyprus and Turkey reached an accord on fishing rights at a meeting chaired by a former "
                  "American senator.", "2011-06-14")
    assert any(code == "045" and (src or "").startswith("USA") for src, _, code, _ in got), got


def test_chairing_a_committee_mediates_nothing(coder):
    got = triples(coder, "The senator chaired a hearing on farm subsidies on Friday.", "2011-06-14")
    assert not any(code == "045" for _, _, code, _ in got), got
