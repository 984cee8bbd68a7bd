"""Round 11 (actors11): armed groups and movements of 1980s-2000s wire news (with the dates their role
changed), a movement of local branches placed by the places the sentence acts on, and the surname alone
of an office-holder of 1986-2014 (converted Phoenix people only while in office; a surname several
hand-curated people of one country share only for the one in office). Sentences written for these tests."""

from __future__ import annotations

import pytest

from foedus.coder.actors import resolve

from actor_helpers import root_pairs


def _code(name, date):
    actor = resolve(name, date)
    return actor.code if actor else None


# -- facts: groups whose code changed with their role -------------------------------------------------
@pytest.mark.parametrize(("name", "date", "code"), [
    ("GIA", "1996-05-01", "DZAREB"),
    ("FIS", "1992-02-01", "DZAOPP"),
    ("AQI", "2006-11-01", "IRQREB"),
    ("KLA", "1998-08-01", "KSVREB"),
    ("Kosovo Liberation Army", "1999-03-01", "KSVREB"),
    ("MRTA", "1996-12-20", "PERREB"),
    ("M-19", "1985-11-07", "COLREB"),
    ("M-19", "1991-06-01", "COLOPP"),          # disarmed in March 1990
    ("RPF", "1994-05-01", "RWAREB"),
    ("RPF", "1995-05-01", "RWAGOV"),           # the government from July 1994
    ("UNITA", "1998-12-01", "AGOREB"),
    ("UNITA", "2012-08-31", "AGOOPP"),         # a party after the 2002 ceasefire
    ("Khmer Rouge", "1977-04-01", "KHMGOV"),
    ("Khmer Rouge", "1989-04-01", "KHMREB"),
    ("MDC", "2004-03-01", "ZWEOPP"),
    ("MDC", "2011-03-01", "ZWEGOV"),           # the unity government
    ("Fatah al-Islam", "2007-06-01", "LBNREB"),  # not Fatah
    ("SPLA", "1998-03-01", "SDNREB"),
])
def test_armed_groups_and_movements(name, date, code):
    assert _code(name, date) == code


# -- facts: office-holders of 1986-2014 by surname alone ----------------------------------------------
@pytest.mark.parametrize(("name", "date", "code"), [
    ("Olmert", "2008-02-01", "ISRGOV"),        # converted person in office
    ("Ciller", "1994-03-01", "TURGOV"),
    ("Chretien", "1997-03-01", "CANGOV"),
    ("Olmert", "1985-01-01", None),            # converted person out of office: no one
    ("Siniora", "2007-05-01", "LBNGOV"),
    ("Rutskoi", "1993-09-25", "RUSOPP"),       # suspended, the rebel parliament's president
    ("Rutskoi", "1992-04-01", "RUSGOV"),
    ("Barak", "1999-12-01", "ISRGOV"),
    ("Schroeder", "2001-09-20", "DEUGOV"),
    ("Bhutto", "1995-03-01", "PAKGOV"),        # shared surname, one in office
    ("Hariri", "1997-03-01", "LBNGOV"),
    ("Papandreou", "1994-04-01", "GRCGOV"),
    ("Papandreou", "2001-04-01", "GRCGOV"),
    ("Kirchner", "2004-04-01", "ARGGOV"),
    ("Tsvangirai", "2005-04-01", "ZWEOPP"),
    ("Tsvangirai", "2010-04-01", "ZWEGOV"),
    ("Ismail Haniyeh", "2006-09-01", "PSEGOV"),  # Palestinian prime minister 2006-2007
    ("Jaroslaw Kaczynski", "2007-02-01", "POLGOV"),
    ("Umaro Sissoco Embalo", "2025-12-20", "GNBELI"),  # ousted on 26 November 2025
    ("Andrej Babis", "2026-01-15", "CZEGOV"),
    ("Prachanda", "2005-03-01", "NPLREB"),       # Maoist insurgency leader before the 2006 accord
    ("Prachanda", "2007-03-01", "NPLOPP"),
    ("Sheikh Jaber al-Ahmad al-Sabah", "1991-03-14", "KWTGOV"),
    ("Raul Reyes", "2003-03-01", "COLREB"),
    ("Melchior Ndadaye", "1993-08-01", "BDIGOV"),
    ("Petr Fiala", "2026-01-15", "CZEELI"),
])
def test_office_holders_of_wire_news(name, date, code):
    assert _code(name, date) == code


@pytest.mark.parametrize(("text", "date", "pair"), [
    ("Olmert held talks with Abbas in Jerusalem on Sunday.", "2007-04-15", ("04", "ISRGOV", "PSEGOV")),
    ("Rumsfeld accused Syria of letting fighters cross into Iraq.", "2003-04-10", ("11", "USAGOVMIL", "SYR")),
    ("Ciller condemned the PKK after the ambush.", "1994-10-01", ("11", "TURGOV", "TURREB")),
    ("Siniora appealed to the United Nations for an immediate ceasefire.", "2006-07-25", ("02", "LBNGOV", "IGOUNO")),
    ("Kumaratunga accused the Tamil Tigers of sabotaging the truce.", "1995-05-01", ("11", "LKAGOV", "LKAREB")),
])
def test_surname_alone_codes_the_office(coder, text, date, pair):
    assert pair in root_pairs(coder, text, date)


