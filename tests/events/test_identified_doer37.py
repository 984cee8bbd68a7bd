"""(parse37) "Gunmen suspected to be bandits abducted 18 worshippers": a participle that says who the doer is thought
to be (modality_cues identifying_participles) was read as the clause's verb and the act as a clause on "bandits";
the act takes its place (syntax.repair_identified_doer). Our own sentences."""

from gold_helpers import triples


def test_the_act_after_an_identifying_participle_is_coded(coder):
    got = triples(coder, "Gunmen suspected to be herders abducted 12 farmers from a village in Benue state, police said.",
                  "2023-05-14")
    assert any(c.startswith("181") and (t or "").startswith("NGA") for s, t, c, m in got), got


def test_a_relative_clause_after_be_is_left_as_parsed(coder):
    # "suspected to be bandits who abducted ...": the abduction is told of the bandits, the arrest is the main act
    got = triples(coder, "Police arrested six men suspected to be bandits who abducted farmers in Zamfara.", "2023-05-14")
    assert any(c.startswith("173") for s, t, c, m in got), got
