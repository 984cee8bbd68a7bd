"""Helper verbal59 (issue 10): verbal and diplomatic acts (CAMEO roots 01, 02, 04, 05, 11) in wording nobody tuned
on. Our own sentences, not gold sentences."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, source, target, date", [
    # a state that expels, arrests or sanctions another country's people "accused of" something makes the charge
    ("Estonia expelled a Russian diplomat accused of recruiting informants among border guards.", "EST", "RUS",
     "2022-04-05"),
    ("Hungarian police detained four Serbian truck drivers accused of smuggling migrants across the border.", "HUNCOP",
     "SRB", "2016-08-10"),
    ("The European Union imposed sanctions on three Iranian officials accused of supplying drones to Moscow.",
     "IGOEUREEC", "IRN", "2022-10-20"),
])
def test_state_acting_on_foreign_people_accused_of_an_act_accuses_them(coder, text, source, target, date):
    t = triples(coder, text, date=date)
    assert has_coded(t, "112", source, target), t


@pytest.mark.parametrize("text, date", [
    # a crowd's act makes no charge
    ("A mob in Lagos beat to death a Ghanaian trader accused of theft.", "2019-03-02"),
    # a state's own people: the arrest alone (the gold codes it so, mostly)
    ("Egyptian police arrested nine students accused of insulting the president.", "2014-05-06"),
    # an act refused: no charge made by it
    ("Peru said it would not expel the Bolivian diplomat accused of meddling in its election.", "2021-06-20"),
])
def test_no_charge_from_a_crowd_a_domestic_arrest_or_a_refused_act(coder, text, date):
    t = triples(coder, text, date=date)
    assert not has_coded(t, "112", modality=None), t


def test_named_accuser_keeps_its_own_charge(coder):
    # "accused by X": another accuser is named, the expelling state makes no second charge
    t = triples(coder, "Latvia expelled a Belarusian diplomat accused by Lithuania of spying.", date="2021-09-01")
    assert not has_coded(t, "112", "LVA"), t


@pytest.mark.parametrize("text, source, target, date", [
    # a name of scorn given to another's act or its doers: criticism (111)
    ("Kyiv called the strikes on power plants a deliberate attempt to freeze civilians.", "UKR", None, "2022-11-25"),
    ("Seoul's defence ministry said North Korean soldiers crossed the border, calling it a breach of the armistice.",
     "KOR", None, "2024-06-20"),
    ("Maduro dismissed the striking oil workers, calling them saboteurs.", "VENGOV", None, "2017-03-01"),
])
def test_a_name_of_scorn_is_criticism(coder, text, source, target, date):
    t = triples(coder, text, date=date)
    assert has_coded(t, "11", source, target), t


def test_an_attempt_named_as_the_object_is_no_scorn(coder):
    # the object holds the word, the name given is praise
    t = triples(coder, "Nepal's prime minister called the rescue attempt a success.", date="2015-05-01")
    assert not has_coded(t, "11", modality=None), t
