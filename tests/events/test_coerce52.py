"""Protest, reduced relations and coercion (CAMEO 14, 16, 17) the coder missed, each fixed as a class and tested on
our own sentences (helper coerce52 of the fifty-second session)."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, date, doer, protesters", [
    # a protest told in a clause of time whose subject "they" is the people the act told hit is news, and "they" are
    # those people, not the police
    ("Police detained dozens of opposition supporters as they marched through Harare.", "2019-08-16", "ZWECOP",
     "ZWEOPP"),
    ("Soldiers in Nairobi beat the students as they were protesting against the fee increases.", "2018-02-07", "KENMIL",
     "KENCVL"),
    ("Riot police fired tear gas at hundreds of farmers in Lahore as they rallied outside the provincial assembly.",
     "2021-03-02", "PAKCOP", "PAKAGR"),
])
def test_protest_told_as_they_marched_is_coded_from_the_people(coder, text, date, doer, protesters):
    t = triples(coder, text, date=date)
    assert has_coded(t, "14", protesters), t
    assert not has_coded(t, "14", doer), t
    assert has_coded(t, "17", doer, protesters), t


def test_protest_they_never_stands_for_the_doer(coder):
    # an object the dictionaries do not name leaves "they" unresolved: no protest of the police
    t = triples(coder, "Police detained about forty members of the movement as they marched through Abuja.",
                date="2019-07-25")
    assert not any(c.startswith("14") and (s or "").endswith("COP") for s, _, c, _ in t), t


def test_they_of_the_doer_stays_the_doer(coder):
    # the time clause of the doer's own act ("as they advanced") is no protest, and "they" of a subject pronoun act is
    # not moved
    t = triples(coder, "Army units shelled rebel positions near Goma as they advanced on the town.", date="2013-08-22")
    assert not any(c.startswith("14") for _, _, c, _ in t), t
