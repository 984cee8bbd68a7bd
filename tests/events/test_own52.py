"""(own52) An armed drone after its owner is the owner's armed force, as a helicopter is ("army drones struck the
market": the army of the place's country; "Russian drones": RUSMIL); alone, "a drone" names no one. A verb of putting
an act in force carries the act as its object noun, as "announce" and "impose" do ("proclaimed an embargo on trade
with Cuba", "unveiled new sanctions on", "slapped tariffs on"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from gold_helpers import triples


def _events(coder, text, date):
    """(code, source, target, modality) of each event, "" for an empty side (the shared ``coder`` fixture)."""
    return [(c, s or "", t or "", m) for s, t, c, m in triples(coder, text, date=date)]


@pytest.mark.parametrize(("text", "date", "source", "target"), [
    ("Army drones struck a fuel depot in El Fasher on Sunday, killing four guards.", "2024-06-02", "SDNMIL", "SDN"),
    ("Junta drones bombed a monastery near Demoso in Kayah state.", "2023-11-20", "MMRMIL", "MMR"),
    ("Military drones hit a rebel camp outside Mopti on Friday.", "2022-03-04", "MLIMIL", "MLI"),
])
def test_owned_drone_is_the_owners_force(coder, text, date, source, target):
    events = _events(coder, text, date)
    assert any(c.startswith(("19", "18")) and s == source and t.startswith(target) and m == "asserted"
               for c, s, t, m in events), events


def test_a_drone_alone_names_no_owner():
    """"a drone struck a car": an unattributed strike, no armed force invented for it."""
    from foedus.coder.actors import resolve
    assert resolve("drones", "2024-01-01") is None
    assert resolve("army drones", "2024-01-01") is not None


@pytest.mark.parametrize(("text", "date", "code", "source", "target"), [
    ("President Johnson proclaimed an embargo on arms shipments to Rhodesia.", "1966-01-10", "163", "USA", "ZWE"),
    ("The European Union unveiled new sanctions on Belarusian officials on Monday.", "2021-06-21", "163", "IGOEUREEC",
     "BLR"),
    ("The White House slapped new tariffs on Canadian steel.", "2018-06-01", "163", "USA", "CAN"),
])
def test_act_put_in_force_is_coded_from_its_noun(coder, text, date, code, source, target):
    events = _events(coder, text, date)
    assert any(c == code and s.startswith(source) and t.startswith(target) and m == "asserted"
               for c, s, t, m in events), events


@pytest.mark.parametrize(("name", "date", "code"), [
    ("Igor Smirnov", "1999-05-01", "MDASEP"),
    ("Gilbert Diendere", "2015-09-20", "BFAMIL"),
    ("Bello Turji", "2023-02-01", "NGACRM"),
    ("Amadou Toumani Toure", "2005-02-01", "MLIGOV"),
    ("Amadou Toumani Toure", "2015-02-01", "MLIELI"),   # out of office after the coup of March 2012
])
def test_people_of_recent_news_have_their_roles(name, date, code):
    from foedus.coder.actors import resolve
    actor = resolve(name, date)
    assert actor is not None and actor.code == code, actor
