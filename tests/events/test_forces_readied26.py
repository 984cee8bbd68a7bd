"""Forces readied in reply (an alert, a mobilisation) aimed at no one or at the state's own forces answer the doer of
a conflictual act told before them, or in their own clause of time or cause, on the state's country
(implicit._answered_targets, event_cues answering_force_codes). Our own sentences, not dev-set ones."""
import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, source, target", [
    ("Indian troops shelled Pakistani border posts overnight, and Islamabad put its army on high alert.",
     "PAK", "IND"),
    ("Eritrean forces seized the border town of Badme, and Ethiopia declared a general mobilisation.", "ETH", "ERI"),
    ("Georgia ordered a general mobilisation after Russian tanks rolled across the border.", "GEO", "RUS"),
])
def test_forces_readied_answer_the_act_told_before(coder, text, source, target):
    t = triples(coder, text)
    assert has_coded(t, "15", source, target), t


def test_a_test_is_no_reply_to_the_condemnation_after_it(coder):
    # "North Korea tested a bomb, and Japan condemned it": the test answers nothing told after it
    t = triples(coder, "North Korea said it had carried out a nuclear test, and Tokyo said it would impose new sanctions.")
    assert not any(c.startswith("15") and (tg or "").startswith("JPN") for s, tg, c, m in t), t
