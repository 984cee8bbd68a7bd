"""Actor facts and rules of the twenty-eighth session (issue 10): leaders, envoys and a police agency the
dictionary lacked or knew only by another spelling, and courts called international, which are no court of
the town they sit in. Names, offices and dates are real; the sentences are written for these tests."""

from __future__ import annotations

import pytest

from actor_helpers import root_pairs


@pytest.mark.parametrize(("name", "date", "code"), [
    ("Michel Djotodia", "2013-01-05", "CAFREB"),        # Seleka's leader before the Libreville deal
    ("Djotodia", "2013-09-01", "CAFGOV"),               # president after Seleka took Bangui
    ("Michel Djotodia", "2015-01-01", "CAFELI"),        # after his resignation in January 2014
    ("Carrie Lam", "2019-06-16", "HKGGOV"),             # Hong Kong's chief executive 2017-2022
    ("Carrie Lam", "2014-10-01", "HKGGOV"),             # chief secretary during the umbrella protests
    ("Carrie Lam", "2023-01-01", "HKGELI"),
    ("King Gyanendra", "2005-02-01", "NPLGOV"),         # king of Nepal 2001-2008
    ("Gyanendra", "2006-04-24", "NPLGOV"),
    ("Gyanendra", "2010-01-01", "NPLELI"),              # the monarchy abolished in May 2008
    ("Terry Waite", "1985-11-01", "GBRREL"),            # the Archbishop of Canterbury's envoy
    ("Kofi Annan", "2012-05-01", "IGOUNO"),             # UN-Arab League envoy for Syria in 2012
    ("Kofi Annan", "1995-06-01", "IGOUNO"),             # UN peacekeeping chief before he led the UN
    ("Kofi Annan", "2010-01-01", "GHAELI"),
    ("Yanukovich", "2012-01-01", "UKRGOV"),             # the wire spelling of Yanukovych
    ("Mursi", "2013-01-01", "EGYGOV"),
    ("Ben Ali", "2010-12-20", "TUNGOV"),
    ("National Investigation Agency", "2024-01-01", "INDCOP"),
    ("NIA", "2024-01-01", "INDCOP"),
    ("Roh Tae-woo", "1987-06-29", "KORGOV"),           # the ruling party's candidate from June 1987
    ("Roh Tae-woo", "1986-06-29", "KORELI"),
    ("Rakhmon Nabiyev", "1992-09-07", "TJKGOV"),       # forced to resign that day
    ("Rakhmon Nabiyev", "1993-01-01", "TJKELI"),
    ("Hoshiyar Zebari", "2008-11-17", "IRQGOV"),       # foreign minister 2003-2014
    ("Czeslaw Kiszczak", "1988-08-31", "POLGOV"),      # interior minister 1981-1990
    ("Henri Konan Bedie", "1995-01-01", "CIVGOV"),     # president 1993-1999
    ("Henri Konan Bedie", "2020-11-03", "CIVOPP"),     # the opposition's candidate in 2020
])
def test_leaders_envoys_and_bodies_added(dictionary, name, date, code):
    actor = dictionary.resolve(name, date)
    assert actor is not None and actor.code == code


def test_a_hong_kong_leader_is_the_territory_government(coder):
    pairs = root_pairs(coder, "Carrie Lam condemned the protesters who stormed the Legislative Council.", "2019-07-02")
    assert any(src == "HKGGOV" for _, src, _ in pairs)


@pytest.mark.parametrize(("text", "date"), [
    ("An international tribunal in The Hague ruled that Ruritania had no claim to the reef, and Beijing rejected the ruling.",
     "2016-07-12"),
    ("An international court sitting in The Hague ruled against Beijing, and China rejected the award.", "2016-07-12"),
])
def test_an_international_court_is_no_court_of_its_seat(coder, text, date):
    pairs = root_pairs(coder, text, date)
    assert any(tgt == "IGOJUD" for root, _, tgt in pairs if root == "12"), pairs
    assert not any("NLD" in (src + tgt) for _, src, tgt in pairs), pairs


def test_war_crimes_prosecutors_are_no_court_of_the_dateline(coder):
    pairs = root_pairs(coder, "THE HAGUE, March 3 - War crimes prosecutors opened an inquiry into the shelling of the "
                              "town by Croatian troops.", "1996-03-03")
    assert any(src == "IGOJUD" for root, src, _ in pairs if root == "09"), pairs


def test_a_court_of_a_named_country_keeps_it(coder):
    pairs = root_pairs(coder, "A Dutch court in The Hague ordered the government to halt exports of fighter jet parts.",
                       "2024-02-12")
    assert any(src == "NLDJUD" for _, src, _ in pairs), pairs


@pytest.mark.parametrize(("date", "code"), [("1999-06-12", "SRB"), ("2023-06-01", "KSV")])
def test_kosovo_was_serbia_until_its_declaration_of_independence(coder, date, code):
    pairs = root_pairs(coder, "Russian troops drove into Kosovo and took over Pristina airport before dawn.", date)
    assert any(src == "RUSMIL" and tgt == code for root, src, tgt in pairs if root == "19"), pairs


