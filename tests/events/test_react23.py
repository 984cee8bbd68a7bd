"""Reactions of round 23 (react23). A court's act summed up in an appositive by what it decided ("..., a verdict
condemned by the opposition", "..., a ruling the government slammed as bias") is the court's act, and the reaction
told on that noun is aimed at the court, as "a move" or "a decision" is aimed at the doer of the clause. Our own
sentences, with ones where the same words tell no reaction."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, code, source, target", [
    ("A Belarusian court sentenced an opposition blogger to eighteen years in prison, a verdict condemned by the "
     "European Union.", "111", "IGOEU", "BLRJUD"),
    ("Iran's supreme court upheld the death sentence of a rapper, a ruling condemned by Amnesty International.", "111",
     "NGO", "IRNJUD"),
    ("Kenya's High Court blocked the deployment of police officers to Haiti, a ruling the government denounced as "
     "interference.", "111", "KENGOV", "KENJUD"),
])
def test_reaction_on_a_court_decision(coder, text, code, source, target):
    t = triples(coder, text)
    assert has_coded(t, code, source, target), t


@pytest.mark.parametrize("text, absent", [
    # (coerce44) the jailing for a term is itself the court's conviction (116): only no criticism (111) may be read
    ("The court jailed the opposition leader for eleven years, a verdict his lawyers said they expected.", "111"),
    ("Kenya's High Court blocked the deployment, a ruling the government welcomed.", "11"),
])
def test_other_verdicts_are_no_criticism(coder, text, absent):
    t = triples(coder, text, modality=None)
    assert not has_coded(t, absent, modality=None), t


@pytest.mark.parametrize("text, source, target", [
    ("Serbia closed its border crossings with Kosovo, a move the European Union said was disproportionate.", "IGOEU",
     "SRB"),
    ("Russian troops moved into the demilitarised zone on the Georgian side of the border, a step the European Union "
     "said violated the 2008 accord.", "IGOEU", "RUS"),
])
def test_said_censure_of_a_summed_act(coder, text, source, target):
    t = triples(coder, text)
    assert has_coded(t, "111", source, target), t


@pytest.mark.parametrize("text", [
    "Serbia closed its border crossings with Kosovo, a move the European Union said was overdue.",
    "Serbia closed its border crossings with Kosovo, a move the European Union said it understood.",
])
def test_said_of_a_summed_act_without_censure(coder, text):
    t = triples(coder, text, modality=None)
    assert not has_coded(t, "11", "IGOEU", modality=None), t