def test_a_surname_in_another_name_is_no_one(coder):
    # "Palm Sunday": a converted surname beside another capitalised word names no person
    pairs = root_pairs(coder, "A rocket strike on the market of Sumy killed nine people on Palm Sunday.", "2025-04-13")
    assert all("BFA" not in src + tgt for _, src, tgt in pairs)


# -- a movement of local branches is the rebels of the state whose places it acts on -------------------
@pytest.mark.parametrize(("text", "date", "source"), [
    ("Islamic State fighters overran Ramadi after Iraqi troops withdrew.", "2015-05-18", "IRQREB"),
    ("Islamic State militants stormed Kirkuk before dawn.", "2016-10-21", "IRQREB"),
    ("Islamic State militants attacked a Syrian army base near Deir ez-Zor.", "2016-09-10", "SYRREB"),
    ("Al-Qaeda in Iraq bombed a crowded market in Baghdad.", "2007-02-03", "IRQREB"),
])
def test_local_branches_placed_by_the_places_acted_on(coder, text, date, source):
    assert any(src == source for _, src, _ in root_pairs(coder, text, date))


def test_a_state_named_as_subject_places_no_branch(coder):
    # the state that vows to fight the movement is not where it acts
    result = coder.code_text("Washington vowed to destroy Islamic State.", date="2015-01-10")
    assert all(e.target is None or not e.target.code.startswith("USAREB") for e in result.events)


# -- a person's name modifying a group noun: the group is of the person's country ----------------------
@pytest.mark.parametrize(("text", "date", "pair"), [
    ("Bolsonaro supporters ransacked the Supreme Court in Brasilia.", "2023-01-08", ("14", "BRACVL", "BRAJUD")),
    ("Police fired tear gas at Mondlane supporters in Maputo.", "2024-11-07", ("17", "MOZCOP", "MOZCVL")),
    ("Tsvangirai supporters were beaten by ZANU-PF militias in Harare.", "2008-03-01", ("18", "ZWEMIL", "ZWECVL")),
    ("Haftar forces shelled the airport in Tripoli.", "2019-04-10", ("19", "LBYMIL", "LBY")),
])
def test_person_names_modifying_a_group(coder, text, date, pair):
    assert pair in root_pairs(coder, text, date)


@pytest.mark.parametrize(("text", "date", "pair"), [
    # a head of state's guard regiment is the army; a private security firm is business; war crimes tribunals are the UN's
    ("Presidential guardsmen killed the prime minister in Kigali.", "1994-04-07", ("18", "RWAMIL", "RWAGOV")),
    # (civilians shot dead are killed by physical assault, 18: the gold codes Nisour Square 1823)
    ("Blackwater guards shot dead 17 civilians in Baghdad.", "2007-09-16", ("18", "USABUS", "IRQCVL")),
    ("The U.N. tribunal for Rwanda convicted a former mayor of genocide.", "1998-09-02", ("11", "IGOUNOJUD", "GOV")),
    # (round 17: a denial with no accuser named is aimed at no one, not at the one plotted against; gold README)
    ("Prince Hamzah denied plotting against King Abdullah.", "2021-04-04", ("01", "JORELI", "")),
    ("Peshmerga forces retook two towns from the militants.", "2014-08-17", ("19", "IRQMIL", "IRQ")),   # (force32) 192 at the place's country, as the gold codes it
])
def test_guards_firms_tribunals_and_royals(coder, text, date, pair):
    assert pair in root_pairs(coder, text, date)


@pytest.mark.parametrize(("text", "date", "pair"), [
    # a movement of local branches hitting a state's named forces acts in that state
    # (fight27) the post overrun is territory taken (192), aimed at the country, as the gold codes overrun posts
    ("JNIM fighters overran an army post in Djibo, killing dozens of Burkinabe soldiers.", "2024-06-11", ("19", "BFAREB", "BFA")),
    # an agent "at" or "from" an organisation speaks for it
    ("Judges at the International Criminal Court issued an arrest warrant for Putin.", "2023-03-17", ("17", "IGOJUDICC", "RUSGOV")),
    # a plural group's name written in the singular before a noun
    ("Sri Lankan troops overran a Tamil Tiger base near Kilinochchi.", "2008-11-20", ("19", "LKAMIL", "LKA")),   # (force32) 192 at the place's country
])
def test_places_organisations_and_capitals(coder, text, date, pair):
    assert pair in root_pairs(coder, text, date)


def test_cape_town_dateline_names_the_state(coder):
    # Cape Town, South Africa's legislative capital, in a dateline: "the government" is South Africa's
    pairs = root_pairs(coder, "CAPE TOWN, June 12 - The government declared a nationwide state of emergency.", "1986-06-12")
    assert any(root == "17" and src == "ZAFGOV" for root, src, _ in pairs)
