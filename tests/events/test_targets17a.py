"""Targets of acts aimed at the doer's own country (targets17a). Our own sentences."""

import pytest

from gold_helpers import has_coded, triples


@pytest.mark.parametrize("text, date, code, source, target, foreign", [
    # emergency rule is imposed at home: not at the country accused in a conjoined verb
    ("Bolivia's president declared martial law and accused Chile of stirring unrest.", "2021-03-02", "1724", "BOL",
     "BOL", "CHL"),
    # a leader's resignation or flight is aimed at his own country, not at where he went or spoke from
    ("Peru's president resigned and fled to Mexico.", "2021-03-02", "0831", "PER", "PER", "MEX"),
    ("The Tunisian prime minister announced his resignation from Paris.", "2021-03-02", "0831", "TUN", "TUN", "FRA"),
])
def test_home_act_is_aimed_at_own_country(coder, text, date, code, source, target, foreign):
    t = triples(coder, text, date=date)
    assert has_coded(t, code, source, target) and not has_coded(t, code, source, foreign), t


def test_home_act_keeps_a_target_of_its_own_country(coder):
    # the people whose protests made the leader go stay the target
    t = triples(coder, "Malawi's president resigned after weeks of street protests in Lilongwe.", date="2021-03-02")
    assert has_coded(t, "0831", "MWI", "MWICVL"), t


@pytest.mark.parametrize("text, date, code, source, target", [
    # "ethnic" makes a nationality adjective a people's: the group is of the country where it lives
    ("Macedonian police arrested ten ethnic Albanian protesters in Tetovo.", "2001-03-02", "173", "MKDCOP", "MKDCVL"),
    ("Kyrgyz police fired tear gas at ethnic Uzbek demonstrators in Osh.", "2010-06-11", "175", "KGZCOP", "KGZCVL"),
    ("Estonian police detained several ethnic Russian activists in Narva.", "2007-04-27", "173", "ESTCOP", "ESTCVL"),
    # an ethnic group's armed men have no state: insurgents of the country where they fight
    ("Georgian troops clashed with ethnic Ossetian militiamen near Tskhinvali.", "2004-08-12", "190", "GEOMIL",
     "GEOREB"),
])
def test_ethnic_adjective_names_a_people_of_the_place(coder, text, date, code, source, target):
    t = triples(coder, text, date=date)
    assert has_coded(t, code, source, target), t


def test_rebel_faction_is_an_armed_group(coder):
    t = triples(coder, "The Chadian army and a rebel faction signed a peace accord in Abeche.", date="2021-03-02")
    assert has_coded(t, "057", "TCDMIL", "TCDREB") and has_coded(t, "057", "TCDREB", "TCDMIL"), t


def test_reporting_aside_names_no_addressee(coder):
    # the speaker of ", the union's secretary-general said, ..." is not whom the strike is aimed at
    t = triples(coder, "Malawian nurses launched a nationwide strike on Monday over unpaid wages, the union's "
                       "secretary-general said, leaving clinics barely functioning.", date="2021-03-02")
    assert has_coded(t, "14", "MWI", "MWIGOV") and not has_coded(t, "14", "MWI", "GOV"), t


def test_it_never_stands_for_a_plural_noun(coder):
    # "it" is the bill, not the organisers: the march is aimed at no organiser
    t = triples(coder, "Organisers said thousands of people marched through Nairobi on Sunday to demand that the "
                       "president withdraw the finance bill, a day after he shelved it.", date="2024-06-23")
    assert not any(c.startswith("14") and tg == "CVL" for s, tg, c, m in t), t