def test_attackers_owned_by_a_possessive_keep_their_owner(coder):
    pairs = root_pairs(coder, "Ruritania denied any wish to topple the Georgian president, but Russia admitted that its "
                              "bombers struck the port of Poti.", "2008-08-10")
    assert any(src == "RUSMIL" for root, src, _ in pairs if root == "19"), pairs


def test_gunmen_of_no_one_stay_unnamed(coder):
    pairs = root_pairs(coder, "Gunmen killed seven villagers in a raid on a market in Zamfara state.", "2024-06-01")
    assert all(src == "" for root, src, _ in pairs if root in {"18", "19", "20"}), pairs


def test_peoples_at_war_table_uses_known_codes():
    from foedus.coder.actors import ActorDictionary, read_tsv

    d = ActorDictionary.default()
    rows = read_tsv("actors/peoples_at_war.tsv")
    assert rows
    for row in rows:
        assert d.valid_code(row["land"]) and d.valid_code(row["code"]) and row["from"] < row["until"], row
        assert row["people"] == row["people"].lower(), row


@pytest.mark.parametrize(("text", "date", "code"), [
    # a people's armed men placed in Bosnia in the war are the Bosnian Serb army, as "Bosnian Serb forces" are
    ("A shell hit a crowded street in central Sarajevo, and Bosnian officials blamed Serb gunners in the hills.",
     "1993-06-01", "BIHREB"),
    ("SARAJEVO, May 2 - Government officials said Serb forces had shelled the old town overnight.", "1994-05-02",
     "BIHREB"),
    # after the war, and in a sentence of no Bosnian place, the people's name keeps its state
    ("A shell hit a crowded street in central Sarajevo, and Bosnian officials blamed Serb gunners in the hills.",
     "1997-06-01", "SRBMIL"),
    ("Serb forces killed three ethnic Albanians in a gunbattle in southern Serbia.", "2001-03-01", "SRBMIL"),
])
def test_a_peoples_armed_men_in_its_war(matcher, nlp, text, date, code):
    found = {m.text: m.code for m in matcher.find(nlp(text), date)}
    assert any(c == code for t, c in found.items() if t.startswith("Serb")), found


def test_gunners_of_no_one_name_no_one(matcher, nlp):
    found = [m.text for m in matcher.find(nlp("The battleship shelled the hills after gunners fired on the planes."),
                                          "1983-12-14")]
    assert "gunners" not in found, found


def test_a_country_name_before_the_country_in_place_brackets_is_a_region(matcher, nlp):
    found = {m.text: m.code for m in matcher.find(nlp(
        "On 3 March 2022, armed men abducted 40 pupils from a school in Kagara (Niger, Nigeria)."), "2022-03-03")}
    assert "Niger" not in found and found.get("Nigeria") == "NGA", found
    assert found.get("pupils") == "NGACVL", found


def test_countries_listed_outside_brackets_stay_countries(matcher, nlp):
    found = {m.text: m.code for m in matcher.find(nlp("Talks between Niger, Nigeria and Chad opened in Abuja."),
                                                  "2022-03-03")}
    assert found.get("Niger") == "NER" and found.get("Nigeria") == "NGA", found


def test_a_country_closing_a_comma_list_of_places_places_the_agent(matcher, nlp):
    found = {m.text: m.code for m in matcher.find(nlp(
        "On 2 June 2022, residents of Khorog, Gorno-Badakhshan, Tajikistan, rallied outside the regional "
        "administration."), "2022-06-02")}
    assert found.get("residents") == "TJKCVL", found


@pytest.mark.parametrize(("text", "code"), [
    ("Syrian regime forces shelled the town overnight.", "SYRMIL"),
    ("Regime troops entered the town after a week of shelling.", "MIL"),
])
def test_a_regimes_forces_are_its_army(matcher, nlp, text, code):
    found = [m.code for m in matcher.find(nlp(text), "2019-05-19") if "regime" in m.text.lower()]
    assert found == [code], found


@pytest.mark.parametrize(("text", "code"), [
    ("Syria's UN envoy appealed for aid to the areas hit by the earthquake.", "SYRGOV"),
    ("The Iranian U.N. envoy rejected the accusation.", "IRNGOV"),
])
def test_a_states_envoy_to_the_un_is_the_state(matcher, nlp, text, code):
    found = [m.code for m in matcher.find(nlp(text), "2023-02-10") if "envoy" in m.text]
    assert found == [code], found


@pytest.mark.parametrize("text", [
    "The U.N. envoy for Syria met the president in Damascus.",
    "Britain and the UN envoy met in Geneva.",
])
def test_the_uns_own_envoy_stays_the_un(matcher, nlp, text):
    found = [m.code for m in matcher.find(nlp(text), "2023-02-10") if "envoy" in m.text]
    assert found == ["IGOUNO"], found
