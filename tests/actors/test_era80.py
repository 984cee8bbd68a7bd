"""1980s wire prose (issue 10: 1987 Reuters politics stories): people with dated roles of 1981-1991,
the states and bodies of the time, their armed movements. Sentences written for these tests;
names, offices and dates are real."""

from __future__ import annotations

import pytest



def found(nlp, matcher, text, date):
    return {m.text: m.code for m in matcher.find(nlp(text), date)}


@pytest.mark.parametrize(("name", "date", "code"), [
    # United States: the Iran-Contra cast and the cabinet
    ("John Poindexter", "1986-06-01", "USAGOV"),
    ("John Poindexter", "1987-07-15", "USAELI"),         # resigned in November 1986
    ("William Casey", "1986-06-01", "USASPY"),
    ("William Webster", "1988-06-01", "USASPY"),
    ("Edwin Meese", "1987-06-01", "USAGOV"),
    ("Vernon Walters", "1987-06-01", "USAGOV"),
    # Soviet Union
    ("Sergei Sokolov", "1986-06-01", "SUNGOV"),
    ("Sergei Sokolov", "1988-06-01", "SUNMIL"),          # dismissed after the Red Square landing
    ("Viktor Chebrikov", "1987-06-01", "SUNSPY"),
    ("Gennady Gerasimov", "1987-06-01", "SUNGOV"),
    ("Sergei Akhromeyev", "1987-06-01", "SUNMIL"),
    ("Anatoly Dobrynin", "1985-06-01", "SUNGOV"),
    ("Leonid Brezhnev", "1981-06-01", "SUNGOV"),
    ("Yuri Andropov", "1983-06-01", "SUNGOV"),
    ("Yuri Andropov", "1975-06-01", "SUNSPY"),
    # Western Europe
    ("John Major", "1990-06-01", "GBRGOV"),
    ("John Major", "1986-06-01", "GBRELI"),
    ("George Younger", "1987-06-01", "GBRGOV"),
    ("Michael Heseltine", "1987-06-01", "GBRELI"),       # out of the cabinet 1986-1990
    ("Michael Heseltine", "1985-06-01", "GBRGOV"),
    ("Jean-Bernard Raimond", "1987-06-01", "FRAGOV"),
    ("Andre Giraud", "1987-06-01", "FRAGOV"),
    ("Charles Hernu", "1985-06-01", "FRAGOV"),
    ("Richard von Weizsaecker", "1987-06-01", "DEUGOV"),
    ("Oskar Fischer", "1987-06-01", "DDRGOV"),
    ("Willi Stoph", "1990-06-01", "DDRELI"),
    ("Giulio Andreotti", "1987-06-01", "ITAGOV"),
    ("Gustav Husak", "1987-06-01", "CZEGOV"),
    ("Branko Mikulic", "1987-06-01", "SRBGOV"),
    ("Slobodan Milosevic", "1988-06-01", "SRBGOV"),      # Serbian party leader before the presidency
    # Middle East
    ("Esmat Abdel-Meguid", "1987-06-01", "EGYGOV"),
    ("Esmat Abdel-Meguid", "1995-06-01", "IGOMEAARL"),
    ("Zaid Rifai", "1987-06-01", "JORGOV"),
    ("Selim al-Hoss", "1988-06-01", "LBNGOV"),
    ("Rashid Karami", "1986-06-01", "LBNGOV"),
    ("Samir Geagea", "1987-06-01", "LBNREB"),
    ("Abdul Halim Khaddam", "1987-06-01", "SYRGOV"),
    ("Taha Yassin Ramadan", "1987-06-01", "IRQGOV"),
    ("Abu Jihad", "1987-06-01", "PSEREB"),
    ("George Habash", "1987-06-01", "PSEREB"),
    # Africa
    ("Magnus Malan", "1987-06-01", "ZAFGOV"),
    ("Adriaan Vlok", "1988-06-01", "ZAFGOV"),
    ("Sam Nujoma", "1987-06-01", "NAMREB"),
    ("Sam Nujoma", "1991-06-01", "NAMGOV"),
    ("John Garang", "1987-06-01", "SDNREB"),
    # The Americas
    ("Miguel d'Escoto", "1987-06-01", "NICGOV"),
    ("Humberto Ortega", "1987-06-01", "NICGOV"),
    ("Enrique Bermudez", "1987-06-01", "NICREB"),
    ("Eric Arturo Delvalle", "1987-06-01", "PANGOV"),
    ("Joaquin Villalobos", "1987-06-01", "SLVREB"),
    ("Henri Namphy", "1987-06-01", "HTIGOV"),
    # Asia
    ("Fidel Ramos", "1987-06-01", "PHLMIL"),
    ("Fidel Ramos", "1989-06-01", "PHLGOV"),
    ("Salvador Laurel", "1987-06-01", "PHLGOV"),
    ("Kim Young-sam", "1987-06-01", "KOROPP"),
    ("Kim Young-sam", "1994-06-01", "KORGOV"),
    ("Gulbuddin Hekmatyar", "1987-06-01", "AFGREB"),
    ("Burhanuddin Rabbani", "1987-06-01", "AFGREB"),
    ("Abdul Wakil", "1988-06-01", "AFGGOV"),
    ("Norodom Sihanouk", "1987-06-01", "KHMREB"),
    ("Wu Xueqian", "1987-06-01", "CHNGOV"),
    ("V. P. Singh", "1990-06-01", "INDGOV"),
    ("Diego Cordovez", "1987-06-01", "IGOUNO"),
    # second batch: arms control, Iran-Contra, the Gulf war, the Politburos
    ("Max Kampelman", "1987-06-01", "USAGOV"),
    ("Lee Hamilton", "1987-06-01", "USALEG"),
    ("Viktor Karpov", "1987-06-01", "SUNGOV"),
    ("Dinmukhamed Kunayev", "1986-06-01", "SUNGOV"),
    ("Dinmukhamed Kunayev", "1987-06-01", "SUNELI"),   # removed in December 1986
    ("Geidar Aliyev", "1985-06-01", "SUNGOV"),
    ("Geidar Aliyev", "1990-06-01", "AZEELI"),
    ("Mohsen Rezaei", "1987-06-01", "IRNMIL"),
    ("Izzat Ibrahim", "1987-06-01", "IRQGOV"),
    ("Qiao Shi", "1988-06-01", "CHNGOV"),
])
def test_dated_roles_of_the_1980s(dictionary, name, date, code):
    actor = dictionary.resolve(name, date)
    assert actor is not None and actor.code == code, (name, date, actor)


