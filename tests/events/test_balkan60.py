"""(balkan60) Actors of the Yugoslav wars by date and place, as the gold README codes them: the Yugoslav republics act as
their own from the League of Communists' breakup (1990-01-22, data/actors/dated_states.tsv); the Serbs' armed men and
the bare "Serbs" of the Croatian war (1990-1998) are Croatia's rebels HRVREB, as those of the Bosnian war are BIHREB
(data/actors/peoples_at_war.tsv); a bare or "federal" army in a breaking-away republic while the Yugoslav army held it
is SRBMIL (data/actors/federal_armies.tsv); a person sent "to The Hague" in the tribunal's years goes to the tribunal
(IGOUNOJUD, data/actors/court_seats.tsv). Sentences written for these tests."""

from __future__ import annotations

from gold_helpers import triples


def _events(coder, text, date):
    """(code, source, target, modality) of each event, "" for an empty side (the shared ``coder`` fixture)."""
    return [(c, s or "", t or "", m) for s, t, c, m in triples(coder, text, date=date)]


# ------------------------------------------------------------------- the republics of 1990-1991 are their own
def test_croatian_police_before_independence_are_croatias(coder):
    got = _events(coder, "Croatian police arrested three Yugoslav army officers in Zagreb.", "1991-02-10")
    assert ("173", "HRVCOP", "SRBMIL", "asserted") in [(c[:3], s, t, m) for c, s, t, m in got], got


def test_republic_strikers_before_1990_stay_yugoslavias(coder):
    got = _events(coder, "Workers in Zagreb went on strike against the federal wage freeze.", "1987-03-05")
    assert all(not s.startswith("HRV") and not t.startswith("HRV") for _, s, t, _ in got), got


# ---------------------------------------------------------------------- the Serb revolt in Croatia: HRVREB
def test_serb_militiamen_fighting_croatian_police_are_croatias_rebels(coder):
    got = _events(coder, "Serb militiamen ambushed Croatian police near Borovo Selo, killing twelve officers.",
                  "1991-05-02")
    assert any(c.startswith("19") and s == "HRVREB" and t == "HRVCOP" and m == "asserted" for c, s, t, m in got), got


def test_rebel_serbs_shelling_a_croatian_town_are_croatias_rebels(coder):
    got = _events(coder, "Rebel Serbs shelled the Croatian town of Osijek overnight.", "1991-09-14")
    assert any(c.startswith("19") and s == "HRVREB" and t.startswith("HRV") for c, s, t, _ in got), got


def test_the_serbs_shelling_a_bosnian_town_in_the_war_are_bosnias_rebels(coder):
    got = _events(coder, "The Serbs shelled Gorazde again and Muslim forces counter-attacked.", "1994-04-12")
    assert any(c.startswith("19") and s == "BIHREB" for c, s, _, _ in got), got


def test_serb_militiamen_in_kosovo_stay_serbias(coder):
    got = _events(coder, "Serb militiamen in Kosovo burned Albanian houses.", "1999-02-01")
    assert all(not s.startswith(("HRV", "BIH")) for _, s, _, _ in got), got


def test_a_serb_led_army_is_no_peoples_armed_men(coder):
    got = _events(coder, "The European Community imposed sanctions on Yugoslavia, blaming the Serb-led army for the "
                         "war in Croatia.", "1991-11-08")
    assert all(not t.startswith("HRV") for _, _, t, _ in got), got


# ------------------------------------------------------------------------ the Yugoslav army in the republics
def test_the_federal_army_in_slovenia_is_the_yugoslav_army(coder):
    got = _events(coder, "The Slovenian government rejected the federal army's order to disarm its territorial "
                         "defence.", "1990-12-20")
    assert any(c.startswith("12") and s == "SVNGOV" and t == "SRBMIL" for c, s, t, _ in got), got


def test_the_army_accused_by_croatia_is_the_yugoslav_army(coder):
    got = _events(coder, "Croatian authorities accused the federal army of firing on its own positions.",
                  "1991-07-27")
    assert any(c.startswith("112") and s == "HRVGOV" and t == "SRBMIL" for c, s, t, _ in got), got


def test_croatian_troops_keep_their_own_word(coder):
    got = _events(coder, "Croatian troops shelled army barracks in Zagreb.", "1991-09-20")
    assert any(c.startswith("19") and s == "HRVMIL" for c, s, _, _ in got), got


# ------------------------------------------------------------------------------ "to The Hague": the tribunal
def test_extradition_to_the_hague_is_to_the_tribunal(coder):
    got = _events(coder, "Croatia extradited the general to The Hague on Friday.", "1999-06-01")
    assert any(s == "HRV" and t == "IGOUNOJUD" for _, s, t, _ in got), got
    assert all(not t.startswith("NLD") for _, _, t, _ in got), got


def test_intended_extradition_to_the_hague(coder):
    got = _events(coder, "The Bosnian government said it would extradite the general to The Hague.", "1996-05-01")
    assert any(s == "BIHGOV" and t == "IGOUNOJUD" and m == "intended" for _, s, t, m in got), got


def test_a_visit_to_the_hague_stays_dutch(coder):
    got = _events(coder, "Tudjman paid a visit to The Hague and met the Dutch prime minister.", "1998-03-01")
    assert any(c.startswith("04") and s == "HRVGOV" and t.startswith("NLD") for c, s, t, _ in got), got
    assert all(not t.startswith("IGO") for _, _, t, _ in got), got
