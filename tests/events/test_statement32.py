"""statement32: verbal events (criticism, denial) missed or given the wrong root. Our own sentences.

- a participle object predicate the parser tags a past tense ("called the tariffs unjustified") is the name a labelling
  verb gives; words of scorn added (pathetic, immoral, conspiracy ...);
- an indefinite object of a name-giving verb with no name after it is the name of what stands outside its clause
  ("..., a step Ankara called a flagrant violation of the accord");
- "accused X of doing Y, a charge Z rejected": the rejection of the charge is Z's denial (016), not a rejection (120);
- a speaker saying it was disappointed, dismayed or appalled criticises (111)."""

from gold_helpers import coded, triples


def test_participle_predicate_of_call_is_criticism(coder):
    got = triples(coder, "Brasilia called the new American tariffs unjustified on Tuesday.")
    assert coded(got, "11"), got


def test_pathetic_is_a_word_of_scorn(coder):
    got = triples(coder, "Washington tripled its sanctions on Havana's officials, though Cuba called the move pathetic.")
    assert any((s or "").startswith("CUB") for s, _, _ in coded(got, "111")), got


def test_indefinite_object_of_call_is_a_name(coder):
    got = triples(coder, "Athens closed its border crossings to Turkish trucks, a step Ankara called a flagrant "
                         "violation of the customs accord.")
    assert any((s or "").startswith("TUR") for s, _, _ in coded(got, "11")), got


def test_called_a_strike_is_no_censure(coder):
    got = triples(coder, "The dockworkers' union called a general strike in Rotterdam.")
    assert not coded(got, "11"), got


def test_definite_object_of_call_is_no_name(coder):
    got = triples(coder, "The premier called the meeting for Friday.")
    assert not coded(got, "11"), got


def test_charge_rejected_after_an_accusation_is_a_denial(coder):
    got = triples(coder, "Georgia accused Russia's army of shelling border villages, a charge the generals flatly "
                         "rejected.")
    assert coded(got, "016"), got
    assert not coded(got, "12"), got


def test_said_it_was_disappointed_is_criticism(coder):
    got = triples(coder, "Vanuatu signed a policing pact with Beijing on Monday, and New Zealand said it was deeply "
                         "disappointed.")
    assert any((s or "").startswith("NZL") for s, _, _ in coded(got, "111")), got


def test_disappointed_with_a_result_is_no_event(coder):
    got = triples(coder, "The coach said he was disappointed with the result.")
    assert not coded(got, "11"), got
