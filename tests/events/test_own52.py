"""(own52) A verb of putting an act in force carries the act as its object noun, as "announce" and "impose" do
("proclaimed an embargo on trade with Cuba", "unveiled new sanctions on", "slapped tariffs on"); people of recent news
the Phoenix lists lack. Sentences written for these tests."""

from __future__ import annotations

import pytest

from gold_helpers import triples


def _events(coder, text, date):
    """(code, source, target, modality) of each event, "" for an empty side (the shared ``coder`` fixture)."""
    return [(c, s or "", t or "", m) for s, t, c, m in triples(coder, text, date=date)]


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
