"""Skipped clauses (skipped20): acts told in a participle aside that are the subject's second act (taking people
beside any act; a commitment after a meeting or a refusal). Our own sentences."""

import pytest

from gold_helpers import triples


def coded(coder, text, date="2024-05-01"):
    return {(s, t, c, m) for s, t, c, m in triples(coder, text, date)}


@pytest.mark.parametrize("text,source,target", [
    ("Mutinous soldiers seized power in Niamey on Wednesday, detaining the president and suspending the constitution.",
     "NER", "NERGOV"),
    ("Colombian police foiled a plot to bomb a bank in Cali, arresting three gang members.", "COLCOP", "COL"),
])
def test_taking_people_in_an_aside_is_a_second_act(coder, text, source, target):
    assert any(s is not None and s.startswith(source) and t is not None and t.startswith(target)
               and c == "173" and m == "asserted" for s, t, c, m in coded(coder, text)), triples(coder, text)


def test_arrest_told_again_in_an_aside_is_one_act(coder):
    text = "Turkish police arrested a journalist in Ankara, detaining him for questioning."
    assert len([c for s, t, c, m in coded(coder, text) if c == "173"]) == 1, triples(coder, text)


@pytest.mark.parametrize("text,root", [
    ("The presidents of Kenya and Tanzania met in Arusha, agreeing to reopen their border crossings.", "03"),
    ("Modi arrived in Colombo on a two-day visit, pledging support for Sri Lanka's economic recovery.", "03"),
])
def test_commitment_in_an_aside_is_a_promise(coder, text, root):
    assert any(c[:2] == root and m == "intended" for s, t, c, m in coded(coder, text)), triples(coder, text)


def test_fronted_commitment_stays_an_aside(coder):
    text = "Agreeing to the talks, the rebels said they would send a delegation to Geneva."
    assert not any(c[:2] == "03" and m == "asserted" for s, t, c, m in coded(coder, text)), triples(coder, text)


@pytest.mark.parametrize("text,source,root", [
    ("The junta said it would never release the president, hours before Nigerian jets began bombing rebel positions "
     "near Niamey.", "NGA", "19"),
    ("Protesters stormed the parliament in Dhaka before soldiers regained the building and arrested dozens.",
     "BGD", "17"),
    ("Rebels shelled the airport in Goma before the rebel commander was arrested by Congolese troops.", "COD", "17"),
    ("The cabinet met in Kyiv as Russian drones kept striking the capital.", "RUS", "19"),
])
def test_next_act_of_another_actor_in_a_time_clause_is_news(coder, text, source, root):
    assert any(s is not None and s.startswith(source) and c[:2] == root and m == "asserted"
               for s, t, c, m in coded(coder, text)), triples(coder, text)


@pytest.mark.parametrize("text,root", [
    ("Hamas said it would not release the hostages while Israel kept bombing Gaza.", "19"),
    ("The rebels withdrew from the town before government troops could retake it.", "19"),
])
def test_time_clause_under_a_clause_told_ahead_stays_background(coder, text, root):
    assert not any(c[:2] == root and m == "asserted" for s, t, c, m in coded(coder, text)), triples(coder, text)
