"""(doubts37) ``Named.agent_at``: the one constructor of an actor the sentence implies at one word (a country's
civilians at "protests", its government at a verb with no doer), used by the rules that built the same mention inline.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from foedus.coder.candidates import Named


def test_an_implied_agent_at_a_word(nlp):
    doc = nlp("Thousands joined the protests in Minsk.")
    tok = doc[3]
    crowd = Named.agent_at(tok, "BLR", "CVL")
    assert (crowd.code, crowd.country, crowd.sector, crowd.kind, crowd.name) == ("BLRCVL", "BLR", "CVL", "agent", None)
    assert (crowd.start, crowd.end, crowd.head, crowd.text, crowd.country_from) == (3, 4, 3, "protests", "sentence")
    assert crowd.word is None and Named.agent_at(tok, "BLR", "CVL", named=True).word == 3
    group = Named.agent_at(doc[0], "BLR", "REB", name="Thousands")
    assert (group.code, group.name) == ("BLRREB", "Thousands")
    assert Named.agent_at(tok, None, "GOV").code == "GOV"   # no country: the sector alone, as compose_code gives


@pytest.fixture(scope="module")
def coder(nlp):
    from foedus.coder.pipeline import Coder

    return Coder(nlp)


@pytest.mark.parametrize(("text", "code", "source", "target"), [
    # protests with no protester named: the civilians of the country where they are (rules: the implied crowd)
    ("Police detained dozens at a rally in Minsk.", "141", "BLRCVL", "BLRGOV"),
    ("The prime minister resigned after months of street protests in Dhaka.", "141", "BGDCVL", "BGDGOV"),
    ("Protests in Barcelona spread to Madrid on Monday.", "141", "ESPCVL", "ESPGOV"),
])
def test_rules_that_imply_an_agent_code_it(coder, text, code, source, target):
    events = [(e.cameo, e.source.code if e.source else "", e.target.code if e.target else "")
              for e in coder.code_text(text, date="2024-05-01").events]
    assert (code, source, target) in events, events
