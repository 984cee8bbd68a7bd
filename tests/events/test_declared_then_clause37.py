"""(parse37) After a verb whose object is what it declares or sets in force ("declared", "announced", "ordered"), the
parser reads "X ... and Y did Z" as one clause "(that) X ... and Y did Z": the state of emergency and the police
became one subject of "detained", the declaring verb was left with no object and the arrest with no doer. When X is no
actor and Y is one, these are two acts (syntax.repair_object_read_as_clause_subject). Our own sentences."""

import pytest
from gold_helpers import triples


@pytest.mark.parametrize("text, date, first, second", [
    ("The Bolivian government declared a state of emergency in four provinces and police detained dozens of miners.",
     "2000-04-08", ("1724", "BOLGOV"), ("173", "BOLCOP")),
    ("Washington announced new sanctions on Iran and Tehran expelled two British diplomats.", "2019-06-01",
     ("163", "USA"), ("174", "IRN")),  # (violence56) expelled envoys are 174 (gold README since blind21)
    ("Israel announced a blockade of Gaza and Hamas fired rockets at Ashkelon.", "2007-06-20",
     ("191", "ISR"), ("195", "PSE")),
    ("The Guinean junta declared a curfew and police detained hundreds in Conakry.", "2009-09-29",
     ("1723", "GIN"), ("173", "GIN")),
])
def test_object_and_next_subject_are_two_acts(coder, text, date, first, second):
    got = triples(coder, text, date)
    for code, source in (first, second):
        assert any(c.startswith(code) and (s or "").startswith(source) for s, t, c, m in got), (code, source, got)
    # the second act's doer is never read as the target of the first, nor the first doer as the second's
    assert not any(c.startswith(second[0]) and (s or "").startswith(first[1]) and first[1] != second[1]
                   for s, t, c, m in got), got


def test_a_marked_clause_is_left_as_parsed(coder):
    got = triples(coder, "The ministry announced that the talks with Iran and Israel would resume.", "2021-04-02")
    assert not any(c.startswith("16") or c.startswith("19") for s, t, c, m in got), got


def test_actors_coordinated_as_the_subject_of_a_reported_clause_stay_together(coder):
    got = triples(coder, "The army said the rebels and their allies attacked the town of Beni.", "2021-05-02")
    assert any(c.startswith("19") and (s or "").endswith("REB") for s, t, c, m in got), got


def test_an_ordered_curfew_is_imposed(coder):
    got = triples(coder, "Sudan's ruling generals ordered a dusk-to-dawn curfew in Khartoum.", "2019-06-04")
    assert any(c == "1723" for s, t, c, m in got), got