@pytest.mark.parametrize(("text", "date", "phrase", "code"), [
    ("Yugoslavia recalled its ambassador from Tirana.", "1987-06-01", "Yugoslavia", "SRB"),
    ("Yugoslav police detained dozens of ethnic Albanians.", "1988-06-01", "Yugoslav police", "SRBCOP"),
    ("Czechoslovakia expelled two American diplomats.", "1987-06-01", "Czechoslovakia", "CZE"),
    ("Czechoslovak riot police broke up the march in Prague.", "1988-06-01", "Czechoslovak riot police", "CZECOP"),
    ("The Warsaw Pact offered to cut its tank forces.", "1988-06-01", "Warsaw Pact", "IGOEEU"),
    ("The Organisation of African Unity urged sanctions.", "1986-06-01", "Organisation of African Unity", "IGOAFROAU"),
    ("The Palestine Liberation Organisation rejected the plan.", "1987-06-01",
     "Palestine Liberation Organisation", "PSEREB"),
    ("The Commonwealth agreed on new measures against Pretoria.", "1986-08-05", "Commonwealth", "IGOCWN"),
    ("The Vatican appealed for a truce in Lebanon.", "1987-06-01", "Vatican", "VAT"),
    ("Contra rebels blew up a power pylon near Esteli.", "1987-06-01", "Contra rebels", "NICREB"),
    ("Amal militiamen stormed a Palestinian camp in Beirut.", "1987-06-01", "Amal militiamen", "LBNREB"),
    ("Afghan mujahideen shelled the airport at Jalalabad.", "1988-06-01", "Afghan mujahideen", "AFGREB"),
    ("The Red Army pulled back from the border.", "1988-06-01", "Red Army", "SUNMIL"),
    ("The Solidarity union called a national strike.", "1988-06-01", "Solidarity union", "POLLAB"),
    ("Rangoon accused the rebels of killing villagers.", "1987-06-01", "Rangoon", "MMRGOV"),
])
def test_states_and_bodies_of_the_1980s(nlp, matcher, text, date, phrase, code):
    got = found(nlp, matcher, text, date)
    assert got.get(phrase) == code, got


def test_mujahideen_alone_is_an_armed_group_whose_country_comes_from_the_sentence(nlp, matcher):
    got = found(nlp, matcher, "The mujahideen fired rockets at Kabul airport.", "1987-06-01")
    assert got.get("mujahideen", "").endswith("REB"), got
