"""Round 14 (clauses14): clauses that tell news of their own, not background. An object or place relative in the
simple past with a named doer of its own ("an election the president refused to recognise", "where soldiers
arrested twelve looters"); an appeal to someone in a concurrent "as"/"while" clause ("as the government asked
Russia to send troops"); a news relative or a concurrent act hanging on a participle aside ("..., defying appeals
from Senegal, which condemned the decision"); a finite verb the parser coordinated with an aside ("..., accusing it
of funding militants, and recalled its ambassador"). Our own sentences."""

import pytest

from foedus.coder import clauses
from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, code, source, target", [
    ("Rebels shelled the market in Goma, where Congolese soldiers arrested twelve looters on Tuesday.", "173", "CODMIL", None),
    ("Ecuador's congress passed a reform that President Noboa refused to sign.", "12", "ECUGOV", None),
    ("Fighting broke out in Tripoli between militias loyal to the prime minister and fighters of his former ally, "
     "whom the premier accused of plotting a coup.", "112", "LBYGOV", None),
])
def test_object_relative_with_a_doer_of_its_own(coder, text, code, source, target):
    t = triples(coder, text)
    assert has_coded(t, code, source, target), t


@pytest.mark.parametrize("text, root", [
    # a pronoun doer: what the main actor did before, background
    ("Moscow lifted the tariffs it imposed on Turkish fruit last year.", "16"),
    # a report in the relative: the statement is not an act of its own here
    ("Iraq handed inspectors a declaration that Baghdad said proved it had no banned weapons.", "01"),
])
def test_relatives_that_stay_background(coder, text, root):
    t = triples(coder, text, modality="asserted")
    assert not any(c[:2] == root for _, _, c, _ in t), t


def test_appeal_in_a_concurrent_clause(coder):
    t = triples(coder, "Fighting spread across the capital as the government asked Russia to send troops.")
    assert has_coded(t, "02", None, "RUS"), t
    t = triples(coder, "Soldiers surrounded the presidential palace in Niamey, as France demanded that President "
                       "Bazoum be freed.")
    assert has_coded(t, "10", "FRA", None), t


@pytest.mark.parametrize("text, root", [
    ("The president resigned as the opposition threatened to storm his residence.", "13"),
    ("Soldiers surrounded the presidential palace in Niamey, as France warned that the coup could spread.", "13"),
])
def test_an_aim_or_a_warning_in_a_concurrent_clause_stays_background(coder, text, root):
    t = triples(coder, text, modality="asserted")
    assert not any(c[:2] == root for _, _, c, _ in t), t


def test_news_relative_on_an_aside(coder):
    t = triples(coder, "Mali expelled the French ambassador, defying appeals from Senegal, which condemned the decision.")
    assert has_coded(t, "11", "SEN", None), t


def test_finite_verb_coordinated_with_an_aside(coder):
    t = triples(coder, "Egypt cut ties with Qatar, accusing it of funding militants, and recalled its ambassador "
                       "from Doha.")
    assert sum(1 for _, _, c, _ in t if c.startswith("161")) >= 2, t


def test_participle_conjuncts_stay_in_the_aside(nlp):
    doc = nlp("Rebels raided the village, burning houses and killing twelve people.")
    killing = next(t for t in doc if t.text == "killing")
    assert not clauses.finite_conjunct(killing)
    assert clauses.in_background_clause(killing) or clauses.participle_aside(killing)


def test_mandative(nlp):
    doc = nlp("France demanded that the president be freed and warned that the coup could spread.")
    freed = next(t for t in doc if t.text == "freed")
    spread = next(t for t in doc if t.text == "spread")
    assert clauses.mandative(freed)
    assert not clauses.mandative(spread)


def test_past_perfect_appeal_or_threat_in_a_relative(coder):
    t = triples(coder, "Ottawa lifted the duties it had threatened to impose on Chinese steel.")
    assert has_coded(t, "13", "CAN", None), t
    t = triples(coder, "Baghdad agreed to send troops to Kirkuk under a deal with the Kurdish regional government, which "
                       "had asked for protection from militias.")
    assert has_coded(t, "02", None, None), t


def test_past_perfect_act_in_a_relative_stays_background(coder):
    t = triples(coder, "The mediator urged the rebels to leave the towns they had captured in Ituri.", modality="asserted")
    assert not any(c[:2] in {"17", "19"} for _, _, c, _ in t), t


@pytest.mark.parametrize("text, code, source", [
    ("Rwandan troops crossed into Goma, seizing the airport, forcing Congo to cut ties with Kigali.", "16", "COD"),
    ("Kenya signed a port deal with the breakaway region of Jubaland giving it a share of customs revenue, prompting "
     "Somalia to expel the Kenyan ambassador.", "17", "SOM"),
])
def test_caused_act_below_a_chain_of_asides(coder, text, code, source):
    t = triples(coder, text)
    assert has_coded(t, code, source, None), t
