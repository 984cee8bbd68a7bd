"""False events of round 25 (false25): a reporting verb whose own code is a bare stance ("signal *" 030) with a
that-clause, the deed a court convicts someone of, and a state quitting an organisation. Sentences written for
these tests."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, date", [
    # the clause's act carries what was signalled, with its own modality; no intent to cooperate of its own
    ("Serbia signalled it would not join the sanctions against Moscow.", "2022-03-01"),
    ("Ankara signalled that it would not send troops to Libya.", "2020-01-05"),
])
def test_a_signalled_clause_is_no_intent_of_its_own(coder, text, date):
    t = triples(coder, text, date=date, modality=None)
    assert not any(c == "030" for _, _, c, _ in t), t


def test_a_signalled_readiness_is_still_an_intent(coder):
    # an object, not a clause: the signal is the statement of intent
    t = triples(coder, "Finland signalled its readiness to join NATO.", date="2022-05-01", modality=None)
    assert has_coded(t, "03", modality="intended"), t


def test_the_deed_a_court_convicts_of_is_no_act_of_the_court(coder):
    # (the convicted one's deed, if coded, is his; never the court's threat or act)
    t = triples(coder, "The Supreme Court convicted Bolsonaro of plotting a coup to overturn the election result.",
                date="2025-09-11", modality=None)
    assert has_coded(t, "116", source="BRAJUD"), t
    assert not any(c[:2] in {"13", "17"} and (s or "").startswith("BRAJUD") for s, _, c, _ in t), t


def test_quitting_an_organisation_cuts_relations(coder):
    t = triples(coder, "Pyongyang said it was quitting the International Atomic Energy Agency.", date="1994-06-14")
    assert has_coded(t, "161", target="IGO"), t
    assert not any(c.startswith("083") for _, _, c, _ in t), t


def test_a_leader_who_quits_still_resigns(coder):
    t = triples(coder, "The Italian prime minister quit on Monday.", date="2021-01-26")
    assert has_coded(t, "0831"), t
