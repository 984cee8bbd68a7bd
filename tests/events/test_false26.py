"""False events of round 26 (false26): an actor that stops its own force de-escalates, and the force it stops is no
negated act of its own beside it; a law signed is no agreement with the place its name names. Sentences written for
these tests."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, date", [
    ("Armenia and Azerbaijan agreed to stop all shooting along their border, the Russian mediators said.", "2021-11-17"),
    ("The Taliban pledged to cease attacks on Afghan troops during the holiday.", "2018-06-10"),
])
def test_a_promise_to_stop_ones_own_force_is_a_de_escalation(coder, text, date):
    t = triples(coder, text, date=date, modality=None)
    assert has_coded(t, "0356", modality="intended"), t
    # the force stopped is no act of its own (no negated 18-20 beside the promise)
    assert not any(c[:2] in {"18", "19", "20"} for _, _, c, _ in t), t


def test_each_side_that_agrees_to_stop_firing_de_escalates_toward_the_other(coder):
    t = triples(coder, "Armenia and Azerbaijan agreed to stop shelling each other's villages, Moscow said.", date="2020-10-10",
                modality=None)
    assert has_coded(t, "0356", source="ARM", target="AZE", modality="intended"), t
    assert has_coded(t, "0356", source="AZE", target="ARM", modality="intended"), t


def test_stopping_ones_own_shelling_is_one_de_escalation(coder):
    t = triples(coder, "The Ethiopian army stopped shelling Mekelle on Sunday.", date="2021-06-28", modality=None)
    assert has_coded(t, "087", source="ETHMIL"), t
    assert not any(c[:2] == "19" for _, _, c, _ in t), t


def test_anothers_force_stopped_is_not_a_de_escalation_of_the_stopper(coder):
    # the massacre is not the UN's own force: no de-escalation of the UN
    t = triples(coder, "UN peacekeepers failed to stop the massacre in Srebrenica.", date="1995-07-20", modality=None)
    assert not any(c.startswith("087") or c.startswith("0356") for _, _, c, _ in t), t


@pytest.mark.parametrize("text, date", [
    ("President Biden signed the Uyghur Forced Labor Prevention Act on Thursday.", "2021-12-23"),
    ("The governor signed legislation on Taiwan trade offices.", "2019-05-07"),
])
def test_a_law_signed_is_no_agreement(coder, text, date):
    t = triples(coder, text, date=date, modality=None)
    assert not any(c.startswith("057") for _, _, c, _ in t), t
