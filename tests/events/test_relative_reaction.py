"""A reaction told in a comma "which" relative on an act's object is aimed at the act's doer, not the object
(implicit._relative_reaction_targets); a person's "who" relative is the person's own act."""
import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, code, source, target", [
    ("Hungary blocked the new sanctions package, which Poland criticised.", "111", "POL", "HUN"),
    ("Serbia arrested two Kosovo police officers, which Pristina condemned.", "111", "KSV", "SRB"),
])
def test_a_reaction_in_a_which_relative_aims_at_the_doer(coder, text, code, source, target):
    t = triples(coder, text)
    assert has_coded(t, code, source, target), t


def test_a_who_relative_is_the_persons_own_act(coder):
    t = triples(coder, "Egypt detained three Sudanese journalists, who praised the Sudanese army.")
    assert not has_coded(t, "051", "SDN", "EGY"), t
