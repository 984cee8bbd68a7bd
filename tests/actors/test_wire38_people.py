"""Names as wire leads write them (helper wire38): a pope named without his ordinal, Iraq's leading Shi'ite cleric,
insurgencies of South Vietnam and the Philippines, Azerbaijan's Popular Front, the Balkans' Contact Group.
Sentences written for these tests; the names and dates are real."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("name", "date", "code"), [
    ("Pope John Paul", "1990-05-04", "VAT"),
    ("Pope Benedict", "2007-05-10", "VAT"),
    ("Ali al-Sistani", "2004-08-26", "IRQREL"),         # grand ayatollah of Najaf since 1992
    ("Sistani", "2005-01-10", "IRQREL"),
    ("William Walker", "1999-01-16", "IGOEURSCE"),      # head of the OSCE Kosovo Verification Mission
    ("Ruben Vardanyan", "2023-01-10", "AZEREB"),        # state minister of the Karabakh Armenian administration
])
def test_a_pope_without_his_ordinal(dictionary, name, date, code):
    actor = dictionary.resolve(name, date)
    assert actor is not None and actor.code == code


def test_the_pope_named_without_his_ordinal_is_the_holy_see_in_a_sentence(nlp, matcher):
    doc = nlp("Pope John Paul appealed to the kidnappers in Lebanon to free their hostages.")
    codes = {m.text: m.code for m in matcher.find(doc, "1990-05-04")}
    assert any(code == "VAT" for text, code in codes.items() if "John Paul" in text), codes


def test_the_grand_ayatollah_is_a_religious_actor_in_a_sentence(nlp, matcher):
    doc = nlp("Grand Ayatollah Ali al-Sistani called on Shi'ite militiamen to leave the shrine in Najaf.")
    codes = {m.text: m.code for m in matcher.find(doc, "2004-08-26")}
    assert any(code == "IRQREL" for text, code in codes.items() if "Sistani" in text), codes


@pytest.mark.parametrize(("sentence", "date", "name", "code"), [
    ("The Viet Cong announced a three-day truce for the lunar new year.", "1967-02-06", "Viet Cong", "VNMREB"),
    ("Vietcong units attacked an airfield near Da Nang.", "1965-07-01", "Vietcong", "VNMREB"),
    ("Police arrested a leader of the Communist Party of the Philippines in Quezon City.", "1988-03-29",
     "Communist Party of the Philippines", "PHLREB"),
    # a Soviet republic's opposition before the Union ended, Azerbaijan's after
    ("Azerbaijan's Popular Front called a general strike in Baku.", "1990-01-21", "Popular Front", "SUNOPP"),
    ("The Azerbaijani Popular Front won the presidential election.", "1992-06-08", "Popular Front", "AZEOPP"),
    ("The six-nation Contact Group met in Bonn to discuss Kosovo.", "1998-04-29", "Contact Group", "IGO"),
])
def test_wire_era_insurgencies_by_their_wire_names(nlp, matcher, sentence, date, name, code):
    codes = {m.text: m.code for m in matcher.find(nlp(sentence), date)}
    assert any(c == code for text, c in codes.items() if name in text), codes
