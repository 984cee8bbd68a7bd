"""Skipped clauses (skipped22): a commitment (a promise, a pledge, an agreement, an announcement) told in a clause of
time or a relative clause of place is an act told, its complement coded intended; an aim told there stays background.
Our own sentences."""

from gold_helpers import triples


def coded(coder, text, date="2024-05-01"):
    return {(s, t, c, m) for s, t, c, m in triples(coder, text, date)}


def test_promise_in_a_time_clause_is_coded_intended(coder):
    text = "Rebels shelled the port city of Hodeidah, as the Yemeni defence minister promised to send reinforcements."
    found = coded(coder, text)
    assert any(s is not None and s.startswith("YEM") and c[:2] == "15" and m == "intended"
               for s, t, c, m in found), found


def test_agreement_in_a_relative_of_place_is_coded_intended(coder):
    text = "Russia hosted Iranian and Turkish envoys in Sochi, where Tehran announced it would reopen its embassy in " \
           "Ankara."
    found = coded(coder, text)
    assert any(s is not None and s.startswith("IRN") and c[:2] == "03" and m == "intended"
               for s, t, c, m in found), found


def test_aim_in_a_time_clause_stays_background(coder):
    text = "Police dispersed the march in Lagos as the Nigerian interior minister sought to calm the capital."
    found = coded(coder, text)
    assert not any(m == "intended" for s, t, c, m in found), found
