"""Round 16, events told as nouns: a protest brought on by a verb of provoking ("..., prompting protests in
Caracas", "the verdict sparked riots"), an answer told by its "with" phrase ("responded with air strikes on
..."). Our own sentences."""

import pytest

from gold_helpers import triples


def has(t, code: str, source: str, target: str, modality: str = "asserted") -> bool:
    return any(c.startswith(code) and s and s.startswith(source) and tgt and tgt.startswith(target) and m == modality
               for s, tgt, c, m in t)


# ---- a protest brought on happened: held by the country's people (or its own doers), at their government ----

@pytest.mark.parametrize("text, source, target, code", [
    ("The court jailed the opposition leader, prompting protests in Caracas.", "VEN", "VEN", "141"),
    ("Police arrested the Kenyan activist, sparking riots in Nairobi.", "KEN", "KEN", "145"),
    ("The government raised fuel prices, triggering protests across Nigeria.", "NGA", "NGA", "141"),
    ("The court's ruling sparked protests in Barcelona.", "ESPCVL", "ESP", "141"),
    ("The verdict triggered riots across Pakistan.", "PAKCVL", "PAK", "145"),
])
def test_a_provoked_protest_happened(coder, text, source, target, code):
    t = triples(coder, text)
    assert has(t, code, source, target), t


def test_the_provoking_deed_is_no_protest_of_its_doer(coder):
    # the court ruled; the people protested
    t = triples(coder, "The court's ruling sparked protests in Barcelona.")
    assert not any(c[:2] == "14" and s and s.endswith("JUD") for s, tgt, c, m in t), t


@pytest.mark.parametrize("text, modality", [
    ("The ruling could trigger protests in Pakistan.", "considered"),
    ("The ruling did not spark any protests in Spain.", "negated"),
])
def test_a_provoked_protest_takes_the_clause_modality(coder, text, modality):
    t = triples(coder, text)
    assert not any(c[:2] == "14" and m == "asserted" for s, tgt, c, m in t), t


def test_provoking_a_state_act_is_no_protest(coder):
    t = triples(coder, "The court jailed the opposition leader in Caracas, prompting Washington to impose sanctions.")
    assert not any(c[:2] == "14" for s, tgt, c, m in t), t


def test_an_actor_that_triggers_a_mechanism_does_the_act(coder):
    # the subject is an actor, not a deed: "triggered the snapback of sanctions" is its own act
    t = triples(coder, "Britain and France triggered the snapback of UN sanctions on Iran.")
    # (its target two phrases down, "of sanctions on Iran", is no rule's: see test_recall10)
    assert any(c.startswith("163") and (s or "").startswith("GBR") and m == "asserted" for s, _, c, m in t), t


# ---- an answer named by the "with" phrase of a verb of answering ----------------------------------------------

@pytest.mark.parametrize("text, source, target", [
    ("Russia responded with air strikes on Ukrainian power plants.", "RUS", "UKR"),
    ("Israel responded to the attack with air strikes on Gaza.", "ISR", "PSE"),
    ("Iran answered with barrages of ballistic missiles on Tel Aviv.", "IRN", "ISR"),
])
def test_an_answer_with_an_attack_is_the_attack(coder, text, source, target):
    t = triples(coder, text)
    assert has(t, "19", source, target), t


def test_what_is_answered_is_not_the_answerers_act(coder):
    # "to the attack" names what was answered: Israel did not attack itself
    t = triples(coder, "Israel responded to the Hamas attack with air strikes on Gaza.")
    assert not any(c[:2] in {"18", "19"} and s and s.startswith("ISR") and tgt and tgt.startswith("ISR")
                   for s, tgt, c, m in t), t


def test_an_answer_vowed_is_not_asserted(coder):
    t = triples(coder, "Iran vowed to respond with missile strikes on Israel.")
    assert not any(c[:2] in {"18", "19"} and m == "asserted" for s, tgt, c, m in t), t
