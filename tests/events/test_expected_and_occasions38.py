"""(modality38) "X is expected to do Y": others foresee the act, considered (gold README: "is expected to" the act
considered), where "X expects to do Y" is X's own intent; and a meeting where something was not done was still held
("no agreement was reached at the talks between A and B": the talks asserted, the agreement negated). Our own
sentences."""

from gold_helpers import triples


def test_an_act_others_expect_is_considered(coder):
    got = triples(coder, "Serbia and Kosovo are expected to sign a trade accord in Brussels next week, diplomats said.",
                  "2023-03-20")
    assert got and all(m == "considered" for s, t, c, m in got), got


def test_an_act_the_doer_expects_to_do_is_intended(coder):
    got = triples(coder, "Serbia expects to sign a trade accord with Kosovo next week.", "2023-03-20")
    assert any(m == "intended" for s, t, c, m in got), got


def test_talks_where_no_deal_was_reached_were_held(coder):
    got = triples(coder, "No deal was reached at the talks between Serbia and Kosovo in Brussels.", "2023-03-20")
    talks = [(s, t, m) for s, t, c, m in got if c.startswith("04")]
    deals = [(s, t, m) for s, t, c, m in got if c.startswith("05")]
    assert talks and all(m == "asserted" for s, t, m in talks), got
    assert deals and all(m == "negated" for s, t, m in deals), got
