"""False events (fp33): troops or a civilian group that fly somewhere make no visit, casting ballots is no event, and a
second act asked in the same breath as the first ("urged X to halt ... and withdraw") is asked, not done. Our own
sentences."""

import pytest

from gold_helpers import triples


@pytest.mark.parametrize("text, date", [
    ("Two Canadian army battalions flew to Latvia on Monday as NATO reinforced its eastern flank.", "2022-03-07"),
    ("French paratroopers flew into Bamako overnight, the defence ministry said.", "2013-01-12"),
    ("Four American citizens released by Iran flew to Doha on Monday.", "2023-09-18"),
])
def test_troops_or_civilians_flying_make_no_visit(coder, text, date):
    got = triples(coder, text, date)
    assert not any(c.startswith("04") for s, t, c, m in got), got


@pytest.mark.parametrize("text, date, source", [
    ("Chile's defence minister flew to Buenos Aires for talks on the Beagle Channel.", "1984-05-02", "CHL"),
    ("Myanmar's junta chief Min Aung Hlaing flew to Moscow on Tuesday.", "2022-07-11", "MMR"),
])
def test_a_named_person_still_visits(coder, text, date, source):
    got = triples(coder, text, date)
    assert any(c == "042" and (s or "").startswith(source) for s, t, c, m in got), got


def test_peacekeepers_flying_in_stay_peacekeeping(coder):
    got = triples(coder, "The first Rwandan peacekeeping troops flew into Bangui on Saturday.", "2014-01-18")
    assert any(c == "074" for s, t, c, m in got), got


def test_casting_ballots_is_no_event(coder):
    got = triples(coder, "Millions of voters in Nigeria cast ballots on Saturday in a tightly fought presidential race.",
                  "2023-02-25")
    assert not got, got


@pytest.mark.parametrize("text, date, code", [
    ("The UN envoy urged the Houthis to stop attacks on shipping and withdraw from the port of Hodeidah.",
     "2024-02-01", "0874"),
    ("The Security Council demanded that Armenian forces halt their offensive and pull back from Kelbajar.",
     "1993-04-30", "087"),
    ("The African Union called on the junta to release the president and to restore constitutional order.",
     "2023-07-28", "0841"),
])
def test_second_act_asked_is_not_done(coder, text, date, code):
    got = triples(coder, text, date)
    assert not any(c.startswith(code) and m == "asserted" for s, t, c, m in got), got


def test_finite_second_act_stays_done(coder):
    got = triples(coder, "Turkey demanded that Sweden extradite the suspects and suspended talks on its NATO bid.",
                  "2023-01-24")
    assert any(c.startswith("16") and m == "asserted" for s, t, c, m in got), got
