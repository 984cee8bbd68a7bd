"""Economic ministers, trade negotiators, oil ministers and central bankers of 1978-2001, added in the
twenty-seventh session (issue 10): wire copy of the trade rows, the debt crisis and OPEC named them and the
dictionary knew only their heads of government. Names, offices and dates are real."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("name", "date", "code"), [
    ("Clayton Yeutter", "1987-03-27", "USAGOV"),       # trade representative
    ("Malcolm Baldrige", "1986-05-01", "USAGOV"),
    ("Paul Volcker", "1985-09-22", "USAGOVBUS"),       # Federal Reserve chairman
    ("Kiichi Miyazawa", "1987-02-22", "JPNGOV"),       # finance minister at the Louvre accord
    ("Kiichi Miyazawa", "1995-01-01", "JPNELI"),       # out of office
    ("Satoshi Sumita", "1987-02-22", "JPNGOVBUS"),     # Bank of Japan governor
    ("Karl Otto Pöhl", "1988-06-01", "DEUGOVBUS"),
    ("Edouard Balladur", "1987-02-22", "FRAGOV"),      # finance minister, before he was prime minister
    ("Dilson Funaro", "1987-02-20", "BRAGOV"),         # announced Brazil's moratorium
    ("Dilson Funaro", "1988-02-20", "BRAELI"),
    ("Gustavo Petricioli", "1987-09-01", "MEXGOV"),
    ("Juan Sourrouille", "1987-09-01", "ARGGOV"),
    ("Ahmed Zaki Yamani", "1985-12-01", "SAUGOV"),     # oil minister until October 1986
    ("Hisham Nazer", "1987-12-01", "SAUGOV"),
    ("Gholamreza Aghazadeh", "1988-06-01", "IRNGOV"),
    ("Subroto", "1987-06-01", "IDNGOV"),               # Indonesia's minister, then OPEC's secretary general
    ("Subroto", "1990-06-01", "IGOBUSOPC"),
    ("Rilwanu Lukman", "1987-06-01", "NGAGOV"),
    ("Willy De Clercq", "1987-06-01", "IGOEUREEC"),    # the European Community's trade commissioner
    ("Michel Camdessus", "1990-06-01", "IGOUNODEVIMF"),
    ("Leslie Manigat", "1988-03-01", "HTIGOV"),
])
def test_economic_officials_of_the_eighties_and_nineties(dictionary, name, date, code):
    actor = dictionary.resolve(name, date)
    assert actor is not None and actor.code == code


def test_a_trade_representative_is_his_government_in_a_sentence(nlp, matcher):
    doc = nlp("Trade Representative Clayton Yeutter said the tariffs on Japanese electronics would stand.")
    codes = {m.text: m.code for m in matcher.find(doc, "1987-04-17")}
    assert any(code == "USAGOV" for text, code in codes.items() if "Yeutter" in text)


@pytest.mark.parametrize(("name", "date", "code"), [
    ("Igor Sergeyev", "1999-04-01", "RUSGOV"),          # defence minister during the Kosovo war
    ("Khurshid Kasuri", "2004-01-06", "PAKGOV"),
    ("Mohammed Saeed al-Sahhaf", "2003-04-01", "IRQGOV"),  # information minister in the war
    ("Naji Sabri", "2002-09-16", "IRQGOV"),
    ("Jorge Castaneda", "2001-09-01", "MEXGOV"),
    ("Makiko Tanaka", "2001-06-01", "JPNGOV"),
])
def test_foreign_and_defence_ministers_of_the_nineties_and_after(dictionary, name, date, code):
    actor = dictionary.resolve(name, date)
    assert actor is not None and actor.code == code


@pytest.mark.parametrize(("sentence", "name", "code"), [
    ("The Bundesbank raised its discount rate on Thursday.", "Bundesbank", "DEUGOV"),
    ("The Paris Club agreed to reschedule Egypt's debt.", "Paris Club", "IGOPRC"),
    ("GATT members condemned the American move.", "GATT", "IGOBUSWTO"),
    ("Petrobras halted imports of Iraqi crude.", "Petrobras", "BRABUS"),
    ("Sonatrach cut gas supplies to Morocco.", "Sonatrach", "DZABUS"),
    ("The ECB warned Rome over its budget.", "ECB", "IGOEUREEC"),
    ("Tamil separatists ambushed an army truck near Jaffna.", "Tamil separatists", "LKAREB"),
    ("Sikh extremists shot dead two bus passengers.", "Sikh extremists", "INDREB"),
    ("Kashmiri separatists called a strike in Srinagar.", "Kashmiri separatists", "INDREB"),
    ("Moro guerrillas raided a town on Mindanao.", "Moro guerrillas", "PHLREB"),
    ("Gunmen shot a Civil Guard officer in Bilbao.", "Civil Guard", "ESPCOP"),
])
def test_state_firms_central_banks_clubs_and_named_insurgents(nlp, matcher, sentence, name, code):
    codes = {m.text: m.code for m in matcher.find(nlp(sentence), "1990-06-01")}
    assert codes.get(name) == code


@pytest.mark.parametrize("sentence", [
    "Block the roads, the organisers told the crowd.",
    "Hills above the town were shelled overnight.",
    "Summers are hot in the capital.",
])
def test_english_words_among_the_new_surnames_name_no_one_alone(nlp, matcher, sentence):
    assert not [m for m in matcher.find(nlp(sentence), "2021-04-01") if m.code.endswith(("ELI", "GOV"))]
