"""Commitment clauses from article text, with parties, source, strength and the registry match."""

from __future__ import annotations

import pytest

from foedus import commitments

from hand_mentions import mentions_for


def extract(nlp, text, table, date="2024-06-20"):
    doc = nlp(text)
    return commitments.extract(doc, mentions_for(doc, table), date)


def test_the_example_article(example_doc, example_mentions):
    found = commitments.extract(example_doc, example_mentions, "2024-06-20")
    assert len(found) == 1
    c = found[0]
    assert {p.code for p in c.parties} == {"RUS", "PRK"}
    assert c.trigger == "invasion and state of war of either party"
    assert c.obligation == "military and other assistance, all means, without delay"
    assert c.conditions == ["laws of both parties", "UN Charter Art. 51"]
    assert c.source is not None and c.source.code == "PRKMED"
    assert c.strength == 5 and c.kind == "mutual_defence"
    assert c.treaty == "russia_dprk_2024" and c.agrees_with_registry is True
    assert c.sentences == [3, 4]
    assert "subject to both countries' laws" in c.evidence


TABLE = [("Kazakhstan", "KAZ", "KAZ", None), ("Mongolia", "MNG", "MNG", None), ("Astana", "KAZ", "KAZ", None),
         ("Ulaanbaatar", "MNG", "MNG", None), ("the Mongolian news agency Montsame", "MNGMED", "MNG", "MED"),
         ("Washington", "USA", "USA", None), ("Seoul", "KOR", "KOR", None), ("the Yonhap news agency", "KORMED",
                                                                              "KOR", "MED")]


def test_an_invented_consultation_pact(nlp):
    text = ("Kazakhstan and Mongolia signed a security pact in Astana on Friday. "
            "The pact commits the two neighbours to consult each other without delay if either is threatened "
            "by a third country, the Mongolian news agency Montsame reported.")
    found = extract(nlp, text, TABLE)
    assert len(found) == 1
    c = found[0]
    assert {p.code for p in c.parties} == {"KAZ", "MNG"}
    assert c.strength == 1 and c.kind == "consultation"
    assert c.trigger == "threat of either party"
    assert c.source is not None and c.source.code == "MNGMED"
    assert c.treaty is None and c.agrees_with_registry is None  # no such treaty in the registry


def test_a_text_that_overstates_the_registry(nlp):
    text = ("Under the treaty between Washington and Seoul, the allies would provide military assistance with all "
            "means and without delay if either is attacked, according to the Yonhap news agency.")
    c = extract(nlp, text, TABLE)[0]
    assert {p.code for p in c.parties} == {"USA", "KOR"}
    assert c.strength == 5 and c.treaty == "us_rok_1953"
    assert c.agrees_with_registry is False
    assert "strength 5 in the text vs 2 in the registry" in c.evidence
    assert c.source.code == "KORMED"


def test_common_danger_wording_agrees_with_the_registry(nlp):
    text = ("The treaty between Washington and Seoul says that if either is attacked in the Pacific, each will act "
            "to meet the common danger in accordance with its constitutional processes.")
    c = extract(nlp, text, TABLE)[0]
    assert c.strength == 2 and c.conditions == ["constitutional processes"]
    assert c.treaty == "us_rok_1953" and c.agrees_with_registry is True


@pytest.mark.parametrize("text", [
    "Kazakhstan and Mongolia signed a trade deal on Friday to cut tariffs on wool.",
    "If Mongolia is attacked, analysts say, the region would suffer.",
    "The pact was signed in Astana, and officials celebrated with a banquet.",
])
def test_no_commitment(nlp, text):
    assert extract(nlp, text, TABLE) == []
