"""Possessives in object-control complements and object pronouns that are never their clause's subject
(helper coref10; sentences of our own)."""

import pytest

from foedus.coder import coref
from foedus.coder.nlp import load


def _resolved(coder, text):
    """pronoun index -> the mentions it was resolved to, and the parse."""
    doc = load()(text)
    return doc, coref.resolve(doc, coder.matcher.find(doc, "2024-05-01"))


CONTROL = [
    ("Ankara urged Damascus to withdraw its forces from the border.", "SYRMIL"),
    ("Berlin pressed Warsaw to raise its defence spending and to modernise its army.", "POLMIL"),
    ("Moscow told Minsk to close its border posts to Polish troops.", "BLR"),
    ("Washington has asked Seoul to send its destroyers to the strait.", "KORMIL"),
    ("China called on Manila to stop sending its coast guard vessels to the shoal.", "PHL"),
    ("The European Union urged Serbia to pull its police out of northern Kosovo.", "SRBCOP"),
]


@pytest.mark.parametrize("text,code", CONTROL)
def test_possessive_in_control_complement_is_the_asked_one(coder, text, code):
    doc, res = _resolved(coder, text)
    owners = [t.i for t in doc if t.lower_ == "its"]
    assert owners and all({m.country for m in res[i]} == {code[:3]} for i in owners), text
    # and the agent it owns takes that country ("its forces": Syria's army)
    owned = coref.owned_agents(doc, coder.matcher.find(doc, "2024-05-01"), res)
    if code[3:]:
        assert any(m.code == code for m in owned), [m.code for m in owned]


def test_controlled_possessive_resolution(coder):
    cases = {
        "Ankara urged Damascus to withdraw its forces from the border.": "SYR",
        "Putin told Lukashenko to keep his troops at home.": "BLR",
        "Biden urged Netanyahu to scale back its offensive in Gaza.": "ISR",
        "France called on Mali to release its political prisoners.": "MLI",
        # the promiser keeps the act
        "Turkey promised Iraq to withdraw its troops.": "TUR",
    }
    for text, country in cases.items():
        doc, res = _resolved(coder, text)
        poss = [t.i for t in doc if t.dep_ == "poss" and t.lower_ in {"its", "his"}]
        assert poss and poss[0] in res, text
        assert {m.country for m in res[poss[0]]} == {country}, text
    doc, res = _resolved(coder, "The United States urged Israel and Hamas to release their hostages.")
    their = next(t.i for t in doc if t.lower_ == "their")
    assert sorted(m.country for m in res[their]) == ["ISR", "PSE"]


def test_object_pronoun_is_never_its_own_subject(coder):
    for text in ["Iran welcomed it.", "The Japanese foreign ministry rejected it on Friday.",
                 "Kenya condemned it and called it a violation.", "Brazil has criticised it sharply."]:
        doc, res = _resolved(coder, text)
        assert not any(doc[i].lower_ == "it" for i in res), text
    cases = {
        "Qatar proposed a ceasefire. Egypt welcomed it.": "QAT",
        "Saudi Arabia cut ties with Qatar, accusing it of backing terrorism.": "QAT",
        "Turkish jets downed a Russian bomber near the Syrian border, and Putin called it treachery.": "TUR",
        "Iranian boats seized a Greek tanker in the Gulf, and Athens condemned it.": "IRN",
        "Armenian forces shelled an Azerbaijani village, and Baku denounced it as a provocation.": "ARM",
    }
    for text, country in cases.items():
        doc, res = _resolved(coder, text)
        its = [i for i in res if doc[i].lower_ == "it"]
        assert its and {m.country for m in res[its[0]]} == {country}, text
