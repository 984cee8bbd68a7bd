"""(target53) Who did it to whom: leaders of the 1960s and 1970s wire filed with their dated offices, the Central
African rebels of the CPC apart from China's party, and the subject of a clause the parser hung on an opening phrase
("In a statement from Riyadh, Saudi Arabia and the United States called on ..."). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from foedus import actors
from gold_helpers import triples


def _events(coder, text, date):
    """(code, source, target, modality) of each event, "" for an empty side (the shared ``coder`` fixture)."""
    return [(c, s or "", t or "", m) for s, t, c, m in triples(coder, text, date=date)]


@pytest.mark.parametrize(("name", "date", "code"), [
    ("President de Gaulle", "1963-01-14", "FRAGOV"),
    ("de Gaulle", "1968-05-30", "FRAGOV"),
    ("Archbishop Makarios", "1967-11-20", "CYPGOV"),
    ("Moise Tshombe", "1962-06-01", "CODSEP"),
    ("Moise Tshombe", "1965-01-10", "CODGOV"),
    ("President Kasavubu", "1961-03-01", "CODGOV"),
    ("General Joseph Mobutu", "1962-06-01", "CODMIL"),
    ("General Spinola", "1974-06-01", "PRTGOV"),
    ("General Nguyen Khanh", "1964-05-01", "VNMGOV"),
    ("President Nguyen Van Thieu", "1975-04-21", "VNMGOV"),
    ("Prince Norodom Sihanouk", "1966-02-01", "KHMGOV"),
    ("Prince Norodom Sihanouk", "1973-02-01", "KHMREB"),
    ("General Suharto", "1966-04-01", "IDNMIL"),
    ("President Sukarno", "1963-06-01", "IDNGOV"),
    ("Jomo Kenyatta", "1970-01-01", "KENGOV"),
    ("Chou En-lai", "1972-02-25", "CHNGOV"),
    ("King Faisal", "1972-01-01", "SAUGOV"),
    ("Levi Eshkol", "1967-06-01", "ISRGOV"),
    ("Ayub Khan", "1965-09-01", "PAKGOV"),
])
def test_a_leader_of_the_sixties_and_seventies_holds_his_office(name, date, code):
    found = actors.resolve(name, date)
    assert found is not None and found.code == code, found


def test_a_leader_out_of_office_is_no_longer_the_government():
    found = actors.resolve("Moise Tshombe", "1964-01-01")
    assert found is not None and found.code == "CODELI", found


def test_a_sixties_president_is_the_source(coder):
    events = _events(coder, "President de Gaulle accused Washington of dragging Europe into the war in Vietnam.",
                     "1966-09-01")
    assert ("112", "FRAGOV", "USAGOV", "asserted") in events, events


def test_a_deposed_president_is_the_target_of_the_coup(coder):
    events = _events(coder, "Army officers arrested President Kasavubu at his residence.", "1965-11-25")
    assert ("173", "CODMIL", "CODGOV", "asserted") in events, events


def test_cpc_rebels_are_central_african(coder):
    events = _events(coder, "CPC rebels attacked an army post near Bambari on Tuesday.", "2021-02-09")
    assert events and all(s == "CAFREB" for _, s, _, _ in events), events


def test_cpc_fighters_ambush_central_african_soldiers(coder):
    events = _events(coder, "CPC fighters ambushed a convoy of Central African soldiers near Bossangoa.", "2022-05-03")
    assert ("190", "CAFREB", "CAFMIL", "asserted") in events, events


def test_the_chinese_party_is_still_china(coder):
    events = _events(coder, "CPC officials met a Vietnamese delegation in Beijing.", "2019-04-01")
    assert any(s.startswith("CHN") for _, s, _, _ in events), events


def test_subject_after_an_opening_phrase_is_the_source(coder):
    text = ("In a statement from Riyadh, Saudi Arabia and the United States called on both sides to respect the "
            "truce.")
    events = _events(coder, text, "2023-05-01")
    sources = {s for _, s, _, _ in events}
    assert {"SAU", "USA"} <= sources, events


def test_an_opening_phrase_with_its_own_subject_is_unchanged(coder):
    events = _events(coder, "In Washington, officials condemned the attack on the embassy.", "2019-10-22")
    assert all(s != "" for _, s, _, _ in events), events


def test_the_korean_central_intelligence_agency_is_no_cia(coder):
    events = _events(coder, "Agents of the Korean Central Intelligence Agency abducted a dissident from a hotel in Tokyo.",
                     "1973-08-08")
    assert events and all(s == "KORSPY" for _, s, _, _ in events), events


@pytest.mark.parametrize(("name", "date", "code"), [
    ("General Suchinda", "1991-06-01", "THAMIL"),
    ("Nuon Chea", "1990-01-01", "KHMREB"),
    ("Nuon Chea", "2014-08-07", "KHMELI"),
    ("Roberto Micheletti", "2009-08-01", "HNDGOV"),
    ("Ousainou Darboe", "2016-04-20", "GMBOPP"),
    ("Ousainou Darboe", "2018-09-01", "GMBGOV"),
    ("Jimmy Lai", "2021-04-16", "HKGMED"),
    ("Roman Protasevich", "2021-06-03", "BLRMED"),
    ("Ingrid Betancourt", "2003-05-01", "COLOPP"),
    ("Cardinal Jaime Sin", "1989-12-01", "PHLREL"),
    ("Gilad Shalit", "2008-06-01", "ISRMIL"),
])
def test_people_of_the_wire_have_their_country(name, date, code):
    found = actors.resolve(name, date)
    assert found is not None and found.code == code, found


def test_a_cleric_leading_a_march_is_the_protester(coder):
    events = _events(coder, "Cardinal Jaime Sin led a march of nuns and students to the presidential palace in Manila.",
                     "1986-02-10")
    assert any(c.startswith("14") and s == "PHLREL" for c, s, _, _ in events), events


def test_the_attackers_adjective_does_not_place_the_civilians_harmed(coder):
    """(target53) "a Palestinian rocket killed two women in Sderot": the adjective on the clause's subject says who
    fired, the town of the clause says whose civilians were harmed (not the country another clause names)."""
    text = ("Israeli troops raided the Jabalya camp in northern Gaza on Friday after a Palestinian rocket killed two "
            "women in Sderot.")
    events = _events(coder, text, "2008-03-01")
    assert ("195", "PSE", "ISRCVL", "asserted") in events, events


@pytest.mark.parametrize(("text", "date", "expected"), [
    ("A Russian missile killed three civilians in Kharkiv.", "2023-01-01", ("195", "RUS", "UKRCVL", "asserted")),
    ("Russian shelling killed three civilians in Belgorod, Ukrainian officials said.", "2023-01-01",
     ("194", "RUS", "RUSCVL", "asserted")),
])
def test_the_town_still_places_the_civilians(coder, text, date, expected):
    assert expected in _events(coder, text, date)
